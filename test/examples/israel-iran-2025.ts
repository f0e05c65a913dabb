/**
 * A test fixture, not a shipped example: Israel and Iran from the IAEA Board's finding of 12 June 2025 through the
 * twelve-day war (Israel's Operation Rising Lion from 13 June, Iran's True Promise III barrages), the ceasefire of 24
 * June and its first hours, and the five months after it to the end of November 2025, as an analyst following the news
 * could have recorded them. Escalation model v2 was never tuned on it: it is the case the model is held to in
 * israel-iran-2025.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests: a short war with heavy armed action every day and tens killed on both sides, several places struck
 * each day; a ceasefire announced by a third party (Trump, with Qatar obtaining Iran's acceptance), agreed by both,
 * broken in its first hours without casualties, that then holds; and the months of threats and coercion after it with
 * no armed action between the two, while third parties act on Iran (the IAEA, the E3's snapback, the United States).
 * The parties are Israel and Iran. The United States (its strikes of 22 June, Iran's strike on Al Udeid of 23 June,
 * Trump's words), the IAEA and the E3 are third parties; Qatar mediates the ceasefire. Separate from
 * israel-iran-2024.ts (which runs from April 2024 and records this war more briefly) and us-iran-2025.ts (another pair).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C = smaller outlet, aggregator or mirror; 1 =
 * an on-record statement or act confirmed by the actor itself; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - A day's strikes are recorded one incident per place the sources name (as israel-iran-2024.ts and us-iran-2025.ts
 *   do), with the toll a report gives for that place. Iran's UN ambassador gave one toll for the first attacks (78
 *   killed, more than 320 wounded): it is given once, on the Tehran incident, by a correction on the day it was
 *   published in the stored sources (15 June). Israel's opening strikes are recorded as
 *   a major operation (`scale: major`): some 200 aircraft over Iran, "major strikes" by every account.
 * - The running tolls (Iran's health ministry: at least 610 killed by 24 June; Israel: 24 killed by 16 June, 28 by the
 *   end) are not added as incidents: the incidents carry the tolls of their own places, and Iran's toll is recorded as
 *   its health ministry's statement.
 * - The Evin prison strike (23 June) is recorded without a toll: on the day Iran's judiciary gave none; the 71 (later
 *   79) dead were given days later, in sources not dated in the stored copies.
 * - The ceasefire of 24 June was announced by Trump on the evening of 23 June (Washington), with no signed text
 *   (Araghchi: no agreement, Iran stops if Israel stops by 04:00 Tehran time); it is recorded as a CeasefireDeclared
 *   with no AgreementReached, dated when Iran's side took effect (07:30 Tehran, 04:00 GMT), parties Israel and Iran,
 *   mediated by Qatar. The Beersheba missile (four killed) and the strike in northern Iran (nine killed) came before it
 *   took effect. After it: Iran's account of Israeli strikes until 09:00 Tehran time, Israel's account of two missiles
 *   at the north (intercepted; Iran denies firing), each recorded as the incident alleged and the violation reported,
 *   one occurrence; and the Israeli strike on a radar site near Tehran that the prime minister's office confirmed,
 *   after which Netanyahu agreed with Trump to stop. None with casualties. The radar strike's hour is not given: it is
 *   dated about midday GMT. The ceasefire is not recorded as ended: no side declared it over, and no fire between the
 *   two is reported after 24 June.
 * - The US strikes on Fordow, Natanz and Isfahan (22 June) and Iran's strike on Al Udeid (23 June) are a third party's
 *   act, or an act on a third party: each one incident, recorded for the picture, not the pair's armed action.
 * - Iran's suspension of cooperation with the IAEA (law promulgated 2 July), the Cairo understanding with the IAEA
 *   (September; the stored sources give the month, NIAC the 9th) and its end (20 November), the E3's snapback (an
 *   ultimatum with a 30-day deadline, enforced on 28 September) and the IAEA Board's resolutions are between Iran and
 *   third parties. The Cairo understanding is recorded as a framework agreement of Iran and the IAEA, and its end as
 *   Iran's withdrawal from it (Iran's act, notified to the IAEA), not its termination by both.
 * - Netanyahu's claim that Iran is developing intercontinental missiles (Ben Shapiro's podcast, released 6 October)
 *   is an accusation, not a threat; Iran's answer (Araghchi, 7 October) is critical.
 * - Where the stored copy of a page did not show its date, the date given is that of the day it reports, or the day
 *   after (Overview Press on 21 June, dated the 22nd as its address is).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-iran-2025';
const { ev, at, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const IRAN: Actor = {
  id: 'iran',
  name: 'Iran',
  kind: 'state',
  aliases: ['Islamic Republic of Iran', 'Tehran', 'IRGC', 'Islamic Revolutionary Guard Corps'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const IAEA: Actor = {
  id: 'iaea',
  name: 'International Atomic Energy Agency',
  kind: 'international-organisation',
  aliases: ['IAEA', 'IAEA Board of Governors'],
};
const E3: Actor = {
  id: 'e3',
  name: 'E3 (France, Germany, United Kingdom)',
  kind: 'international-organisation',
  aliases: ['E3', 'France', 'Germany', 'United Kingdom'],
};

const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const KATZ: Person = { name: 'Israel Katz', title: 'Defence Minister of Israel', actorId: 'israel' };
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'Supreme Leader of Iran', actorId: 'iran' };
const PEZESHKIAN: Person = { name: 'Masoud Pezeshkian', title: 'President of Iran', actorId: 'iran' };
const ARAGHCHI: Person = { name: 'Abbas Araghchi', title: 'Foreign Minister of Iran', actorId: 'iran' };
const NASIRZADEH: Person = { name: 'Aziz Nasirzadeh', title: 'Defence Minister of Iran', actorId: 'iran' };
const IRAN_MFA: Person = {
  name: 'Ministry of Foreign Affairs of Iran (statement)',
  title: 'Iranian government',
  actorId: 'iran',
};
const SNSC: Person = {
  name: 'Supreme National Security Council of Iran (statement)',
  title: 'Iranian government',
  actorId: 'iran',
};
const IRAN_HEALTH: Person = {
  name: 'Hossein Kermanpour',
  title: 'Spokesman, Ministry of Health of Iran',
  actorId: 'iran',
};
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const IAEA_BOARD: Person = { name: 'IAEA Board of Governors (resolution)', title: 'IAEA', actorId: 'iaea' };

const S = {
  dwJun12: source(
    'IAEA says Iran not complying with nuclear obligations',
    'Deutsche Welle',
    'https://www.dw.com/en/iaea-says-iran-not-complying-with-nuclear-obligations/a-72879814',
    '2025-06-12',
    'B',
    1,
  ),
  lbcJun13: source(
    "Israel launches strikes on Iran's nuclear and military facilities, killing head of the army",
    'LBC',
    'https://www.lbc.co.uk/world-news/israel-iran-strikes-tehran/',
    '2025-06-13',
    'B',
    2,
  ),
  singaporeJun13: source(
    "Israel launches major strikes on Iran's nuclear and missile facilities",
    'Singapore Insight',
    'https://singaporeinsight.com/israel-launches-major-strikes-on-irans-nuclear-and-missile-facilities/',
    '2025-06-13',
    'C',
    2,
  ),
  saysJun13: source(
    'What we know about Israel\'s "preemptive" attack on Iran',
    'SAYS (AFP)',
    'https://staging.says.com/my/news/politics/israel-s-preemptive-attack-on-iran',
    '2025-06-13',
    'C',
    2,
  ),
  indiatvJun14: source(
    "Israel's Defence Minister warns Iran: 'Tehran will burn' if missile attacks on Israeli cities continues",
    'India TV',
    'https://www.indiatvnews.com/news/world/israels-defence-minister-warns-iran-tehran-will-burn-if-missile-attacks-on-israeli-cities-continues-2025-06-14-994688',
    '2025-06-14',
    'B',
    2,
  ),
  parisdailyJun15: source(
    "Israel says 'Tehran will burn' amid dueling missile launches with Iran",
    'Paris Daily (The Hill)',
    'https://parisdaily.news/israel-says-tehran-will-burn-amid-dueling-missile-launches-with-iran',
    '2025-06-15',
    'C',
    2,
  ),
  mtoliveJun15: source(
    'イスラエル・イラン戦争3日目: 弾道ミサイルでイスラエル人10人死亡',
    'MTO Live',
    'https://mtolive.net/?p=33615',
    '2025-06-15',
    'C',
    2,
  ),
  sudanindJun16: source(
    'Iranian missile strikes kill 10 in Israel in night of mutual attacks',
    'Sudan Independent (Middle East Eye)',
    'https://www.sudanindependent.net/news/politics/2025/06/16/Iranian-missile-strikes-kill-1',
    '2025-06-16',
    'C',
    2,
  ),
  icirJun16: source(
    'Iran strikes Tel Aviv, Haifa, kills 8 as Israel vows harsh revenge',
    'The ICIR',
    'https://www.icirnigeria.org/iran-strikes-tel-aviv-haifa-kills-8-as-israel-vows-harsh-revenge/',
    '2025-06-16',
    'C',
    2,
  ),
  memoJun16: source(
    'Israel strikes Iranian state TV building',
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20250616-israel-strikes-iranian-state-tv-building/',
    '2025-06-16',
    'C',
    2,
  ),
  vozJun16: source(
    'IDF strikes Iranian state broadcaster HQ after evacuation orders',
    'Voz (JNS)',
    'https://voz.us/en/mundo/jns/250616/25843/idf-strikes-iranian-state-broadcaster-hq-after-evacuation-orders.html',
    '2025-06-16',
    'C',
    1,
  ),
  trtJun20: source(
    'Israel-Iran war: what we know so far',
    'TRT World',
    'https://www.trtworld.com/article/a80da41cf11c',
    '2025-06-20',
    'B',
    2,
  ),
  sakshiJun21: source(
    'Drone fired from Iran hits residential building in Israel: IDF',
    'Sakshi Post (IANS)',
    'https://www.sakshipost.com/news/drone-fired-iran-hits-residential-building-israel-idf-421117',
    '2025-06-21',
    'C',
    2,
  ),
  overviewJun22: source(
    'Israel says it killed three Iranian commanders in fresh wave of strikes',
    'Overview Press (AFP)',
    'https://www.overviewpress.com/articleExpanded/6kMptQoDoeubqxuQMgxZcy/6-22-2025-5/israel-says-it-killed-three-iranian-commanders-in-fresh-wave-of-strikes',
    '2025-06-22',
    'C',
    2,
  ),
  hurriyetJun22: source(
    'US strikes three Iranian nuclear facilities',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/us-strikes-on-iran-nuclear-sites-210590',
    '2025-06-22',
    'B',
    1,
  ),
  tribecansJun22: source(
    'US Strikes Iran; Missiles Hit Israel',
    'Tribecans News (digest of CBS, CNN, Sky, NPR)',
    'https://news.tribecans.com/22-06-2025/us-strikes-iran-israel-hit.html',
    '2025-06-22',
    'C',
    2,
  ),
  arabtimesJun23: source(
    'Evin prison hit as Israel escalates attacks on Iranian capital',
    'Arab Times (Reuters)',
    'https://www.arabtimesonline.com/news/evin-prison-hit-as-israel-escalates-attacks-on-iranian-capital',
    '2025-06-23',
    'C',
    2,
  ),
  daily8Jun23: source(
    "Israel says it struck Tehran's Evin prison and Fordo access routes",
    'Daily8 (Yahoo, BBC)',
    'https://www.daily8.com/en/article/cf131d3f712d4e3a5f0a8bc7f2b9e73e',
    '2025-06-23',
    'C',
    2,
  ),
  lurerJun23: source(
    'IRGC confirmed the news of a missile strike on Qatar',
    'Public Radio of Armenia (Axios)',
    'https://www.1lurer.am/en/2025/06/23/IRGC-confirmed-the-news-of-a-missile-strike-on-Qatar/1335783',
    '2025-06-23',
    'C',
    1,
  ),
  trtJun23: source(
    'Trump announces ceasefire between Israel and Iran',
    'TRT World',
    'https://www.trtworld.com/article/9e4f507581ad',
    '2025-06-23',
    'B',
    1,
  ),
  cbsJun24: source(
    'Israel says Iran violating ceasefire Trump announced, will respond with force',
    'CBS News',
    'https://www.cbsnews.com/news/israel-says-iran-violating-ceasefire-trump-announced-will-respond-with-force/',
    '2025-06-24',
    'B',
    2,
  ),
  asknaijJun24: source(
    'Ceasefire in question: Israel orders new strikes citing Iranian violation',
    'AskNaij (Reuters)',
    'https://asknaij.com/world-news/ceasefire-in-question-israel-orders-new-strikes-citing-iranian-violation/',
    '2025-06-24',
    'C',
    2,
  ),
  telegraphJun24: source(
    "Israel orders new attacks on Iran after ceasefire 'violation'; Tehran says 'didn't fire'",
    'The Telegraph (India)',
    'https://www.telegraphindia.com/amp/world/israel-orders-new-attacks-on-iran-after-ceasefire-violation-tehran-says-didnt-fire/cid/2109548',
    '2025-06-24',
    'B',
    2,
  ),
  tovimaJun24: source(
    'Iran launches fresh missile strikes on Israel despite ceasefire deal',
    'To Vima (Reuters)',
    'https://www.tovima.com/world/iran-launches-fresh-missile-strikes-on-israel-despite-ceasefire-deal/',
    '2025-06-24',
    'B',
    2,
  ),
  steinewsJun24: source(
    'Israel-Iran war live: Israel defence minister says he has ordered attack on Iran as Iranian army denies launching missiles',
    'Steinews (The Guardian live)',
    'https://steinews.com/israel-iran-war-live-israel-defence-minister-says-he-has-ordered-attack-on-iran-as-iranian-army-denies-launching-missiles-iran',
    '2025-06-24',
    'C',
    2,
  ),
  overviewJun24: source(
    'Israel says Iran violated ceasefire announced by Trump, orders new strikes',
    'Overview Press (Reuters)',
    'https://www.overviewpress.com/articleExpanded/qachiySkuS1Kyx39KvUiUa/6-25-2025-4/israel-says-iran-violated-ceasefire-announced-by-trump-orders-new-strikes',
    '2025-06-24',
    'C',
    2,
  ),
  newsographicsJun24: source(
    'Explosions rock Tehran even after Trump tells Israel to halt strikes',
    'Newsographics (Reuters)',
    'https://newsographics.com/amp/2025-06-25/international/explosions-rock-tehran-even-after-trump-tells-israel-to-halt-strikes-837739',
    '2025-06-24',
    'C',
    2,
  ),
  almayadeenJun24: source(
    "'Israel' goes against Trump's orders, strikes reported in Iran",
    'Al Mayadeen English',
    'https://english.almayadeen.net/news/politics/-israel--goes-against-trump-s-orders--strikes-reported-in-ir',
    '2025-06-24',
    'C',
    2,
  ),
  hurriyetJun24: source(
    'Iran says at least 610 killed since start of war with Israel',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/iran-says-at-least-610-killed-since-start-of-war-with-israel-210707',
    '2025-06-24',
    'B',
    2,
  ),
  resolutionJun27: source(
    'Israel suggests it could strike Iran again',
    'The Resolution (monitoring desk)',
    'https://theresolution.com.pk/2025/06/27/israel-suggests-it-could-strike-iran-again',
    '2025-06-27',
    'C',
    2,
  ),
  irantimesJul2: source(
    'Iran president signs law suspending cooperation with IAEA',
    'Iran Times (Al Jazeera)',
    'https://www.irantimes.com/news/iran-president-signs-law-suspending-cooperation-with-iaea',
    '2025-07-02',
    'C',
    1,
  ),
  morocco24Jul28: source(
    "Le ministre de la défense de l'occupation menace l'Iran: nous nous préparons à vous surprendre à nouveau, et avec plus de force",
    'Morocco24 (Al Arabiya)',
    'https://morocco24.news/fr/le-ministre-de-la-defense-de-loccupation-menace-liran-nous-nous-preparons-a-vous-surprendre-a-nouveau-et-avec-plus-de-force',
    '2025-07-28',
    'C',
    2,
  ),
  i24Aug20: source(
    "L'Iran dévoile une nouvelle génération de missiles « plus performants »",
    'i24NEWS',
    'https://www.i24news.tv/fr/actu/international/moyen-orient/artc-l-iran-devoile-une-nouvelle-generation-de-missiles-plus-performants',
    '2025-08-20',
    'B',
    1,
  ),
  trtAug28: source(
    'Britain, France and Germany move to trigger UN sanctions on Iran: letter',
    'TRT Global (Reuters)',
    'https://trt.global/world/article/b078df07d4c0',
    '2025-08-28',
    'B',
    1,
  ),
  tribuneSep26: source(
    "Netanyahu at UNGA hails Israel-US strikes on Iran, calls for snapback sanctions, says Iran's uranium stockpile must be eliminated",
    'The Tribune (ANI)',
    'https://www.tribuneindia.com/news/world/netanyahu-at-unga-hails-israel-us-strikes-on-iran-calls-for-snapback-sanctions-says-irans-uranium-stockpile-must-be-eliminated/',
    '2025-09-26',
    'B',
    1,
  ),
  devdiscourseSep26: source(
    'Netanyahu and Pezeshkian clash over Iran at UNGA',
    'Devdiscourse (ANI)',
    'https://devdiscourse-testslot.azurewebsites.net/article/international/3642994-netanyahu-and-pezeshkian-clash-over-iran-at-unga',
    '2025-09-26',
    'C',
    2,
  ),
  rferlSep27: source(
    'Iran recalls ambassadors as snapback sanctions loom',
    'Newsgram (RFE/RL)',
    'https://www.newsgram.com/world/2025/09/27/iran-recalls-ambassadors-as-snapback',
    '2025-09-27',
    'B',
    1,
  ),
  sunstarSep28: source(
    'Iran sanctions reactivated',
    'SunStar (Xinhua)',
    'https://www.sunstar.com.ph/network/iran-sanctions-reactivated',
    '2025-09-28',
    'B',
    1,
  ),
  spacewarOct7: source(
    "Iran dismissees Israel's missile concern as 'made-up threat'",
    'SpaceWar (AFP)',
    'https://www.spacewar.com/reports/Iran_dismissees_Israels_missile_concern_as_made-up_threat_999.html',
    '2025-10-07',
    'B',
    1,
  ),
  presstvNov20: source(
    'Iran declares end of Cairo deal after IAEA passes Western resolution',
    'GlobalSecurity.org (Press TV)',
    'http://www.globalsecurity.org/wmd/library/news/iran/2025/11/iran-251120-presstv04.htm',
    '2025-11-20',
    'C',
    1,
  ),
};

const INC = {
  tehran13: 'rising-lion-tehran-2025-06-13',
  natanz13: 'rising-lion-natanz-2025-06-13',
  drones13: 'iran-drones-2025-06-13',
  centre14: 'true-promise-3-central-israel-2025-06-14',
  tamra: 'iran-missiles-tamra-2025-06-14',
  batYam: 'iran-missiles-bat-yam-2025-06-15',
  mashhad: 'israel-mashhad-2025-06-15',
  telAvivHaifa16: 'iran-missiles-tel-aviv-haifa-2025-06-16',
  irib: 'israel-irib-tehran-2025-06-16',
  soroka: 'iran-missiles-beersheba-2025-06-19',
  arak: 'israel-arak-2025-06-19',
  qom: 'israel-qom-2025-06-21',
  isfahan21: 'israel-isfahan-2025-06-21',
  beitShean: 'iran-drones-beit-shean-2025-06-21',
  usStrikes: 'us-strikes-2025-06-22',
  cities22: 'iran-missiles-israel-2025-06-22',
  evin: 'israel-evin-tehran-2025-06-23',
  fordowRoads: 'israel-fordow-access-2025-06-23',
  ashdod: 'iran-missiles-ashdod-2025-06-23',
  alUdeid: 'al-udeid-2025-06-23',
  northIran: 'israel-strike-north-iran-2025-06-24',
  beersheba24: 'iran-missile-beersheba-2025-06-24',
  after0730: 'israeli-strikes-after-0730-2025-06-24',
  northMissiles: 'iran-missiles-north-2025-06-24',
  radar: 'israel-radar-tehran-2025-06-24',
};
const CEASEFIRE = 'twelve-day-war-ceasefire-2025-06-24';
const O = { after0730: 'israeli-strikes-after-0730-2025-06-24', northMissiles: 'missiles-north-israel-2025-06-24' };
const D = { snapbackCommitments: 'e3-snapback-commitments' };
const U = { snapback: 'e3-snapback-30-days' };
const CAIRO = 'iran-iaea-cairo-understanding-2025';

const events = [
  // ===== 12 June: the IAEA Board's finding =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-06-12', recordedAt: at('06-12', '15:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Iran, 2025: the twelve-day war and after',
      subject:
        "Israel and Iran from the IAEA Board's non-compliance finding through Israel's strikes on Iran and Iran's barrages, the ceasefire of 24 June and the months of threats after it",
      parties: [ISRAEL, IRAN],
      mediators: [],
    },
    [S.dwJun12],
    { note: 'No talks between the two; opened to follow the pair from the IAEA finding.' },
  ),
  ev(
    'ActorRegistered',
    'actor-iaea',
    { occurredAt: '2025-06-12', recordedAt: at('06-12', '16:00') },
    { actor: IAEA, role: 'third-party' },
    [S.dwJun12],
  ),
  ev(
    'StatementMade',
    'stmt-iaea-board-jun12',
    { occurredAt: '2025-06-12', recordedAt: at('06-12', '16:05') },
    {
      speaker: IAEA_BOARD,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "Finds Iran's failures since 2019 to cooperate on undeclared nuclear material and sites to be non-compliance with its safeguards agreement (19 for, 3 against, 11 abstentions).",
    },
    [S.dwJun12],
  ),
  ev(
    'StatementMade',
    'stmt-iran-iaea-jun12',
    { occurredAt: '2025-06-12', recordedAt: at('06-12', '16:10') },
    {
      speaker: IRAN_MFA,
      audience: 'iaea',
      tone: 'warning',
      summary:
        'Iran "has no choice but to respond to this political resolution": a new enrichment site in a secure location, upgraded centrifuges at Fordow.',
    },
    [S.dwJun12],
  ),
  // ===== 13–23 June: the war =====
  ev(
    'IncidentReported',
    'inc-jun13-tehran',
    { occurredAt: '2025-06-13T00:30:00Z', precision: 'approximate', recordedAt: at('06-13', '06:00') },
    {
      incidentId: INC.tehran13,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Tehran: military bases, homes of commanders, residential buildings',
      scale: 'major',
      description:
        'Operation Rising Lion opens: IRGC commander Hossein Salami, armed forces chief of staff Mohammad Bagheri and nuclear scientists killed; military bases around Tehran and residential buildings hit.',
    },
    [S.lbcJun13, S.singaporeJun13, S.saysJun13],
  ),
  ev(
    'IncidentReported',
    'inc-jun13-natanz',
    { occurredAt: '2025-06-13T00:30:00Z', precision: 'approximate', recordedAt: at('06-13', '06:05') },
    {
      incidentId: INC.natanz13,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Natanz enrichment site',
      description: 'Struck "several times" (state TV); smoke rising from the site.',
    },
    [S.saysJun13, S.lbcJun13],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-jun13',
    { occurredAt: '2025-06-13T01:00:00Z', precision: 'approximate', recordedAt: at('06-13', '06:10') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Israel has launched Operation Rising Lion "to roll back the Iranian threat to Israel\'s very survival"; it will continue "for as many days as it takes".',
    },
    [S.singaporeJun13],
  ),
  ev(
    'IncidentReported',
    'inc-jun13-drones',
    { occurredAt: '2025-06-13T06:00:00Z', precision: 'approximate', recordedAt: at('06-13', '10:00') },
    {
      incidentId: INC.drones13,
      kind: 'drone-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Towards Israel (intercepted)',
      description: 'About 100 drones launched at Israel (IDF), which works to intercept them.',
    },
    [S.lbcJun13],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-jun13',
    { occurredAt: '2025-06-13', recordedAt: at('06-13', '10:05') },
    {
      speaker: KHAMENEI,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'With this attack Israel "has prepared a bitter fate for itself, which it will surely receive".',
    },
    [S.lbcJun13],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jun14',
    { occurredAt: '2025-06-14', recordedAt: at('06-14', '12:05') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'After a security assessment with the chief of staff: "If Khamenei continues to fire missiles at the Israeli home front — Tehran will burn"; Tehran\'s residents will pay a heavy price.',
    },
    [S.indiatvJun14],
  ),
  ev(
    'IncidentReported',
    'inc-jun14-central',
    { occurredAt: '2025-06-13T21:00:00Z', precision: 'approximate', recordedAt: at('06-15', '09:00') },
    {
      incidentId: INC.centre14,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tel Aviv and central Israel',
      fatalities: { min: 3, max: 3 },
      description:
        'True Promise III: waves of ballistic missiles on Friday night and early Saturday; some not intercepted strike in Israel, at least three killed and about 70 wounded (Israeli health authorities).',
    },
    [S.indiatvJun14, S.parisdailyJun15],
  ),
  ev(
    'EventCorrected',
    'corr-jun13-tehran-toll',
    { occurredAt: '2025-06-15', recordedAt: at('06-15', '09:05') },
    {
      eventId: idOf('inc-jun13-tehran'),
      changes: {
        data: {
          fatalities: { min: 78, max: 78 },
          injured: { min: 320, max: 320 },
          description:
            "Operation Rising Lion opens: IRGC commander Hossein Salami, armed forces chief of staff Mohammad Bagheri and nuclear scientists killed; military bases around Tehran and residential buildings hit. Iran's UN ambassador: 78 killed and more than 320 wounded in the first attacks (the toll of all places, given here once).",
        },
        sources: [S.lbcJun13, S.singaporeJun13, S.saysJun13, S.parisdailyJun15],
      },
      reason: "Iran's UN ambassador gives the first attacks' toll: 78 killed, more than 320 wounded.",
    },
    [S.parisdailyJun15],
  ),
  ev(
    'IncidentReported',
    'inc-jun15-tamra',
    { occurredAt: '2025-06-14T21:00:00Z', precision: 'approximate', recordedAt: at('06-16', '06:00') },
    {
      incidentId: INC.tamra,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tamra (northern Israel)',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      description: 'A missile hits a house in Tamra, killing four women of one family.',
    },
    [S.mtoliveJun15, S.sudanindJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun15-bat-yam',
    { occurredAt: '2025-06-15T00:10:00Z', precision: 'approximate', recordedAt: at('06-16', '06:05') },
    {
      incidentId: INC.batYam,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Bat Yam, south of Tel Aviv',
      fatalities: { min: 6, max: 6 },
      civilianFatalities: { min: 6, max: 6 },
      injured: { min: 100, max: 200 },
      description:
        'A ballistic missile hits between apartment blocks after 03:00 local time; six killed, two children among them, more than 100 wounded. Iran fired about 80 missiles that night at Haifa and central Israel (IDF).',
    },
    [S.mtoliveJun15, S.sudanindJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun15-mashhad',
    { occurredAt: '2025-06-15T16:00:00Z', precision: 'approximate', recordedAt: at('06-16', '08:00') },
    {
      incidentId: INC.mashhad,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Mashhad airport (eastern Iran)',
      description:
        'Israel strikes an aerial refuelling aircraft at Mashhad, its longest-range strike of the war; Iranian media report no damage to the airport.',
    },
    [S.sudanindJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun16-tel-aviv-haifa',
    { occurredAt: '2025-06-16T01:00:00Z', precision: 'approximate', recordedAt: at('06-16', '12:00') },
    {
      incidentId: INC.telAvivHaifa16,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tel Aviv and Haifa',
      fatalities: { min: 8, max: 8 },
      injured: { min: 100, max: 100 },
      description:
        'Before dawn, fewer than 100 missiles, seven landing in Israel (Israeli authorities); eight killed and about 100 injured in Tel Aviv and Haifa, homes destroyed.',
    },
    [S.icirJun16],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jun16',
    { occurredAt: '2025-06-16', recordedAt: at('06-16', '12:05') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        '"The arrogant dictator of Tehran has become a cowardly murderer"; "the residents of Tehran will pay the price, and soon" (later: Israel does not intend to harm them deliberately).',
    },
    [S.icirJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun16-irib',
    { occurredAt: '2025-06-16T14:30:00Z', precision: 'approximate', recordedAt: at('06-16', '20:00') },
    {
      incidentId: INC.irib,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Tehran: IRIB state broadcaster headquarters, District 3',
      description:
        'After an evacuation warning for District 3 of Tehran (up to 330,000 residents), Israel strikes the state broadcaster\'s building during a live broadcast; several staff injured (Tasnim). Katz: "We will strike the Iranian dictator wherever he may be." Israel counts 24 killed by Iranian missiles since Friday.',
    },
    [S.memoJun16, S.vozJun16],
  ),
  ev(
    'IncidentReported',
    'inc-jun19-soroka',
    { occurredAt: '2025-06-19T04:00:00Z', precision: 'approximate', recordedAt: at('06-20', '10:00') },
    {
      incidentId: INC.soroka,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Beersheba (Soroka Medical Center), with Tel Aviv, Haifa and Bat Yam targeted',
      fatalities: { min: 0, max: 0 },
      description:
        'Early Thursday, missiles at several Israeli cities; a major hospital in southern Israel extensively damaged, no deaths reported.',
    },
    [S.trtJun20],
  ),
  ev(
    'IncidentReported',
    'inc-jun19-arak',
    { occurredAt: '2025-06-19', recordedAt: at('06-20', '10:05') },
    {
      incidentId: INC.arak,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Arak heavy-water facility (inactive)',
      description:
        'Struck, with minor damage (local media). Iran counts at least 639 killed and 1,329 wounded since 13 June (Iranian authorities).',
    },
    [S.trtJun20],
  ),
  ev(
    'IncidentReported',
    'inc-jun21-qom',
    { occurredAt: '2025-06-21T00:00:00Z', precision: 'approximate', recordedAt: at('06-22', '01:00') },
    {
      incidentId: INC.qom,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Qom (apartment)',
      description:
        "Overnight strike kills Saeed Izadi, head of the Quds Force's Palestine Corps; two other IRGC commanders killed elsewhere the same night (IDF).",
    },
    [S.overviewJun22],
  ),
  ev(
    'IncidentReported',
    'inc-jun21-isfahan',
    { occurredAt: '2025-06-21', recordedAt: at('06-22', '01:05') },
    {
      incidentId: INC.isfahan21,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Isfahan nuclear site',
      description:
        "Israel attacks the Isfahan nuclear site for the second time, with strikes on missile storage and launch sites in central Iran. Iran's health ministry: more than 400 killed and 3,056 wounded.",
    },
    [S.overviewJun22],
  ),
  ev(
    'IncidentReported',
    'inc-jun21-beit-shean',
    { occurredAt: '2025-06-21', recordedAt: at('06-22', '01:10') },
    {
      incidentId: INC.beitShean,
      kind: 'drone-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: "Beit She'an (northern Israel) and central Israel",
      fatalities: { min: 0, max: 0 },
      description:
        "Five missiles at central Israel before dawn, all intercepted, and ten drones through the day; one hits a two-storey house in Beit She'an, heavy damage, no casualties (IDF, Magen David Adom).",
    },
    [S.sakshiJun21],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-06-22', recordedAt: at('06-22', '04:00') },
    { actor: USA, role: 'third-party' },
    [S.hurriyetJun22],
  ),
  ev(
    'IncidentReported',
    'inc-us-strikes',
    { occurredAt: '2025-06-21T22:40:00Z', precision: 'approximate', recordedAt: at('06-22', '04:05') },
    {
      incidentId: INC.usStrikes,
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'iran',
      place: 'Fordow, Natanz and Isfahan nuclear sites',
      description:
        "The United States strikes three Iranian nuclear facilities (B-2 bombers and submarine-launched Tomahawks). A third party's act.",
    },
    [S.hurriyetJun22],
  ),
  ev(
    'IncidentReported',
    'inc-jun22-cities',
    { occurredAt: '2025-06-22T06:00:00Z', precision: 'approximate', recordedAt: at('06-22', '18:00') },
    {
      incidentId: INC.cities22,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Tel Aviv, Haifa and other Israeli cities',
      injured: { min: 21, max: 21 },
      description:
        'After the US strikes, Iran fires waves of missiles at Israeli cities, injuring at least 21; Israel keeps striking western Iran.',
    },
    [S.tribecansJun22],
  ),
  ev(
    'IncidentReported',
    'inc-jun23-evin',
    { occurredAt: '2025-06-23T08:00:00Z', precision: 'approximate', recordedAt: at('06-23', '14:00') },
    {
      incidentId: INC.evin,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Tehran: Evin prison and IRGC command centres',
      description:
        'Israel\'s most intense attack on Tehran yet: Evin prison struck in visiting hours, casualties carried out (state TV); IRGC internal-security command centres hit. Katz: "regime targets and agencies of government repression".',
    },
    [S.arabtimesJun23, S.daily8Jun23],
  ),
  ev(
    'IncidentReported',
    'inc-jun23-fordow-roads',
    { occurredAt: '2025-06-23', recordedAt: at('06-23', '14:05') },
    {
      incidentId: INC.fordowRoads,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Access routes to the Fordow enrichment plant',
      description: 'The IDF says it struck the access routes to Fordow, a day after the US bombs.',
    },
    [S.daily8Jun23],
  ),
  ev(
    'IncidentReported',
    'inc-jun23-ashdod',
    { occurredAt: '2025-06-23', recordedAt: at('06-23', '14:10') },
    {
      incidentId: INC.ashdod,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Ashdod (industrial area near a power station) and other places in Israel',
      description:
        'Iranian ballistic missiles strike various places across Israel, an industrial area of Ashdod among them. Israel counts 24 killed by Iranian missiles, Iran about 500 killed by Israeli strikes.',
    },
    [S.daily8Jun23],
  ),
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2025-06-23', recordedAt: at('06-23', '17:00') },
    { actor: QATAR, role: 'mediator' },
    [S.lurerJun23],
  ),
  ev(
    'IncidentReported',
    'inc-al-udeid',
    { occurredAt: '2025-06-23T16:30:00Z', precision: 'approximate', recordedAt: at('06-23', '17:10') },
    {
      incidentId: INC.alUdeid,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'united-states',
      place: 'Al Udeid Air Base, Qatar',
      fatalities: { min: 0, max: 0 },
      description:
        'Iran strikes the US base in Qatar, with warning; missiles intercepted, no casualties. An act on a third party.',
    },
    [S.lurerJun23],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun23',
    { occurredAt: '2025-06-23T22:00:00Z', precision: 'approximate', recordedAt: at('06-23', '23:00') },
    {
      speaker: TRUMP,
      audience: 'the public (Truth Social)',
      tone: 'conciliatory',
      summary:
        'Israel and Iran have agreed to a "complete and total ceasefire", Iran starting first and Israel twelve hours later, ending "the 12 day war" at 24 hours.',
    },
    [S.trtJun23],
    { note: "A third party's announcement; the ceasefire is recorded when it took effect." },
  ),
  // ===== 24 June: the last strikes, the ceasefire, its first hours =====
  ev(
    'IncidentReported',
    'inc-jun24-north-iran',
    { occurredAt: '2025-06-24T01:00:00Z', precision: 'approximate', recordedAt: at('06-24', '09:00') },
    {
      incidentId: INC.northIran,
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'iran',
      against: 'iran',
      place: 'Residential building in northern Iran',
      fatalities: { min: 9, max: 9 },
      description:
        'Before the ceasefire: Iranian officials say nine people, a nuclear scientist among them, were killed in a strike on a residential building in northern Iran.',
    },
    [S.asknaijJun24],
  ),
  ev(
    'IncidentReported',
    'inc-jun24-beersheba',
    { occurredAt: '2025-06-24T03:10:00Z', precision: 'approximate', recordedAt: at('06-24', '09:05') },
    {
      incidentId: INC.beersheba24,
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'israel',
      place: 'Beersheba (residential building)',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      injured: { min: 20, max: 20 },
      description:
        'Moments before the ceasefire was to take effect, a missile hits a residential building in Beersheba: four killed, about 20 wounded (Magen David Adom). Iran fired six waves that morning (IDF).',
    },
    [S.cbsJun24, S.tovimaJun24, S.asknaijJun24],
  ),
  ev(
    'CeasefireDeclared',
    'cf-twelve-day-war',
    { occurredAt: '2025-06-24T04:00:00Z', recordedAt: at('06-24', '09:10') },
    {
      ceasefireId: CEASEFIRE,
      parties: ['israel', 'iran'],
      scope:
        'The ceasefire Trump announced to end "the 12-day war": Iran stops first (07:30 Tehran, 04:00 GMT), Israel twelve hours later. No signed text; Araghchi: no agreement, Iran stops if Israel stops its aggression by 04:00 Tehran time. Israel agreed on condition that Iran halts all attacks (White House).',
      duration: 'indefinite',
      mediatedBy: ['qatar'],
    },
    [S.tovimaJun24, S.cbsJun24, S.overviewJun24, S.trtJun23],
    {
      note: "Announced by Trump on the evening of 23 June (Washington), after calls with Netanyahu and with Iran through Qatar's prime minister; confirmed by both. Dated when Iran's side took effect.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-jun24-strikes-after',
    { occurredAt: '2025-06-24T05:30:00Z', precision: 'approximate', recordedAt: at('06-24', '10:00') },
    {
      incidentId: INC.after0730,
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'iran',
      against: 'iran',
      place: 'Iran (places not given)',
      description:
        "Iran's Khatam al-Anbiya headquarters: Israel struck Iran in three stages until 09:00 local time (05:30 GMT), after the ceasefire began at 07:30.",
    },
    [S.steinewsJun24],
    { occurrence: O.after0730 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-iran-jun24',
    { occurredAt: '2025-06-24T05:30:00Z', precision: 'approximate', recordedAt: at('06-24', '10:05') },
    {
      ceasefireId: CEASEFIRE,
      allegedBy: 'iran',
      against: 'israel',
      description:
        "Iran's armed forces accuse Israel of striking after the ceasefire took effect; no casualties reported.",
    },
    [S.steinewsJun24],
    { occurrence: O.after0730 },
  ),
  ev(
    'IncidentReported',
    'inc-jun24-north-missiles',
    { occurredAt: '2025-06-24T07:30:00Z', precision: 'approximate', recordedAt: at('06-24', '10:10') },
    {
      incidentId: INC.northMissiles,
      kind: 'missile-strike',
      perpetrator: 'iran',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Northern Israel (intercepted)',
      fatalities: { min: 0, max: 0 },
      description:
        "Sirens in northern Israel more than two hours after the ceasefire began; the IDF identifies missiles launched from Iran, two intercepted. Iran's general staff denies any launch.",
    },
    [S.cbsJun24, S.telegraphJun24],
    { occurrence: O.northMissiles },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-israel-jun24',
    { occurredAt: '2025-06-24T07:30:00Z', precision: 'approximate', recordedAt: at('06-24', '10:15') },
    {
      ceasefireId: CEASEFIRE,
      allegedBy: 'israel',
      against: 'iran',
      casualties: { min: 0, max: 0 },
      description:
        'Katz: a "blatant violation" of the ceasefire declared by the US President, by the launch of missiles at Israel.',
    },
    [S.telegraphJun24, S.cbsJun24],
    { occurrence: O.northMissiles },
  ),
  ev(
    'StatementMade',
    'stmt-katz-jun24',
    { occurredAt: '2025-06-24T08:00:00Z', precision: 'approximate', recordedAt: at('06-24', '10:20') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Orders the IDF to "continue high-intensity operations targeting regime assets and terror infrastructure in Tehran"; the chief of staff: "we will respond with force".',
    },
    [S.telegraphJun24, S.cbsJun24],
  ),
  ev(
    'StatementMade',
    'stmt-snsc-jun24',
    { occurredAt: '2025-06-24', recordedAt: at('06-24', '10:25') },
    {
      speaker: SNSC,
      audience: 'israel',
      tone: 'warning',
      summary:
        'The armed forces forced Israel to "unilaterally accept defeat and accept a ceasefire"; they keep "their hands on the trigger" to respond to any aggression.',
    },
    [S.overviewJun24, S.asknaijJun24],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun24',
    { occurredAt: '2025-06-24T11:00:00Z', precision: 'approximate', recordedAt: at('06-24', '14:00') },
    {
      speaker: TRUMP,
      audience: 'israel',
      tone: 'warning',
      summary:
        'Both sides violated the ceasefire, he is "not happy" with either; to Israel: "Do not drop those bombs. If you do it it is a major violation. Bring your pilots home, now!" Then: the planes turn around, "the Ceasefire is in effect!"',
    },
    [S.almayadeenJun24, S.newsographicsJun24],
    { note: "A third party's words to Israel." },
  ),
  ev(
    'IncidentReported',
    'inc-jun24-radar',
    { occurredAt: '2025-06-24T12:00:00Z', precision: 'approximate', recordedAt: at('06-24', '16:00') },
    {
      incidentId: INC.radar,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'iran',
      place: 'Radar site near Tehran',
      description:
        "Two loud blasts in Tehran; the prime minister's office confirms Israel struck a radar installation near Tehran in response to the missile launches it alleges. Netanyahu then agrees with Trump to stop further attacks. No casualties reported.",
    },
    [S.newsographicsJun24, S.almayadeenJun24],
    { note: "The hour is not given: dated about midday GMT, after Katz's order and around Trump's posts." },
  ),
  ev(
    'StatementMade',
    'stmt-iran-health-jun24',
    { occurredAt: '2025-06-24', recordedAt: at('06-24', '18:00') },
    {
      speaker: IRAN_HEALTH,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'At least 610 killed and more than 4,700 wounded in Iran by the Israeli strikes since 13 June, "all civilians", thirteen children among them; seven hospitals damaged.',
    },
    [S.hurriyetJun24],
  ),
  // ===== After the war: threats, the IAEA, the snapback =====
  ev(
    'StatementMade',
    'stmt-katz-jun26',
    { occurredAt: '2025-06-26', recordedAt: at('06-27', '10:00') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'Despite the ceasefire, a "policy of enforcement" against Iran: keep air superiority, stop any advance of nuclear projects and long-range missiles; Israel would have killed Khamenei had it had the chance.',
    },
    [S.resolutionJun27],
  ),
  ev(
    'StatementMade',
    'stmt-pezeshkian-iaea-jul2',
    { occurredAt: '2025-07-02', recordedAt: at('07-02', '14:00') },
    {
      speaker: PEZESHKIAN,
      audience: 'iaea',
      tone: 'warning',
      summary:
        'Promulgates the law suspending cooperation with the IAEA: no inspectors without the approval of the Supreme National Security Council, until the security of nuclear sites and scientists is guaranteed.',
    },
    [S.irantimesJul2],
  ),
  ev(
    'StatementMade',
    'stmt-katz-jul28',
    { occurredAt: '2025-07-28', recordedAt: at('07-28', '18:00') },
    {
      speaker: KATZ,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'To Khamenei: "If you continue to threaten Israel, our long arm will reach Tehran again, with more force, and you personally."',
    },
    [S.morocco24Jul28],
  ),
  ev(
    'StatementMade',
    'stmt-nasirzadeh-aug20',
    { occurredAt: '2025-08-20', recordedAt: at('08-20', '18:00') },
    {
      speaker: NASIRZADEH,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Iran has a new generation of missiles far more capable than those of the twelve-day war; "if the Zionist enemy embarks on the adventure again, we will use them without hesitation".',
    },
    [S.i24Aug20],
  ),
  ev(
    'ActorRegistered',
    'actor-e3',
    { occurredAt: '2025-08-28', recordedAt: at('08-28', '16:00') },
    { actor: E3, role: 'third-party' },
    [S.trtAug28],
  ),
  ev(
    'DemandTabled',
    'dem-snapback-commitments',
    { occurredAt: '2025-08-28', recordedAt: at('08-28', '16:05') },
    {
      demandId: D.snapbackCommitments,
      by: 'e3',
      addressedTo: ['iran'],
      text: 'Resume full IAEA inspections, account for the enriched-uranium stockpile and return to negotiations, to defer the snapback.',
      category: 'security',
    },
    [S.trtAug28],
  ),
  ev(
    'UltimatumIssued',
    'ult-snapback',
    { occurredAt: '2025-08-28', recordedAt: at('08-28', '16:10') },
    {
      ultimatumId: U.snapback,
      by: 'e3',
      to: ['iran'],
      demandIds: [D.snapbackCommitments],
      deadline: '2025-09-27',
      consequences: 'The UN sanctions lifted under resolution 2231 return after 30 days (the snapback mechanism).',
      channel: 'Letter to the UN Security Council',
    },
    [S.trtAug28],
    { note: "A third party's ultimatum to Iran." },
  ),
  ev(
    'StatementMade',
    'stmt-pezeshkian-sep24',
    { occurredAt: '2025-09-24', recordedAt: at('09-26', '18:00') },
    {
      speaker: PEZESHKIAN,
      audience: 'israel',
      tone: 'critical',
      summary:
        'At the UN General Assembly: Iran has never sought and will never seek a nuclear bomb; condemns Israel\'s occupation of Palestinian land and the idea of a "greater Israel", and its use of force over diplomacy.',
    },
    [S.tribuneSep26, S.devdiscourseSep26],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-sep26',
    { occurredAt: '2025-09-26', recordedAt: at('09-26', '18:05') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'critical',
      summary:
        'At the UN General Assembly: hails the Israeli and US strikes on Iran; the Security Council must restore the snapback sanctions; Iran must not be allowed to rebuild its military nuclear capacity, and its enriched-uranium stockpile must be eliminated.',
    },
    [S.tribuneSep26, S.devdiscourseSep26],
  ),
  ev(
    'StatementMade',
    'stmt-iran-e3-sep27',
    { occurredAt: '2025-09-27', recordedAt: at('09-27', '18:00') },
    {
      speaker: IRAN_MFA,
      audience: 'e3',
      tone: 'critical',
      summary:
        'Recalls its ambassadors to Britain, France and Germany for consultations over their "irresponsible move"; Araghchi calls the snapback legally void.',
    },
    [S.rferlSep27],
  ),
  ev(
    'UltimatumResolved',
    'ult-snapback-enforced',
    { occurredAt: '2025-09-28T00:00:00Z', recordedAt: at('09-28', '10:00') },
    {
      ultimatumId: U.snapback,
      resolution: 'enforced',
      summary:
        'The UN sanctions on Iran are re-applied from 27 September, 20:00 EDT (arms embargo, enrichment ban, asset freezes, travel bans), after the Security Council rejected delays.',
    },
    [S.sunstarSep28],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-oct6',
    { occurredAt: '2025-10-06', recordedAt: at('10-07', '12:00') },
    {
      speaker: NETANYAHU,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'On Ben Shapiro\'s podcast: Iran is developing intercontinental ballistic missiles with an 8,000-kilometre range that would put New York, Washington, Boston, Miami and Mar-a-Lago "under their guns".',
    },
    [S.spacewarOct7],
  ),
  ev(
    'StatementMade',
    'stmt-araghchi-oct7',
    { occurredAt: '2025-10-07', recordedAt: at('10-07', '12:05') },
    {
      speaker: ARAGHCHI,
      audience: 'israel',
      tone: 'critical',
      summary: '"Israel is now attempting to turn our defensive power into a made-up threat."',
    },
    [S.spacewarOct7],
  ),
  ev(
    'StatementMade',
    'stmt-iaea-board-nov20',
    { occurredAt: '2025-11-20', recordedAt: at('11-20', '15:00') },
    {
      speaker: IAEA_BOARD,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Resolution drafted by the E3 and the United States (19 for, 3 against, 12 abstentions): Iran must "without delay" report on its enriched-uranium stockpile and give access to the facilities damaged in June.',
    },
    [S.presstvNov20],
    { note: 'Press TV dates the vote Thursday 20 November; other reports say Wednesday the 19th. Dated as cited.' },
  ),
  ev(
    'AgreementReached',
    'agr-cairo',
    { occurredAt: '2025-09', recordedAt: at('11-20', '16:00') },
    {
      agreementId: CAIRO,
      kind: 'framework',
      provisions: [
        'A technical framework for the resumption of IAEA inspections and monitoring in Iran, under terms set by Iran after the June attacks',
      ],
      signatories: ['iran', 'iaea'],
      textPublic: false,
    },
    [S.presstvNov20],
    {
      note: 'The Cairo understanding of Iran and the IAEA (Araghchi and Grossi, mediated by Egypt), recorded late, from the account of its end; the stored sources give the month, NIAC the 9th. Between Iran and a third party.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-cairo-withdrawn',
    { occurredAt: '2025-11-20', recordedAt: at('11-20', '16:05') },
    {
      agreementId: CAIRO,
      status: 'withdrawn',
      by: 'iran',
      reason:
        'Araghchi: the resolution is "illegal and unjustified"; Iran has notified the IAEA Director General that the Cairo understanding "is no longer valid and is considered terminated".',
    },
    [S.presstvNov20],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-iran-2025.jsonl',
  logEnd: '2025-12-01T00:00:00Z',
  events,
};

export default definition;
