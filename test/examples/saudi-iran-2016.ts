/**
 * A test fixture, not a shipped example: Saudi Arabia and Iran from the execution of Sheikh Nimr al-Nimr (2 January
 * 2016) to the end of 2016 — Iran's protest and Khamenei's warning of "divine revenge", the storming and burning of the
 * Saudi embassy in Tehran and the consulate in Mashhad by protesters (2 January), Saudi Arabia's severing of
 * diplomatic relations (3 January) and the end of flights, trade and travel (4 January), Bahrain's, Sudan's, the
 * UAE's and Djibouti's breaks or downgrades, Iran's arrests of the attackers, the Saudi-led coalition's air strike in
 * Sanaa that Iran said hit its embassy (7 January), Iran's ban on Saudi imports (7 January), Khamenei's condemnation of
 * the attack (20 January), the ban on Mahan Air (April), the two rounds of hajj talks and Iran's pilgrims kept home
 * (April–May), the exchanges between Khamenei and the Saudi grand mufti (September), the OPEC accord (30 November)
 * and the Riyadh court's death sentences for spying for Iran (6 December). Separate from saudi-iran-2019.ts, which
 * begins in September 2019 with relations already cut: nothing of it is recorded here. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in saudi-iran-2016.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests: an execution of the other's co-religionist cleric (an act on one's own citizen, not on the other
 * party); an embassy stormed by a crowd, a third party's act that the victim blames on the host state's failure to
 * protect; ties cut and flights and trade ended (hostile measures, CAMEO coded); threats of "divine revenge" that name
 * no force; an air strike in a third country that one side says hit its embassy and the other denies; failed talks on
 * the pilgrimage; and a rupture that lasts all year with no force between the two.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (Reuters, AFP through Ahram Online and Dawn,
 * AP through Fox News and USA Today, UPI, the Independent, Haaretz, TRT World, Trend, the Express Tribune, Scroll,
 * Tasnim and Press TV as Iranian state outlets for Iran's own words, the Saudi Gazette for the Saudi court's);
 * C = smaller outlet, aggregator, blog or wiki reprinting wire copy (dated, as the other cases do, by the development
 * it is cited for); 2 = an on-record statement or act several outlets agree on, or one established outlet reports;
 * 3 = one side's unverified claim.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Saudi Arabia and Iran. The crowd that stormed the missions is a third party (kind `armed-group` as the
 *   catalogue has no crowd; it carried petrol bombs, no firearms): Iranian officials condemned it at once, and no
 *   source read has the state order it. Its attack is recorded at two places, each one way: "Saudi embassy, Tehran"
 *   and "Saudi consulate, Mashhad", as `non-lethal-force` (arson and ransacking, no one killed, police dispersing it).
 *   It weighs on the pair as Saudi Arabia blames Iran for it: the Foreign Minister's statement cutting ties and the
 *   letter to the UN of 3 January hold the Iranian authorities responsible for failing to protect the missions (a
 *   host state's duty under the Vienna Convention); recorded as Saudi Arabia's statement blaming Iran for each attack.
 * - The execution of Nimr al-Nimr (2 January) is Saudi Arabia's act on its own citizen, not on Iran: it is recorded as
 *   the Interior Ministry's announcement (neutral, to its own public), and Iran's reaction as its statements (the
 *   summoning of the Saudi chargé d'affaires, Khamenei's warning). Khamenei's "divine revenge will seize Saudi
 *   politicians" (3 January) is a `threat`, not a `military-threat`: it names no force, and promises God's vengeance,
 *   not Iran's. The IRGC deputy commander's forecast that Saudi Arabia would "collapse" (7 January) is a `warning`.
 * - The break of relations and expulsion of Iran's diplomats within 48 hours (3 January) is a statement with CAMEO 161;
 *   the end of air traffic, trade and travel (4 January) and Iran's ban on Saudi imports and reaffirmed Umrah ban (7
 *   January) are statements with CAMEO 163 (embargo). Neither is a border closure: the two share no land border, and
 *   the halt of flights is a sanction on the other's trade and travel, not a crossing shut against it; the same for
 *   the ban on one Iranian airline, Mahan Air, from Saudi airports and airspace (4 April), on the stated ground of
 *   safety (CAMEO 163). The 48-hour order to leave is an expulsion, not an ultimatum: it enforces no demand.
 * - The air strike in Sanaa (night of 6–7 January) is recorded as Iran alleges it: the Saudi-led coalition's
 *   `airstrike` against Iran, at "Iranian embassy, Sanaa", with embassy guards injured (no number given), graded 3
 *   (Iran's claim; the coalition denied striking near the embassy, said it hit Houthi missile launchers, and an AP
 *   reporter saw no visible damage). An embassy in a third country is neither the other's forces in a clash nor the
 *   other's territory; it is recorded as alleged, and Iran's foreign ministry's statement blames Saudi Arabia for it.
 * - Iran's arrests of about 40 people on the night (Tehran prosecutor, 3 January) and about 100 by 24 January, Rouhani's
 *   "totally unjustifiable" (3 January) and Khamenei's "a very bad and wrong incident" (20 January) are Iran's
 *   conciliatory statements. Rouhani's words on the execution the same day are a separate, critical statement (one
 *   occurrence).
 * - Saudi Arabia's condition for restoring ties (Jubeir, 4 January: Iran must "act like a normal country" and stop
 *   interfering in Arab affairs) is a political demand; Iran's foreign ministry rejected the charge the same day.
 * - Bahrain, Sudan and the UAE (4 January) and Djibouti (6 January) cutting or downgrading ties are third
 *   parties' support for Saudi Arabia (`ThirdPartyEngagement`), not acts of the pair. The OPEC accord of 30 November,
 *   which both joined, is OPEC's meeting with both (a third party's engagement), not an agreement settling anything
 *   between the two.
 * - The hajj talks are the pair's only rounds: the first (Riyadh, mid-April; date approximate from the invitation for
 *   14 April) ended with security agreed and visas not (`progress`, by Iran's negotiator, 19 April); the second
 *   (Jeddah, 24–27 May) ended with the Iranian delegation leaving without signing, each side blaming the other, and
 *   Iran declaring two days later that its pilgrims would not go: recorded `collapsed` (no further round was held in
 *   2016).
 * - Left out for want of a dated source found in time: the Arab League's (10 January) and the OIC's (21 January)
 *   condemnations of the attack, the Saudi boycott of matches in Iran in the AFC Champions League, and Iranian
 *   statements on Yemen and Syria not addressed to Saudi Arabia.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'saudi-iran-2016';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2016);
const when = retrospectiveClock('2026-12-07T05:00:00Z');

const SAUDI: Actor = {
  id: 'saudi-arabia',
  name: 'Kingdom of Saudi Arabia',
  kind: 'state',
  aliases: ['Saudi Arabia', 'Riyadh', 'the kingdom'],
};
const IRAN: Actor = {
  id: 'iran',
  name: 'Islamic Republic of Iran',
  kind: 'state',
  aliases: ['Iran', 'Tehran'],
};
const PROTESTERS: Actor = {
  id: 'embassy-protesters',
  name: 'Protesters who stormed the Saudi missions in Tehran and Mashhad',
  kind: 'armed-group',
  aliases: ['the protesters', 'the mob'],
};
const BAHRAIN: Actor = { id: 'bahrain', name: 'Kingdom of Bahrain', kind: 'state', aliases: ['Bahrain'] };
const SUDAN: Actor = { id: 'sudan', name: 'Republic of the Sudan', kind: 'state', aliases: ['Sudan'] };
const UAE: Actor = { id: 'uae', name: 'United Arab Emirates', kind: 'state', aliases: ['UAE'] };
const DJIBOUTI: Actor = { id: 'djibouti', name: 'Republic of Djibouti', kind: 'state', aliases: ['Djibouti'] };
const OPEC: Actor = {
  id: 'opec',
  name: 'Organization of the Petroleum Exporting Countries',
  kind: 'international-organisation',
  aliases: ['OPEC'],
};

const INTERIOR: Person = { name: 'Ministry of Interior of Saudi Arabia', actorId: 'saudi-arabia' };
const JUBEIR: Person = { name: 'Adel al-Jubeir', title: 'Foreign Minister of Saudi Arabia', actorId: 'saudi-arabia' };
const MUALLIMI: Person = {
  name: 'Abdallah al-Muallimi',
  title: 'Permanent Representative of Saudi Arabia to the UN',
  actorId: 'saudi-arabia',
};
const GACA: Person = { name: 'General Authority of Civil Aviation', actorId: 'saudi-arabia' };
const COALITION: Person = {
  name: 'Ahmed Asseri',
  title: 'Spokesman of the Saudi-led coalition in Yemen',
  actorId: 'saudi-arabia',
};
const HAJJ_MINISTRY: Person = { name: 'Ministry of Hajj and Umrah of Saudi Arabia', actorId: 'saudi-arabia' };
const MUFTI: Person = { name: 'Abdulaziz Al al-Sheikh', title: 'Grand Mufti of Saudi Arabia', actorId: 'saudi-arabia' };
const RIYADH_COURT: Person = { name: 'Specialized Criminal Court, Riyadh', actorId: 'saudi-arabia' };
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'Supreme Leader of Iran', actorId: 'iran' };
const ROUHANI: Person = { name: 'Hassan Rouhani', title: 'President of Iran', actorId: 'iran' };
const ANSARI: Person = {
  name: 'Hossein Jaber Ansari',
  title: 'Spokesman of the Foreign Ministry of Iran',
  actorId: 'iran',
};
const IRAN_MFA: Person = { name: 'Ministry of Foreign Affairs of Iran', actorId: 'iran' };
const PROSECUTOR: Person = { name: 'Abbas Jafari-Dowlatabadi', title: 'Tehran Prosecutor', actorId: 'iran' };
const EJEI: Person = {
  name: "Gholam-Hossein Mohseni-Eje'i",
  title: 'Spokesman of the Judiciary of Iran',
  actorId: 'iran',
};
const IRAN_CABINET: Person = { name: 'Cabinet of Iran', actorId: 'iran' };
const SALAMI: Person = { name: 'Hossein Salami', title: 'Deputy Commander of the IRGC', actorId: 'iran' };
const JANNATI: Person = {
  name: 'Ali Jannati',
  title: 'Minister of Culture and Islamic Guidance of Iran',
  actorId: 'iran',
};
const OHADI: Person = {
  name: 'Saeed Ohadi',
  title: 'Head of the Hajj and Pilgrimage Organisation of Iran',
  actorId: 'iran',
};
const HAJJ_ORG: Person = { name: 'Hajj and Pilgrimage Organisation of Iran', actorId: 'iran' };

const S = {
  wikiAttack: source(
    '2016 attack on the Saudi diplomatic missions in Iran',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/2016_attack_on_the_Saudi_diplomatic_missions_in_Iran',
    '2016-01-02',
    'C',
    2,
  ),
  usaTodayJan3: source(
    'Iran: 40 arrested for attack on Saudi embassy',
    'USA Today',
    'https://www.usatoday.com/story/news/world/2016/01/03/the-latest-bbc-says-saudi-executed-cameramans-killer/78226464/',
    '2016-01-03',
    'B',
    2,
  ),
  ahramJan3: source(
    "Iran president says Saudi embassy attack 'totally unjustifiable' (AFP)",
    'Ahram Online',
    'https://english.ahram.org.eg/News/179994.aspx',
    '2016-01-03',
    'B',
    2,
  ),
  trtJan3: source(
    'Saudi Arabia cuts diplomatic relations with Iran',
    'TRT World',
    'http://www.trtworld.com/mea/saudi-arabia-cuts-diplomatic-relations-with-iran-22457',
    '2016-01-04',
    'B',
    2,
  ),
  upiJan4: source(
    'Saudi Arabia cuts diplomatic ties with Iran (UPI)',
    'Gephardt Daily',
    'https://gephardtdaily.com/national-international/saudi-arabia-cuts-diplomatic-ties-with-iran',
    '2016-01-04',
    'C',
    2,
  ),
  spaUnLetter: source(
    'Lettre du représentant permanent saoudien auprès des Nations Unies du 3 janvier 2016 (SPA)',
    'Sauress (copy of the Saudi Press Agency)',
    'https://sauress.com/en/spaen/1447114',
    '2016-01-03',
    'C',
    2,
  ),
  tribuneJan4: source(
    'Saudi Arabia to halt flights, trade with Iran - minister (Reuters)',
    'The Express Tribune',
    'https://tribune.com.pk/story/1021876/saudi-arabia-to-halt-flights-trade-with-iran-minister',
    '2016-01-04',
    'B',
    2,
  ),
  riyadhVisionJan5: source(
    'KSA halts trade, air links with Iran',
    'Riyadh Vision',
    'https://riyadhvision.com/2016/01/05/ksa-halts-trade-air-links-with-iran',
    '2016-01-05',
    'C',
    2,
  ),
  cnnbJan6: source(
    'Saudi Arabia to halt air links and trade with Iran (Xinhua)',
    'Ningbo Daily',
    'http://daily.cnnb.com.cn/nbrb/html/2016-01/06/content_925191.htm?div=-1',
    '2016-01-06',
    'C',
    2,
  ),
  jacksonSunJan7: source(
    'Iran accuses Saudi Arabia of deliberately launching air strike (USA Today)',
    'The Jackson Sun',
    'https://www.jacksonsun.com/story/news/2016/01/07/iran-accusessaudi-arabia-deliberately-launching-air-strike/78402600/',
    '2016-01-07',
    'B',
    2,
  ),
  independentJan7: source(
    'Iran accuses Saudi Arabia of missile strike on its Yemen capital-based embassy',
    'The Independent',
    'https://www.independent.co.uk/news/world/middle-east/iran-accuses-saudi-arabia-missile-strike-its-embassy-yemen-capital-a6800456.html',
    '2016-01-07',
    'B',
    3,
  ),
  newshubJan8: source(
    "Saudi jets 'hit Iranian embassy in Yemen'",
    'Newshub',
    'https://www.newshub.co.nz/home/world/2016/01/saudi-jets-hit-iranian-embassy-in-yemen.html',
    '2016-01-08',
    'B',
    3,
  ),
  celebcafeDenial: source(
    'Iran bans imports from Saudi Arabia, faces Saudi boycotts (AFP, AP copy)',
    'CelebCafe',
    'https://celebcafe.org/?p=265585',
    '2016-01-08',
    'C',
    2,
  ),
  reutersJan7: source(
    'Iran bans imports from Saudi Arabia as feud intensifies',
    'Reuters',
    'http://in.reuters.com/article/saudi-iran-imports-idINL8N14R28Q20160107',
    '2016-01-07',
    'B',
    2,
  ),
  trendJan7: source(
    'Iran bans Saudi imports',
    'Trend',
    'http://en.trend.az/iran/politics/2477712.html',
    '2016-01-07',
    'B',
    2,
  ),
  haaretzJan7: source(
    'Iran Bans Imports of All Saudi Arabia-made Products After Ties Cut (Reuters)',
    'Haaretz',
    'https://www.haaretz.com/middle-east-news/iran-bans-all-products-from-saudi-arabia-1.5387332',
    '2016-01-07',
    'B',
    2,
  ),
  ahramJan20: source(
    'Iran supreme leader condemns Saudi embassy attack (AFP)',
    'Ahram Online',
    'http://english.ahram.org.eg/NewsContent/2/8/182484/World/Region/Iran-supreme-leader-condemns-Saudi-embassy-attack.aspx',
    '2016-01-20',
    'B',
    2,
  ),
  dawnJan20: source(
    'Khamenei condemns attack on Saudi embassy (AFP)',
    'Dawn',
    'https://www.dawn.com/news/1234398',
    '2016-01-20',
    'B',
    2,
  ),
  sputnikJan24: source(
    "Iran: 100 arrestations en lien avec l'attaque contre l'ambassade saoudienne (AFP)",
    'Sputnik France',
    'https://fr.sputniknews.africa/20160124/iran-arrestations-attaque-ambassade-1021185391.html',
    '2016-01-24',
    'C',
    2,
  ),
  newArabApr7: source(
    'Riyadh to host Iranian delegation to discuss hajj',
    'The New Arab',
    'https://newarab.com/english/news/2016/4/7/riyadh-to-host-iranian-delegation-to-discuss-hajj',
    '2016-04-07',
    'B',
    2,
  ),
  presstvApr19: source(
    'Pèlerinage : vers un accord irano-saoudien',
    'Press TV (French)',
    'https://french.presstv.ir/Detail/2016/04/19/461465/Pèlerinage--vers-un-accord-irano-saoudien',
    '2016-04-19',
    'B',
    2,
  ),
  foxMay12: source(
    "Iran pilgrims won't be making hajj in Saudi Arabia this year (AP)",
    'Fox News',
    'https://www.foxnews.com/world/iran-pilgrims-wont-be-making-hajj-in-saudi-arabia-this-year',
    '2016-05-12',
    'B',
    2,
  ),
  tasnimMay28: source(
    "Saudi Rejects Iran's Conditions on Hajj; No Deal Yet: Official",
    'Tasnim News Agency',
    'http://tn.ai/1086047',
    '2016-05-28',
    'B',
    2,
  ),
  reutersMay29: source(
    'Iran says its pilgrims will not attend haj, blames Saudi Arabia',
    'Reuters',
    'http://uk.reuters.com/article/islam-haj-iran-saudi-idUKL8N18Q0EM',
    '2016-05-29',
    'B',
    2,
  ),
  parstodayMay29: source(
    "Iran cancels Hajj due to Saudi 'obstacles'",
    'Pars Today',
    "https://parstoday.ir/en/news/iran-i13693-iran_cancels_hajj_due_to_saudi_'obstacles'",
    '2016-05-29',
    'B',
    2,
  ),
  lidtimeSep5: source(
    "Khamenei calls for ending Saudi Arabia's control over Haj",
    'Lidtime (wire copy)',
    'https://lidtime.com/khamenei-calls-for-ending-saudi-arabia-s-control-over-haj-2465',
    '2016-09-05',
    'C',
    2,
  ),
  yemeressSep6: source(
    'مفتي السعودية: الإيرانيون ليسوا مسلمين',
    'Yemeress (Al-Khabar)',
    'https://www.yemeress.com/alkhabar/233855',
    '2016-09-06',
    'C',
    2,
  ),
  scrollSep7: source(
    'Hajj row: Iranian leaders are not Muslims, says top Saudi cleric',
    'Scroll.in',
    'https://scroll.in/latest/815943/hajj-row-iranian-leaders-are-not-muslims-says-top-saudi-cleric',
    '2016-09-07',
    'B',
    2,
  ),
  alMonitorDec: source(
    'Why OPEC deal is double-edged sword for Iran',
    'Al-Monitor',
    'http://www.al-monitor.com/pulse/originals/2016/12/iran-opec-deal-reaction-saudi-quota-benefits.html',
    '2016-12-01',
    'B',
    2,
  ),
  infopleaseNov30: source(
    'November 2016: OPEC Agrees to Cut Oil Production',
    'Infoplease',
    'https://www.infoplease.com/current-events/2016/november-2016-current-events-world-news-slideshow-12',
    '2016-11-30',
    'C',
    2,
  ),
  saudiGazetteDec6: source(
    '15 sentenced to death for spying for Iran',
    'Saudi Gazette (via Sauress)',
    'https://sauress.com/en/saudigazette/1168757',
    '2016-12-06',
    'C',
    2,
  ),
  abbtakkDec6: source(
    'Saudi court sentences 15 men to death for spying for Iran (Reuters)',
    'Abb Takk News',
    'https://abbtakk.tv/en/saudi-court-sentences-15-men-for-spying-for-iran/',
    '2016-12-06',
    'C',
    2,
  ),
};

const INC = {
  embassy: 'embassy-stormed-2016-01-02',
  consulate: 'consulate-stormed-2016-01-02',
  sanaa: 'sanaa-strike-2016-01-07',
} as const;
const D = { normal: 'act-like-a-normal-country' } as const;
const R = { hajj1: 'hajj-talks-april', hajj2: 'hajj-talks-may' } as const;
const O = { rouhaniJan3: 'rouhani-2016-01-03' } as const;

const events: readonly NegotiationEvent[] = [
  // ===== 2–4 January: the execution, the storming, the break =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2016-01-02'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Saudi Arabia – Iran: the execution of Nimr al-Nimr, the embassy stormed and the break of relations, 2016',
      subject:
        "The execution of Sheikh Nimr al-Nimr (2 January 2016), the storming of the Saudi missions in Tehran and Mashhad, Saudi Arabia's break of diplomatic relations and of air and trade links, Iran's ban on Saudi imports, the hajj talks and Iran's pilgrims kept home, and the year-long rupture.",
      parties: [SAUDI, IRAN],
      mediators: [],
    },
    [S.wikiAttack, S.ahramJan3],
  ),
  ev(
    'StatementMade',
    'stmt-interior-execution',
    when('2016-01-02'),
    {
      speaker: INTERIOR,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Interior Ministry announces the execution of 47 men on terrorism charges, among them 43 al-Qaeda members and the Shia cleric Sheikh Nimr al-Nimr, a critic of the government convicted over the 2011–12 protests in the Eastern Province.',
    },
    [S.usaTodayJan3, S.upiJan4],
    { note: "An act on Saudi Arabia's own citizen, not on Iran (see the header): recorded as its announcement." },
  ),
  ev(
    'StatementMade',
    'stmt-iran-mfa-summons',
    when('2016-01-02'),
    {
      speaker: IRAN_MFA,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "Moments after the execution is announced, Iran's foreign ministry summons the Saudi chargé d'affaires in Tehran to protest against it.",
    },
    [S.wikiAttack],
  ),
  ev(
    'ActorRegistered',
    'actor-protesters',
    when('2016-01-02'),
    { actor: PROTESTERS, role: 'third-party' },
    [S.wikiAttack],
    {
      note: 'The crowd that stormed the Saudi missions: a third party, condemned by the Iranian government (see the header).',
    },
  ),
  ev(
    'IncidentReported',
    'embassy-stormed',
    when('2016-01-02'),
    {
      incidentId: INC.embassy,
      kind: 'non-lethal-force',
      perpetrator: 'embassy-protesters',
      against: 'saudi-arabia',
      target: 'The Saudi embassy in Tehran',
      place: 'Saudi embassy, Tehran',
      description:
        'Protesters against the execution throw petrol bombs at the embassy, break into the compound, set the building on fire and ransack offices; police arrive, disperse them and put out the fire. No one is reported killed.',
    },
    [S.wikiAttack, S.usaTodayJan3, S.ahramJan3],
  ),
  ev(
    'IncidentReported',
    'consulate-stormed',
    when('2016-01-02'),
    {
      incidentId: INC.consulate,
      kind: 'non-lethal-force',
      perpetrator: 'embassy-protesters',
      against: 'saudi-arabia',
      target: 'The Saudi consulate in Mashhad',
      place: 'Saudi consulate, Mashhad',
      description: "The Saudi consulate in Mashhad, Iran's second city, is stormed and set on fire the same night.",
    },
    [S.ahramJan3, S.wikiAttack],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-revenge',
    when('2016-01-03'),
    {
      speaker: KHAMENEI,
      audience: 'saudi-arabia',
      tone: 'threat',
      summary:
        "Khamenei condemns the execution: the 'unfairly spilled blood' of the 'oppressed martyr' Sheikh Nimr 'will affect rapidly, and divine revenge will seize Saudi politicians'.",
      quote: 'Divine revenge will seize Saudi politicians.',
    },
    [S.upiJan4, S.usaTodayJan3, S.trtJan3],
    {
      note: "A threat naming no force (God's vengeance, not Iran's): `threat`, not `military-threat` (see the header).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-rouhani-embassy',
    when('2016-01-03'),
    {
      speaker: ROUHANI,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        "Rouhani calls the actions of 'a group of radicals' in Tehran and Mashhad 'totally unjustifiable', the buildings being legally and religiously protected in Iran, and orders the interior minister to find the perpetrators and bring them to the judiciary.",
    },
    [S.ahramJan3],
    { occurrence: O.rouhaniJan3 },
  ),
  ev(
    'StatementMade',
    'stmt-rouhani-execution',
    when('2016-01-03'),
    {
      speaker: ROUHANI,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "Rouhani says the Saudi government has damaged its image among Islamic countries 'by this un-Islamic act', the execution.",
    },
    [S.ahramJan3],
    { occurrence: O.rouhaniJan3 },
  ),
  ev(
    'StatementMade',
    'stmt-prosecutor-arrests',
    when('2016-01-03'),
    {
      speaker: PROSECUTOR,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        "Some 40 people who entered the embassy have been identified and arrested, four more over the consulate in Mashhad; officials ask that no one gather at 'diplomatic sites' and a rally planned outside the embassy is banned.",
    },
    [S.usaTodayJan3, S.ahramJan3],
  ),
  ev(
    'StatementMade',
    'stmt-jubeir-break',
    when('2016-01-03'),
    {
      speaker: JUBEIR,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "Saudi Arabia cuts diplomatic relations with Iran after the attack on its embassy and gives Iran's diplomats 48 hours to leave; Jubeir accuses Iran of distributing weapons and planting terrorist cells in the region — 'Iran's history is full of negative interference and hostility in Arab issues' — and the Saudi staff are evacuated to Dubai.",
      blames: { incidentId: INC.embassy, on: 'iran' },
    },
    [S.trtJan3, S.upiJan4],
    {
      cameo: '161',
      note: 'The break of relations and expulsion (CAMEO 161); it holds Iran responsible for the attack.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-saudi-un-letter',
    when('2016-01-03'),
    {
      speaker: MUALLIMI,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'In a letter to the Security Council and the Secretary-General, Saudi Arabia says that as its embassy was violated, looted and burned the Iranian authorities failed to provide adequate protection, and that at the consulate in Mashhad they again failed in their obligations under international law.',
      blames: { incidentId: INC.consulate, on: 'iran' },
    },
    [S.spaUnLetter],
  ),
  ev('ActorRegistered', 'actor-bahrain', when('2016-01-03'), { actor: BAHRAIN, role: 'third-party' }, [S.reutersJan7]),
  ev(
    'ThirdPartyEngagement',
    'bahrain-break',
    when('2016-01-04'),
    {
      actorId: 'bahrain',
      counterparts: ['saudi-arabia'],
      kind: 'support',
      summary:
        "Bahrain follows Saudi Arabia in severing diplomatic ties with Iran and halting flights, citing Iran's 'blatant and risky interference' in Gulf affairs.",
    },
    [S.jacksonSunJan7, S.trendJan7],
  ),
  ev('ActorRegistered', 'actor-sudan', when('2016-01-04'), { actor: SUDAN, role: 'third-party' }, [S.jacksonSunJan7]),
  ev(
    'ThirdPartyEngagement',
    'sudan-break',
    when('2016-01-04'),
    {
      actorId: 'sudan',
      counterparts: ['saudi-arabia'],
      kind: 'support',
      summary: 'Sudan severs diplomatic ties with Iran.',
    },
    [S.jacksonSunJan7, S.trendJan7],
  ),
  ev('ActorRegistered', 'actor-uae', when('2016-01-04'), { actor: UAE, role: 'third-party' }, [S.trendJan7]),
  ev(
    'ThirdPartyEngagement',
    'uae-downgrade',
    when('2016-01-04'),
    {
      actorId: 'uae',
      counterparts: ['saudi-arabia'],
      kind: 'support',
      summary: "The UAE recalls its ambassador from Tehran and downgrades ties with Iran to chargé d'affaires.",
    },
    [S.wikiAttack, S.trendJan7],
  ),
  ev(
    'StatementMade',
    'stmt-jubeir-flights',
    when('2016-01-04'),
    {
      speaker: JUBEIR,
      audience: 'iran',
      tone: 'critical',
      summary:
        "To Reuters: 'We will also stop all flights to and from Iran. We will cut off all commercial relations with Iran. And we will not allow people to travel to Iran'; Iranian pilgrims remain welcome for the hajj and Umrah. Riyadh will react to 'Iranian aggression'; 'there is no escalation on the part of Saudi Arabia. Our moves are all reactive.' The civil aviation authority halts all flights to and from Iran the same day.",
    },
    [S.tribuneJan4, S.riyadhVisionJan5, S.cnnbJan6],
    {
      cameo: '163',
      note: 'The end of air, trade and travel links (CAMEO 163, embargo); not a border closure (see the header).',
    },
  ),
  ev(
    'DemandTabled',
    'dem-normal',
    when('2016-01-04'),
    {
      demandId: D.normal,
      by: 'saudi-arabia',
      addressedTo: ['iran'],
      text: "Before relations are restored, Iran must respect international norms and treaties, 'act like a normal country' and respect its neighbours' territorial integrity — stop interfering in the internal affairs of Saudi Arabia and other states (Jubeir; al-Muallimi at the UN).",
      category: 'political',
    },
    [S.tribuneJan4, S.cnnbJan6],
  ),
  ev(
    'StatementMade',
    'stmt-ansari-jan4',
    when('2016-01-04'),
    {
      speaker: ANSARI,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        "Saudi Arabia uses the break of relations as a tactic to 'continue its policy of increasing regional tension and conflict'; it 'sees its interest, even its existence, in creating crises' and tries to solve its internal problems by exporting them.",
    },
    [S.cnnbJan6],
  ),
  ev(
    'PositionTaken',
    'pos-iran-normal',
    when('2016-01-04'),
    { demandId: D.normal, actorId: 'iran', stance: 'rejected', speaker: ANSARI },
    [S.cnnbJan6, S.tribuneJan4],
    {
      note: 'Tehran rejects the charge of interference: it sends only military advisers to Syria and Iraq at their governments’ request, and denies plotting in the Gulf.',
    },
  ),
  ev('ActorRegistered', 'actor-djibouti', when('2016-01-06'), { actor: DJIBOUTI, role: 'third-party' }, [
    S.haaretzJan7,
  ]),
  ev(
    'ThirdPartyEngagement',
    'djibouti-break',
    when('2016-01-06'),
    {
      actorId: 'djibouti',
      counterparts: ['saudi-arabia'],
      kind: 'support',
      summary: 'Djibouti breaks off ties with Iran.',
    },
    [S.haaretzJan7, S.trendJan7],
  ),
  // ===== 7 January: Sanaa, the import ban =====
  ev(
    'IncidentReported',
    'sanaa-strike',
    when('2016-01-07'),
    {
      incidentId: INC.sanaa,
      kind: 'airstrike',
      perpetrator: 'saudi-arabia',
      allegedBy: 'iran',
      against: 'iran',
      target: "Iran's embassy in Sanaa and its guards",
      place: 'Iranian embassy, Sanaa',
      description:
        "During heavy coalition strikes on Sanaa on the night of 6–7 January, Iran says Saudi warplanes 'deliberately' hit its embassy, injuring some guards and damaging a wall with shrapnel. The coalition says it struck Houthi missile launchers, that it does not operate near the embassy, and calls the claim false; an AP reporter at the scene saw no visible damage.",
    },
    [graded(S.independentJan7, 3), graded(S.newshubJan8, 3), graded(S.celebcafeDenial, 3)],
    { note: "Iran's claim, denied; recorded as alleged (see the header)." },
  ),
  ev(
    'StatementMade',
    'stmt-ansari-sanaa',
    when('2016-01-07'),
    {
      speaker: ANSARI,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        "'Saudi Arabia is responsible for the damage to the embassy building and the injury to some of its staff'; the strike is 'a violation of all international conventions that protect diplomatic missions'. Iran says it will complain to the Security Council.",
      blames: { incidentId: INC.sanaa, on: 'saudi-arabia' },
    },
    [S.independentJan7, S.jacksonSunJan7],
  ),
  ev(
    'StatementMade',
    'stmt-coalition-denial',
    when('2016-01-07'),
    {
      speaker: COALITION,
      audience: 'iran',
      tone: 'critical',
      summary:
        "The coalition calls Iran's allegations 'false and void': it carries out no operations near the embassy; its strikes hit Houthi missile launchers, and claims resting on Houthi information 'have no credibility'.",
    },
    [S.newshubJan8, S.celebcafeDenial],
  ),
  ev(
    'StatementMade',
    'stmt-iran-import-ban',
    when('2016-01-07'),
    {
      speaker: IRAN_CABINET,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "An extraordinary cabinet meeting chaired by Rouhani bans all imports of products made in or coming from Saudi Arabia, at every entry point and free zone, and keeps Iranians' Umrah pilgrimage to Mecca banned.",
    },
    [S.reutersJan7, S.trendJan7, S.haaretzJan7],
    { cameo: '163', note: 'An embargo on the other party’s goods (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-salami-collapse',
    when('2016-01-07'),
    {
      speaker: SALAMI,
      audience: 'saudi-arabia',
      tone: 'warning',
      summary:
        "The deputy head of the Revolutionary Guards tells Saudi Arabia it will 'collapse' in coming years if it keeps pursuing what he calls its sectarian policies in the region.",
    },
    [S.haaretzJan7],
  ),
  // ===== 20–24 January: the attack condemned, the arrests =====
  ev(
    'StatementMade',
    'stmt-khamenei-condemns',
    when('2016-01-20'),
    {
      speaker: KHAMENEI,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        "Khamenei condemns the attack on the Saudi embassy for the first time as 'a very bad and wrong incident': 'like the British embassy attack before it, this was against the country and Islam, and I didn't like it.'",
    },
    [S.ahramJan20, S.dawnJan20],
  ),
  ev(
    'StatementMade',
    'stmt-ejei-arrests',
    when('2016-01-24'),
    {
      speaker: EJEI,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        "About 100 people have been arrested since the attack, some since released; one man who gave orders to some who entered the embassy was arrested abroad and brought back. 'The attack was condemned by all officials and we took measures immediately.'",
    },
    [S.sputnikJan24, S.wikiAttack],
  ),
  // ===== April: Mahan Air, the first hajj round =====
  ev(
    'StatementMade',
    'stmt-gaca-mahan',
    when('2016-04-04'),
    {
      speaker: GACA,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Saudi Arabia bans the Iranian airline Mahan Air from its airports and airspace, citing safety concerns.',
    },
    [S.newArabApr7],
    {
      cameo: '163',
      note: 'A ban on one of the other party’s airlines (CAMEO 163); not a border closure (see the header).',
    },
  ),
  ev(
    'TalksRoundScheduled',
    'hajj1-scheduled',
    when('2016-04-07'),
    {
      roundId: R.hajj1,
      label: 'Hajj talks, first round',
      venue: 'Riyadh',
      hosts: ['saudi-arabia'],
      plannedFor: '2016-04-14',
    },
    [S.newArabApr7],
    {
      note: "On the Saudi authorities' invitation: the first official meeting since ties were cut; 'the fate of this year's hajj will be decided in this meeting' (Ohadi).",
    },
  ),
  ev(
    'TalksRoundOpened',
    'hajj1-opened',
    when('2016-04-14', 'approximate'),
    {
      roundId: R.hajj1,
      delegations: [{ actorId: 'iran', head: OHADI }],
    },
    [S.newArabApr7, S.presstvApr19],
  ),
  ev(
    'TalksRoundConcluded',
    'hajj1-concluded',
    when('2016-04-19'),
    {
      roundId: R.hajj1,
      outcome: 'progress',
      summary:
        "Ohadi: a draft on the pilgrims' security was written and approved by both sides (the Saudis promised electronic bracelets), and flights agreed; but no solution on Iran's demand that visas be issued in Iran.",
    },
    [S.presstvApr19],
  ),
  // ===== May: the pilgrims kept home =====
  ev(
    'StatementMade',
    'stmt-jannati-may12',
    when('2016-05-12'),
    {
      speaker: JANNATI,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        "Iranian pilgrims will not travel for the hajj this year because security conditions in the kingdom are inadequate; Tehran has tried for four months to 'resolve the issue' with Riyadh without progress, 'and now we've lost time'.",
    },
    [S.foxMay12],
  ),
  ev(
    'TalksRoundOpened',
    'hajj2-opened',
    when('2016-05-24'),
    {
      roundId: R.hajj2,
      label: 'Hajj talks, second round',
      venue: 'Jeddah',
      hosts: ['saudi-arabia'],
      delegations: [{ actorId: 'iran', head: OHADI }],
    },
    [S.tasnimMay28],
    {
      note: "At the invitation of the new Saudi Minister of Hajj and Umrah; the Saudi undersecretary calls the first meeting 'positive' (25 May).",
    },
  ),
  ev(
    'TalksRoundConcluded',
    'hajj2-concluded',
    when('2016-05-27'),
    {
      roundId: R.hajj2,
      outcome: 'collapsed',
      summary:
        "The Iranian delegation leaves Saudi Arabia without an agreement, the second failure; Ohadi says the Saudis refused Iran's conditions (visas issued in Iran, the pilgrims' safety), five of eleven points unsettled, and gives Riyadh until Sunday to decide. No further round is held.",
    },
    [S.tasnimMay28, S.reutersMay29],
  ),
  ev(
    'StatementMade',
    'stmt-hajj-org-may29',
    when('2016-05-29'),
    {
      speaker: HAJJ_ORG,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        "'Due to ongoing sabotage by the Saudi government, it is hereby announced that ... Iran's pilgrims have been denied the privilege to attend the haj this year, and responsibility for this rests with the government of Saudi Arabia.' Jannati: 'the Saudi government deliberately prevented Iranian citizens from attending'.",
    },
    [S.reutersMay29, S.parstodayMay29],
  ),
  ev(
    'StatementMade',
    'stmt-jubeir-may29',
    when('2016-05-29'),
    {
      speaker: JUBEIR,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "'Saudi Arabia does not prevent anyone from performing the religious duty'; 'Iran refused to sign the memorandum and was practically demanding the right to hold demonstrations and to have other advantages ... that would create chaos during haj'. The Hajj ministry says Iran's delegation bears the responsibility before God and its people.",
    },
    [S.reutersMay29],
  ),
  ev(
    'StatementMade',
    'stmt-hajj-ministry-may29',
    when('2016-05-29'),
    {
      speaker: HAJJ_MINISTRY,
      audience: 'iran',
      tone: 'critical',
      summary:
        "By refusing to sign the minutes closing the hajj arrangements, Iran's Hajj and Pilgrimage Organisation bears before God and then its people the responsibility for its citizens not performing the hajj; the ministry says it offered 'many solutions'.",
    },
    [S.reutersMay29],
  ),
  // ===== September: the hajj war of words =====
  ev(
    'StatementMade',
    'stmt-khamenei-sep5',
    when('2016-09-05'),
    {
      speaker: KHAMENEI,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        "In his hajj message Khamenei accuses the Saudi rulers of the 'murder' of pilgrims in the 2015 Mina crush, calls them 'small and puny Satans', and says that 'because of these rulers' oppressive behaviour towards God's guests, the world of Islam must fundamentally reconsider the management of the two holy places and the issue of hajj'.",
    },
    [S.lidtimeSep5, S.scrollSep7],
  ),
  ev(
    'StatementMade',
    'stmt-mufti-sep6',
    when('2016-09-06'),
    {
      speaker: MUFTI,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Answering Khamenei in the daily Makkah, the grand mufti says his attack is 'not surprising': 'we have to understand that they are not Muslims, they are children of Magi, and their hostility towards Muslims is an old one, especially towards the people of the Sunnah'.",
    },
    [S.yemeressSep6, S.scrollSep7],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-sep7',
    when('2016-09-07'),
    {
      speaker: KHAMENEI,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        "Meeting families of Iranians killed at Mina, Khamenei calls for an inquiry and says: 'This incident proves once again that this cursed, evil family does not deserve to manage the holy sites.'",
    },
    [S.scrollSep7],
  ),
  // ===== November – December: OPEC, the spy verdict =====
  ev('ActorRegistered', 'actor-opec', when('2016-11-30'), { actor: OPEC, role: 'third-party' }, [S.infopleaseNov30]),
  ev(
    'ThirdPartyEngagement',
    'opec-accord',
    when('2016-11-30'),
    {
      actorId: 'opec',
      counterparts: ['saudi-arabia', 'iran'],
      kind: 'meeting',
      summary:
        "OPEC's 171st meeting in Vienna agrees its first output cut since 2008, 1.2 million barrels a day, after months of bargaining between Saudi Arabia, Iran and Iraq: Saudi Arabia cuts about 486,000 barrels a day, Iran is allowed about 3.9 million.",
    },
    [S.infopleaseNov30, S.alMonitorDec],
  ),
  ev(
    'StatementMade',
    'stmt-court-spies',
    when('2016-12-06'),
    {
      speaker: RIYADH_COURT,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'The Specialized Criminal Court sentences 15 of 32 defendants (30 Saudi Shia, an Iranian and an Afghan) to death for forming a cell spying for Iran and liaising with Iranian intelligence, passing military secrets and attempting sabotage; 15 others get six months to 25 years, two are acquitted; the rulings are subject to appeal.',
    },
    [S.saudiGazetteDec6, S.abbtakkDec6],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'saudi-iran-2016.jsonl',
  logEnd: '2026-12-07T06:00:00Z',
  events,
};
export default definition;
