/**
 * A test fixture, not a shipped example: Israel and the Houthis (Ansar Allah, the de-facto authority in Sanaa) from
 * the Houthis' declaration of war on 31 October 2023 to the end of 2025, as an analyst following the news could have
 * recorded it: the missiles and drones on Eilat, Tel Aviv, central Israel and Ben Gurion airport, and Israel's strikes
 * on Hodeidah, Ras Isa, Sanaa's airport and power stations and on the Houthi government. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in israel-houthis-2023.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * What it tests: long-range missile and drone attacks with few or no dead (armed action, rarely heavy), retaliatory
 * air strikes some 2,000 km from any border, declared pauses that are no ceasefire between the pair (the Houthis' halt
 * of 19 January 2025 and of 11 October 2025, both unilateral and conditional), a third party's ceasefire (Gaza's, Israel
 * – Hamas, mediated by Qatar, Egypt and the United States) that the pair's acts follow, an ultimatum (the four-day
 * deadline of March 2025), threats of war, and whether the level ever falls below 3.
 *
 * The United States, the United Kingdom, Hamas, Iran and shipping are third parties. The US – Houthi fighting and the
 * Houthis' attacks on merchant ships that are not Israel's are left out. The existing case us-houthis-2025.ts records
 * some of this pair's acts of 2025 (Ben Gurion, Hodeidah, Sanaa airport, the strike of 28 August, Eilat) as a third
 * pair's; here they are the pair's own, recorded afresh from their own sources.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C = smaller outlet, aggregator, mirror or a
 * party's or its ally's state media; 1 = an on-record statement or act confirmed by the actor itself; 2 = several outlets
 * agree or one established outlet reports it; 3 = one side's unverified claim about the other. Tolls of Israel's
 * strikes are the Houthi-run health ministry's or al-Masirah's, as the wires relay them, as ranges where they differ.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places are recorded one way: `Eilat`, `Tel Aviv`, `Central Israel`, `Ben Gurion Airport`, `Hodeidah` (the ports of
 *   Hodeidah, Ras Isa and Salif and the Ras Kanatib power station, all in Hodeidah governorate), `Sanaa`. Strikes on
 *   Sanaa and Hodeidah the same night are two records; a night's missiles at one place one record.
 * - The Galaxy Leader seizure (19 November 2023) is recorded as `non-lethal-force` by the Houthis against Israel: no
 *   shot fired; the ship belongs to a company of an Israeli businessman, flies the Bahamas flag, had no Israeli aboard,
 *   and Israel called it "a very serious incident at the global level" and "Iranian terrorism".
 * - The Houthis' halt of attacks during the Gaza ceasefire (from 19 January 2025) and again after 10 October 2025 is a
 *   statement, not a ceasefire: neither side agreed anything with the other, and the Houthis made it conditional on
 *   Israel's conduct in Gaza. The Gaza ceasefires are recorded as the ceasefires between Israel and Hamas they are, with
 *   Hamas a third party.
 * - Abdul-Malik al-Houthi's four-day deadline (7 March 2025) is an ultimatum to Israel (a demand that aid enter Gaza,
 *   a deadline, a stated consequence); it was enforced on 11 March, when the ban on Israeli ships was declared resumed.
 * - Mohammed Ali al-Houthi's "impactful strikes" (20 July 2024), Netanyahu's "heavy price" (15 September 2024) and his
 *   "time and place of our choosing" (4 May 2025), Katz's naval and air blockade (10 June 2025), the Houthis' vow of
 *   "deterrent punishment" (16 October 2025) and al-Madani's letter (November 2025: "we will return to our military
 *   operations deep inside the Zionist entity" if the war on Gaza resumes) are threats of war (`military-threat`).
 * - The strike of 28 August 2025 that killed the Houthi prime minister and several ministers has no toll in the sources
 *   used here ("several ministers"; Israel's Channel 12: up to twelve, unconfirmed): recorded with no fatalities.
 * - The Houthis' last claimed attacks before the October ceasefire (a missile on 5 October, a drone on 7 October) rest
 *   on one outlet's summary, with no place: the drone of 7 October is recorded, graded C2, place not given.
 * - The months between November 2023 and July 2024, when the Houthis kept firing at Eilat, are covered only by the
 *   events the sources used here date; no call is made in them.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-houthis-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);
/** A recording time: the day and UTC time the analyst logged it. */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const HOUTHIS: Actor = {
  id: 'houthis',
  name: 'Houthis (Ansar Allah)',
  kind: 'de-facto-authority',
  aliases: ['Ansar Allah', 'Ansarallah', 'Yemeni Armed Forces (Houthi)', 'Sanaa authorities'],
};
const HAMAS: Actor = {
  id: 'hamas',
  name: 'Hamas',
  kind: 'de-facto-authority',
  aliases: ['Islamic Resistance Movement', 'al-Qassam Brigades'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const SAREE: Person = { name: 'Yahya Saree', title: 'Houthi military spokesman', actorId: 'houthis' };
const ABDUL_MALIK: Person = { name: 'Abdul-Malik al-Houthi', title: 'Leader of the Houthis', actorId: 'houthis' };
const MOHAMMED_ALI: Person = {
  name: 'Mohammed Ali al-Houthi',
  title: 'Member of the Supreme Political Council',
  actorId: 'houthis',
};
const BUKHAITI: Person = { name: 'Mohammed al-Bukhaiti', title: 'Houthi political bureau', actorId: 'houthis' };
const MASHAT: Person = {
  name: 'Mahdi al-Mashat',
  title: 'Head of the Houthi Supreme Political Council',
  actorId: 'houthis',
};
const HOUTHI_STMT: Person = { name: 'Houthi statement (Saba)', actorId: 'houthis' };
const HOUTHI_SOURCE: Person = { name: 'Houthi source (unnamed, to TASS)', actorId: 'houthis' };
const AL_MADANI: Person = { name: 'Yusuf al-Madani', title: 'Houthi chief of staff', actorId: 'houthis' };
const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const GALLANT: Person = { name: 'Yoav Gallant', title: 'Defence Minister of Israel', actorId: 'israel' };
const KATZ: Person = { name: 'Israel Katz', title: 'Defence Minister of Israel', actorId: 'israel' };

const S = {
  newsmaxOct31: source(
    'Houthi Rebels in Yemen Declare War on Israel',
    'Newsmax',
    'https://www.newsmax.com/world/globaltalk/houthi-rebels-yemen-iran/2023/10/31/id/1140479/',
    '2023-10-31',
    'C',
    2,
  ),
  arynewsOct31: source(
    "Yemen's Huthi rebels vow more attacks on Israel",
    'ARY News (AFP)',
    'https://arynews.tv/yemens-huthi-rebels-vow-more-attacks-on-israel/',
    '2023-10-31',
    'B',
    1,
  ),
  malaymailNov2: source(
    "Yemen's Houthi rebels claim drone attack on Israel",
    'Malay Mail (AFP)',
    'https://www.malaymail.com/news/world/2023/11/02/yemens-houthi-rebels-claim-drone-attack-on-israel/99734',
    '2023-11-02',
    'B',
    3,
  ),
  telesurNov19: source(
    'Israeli Ships To Be Considered Military Targets: Houthis',
    'teleSUR',
    'https://www.telesurenglish.net/news/Israeli-Ships-To-Be-Considered-Military-Targets-Houthis-20231119-0009.html',
    '2023-11-19',
    'C',
    1,
  ),
  worldreportNov19: source(
    "Israel-owned ship hijacked by Houthi rebels in 'grave incident of global proportions'",
    'World Report Now',
    'https://www.worldreportnow.com/news/israel-owned-ship-hijacked-by-houthi-rebels-in-grave-incident-of-global-proportions/57854/',
    '2023-11-19',
    'C',
    2,
  ),
  upiJul19: source(
    'Houthi drone strike kills 1, injures 8 in Tel Aviv',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2024/07/19/israeli-Houthi-drone-strike/9201721372503/',
    '2024-07-19',
    'B',
    2,
  ),
  trtJul20: source(
    "Israeli air strikes target Yemen's Hudaida port: Houthis",
    'TRT World',
    'https://www.trtworld.com/article/18185976',
    '2024-07-20',
    'C',
    2,
  ),
  federalJul21: source(
    '3 killed as Israel launches retaliatory attack in Houthi stronghold in Yemen',
    'The Federal',
    'https://thefederal.com/category/international/3-killed-as-israel-launches-retaliatory-attack-in-houthi-stronghold-in-yemen-134352',
    '2024-07-21',
    'C',
    2,
  ),
  telanganaJul22: source(
    'Israeli airstrikes on Yemen port: 6 killed, 83 injured',
    'Telangana Today (IANS)',
    'https://telanganatoday.com/israeli-airstrikes-on-yemen-port-6-killed-83-injured',
    '2024-07-22',
    'C',
    2,
  ),
  viennaSep15: source(
    'Israel vows retaliation after Houthi missile reaches central Israel',
    'Voice of Vienna (BBC)',
    'https://voiceofvienna.org/2024/09/israel-vows-retaliation-after-houthi-missile-reaches-central-israel/',
    '2024-09-15',
    'C',
    2,
  ),
  humaneventsSep16: source(
    "Netanyahu says Houthis will pay 'heavy price' for missile strike",
    'Human Events (Reuters)',
    'https://humanevents.com/2024/09/16/missiles-launched-by-lebanese-houthis-strikes-israel',
    '2024-09-16',
    'C',
    2,
  ),
  brecorderSep29: source(
    'Israel launches strikes on power plants, sea port in Yemen',
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40324608/israel-launches-strikes-on-power-plants-sea-port-in-yemen',
    '2024-09-29',
    'B',
    2,
  ),
  trtSep29: source(
    'Another front heats up: Israel bombs key ports, power plants in Yemen',
    'TRT World',
    'https://trt.global/world/article/18214086',
    '2024-09-29',
    'C',
    2,
  ),
  daijiDec19: source(
    "Israeli school hit by missile from Yemen's Houthi group",
    'Daijiworld (IANS)',
    'https://daijiworld.com/news/newsDisplay?newsID=1254959',
    '2024-12-19',
    'C',
    2,
  ),
  devdiscourseDec19: source(
    "Escalating Tensions: Israeli Airstrikes Target Yemen's Rebel Strongholds",
    'Devdiscourse (AP)',
    'https://www.devdiscourse.com/article/politics/3200152-escalating-tensions-israeli-airstrikes-target-yemens-rebel-strongholds',
    '2024-12-19',
    'C',
    2,
  ),
  upiDec21: source(
    'Houthi missile strike injures 16 in Tel Aviv',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2024/12/21/houthi-missile-strike/5671734814236/',
    '2024-12-21',
    'B',
    2,
  ),
  gcaptainDec26: source(
    'Israel Hits Back at Houthis in Yemen',
    'gCaptain (Reuters)',
    'https://gcaptain.com/israel-hits-back-at-houthis-in-yemen/',
    '2024-12-26',
    'B',
    2,
  ),
  statesmanDec27: source(
    "Israel launches intense airstrikes on Yemen's Sanaa, Hodeidah",
    'The Statesman (IANS)',
    'https://www.thestatesman.com/world/israel-launches-intense-airstrikes-on-yemens-sanaa-hodeidah-1503380146.html',
    '2024-12-27',
    'C',
    2,
  ),
  aljazeeraJan18: source(
    'Houthis to halt Israel, Red Sea attacks if Gaza truce comes into force',
    'The Daily Exclusives (Al Jazeera)',
    'https://thedailyexclusives.com/2025/01/18/houthis-to-halt-israel-red-sea-attacks-if-gaza-truce-comes-into-force',
    '2025-01-18',
    'C',
    2,
  ),
  brecorderFeb13: source(
    "Yemen's Houthis say they will attack if US, Israel try to displace Gazans",
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40347886/yemens-houthis-say-they-will-attack-if-us-israel-try-to-displace-gazans',
    '2025-02-13',
    'B',
    1,
  ),
  anewsMar7: source(
    "Yemen's Houthis give Israel four-day deadline to lift Gaza aid blockage",
    'A News (Reuters)',
    'https://www.anews.com.tr/world/2025/03/07/yemens-houthis-give-israel-four-day-deadline-to-lift-gaza-aid-blockage',
    '2025-03-07',
    'B',
    1,
  ),
  munsifMar12: source(
    "Yemen's Houthis resume attacks on Israeli ships",
    'Munsif Daily',
    'https://munsifdaily.com/yemens-houthis-resume-attacks-on-israeli-ships/',
    '2025-03-12',
    'C',
    1,
  ),
  bsMar19: source(
    "Yemen's Houthis target Israel with missile, IDF confirms interception",
    'Business Standard',
    'https://www.business-standard.com/amp/world-news/yemen-s-houthis-target-israel-with-missile-idf-confirms-interception-125031900007_1.html',
    '2025-03-19',
    'B',
    2,
  ),
  hngnMar20: source(
    'Israel Intercepts Houthi Missile As US Intensifies Strikes In Yemen',
    'HNGN',
    'https://hngn.com/articles/265275/20250320/israel-intercepts-houthi-missile-us-intensifies-strikes-yemen.htm',
    '2025-03-20',
    'C',
    2,
  ),
  dailytimesMay4: source(
    "Houthi missile hits near Israel's Ben Gurion airport, injures eight",
    'Daily Times',
    'https://dailytimes.com.pk/1295953/houthi-missile-hits-near-israels-ben-gurion-airport-injures-eight/',
    '2025-05-04',
    'C',
    2,
  ),
  iranintlMay4: source(
    "Missile from Iran-backed Houthis hit Israel's busiest airport",
    'Iran International',
    'https://www.iranintl.com/en/202505041108',
    '2025-05-04',
    'B',
    2,
  ),
  trtMay6: source(
    "Yemen's main airport 'completely destroyed' in Israeli strikes",
    'TRT World (AFP)',
    'https://www.trtworld.com:443/article/53762046dc87',
    '2025-05-06',
    'C',
    2,
  ),
  straitsMay6: source(
    "Israel says it struck Yemen's main airport in Sanaa",
    'The Straits Times (Reuters)',
    'https://www.straitstimes.com/world/middle-east/israel-says-it-struck-yemens-main-airport-in-sanaa',
    '2025-05-06',
    'B',
    2,
  ),
  iranintlJun10: source(
    "Israel threatens air and naval blockade on Yemen's Houthis",
    'Iran International',
    'https://www.iranintl.com/en/202506100450',
    '2025-06-10',
    'B',
    1,
  ),
  firstpostJul7: source(
    "Israel strikes Yemen's port city of Hodeida, prompts retaliatory attacks by Iran-backed Houthis",
    'Firstpost',
    'https://www.firstpost.com/world/israel-strikes-yemens-port-city-of-hodeida-prompts-retaliatory-attacks-by-iran-backed-houthis-13903949.html/amp',
    '2025-07-07',
    'B',
    2,
  ),
  hurriyetAug25: source(
    "Israeli strikes in Yemen's capital kill six",
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/israeli-strikes-in-yemens-capital-kill-six-212858',
    '2025-08-25',
    'B',
    2,
  ),
  medialineAug30: source(
    'Deaths of Houthi Prime Minister and Cabinet Ministers Confirmed Following Israeli Strike',
    'The Media Line',
    'https://themedialine.org/headlines/deaths-of-houthi-prime-minister-and-cabinet-ministers-confirmed-following-israeli-strike/',
    '2025-08-30',
    'B',
    2,
  ),
  newsbytesAug30: source(
    'Israeli airstrike kills Houthi rebel prime minister in Sanaa',
    'NewsBytes',
    'https://www.newsbytesapp.com/news/world/israeli-airstrike-kills-houthi-rebel-prime-minister-in-sanaa/story',
    '2025-08-30',
    'C',
    2,
  ),
  reutersSep10: source(
    'Israel attacks Sanaa, al-Jawf in latest strikes on Houthis',
    'Reuters (copy)',
    'https://squidsite02.com/2025/09/10/israel-strikes-yemens-sanaa',
    '2025-09-10',
    'C',
    2,
  ),
  kaweruSep11: source(
    'Yémen : des raids israéliens font 35 morts et 131 blessés',
    'Kaweru',
    'https://www.kaweru.com/politique-societe/2025/09/11/yemen-raids-israeliens-font-35-morts-et-131-blesses',
    '2025-09-11',
    'C',
    2,
  ),
  nationalSep24: source(
    "Houthi drone attack injures 20 in Israel's Eilat",
    'The National',
    'https://www.thenationalnews.com/news/mena/2025/09/24/houthi-drone-attack-injures-20-in-israels-eilat/',
    '2025-09-24',
    'B',
    2,
  ),
  brecorderSep26: source(
    "Israeli strikes kill 9 in Yemen's capital: Houthis",
    'Business Recorder (AFP)',
    'https://www.brecorder.com/news/40384697/israeli-strikes-kill-9-in-yemens-capital-houthis',
    '2025-09-26',
    'B',
    2,
  ),
  tassOct11: source(
    'Houthis cease attacks on Israel, commercial vessels in Red Sea — source',
    'TASS',
    'https://tass.com/world/2028427/amp',
    '2025-10-11',
    'C',
    3,
  ),
  firstpostOct16: source(
    'Houthis confirm killing of military chief Mohammed al-Ghamari in Israeli strikes',
    'Firstpost',
    'https://www.firstpost.com/world/houthis-confirm-killing-of-military-chief-mohammed-al-ghamari-in-israeli-strikes-13942773.html/amp',
    '2025-10-16',
    'B',
    1,
  ),
  hidabrootNov11: source(
    'Houthis Signal Halt to Attacks on Israel as Gaza Ceasefire Holds',
    'Hidabroot',
    'https://ennewsite.hidabroot.org/article/16437',
    '2025-11-11',
    'C',
    2,
  ),
  trtNov11: source(
    'Houthis signal halt to attacks on Israel, Red Sea shipping as Gaza ceasefire holds',
    'TRT World',
    'https://www.trtworld.com/article/cf990bfbf358',
    '2025-11-11',
    'C',
    1,
  ),
  caliberOct11: source(
    'Media: Houthis halt attacks on Israel, Red sea following Gaza ceasefire agreement',
    'Caliber.az',
    'https://caliber.az/en/post/media-houthis-halt-attacks-on-israel-red-sea-following-gaza-ceasefire-agreement',
    '2025-10-11',
    'C',
    2,
  ),
};

const CF = { gazaJan: 'gaza-ceasefire-2025-01-19', gazaOct: 'gaza-ceasefire-2025-10-10' };

const events = [
  // ===== October – November 2023: the declaration of war, Eilat, the Galaxy Leader =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-10-31', recordedAt: rec('2023-11-01', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Houthis (Ansar Allah), 2023–25',
      subject:
        "The Houthis' missiles and drones on Israel in the name of Gaza, and Israel's strikes on Yemen: from their declaration of war (31 October 2023) to their halt after the Gaza ceasefire of October 2025",
      parties: [ISRAEL, HOUTHIS],
      mediators: [],
    },
    [S.newsmaxOct31],
    {
      note: 'Opened on the Houthis\' first claimed attack on Israel as a declared party to the war ("third operation").',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-hamas',
    { occurredAt: '2023-10-31', recordedAt: rec('2023-11-01', '09:05') },
    { actor: HAMAS, role: 'third-party' },
    [S.arynewsOct31],
    { note: "The Houthis fight in the name of Gaza; Israel's war with Hamas is a third party's." },
  ),
  ev(
    'IncidentReported',
    'inc-eilat-oct31',
    { occurredAt: '2023-10-31', recordedAt: rec('2023-11-01', '09:10') },
    {
      incidentId: 'houthi-eilat-2023-10-31',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Eilat',
      description:
        'A ballistic missile aimed at Eilat is intercepted by the Arrow system outside Israeli territory, and fighter jets down two drones over the Red Sea; the Houthis claim "a large batch of ballistic missiles … and a large number of armed aircraft", their third operation against Israel. No one hurt.',
    },
    [S.arynewsOct31, S.newsmaxOct31],
  ),
  ev(
    'StatementMade',
    'stmt-saree-oct31',
    { occurredAt: '2023-10-31', recordedAt: rec('2023-11-01', '09:15') },
    {
      speaker: SAREE,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'The Houthis\' armed forces "will continue to carry out qualitative strikes with missiles and drones until the Israeli aggression stops": reported as a declaration of war on Israel.',
    },
    [S.arynewsOct31, S.newsmaxOct31],
  ),
  ev(
    'IncidentReported',
    'inc-drones-nov1',
    { occurredAt: '2023-11-01', recordedAt: rec('2023-11-02', '09:00') },
    {
      incidentId: 'houthi-drones-2023-11-01',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'israel',
      place: 'Eilat',
      description:
        'The Houthis say they launched "a large batch of drones" at "several targets … in occupied Palestine" that "reached their goals"; no impact reported in Israel.',
    },
    [S.malaymailNov2],
    { note: "The Houthis' claim; no Israeli account of hits: graded 3. Aimed, by the earlier attacks, at the south." },
  ),
  ev(
    'IncidentReported',
    'inc-galaxy-leader-nov19',
    { occurredAt: '2023-11-19', recordedAt: rec('2023-11-20', '09:00') },
    {
      incidentId: 'galaxy-leader-2023-11-19',
      kind: 'non-lethal-force',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      target:
        'Galaxy Leader, car carrier of a company of the Israeli businessman Rami Ungar (Bahamas flag, 25 crew, no Israelis)',
      place: 'Southern Red Sea',
      description:
        'Houthi fighters land from a helicopter and seize the Galaxy Leader, taking it and its crew to the Yemeni coast. The IDF calls it "a very serious incident at the global level" (not an Israeli ship, it says); Netanyahu\'s office blames "Iranian terrorism".',
    },
    [S.worldreportNov19, S.telesurNov19],
  ),
  ev(
    'StatementMade',
    'stmt-saree-nov19',
    { occurredAt: '2023-11-19', recordedAt: rec('2023-11-20', '09:05') },
    {
      speaker: SAREE,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'All ships owned by Israelis, operated by Israeli companies or flying the Israeli flag are "legitimate targets"; the Houthis "will continue to carry out military operations against the Israeli enemy until the aggression against the Gaza Strip ceases".',
    },
    [S.telesurNov19],
  ),
  // ===== July 2024: the drone on Tel Aviv, the first strike on Hodeidah =====
  ev(
    'IncidentReported',
    'inc-telaviv-jul19',
    { occurredAt: '2024-07-19', recordedAt: rec('2024-07-19', '10:00') },
    {
      incidentId: 'houthi-tel-aviv-2024-07-19',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Tel Aviv',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 8, max: 10 },
      description:
        'A long-range drone (an Iranian Samad-3, the IDF says) strikes a building near the US embassy branch office in central Tel Aviv at about 3:10 a.m. without setting off sirens: a 50-year-old man killed, eight to ten wounded. The Houthis claim it.',
    },
    [S.upiJul19],
  ),
  ev(
    'IncidentReported',
    'inc-hodeidah-jul20',
    { occurredAt: '2024-07-20', recordedAt: rec('2024-07-22', '09:00') },
    {
      incidentId: 'israel-hodeidah-2024-07-20',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Hodeidah',
      fatalities: { min: 3, max: 6 },
      injured: { min: 80, max: 87 },
      description:
        "Israel's first strikes on Yemen: jets hit fuel storage, cranes and the power station at Hodeidah port, a day after the Tel Aviv drone; a fire burns for days. Three to six killed and 80 to 87 wounded by the Houthi-run health ministry's counts; the IDF says it hit military targets.",
    },
    [S.trtJul20, S.federalJul21, S.telanganaJul22],
  ),
  ev(
    'StatementMade',
    'stmt-gallant-jul20',
    { occurredAt: '2024-07-20', recordedAt: rec('2024-07-22', '09:05') },
    {
      speaker: GALLANT,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        '"The blood of Israeli citizens has a price": the fire in Hodeidah "is seen across the Middle East"; Israel will strike again "wherever it is necessary".',
    },
    [S.federalJul21],
  ),
  ev(
    'StatementMade',
    'stmt-mohammedali-jul20',
    { occurredAt: '2024-07-20', recordedAt: rec('2024-07-22', '09:10') },
    {
      speaker: MOHAMMED_ALI,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'After the strikes on Hodeidah: "there will be impactful strikes".',
    },
    [S.federalJul21],
  ),
  // ===== September 2024: the missiles on central Israel, Hodeidah and Ras Isa =====
  ev(
    'IncidentReported',
    'inc-central-sep15',
    { occurredAt: '2024-09-15', recordedAt: rec('2024-09-16', '08:55') },
    {
      incidentId: 'houthi-central-israel-2024-09-15',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Central Israel',
      injured: { min: 9, max: 9 },
      description:
        'A ballistic missile (a "new hypersonic" one, the Houthis say) reaches central Israel for the first time: hit by an interceptor but not destroyed, its fragments fall in fields and on a railway station near Modiin and Ben Gurion airport; nine lightly hurt running for shelter.',
    },
    [S.viennaSep15, S.humaneventsSep16],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-sep15',
    { occurredAt: '2024-09-15', recordedAt: rec('2024-09-16', '09:00') },
    {
      speaker: NETANYAHU,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        'The Houthis "will pay a heavy price" for the missile: "whoever needs a reminder of that is invited to visit the Hodeida port".',
    },
    [S.humaneventsSep16],
  ),
  ev(
    'IncidentReported',
    'inc-central-sep28',
    { occurredAt: '2024-09-28', recordedAt: rec('2024-09-29', '18:00') },
    {
      incidentId: 'houthi-ben-gurion-2024-09-28',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'israel',
      place: 'Central Israel',
      description:
        'A ballistic missile the Houthis say was aimed at Ben Gurion airport, as Netanyahu returned from New York, is intercepted; another was intercepted on Friday the 27th. No one hurt.',
    },
    [S.brecorderSep29],
  ),
  ev(
    'IncidentReported',
    'inc-hodeidah-sep29',
    { occurredAt: '2024-09-29', recordedAt: rec('2024-09-29', '18:05') },
    {
      incidentId: 'israel-hodeidah-2024-09-29',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Hodeidah',
      fatalities: { min: 4, max: 4 },
      injured: { min: 29, max: 33 },
      description:
        'Dozens of aircraft strike power plants and the sea ports of Hodeidah and Ras Isa "used to import oil" and Iranian weapons, the IDF says; four killed (a port worker and three engineers) and 29 to 33 wounded by the Houthi health ministry\'s count; power cut in most of Hodeidah.',
    },
    [S.brecorderSep29, S.trtSep29],
  ),
  // ===== December 2024: Sanaa and the ports, Ramat Gan, Jaffa, the airport =====
  ev(
    'IncidentReported',
    'inc-hodeidah-dec19',
    { occurredAt: '2024-12-19', recordedAt: rec('2024-12-19', '18:00') },
    {
      incidentId: 'israel-hodeidah-2024-12-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Hodeidah',
      fatalities: { min: 9, max: 9 },
      injured: { min: 3, max: 3 },
      description:
        "Israeli strikes before dawn on the ports of Salif (seven killed) and the Ras Isa oil terminal (two killed), by al-Masirah's count; fires burn at both.",
    },
    [S.daijiDec19, S.devdiscourseDec19],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-dec19',
    { occurredAt: '2024-12-19', recordedAt: rec('2024-12-19', '18:05') },
    {
      incidentId: 'israel-sanaa-2024-12-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa',
      description:
        "The same night Israel strikes Sanaa for the first time: the Hizyaz and Dhahban power stations, south and north of the capital, by al-Masirah's account.",
    },
    [S.daijiDec19, S.devdiscourseDec19],
  ),
  ev(
    'IncidentReported',
    'inc-ramatgan-dec19',
    { occurredAt: '2024-12-19', recordedAt: rec('2024-12-19', '18:10') },
    {
      incidentId: 'houthi-ramat-gan-2024-12-19',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Central Israel',
      description:
        'A ballistic missile, partially intercepted, brings down the main building of an empty school in Ramat Gan, east of Tel Aviv; no one hurt.',
    },
    [S.daijiDec19, S.devdiscourseDec19],
  ),
  ev(
    'IncidentReported',
    'inc-jaffa-dec21',
    { occurredAt: '2024-12-21', recordedAt: rec('2024-12-21', '12:00') },
    {
      incidentId: 'houthi-jaffa-2024-12-21',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Tel Aviv',
      injured: { min: 16, max: 16 },
      description:
        'A ballistic missile that interceptors miss explodes in a playground in Jaffa, Tel Aviv, at 3:44 a.m.: 16 lightly wounded by glass; the Houthis claim a "Palestine 2" hypersonic missile.',
    },
    [S.upiDec21],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-dec26',
    { occurredAt: '2024-12-26', recordedAt: rec('2024-12-27', '09:00') },
    {
      incidentId: 'israel-sanaa-2024-12-26',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Sanaa',
      fatalities: { min: 2, max: 2 },
      injured: { min: 11, max: 11 },
      description:
        "Strikes on Sanaa International Airport (runway, control tower, aircraft), with the WHO head about to board, and on the Hezyaz power station: two airport workers killed by al-Masirah's count.",
    },
    [S.gcaptainDec26, S.statesmanDec27],
  ),
  ev(
    'IncidentReported',
    'inc-hodeidah-dec26',
    { occurredAt: '2024-12-26', recordedAt: rec('2024-12-27', '09:05') },
    {
      incidentId: 'israel-hodeidah-2024-12-26',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Hodeidah',
      fatalities: { min: 1, max: 1 },
      description:
        "The same wave hits the ports of Hodeidah, Salif and Ras Kanatib and the Ras Kanatib power station: one killed at the ports by al-Masirah's count.",
    },
    [S.gcaptainDec26, S.statesmanDec27],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-dec26',
    { occurredAt: '2024-12-26', recordedAt: rec('2024-12-27', '09:10') },
    {
      speaker: NETANYAHU,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        'Israel is only at the beginning of its campaign against the Houthis: "We are just getting started with them."',
    },
    [S.gcaptainDec26],
  ),
  // ===== January – March 2025: the last missiles, the pause, the deadline, the resumption =====
  ev(
    'IncidentReported',
    'inc-central-jan18',
    { occurredAt: '2025-01-18', recordedAt: rec('2025-01-18', '20:00') },
    {
      incidentId: 'houthi-central-israel-2025-01-18',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Central Israel',
      description:
        'Two missiles from Yemen intercepted, one at central Israel in the morning and one at the south in the afternoon, the day before the Gaza ceasefire takes effect; the Houthis claim the first.',
    },
    [S.aljazeeraJan18],
  ),
  ev(
    'StatementMade',
    'stmt-bukhaiti-jan18',
    { occurredAt: '2025-01-18', recordedAt: rec('2025-01-18', '20:05') },
    {
      speaker: BUKHAITI,
      audience: 'israel',
      tone: 'warning',
      summary:
        '"If Israel stops the aggression in Gaza, and if the US, UK and Israel stop the aggression against Yemen, the Houthis will stop their operations": the attacks halt when the Gaza truce takes effect on Sunday, and only then.',
    },
    [S.aljazeeraJan18],
  ),
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2025-01-19', recordedAt: rec('2025-01-19', '12:00') },
    { actor: QATAR, role: 'third-party' },
    [S.aljazeeraJan18],
    { note: "A mediator of the Gaza ceasefire (Israel – Hamas), not of this pair's affairs." },
  ),
  ev(
    'ActorRegistered',
    'actor-egypt',
    { occurredAt: '2025-01-19', recordedAt: rec('2025-01-19', '12:01') },
    { actor: EGYPT, role: 'third-party' },
    [S.aljazeeraJan18],
    { note: "A mediator of the Gaza ceasefire, not of this pair's affairs." },
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-01-19', recordedAt: rec('2025-01-19', '12:02') },
    { actor: USA, role: 'third-party' },
    [S.aljazeeraJan18],
    { note: 'A mediator of the Gaza ceasefire and itself at war with the Houthis (a third party here).' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-gaza-jan19',
    { occurredAt: '2025-01-19', recordedAt: rec('2025-01-19', '12:05') },
    {
      ceasefireId: CF.gazaJan,
      parties: ['israel', 'hamas'],
      scope: 'Gaza Strip',
      duration: 'indefinite',
      mediatedBy: ['qatar', 'egypt', 'united-states'],
    },
    [S.aljazeeraJan18],
    { note: "The Gaza ceasefire between Israel and Hamas: a third party's; the Houthis tie their pause to it." },
  ),
  ev(
    'StatementMade',
    'stmt-abdulmalik-feb13',
    { occurredAt: '2025-02-13', recordedAt: rec('2025-02-14', '09:00') },
    {
      speaker: ABDUL_MALIK,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'If the United States and Israel try to displace Gazans by force, "we will intervene through missiles, drones, naval operations"; the armed forces are told to be ready.',
    },
    [S.brecorderFeb13],
    { note: 'Aimed at Israel and the United States both.' },
  ),
  ev(
    'DemandTabled',
    'dem-aid-mar7',
    { occurredAt: '2025-03-07', recordedAt: rec('2025-03-07', '20:00') },
    {
      demandId: 'houthis-gaza-aid-2025',
      by: 'houthis',
      addressedTo: ['israel'],
      text: 'Let humanitarian aid back into Gaza (halted by Israel on 2 March).',
      category: 'humanitarian',
    },
    [S.anewsMar7],
  ),
  ev(
    'UltimatumIssued',
    'ult-four-days-mar7',
    { occurredAt: '2025-03-07', recordedAt: rec('2025-03-07', '20:05') },
    {
      ultimatumId: 'houthis-four-days-2025-03-07',
      by: 'houthis',
      to: ['israel'],
      demandIds: ['houthis-gaza-aid-2025'],
      deadline: '2025-03-11',
      consequences:
        '"If the Israeli enemy after four days continues to prevent the humanitarian aid … we will resume our naval operations against the Israeli enemy."',
    },
    [S.anewsMar7],
  ),
  ev(
    'UltimatumResolved',
    'ult-enforced-mar11',
    { occurredAt: '2025-03-11', recordedAt: rec('2025-03-12', '09:00') },
    {
      ultimatumId: 'houthis-four-days-2025-03-07',
      resolution: 'enforced',
      summary:
        'The deadline past, Saree declares the ban on all Israeli ships in the Red Sea, Arabian Sea and Gulf of Aden resumed.',
    },
    [S.munsifMar12],
  ),
  ev(
    'StatementMade',
    'stmt-saree-ban-mar11',
    { occurredAt: '2025-03-11', recordedAt: rec('2025-03-12', '09:05') },
    {
      speaker: SAREE,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Attacks on Israeli ships resume in the Red Sea, Arabian Sea, Gulf of Aden and Bab al-Mandab until the crossings into Gaza open to aid.',
    },
    [S.munsifMar12],
  ),
  ev(
    'CeasefireEnded',
    'cf-gaza-jan19-end',
    { occurredAt: '2025-03-18', recordedAt: rec('2025-03-19', '09:00') },
    {
      ceasefireId: CF.gazaJan,
      reason: 'collapsed',
      summary: 'Israel resumes its offensive in Gaza with strikes that kill over 400, by the Gaza health ministry.',
    },
    [S.bsMar19],
  ),
  ev(
    'IncidentReported',
    'inc-nevatim-mar18',
    { occurredAt: '2025-03-18', recordedAt: rec('2025-03-19', '09:05') },
    {
      incidentId: 'houthi-nevatim-2025-03-18',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Nevatim air base',
      description:
        'The first missile from Yemen since the Gaza ceasefire took effect: a "Palestine 2" the Houthis say they fired at the Nevatim air base in the Negev, intercepted before it crossed into Israel; sirens in Beersheba and Dimona.',
    },
    [S.bsMar19],
  ),
  ev(
    'IncidentReported',
    'inc-bengurion-mar20',
    { occurredAt: '2025-03-20', recordedAt: rec('2025-03-20', '18:00') },
    {
      incidentId: 'houthi-ben-gurion-2025-03-20',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Ben Gurion Airport',
      description:
        'A missile the Houthis say they aimed at Ben Gurion airport is intercepted before reaching Israel; sirens in Tel Aviv and Jerusalem, no one hurt.',
    },
    [S.hngnMar20],
  ),
  // ===== May 2025: Ben Gurion, Hodeidah, Sanaa airport =====
  ev(
    'IncidentReported',
    'inc-bengurion-may4',
    { occurredAt: '2025-05-04', recordedAt: rec('2025-05-04', '18:00') },
    {
      incidentId: 'houthi-ben-gurion-2025-05-04',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Ben Gurion Airport',
      injured: { min: 4, max: 8 },
      description:
        'A ballistic missile that several interceptors miss lands in a grove beside an access road near Terminal 3 of Ben Gurion airport, leaving a crater: four to eight hurt, flights halted and cancelled.',
    },
    [S.iranintlMay4, S.dailytimesMay4],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-may4',
    { occurredAt: '2025-05-04', recordedAt: rec('2025-05-04', '18:05') },
    {
      speaker: NETANYAHU,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        'Israel will respond to the Houthi attack on its main airport "at a time and place of our choosing"; Katz: "whoever harms us will be harmed sevenfold".',
    },
    [S.iranintlMay4, S.dailytimesMay4],
  ),
  ev(
    'IncidentReported',
    'inc-hodeidah-may5',
    { occurredAt: '2025-05-05', recordedAt: rec('2025-05-06', '12:00') },
    {
      incidentId: 'israel-hodeidah-2025-05-05',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Hodeidah',
      fatalities: { min: 4, max: 4 },
      description:
        'Israeli strikes on the port of Hodeidah, the day after Ben Gurion: at least four killed, dozens hurt.',
    },
    [S.trtMay6, S.straitsMay6],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-may6',
    { occurredAt: '2025-05-06', recordedAt: rec('2025-05-06', '18:00') },
    {
      incidentId: 'israel-sanaa-2025-05-06',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Sanaa',
      fatalities: { min: 3, max: 3 },
      injured: { min: 35, max: 35 },
      description:
        'After an evacuation warning, Israel "fully disables" Sanaa International Airport (runway, departures hall, three Yemenia aircraft) and hits power stations around Sanaa and a cement factory in Amran: at least three killed and 35 wounded, al-Masirah says.',
    },
    [S.trtMay6, S.straitsMay6],
  ),
  // ===== June – July 2025: the naval strike and the blockade threat; Hodeidah again =====
  ev(
    'IncidentReported',
    'inc-hodeidah-jun10',
    { occurredAt: '2025-06-10', recordedAt: rec('2025-06-10', '18:00') },
    {
      incidentId: 'israel-hodeidah-2025-06-10',
      kind: 'missile-strike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Hodeidah',
      description:
        "Israel's navy strikes the docks of Hodeidah port for the first time (two strikes, al-Masirah says).",
    },
    [S.iranintlJun10],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jun10',
    { occurredAt: '2025-06-10', recordedAt: rec('2025-06-10', '18:05') },
    {
      speaker: KATZ,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        '"We warned the Houthi terrorist organization that if they continue to fire at Israel, they will receive a powerful response and enter a naval and air blockade. That\'s what we did today - and we will continue to do so in the future."',
    },
    [S.iranintlJun10],
  ),
  ev(
    'IncidentReported',
    'inc-hodeidah-jul7',
    { occurredAt: '2025-07-07', recordedAt: rec('2025-07-07', '18:00') },
    {
      incidentId: 'israel-hodeidah-2025-07-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Hodeidah',
      description:
        'Israeli jets strike the ports of Hodeidah, Ras Isa and Salif, the Ras Kanatib power station and the seized Galaxy Leader, said to carry a radar; no casualties reported.',
    },
    [S.firstpostJul7],
  ),
  ev(
    'IncidentReported',
    'inc-central-jul7',
    { occurredAt: '2025-07-07', recordedAt: rec('2025-07-07', '18:05') },
    {
      incidentId: 'houthi-central-israel-2025-07-07',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Central Israel',
      description:
        'Hours after the strikes two missiles from Yemen set off sirens in Jerusalem and near the Dead Sea; Saree says they were aimed at Ben Gurion airport. No one hurt.',
    },
    [S.firstpostJul7],
  ),
  // ===== August – September 2025: Sanaa, the government, al-Jawf, Eilat =====
  ev(
    'IncidentReported',
    'inc-sanaa-aug24',
    { occurredAt: '2025-08-24', recordedAt: rec('2025-08-25', '09:00') },
    {
      incidentId: 'israel-sanaa-2025-08-24',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa',
      fatalities: { min: 6, max: 6 },
      injured: { min: 86, max: 86 },
      description:
        'After the first Houthi missile with a cluster warhead (22 August), Israeli jets hit the military compound of the presidential palace, the Asar and Hizaz power stations and a fuel depot in Sanaa: six killed and 86 wounded, the Houthi health ministry says.',
    },
    [S.hurriyetAug25],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-aug28',
    { occurredAt: '2025-08-28', recordedAt: rec('2025-08-30', '12:00') },
    {
      incidentId: 'israel-sanaa-2025-08-28',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa',
      description:
        "An Israeli strike on a building where the Houthi government held a workshop kills the prime minister Ahmed al-Rahawi and several ministers (the Houthis' account, two days later); Channel 12 reports the IDF believes up to a dozen ministers died.",
    },
    [S.medialineAug30, S.newsbytesAug30],
  ),
  ev(
    'StatementMade',
    'stmt-mashat-aug30',
    { occurredAt: '2025-08-30', recordedAt: rec('2025-08-30', '12:05') },
    {
      speaker: MASHAT,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Vows revenge for the prime minister and ministers, and warns foreign companies to leave Israel "before it\'s too late".',
    },
    [S.newsbytesAug30],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-sep10',
    { occurredAt: '2025-09-10', recordedAt: rec('2025-09-11', '12:00') },
    {
      incidentId: 'israel-sanaa-2025-09-10',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa',
      fatalities: { min: 9, max: 35 },
      injured: { min: 118, max: 131 },
      description:
        'Israeli strikes on military camps, the Houthi military "propaganda" headquarters, a fuel site and, by witnesses, the defence ministry in Sanaa and in al-Jawf province: nine killed by the first count, 35 killed and 131 wounded by the Houthi health ministry\'s next; two newspapers hit.',
    },
    [S.reutersSep10, S.kaweruSep11],
  ),
  ev(
    'IncidentReported',
    'inc-eilat-sep24',
    { occurredAt: '2025-09-24', recordedAt: rec('2025-09-25', '09:00') },
    {
      incidentId: 'houthi-eilat-2025-09-24',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Eilat',
      injured: { min: 20, max: 22 },
      description:
        'A drone from Yemen evades two Iron Dome interceptors and explodes in the tourist district of Eilat on Rosh Hashanah: more than 20 wounded, two seriously. The Houthis claim two drones.',
    },
    [S.nationalSep24],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-sep25',
    { occurredAt: '2025-09-25', recordedAt: rec('2025-09-26', '09:00') },
    {
      incidentId: 'israel-sanaa-2025-09-25',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa',
      fatalities: { min: 9, max: 9 },
      injured: { min: 174, max: 174 },
      description:
        'The day after Eilat, Israeli strikes on military camps, the general staff headquarters, a detention facility and a power station in Sanaa: nine killed and 174 wounded, the Houthi health ministry says.',
    },
    [S.brecorderSep26],
  ),
  // ===== October – December 2025: the last drone, the Gaza ceasefire, the halt =====
  ev(
    'CeasefireDeclared',
    'cf-gaza-oct10',
    { occurredAt: '2025-10-10', recordedAt: rec('2025-10-11', '09:00') },
    {
      ceasefireId: CF.gazaOct,
      parties: ['israel', 'hamas'],
      scope: 'Gaza Strip',
      duration: 'indefinite',
      mediatedBy: ['qatar', 'egypt', 'united-states'],
    },
    [S.tassOct11],
    { note: "The Gaza ceasefire of Trump's plan (first phase): Israel – Hamas, a third party's." },
  ),
  ev(
    'StatementMade',
    'stmt-halt-oct11',
    { occurredAt: '2025-10-11', recordedAt: rec('2025-10-11', '18:00') },
    {
      speaker: HOUTHI_SOURCE,
      audience: 'israel',
      tone: 'warning',
      summary:
        'Abdul-Malik al-Houthi has ordered a halt to strikes on Israel and on merchant ships "because the active phase of the Gaza war is over", as long as Israel keeps the Gaza ceasefire; "Yemen\'s further actions … will depend on it".',
    },
    [S.tassOct11, S.caliberOct11],
    { note: 'An unnamed source to TASS: graded 3; the Houthis made no formal announcement.' },
  ),
  ev(
    'StatementMade',
    'stmt-ghamari-oct16',
    { occurredAt: '2025-10-16', recordedAt: rec('2025-10-16', '18:00') },
    {
      speaker: HOUTHI_STMT,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Announcing the death of the chief of staff Mohammed al-Ghamari "in the honourable battle against the Israeli enemy": "The rounds of conflict with the enemy have not ended, and the Zionist enemy will receive its deterrent punishment for the crimes it has committed."',
    },
    [S.firstpostOct16],
  ),
  ev(
    'StatementMade',
    'stmt-madani-nov10',
    { occurredAt: '2025-11-10', recordedAt: rec('2025-11-11', '09:00') },
    {
      speaker: AL_MADANI,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'In a letter to the Qassam Brigades: "if the enemy resumes its aggression against Gaza, we will return to our military operations deep inside the Zionist entity, and we will reinstate the ban on Israeli navigation in the Red and Arabian Seas."',
    },
    [S.trtNov11, S.hidabrootNov11],
    { note: 'Published late on Monday 10 November.' },
  ),
  ev(
    'IncidentReported',
    'inc-drone-oct7',
    { occurredAt: '2025-10-07', recordedAt: rec('2025-11-11', '09:05') },
    {
      incidentId: 'houthi-drone-2025-10-07',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'israel',
      description:
        "The Houthis' last claimed drone attack on Israel before the Gaza ceasefire (their last missile was on 5 October).",
    },
    [S.hidabrootNov11],
    { note: "Dated from one outlet's later summary, which gives no place or toll." },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-houthis-2023.jsonl',
  logEnd: '2026-01-01T00:00:00Z',
  events,
};

export default definition;
