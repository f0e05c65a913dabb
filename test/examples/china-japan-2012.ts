/**
 * A test fixture, not a shipped example: China and Japan over the Senkaku
 * (Diaoyu) Islands from the Hong Kong activists' landing on Uotsuri (15
 * August 2012) to the resumed talks on a maritime and air communication
 * mechanism (January and May 2015) and its signature (9 May 2018), as an
 * analyst following the news could have recorded it — the activists' arrest
 * and deportation; Japan's purchase of three islands from their private owner
 * (announced 10 September, concluded 11 September 2012); China's baselines
 * around the islands (10 September) and its government ships' patrols, in the
 * territorial sea from 14 September; the anti-Japanese riots in Chinese cities
 * (15–18 September); the 40th-anniversary reception postponed; a Chinese
 * government aircraft over the islands (13 December 2012); the fire-control
 * radar locks on a Japanese helicopter and the destroyer Yūdachi (19 and 30
 * January 2013), Japan's protest (5 February) and China's denial; eight ships
 * in the territorial sea and Abe's warning (23 April 2013); the East China Sea
 * Air Defence Identification Zone (23 November 2013), Japan's and the United
 * States' refusal of it; Abe at Yasukuni (26 December 2013); the fighters'
 * close passes (24 May and 11 June 2014); the maritime consultations resumed
 * (Qingdao, 23–24 September 2014); the four-point consensus of Yang Jiechi and
 * Shotaro Yachi (7 November 2014), the foreign ministers (8 November) and the
 * Abe–Xi meeting at APEC (10 November); the coast guard's entries around it
 * (3 and 25 November, 23 and 30 December 2014, 7 January and 11 November
 * 2018); the talks on the mechanism
 * (12 January and 18 May 2015) and its signature by Abe and Li Keqiang (9 May
 * 2018). Escalation model v2 was never tuned on it: it is the case the model
 * is held to in china-japan-2012.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a long dispute between two
 * states' coast guards, navies and air forces in which no shot is fired and
 * no one is harmed between them — government ships entering the waters the
 * other administers, an aircraft over its islands, a fire-control radar lock,
 * an air defence zone declared over the other's islands with a threat of
 * "defensive emergency measures", fighters passing within 30 metres, a shrine
 * visit — and a thaw that is agreed in principle (four points) and carried
 * out in talks, while the incursions go on.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a government's own published record
 * (Japan's and China's foreign ministries); B = established outlet, national
 * news agency (Kyodo, Jiji, Xinhua, Yonhap) or wire copy (Reuters, AP, AFP);
 * C = smaller outlet, aggregator or mirror of a wire or agency story; 2 = an
 * on-record act or statement several outlets agree on, or one established
 * outlet reports; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is China and Japan (the parties). Taiwan (which also claims the
 *   islands), the United States, the Hong Kong activists and the protesters
 *   in Chinese cities are third parties; nobody mediated.
 * - Chinese government ships (China Marine Surveillance, the fisheries
 *   agency, from 2013 the China Coast Guard) entering the territorial sea of
 *   the islands, and the aircraft over them, are `force-posture` of China
 *   against Japan: a state's ships and planes asserting a claim, warned off,
 *   no force used on Japanese ships or people. Not every entry is recorded:
 *   AFP reported government ships "in and around the territorial waters
 *   almost every day since mid-September" 2012, and Japan counted entries on
 *   32 days of 2014 and 19 by 11 November 2018. Only the entries a dated
 *   report found here names are recorded (see "left out"); those of 3 and 25
 *   November 2014 (one report, 25 November) were found after the first run of
 *   the model, which had read 1 around the four points for want of them
 *   (china-japan-2012.spec.ts).
 * - The fire-control radar locks (19 January 2013 on a helicopter, 30 January
 *   on the destroyer Yūdachi, revealed by Japan on 5 February, denied by
 *   China on 8 February) are `force-posture` of China against Japan, as Japan
 *   alleges them: a weapon's targeting radar directed at a ship, no weapon
 *   fired, no one harmed — a show of force, as the lock-on of 2018 between
 *   Japan and South Korea was recorded (japan-south-korea-2018.ts). The
 *   fighters' close passes of 24 May and 11 June 2014 are recorded the same
 *   way, as Japan alleges them (China said Japan's planes were the dangerous
 *   ones: its statement).
 * - Places are written one way: "Senkaku (Diaoyu) Islands" for the waters and
 *   airspace of the islands; "East China Sea" for the radar locks and the
 *   close passes on the high seas; "Chinese cities" for the riots.
 * - The anti-Japanese riots of 15–18 September 2012 (arson at a Panasonic
 *   plant and a Toyota dealership in Qingdao, Japanese shops vandalised) are
 *   the protesters' acts, a third party's, against Japanese businesses and
 *   missions (`non-lethal-force`, CAMEO 145, riot): no source cited says the
 *   state acted (Ai Weiwei said the protests were orchestrated by officials;
 *   one dissident's word). Japan asked Beijing to protect its nationals and
 *   firms, and on 20 September said it would demand compensation for the
 *   damage to its embassy and consulates "as it is an issue between the
 *   governments", leaving the firms' claims to Chinese law: a demand on
 *   China's duty to protect missions, not a blame of the attacks on the
 *   Chinese state, so no statement `blames` China for them.
 * - China's warnings are `warning` (CAMEO 130), not threats of war: the
 *   foreign ministry's "necessary measures" (5 September 2012), the defence
 *   ministry's "reserve the right to adopt corresponding measures" (11
 *   September), "Japan must bear responsibility for all the consequences"
 *   after Yasukuni (26 December 2013) — no force named. Abe's vow to "expel by
 *   force" any Chinese landing (23 April 2013) is also a `warning`: the
 *   defence of islands Japan administers against a landing, no force
 *   threatened against China as such.
 * - The Air Defence Identification Zone (23 November 2013) is the defence
 *   ministry's announcement, in force the same day, that "China's armed forces
 *   will adopt defensive emergency measures" against aircraft that do not
 *   identify themselves or follow instructions, over the islands Japan
 *   administers: a threat of military force, `military-threat` (CAMEO 138).
 *   Its rules are also China's demand on the aircraft of Japan and the United
 *   States (both rejected), and Japan's demand that China revoke them is
 *   China's to reject. It is not an ultimatum: no deadline, and China did not
 *   act on the B-52s or the Japanese flights that ignored it.
 * - Japan's purchase (10–11 September 2012) is Japan's statement; China's
 *   demand that it be revoked is rejected by its completion. China's baselines
 *   (10 September) are the foreign ministry's statement, a `warning` ("a
 *   powerful countermeasure and deterrent").
 * - The postponed 40th-anniversary reception (23 September 2012) is not a
 *   round of talks: the announcement of the two friendship associations the
 *   government entrusted with it, CAMEO 160 (reduce relations).
 * - Abe's visit to Yasukuni (26 December 2013) is his statement that day
 *   (`neutral`: he prayed that Japan "never wage war again" and meant no harm
 *   to China's feelings), China's answers are an accusation (Qin Gang) and a
 *   warning (Wang Yi summoning the ambassador).
 * - Rounds: the second high-level consultation on maritime affairs (Qingdao,
 *   23–24 September 2014, `progress`: defence liaison to resume); Yang Jiechi
 *   and Yachi (7 November, `agreement`, one occurrence with the four points);
 *   the foreign ministers Wang Yi and Kishida (8 November, `progress`); Xi and
 *   Abe at APEC (10 November, `progress`: Abe asked for the maritime
 *   communication mechanism and "we will start working on concrete steps");
 *   the defence officials on the mechanism (Tokyo, 12 January 2015; bureau
 *   chiefs, 18 May 2015, `progress`); Abe and Li Keqiang (Tokyo, 9 May 2018,
 *   `agreement`, one occurrence with the memorandum on the mechanism).
 * - The four-point consensus (7 November 2014) is an agreement of kind
 *   `framework` with its text public (both foreign ministries published it),
 *   agreed and applied as agreed (no status): its fourth point, to resume
 *   dialogue gradually, was carried out in the rounds after it; its third,
 *   crisis-management mechanisms, only in 2018. The mechanism of 9 May 2018 is
 *   a `partial` agreement, `signed` (to operate from 8 June).
 * - Left out for want of a dated report found in time, or as not between the
 *   two governments: the entries into the territorial sea between those
 *   recorded (so days with nothing recorded are not days without ships); the
 *   Japanese nationalists' landing of 19 August 2012; the Taiwanese fishing
 *   boats and coast guard water-cannoned by Japan's coast guard (25 September
 *   2012, Taiwan – Japan); the vice-ministerial talks of September 2012; the
 *   suspension of the defence liaison talks (reported only as "after the
 *   nationalisation"); China's boycott of Japanese goods; the fisheries and
 *   coral-poaching incidents; the talks on the mechanism between May 2015 and
 *   2018; the mechanism's launch on 8 June 2018 (reported beforehand only).
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-japan-senkaku-2012';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2012);
/** A recordedAt on a given day, UTC (the case runs over six years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', 'PRC', 'China Marine Surveillance', 'China Coast Guard', 'PLA'],
};
const JAPAN: Actor = {
  id: 'japan',
  name: 'Japan',
  kind: 'state',
  aliases: ['Tokyo', 'Government of Japan', 'Japan Coast Guard', 'Self-Defense Forces', 'SDF'],
};
const TAIWAN: Actor = { id: 'taiwan', name: 'Taiwan (Republic of China)', kind: 'state', aliases: ['Taipei'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const ACTIVISTS: Actor = {
  id: 'hk-activists',
  name: 'Action Committee for Defending the Diaoyu Islands (Hong Kong activists)',
  kind: 'opposition-movement',
  aliases: ['Diaoyu activists', 'Kai Fung No. 2'],
};
const PROTESTERS: Actor = {
  id: 'chinese-protesters',
  name: 'Anti-Japanese protesters in Chinese cities',
  kind: 'opposition-movement',
  aliases: ['anti-Japan demonstrators'],
};

const JP_MOFA: Person = { name: 'Ministry of Foreign Affairs of Japan (statement)', actorId: 'japan' };
const FUJIMURA: Person = { name: 'Osamu Fujimura', title: 'Chief Cabinet Secretary of Japan', actorId: 'japan' };
const NODA: Person = { name: 'Yoshihiko Noda', title: 'Prime Minister of Japan', actorId: 'japan' };
const ABE: Person = { name: 'Shinzo Abe', title: 'Prime Minister of Japan (from 26 December 2012)', actorId: 'japan' };
const ONODERA: Person = { name: 'Itsunori Onodera', title: 'Defence Minister of Japan', actorId: 'japan' };
const SUGA: Person = { name: 'Yoshihide Suga', title: 'Chief Cabinet Secretary of Japan', actorId: 'japan' };
const IHARA: Person = {
  name: 'Junichi Ihara',
  title: 'Director-General, Asian and Oceanian Affairs Bureau, Ministry of Foreign Affairs of Japan',
  actorId: 'japan',
};
const KISHIDA: Person = { name: 'Fumio Kishida', title: 'Foreign Minister of Japan', actorId: 'japan' };
const YACHI: Person = { name: 'Shotaro Yachi', title: 'National Security Advisor of Japan', actorId: 'japan' };
const QIN: Person = { name: 'Qin Gang', title: 'Spokesman, Ministry of Foreign Affairs of China', actorId: 'china' };
const HONG: Person = { name: 'Hong Lei', title: 'Spokesman, Ministry of Foreign Affairs of China', actorId: 'china' };
const GENG: Person = {
  name: 'Geng Yansheng',
  title: 'Spokesman, Ministry of National Defence of China',
  actorId: 'china',
};
const CN_MFA: Person = { name: 'Ministry of Foreign Affairs of China (statement)', actorId: 'china' };
const CN_MND: Person = { name: 'Ministry of National Defence of China (statement)', actorId: 'china' };
const CPAFFC: Person = {
  name: "Chinese People's Association for Friendship with Foreign Countries and China-Japan Friendship Association (official)",
  actorId: 'china',
};
const WANG: Person = { name: 'Wang Yi', title: 'Foreign Minister of China', actorId: 'china' };
const YANG: Person = { name: 'Yang Jiechi', title: 'State Councilor of China', actorId: 'china' };
const XI: Person = { name: 'Xi Jinping', title: 'President of China', actorId: 'china' };
const LI: Person = { name: 'Li Keqiang', title: 'Premier of China', actorId: 'china' };
const KERRY: Person = { name: 'John Kerry', title: 'US Secretary of State', actorId: 'united-states' };
const US_EMBASSY: Person = { name: 'US Embassy in Tokyo (statement)', actorId: 'united-states' };

const S = {
  cdtAug16: source(
    'HK Activists Arrested After Diaoyu Landing',
    'China Digital Times (The Japan Times)',
    'https://chinadigitaltimes.net/2012/08/hk-activists-arrested-after-diaoyu-landing/',
    '2012-08-16',
    'C',
    2,
  ),
  scmpAug17: source(
    'Japan to deport Diaoyu activists, including five who landed on disputed island',
    'South China Morning Post',
    'http://www.scmp.com/news/hong-kong/article/1016541/japan-deport-diaoyu-activists-including-five-who-landed-disputed',
    '2012-08-17',
    'B',
    2,
  ),
  japantimesAug18: source(
    'Senkaku activists are sent packing',
    'The Japan Times (Kyodo)',
    'https://www.japantimes.co.jp/news/2012/08/18/national/senkaku-activists-are-sent-packing/',
    '2012-08-18',
    'B',
    2,
  ),
  scmpAug18: source(
    'Diaoyu activists defiant as they return to Hong Kong',
    'South China Morning Post',
    'http://www.scmp.com/news/hong-kong/article/1017472/diaoyu-activists-defiant-they-return-hong-kong',
    '2012-08-18',
    'B',
    2,
  ),
  taipeitimesAug18: source(
    'Seven pro-China activists arrive back in Hong Kong',
    'Taipei Times (AFP)',
    'http://www.taipeitimes.com/News/front/archives/2012/08/18/2003540564',
    '2012-08-18',
    'B',
    2,
  ),
  reutersSep5: source(
    'Japan to buy disputed East China Sea islands: media',
    'Reuters',
    'http://in.reuters.com/article/china-japan-islands-idINL4E8K545720120905',
    '2012-09-05',
    'B',
    2,
  ),
  guardianSep5: source(
    'Japan stokes tensions with China over plan to buy disputed islands',
    'The Guardian',
    'https://www.theguardian.com/world/2012/sep/05/japan-china-disputed-islands',
    '2012-09-05',
    'B',
    2,
  ),
  voaSep11: source(
    "China Sends Ships to Stake Claim to Disputed Islands as Japan 'Buys' Them",
    'Voice of America',
    'https://blogs.voanews.com/breaking-news/2012/09/11/china-sends-ships-to-stake-claim-to-disputed-islands-as-japan-buys-them/',
    '2012-09-11',
    'B',
    2,
  ),
  reutersSep11: source(
    'Japan buys disputed islands, China sends patrol ships',
    'Reuters',
    'https://www.reuters.com/article/us-japan-china-idUSBRE88A0GY20120911',
    '2012-09-11',
    'B',
    2,
  ),
  chinadailySep13: source(
    'Diaoyu Islands baseline announcement significant: diplomat',
    'China Daily (Xinhua)',
    'http://usa.chinadaily.com.cn/china/2012-09/13/content_15756928.htm',
    '2012-09-13',
    'B',
    2,
  ),
  embassySep14: source(
    "Convoys of China's Maritime Surveillance Vessels Arrived in the Waters of Diaoyu Dao on September 14, 2012 on a Law Enforcement Patrol Mission to Uphold China's Rights",
    'Embassy of the PRC in Poland',
    'http://pl.china-embassy.org/pol/zt/dyd/t979539.htm',
    '2012-09-14',
    'A',
    2,
  ),
  scmpSep15: source(
    'Beijing gives UN baselines for Diaoyu Islands, spurring tension with Japan',
    'South China Morning Post',
    'http://www.scmp.com/news/china/article/1037254/beijing-gives-un-baselines-diaoyu-islands-spurring-tension-japan',
    '2012-09-15',
    'B',
    2,
  ),
  bloombergSep16: source(
    'Panasonic, Toyota Report Damages in China as Protests Widen',
    'Bloomberg',
    'http://www.bloomberg.com/news/articles/2012-09-16/panasonic-plant-in-china-on-fire-as-anti-japan-protests-escalate',
    '2012-09-16',
    'B',
    2,
  ),
  csmSep17: source(
    'Japanese shops, factories close in China after violence',
    'The Christian Science Monitor (AP)',
    'https://csmonitor.com/Business/Latest-News-Wires/2012/0917/Japanese-shops-factories-close-in-China-after-violence',
    '2012-09-17',
    'B',
    2,
  ),
  bbcSep20: source(
    'Japan seeks payment from China over protest damages',
    'BBC News',
    'https://www.bbc.com/news/world-asia-19658724',
    '2012-09-20',
    'B',
    2,
  ),
  taipeitimesSep21: source(
    'Japan planning to ask China for protest damage',
    'Taipei Times (AFP)',
    'http://www.taipeitimes.com/News/front/archives/2012/09/21/2003543285',
    '2012-09-21',
    'B',
    2,
  ),
  peopleSep24: source(
    'Japan anniversary events postponed',
    "People's Daily Online (China Daily)",
    'http://en.people.cn/90883/7957733.html',
    '2012-09-24',
    'B',
    2,
  ),
  nationalSep23: source(
    'China backs out of ceremony celebrating Japan ties',
    'The National (AFP)',
    'https://www.thenational.ae/world/asia/china-backs-out-of-ceremony-celebrating-japan-ties-1.354985',
    '2012-09-23',
    'B',
    2,
  ),
  reutersSep24: source(
    'Two Chinese marine surveillance ships enter waters Japan considers its own (Reuters, Tokyo, 24 September)',
    'Reuters',
    'http://in.reuters.com/article/china-japan-idINL4E8KN0KJ20120923',
    '2012-09-24',
    'B',
    2,
  ),
  straitsDec11: source(
    'Two Chinese ships enter disputed waters of East China Sea: Japan coastguard',
    'The Straits Times (AFP)',
    'http://www.straitstimes.com/st/print/665711',
    '2012-12-11',
    'B',
    2,
  ),
  japantimesDec13: source(
    'Three Chinese government ships enter Japanese waters near Senkakus',
    'The Japan Times',
    'http://www.japantimes.co.jp/news/2012/12/13/national/three-chinese-government-ships-enter-japanese-waters-near-senkakus/',
    '2012-12-13',
    'B',
    2,
  ),
  aljazeeraDec13: source(
    "China aircraft 'intrudes into Japan airspace'",
    'Al Jazeera',
    'http://www.aljazeera.com/news/asia-pacific/2012/12/201212138729196598.html',
    '2012-12-13',
    'B',
    2,
  ),
  upiDec13: source(
    'Japan: Chinese plane enters airspace',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2012/12/13/Japan-Chinese-plane-enters-airspace/UPI-12091355381961/',
    '2012-12-13',
    'B',
    2,
  ),
  csmFeb5: source(
    'China Navy frigate locked weapons radar on Japanese destroyer',
    'The Christian Science Monitor (AP)',
    'https://www.csmonitor.com/World/Latest-News-Wires/2013/0205/China-Navy-frigate-locked-weapons-radar-on-Japanese-destroyer',
    '2013-02-05',
    'B',
    2,
  ),
  japantimesFeb6: source(
    'Chinese target-locked MSDF ship, chopper',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2013/02/06/national/japan-says-chinese-warships-locked-weapons-radar-on-msdf/',
    '2013-02-06',
    'B',
    2,
  ),
  chinadailyFeb8: source(
    "China DM refutes Japan's allegations on radar targeting",
    'China Daily (Xinhua)',
    'https://africa.chinadaily.com.cn/china/2013-02/08/content_16216907.htm',
    '2013-02-08',
    'B',
    2,
  ),
  rnzFeb9: source(
    'Radar claim denied by China',
    'RNZ',
    'http://www.radionz.co.nz/news/world/127613/radar-claim-denied-by-china',
    '2013-02-09',
    'B',
    2,
  ),
  japantimesFeb28: source(
    'Three Chinese vessels enter territorial waters near Senkakus',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2013/02/28/national/three-chinese-vessels-enter-territorial-waters-near-senkakus/',
    '2013-02-28',
    'B',
    2,
  ),
  japantimesApr24: source(
    'Eight Chinese vessels enter Senkaku area',
    'The Japan Times (Kyodo)',
    'https://www.japantimes.co.jp/news/2013/04/24/national/eight-chinese-vessels-enter-senkaku-area/',
    '2013-04-24',
    'B',
    2,
  ),
  reutersNov23: source(
    "China bolsters East China Sea claim, warns of 'defensive measures'",
    'Reuters',
    'http://www.reuters.com/article/2013/11/23/us-china-japan-idUSBRE9AM02920131123',
    '2013-11-23',
    'B',
    2,
  ),
  csmNov23: source(
    'Japan-China tensions rise as China declares new air defense zone',
    'The Christian Science Monitor (AP)',
    'http://csmonitor.com/World/Latest-News-Wires/2013/1123/Japan-China-tensions-rise-as-China-declares-new-air-defense-zone-video',
    '2013-11-23',
    'B',
    2,
  ),
  guardianNov25: source(
    "Japan's PM demands China revoke claim to air zone over disputed islands",
    'NewsSniffer (The Guardian)',
    'https://www.newssniffer.co.uk/articles/709322/versions/1654621',
    '2013-11-25',
    'C',
    2,
  ),
  chinadailyNov25: source(
    "Japanese PM concerned over China's air defense zone",
    'China Daily (Xinhua)',
    'http://europe.chinadaily.com.cn/world/2013-11/25/content_17129466.htm',
    '2013-11-25',
    'B',
    2,
  ),
  indianexpressNov26: source(
    "China's new defence zone unenforceable, says Japan as row escalates",
    'The Indian Express (AP)',
    'https://indianexpress.com/article/news-archive/web/chinas-new-defence-zone-unenforceable-says-japan-as-row-escalates/',
    '2013-11-26',
    'B',
    2,
  ),
  cnnNov26: source(
    "Official: U.S. B-52s flew over China's newly declared air zone",
    'CNN',
    'https://security.blogs.cnn.com/2013/11/26/official-u-s-b-52s-flew-over-chinas-newly-declared-air-zone/',
    '2013-11-26',
    'B',
    2,
  ),
  bbcDec26: source(
    "China condemns Japan PM Shinzo Abe's Yasukuni shrine visit",
    'BBC News',
    'https://www.bbc.co.uk/news/world-asia-25518166',
    '2013-12-26',
    'B',
    2,
  ),
  yonhapDec26: source(
    "(3rd LD) China furious at Abe's visit to war shrine",
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20131226008200315',
    '2013-12-26',
    'B',
    2,
  ),
  globalpostDec26: source(
    "Japanese PM Abe's visit to shrine draws condemnation from China, South Korea",
    'GlobalPost (AFP)',
    'http://www.globalpost.com/dispatch/news/regions/asia-pacific/japan/131226/china-south-korea-condemn-japanese-pm-abe-shrine-visit',
    '2013-12-26',
    'B',
    2,
  ),
  reutersMay25: source(
    'China, Japan exchange barbs over action by warplanes in East China Sea',
    'Reuters',
    'http://www.reuters.com/article/2014/05/25/us-japan-china-idUSBREA4O01920140525',
    '2014-05-25',
    'B',
    2,
  ),
  abscbnMay25: source(
    "China fighters in 'dangerous' brush with Japanese planes",
    'ABS-CBN News (AFP)',
    'http://news.abs-cbn.com/global-filipino/world/05/25/14/china-fighters-dangerous-brush-japanese-planes',
    '2014-05-25',
    'B',
    2,
  ),
  asiaoneJun12: source(
    "2 Chinese fighter jets buzz Japan's self-defense aircraft",
    'AsiaOne (The Yomiuri Shimbun)',
    'http://news.asiaone.com/news/asia/2-chinese-fighter-jets-buzz-japans-self-defense-aircraft',
    '2014-06-12',
    'B',
    2,
  ),
  peninsulaJun12: source(
    "Japan protests China war jets in 'close call'",
    'The Peninsula (Reuters)',
    'http://thepeninsulaqatar.com/news/asia/287401/japan-protests-china-war-jets-in-close-call',
    '2014-06-12',
    'C',
    2,
  ),
  mofaSep24: source(
    'The Second Round Meeting of Japan-China High-Level Consultation on Maritime Affairs',
    'Ministry of Foreign Affairs of Japan',
    'https://www.mofa.go.jp/press/release/press1e_000016.html',
    '2014-09-24',
    'A',
    2,
  ),
  chinadailySep24: source(
    'China, Japan restart high-level consultations on maritime affairs',
    'China Daily (Xinhua)',
    'https://global.chinadaily.com.cn/china/2014tokyoforum/2014-09/24/content_18659360.htm',
    '2014-09-24',
    'B',
    2,
  ),
  fmprcNov7: source(
    'Yang Jiechi Meets National Security Advisor of Japan Shotaro Yachi: China and Japan Reach Four-Point Principled Agreement on Handling and Improving Bilateral Relations',
    'Ministry of Foreign Affairs of the PRC (The World and Japan database, GRIPS)',
    'https://worldjpn.grips.ac.jp/documents/texts/JPCH/20141107.O1EX.html',
    '2014-11-07',
    'A',
    1,
  ),
  globaltimesNov7: source(
    'China, Japan reach four-point agreement on ties',
    'Global Times',
    'http://globaltimes.cn/content/890611.shtml',
    '2014-11-07',
    'B',
    1,
  ),
  upiNov7: source(
    'China, Japan announce four-part agreement to resume talks',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2014/11/07/China-Japan-announce-four-part-agreement-to-resume-talks/1661415364081/',
    '2014-11-07',
    'B',
    1,
  ),
  bsNov9: source(
    "Japan's Abe heads to Beijing, eyeing first summit with Xi",
    'Business Standard (AFP)',
    'https://www.business-standard.com/amp/article/pti-stories/japan-s-abe-heads-to-beijing-eyeing-first-summit-with-xi-114110900204_1.html',
    '2014-11-09',
    'B',
    2,
  ),
  upiNov10: source(
    "China's Xi, Japan's Abe meet at Beijing APEC summit",
    'UPI',
    'https://www.upi.com/Top_News/World-News/2014/11/10/Chinas-Xi-Japans-Abe-meet-at-Beijing-APEC-summit/3621415632769/',
    '2014-11-10',
    'B',
    2,
  ),
  arabstodayNov10: source(
    'Xi, Abe meet as big-power rivalries take APEC stage',
    'Arabs Today (AFP)',
    'https://mail.arabstoday.net/en/84/xi-abe-meet-as-big-power-rivalries-take-apec-stage',
    '2014-11-10',
    'C',
    2,
  ),
  sputnikNov25: source(
    'Chinese Ships Enter Japanese Territorial Waters Near Diaoyu/Senkaku Islands',
    'Sputnik (Jiji Press)',
    'https://sputnikglobe.com/20141125/1015155352.html',
    '2014-11-25',
    'C',
    2,
  ),
  mricDec30: source(
    'Chinese coast guard ships spotted in waters near disputed islands, says Japan',
    'Media Reporting and Information Center, Philippines (South China Morning Post)',
    'https://mric.gov.ph/chinese-coast-guard-ships-spotted-in-waters-near-disputed-islands-says-japan/',
    '2014-12-30',
    'C',
    2,
  ),
  jijiJan13: source(
    'Japan, China Resume Talks on Maritime Liaison Mechanism',
    'OANA (Jiji Press)',
    'http://www.oananews.org/content/news/politics/japan-china-resume-talks-maritime-liaison-mechanism',
    '2015-01-13',
    'B',
    2,
  ),
  jijiMay19: source(
    'Japan, China Agree to Work for Early Start of Maritime Liaison Mechanism',
    'OANA (Jiji Press)',
    'http://www.oananews.org/content/news/general/japan-china-agree-work-early-start-maritime-liaison-mechanism',
    '2015-05-19',
    'B',
    2,
  ),
  japantodayJan8: source(
    '4 Chinese ships enter Japanese waters around Senkakus',
    'Japan Today (Kyodo)',
    'https://japantoday.com/category/national/4-chinese-ships-enter-japanese-waters-around-senkakus',
    '2018-01-08',
    'B',
    2,
  ),
  japantimesMay9: source(
    'Japan and China agree on aerial and maritime mechanism to avoid military clashes',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2018/05/09/national/politics-diplomacy/japan-china-agree-aerial-maritime-mechanism-avoid-military-clashes/',
    '2018-05-09',
    'B',
    1,
  ),
  straitsMay9: source(
    "Japan, China agree on 'conflict communication mechanism' over East China Sea",
    'The Straits Times',
    'https://www.straitstimes.com/asia/east-asia/japan-china-agree-on-conflict-communication-mechanism-over-east-china-sea',
    '2018-05-09',
    'B',
    1,
  ),
  japantimesNov11: source(
    'Four Chinese Coast Guard ships enter Japanese territorial waters around Senkakus',
    'The Japan Times',
    'https://www.japantimes.co.jp/?post_type=news&p=1575758',
    '2018-11-11',
    'B',
    2,
  ),
};

/** Round ids. */
const R = {
  qingdao: 'maritime-consultation-qingdao-2014-09',
  yangYachi: 'yang-yachi-2014-11-07',
  ministers: 'wang-kishida-2014-11-08',
  summit: 'xi-abe-apec-2014-11-10',
  liaisonJan: 'maritime-liaison-tokyo-2015-01',
  liaisonMay: 'maritime-liaison-tokyo-2015-05',
  abeLi: 'abe-li-tokyo-2018-05-09',
} as const;
/** Demand ids. */
const D = {
  revokePurchase: 'revoke-island-purchase',
  leaveWaters: 'leave-territorial-waters',
  protectNationals: 'protect-japanese-nationals',
  missionDamage: 'compensate-mission-damage',
  radarRecurrence: 'prevent-radar-recurrence',
  adizRules: 'comply-with-adiz-rules',
  revokeAdiz: 'revoke-adiz-measures',
  mechanism: 'maritime-communication-mechanism',
} as const;
const FOUR_POINTS = 'four-point-consensus-2014';
const MECHANISM = 'maritime-air-communication-mechanism-2018';

const events: NegotiationEvent[] = [
  // --- August 2012: the activists' landing ---
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2012-08-15', recordedAt: rec('2012-08-18', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Japan: the Senkaku (Diaoyu) Islands, 2012–18',
      subject:
        "The dispute between China and Japan over the Senkaku (Diaoyu) Islands from the Hong Kong activists' landing of August 2012 and Japan's purchase of three islands: China's baselines, its government ships and aircraft at the islands, the riots in Chinese cities, the radar locks, the East China Sea Air Defence Identification Zone, Yasukuni; and the thaw — the four-point consensus of November 2014, the Abe–Xi meeting and the talks on a maritime and air communication mechanism, signed in May 2018.",
      parties: [CHINA, JAPAN],
      mediators: [],
    },
    [S.cdtAug16],
  ),
  ev(
    'ActorRegistered',
    'actor-activists',
    { occurredAt: '2012-08-15', recordedAt: rec('2012-08-18', '09:05') },
    { actor: ACTIVISTS, role: 'third-party' },
    [S.cdtAug16],
  ),
  ev(
    'IncidentReported',
    'inc-landing-aug15',
    { occurredAt: '2012-08-15T08:31:00Z', recordedAt: rec('2012-08-18', '09:10') },
    {
      incidentId: 'activists-landing-2012-08-15',
      kind: 'force-posture',
      perpetrator: 'hk-activists',
      against: 'japan',
      target: 'Uotsuri island, administered by Japan',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Fourteen activists sail from Hong Kong on the Kai Fung No. 2, break through the Japan Coast Guard cordon (one says they threw batteries and broken bricks at the Japanese vessels) and seven land on Uotsuri at 5:31 p.m. to plant Chinese and Taiwanese flags; about 30 coast guard, police and immigration officers arrest five on land and nine at sea. Nobody is hurt on either side.',
    },
    [S.cdtAug16, S.japantimesAug18],
  ),
  ev(
    'StatementMade',
    'stmt-japan-protest-aug15',
    { occurredAt: '2012-08-15', recordedAt: rec('2012-08-18', '09:15') },
    {
      speaker: JP_MOFA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "Japan lodges a protest with China over the landing and summons China's ambassador Cheng Yonghua to the Foreign Ministry.",
    },
    [S.cdtAug16],
  ),
  ev(
    'StatementMade',
    'stmt-qin-aug17',
    { occurredAt: '2012-08-17', recordedAt: rec('2012-08-18', '09:20') },
    {
      speaker: QIN,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'The detention of the activists by Japan is a "gross violation of China\'s territorial integrity"; China lodges a "serious protest" over the interception of their boat.',
    },
    [S.scmpAug18],
  ),
  ev(
    'StatementMade',
    'stmt-noda-deport-aug17',
    { occurredAt: '2012-08-17', recordedAt: rec('2012-08-18', '09:25') },
    {
      speaker: NODA,
      audience: 'china',
      tone: 'critical',
      summary:
        'Japan deports all fourteen without prosecution, seven by air to Hong Kong and seven on their boat. Noda: "It is really regrettable that they entered Japan\'s territorial waters and illegally landed on Uotsurijima, despite our repeated warnings"; Fujimura: Japan acted "in accordance with our domestic law".',
    },
    [S.scmpAug17, S.taipeitimesAug18, S.japantimesAug18],
  ),
  // --- September 2012: the purchase, the baselines, the ships, the riots ---
  ev(
    'ActorRegistered',
    'actor-taiwan',
    { occurredAt: '2012-09-05', recordedAt: rec('2012-09-05', '12:00') },
    { actor: TAIWAN, role: 'third-party' },
    [S.reutersSep5],
    { note: 'Taiwan claims the islands too (Tiaoyutai); registered when the purchase brought the claims to the fore.' },
  ),
  ev(
    'StatementMade',
    'stmt-hong-sep5',
    { occurredAt: '2012-09-05', recordedAt: rec('2012-09-05', '12:05') },
    {
      speaker: HONG,
      audience: 'japan',
      tone: 'warning',
      summary:
        'On reports that Japan has agreed to buy three islands from their private owners: any unilateral act is "illegal and invalid"; the move "seriously violates China\'s sovereignty"; China "will take necessary measures to defend its sovereignty".',
    },
    [S.guardianSep5, S.reutersSep5],
  ),
  ev(
    'StatementMade',
    'stmt-fujimura-purchase-sep10',
    { occurredAt: '2012-09-10', recordedAt: rec('2012-09-11', '09:00') },
    {
      speaker: FUJIMURA,
      audience: 'china',
      tone: 'neutral',
      summary:
        'Japan announces that the government will buy three of the islands from their private Japanese owners (2.05 billion yen), not to anger China but to create a "stable and secure environment" for their maintenance.',
    },
    [S.voaSep11],
  ),
  ev(
    'DemandTabled',
    'dem-revoke-purchase',
    { occurredAt: '2012-09-10', recordedAt: rec('2012-09-11', '09:05') },
    {
      demandId: D.revokePurchase,
      by: 'china',
      addressedTo: ['japan'],
      text: 'Japan abandons its "purchase" of the Diaoyu Islands, which China holds illegal and invalid.',
      category: 'territorial',
    },
    [S.voaSep11],
    { note: "China's foreign ministry condemned the plan and summoned Japan's ambassador the day it was announced." },
  ),
  ev(
    'PositionTaken',
    'pos-japan-purchase-sep11',
    { occurredAt: '2012-09-11', recordedAt: rec('2012-09-11', '09:15') },
    {
      demandId: D.revokePurchase,
      actorId: 'japan',
      stance: 'rejected',
      speaker: FUJIMURA,
      conditions: 'The government signs the purchase contract with the owners the next day.',
    },
    [S.reutersSep11, S.voaSep11],
  ),
  ev(
    'IncidentReported',
    'inc-cms-sep11',
    { occurredAt: '2012-09-11', recordedAt: rec('2012-09-11', '09:20') },
    {
      incidentId: 'cms-patrol-2012-09-11',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'waters of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Two China Marine Surveillance ships reach the waters around the islands "to assert the country\'s sovereignty" (Xinhua), the morning Japan concludes the purchase.',
    },
    [S.voaSep11, S.reutersSep11],
  ),
  ev(
    'StatementMade',
    'stmt-geng-sep11',
    { occurredAt: '2012-09-11', recordedAt: rec('2012-09-11', '09:25') },
    {
      speaker: GENG,
      audience: 'japan',
      tone: 'warning',
      summary:
        'The Chinese military expresses "staunch opposition and strong protest"; China\'s government and military are unwavering in their will to defend territorial sovereignty and "reserve the power to adopt corresponding measures". The PLA Daily accuses Japan of "playing with fire".',
    },
    [S.reutersSep11],
  ),
  ev(
    'StatementMade',
    'stmt-baselines-sep10',
    { occurredAt: '2012-09-10', recordedAt: rec('2012-09-13', '12:00') },
    {
      speaker: CN_MFA,
      audience: 'japan',
      tone: 'warning',
      summary:
        'China announces the base points and baselines of the territorial sea of the Diaoyu Islands and will not "sit back and watch its territorial sovereignty violated"; its officials call the baselines "a powerful countermeasure and deterrent" (filed with the UN on 13 September).',
    },
    [S.voaSep11, S.chinadailySep13],
  ),
  ev(
    'IncidentReported',
    'inc-cms-sep14',
    { occurredAt: '2012-09-14', recordedAt: rec('2012-09-15', '09:00') },
    {
      incidentId: 'cms-territorial-sea-2012-09-14',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Six China Marine Surveillance ships in two convoys enter the waters of the islands at about 6 a.m. on a "law enforcement patrol mission", the first after the baselines; a stand-off with Japan Coast Guard vessels, each side radioing the other to leave.',
    },
    [S.embassySep14, S.scmpSep15],
  ),
  ev(
    'DemandTabled',
    'dem-leave-waters',
    { occurredAt: '2012-09-14', recordedAt: rec('2012-09-15', '09:05') },
    {
      demandId: D.leaveWaters,
      by: 'japan',
      addressedTo: ['china'],
      text: "China's government ships leave Japan's territorial sea around the Senkaku Islands and stop entering it.",
      category: 'territorial',
    },
    [S.scmpSep15],
  ),
  ev(
    'PositionTaken',
    'pos-china-waters-sep14',
    { occurredAt: '2012-09-14', recordedAt: rec('2012-09-15', '09:10') },
    {
      demandId: D.leaveWaters,
      actorId: 'china',
      stance: 'rejected',
      conditions:
        "China's ships answer that the waters are China's and tell the Japanese vessels to leave; Beijing announces regular patrols.",
    },
    [S.scmpSep15, S.embassySep14],
  ),
  ev(
    'ActorRegistered',
    'actor-protesters',
    { occurredAt: '2012-09-15', recordedAt: rec('2012-09-17', '09:00') },
    { actor: PROTESTERS, role: 'third-party' },
    [S.bloombergSep16],
  ),
  ev(
    'IncidentReported',
    'inc-riots-sep15',
    { occurredAt: '2012-09-15', recordedAt: rec('2012-09-17', '09:05') },
    {
      incidentId: 'riots-2012-09-15',
      kind: 'non-lethal-force',
      perpetrator: 'chinese-protesters',
      against: 'japan',
      target: 'Japanese businesses and diplomatic missions',
      place: 'Chinese cities',
      description:
        'Over the weekend of 15–16 September tens of thousands march in some 20 Chinese cities; a Panasonic plant and a Toyota dealership in Qingdao are set on fire, an Aeon store and Honda and Toyota outlets attacked, a Seibu store in Shenzhen vandalised, the embassy in Beijing pelted; police use tear gas and water cannon in Shenzhen. Japanese firms close factories. No source cited says the state took part.',
    },
    [S.bloombergSep16, S.csmSep17],
    {
      cameo: '145',
      note: "A riot (CAMEO 145), the protesters' act; Ai Weiwei later said the protests were orchestrated by officials.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-noda-sep16',
    { occurredAt: '2012-09-16', recordedAt: rec('2012-09-17', '09:10') },
    {
      speaker: NODA,
      audience: 'china',
      tone: 'critical',
      summary:
        '"I intend to strongly demand that the Chinese government ensure security" of Japanese citizens; "I strongly object" to the burning of Japanese flags.',
    },
    [S.bloombergSep16],
  ),
  ev(
    'DemandTabled',
    'dem-protect-nationals',
    { occurredAt: '2012-09-16', recordedAt: rec('2012-09-17', '09:15') },
    {
      demandId: D.protectNationals,
      by: 'japan',
      addressedTo: ['china'],
      text: 'China ensures the safety of Japanese nationals and protects Japanese firms and missions from the protesters.',
      category: 'security',
    },
    [S.bloombergSep16],
  ),
  ev(
    'PositionTaken',
    'pos-china-protect-sep17',
    { occurredAt: '2012-09-17', recordedAt: rec('2012-09-17', '12:00') },
    {
      demandId: D.protectNationals,
      actorId: 'china',
      stance: 'accepted',
      speaker: HONG,
      conditions:
        'The government will protect Japanese firms and citizens and calls on protesters to obey the law, while blaming the purchase.',
    },
    [S.csmSep17],
  ),
  ev(
    'IncidentReported',
    'inc-riots-sep18',
    { occurredAt: '2012-09-18', recordedAt: rec('2012-09-20', '12:00') },
    {
      incidentId: 'riots-2012-09-18',
      kind: 'non-lethal-force',
      perpetrator: 'chinese-protesters',
      against: 'japan',
      target: 'Japanese shops and diplomatic missions',
      place: 'Chinese cities',
      description:
        'On the anniversary of the Mukden Incident the protests peak: Japanese shops are attacked and vandalised in some cities; the protests all but stop the next day, demonstrators told not to return.',
    },
    [S.bbcSep20],
    { cameo: '145' },
  ),
  ev(
    'StatementMade',
    'stmt-fujimura-sep20',
    { occurredAt: '2012-09-20', recordedAt: rec('2012-09-21', '09:00') },
    {
      speaker: FUJIMURA,
      audience: 'china',
      tone: 'critical',
      summary:
        '"Regarding damage to our embassies and consulates, we plan to demand compensation as it is an issue between the governments"; the firms\' losses are for Chinese law. Noda is considering a special envoy "to resolve the issue cool-headedly through various diplomatic routes".',
    },
    [S.bbcSep20, S.taipeitimesSep21],
  ),
  ev(
    'DemandTabled',
    'dem-mission-damage',
    { occurredAt: '2012-09-20', recordedAt: rec('2012-09-21', '09:05') },
    {
      demandId: D.missionDamage,
      by: 'japan',
      addressedTo: ['china'],
      text: "China compensates the damage done to Japan's embassy and consulates during the protests.",
      category: 'economic',
    },
    [S.bbcSep20],
  ),
  ev(
    'StatementMade',
    'stmt-reception-postponed-sep23',
    { occurredAt: '2012-09-23', recordedAt: rec('2012-09-24', '09:00') },
    {
      speaker: CPAFFC,
      audience: 'japan',
      tone: 'critical',
      summary:
        'The reception for the 40th anniversary of diplomatic relations, due on 27 September, is postponed "until an appropriate time": Japan\'s "buying" of the islands "severely damaged China-Japan relations and ruined the atmosphere".',
    },
    [S.nationalSep23, S.peopleSep24],
    { cameo: '160', note: 'A reduction of relations (CAMEO 160): not a round of talks.' },
  ),
  ev(
    'IncidentReported',
    'inc-cms-sep24',
    { occurredAt: '2012-09-24', recordedAt: rec('2012-09-24', '12:00') },
    {
      incidentId: 'cms-territorial-sea-2012-09-24',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Two China Marine Surveillance ships enter what Japan considers its territorial waters on a "rights defence" patrol to exercise "administrative jurisdiction" (Xinhua); they do not answer the Japan Coast Guard\'s order to leave.',
    },
    [S.reutersSep24],
  ),
  // --- December 2012: the aircraft over the islands ---
  ev(
    'IncidentReported',
    'inc-cms-dec12',
    { occurredAt: '2012-12-12', recordedAt: rec('2012-12-13', '09:00') },
    {
      incidentId: 'cms-territorial-sea-2012-12-12',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Three China Marine Surveillance ships enter the territorial waters west of Uotsuri at about 3:20 p.m., the 16th entry since the purchase; warned to leave, they answer that the waters are China\'s. AFP (11 December): Chinese government ships "in and around the territorial waters almost every day since mid-September".',
    },
    [S.japantimesDec13, S.straitsDec11],
  ),
  ev(
    'IncidentReported',
    'inc-airspace-dec13',
    { occurredAt: '2012-12-13T02:06:00Z', recordedAt: rec('2012-12-13', '12:00') },
    {
      incidentId: 'airspace-2012-12-13',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'airspace over the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'A State Oceanic Administration Y-12 surveillance plane flies over the islands about 15 km south of Uotsuri, the first Chinese aircraft Japan records in its airspace since 1958; Japan scrambles eight F-15s and an E-2C, which arrive after it has left. Four Chinese ships are in the territorial waters the same day.',
    },
    [S.aljazeeraDec13, S.upiDec13],
  ),
  ev(
    'StatementMade',
    'stmt-fujimura-dec13',
    { occurredAt: '2012-12-13', recordedAt: rec('2012-12-13', '12:05') },
    {
      speaker: FUJIMURA,
      audience: 'china',
      tone: 'accusation',
      summary: 'The airspace intrusion is "extremely deplorable"; Japan lodges a formal protest with China.',
    },
    [S.aljazeeraDec13],
  ),
  ev(
    'StatementMade',
    'stmt-hong-dec13',
    { occurredAt: '2012-12-13', recordedAt: rec('2012-12-13', '12:10') },
    {
      speaker: HONG,
      audience: 'japan',
      tone: 'accusation',
      summary:
        '"Flying a marine surveillance airplane in airspace above the Diaoyu Islands is completely normal. China urges Japan to stop illegal actions in the waters and airspace of the Diaoyu Islands."',
    },
    [S.upiDec13],
  ),
  // --- January–April 2013: the radar locks, the ships ---
  ev(
    'IncidentReported',
    'inc-radar-jan19',
    { occurredAt: '2013-01-19', recordedAt: rec('2013-02-06', '08:00') },
    {
      incidentId: 'radar-lock-helicopter-2013-01-19',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'a Maritime Self-Defense Force ship-borne helicopter',
      place: 'East China Sea',
      description:
        "A Chinese Jiangkai I frigate is suspected of directing its fire-control radar at a Japanese helicopter (Japan's account, revealed on 5 February). No weapon fired. China: only observation radar was used.",
    },
    [S.csmFeb5, S.japantimesFeb6],
  ),
  ev(
    'IncidentReported',
    'inc-radar-jan30',
    { occurredAt: '2013-01-30T01:00:00Z', recordedAt: rec('2013-02-06', '08:05') },
    {
      incidentId: 'radar-lock-yudachi-2013-01-30',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'the destroyer Yūdachi',
      place: 'East China Sea',
      description:
        'A Chinese Jiangwei II frigate locks its fire-control radar on the MSDF destroyer Yūdachi for several minutes from about 3 km, some 110–130 km north of the islands (Japan\'s account). No weapon fired; "It\'s as if you were being held at gunpoint" (a Japanese defence official). China denies using fire-control radar.',
    },
    [S.csmFeb5, S.japantimesFeb6],
  ),
  ev(
    'StatementMade',
    'stmt-onodera-feb5',
    { occurredAt: '2013-02-05', recordedAt: rec('2013-02-06', '08:10') },
    {
      speaker: ONODERA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Chinese warships directed fire-control radar at a Japanese destroyer (30 January) and a helicopter (19 January): "very abnormal", it "could develop into a very dangerous situation"; Japan lodges a formal protest.',
    },
    [S.csmFeb5, S.japantimesFeb6],
  ),
  ev(
    'DemandTabled',
    'dem-radar-recurrence',
    { occurredAt: '2013-02-05', recordedAt: rec('2013-02-06', '08:15') },
    {
      demandId: D.radarRecurrence,
      by: 'japan',
      addressedTo: ['china'],
      text: 'China prevents any recurrence of fire-control radar being directed at Japanese ships and aircraft.',
      category: 'security',
    },
    [S.japantimesFeb6],
  ),
  ev(
    'StatementMade',
    'stmt-abe-feb6',
    { occurredAt: '2013-02-06', recordedAt: rec('2013-02-06', '12:00') },
    {
      speaker: ABE,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The radar lock was "a unilateral, provocative and dangerous act, and extremely regrettable"; he urges China to show restraint and return to the "mutually beneficial strategic relationship".',
    },
    [S.japantimesFeb6],
  ),
  ev(
    'StatementMade',
    'stmt-cn-mnd-feb8',
    { occurredAt: '2013-02-08', recordedAt: rec('2013-02-09', '09:00') },
    {
      speaker: CN_MND,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'The frigates kept "normal observation and alert, and fire-control radar was not used"; Japan "unilaterally released false information" and its close surveillance of Chinese ships and aircraft is "the root cause" of air and maritime safety problems. The foreign ministry calls the accusation "sheer fabrication".',
    },
    [S.chinadailyFeb8, S.rnzFeb9],
  ),
  ev(
    'PositionTaken',
    'pos-china-radar-feb8',
    { occurredAt: '2013-02-08', recordedAt: rec('2013-02-09', '09:05') },
    {
      demandId: D.radarRecurrence,
      actorId: 'china',
      stance: 'rejected',
      speaker: CN_MND,
      conditions: 'China denies that fire-control radar was used at all.',
    },
    [S.chinadailyFeb8],
  ),
  ev(
    'IncidentReported',
    'inc-cms-feb28',
    { occurredAt: '2013-02-28', recordedAt: rec('2013-02-28', '12:00') },
    {
      incidentId: 'cms-territorial-sea-2013-02-28',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Three China Marine Surveillance ships sail in the territorial waters from about 7 a.m. to 9:20 a.m., the first entry in four days; Japan protests by phone to China\'s minister-counselor. Abe: "Japan has left the door open at every level."',
    },
    [S.japantimesFeb28],
  ),
  ev(
    'IncidentReported',
    'inc-cms-apr23',
    { occurredAt: '2013-04-23', recordedAt: rec('2013-04-24', '09:00') },
    {
      incidentId: 'cms-territorial-sea-2013-04-23',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Eight China Marine Surveillance ships enter the territorial waters, the most since the purchase, converging on some ten boats of a Japanese nationalist group near Uotsuri.',
    },
    [S.japantimesApr24],
  ),
  ev(
    'StatementMade',
    'stmt-suga-apr23',
    { occurredAt: '2013-04-23', recordedAt: rec('2013-04-24', '09:05') },
    {
      speaker: SUGA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Japan summons China\'s ambassador: "It is extremely regrettable and unacceptable that Chinese state ships continue to engage in intrusion."',
    },
    [S.japantimesApr24],
  ),
  ev(
    'StatementMade',
    'stmt-abe-apr23',
    { occurredAt: '2013-04-23', recordedAt: rec('2013-04-24', '09:10') },
    {
      speaker: ABE,
      audience: 'china',
      tone: 'warning',
      summary:
        'In the Diet, Abe vows to "expel by force" any Chinese landing on the islands: "We would take decisive action against any attempt to enter territorial waters and to land … We would never allow" a landing.',
    },
    [S.japantimesApr24],
    { note: 'A warning (CAMEO 130): force against a landing on islands Japan administers, not a threat of war.' },
  ),
  // --- November–December 2013: the air defence zone, Yasukuni ---
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2013-11-23', recordedAt: rec('2013-11-24', '09:00') },
    { actor: USA, role: 'third-party' },
    [S.reutersNov23],
  ),
  ev(
    'StatementMade',
    'stmt-adiz-nov23',
    { occurredAt: '2013-11-23T02:00:00Z', recordedAt: rec('2013-11-24', '09:05') },
    {
      speaker: CN_MND,
      audience: 'japan',
      tone: 'military-threat',
      summary:
        'China establishes the East China Sea Air Defence Identification Zone, covering most of the sea and the Diaoyu Islands, in force from 10 a.m.: aircraft must report flight plans, keep radio contact and obey instructions. "China\'s armed forces will adopt defensive emergency measures to respond to aircraft that do not cooperate in the identification or refuse to follow the instructions." The air force flies its first patrol over the zone.',
    },
    [S.reutersNov23, S.csmNov23],
  ),
  ev(
    'DemandTabled',
    'dem-adiz-rules',
    { occurredAt: '2013-11-23T02:00:00Z', recordedAt: rec('2013-11-24', '09:10') },
    {
      demandId: D.adizRules,
      by: 'china',
      addressedTo: ['japan', 'united-states'],
      text: "Aircraft in the East China Sea Air Defence Identification Zone report their flight plans, keep two-way radio contact and transponders on, and follow the instructions of China's defence ministry.",
      category: 'security',
    },
    [S.reutersNov23],
  ),
  ev(
    'StatementMade',
    'stmt-ihara-nov23',
    { occurredAt: '2013-11-23', recordedAt: rec('2013-11-24', '09:15') },
    {
      speaker: IHARA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'By phone to China\'s acting ambassador: the zone is "totally unacceptable"; China has "one-sidedly" set it up over islands that "are Japanese territory", escalating tensions.',
    },
    [S.csmNov23],
  ),
  ev(
    'StatementMade',
    'stmt-qin-nov24',
    { occurredAt: '2013-11-24', recordedAt: rec('2013-11-25', '09:00') },
    {
      speaker: QIN,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'China "firmly opposes" Japan\'s remarks on the Diaoyu Islands in the zone, which are "groundless and utterly wrong"; the zone conforms to the UN Charter and international law.',
    },
    [S.chinadailyNov25],
  ),
  ev(
    'StatementMade',
    'stmt-kerry-nov23',
    { occurredAt: '2013-11-23', recordedAt: rec('2013-11-25', '09:05') },
    {
      speaker: KERRY,
      audience: 'china',
      tone: 'critical',
      summary:
        'The United States is "deeply concerned": "This unilateral action constitutes an attempt to change the status quo in the East China Sea. Escalatory action will only increase tensions in the region and create risks of an incident."',
    },
    [S.guardianNov25],
  ),
  ev(
    'StatementMade',
    'stmt-abe-nov25',
    { occurredAt: '2013-11-25', recordedAt: rec('2013-11-26', '09:00') },
    {
      speaker: ABE,
      audience: 'china',
      tone: 'accusation',
      summary:
        'In the Diet: the zone alters the state of affairs in the East China Sea and escalates a tense situation; "The measures by the Chinese side have no validity whatsoever on Japan, and we demand China revoke any measures that could infringe upon the freedom of flight in international airspace. It can invite an unexpected occurrence."',
    },
    [S.indianexpressNov26, S.guardianNov25],
  ),
  ev(
    'DemandTabled',
    'dem-revoke-adiz',
    { occurredAt: '2013-11-25', recordedAt: rec('2013-11-26', '09:05') },
    {
      demandId: D.revokeAdiz,
      by: 'japan',
      addressedTo: ['china'],
      text: 'China revokes the measures of its air defence identification zone that infringe upon the freedom of flight over the high seas.',
      category: 'security',
    },
    [S.indianexpressNov26],
  ),
  ev(
    'PositionTaken',
    'pos-japan-adiz-nov25',
    { occurredAt: '2013-11-25', recordedAt: rec('2013-11-26', '09:10') },
    {
      demandId: D.adizRules,
      actorId: 'japan',
      stance: 'rejected',
      speaker: ABE,
      quote: 'The measures by the Chinese side have no validity whatsoever on Japan',
    },
    [S.indianexpressNov26],
  ),
  ev(
    'PositionTaken',
    'pos-china-revoke-nov25',
    { occurredAt: '2013-11-25', recordedAt: rec('2013-11-26', '09:15') },
    {
      demandId: D.revokeAdiz,
      actorId: 'china',
      stance: 'rejected',
      speaker: CN_MND,
      conditions: 'China\'s defence ministry calls Japan\'s objections "absolutely groundless and unacceptable".',
    },
    [S.indianexpressNov26],
  ),
  ev(
    'IncidentReported',
    'inc-b52-nov25',
    { occurredAt: '2013-11-26T00:00:00Z', recordedAt: rec('2013-11-26', '12:00') },
    {
      incidentId: 'b52-adiz-2013-11-25',
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'china',
      target: "China's newly declared air defence zone",
      place: 'East China Sea',
      description:
        'Two unarmed US B-52 bombers from Guam fly through the zone for about an hour (Monday evening US time) without identifying themselves to China, a training mission planned beforehand; no Chinese response.',
    },
    [S.cnnNov26],
  ),
  ev(
    'PositionTaken',
    'pos-us-adiz-nov26',
    { occurredAt: '2013-11-26', recordedAt: rec('2013-11-26', '12:05') },
    {
      demandId: D.adizRules,
      actorId: 'united-states',
      stance: 'rejected',
      conditions:
        "The US does not recognise the zone's restrictions and continues its own air operations in the region.",
    },
    [S.cnnNov26],
  ),
  ev(
    'StatementMade',
    'stmt-abe-yasukuni-dec26',
    { occurredAt: '2013-12-26', recordedAt: rec('2013-12-26', '12:00') },
    {
      speaker: ABE,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Abe visits the Yasukuni shrine, the first serving prime minister to do so since 2006, on the first anniversary of his government: he prays "to uphold the pledge never to wage a war again"; "It is not my intention at all to hurt the feelings of the Chinese and Korean people."',
    },
    [S.bbcDec26, S.globalpostDec26],
  ),
  ev(
    'StatementMade',
    'stmt-qin-dec26',
    { occurredAt: '2013-12-26', recordedAt: rec('2013-12-26', '12:05') },
    {
      speaker: QIN,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'China expresses "strong indignation", lodges "a strong protest and severe condemnation": the visit glorifies Japan\'s "history of militaristic aggression" and is "a major political obstacle" to better relations; a meeting of Vice Premier Liu Yandong with Japanese lawmakers is cancelled.',
    },
    [S.yonhapDec26, S.globalpostDec26, S.bbcDec26],
  ),
  ev(
    'StatementMade',
    'stmt-wang-dec26',
    { occurredAt: '2013-12-26', recordedAt: rec('2013-12-26', '12:10') },
    {
      speaker: WANG,
      audience: 'japan',
      tone: 'warning',
      summary:
        'Wang Yi summons Japan\'s ambassador Masato Kitera to lodge China\'s "strong opposition": Japan "must bear the responsibility for all the consequences arising therefrom".',
    },
    [S.yonhapDec26],
  ),
  ev(
    'StatementMade',
    'stmt-us-embassy-dec26',
    { occurredAt: '2013-12-26', recordedAt: rec('2013-12-26', '12:15') },
    {
      speaker: US_EMBASSY,
      audience: 'japan',
      tone: 'critical',
      summary:
        'The United States is "disappointed that Japan\'s leadership has taken an action that will exacerbate tensions with Japan\'s neighbors".',
    },
    [S.globalpostDec26],
  ),
  // --- May–June 2014: the fighters' close passes ---
  ev(
    'IncidentReported',
    'inc-su27-may24',
    { occurredAt: '2014-05-24', recordedAt: rec('2014-05-25', '09:00') },
    {
      incidentId: 'close-pass-2014-05-24',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'an OP-3C surveillance plane and a YS-11EB intelligence aircraft',
      place: 'East China Sea',
      description:
        "Chinese Su-27 fighters carrying missiles fly within about 50 m of a Japanese OP-3C and 30 m of a YS-11EB monitoring a Chinese–Russian naval exercise where the two air defence zones overlap — the closest Chinese warplanes have come to SDF aircraft (Japan's account).",
    },
    [S.reutersMay25, S.abscbnMay25],
  ),
  ev(
    'StatementMade',
    'stmt-onodera-may25',
    { occurredAt: '2014-05-25', recordedAt: rec('2014-05-25', '09:05') },
    {
      speaker: ONODERA,
      audience: 'china',
      tone: 'accusation',
      summary:
        '"This is a close encounter that is outright over the top"; "dangerous acts that could lead to an accident"; Japan conveys its concern through diplomatic channels.',
    },
    [S.reutersMay25, S.abscbnMay25],
  ),
  ev(
    'StatementMade',
    'stmt-cn-mnd-may25',
    { occurredAt: '2014-05-25', recordedAt: rec('2014-05-25', '09:10') },
    {
      speaker: CN_MND,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'Japanese military planes "intruded on the exercise\'s airspace without permission and carried out dangerous actions, in a serious violation of international laws", which "could have easily caused … a midair accident"; Chinese jets were scrambled.',
    },
    [S.reutersMay25],
  ),
  ev(
    'IncidentReported',
    'inc-su27-jun11',
    { occurredAt: '2014-06-11', recordedAt: rec('2014-06-12', '09:00') },
    {
      incidentId: 'close-pass-2014-06-11',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'ASDF and MSDF aircraft',
      place: 'East China Sea',
      description:
        'Two Chinese Su-27 fighters fly "abnormally close" to Japanese air and maritime self-defence aircraft where the two zones overlap (Japan\'s account).',
    },
    [S.asiaoneJun12, S.peninsulaJun12],
  ),
  ev(
    'StatementMade',
    'stmt-onodera-jun11',
    { occurredAt: '2014-06-11', recordedAt: rec('2014-06-12', '09:05') },
    {
      speaker: ONODERA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The Su-27s "flew so recklessly that the Self-Defence Forces pilot felt in danger"; Japan lodges a strong protest through diplomatic channels.',
    },
    [S.peninsulaJun12, S.asiaoneJun12],
  ),
  // --- September–November 2014: the thaw ---
  ev(
    'TalksRoundOpened',
    'round-qingdao-opened',
    { occurredAt: '2014-09-23', recordedAt: rec('2014-09-24', '12:00') },
    {
      roundId: R.qingdao,
      label: 'High-level consultation on maritime affairs, second round (Qingdao)',
      format: 'formal',
      venue: 'Qingdao, Shandong',
      delegations: [{ actorId: 'japan' }, { actorId: 'china' }],
    },
    [S.mofaSep24, S.chinadailySep24],
    { note: 'Heads: Makita Shimokawa (Japan) and Yi Xianliang (China), deputy directors-general.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-qingdao-concluded',
    { occurredAt: '2014-09-24', recordedAt: rec('2014-09-24', '12:05') },
    {
      roundId: R.qingdao,
      outcome: 'progress',
      summary:
        'The first meeting in two years; the two sides exchange views on the East China Sea and agree in principle to resume the maritime liaison talks between their defence authorities.',
      nextSteps: 'The next round late in 2014 or early in 2015.',
    },
    [S.mofaSep24, S.chinadailySep24],
  ),
  ev(
    'TalksRoundOpened',
    'round-yang-yachi-opened',
    { occurredAt: '2014-11-07', recordedAt: rec('2014-11-07', '12:00') },
    {
      roundId: R.yangYachi,
      label: 'Yang Jiechi and Shotaro Yachi (Beijing)',
      format: 'formal',
      venue: 'Diaoyutai State Guesthouse, Beijing',
      delegations: [
        { actorId: 'china', head: YANG },
        { actorId: 'japan', head: YACHI },
      ],
    },
    [S.fmprcNov7],
    { occurrence: 'four-points-2014-11-07' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-yang-yachi-concluded',
    { occurredAt: '2014-11-07', recordedAt: rec('2014-11-07', '12:05') },
    {
      roundId: R.yangYachi,
      outcome: 'agreement',
      summary:
        'After "rounds of consultations through the diplomatic channel", a four-point principled agreement on handling and improving relations.',
    },
    [S.fmprcNov7, S.upiNov7],
    { occurrence: 'four-points-2014-11-07' },
  ),
  ev(
    'AgreementReached',
    'agr-four-points',
    { occurredAt: '2014-11-07', recordedAt: rec('2014-11-07', '12:10') },
    {
      agreementId: FOUR_POINTS,
      kind: 'framework',
      provisions: [
        'The two sides follow the principles and spirit of the four political documents and continue to develop the strategic relationship of mutual benefit',
        'In the spirit of "facing history squarely and looking forward to the future", some agreement on overcoming political obstacles',
        'Different positions exist on the tensions over the Diaoyu (Senkaku) Islands and some waters of the East China Sea; the situation is to be kept from aggravating through dialogue and consultation, and crisis management mechanisms established to avoid contingencies',
        'Political, diplomatic and security dialogue to be gradually resumed through multilateral and bilateral channels, to build political mutual trust',
      ],
      signatories: ['china', 'japan'],
      textPublic: true,
      roundId: R.yangYachi,
    },
    [S.fmprcNov7, S.globaltimesNov7, S.upiNov7],
    {
      occurrence: 'four-points-2014-11-07',
      note: 'Published by both foreign ministries (the English translations differ); each side uses its own name for the islands.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-ministers-opened',
    { occurredAt: '2014-11-08', recordedAt: rec('2014-11-09', '09:00') },
    {
      roundId: R.ministers,
      label: 'Foreign ministers Wang Yi and Fumio Kishida (APEC, Beijing)',
      format: 'formal',
      venue: 'Beijing',
      delegations: [
        { actorId: 'china', head: WANG },
        { actorId: 'japan', head: KISHIDA },
      ],
    },
    [S.bsNov9],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ministers-concluded',
    { occurredAt: '2014-11-08', recordedAt: rec('2014-11-09', '09:05') },
    {
      roundId: R.ministers,
      outcome: 'progress',
      summary: 'The first formal talks at this level since September 2012, the day after the four points.',
    },
    [S.bsNov9],
  ),
  ev(
    'TalksRoundOpened',
    'round-summit-opened',
    { occurredAt: '2014-11-10', recordedAt: rec('2014-11-10', '12:00') },
    {
      roundId: R.summit,
      label: 'Xi Jinping and Shinzo Abe (APEC, Beijing)',
      format: 'formal',
      venue: 'Great Hall of the People, Beijing',
      delegations: [
        { actorId: 'china', head: XI },
        { actorId: 'japan', head: ABE },
      ],
    },
    [S.upiNov10, S.arabstodayNov10],
  ),
  ev(
    'TalksRoundConcluded',
    'round-summit-concluded',
    { occurredAt: '2014-11-10', recordedAt: rec('2014-11-10', '12:05') },
    {
      roundId: R.summit,
      outcome: 'progress',
      summary:
        'A half-hour meeting, the first between the two leaders; the handshake is frosty. Abe: "Japan and China took the first step toward improving our relationship as we go back to the principle of mutually beneficial strategic relations." The islands are not named.',
      nextSteps: 'Work on a maritime communication mechanism.',
    },
    [S.upiNov10, S.arabstodayNov10],
  ),
  ev(
    'DemandTabled',
    'dem-mechanism',
    { occurredAt: '2014-11-10', recordedAt: rec('2014-11-10', '12:10') },
    {
      demandId: D.mechanism,
      by: 'japan',
      addressedTo: ['china'],
      text: 'The two put into effect a maritime communication mechanism between their defence authorities to prevent clashes at sea.',
      category: 'security',
    },
    [S.arabstodayNov10],
    {
      note: 'Abe: "I asked him that we implement a maritime communication mechanism, and I think we will start working on concrete steps toward it."',
    },
  ),
  // --- November 2014: the ships after the four points ---
  ev(
    'IncidentReported',
    'inc-ccg-nov3',
    { occurredAt: '2014-11-03', recordedAt: rec('2014-11-25', '12:00') },
    {
      incidentId: 'ccg-territorial-sea-2014-11-03',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'China Coast Guard ships enter the territorial waters, four days before the four points (known from the report of 25 November: the last entry before that day).',
    },
    [S.sputnikNov25],
  ),
  ev(
    'IncidentReported',
    'inc-ccg-nov25',
    { occurredAt: '2014-11-25', recordedAt: rec('2014-11-25', '12:05') },
    {
      incidentId: 'ccg-territorial-sea-2014-11-25',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Three China Coast Guard ships (Haijing 2102, 2151, 2337) enter the territorial waters north of Uotsuri, the first entry since 3 November and the 28th of 2014 (Jiji); told to leave, the Haijing 2337 answers that the islands are "China\'s inherent territory".',
    },
    [S.sputnikNov25],
  ),
  // --- December 2014 – May 2015: ships and talks ---
  ev(
    'IncidentReported',
    'inc-ccg-dec23',
    { occurredAt: '2014-12-23', recordedAt: rec('2014-12-30', '12:00') },
    {
      incidentId: 'ccg-territorial-sea-2014-12-23',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description: 'China Coast Guard ships enter the territorial waters (known from the report of 30 December).',
    },
    [S.mricDec30],
  ),
  ev(
    'IncidentReported',
    'inc-ccg-dec30',
    { occurredAt: '2014-12-30', recordedAt: rec('2014-12-30', '12:05') },
    {
      incidentId: 'ccg-territorial-sea-2014-12-30',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Three China Coast Guard ships (Haijing 2102, 2166, 2401) stay in the territorial waters for about two hours; warned to leave, one answers that the islands are "inherent territory of China". Chinese government ships were in the waters on 32 days of 2014.',
    },
    [S.mricDec30],
  ),
  ev(
    'PositionTaken',
    'pos-china-mechanism-nov10',
    { occurredAt: '2014-11-10', recordedAt: rec('2015-01-13', '09:00') },
    {
      demandId: D.mechanism,
      actorId: 'china',
      stance: 'accepted-in-principle',
      speaker: XI,
      conditions:
        'Xi and Abe agreed at their meeting to resume the talks on the mechanism (Jiji, January 2015); nothing put into effect yet.',
    },
    [S.jijiJan13],
  ),
  ev(
    'TalksRoundOpened',
    'round-liaison-jan-opened',
    { occurredAt: '2015-01-12', recordedAt: rec('2015-01-13', '09:05') },
    {
      roundId: R.liaisonJan,
      label: 'Defence officials on the maritime communication mechanism (Tokyo)',
      format: 'technical',
      venue: 'Tokyo',
      delegations: [{ actorId: 'japan' }, { actorId: 'china' }],
    },
    [S.jijiJan13],
  ),
  ev(
    'TalksRoundConcluded',
    'round-liaison-jan-concluded',
    { occurredAt: '2015-01-12', recordedAt: rec('2015-01-13', '09:10') },
    {
      roundId: R.liaisonJan,
      outcome: 'progress',
      summary:
        'Division chiefs of the two defence ministries and navies resume, after two and a half years, the talks suspended after the nationalisation; they reconfirm the measures agreed in June 2012 (a hotline, direct communication between ships and aircraft).',
      nextSteps: 'Higher-level talks; Japan aims to launch the mechanism in the first half of 2015.',
    },
    [S.jijiJan13],
  ),
  ev(
    'TalksRoundOpened',
    'round-liaison-may-opened',
    { occurredAt: '2015-05-18', recordedAt: rec('2015-05-19', '09:00') },
    {
      roundId: R.liaisonMay,
      label: 'Defence bureau chiefs on the maritime liaison mechanism (Tokyo)',
      format: 'formal',
      venue: 'Tokyo',
      delegations: [{ actorId: 'japan' }, { actorId: 'china' }],
    },
    [S.jijiMay19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-liaison-may-concluded',
    { occurredAt: '2015-05-18', recordedAt: rec('2015-05-19', '09:05') },
    {
      roundId: R.liaisonMay,
      outcome: 'progress',
      summary:
        'The first bureau-chief meeting since April 2013: the two agree to accelerate their efforts to launch the mechanism at an early date.',
    },
    [S.jijiMay19],
  ),
  // --- 2018: the mechanism signed, the ships still there ---
  ev(
    'IncidentReported',
    'inc-ccg-jan7-2018',
    { occurredAt: '2018-01-07', recordedAt: rec('2018-01-08', '09:00') },
    {
      incidentId: 'ccg-territorial-sea-2018-01-07',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Four China Coast Guard ships, one apparently armed with machine guns, enter the territorial waters at about 9:50 a.m. and leave about 90 minutes later after warnings; the first entry of 2018 (the last on 30 December).',
    },
    [S.japantodayJan8],
  ),
  ev(
    'TalksRoundOpened',
    'round-abe-li-opened',
    { occurredAt: '2018-05-09', recordedAt: rec('2018-05-09', '12:00') },
    {
      roundId: R.abeLi,
      label: 'Shinzo Abe and Li Keqiang (Tokyo)',
      format: 'formal',
      venue: 'Akasaka Palace, Tokyo',
      delegations: [
        { actorId: 'japan', head: ABE },
        { actorId: 'china', head: LI },
      ],
    },
    [S.japantimesMay9, S.straitsMay9],
    { occurrence: 'mechanism-2018-05-09' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-abe-li-concluded',
    { occurredAt: '2018-05-09', recordedAt: rec('2018-05-09', '12:05') },
    {
      roundId: R.abeLi,
      outcome: 'agreement',
      summary:
        'The first visit of a Chinese premier since 2011: the maritime and aerial communication mechanism is signed, with agreements on investment, infrastructure in third countries and social security; Abe to visit China.',
    },
    [S.japantimesMay9, S.straitsMay9],
    { occurrence: 'mechanism-2018-05-09' },
  ),
  ev(
    'AgreementReached',
    'agr-mechanism',
    { occurredAt: '2018-05-09', recordedAt: rec('2018-05-09', '12:10') },
    {
      agreementId: MECHANISM,
      kind: 'partial',
      provisions: [
        'A hotline between senior defence officials, set up within 30 days (to operate from 8 June)',
        'Regular meetings of the two defence authorities',
        'Direct communication between naval vessels and military aircraft at sea to avert incidents',
        'No geographical scope specified (the islands are not named)',
      ],
      signatories: ['japan', 'china'],
      textPublic: false,
      roundId: R.abeLi,
      status: 'signed',
    },
    [S.japantimesMay9, S.straitsMay9],
    { occurrence: 'mechanism-2018-05-09' },
  ),
  ev(
    'PositionTaken',
    'pos-china-mechanism-may9',
    { occurredAt: '2018-05-09', recordedAt: rec('2018-05-09', '12:15') },
    {
      demandId: D.mechanism,
      actorId: 'china',
      stance: 'accepted',
      speaker: LI,
      conditions: 'Signed with Abe in Tokyo.',
    },
    [S.japantimesMay9],
  ),
  ev(
    'IncidentReported',
    'inc-ccg-nov11-2018',
    { occurredAt: '2018-11-11', recordedAt: rec('2018-11-11', '12:00') },
    {
      incidentId: 'ccg-territorial-sea-2018-11-11',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Four China Coast Guard ships (Haijing 2302, 2308, 2401, 2501) enter the territorial waters north-northwest of Uotsuri between about 10:05 and 10:25 a.m. and leave by noon: the first entry since 17 October and the 19th of 2018.',
    },
    [S.japantimesNov11],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-japan-2012.jsonl',
  logEnd: '2018-12-01T00:00:00Z',
  events,
};

export default definition;
