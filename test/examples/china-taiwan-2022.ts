/**
 * A test fixture, not a shipped example: the People's Republic of China and
 * Taiwan (the Republic of China's government in Taipei) from Xi Jinping's
 * warning against Speaker Pelosi's visit (28 July 2022: "those who play with
 * fire will perish by it") to the end of 2022, as an analyst following the
 * news could have recorded them — Pelosi's arrival in Taipei (2 August), the
 * drills announced in six zones around the island the same night, China's
 * import bans, sand export ban and sanctions, the exercises of 4–7 August
 * with eleven Dongfeng missiles fired into the waters around Taiwan (five
 * landing in Japan's exclusive economic zone), the drills extended to 10
 * August, Taiwan's own artillery drill, the white paper of 10 August, the
 * new drills when US lawmakers visited (15 August), the sanctions on seven
 * "diehard separatists" (16 August), the drones over Kinmen, Taiwan's warning
 * shots (30 August) and its shooting down of a drone (1 September), Xi's
 * speech at the Party congress (16 October) and the "strike drills" of 25
 * December. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in china-taiwan-2022.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are China and Taiwan. No mediator, and no talks between them
 * at any time. Third parties: the United States (Speaker Pelosi, the US
 * congressional delegations) and Japan (its exclusive economic zone, its
 * protest); their acts are recorded as theirs, and nothing of theirs is the
 * pair's. The G7 foreign ministers' statement of 3 August is not recorded:
 * no dated source for it was read.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire
 * copy in one (Reuters, AP, AFP, Bloomberg via established papers, the Japan
 * Times, the Yomiuri, Taiwan News, the Straits Times, the South China
 * Morning Post, NBC, PBS, the Times of India, the Independent, Anadolu);
 * C = smaller or partisan outlets, aggregators and copies (Devdiscourse's
 * feed copies, Republic World, Babel, Dimsum Daily, Chinascope, Euro Weekly
 * News, One News Page, WhatsNew2Day, the Indian Awaaz, Millennium Post, the
 * US embassy's press summary); 2 = several sources agree or one established
 * source reports an on-record statement; 3 = one side's claim, or an
 * attribution the sources do not confirm.
 *
 * Judgement calls, recorded as an analyst would:
 * - The missiles of 4 August are a show of force (`force-posture`), not
 *   armed action: they were fired into the sea in zones China had closed to
 *   shipping, at no target, with no one killed or hurt and nothing damaged
 *   (Taiwan's defence ministry and Japan's both say so); some flew over
 *   the island (NBC, 10 August). §5b's armed action is force between the two
 *   sides' forces or by one on the other's territory (strikes, shelling):
 *   none of the missiles struck Taiwan or its forces.
 * - One place, written one way: every act of the exercises around the
 *   island is at "waters around Taiwan" (the six zones, the strait, the
 *   median line), every drone act at "Kinmen" (Erdan, Dadan, Shiyu, Lieyu
 *   and Caoyu are islets of the Kinmen group). Taiwan's own drill is at
 *   "Pingtung".
 * - The drone shot down on 1 September: Taiwan's Kinmen Defense Command
 *   calls it an unidentified "civilian" drone that flew in from the
 *   direction of Xiamen; Taiwan News and the Times call it Chinese, and
 *   China's foreign ministry said it was "not aware of the situation".
 *   Recorded as Taiwan's armed act (a `clash`: troops firing live rounds to
 *   bring it down, as the Thailand – Laos 1987 fixture records a bomber shot
 *   down) against China, alleged by Taiwan, with no one killed; the
 *   attribution to China is graded 3. The warning shots of 30 August (fired
 *   to drive a drone away, not at it) and the flares of 31 August are in
 *   the descriptions of China's drone incursions (`force-posture`), not
 *   recorded as acts of their own.
 * - The economic measures (the food import suspensions of 2 and 3 August,
 *   the natural sand export ban, the sanctions on two Taiwanese foundations
 *   and on seven officials) have no development type of their own: each is
 *   the Chinese body's statement announcing it, with CAMEO 163 (embargo,
 *   boycott or sanctions), as japan-south-korea-2018.ts records trade
 *   measures. They are not border closures: people and most goods still
 *   crossed.
 * - Tones: the Eastern Theater Command's statement of 2 August ("a serious
 *   warning to Taiwan independence forces", with live firing announced), the
 *   white paper's "we will not renounce the use of force" (10 August), the
 *   defence ministry's "resolute counterstrike" (15 August) and Xi's "we will
 *   never promise to renounce the use of force" (16 October) are
 *   `military-threat`: they name force against Taiwan. Xi's warning of 28
 *   July is addressed to the United States (`warning`). The command's
 *   statements that close or announce drills with no force named against
 *   Taiwan — "regular combat readiness patrols" (10 August), "a firm
 *   response ... all necessary measures" (25 December) — are `warning`.
 *   Tsai Ing-wen's "we will not provoke disputes ... but it does not mean
 *   that we will not counter" (30 August) is a `warning`.
 * - Pelosi's visit and the later delegations are third-party engagements
 *   (the United States with Taiwan); China's reactions to them are China's
 *   acts towards Taiwan (the drills, the sanctions) or towards the United
 *   States (Xi's warning).
 * - Daily counts of aircraft and ships are recorded only on days a source
 *   read gives them (7, 8, 15 August and 25 December); the daily incursions
 *   of the autumn, which the sources mention only as a continuing pattern,
 *   are not recorded on days no source gives.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-taiwan-2022';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2022);
/** A recordedAt on a given day of 2022. */
const rec = (day: string, time: string): string => `2022-${day}T${time}:00Z`;

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['PRC', 'Beijing', 'mainland China'],
};
const TAIWAN: Actor = {
  id: 'taiwan',
  name: 'Taiwan',
  kind: 'state',
  aliases: ['Republic of China', 'ROC', 'Taipei'],
};
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'] };

const XI: Person = { name: 'Xi Jinping', title: 'President of China', actorId: 'china' };
const SHI_YI: Person = {
  name: 'Senior Col. Shi Yi',
  title: 'Spokesman, PLA Eastern Theater Command',
  actorId: 'china',
};
const WU_QIAN: Person = {
  name: 'Wu Qian',
  title: 'Spokesman, Ministry of National Defense of China',
  actorId: 'china',
};
const PRC_CUSTOMS: Person = { name: 'General Administration of Customs of China', actorId: 'china' };
const MOFCOM: Person = { name: 'Ministry of Commerce of China', actorId: 'china' };
const TAO: Person = { name: 'Taiwan Affairs Office (Taiwan Work Office)', actorId: 'china' };
const STATE_COUNCIL: Person = {
  name: 'Taiwan Affairs Office and Information Office of the State Council',
  actorId: 'china',
};
const PRC_MFA: Person = { name: 'Ministry of Foreign Affairs of China', actorId: 'china' };
const TW_MND: Person = { name: 'Ministry of National Defense (Taiwan)', actorId: 'taiwan' };
const YEH: Person = { name: 'Lt. Gen. Yeh Kuo-hui', title: 'Ministry of National Defense (Taiwan)', actorId: 'taiwan' };
const JOSEPH_WU: Person = { name: 'Joseph Wu', title: 'Foreign Minister of Taiwan', actorId: 'taiwan' };
const MAC: Person = { name: 'Mainland Affairs Council', actorId: 'taiwan' };
const TW_MOFA: Person = {
  name: 'Joanne Ou',
  title: 'Spokesperson, Ministry of Foreign Affairs (Taiwan)',
  actorId: 'taiwan',
};
const TSAI: Person = { name: 'Tsai Ing-wen', title: 'President of Taiwan', actorId: 'taiwan' };
const TW_PRESIDENCY: Person = { name: 'Office of the President (Taiwan)', actorId: 'taiwan' };
const KISHI: Person = { name: 'Nobuo Kishi', title: 'Defence Minister of Japan', actorId: 'japan' };

const S = {
  alahedJul29: source(
    'Xi Warns Biden Not To ‘Play with Fire’ Over Taiwan',
    'Al-Ahed News (agencies)',
    'https://www.english.alahednews.com.lb/essaydetails.php?eid=66542&cid=546',
    '2022-07-29',
    'C',
    2,
  ),
  toiJul29: source(
    "Xi warns Biden US will be 'playing with fire' if Pelosi visits Taiwan",
    'The Times of India',
    'https://m.timesofindia.com/world/us/xi-warns-biden-us-will-be-playing-with-fire-if-pelosi-visits-taiwan/articleshow/93196078.cms',
    '2022-07-29',
    'B',
    2,
  ),
  pbsAug2: source(
    "Pelosi's visit to Taiwan sparks immediate reaction from China",
    'PBS NewsHour',
    'https://www.pbs.org/newshour/show/pelosis-visits-to-taiwan-sparks-immediate-reaction-from-china',
    '2022-08-02',
    'B',
    2,
  ),
  bloombergAug2: source(
    'After Pelosi’s arrival, China declares 4 days of military drills in areas encircling Taiwan (Bloomberg)',
    'Asia Ease (Bloomberg copy)',
    'https://asiaease.com/latest-news/after-pelosis-arrival-china-declares-4-days-of-military-drills-in-areas-encircling-taiwan/',
    '2022-08-02',
    'C',
    2,
  ),
  biAug2: source(
    'China announces it will be conducting military drills, including live-fire exercises, all around Taiwan as Pelosi arrives for historic visit',
    'Business Insider India',
    'https://www.businessinsider.in/international/news/china-announces-it-will-be-conducting-military-drills-including-live-fire-exercises-all-around-taiwan-as-pelosi-arrives-for-historic-visit/articleshow/93305388.cms',
    '2022-08-02',
    'B',
    2,
  ),
  pigeonAug3: source(
    'China announces six live fire drills surrounding Taiwan amid US Speaker Nancy Pelosi’s tour',
    'The Pigeon Express',
    'https://www.thepigeonexpress.com/china-announces-six-live-fire-drills-surrounding-taiwan-amid-us-speaker-nancy-pelosis-tour/',
    '2022-08-03',
    'C',
    2,
  ),
  pledgeAug3: source(
    'China imposes new sanctions against Taiwan after Pelosi arrives on the island',
    'Pledge Times',
    'https://pledgetimes.com/china-imposes-new-sanctions-against-taiwan-after-pelosi-arrives-on-the-island/',
    '2022-08-03',
    'C',
    2,
  ),
  anewsAug3: source(
    'China suspends some fruits, fish imports from Taiwan',
    'A News (Anadolu Agency)',
    'https://www.anews.com.tr/economy/2022/08/03/china-suspends-some-fruits-fish-imports-from-taiwan',
    '2022-08-03',
    'B',
    2,
  ),
  fijiReutersAug3: source(
    'China customs suspends imports of citrus fruits, some fish products from Taiwan (Reuters)',
    'The Fiji Times (Reuters copy)',
    'https://www.fijitimes.com/china-customs-suspends-imports-of-citrus-fruits-some-fish-products-from-taiwan/',
    '2022-08-03',
    'C',
    2,
  ),
  babelAug3: source(
    'China imposed sanctions against Taiwan amid Nancy Pelosi’s visit',
    'Babel',
    'https://babel.ua/en/news/82403-china-imposed-sanctions-against-taiwan-amid-nancy-pelosi-s-visit',
    '2022-08-03',
    'C',
    2,
  ),
  bdnewsAug3: source(
    'China drills around Taiwan (Reuters)',
    'bdnews24.com (Reuters)',
    'https://bdnews24.com/world/0dac27banw',
    '2022-08-03',
    'B',
    2,
  ),
  briefAug4: source(
    'Chinese Ballistic Missiles Have Been Fired into Waters Near Taiwan Island',
    'Daily News Brief',
    'https://dailynewsbrief.com/2022/08/04/chinese-ballistic-missiles-have-been-fired-into-waters-near-taiwan-island/',
    '2022-08-04',
    'C',
    2,
  ),
  japantimesAug4: source(
    'Five Chinese missiles landed in Japan’s EEZ, Kishi says',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2022/08/04/national/japan-china-missiles-eez/',
    '2022-08-04',
    'B',
    2,
  ),
  onenewsAug8: source(
    'China Extends Taiwan Military Drills',
    'One News Page (Fox copy)',
    'https://www.onenewspage.com/video/20220808/14740640/China-Extends-Taiwan-Military-Drills.htm',
    '2022-08-08',
    'C',
    2,
  ),
  taiwannewsAug8: source(
    'China extends military drills around Taiwan; MND vows it "will not back down"',
    'Taiwan News',
    'https://www.taiwannews.com.tw/en/news/4619596',
    '2022-08-08',
    'B',
    2,
  ),
  straitsAug9: source(
    'Taiwan begins live-fire artillery drill simulating defence against China attack',
    'The Straits Times (AFP, Reuters)',
    'https://www.straitstimes.com/asia/east-asia/taiwan-begins-live-fire-artillery-drill-simulating-defence-against-china-attack',
    '2022-08-09',
    'B',
    2,
  ),
  devdiscourseAug9: source(
    'China military: continue to hold drills around Taiwan on Tuesday',
    'Devdiscourse (Reuters feed)',
    'https://www.devdiscourse.com/article/law-order/2138056-china-military-continue-to-hold-drills-around-taiwan-on-tuesday',
    '2022-08-09',
    'C',
    2,
  ),
  reutersAug10: source(
    'China military says tasks in Taiwan strait completed, troops to stay battle-ready',
    'Reuters',
    'https://www.reuters.com/world/asia-pacific/china-military-says-tasks-taiwan-strait-completed-troops-stay-battle-ready-2022-08-10/',
    '2022-08-10',
    'B',
    2,
  ),
  nbcAug10: source(
    'China completes military drills around Taiwan',
    'NBC News',
    'https://www.nbcnews.com/news/world/china-completes-military-drills-taiwan-rcna42354',
    '2022-08-10',
    'B',
    2,
  ),
  euroweeklyAug10: source(
    'China releases white paper on Taiwan independence to achieve "peaceful reunification"',
    'Euro Weekly News',
    'https://euroweeklynews.com/2022/08/10/china-releases-white-paper-on-taiwan-independence-to-achieve-peaceful-reunification/',
    '2022-08-10',
    'C',
    2,
  ),
  chinascopeAug11: source(
    'China Published a New White Paper on Taiwan',
    'Chinascope',
    'http://chinascope.org/archives/30465',
    '2022-08-11',
    'C',
    2,
  ),
  beastAug14: source(
    'U.S. Visits Taiwan Again, Two Weeks After Threatening China Reaction To Pelosi Trip',
    'The Daily Beast',
    'https://www.thedailybeast.com/us-visits-taiwain-nearly-two-weeks-after-pelosi-trip-that-sparked-chinese-military-drills',
    '2022-08-14',
    'B',
    2,
  ),
  toiAug15: source(
    'Angry China stages more drills near Taiwan as US lawmakers visit',
    'The Times of India (Reuters)',
    'https://timesofindia.indiatimes.com/world/china/china-stages-more-drills-near-taiwan-as-us-lawmakers-visit/articleshow/93569681.cms',
    '2022-08-15',
    'B',
    2,
  ),
  scmpAug15: source(
    'Taiwan will work with US on regional security and supply chain, Tsai Ing-wen says',
    'South China Morning Post',
    'https://www.scmp.com/news/china/politics/article/3188913/taiwan-will-work-us-regional-security-and-supply-chain-tsai-ing?utm_source=rss_feed',
    '2022-08-15',
    'B',
    2,
  ),
  onenewsAug15: source(
    'China Renews Military Drills Amid US Congressional Delegation Visit to Taiwan',
    'One News Page (CNN copy)',
    'https://www.onenewspage.com/video/20220815/14773356/China-Renews-Military-Drills-Amid-US-Congressional-Delegation.htm',
    '2022-08-15',
    'C',
    2,
  ),
  inquirerAug16: source(
    'China sanctions seven Taiwanese ‘independence diehard’ officials (Reuters)',
    'Inquirer.net (Reuters)',
    'https://newsinfo.inquirer.net/1647556/china-sanctions-seven-taiwanese-independence-diehard-officials',
    '2022-08-16',
    'B',
    2,
  ),
  jmhAug17: source(
    'China to impose sanctions on Taiwan’s de facto envoy to U.S. (summary of Yomiuri, Mainichi, Nikkei, Sankei)',
    'US Embassy Tokyo, Japan Media Highlights',
    'https://jmh.usembassy.gov/20220817196254/',
    '2022-08-17',
    'C',
    2,
  ),
  republicAug30: source(
    'In a first, Taiwan fires warning shots at Chinese drones hovering near Kinmen islands',
    'Republic World',
    'https://www.republicworld.com/world-news/rest-of-the-world-news/in-a-first-taiwan-fires-warning-shots-at-chinese-drones-hovering-near-kinmen-islands-articleshow.html',
    '2022-08-30',
    'C',
    2,
  ),
  japantimesAug31: source(
    'Taiwan fires warning shots at Chinese drone after Tsai vows "strong countermeasures"',
    'The Japan Times (Reuters)',
    'https://www.japantimes.co.jp/news/2022/08/31/asia-pacific/taiwan-china-drone-warning-shot/',
    '2022-08-31',
    'B',
    2,
  ),
  worldtribuneAug31: source(
    'In first, Taiwan fires warning shots at Chinese drone',
    'WorldTribune',
    'https://www.worldtribune.com/in-first-taiwan-fires-warning-shots-at-chinese-drone/',
    '2022-08-31',
    'C',
    2,
  ),
  taiwannewsSep1: source(
    'Taiwanese troops shoot down Chinese drone over Kinmen',
    'Taiwan News',
    'https://www.taiwannews.com.tw/en/news/4644541',
    '2022-09-01',
    'B',
    2,
  ),
  apSep1: source(
    'Taiwanese troops shoot down drone over island outpost (AP)',
    'KION 546 (Associated Press)',
    'https://kion546.com/news/ap-national-news/2022/09/01/taiwanese-troops-shoot-down-drone-over-island-outpost/',
    '2022-09-01',
    'B',
    2,
  ),
  cnnSep1: source(
    'Taiwan shoots down unidentified drone over Kinmen, close to mainland China',
    'Cayman Mama (CNN copy)',
    'https://caymanmama.com/taiwan-shoots-down-unidentified-drone-over-kinmen-space-close-to-mainland-china/',
    '2022-09-01',
    'C',
    3,
  ),
  independentOct16: source(
    'China will not renounce use of force over Taiwan, Xi says as Communist Party congress begins',
    'The Independent',
    'https://www.independent.co.uk/asia/east-asia/china-president-xi-jinping-congress-taiwan-b2203706.html',
    '2022-10-16',
    'B',
    2,
  ),
  japantimesOct16: source(
    'Xi kicks off party congress, says China will never renounce use of force over Taiwan',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2022/10/16/asia-pacific/politics-diplomacy-asia-pacific/xi-jinping-ccp-congress',
    '2022-10-16',
    'B',
    2,
  ),
  millenniumOct17: source(
    "After Xi Jinping's right to use force remark, Taiwan says won't back down",
    'Millennium Post (PTI)',
    'http://www.millenniumpost.in/big-stories/after-xi-jinpings-right-to-use-force-remark-taiwan-says-wont-back-down-496178',
    '2022-10-17',
    'C',
    2,
  ),
  chinamilDec25: source(
    'PLA Eastern Theater Command conducts joint combat-readiness security patrol and joint firepower striking exercise around Taiwan Island',
    'China Military Online (PLA)',
    'http://eng.chinamil.com.cn/view/2022-12/25/content_10207574.htm',
    '2022-12-25',
    'B',
    2,
  ),
  i24Dec26: source(
    "Taiwan reports China's largest air defense zone incursion to date",
    'i24NEWS (AFP)',
    'https://www.i24news.tv/en/news/international/asia-pacific/1672038522-taiwan-reports-china-s-largest-air-defense-zone-incursion-to-date',
    '2022-12-26',
    'B',
    2,
  ),
  whatsnewDec26: source(
    'Taiwan reports China’s largest incursion into the air defense zone to date (Reuters)',
    'WhatsNew2Day (Reuters copy)',
    'https://whatsnew2day.com/taiwan-reports-chinas-largest-incursion-into-the-air-defense-zone-to-date/',
    '2022-12-26',
    'C',
    2,
  ),
  awaazDec26: source(
    'China sends 71 warplanes near Taiwan',
    'The Indian Awaaz',
    'https://theindianawaaz.com/china-sends-71-warplanes-near-taiwan-2/?utm_source=rss&utm_medium=rss&utm_campaign=rss',
    '2022-12-26',
    'C',
    2,
  ),
};

/** Places, one way each (see the header). */
const P = { around: 'waters around Taiwan', kinmen: 'Kinmen', pingtung: 'Pingtung' };

const events = [
  // ===== Late July: the warning =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2022-07-28', recordedAt: rec('07-29', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Taiwan, the Pelosi visit and the exercises around the island, 2022',
      subject:
        "China's warnings against the US Speaker's visit to Taiwan, the exercises around the island after it (missiles fired into the surrounding waters), the economic bans and sanctions, the drones over Kinmen, and the pressure to the end of 2022; no talks between the two",
      parties: [CHINA, TAIWAN],
      mediators: [],
    },
    [S.toiJul29],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '2022-07-28', recordedAt: rec('07-29', '12:01') },
    { actor: US, role: 'third-party' },
    [S.toiJul29],
    { note: 'Speaker Pelosi, the US congressional delegations and the Seventh Fleet: a third party’s acts.' },
  ),
  ev(
    'StatementMade',
    'stmt-xi-fire',
    { occurredAt: '2022-07-28', recordedAt: rec('07-29', '12:05') },
    {
      speaker: XI,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'In a call of over two hours with President Biden, amid reports of Speaker Pelosi’s planned visit to Taiwan, Xi says China firmly opposes Taiwan independence and the interference of external forces, and will resolutely safeguard its sovereignty and territorial integrity.',
      quote: 'Those who play with fire will perish by it. It is hoped that the US will be clear-eyed about this.',
    },
    [S.alahedJul29, S.toiJul29],
  ),
  // ===== 2 August: Pelosi in Taipei, the drills announced =====
  ev(
    'ThirdPartyEngagement',
    'tpe-pelosi-arrives',
    { occurredAt: '2022-08-02T14:43:00Z', recordedAt: rec('08-02', '18:00') },
    {
      actorId: 'united-states',
      counterparts: ['taiwan'],
      kind: 'visit',
      summary:
        'Speaker Nancy Pelosi lands at Taipei Songshan airport at 22:43 local time, the highest-ranking US official to visit Taiwan in 25 years; she says the visit "in no way contradicts longstanding United States policy".',
    },
    [S.pbsAug2, S.bloombergAug2],
  ),
  ev(
    'StatementMade',
    'stmt-etc-warning-aug2',
    { occurredAt: '2022-08-02T15:00:00Z', recordedAt: rec('08-02', '18:05') },
    {
      speaker: SHI_YI,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        'The Eastern Theater Command announces joint military operations around Taiwan from that evening, including long-range live firing in the Taiwan Strait, aimed at the US "major escalation" and at Taiwan independence forces.',
      quote:
        "This action is targeted at the US's shocking recent major escalation on the Taiwan issue, and serves as a serious warning to Taiwanese independence forces or those seeking independence.",
    },
    [S.bloombergAug2],
  ),
  ev(
    'IncidentReported',
    'inc-zones-announced',
    { occurredAt: '2022-08-02T15:00:00Z', recordedAt: rec('08-02', '18:10') },
    {
      incidentId: 'six-zones-announced-2022-08-02',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      target: 'six sea and air areas encircling Taiwan, some close to its territorial waters',
      place: P.around,
      description:
        'Xinhua announces "important military exercises and training activities including live-fire drills" in six areas around Taiwan from 4 to 7 August, with coordinates; ships and aircraft are told not to enter them.',
    },
    [S.biAug2],
  ),
  ev(
    'StatementMade',
    'stmt-tw-mnd-aug2',
    { occurredAt: '2022-08-02T16:00:00Z', precision: 'approximate', recordedAt: rec('08-03', '09:05') },
    {
      speaker: TW_MND,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Taiwan’s defence ministry condemns the drills as "military intimidation" meant to threaten its main ports and cities and to undermine regional stability, and says it monitors the strait.',
    },
    [S.pigeonAug3],
  ),
  ev(
    'StatementMade',
    'stmt-customs-food-ban',
    { occurredAt: '2022-08-02', recordedAt: rec('08-03', '09:10') },
    {
      speaker: PRC_CUSTOMS,
      audience: 'taiwan',
      tone: 'accusation',
      summary:
        'As the visit is confirmed, China’s customs suspend imports from hundreds of Taiwanese food and farm producers (tea, nuts, honey, cocoa beans, vegetables, the catches of some 700 fishing boats), saying they broke registration rules.',
    },
    [S.pledgeAug3],
    {
      cameo: '163',
      note: 'A trade measure against Taiwan, recorded as the customs statement applying it (CAMEO 163).',
    },
  ),
  // ===== 3 August: bans, sanctions, first drills =====
  ev(
    'StatementMade',
    'stmt-customs-citrus-fish',
    { occurredAt: '2022-08-03', recordedAt: rec('08-03', '12:00') },
    {
      speaker: PRC_CUSTOMS,
      audience: 'taiwan',
      tone: 'accusation',
      summary:
        'China suspends imports of Taiwanese citrus fruit (grapefruit, lemons, oranges), chilled white striped hairtail and frozen horse mackerel from 3 August, citing pests, pesticide residues and Covid.',
    },
    [S.anewsAug3, S.fijiReutersAug3],
    { cameo: '163', note: 'A trade measure against Taiwan (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-mofcom-sand',
    { occurredAt: '2022-08-03', recordedAt: rec('08-03', '12:05') },
    {
      speaker: MOFCOM,
      audience: 'taiwan',
      tone: 'accusation',
      summary: 'The commerce ministry suspends exports of natural sand to Taiwan from 3 August.',
    },
    [S.anewsAug3, S.fijiReutersAug3],
    { cameo: '163', note: 'An export ban against Taiwan (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-tao-foundations',
    { occurredAt: '2022-08-03', recordedAt: rec('08-03', '12:10') },
    {
      speaker: TAO,
      audience: 'taiwan',
      tone: 'accusation',
      summary:
        'China sanctions two Taiwanese foundations "for defaming the PRC and supporting separatism"; the foreign ministry promises Taiwan’s leaders "a major disaster".',
    },
    [S.babelAug3],
    { cameo: '163', note: 'Sanctions on Taiwanese bodies (CAMEO 163).' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-pelosi-tsai',
    { occurredAt: '2022-08-03', recordedAt: rec('08-03', '12:15') },
    {
      actorId: 'united-states',
      counterparts: ['taiwan'],
      kind: 'meeting',
      summary:
        'Pelosi meets President Tsai Ing-wen and the legislature’s vice-speaker, and leaves Taiwan the same day.',
    },
    [S.babelAug3],
  ),
  ev(
    'IncidentReported',
    'inc-drills-aug3',
    { occurredAt: '2022-08-03', recordedAt: rec('08-03', '18:00') },
    {
      incidentId: 'etc-drills-2022-08-03',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      target: 'the sea and air to the north, southwest and southeast of Taiwan',
      place: P.around,
      description:
        'The Eastern Theater Command says a multi-force exercise of the navy, air force, rocket force and support forces was held around Taiwan, practising "seal and control, assault at sea and strike on land".',
    },
    [S.bdnewsAug3],
  ),
  // ===== 4–7 August: the exercises and the missiles =====
  ev(
    'ActorRegistered',
    'actor-japan',
    { occurredAt: '2022-08-04', recordedAt: rec('08-04', '12:00') },
    { actor: JAPAN, role: 'third-party' },
    [S.japantimesAug4],
    { note: 'Five of the missiles landed in its exclusive economic zone; it protested to Beijing.' },
  ),
  ev(
    'IncidentReported',
    'inc-missiles-aug4',
    { occurredAt: '2022-08-04T05:56:00Z', recordedAt: rec('08-04', '12:05') },
    {
      incidentId: 'dongfeng-missiles-2022-08-04',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'taiwan',
      against: 'taiwan',
      target: 'the sea areas north, east and south of Taiwan closed for the drills',
      place: P.around,
      fatalities: { min: 0, max: 0 },
      description:
        'Between 13:56 and 16:00 local time the PLA fires 11 Dongfeng ballistic missiles in salvoes into the waters around northern, southern and eastern Taiwan (Taiwan’s defence ministry). Japan’s defence minister says five landed in its EEZ, a first. No damage, no one hurt; shipping and flights kept out of the zones.',
    },
    [S.briefAug4, S.japantimesAug4],
  ),
  ev(
    'StatementMade',
    'stmt-kishi-eez',
    { occurredAt: '2022-08-04', recordedAt: rec('08-04', '12:10') },
    {
      speaker: KISHI,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Five Chinese ballistic missiles appear to have landed in Japan’s exclusive economic zone, a first; Japan protests through diplomatic channels and calls it a grave issue for its security.',
    },
    [S.japantimesAug4],
  ),
  ev(
    'IncidentReported',
    'inc-drills-aug7',
    { occurredAt: '2022-08-07', recordedAt: rec('08-08', '09:00') },
    {
      incidentId: 'etc-drills-2022-08-07',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'taiwan',
      against: 'taiwan',
      target: 'the sea and air around Taiwan',
      place: P.around,
      description:
        'On the last scheduled day of the exercises Taiwan’s defence ministry detects 66 aircraft and 14 warships, "simulating attacks on the island of Taiwan"; Taiwan’s forces are on alert and monitor them.',
    },
    [S.onenewsAug8],
  ),
  // ===== 8–10 August: the drills extended, Taiwan's drill, the white paper =====
  ev(
    'StatementMade',
    'stmt-yeh-aug8',
    { occurredAt: '2022-08-08', recordedAt: rec('08-08', '12:05') },
    {
      speaker: YEH,
      audience: 'china',
      tone: 'critical',
      summary:
        'At a defence ministry briefing: China’s exercises are designed "to confine our training space and our reaction time"; the armed forces will not back down and will respond more actively.',
      quote: 'The armed forces will not back down, and we will be more active in dealing with it.',
    },
    [S.taiwannewsAug8],
  ),
  ev(
    'IncidentReported',
    'inc-drills-extended-aug8',
    { occurredAt: '2022-08-08', recordedAt: rec('08-09', '05:00') },
    {
      incidentId: 'etc-drills-extended-2022-08-08',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      target: 'the sea and air around Taiwan',
      place: P.around,
      description:
        'The Eastern Theater Command extends the exercises, with joint "anti-submarine and sea assault operations"; Taiwan detects 39 aircraft and 13 ships, 21 aircraft entering its air defence zone, some across the median line in the north of the strait.',
    },
    [S.taiwannewsAug8, S.straitsAug9],
  ),
  ev(
    'IncidentReported',
    'inc-tw-drill-aug9',
    { occurredAt: '2022-08-09T00:40:00Z', recordedAt: rec('08-09', '06:00') },
    {
      incidentId: 'tw-artillery-drill-2022-08-09',
      kind: 'force-posture',
      perpetrator: 'taiwan',
      against: 'china',
      target: 'target flares off the coast of Pingtung county',
      place: P.pingtung,
      description:
        'Taiwan’s Eighth Army Corps holds a live-fire artillery drill in Pingtung simulating the defence of the island against an attack (9–10 August).',
    },
    [S.straitsAug9],
  ),
  ev(
    'IncidentReported',
    'inc-drills-aug9',
    { occurredAt: '2022-08-09', recordedAt: rec('08-09', '09:00') },
    {
      incidentId: 'etc-drills-2022-08-09',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      target: 'the sea and air around Taiwan',
      place: P.around,
      description:
        'The Eastern Theater Command continues the drills around Taiwan, with a focus on blockade and resupply.',
    },
    [S.devdiscourseAug9],
  ),
  ev(
    'StatementMade',
    'stmt-joseph-wu-aug9',
    { occurredAt: '2022-08-09', recordedAt: rec('08-10', '09:00') },
    {
      speaker: JOSEPH_WU,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Taiwan’s foreign minister says China is using the drills as a game plan to prepare for an invasion of Taiwan.',
    },
    [S.nbcAug10],
  ),
  ev(
    'StatementMade',
    'stmt-etc-completed-aug10',
    { occurredAt: '2022-08-10', recordedAt: rec('08-10', '12:00') },
    {
      speaker: SHI_YI,
      audience: 'taiwan',
      tone: 'warning',
      summary:
        'The joint operations around Taiwan "successfully completed various tasks"; the theater’s forces will keep training, "organize regular combat readiness patrols in the direction of the Taiwan Strait" and defend sovereignty.',
    },
    [S.reutersAug10, S.nbcAug10],
  ),
  ev(
    'StatementMade',
    'stmt-white-paper-aug10',
    { occurredAt: '2022-08-10', recordedAt: rec('08-11', '08:55') },
    {
      speaker: STATE_COUNCIL,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        'The white paper "The Taiwan Question and China’s Reunification in the New Era": Taiwan "has never been a state"; China will strive for peaceful reunification but will not renounce the use of force, the last resort; the earlier papers’ promise not to send troops or administrators to Taiwan is dropped.',
      quote:
        'We will not renounce the use of force, and we reserve the option of taking all necessary measures. ... The use of force would be the last resort taken under compelling circumstances.',
    },
    [S.euroweeklyAug10, S.chinascopeAug11],
  ),
  ev(
    'StatementMade',
    'stmt-mac-white-paper',
    { occurredAt: '2022-08-10', precision: 'approximate', recordedAt: rec('08-11', '09:00') },
    {
      speaker: MAC,
      audience: 'china',
      tone: 'critical',
      summary:
        'Taiwan’s Mainland Affairs Council calls the white paper "full of wishful-thinking, lies and reckless disregard of the truth"; only Taiwan’s 23 million people can decide its future.',
    },
    [S.chinascopeAug11],
  ),
  // ===== Mid-August: the lawmakers, the new drills, the sanctions =====
  ev(
    'ThirdPartyEngagement',
    'tpe-markey',
    { occurredAt: '2022-08-14', recordedAt: rec('08-14', '18:00') },
    {
      actorId: 'united-states',
      counterparts: ['taiwan'],
      kind: 'visit',
      summary:
        'Five US lawmakers led by Senator Ed Markey arrive in Taipei unannounced; they meet President Tsai on 15 August.',
    },
    [S.beastAug14],
  ),
  ev(
    'IncidentReported',
    'inc-drills-aug15',
    { occurredAt: '2022-08-15', recordedAt: rec('08-15', '12:00') },
    {
      incidentId: 'etc-drills-2022-08-15',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'taiwan',
      target: 'the sea and air around Taiwan',
      place: P.around,
      description:
        'The Eastern Theater Command holds multi-service joint combat readiness patrols and combat drills around Taiwan while the US lawmakers visit; Taiwan detects 30 aircraft and five vessels in the strait.',
    },
    [S.toiAug15, S.onenewsAug15],
  ),
  ev(
    'StatementMade',
    'stmt-mnd-aug15',
    { occurredAt: '2022-08-15', recordedAt: rec('08-15', '12:05') },
    {
      speaker: WU_QIAN,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        'China’s defence ministry: the drills are "a resolute counterstrike and solemn deterrence" to the provocations of the US and Taiwan; the PLA "continues to train and prepare for war".',
    },
    [S.scmpAug15, S.toiAug15],
  ),
  ev(
    'StatementMade',
    'stmt-tao-diehards-aug16',
    { occurredAt: '2022-08-16', recordedAt: rec('08-16', '12:00') },
    {
      speaker: TAO,
      audience: 'taiwan',
      tone: 'accusation',
      summary:
        'China sanctions seven Taiwanese "independence diehards" (among them Hsiao Bi-khim, the envoy to the US, and Wellington Koo, of the National Security Council): they and their families may not enter the mainland, Hong Kong or Macau, and firms linked to them may not profit on the mainland; they accused them of colluding with external forces during Pelosi’s visit.',
    },
    [S.inquirerAug16],
    { cameo: '163', note: 'Sanctions on Taiwanese officials (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-tw-mofa-aug16',
    { occurredAt: '2022-08-16', recordedAt: rec('08-17', '09:00') },
    {
      speaker: TW_MOFA,
      audience: 'china',
      tone: 'critical',
      summary: 'Taiwan refuses to accept intimidation and threats from an authoritarian and totalitarian regime.',
    },
    [S.jmhAug17],
  ),
  // ===== Late August – 1 September: the drones over Kinmen =====
  ev(
    'IncidentReported',
    'inc-drones-aug30',
    { occurredAt: '2022-08-30T09:59:00Z', recordedAt: rec('08-31', '05:55') },
    {
      incidentId: 'drones-kinmen-2022-08-30',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'taiwan',
      against: 'taiwan',
      target: 'Taiwan’s outposts on Dadan, Erdan and Shiyu',
      place: P.kinmen,
      description:
        'From 16:23 local time three drones fly over Dadan, Erdan and Shiyu; at 17:59 one returns over the restricted waters of Erdan, ignores warnings and is driven off by warning shots (a first) towards Xiamen.',
    },
    [S.republicAug30, S.japantimesAug31],
  ),
  ev(
    'StatementMade',
    'stmt-tsai-countermeasures',
    { occurredAt: '2022-08-30', recordedAt: rec('08-31', '06:00') },
    {
      speaker: TSAI,
      audience: 'china',
      tone: 'warning',
      summary:
        'Visiting forces on Penghu, Tsai says she has ordered the defence ministry to take "necessary and strong countermeasures" against China’s drones and "grey zone" provocations.',
      quote:
        'We will not provoke disputes, and we will exercise self-restraint, but it does not mean that we will not counter.',
    },
    [S.japantimesAug31, S.worldtribuneAug31],
  ),
  ev(
    'IncidentReported',
    'inc-drones-aug31',
    { occurredAt: '2022-08-31', recordedAt: rec('09-01', '08:00') },
    {
      incidentId: 'drones-kinmen-2022-08-31',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'taiwan',
      against: 'taiwan',
      target: 'Taiwan’s outposts on Lieyu, Dadan and Caoyu',
      place: P.kinmen,
      description:
        'Three "civilian" drones fly over Lieyu, Dadan and Caoyu; troops fire on them (flares) and they fly off towards Xiamen.',
    },
    [S.taiwannewsSep1],
  ),
  ev(
    'IncidentReported',
    'inc-drone-shot-down-sep1',
    { occurredAt: '2022-09-01T04:03:00Z', recordedAt: rec('09-01', '09:00') },
    {
      incidentId: 'drone-shot-down-shiyu-2022-09-01',
      kind: 'clash',
      perpetrator: 'taiwan',
      allegedBy: 'taiwan',
      against: 'china',
      target: 'an unidentified "civilian" drone over the restricted waters of Shiyu islet',
      place: P.kinmen,
      fatalities: { min: 0, max: 0 },
      description:
        'At 12:03 local time a drone enters the airspace over Shiyu (Lieyu township); after flares and warnings are ignored, troops fire live rounds and shoot it down into the sea — the first drone Taiwan has downed. The Kinmen Defense Command calls it "civilian"; Taiwan News and the Times call it Chinese.',
    },
    [graded(S.taiwannewsSep1, 3), S.apSep1],
  ),
  ev(
    'StatementMade',
    'stmt-prc-mfa-sep1',
    { occurredAt: '2022-09-01', recordedAt: rec('09-01', '12:00') },
    {
      speaker: PRC_MFA,
      audience: 'taiwan',
      tone: 'critical',
      summary:
        'China’s foreign ministry says it is "not aware of the situation" and that it is "pointless for (Taiwan) to exaggerate the tension".',
    },
    [S.cnnSep1],
  ),
  // ===== October: the Party congress =====
  ev(
    'StatementMade',
    'stmt-xi-congress-oct16',
    { occurredAt: '2022-10-16', recordedAt: rec('10-16', '12:00') },
    {
      speaker: XI,
      audience: 'taiwan',
      tone: 'military-threat',
      summary:
        'Opening the 20th Party congress, Xi says resolving the Taiwan question is for the Chinese to decide; China will strive for peaceful reunification but will never renounce the use of force, aimed at outside interference and "the few separatists"; reunification "must be achieved".',
      quote:
        'We will continue to strive for peaceful reunification, but we will never promise to renounce the use of force, and we reserve the option of taking all measures necessary.',
    },
    [S.independentOct16, S.japantimesOct16],
  ),
  ev(
    'StatementMade',
    'stmt-tw-presidency-oct16',
    { occurredAt: '2022-10-16', recordedAt: rec('10-17', '09:00') },
    {
      speaker: TW_PRESIDENCY,
      audience: 'china',
      tone: 'critical',
      summary:
        'Taiwan’s presidential office answers that Taiwan will not back down on its sovereignty or compromise on freedom and democracy.',
    },
    [S.millenniumOct17],
  ),
  // ===== 25 December: the strike drills =====
  ev(
    'StatementMade',
    'stmt-etc-dec25',
    { occurredAt: '2022-12-25', recordedAt: rec('12-26', '08:55') },
    {
      speaker: SHI_YI,
      audience: 'taiwan',
      tone: 'warning',
      summary:
        'The Eastern Theater Command says it held joint combat-readiness patrols and a "joint firepower striking exercise" around Taiwan, "a firm response to the current escalation of provocations by the US in collusion with the Taiwan authorities", and that its troops "will take all necessary measures" to safeguard sovereignty and territorial integrity.',
    },
    [S.chinamilDec25],
  ),
  ev(
    'IncidentReported',
    'inc-strike-drills-dec25',
    { occurredAt: '2022-12-25', recordedAt: rec('12-26', '09:00') },
    {
      incidentId: 'strike-drills-2022-12-25',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'taiwan',
      against: 'taiwan',
      target: 'Taiwan’s air defence identification zone and the sea and air around the island',
      place: P.around,
      description:
        'China holds "strike drills" around Taiwan in response to what it calls US–Taiwan "collusion and provocation" (the US defence authorisation law); Taiwan counts 71 aircraft in its air defence zone in 24 hours, 43 across the median line, the largest incursion reported, and seven navy ships.',
    },
    [S.i24Dec26, S.whatsnewDec26],
  ),
  ev(
    'StatementMade',
    'stmt-tw-mnd-dec26',
    { occurredAt: '2022-12-26', recordedAt: rec('12-26', '12:00') },
    {
      speaker: TW_MND,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Taiwan’s defence ministry: the Communist Party’s "military intimidation" is meant to deter Taiwan’s people and destroys regional peace.',
    },
    [S.awaazDec26, S.i24Dec26],
  ),
  ev(
    'StatementMade',
    'stmt-tsai-dec26',
    { occurredAt: '2022-12-26', recordedAt: rec('12-26', '12:05') },
    {
      speaker: TSAI,
      audience: 'china',
      tone: 'neutral',
      summary:
        'At a military ceremony, Tsai repeats the need to strengthen Taiwan’s defences against "the continued expansion of authoritarianism", without naming the drills; her office calls a national security meeting for the next day.',
      quote:
        'The more preparation we make, the less chance there is of hasty attempts at aggression. The more we are united, the stronger and safer Taiwan would become.',
    },
    [S.whatsnewDec26, S.awaazDec26],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-taiwan-2022.jsonl',
  logEnd: '2022-12-31T23:59:00Z',
  events,
};

export default definition;
