/**
 * A test fixture, not a shipped example: NATO and the Federal Republic of Yugoslavia from NATO's activation order of
 * 13 October 1998 to the end of the air campaign and the Yugoslav withdrawal from Kosovo (20 June 1999), as an analyst
 * following the news could have recorded them — the activation orders and the Holbrooke–Milošević agreement, the
 * generals' warning and the ultimatum judged complied with (27 October), NATO's reaction to Račak (17 January) and
 * Solana's warning (28 January), the Rambouillet conference (6–23 February) and its deadline, the Paris talks that
 * ended without agreement (15–18 March), Holbrooke's last mission (22–23 March), the air campaign from 24 March, the
 * F-117 downed (27 March), the three US soldiers captured (31 March) and released (2 May), the strikes on Belgrade,
 * Niš and Kosovo, the Chinese embassy struck (7 May), the G8 principles (6 May), the Ahtisaari–Chernomyrdin mission
 * and Belgrade's acceptance (3 June), the military talks that broke down (7 June) and the Military Technical Agreement
 * at Kumanovo (9 June), the suspension of the bombing (10 June), and the withdrawal completed (20 June). Escalation
 * model v2 was never tuned on it: it is the case the model is held to in nato-yugoslavia-1999.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are NATO (the alliance as one actor: Solana, Clark, the North Atlantic Council) and Yugoslavia
 * (Milošević, the VJ and the police). The United States (Holbrooke) is a mediator from the opening; Russia
 * (Chernomyrdin) and Finland (Ahtisaari) mediators when they act. Third parties: the Kosovo Albanians (the KLA and the
 * Rambouillet delegation), the OSCE (the Kosovo Verification Mission, an observer), China (its embassy struck) and the
 * UN Security Council (an observer). Their own war with Belgrade (Račak included) is recorded in
 * yugoslavia-kosovo-1998.ts and is not copied here: only NATO's reaction to it is the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts).
 *
 * Grading as in examples/README.md: B = an established outlet (AP, BBC, CNN, RFE/RL, the New York Times, the Los
 * Angeles Times, the Chicago Tribune, Reuters copies, the US Defense Department's press service, NATO's own press
 * releases); C = an encyclopedia, an anniversary piece or a copy on a smaller site (Wikipedia, rks.news, telegraf.rs,
 * serbiandaily, it-blogger's copy of a wire story, the Solana statement on albania.dyndns.org); 2 = several sources
 * agree or one established source reports it; 3 = one side's claim, or a count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Retrospective pieces (anniversary articles, Wikipedia) are
 * given a lower bound from their own content: the day of the development they are cited for, as the Thailand – Laos
 * fixture does, so that the analyst is taken to have known it on its day from the press they summarise.
 *
 * Judgement calls, recorded as an analyst would:
 * - The October activation orders are an ultimatum (NATO to Yugoslavia: comply with resolution 1199, or limited air
 *   strikes and a phased air campaign "in approximately 96 hours"). NATO extended the deadline to 27 October on the
 *   16th (Universalis): recorded as the first ultimatum withdrawn and the same demand re-issued with the new deadline,
 *   resolved `complied` on the 27th, when NATO judged the withdrawal satisfactory and suspended it. The activation
 *   orders themselves stayed "in effect" (NATO, 17 January): that is in the January statement, not a new ultimatum.
 * - The Holbrooke–Milošević agreement (announced 13 October, "yet to be signed") is recorded as NATO's and
 *   Yugoslavia's agreement (its verification is NATO's air surveillance and the OSCE's mission), text agreed on the
 *   13th, signed by the 24th (resolution 1203 endorses the agreements Belgrade signed with NATO and the OSCE; the
 *   signing day is not in the sources read: approximate).
 * - Račak (15 January) is the Kosovo war's, between Belgrade's forces and Kosovo Albanians: not the pair's act. NATO's
 *   statement of 17 January (the activation orders "remain in effect", the generals sent to Belgrade) is recorded as
 *   a military threat.
 * - Rambouillet and Paris were talks between Belgrade and the Kosovo Albanians under the Contact Group: recorded as
 *   this negotiation's rounds, since NATO's demand (a NATO-led force in Kosovo) and its threat were what was at stake.
 *   Rambouillet is `adjourned` (23 February, the co-chairs' "political framework is now in place", a second round
 *   set); Paris is `collapsed` (18 March: "ended without success", the two delegations signing different texts).
 * - Holbrooke's last mission is an ultimatum by NATO through the US envoy (a "rough deadline of 24 hours", Deseret
 *   News / New York Times), `rejected` on 23 March, when he left and Solana ordered operations.
 * - Scale: no act is marked `major`. No source read calls any one night's strikes an offensive or a full-scale battle
 *   (the sources say "airstrikes", "wave after wave", "the heaviest night of attacks on the capital", "intensify");
 *   "large-scale military operation" (whlist.net) describes the 78 days, not an act. The campaign is heavy in the log
 *   by its places (each night's targets as reported) and by its tolls where a report gives one.
 * - Places are written one way: "Belgrade", "Pristina", "Niš", "Kosovo" (strikes the reports place only in Kosovo);
 *   the F-117 at "Budjanovci (Srem)". The border patrol at "Macedonian–Yugoslav border near Kumanovo".
 * - The three soldiers: a `detention` by Yugoslavia (with the brief firefight the sources report, recorded as a clash
 *   at the same place), ended by Yugoslavia's `release` on 2 May. NATO maintains they were seized on Macedonian soil;
 *   Serbian television said on the Yugoslav side.
 * - The Chinese embassy (7 May): NATO's strike against Yugoslavia that `harmed` China (3 killed); NATO said it did not
 *   target the embassy. The cluster bombs on Niš the same day: at least 15 killed (AP).
 * - Tolls: Yugoslavia's first-night count (10 killed, 38 wounded, AP) is its claim (graded 3). NATO's estimate of 5,000
 *   Yugoslav soldiers killed (3 June) and Milošević's of 462 soldiers and 114 police (10 June) are casualty reports over
 *   the campaign, each one side's claim (graded 3), neither read as an act.
 * - The end of the bombing: the Military Technical Agreement (a `ceasefire` agreement, signed 9 June, in force on the
 *   10th); the suspension of the bombing on 10 June is the ceasefire (day precision: its hour is not in the sources
 *   read). A Serbian anniversary piece (hirlistazo.hu) puts the last missile at 19:35 local time on 10 June at
 *   Uroševac, after the BBC's 15:54 GMT report of the suspension: not recorded (one late, uncorroborated claim). The
 *   last strikes recorded are those of the night of 6–7 June: no dated report of a strike on 8–10 June was read.
 * - Strikes on days between those recorded (the campaign was nightly) are not filled in: the record is thinner than the
 *   campaign (nothing recorded for 28 March – 2 April, 4–22 April, 9–29 May, 1–5 June but the acts listed).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'nato-yugoslavia-1999';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1999);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const NATO: Actor = {
  id: 'nato',
  name: 'NATO',
  kind: 'international-organisation',
  aliases: ['North Atlantic Treaty Organization', 'the Alliance', 'North Atlantic Council'],
};
const YUGOSLAVIA: Actor = {
  id: 'yugoslavia',
  name: 'Federal Republic of Yugoslavia',
  kind: 'state',
  aliases: ['FRY', 'Belgrade', 'Yugoslavia', 'Serbia'],
};
const UNITED_STATES: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const KOSOVO_ALBANIANS: Actor = {
  id: 'kosovo-albanians',
  name: 'Kosovo Albanians (KLA and the Rambouillet delegation)',
  kind: 'armed-group',
  aliases: ['KLA', 'UCK', 'Kosovo Liberation Army'],
};
const OSCE: Actor = {
  id: 'osce',
  name: 'OSCE (Kosovo Verification Mission)',
  kind: 'international-organisation',
  aliases: ['KVM'],
};
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing'] };
const FINLAND: Actor = { id: 'finland', name: 'Finland (EU envoy)', kind: 'state', aliases: ['Helsinki'] };
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
  aliases: ['Security Council'],
};

const SOLANA: Person = { name: 'Javier Solana', title: 'Secretary General of NATO', actorId: 'nato' };
const NAC: Person = { name: 'North Atlantic Council', actorId: 'nato' };
const CLARK_NAUMANN: Person = {
  name: 'Gen. Wesley Clark and Gen. Klaus Naumann',
  title: 'SACEUR and Chairman of the NATO Military Committee',
  actorId: 'nato',
};
const JACKSON: Person = { name: 'Lt. Gen. Michael Jackson', title: 'Commander, KFOR', actorId: 'nato' };
const MILOSEVIC: Person = { name: 'Slobodan Milošević', title: 'President of Yugoslavia', actorId: 'yugoslavia' };
const FRY_GOV: Person = { name: 'Government of Yugoslavia', actorId: 'yugoslavia' };

const S = {
  bbc981013: source(
    'Agreement in Belgrade',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/europe/192826.stm',
    '1998-10-13',
    'B',
    2,
  ),
  rfe981013: source(
    'Holbrooke announces agreement with Milosevic',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1089704.html',
    '1998-10-13',
    'B',
    2,
  ),
  solana981013: source(
    'Statement to the Press by the Secretary General following decision on the ACTORD (13 October 1998)',
    'NATO (copy on albania.dyndns.org)',
    'http://albania.dyndns.org/Special%20Kosovo/Chronologie/solana131098.htm',
    '1998-10-13',
    'C',
    2,
  ),
  nyt981013: source(
    'Kosovo Crisis Pushed To Brink: NATO Approves Bombing Order (The New York Times)',
    'Sun-Sentinel',
    'http://articles.sun-sentinel.com/1998-10-13/news/9810130021_1_nato-officials-nato-diplomats-nato-decision',
    '1998-10-13',
    'B',
    2,
  ),
  universalis: (day: string) =>
    source(
      '13-27 octobre 1998: Yougoslavie. Désamorçage de la crise au Kosovo',
      'Encyclopædia Universalis',
      'https://universalis.fr/evenement/13-27-octobre-1998-desamorcage-de-la-crise-au-kosovo',
      day,
      'C',
      2,
    ),
  nyt981024: source(
    'NATO To Warn Yugoslav Leader Of Air Attacks (The New York Times)',
    'Sun-Sentinel',
    'http://articles.sun-sentinel.com/1998-10-24/news/9810230708_1_yugoslav-army-milosevic-air-strikes',
    '1998-10-24',
    'B',
    2,
  ),
  nato990117: source(
    'Statement by the Secretary General on behalf of the North Atlantic Council (17 January 1999)',
    'NATO',
    'https://www.nato.int/docu/pr/1999/p99-003e.htm',
    '1999-01-17',
    'B',
    2,
  ),
  ap990128: source(
    'NATO Sends Warning to Kosovo',
    'Associated Press',
    'https://www.apnews.com/455ca4925aa2b8acfeaaa2cbd1d080d8',
    '1999-01-28',
    'B',
    2,
  ),
  rks: (day: string) =>
    source(
      '27 years since the Rambouillet Conference',
      'rks.news',
      'https://rks.news/27-years-since-the-rambouillet-conference',
      day,
      'C',
      2,
    ),
  rfe990219: source(
    'Yugoslavia: Peace Talks Falter As Milosevic Refuses To Meet U.S. Envoy',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1090593.html',
    '1999-02-19',
    'B',
    2,
  ),
  rambouilletWp: source(
    'Rambouillet Agreement: Negotiations (Wikipedia, via liquisearch)',
    'liquisearch (Wikipedia mirror)',
    'https://liquisearch.com/rambouillet_agreement/negotiations',
    '1999-02-23',
    'C',
    2,
  ),
  deseret990323: source(
    "Holbrooke's options on Kosovo were few, all of them unpalatable (The New York Times)",
    'Deseret News',
    'https://www.deseret.com/1999/3/23/19435984/holbrooke-s-options-on-kosovo-were-few-all-of-them-unpalatable/',
    '1999-03-23',
    'B',
    2,
  ),
  holbrooke990323: source(
    'Transcript: Holbrooke statement at NATO headquarters March 23',
    'US Department of State (archived copy)',
    'https://web.archive.org/web/20120111150207/http://www.usembassy-israel.org.il/publish/press/state/archive/1999/march/sd4324.htm',
    '1999-03-23',
    'B',
    2,
  ),
  ordered990323: source(
    'NATO orders military strikes against Yugoslavia – March 23, 1999',
    'it-blogger.net (copy of a wire report)',
    'https://it-blogger.net/nato-orders-military-strikes-against-yugoslavia-march-23-1999/',
    '1999-03-23',
    'C',
    2,
  ),
  ap990324: source(
    'NATO Bombings Under Way in Kosovo',
    'Associated Press',
    'https://www.apnews.com/a067ef86cda4b3b212ca2edef52cc071',
    '1999-03-24',
    'B',
    2,
  ),
  pocono990325: source(
    '40 targets hit during first wave (Associated Press)',
    'Pocono Record',
    'https://www.poconorecord.com/story/news/1999/03/25/40-targets-hit-during-first/51100365007/',
    '1999-03-25',
    'B',
    2,
  ),
  ap990325: source(
    'Yugoslavia Says 10 Killed, 38 Hurt',
    'Associated Press',
    'https://www.apnews.com/bb44aeddfde69a6effd1f02aab7d2757',
    '1999-03-25',
    'B',
    2,
  ),
  f117: source(
    'Serbian military marks anniversary of downing of US stealth plane',
    'N1',
    'https://rs.n1info.com/english/news/a471557-serbian-military-marks-anniversary-of-downing-of-us-stealth-plane/',
    '1999-03-27',
    'C',
    2,
  ),
  nationalInterest: source(
    'F-117 Stealth Fighter: How This Symbol of U.S. Air Power Was Beaten',
    'The National Interest',
    'https://nationalinterest.org/blog/reboot/f-117-stealth-fighter-how-symbol-us-air-power-was-beaten-209642?page=0%2C1',
    '1999-03-27',
    'C',
    2,
  ),
  capture: source(
    'März 1999 - US-Soldaten gefangen genommen',
    'was-war-wann.de',
    'https://www.was-war-wann.de/1900/1990/maerz-1999.html',
    '1999-03-31',
    'C',
    2,
  ),
  ap990403: source(
    'NATO Strikes Yugoslavia’s Capital',
    'Associated Press',
    'https://www.apnews.com/108a657114087ce9701589ef54c41e23',
    '1999-04-03',
    'B',
    2,
  ),
  rfe990423: source(
    'Yugoslavia: NATO Hits Serbian TV; Casualties Reported',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1091129.html',
    '1999-04-23',
    'B',
    2,
  ),
  serbianDaily990423: source(
    'On this day: April 23, 1999',
    'Serbian Daily',
    'https://serbiandaily.com/2022/04/23/on-this-day-april-23-1999/',
    '1999-04-23',
    'C',
    2,
  ),
  lubbock990502: source(
    'Deal set to free U.S. captives (Associated Press)',
    'Lubbock Avalanche-Journal',
    'http://lubbockonline.com/stories/050299/nat_050299083.shtml',
    '1999-05-02',
    'B',
    2,
  ),
  athens990502: source(
    'Three U.S. servicemen freed (Associated Press)',
    'Online Athens',
    'http://onlineathens.com/stories/050299/new_free.shtml',
    '1999-05-02',
    'B',
    2,
  ),
  rfe990502: source(
    'Yugoslavia: U.S. Soldiers Freed; 2 Jets Crash; Kosovo Bus Bombed',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1091206.html',
    '1999-05-02',
    'B',
    2,
  ),
  csm990507: source(
    "G-8's 'general principles' for solving Kosovo crisis",
    'The Christian Science Monitor',
    'https://csmonitor.com/layout/set/amphtml/1999/0507/p8s2.html',
    '1999-05-07',
    'B',
    2,
  ),
  ap990508: source(
    'NATO Hits China Embassy in Belgrade',
    'Associated Press',
    'https://www.apnews.com/9abf5b1470a214eb8ffdbbe3801c8df4',
    '1999-05-08',
    'B',
    2,
  ),
  lat990531: source(
    'Civilian Deaths in Airstrikes Erode NATO Credibility',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1999-may-31-mn-42793-story.html',
    '1999-05-31',
    'B',
    2,
  ),
  trib990603: source(
    'Belgrade Weighs Peace Plan',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1999-06-03/news/9906030179_1_nato-kosovo-force-yugoslav-president-slobodan-milosevic',
    '1999-06-03',
    'B',
    2,
  ),
  rfe990603: source(
    'Yugoslavia: Government, Parliament Accept Peace Plan',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1091465.html',
    '1999-06-03',
    'B',
    2,
  ),
  reuters990603: source(
    'Milosevic Accepts Peace Plan for Kosovo (Reuters)',
    'Asbarez',
    'http://asbarez.com/40010/milosevic-accepts-peace-plan-for-kosovo/',
    '1999-06-03',
    'B',
    2,
  ),
  trib990604: source(
    'Milosevic Accepts Stiff Terms From NATO',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1999-06-04/news/9906040114_1_serbian-leader-serbian-parliament-yugoslav-president-slobodan-milosevic',
    '1999-06-04',
    'B',
    2,
  ),
  ap990606: source(
    'Talks target Serb pullout (Associated Press)',
    'Lubbock Avalanche-Journal',
    'http://lubbockonline.com/stories/060699/wor_0606990006.shtml',
    '1999-06-06',
    'B',
    2,
  ),
  rfe990607: source(
    'NATO-Yugoslav military talks collapse (Kumanovo, 7 June 1999)',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1091485.html',
    '1999-06-07',
    'B',
    2,
  ),
  cnn990607: source(
    'NATO bombs Yugoslavia as troop withdrawal talks break off',
    'CNN',
    'http://www.cnn.com/WORLD/europe/9906/07/kosovo.03/',
    '1999-06-07',
    'B',
    2,
  ),
  cnn990609: source(
    'NATO, Yugoslavs hold marathon talks',
    'CNN',
    'http://edition.cnn.com/WORLD/europe/9906/09/kosovo.02/',
    '1999-06-09',
    'B',
    2,
  ),
  telegraf: source(
    'On this day in 1999, an agreement was signed which brought an end to NATO bombing',
    'Telegraf.rs',
    'https://telegraf.rs/amp/english/3510785-on-this-day-in-1999-an-agreement-was-signed-which-brought-an-end-to-nato-bombing',
    '1999-06-09',
    'C',
    2,
  ),
  kforDocs: source(
    'KFOR history: documents (Military Technical Agreement, UNSCR 1244)',
    'NATO Joint Force Command Naples',
    'https://jfcnaples.nato.int/kfor/about-us/history/documents',
    '1999-06-09',
    'B',
    2,
  ),
  rfe990610: source(
    'Yugoslavia: Solana Announces Halt To NATO Bombing Campaign',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1091513.html',
    '1999-06-10',
    'B',
    2,
  ),
  bbc990610: source(
    'Nato ends bombing',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/europe/365849.stm',
    '1999-06-10',
    'B',
    2,
  ),
  rfe990610b: source(
    'Yugoslavia: NATO Suspends Air Campaign',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1091517.html',
    '1999-06-10',
    'B',
    2,
  ),
  nato990620: source(
    'Statement by the NATO Secretary General (20 June 1999)',
    'NATO',
    'https://www.nato.int/docu/pr/1999/p99-101e.htm',
    '1999-06-20',
    'B',
    2,
  ),
  cnn990620: source(
    'NATO air war officially ends as Yugoslav troops leave Kosovo',
    'CNN',
    'http://edition.cnn.com/WORLD/europe/9906/20/kosovo.02/index.html',
    '1999-06-20',
    'B',
    2,
  ),
};

const P = {
  belgrade: 'Belgrade',
  pristina: 'Pristina',
  nis: 'Niš',
  kosovo: 'Kosovo',
  montenegro: 'Danilovgrad (Montenegro)',
  pancevo: 'Pančevo',
  budjanovci: 'Budjanovci (Srem)',
  border: 'Macedonian–Yugoslav border near Kumanovo',
  kursumlija: 'Kuršumlija',
  varvarin: 'Varvarin',
};
const D = { resolution1199: 'nato-comply-1199', rambouillet: 'nato-accept-rambouillet-force' };
const U = {
  actord: 'nato-actord-1998-10-13',
  actordExtended: 'nato-actord-extended-1998-10-16',
  holbrooke: 'nato-last-mission-1999-03-22',
};
const A = { october: 'holbrooke-milosevic-1998-10', mta: 'military-technical-agreement-1999-06-09' };
const R = {
  rambouillet: 'rambouillet-1999-02',
  paris: 'paris-1999-03',
  blace: 'military-talks-blace-kumanovo-1999-06-05',
  kumanovo: 'military-talks-kumanovo-1999-06-08',
};
const CF = { suspension: 'nato-suspension-1999-06-10' };
const INC = { soldiers: 'fry-detains-us-soldiers-1999-03-31' };

const events = [
  // ===== October 1998: the activation orders and the Holbrooke–Milošević agreement =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'NATO – Yugoslavia, from the activation orders to Kumanovo, 1998–99',
      subject:
        'NATO’s demands on Belgrade over Kosovo (resolution 1199, then the Rambouillet accords with a NATO-led force), its threats and its 78-day air campaign, the mediation of the United States, Russia and Finland, and the Military Technical Agreement and the Yugoslav withdrawal from Kosovo',
      parties: [NATO, YUGOSLAVIA],
      mediators: [UNITED_STATES],
    },
    [S.bbc981013],
  ),
  ev(
    'ActorRegistered',
    'actor-kosovo-albanians',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:01') },
    { actor: KOSOVO_ALBANIANS, role: 'third-party' },
    [S.universalis('1998-10-13')],
    { note: 'Belgrade’s adversary in Kosovo; its war is recorded in yugoslavia-kosovo-1998.ts.' },
  ),
  ev(
    'ActorRegistered',
    'actor-osce',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:02') },
    { actor: OSCE, role: 'observer' },
    [S.rfe981013],
    { note: 'The 2,000-strong Kosovo Verification Mission agreed by Belgrade.' },
  ),
  ev(
    'DemandTabled',
    'dem-1199',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:03') },
    {
      demandId: D.resolution1199,
      by: 'nato',
      addressedTo: ['yugoslavia'],
      text: 'Comply fully with Security Council resolution 1199: a ceasefire in Kosovo, military and special police forces withdrawn, humanitarian access, talks with the Kosovo Albanians.',
      category: 'security',
    },
    [S.solana981013, S.rfe981013],
  ),
  ev(
    'UltimatumIssued',
    'ult-actord',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:04') },
    {
      ultimatumId: U.actord,
      by: 'nato',
      to: ['yugoslavia'],
      demandIds: [D.resolution1199],
      deadline: '1998-10-17',
      consequences:
        'Activation orders (ACTORDs) for limited air strikes and a phased air campaign in Yugoslavia, "execution of which will begin in approximately 96 hours".',
    },
    [S.solana981013, S.nyt981013],
  ),
  ev(
    'AgreementReached',
    'agr-october',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:05') },
    {
      agreementId: A.october,
      kind: 'partial',
      provisions: [
        'Full compliance with resolution 1199: a ceasefire, forces withdrawn and the rest returned to garrison',
        'A 2,000-strong OSCE verification mission on the ground with freedom of movement',
        'Unrestricted NATO aerial surveillance over Kosovo by non-combat aircraft',
        'A timetable for talks giving Kosovo self-government and its own police',
      ],
      signatories: ['yugoslavia', 'nato'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.rfe981013, S.bbc981013],
    { note: 'Negotiated by Holbrooke; announced in Belgrade, "yet to be signed" (RFE/RL).' },
  ),
  ev(
    'PositionTaken',
    'pos-fry-1199',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:06') },
    {
      demandId: D.resolution1199,
      actorId: 'yugoslavia',
      stance: 'accepted',
      conditions: 'Kosovo remains part of Serbia (Milošević’s statement).',
      speaker: MILOSEVIC,
    },
    [S.rfe981013],
  ),
  ev(
    'UltimatumResolved',
    'ult-actord-withdrawn',
    { occurredAt: '1998-10-16', recordedAt: rec('1998-10-16', '18:00') },
    {
      ultimatumId: U.actord,
      resolution: 'withdrawn',
      summary: 'NATO extends its deadline to 27 October (re-issued with the new deadline).',
    },
    [S.universalis('1998-10-16')],
  ),
  ev(
    'UltimatumIssued',
    'ult-actord-extended',
    { occurredAt: '1998-10-16', recordedAt: rec('1998-10-16', '18:01') },
    {
      ultimatumId: U.actordExtended,
      by: 'nato',
      to: ['yugoslavia'],
      demandIds: [D.resolution1199],
      deadline: '1998-10-27',
      consequences: 'The activation orders for air strikes stay in force; strikes may be ordered after the deadline.',
    },
    [S.universalis('1998-10-16')],
  ),
  ev(
    'StatementMade',
    'stmt-generals-warning',
    { occurredAt: '1998-10-24', recordedAt: rec('1998-10-24', '12:00') },
    {
      speaker: CLARK_NAUMANN,
      audience: 'yugoslavia',
      tone: 'military-threat',
      summary:
        'NATO’s two top generals are sent to Belgrade to warn Milošević that they have authority to order air strikes after 8 p.m. on Tuesday 27 October unless troops and special police withdraw from Kosovo or return to barracks.',
    },
    [S.nyt981024],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-october-signed',
    { occurredAt: '1998-10-24', precision: 'approximate', recordedAt: rec('1998-10-24', '12:05') },
    {
      agreementId: A.october,
      status: 'signed',
      reason:
        'Resolution 1203 (24 October) endorses the agreements signed by Belgrade with the OSCE and NATO on ground and air verification.',
    },
    [S.universalis('1998-10-24')],
  ),
  ev(
    'UltimatumResolved',
    'ult-actord-complied',
    { occurredAt: '1998-10-27', recordedAt: rec('1998-10-27', '20:00') },
    {
      ultimatumId: U.actordExtended,
      resolution: 'complied',
      summary:
        'Judging the withdrawal of the Serbian forces over the past days satisfactory, NATO suspends its ultimatum.',
    },
    [S.universalis('1998-10-27')],
  ),
  // ===== January 1999: Račak and NATO's warnings =====
  ev(
    'StatementMade',
    'stmt-nac-racak',
    { occurredAt: '1999-01-17', recordedAt: rec('1999-01-17', '20:00') },
    {
      speaker: NAC,
      audience: 'yugoslavia',
      tone: 'military-threat',
      summary:
        'The Council condemns the massacre at Račak, demands that those responsible be brought to justice and that VJ and MUP forces be brought back to the levels committed to in October; it reaffirms that the activation orders for air operations remain in effect and sends SACEUR and the Chairman of the Military Committee to Belgrade to impress the gravity of the situation.',
      quote: 'It reaffirmed that the ACTORDS for air operations remain in effect.',
    },
    [S.nato990117],
  ),
  ev(
    'StatementMade',
    'stmt-solana-ready',
    { occurredAt: '1999-01-28', recordedAt: rec('1999-01-28', '18:00') },
    {
      speaker: SOLANA,
      audience: 'yugoslavia',
      tone: 'military-threat',
      summary:
        'Solana, for the North Atlantic Council, warns that the parties must begin negotiating immediately or face allied military action; Milošević must withdraw his forces to the October levels; NATO increases its military preparedness.',
      quote: 'NATO stands ready to act and rules out no option',
    },
    [S.ap990128],
  ),
  // ===== February 1999: Rambouillet =====
  ev(
    'TalksRoundOpened',
    'round-rambouillet-opened',
    { occurredAt: '1999-02-06', recordedAt: rec('1999-02-06', '18:00') },
    {
      roundId: R.rambouillet,
      label: 'Rambouillet conference',
      venue: 'Rambouillet, France',
      format: 'formal',
    },
    [S.rks('1999-02-06')],
    {
      note: 'Convened by the Contact Group; mediators Christopher Hill (US), Boris Mayorsky (Russia), Wolfgang Petritsch (EU).',
    },
  ),
  ev(
    'DemandTabled',
    'dem-rambouillet',
    { occurredAt: '1999-02-19', recordedAt: rec('1999-02-19', '20:00') },
    {
      demandId: D.rambouillet,
      by: 'nato',
      addressedTo: ['yugoslavia'],
      text: 'Grant the Kosovo Albanians substantial autonomy and accept a NATO force of up to 30,000 to enforce the settlement.',
      category: 'security',
    },
    [S.rfe990219],
  ),
  ev(
    'StatementMade',
    'stmt-nato-threat-feb',
    { occurredAt: '1999-02-19', recordedAt: rec('1999-02-19', '20:01') },
    {
      speaker: NAC,
      audience: 'yugoslavia',
      tone: 'military-threat',
      summary:
        'NATO threatens air strikes unless Belgrade accepts the settlement by the deadline, noon on 20 February; EU countries urge their citizens to leave Yugoslavia and Western embassies evacuate non-essential staff.',
    },
    [S.rfe990219],
  ),
  ev(
    'StatementMade',
    'stmt-milosevic-bombed',
    { occurredAt: '1999-02-19', recordedAt: rec('1999-02-19', '20:02') },
    {
      speaker: MILOSEVIC,
      audience: 'nato',
      tone: 'critical',
      summary:
        'Milošević refuses to discuss the talks with the US envoy and says he would rather have Serbia bombed than give up Kosovo.',
    },
    [S.rfe990219],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rambouillet-concluded',
    { occurredAt: '1999-02-23', recordedAt: rec('1999-02-23', '20:00') },
    {
      roundId: R.rambouillet,
      outcome: 'adjourned',
      summary:
        'The co-chairmen state that a consensus on substantial autonomy and a political framework is in place, leaving the implementation chapters (the international military presence) to be finalised; Belgrade refuses NATO troops.',
      nextSteps: 'A second round in Paris from 15 March.',
    },
    [S.rambouilletWp, S.rks('1999-02-23')],
  ),
  // ===== March 1999: Paris, the last mission, the orders =====
  ev(
    'TalksRoundOpened',
    'round-paris-opened',
    { occurredAt: '1999-03-15', recordedAt: rec('1999-03-15', '18:00') },
    { roundId: R.paris, label: 'Paris talks (Kléber)', venue: 'Paris', format: 'formal' },
    [S.rks('1999-03-15')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-paris-concluded',
    { occurredAt: '1999-03-18', recordedAt: rec('1999-03-18', '20:00') },
    {
      roundId: R.paris,
      outcome: 'collapsed',
      summary:
        'The talks end without success: the Kosovo delegation signs the agreement offered by the mediators, the Serbian delegation only its own political draft.',
    },
    [S.rks('1999-03-18')],
  ),
  ev(
    'PositionTaken',
    'pos-fry-rambouillet-rejected',
    { occurredAt: '1999-03-18', recordedAt: rec('1999-03-18', '20:01') },
    {
      demandId: D.rambouillet,
      actorId: 'yugoslavia',
      stance: 'rejected',
      conditions: 'No NATO troops in Kosovo or passing through Serbia; any international force under the UN.',
    },
    [S.rks('1999-03-18')],
  ),
  ev(
    'MediationAction',
    'med-holbrooke-last',
    { occurredAt: '1999-03-22', recordedAt: rec('1999-03-23', '20:00') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Holbrooke, sent by NATO’s Secretary General with the US administration’s support, goes to Belgrade to persuade Milošević to accept the agreement and the deployment of international troops.',
    },
    [S.rks('1999-03-22'), S.holbrooke990323],
  ),
  ev(
    'UltimatumIssued',
    'ult-last-mission',
    { occurredAt: '1999-03-22', recordedAt: rec('1999-03-23', '20:01') },
    {
      ultimatumId: U.holbrooke,
      by: 'nato',
      to: ['yugoslavia'],
      demandIds: [D.rambouillet],
      deadline: '1999-03-23',
      consequences: 'NATO air strikes: the Secretary General has the authority to order them once the envoy leaves.',
      channel: 'Via US envoy Richard Holbrooke (a rough deadline of 24 hours)',
    },
    [S.deseret990323],
  ),
  ev(
    'UltimatumResolved',
    'ult-last-mission-rejected',
    { occurredAt: '1999-03-23', recordedAt: rec('1999-03-23', '21:00') },
    {
      ultimatumId: U.holbrooke,
      resolution: 'rejected',
      summary:
        'After two rounds of meetings Milošević gives no commitment; Holbrooke leaves Belgrade and hands the matter back to NATO ("It\'s NATO\'s issue").',
    },
    [S.holbrooke990323, S.deseret990323],
  ),
  ev(
    'StatementMade',
    'stmt-solana-orders',
    { occurredAt: '1999-03-23', recordedAt: rec('1999-03-23', '21:01') },
    {
      speaker: SOLANA,
      audience: 'yugoslavia',
      tone: 'military-threat',
      summary: 'Solana directs General Clark to initiate air operations against Yugoslavia.',
      quote:
        'All efforts to achieve a negotiated political solution to the Kosovo crisis have failed and no alternative is open but to take military action',
    },
    [S.ordered990323],
  ),
  ev(
    'IncidentReported',
    'inc-fry-imminent-war',
    { occurredAt: '1999-03-23', recordedAt: rec('1999-03-23', '21:02') },
    {
      incidentId: 'fry-imminent-threat-of-war-1999-03-23',
      kind: 'force-posture',
      perpetrator: 'yugoslavia',
      against: 'nato',
      description:
        'The Yugoslav government declares a state of "imminent threat of war" by NATO forces: mobilisation of troops, the army on high alert.',
    },
    [S.ordered990323],
  ),
  // ===== 24 March – June 1999: the air campaign =====
  ev(
    'IncidentReported',
    'inc-first-night-pristina',
    { occurredAt: '1999-03-24T18:55:00Z', recordedAt: rec('1999-03-25', '06:00') },
    {
      incidentId: 'nato-strikes-pristina-1999-03-24',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.pristina,
      description:
        'NATO launches air and cruise missile strikes: four heavy blasts in Pristina, three around Slatina airport; the city is plunged into darkness.',
    },
    [S.ap990324, S.pocono990325],
  ),
  ev(
    'IncidentReported',
    'inc-first-night-belgrade',
    { occurredAt: '1999-03-24T19:00:00Z', precision: 'approximate', recordedAt: rec('1999-03-25', '06:01') },
    {
      incidentId: 'nato-strikes-belgrade-1999-03-24',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.belgrade,
      description:
        'More than a dozen explosions around Belgrade, near the Batajnica military airport and a power plant.',
    },
    [S.ap990324, S.pocono990325],
  ),
  ev(
    'IncidentReported',
    'inc-first-night-pancevo',
    { occurredAt: '1999-03-24T19:00:00Z', precision: 'approximate', recordedAt: rec('1999-03-25', '06:02') },
    {
      incidentId: 'nato-strikes-pancevo-1999-03-24',
      kind: 'missile-strike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.pancevo,
      description: 'Four missiles strike a military aircraft plant at Pančevo, destroying several small aircraft.',
    },
    [S.pocono990325],
  ),
  ev(
    'IncidentReported',
    'inc-first-night-montenegro',
    { occurredAt: '1999-03-24T19:00:00Z', precision: 'approximate', recordedAt: rec('1999-03-25', '06:03') },
    {
      incidentId: 'nato-strikes-danilovgrad-1999-03-24',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.montenegro,
      fatalities: { min: 1, max: 1 },
      injured: { min: 3, max: 3 },
      description:
        'An army barracks at Danilovgrad in Montenegro is hit and set ablaze; one soldier killed, three wounded.',
    },
    [S.pocono990325],
  ),
  ev(
    'IncidentReported',
    'inc-first-night-toll',
    { occurredAt: '1999-03-25', recordedAt: rec('1999-03-25', '18:00') },
    {
      incidentId: 'fry-toll-first-night-1999-03-25',
      kind: 'casualty-report',
      perpetrator: 'nato',
      against: 'yugoslavia',
      allegedBy: 'yugoslavia',
      period: { from: '1999-03-24', to: '1999-03-25' },
      fatalities: { min: 10, max: 10 },
      injured: { min: 38, max: 38 },
      description:
        'Yugoslavia says 10 people were killed and 38 wounded in the first night of strikes on more than 50 targets.',
    },
    [graded(S.ap990325, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-f117',
    { occurredAt: '1999-03-27T19:42:00Z', recordedAt: rec('1999-03-28', '08:00') },
    {
      incidentId: 'fry-downs-f117-1999-03-27',
      kind: 'clash',
      perpetrator: 'yugoslavia',
      against: 'nato',
      place: P.budjanovci,
      description:
        'A Yugoslav S-125 missile battery shoots down a US F-117A stealth bomber flying in NATO’s campaign; it crashes near Budjanovci; the pilot is rescued.',
    },
    [S.f117, S.nationalInterest],
  ),
  ev(
    'IncidentReported',
    'inc-border-firefight',
    { occurredAt: '1999-03-31', recordedAt: rec('1999-04-01', '08:00') },
    {
      incidentId: 'fry-ambush-us-patrol-1999-03-31',
      kind: 'clash',
      perpetrator: 'yugoslavia',
      against: 'nato',
      place: P.border,
      description:
        'Yugoslav forces ambush a US Army patrol of three soldiers in an armoured vehicle near the border; the soldiers radio for help before they are taken.',
    },
    [S.capture],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-detained',
    { occurredAt: '1999-03-31', recordedAt: rec('1999-04-01', '08:01') },
    {
      incidentId: INC.soldiers,
      kind: 'detention',
      perpetrator: 'yugoslavia',
      against: 'nato',
      target: 'Three US soldiers of the NATO force in Macedonia (Stone, Ramirez, Gonzales)',
      place: P.border,
      description:
        'The Yugoslav army captures the three soldiers; NATO says they were on Macedonian soil, Serbian television that they were on the Yugoslav side. They are shown on Yugoslav television and held in Belgrade.',
    },
    [S.capture],
  ),
  ev(
    'IncidentReported',
    'inc-belgrade-interior',
    { occurredAt: '1999-04-02T23:00:00Z', precision: 'approximate', recordedAt: rec('1999-04-03', '12:00') },
    {
      incidentId: 'nato-strikes-interior-ministries-1999-04-03',
      kind: 'missile-strike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.belgrade,
      description:
        'The first NATO strike on downtown Belgrade destroys the Yugoslav and Serbian interior ministry buildings; no one is reported wounded.',
    },
    [S.ap990403],
  ),
  ev(
    'ActorRegistered',
    'actor-russia',
    { occurredAt: '1999-04-22', recordedAt: rec('1999-04-23', '12:00') },
    { actor: RUSSIA, role: 'mediator' },
    [S.rfe990423],
    { note: 'Viktor Chernomyrdin, Russia’s envoy.' },
  ),
  ev(
    'MediationAction',
    'med-chernomyrdin-belgrade',
    { occurredAt: '1999-04-22', recordedAt: rec('1999-04-23', '12:01') },
    {
      mediator: 'russia',
      action: 'visited',
      summary:
        'Chernomyrdin holds day-long talks with Milošević in Belgrade and says he made "important compromises", agreeing to a UN-controlled international presence in Kosovo; Washington and London say it falls far short of NATO’s demands.',
    },
    [S.rfe990423],
  ),
  ev(
    'IncidentReported',
    'inc-rts',
    { occurredAt: '1999-04-23T00:06:00Z', recordedAt: rec('1999-04-23', '12:02') },
    {
      incidentId: 'nato-strikes-rts-1999-04-23',
      kind: 'missile-strike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.belgrade,
      fatalities: { min: 15, max: 16 },
      civilianFatalities: { min: 15, max: 16 },
      description:
        'NATO strikes the headquarters of Serbian state television in Belgrade (RTS), which it calls a legitimate target; at least 15 killed (Yugoslav officials), 16 employees by later counts.',
    },
    [S.rfe990423, S.serbianDaily990423],
  ),
  ev(
    'IncidentReported',
    'inc-nis-0423',
    { occurredAt: '1999-04-23', recordedAt: rec('1999-04-23', '12:03') },
    {
      incidentId: 'nato-strikes-nis-1999-04-23',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.nis,
      description: 'The western part of Niš and Niška Banja are struck with 20 projectiles.',
    },
    [S.serbianDaily990423],
  ),
  ev(
    'IncidentReported',
    'inc-kursumlija-0423',
    { occurredAt: '1999-04-23', recordedAt: rec('1999-04-23', '12:04') },
    {
      incidentId: 'nato-strikes-kursumlija-1999-04-23',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.kursumlija,
      description:
        'The centre of Kuršumlija is struck; the Belaćevac mine and Slatina airport in Kosovo are struck again.',
    },
    [S.serbianDaily990423],
  ),
  ev(
    'StatementMade',
    'stmt-washington-conditions',
    { occurredAt: '1999-04-23', recordedAt: rec('1999-04-23', '12:05') },
    {
      speaker: NAC,
      audience: 'yugoslavia',
      tone: 'military-threat',
      summary:
        'At the Washington summit NATO’s heads of state or government set the conditions for suspending the air strikes: an end to all military action and violence in Kosovo, withdrawal of all forces, an international military presence, the return of refugees, and a political framework on the basis of Rambouillet.',
    },
    [S.serbianDaily990423],
  ),
  ev(
    'IncidentReported',
    'inc-kosovo-bus',
    { occurredAt: '1999-05-01', recordedAt: rec('1999-05-02', '10:00') },
    {
      incidentId: 'nato-strikes-bus-kosovo-1999-05-01',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.kosovo,
      description:
        'NATO admits it accidentally bombed a bus in Kosovo, possibly killing 60 (no count confirmed); the strikes go on through the 39th night.',
    },
    [S.rfe990502, S.athens990502],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-released',
    { occurredAt: '1999-05-02', recordedAt: rec('1999-05-02', '10:01') },
    {
      incidentId: 'fry-releases-us-soldiers-1999-05-02',
      kind: 'release',
      perpetrator: 'yugoslavia',
      against: 'nato',
      place: P.border,
      description:
        'After 32 days of captivity the three soldiers are handed over to Jesse Jackson in Belgrade and cross into Croatia; Milošević "took the decision in support of Jesse Jackson’s peace efforts" (Tanjug) and sends a letter offering Clinton a meeting. US officials say the bombing goes on.',
    },
    [S.athens990502, S.lubbock990502, S.rfe990502],
  ),
  ev(
    'MediationAction',
    'med-g8-principles',
    { occurredAt: '1999-05-06', recordedAt: rec('1999-05-07', '10:00') },
    {
      mediator: 'russia',
      action: 'proposed',
      summary:
        'The G8 foreign ministers (Russia with the NATO states among them) adopt general principles for a political solution: an end to violence, withdrawal of military, police and paramilitary forces, international civil and security presences endorsed by the UN, an interim administration, the return of refugees.',
    },
    [S.csm990507],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '1999-05-07', recordedAt: rec('1999-05-08', '06:00') },
    { actor: CHINA, role: 'third-party' },
    [S.ap990508],
    { note: 'A permanent member of the Security Council, opposed to the bombing; its embassy in Belgrade is struck.' },
  ),
  ev(
    'IncidentReported',
    'inc-chinese-embassy',
    { occurredAt: '1999-05-07T22:00:00Z', precision: 'approximate', recordedAt: rec('1999-05-08', '06:01') },
    {
      incidentId: 'nato-strikes-chinese-embassy-1999-05-07',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      harmed: 'china',
      place: P.belgrade,
      fatalities: { min: 2, max: 3 },
      civilianFatalities: { min: 2, max: 3 },
      description:
        'In the heaviest night of attacks on Belgrade so far (the army headquarters and government buildings hit), NATO missiles strike the Chinese embassy; Xinhua reports two killed and two missing (three journalists dead by later counts). NATO says it did not intend to target the embassy and regrets it.',
    },
    [S.ap990508],
  ),
  ev(
    'IncidentReported',
    'inc-nis-cluster',
    { occurredAt: '1999-05-07', recordedAt: rec('1999-05-08', '06:02') },
    {
      incidentId: 'nato-cluster-bombs-nis-1999-05-07',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.nis,
      fatalities: { min: 15, max: 15 },
      civilianFatalities: { min: 15, max: 15 },
      description: 'Allied cluster bombs rip through civilian areas of Niš, reportedly killing at least 15 people.',
    },
    [graded(S.ap990508, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-varvarin',
    { occurredAt: '1999-05-30', recordedAt: rec('1999-05-31', '08:00') },
    {
      incidentId: 'nato-strikes-varvarin-bridge-1999-05-30',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.varvarin,
      fatalities: { min: 9, max: 9 },
      civilianFatalities: { min: 9, max: 9 },
      injured: { min: 28, max: 28 },
      description:
        'Low-flying NATO bombers destroy the bridge at Varvarin at midday, killing at least nine civilians; a later strike in Kosovo kills a driver in a journalists’ convoy. NATO calls the bridge a legitimate target.',
    },
    [S.lat990531],
  ),
  ev(
    'IncidentReported',
    'inc-kosovo-0530',
    { occurredAt: '1999-05-30', recordedAt: rec('1999-05-31', '08:01') },
    {
      incidentId: 'nato-strike-convoy-kosovo-1999-05-30',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.kosovo,
      fatalities: { min: 1, max: 1 },
      description: 'An airstrike in Kosovo wounds two European journalists and kills a driver in their convoy.',
    },
    [S.lat990531],
  ),
  // ===== June 1999: the envoys, the acceptance, Kumanovo =====
  ev(
    'ActorRegistered',
    'actor-finland',
    { occurredAt: '1999-06-02', recordedAt: rec('1999-06-03', '06:00') },
    { actor: FINLAND, role: 'mediator' },
    [S.trib990603],
    { note: 'President Martti Ahtisaari, the European Union’s envoy.' },
  ),
  ev(
    'MediationAction',
    'med-envoys-belgrade',
    { occurredAt: '1999-06-02', recordedAt: rec('1999-06-03', '06:01') },
    {
      mediator: 'finland',
      action: 'visited',
      summary:
        'Ahtisaari and Chernomyrdin deliver NATO’s peace terms, agreed in Bonn with US envoy Strobe Talbott, to Milošević in Belgrade: not to negotiate them but to explain them.',
    },
    [S.trib990603],
  ),
  ev(
    'IncidentReported',
    'inc-belgrade-0602',
    { occurredAt: '1999-06-02', recordedAt: rec('1999-06-03', '06:02') },
    {
      incidentId: 'nato-strikes-belgrade-suburbs-1999-06-02',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.belgrade,
      description:
        'On the 71st day of attacks in Kosovo and Serbia, explosions rock Belgrade’s suburbs, further damaging the power grid.',
    },
    [S.trib990603],
  ),
  ev(
    'PositionTaken',
    'pos-fry-accepts',
    { occurredAt: '1999-06-03', recordedAt: rec('1999-06-03', '18:00') },
    {
      demandId: D.rambouillet,
      actorId: 'yugoslavia',
      stance: 'accepted',
      conditions:
        'The plan brought by the EU and Russian envoys: all Yugoslav forces out of Kosovo, an international security presence under UN auspices with NATO at its core, the refugees’ return; accepted by the Serbian parliament (136–74) and the government, "confirming" Yugoslavia’s sovereignty (Tanjug).',
      speaker: FRY_GOV,
    },
    [S.rfe990603, S.reuters990603],
  ),
  ev(
    'IncidentReported',
    'inc-belgrade-0603',
    { occurredAt: '1999-06-03', recordedAt: rec('1999-06-04', '08:00') },
    {
      incidentId: 'nato-strikes-belgrade-tv-1999-06-03',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.belgrade,
      description:
        'NATO planes attack a television station in Belgrade four times, hours after Belgrade accepts the plan.',
    },
    [S.trib990604],
  ),
  ev(
    'IncidentReported',
    'inc-kosovo-0603',
    { occurredAt: '1999-06-03', recordedAt: rec('1999-06-04', '08:01') },
    {
      incidentId: 'nato-strikes-kosovo-units-1999-06-03',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.kosovo,
      description:
        'NATO drops bombs on Serbian units in Kosovo; Clinton says the bombing goes on until a verifiable withdrawal.',
    },
    [S.trib990604],
  ),
  ev(
    'IncidentReported',
    'inc-nato-estimate',
    { occurredAt: '1999-06-03', recordedAt: rec('1999-06-04', '08:02') },
    {
      incidentId: 'nato-estimate-fry-military-dead-1999-06-03',
      kind: 'casualty-report',
      perpetrator: 'nato',
      against: 'yugoslavia',
      allegedBy: 'nato',
      period: { from: '1999-03-24', to: '1999-06-03' },
      fatalities: { min: 5000, max: 5000 },
      injured: { min: 10000, max: 10000 },
      description:
        'NATO gives its first estimate of Yugoslav military casualties: 5,000 members of the armed forces killed, more than 10,000 wounded.',
    },
    [graded(S.reuters990603, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-blace-opened',
    { occurredAt: '1999-06-05', recordedAt: rec('1999-06-06', '08:00') },
    {
      roundId: R.blace,
      label: 'NATO–Yugoslav military talks on the withdrawal (Blace, then Kumanovo)',
      venue: 'Blace and Kumanovo, Macedonia',
      format: 'technical',
      delegations: [{ actorId: 'nato', head: JACKSON }, { actorId: 'yugoslavia' }],
    },
    [S.ap990606],
  ),
  ev(
    'TalksRoundConcluded',
    'round-blace-collapsed',
    { occurredAt: '1999-06-07', recordedAt: rec('1999-06-07', '12:00') },
    {
      roundId: R.blace,
      outcome: 'collapsed',
      summary:
        'Three days of talks collapse early on 7 June: Jackson says the Yugoslav proposals are inconsistent with the agreement accepted by Belgrade; a channel of communication stays open.',
    },
    [S.rfe990607],
  ),
  ev(
    'StatementMade',
    'stmt-jackson-intensify',
    { occurredAt: '1999-06-07', recordedAt: rec('1999-06-07', '12:01') },
    {
      speaker: JACKSON,
      audience: 'yugoslavia',
      tone: 'military-threat',
      summary:
        'NATO has no alternative but to continue and intensify its air campaign until Belgrade implements the agreement "fully and without ambiguity".',
    },
    [S.rfe990607],
  ),
  ev(
    'IncidentReported',
    'inc-kosovo-0607',
    { occurredAt: '1999-06-06T22:00:00Z', precision: 'approximate', recordedAt: rec('1999-06-07', '12:02') },
    {
      incidentId: 'nato-strikes-western-kosovo-1999-06-07',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'yugoslavia',
      place: P.kosovo,
      description:
        'NATO jets strike western Kosovo overnight; B-52 bombers drop bombs on Yugoslav army positions near the Albanian border; air raid sirens in Belgrade, Pančevo and Novi Sad on the 76th day.',
    },
    [S.rfe990607, S.cnn990607],
  ),
  ev(
    'TalksRoundOpened',
    'round-kumanovo-opened',
    { occurredAt: '1999-06-08T19:30:00Z', recordedAt: rec('1999-06-09', '10:00') },
    {
      roundId: R.kumanovo,
      label: 'NATO–Yugoslav military talks, Kumanovo (resumed)',
      venue: 'Kumanovo, Macedonia',
      format: 'technical',
      delegations: [{ actorId: 'nato', head: JACKSON }, { actorId: 'yugoslavia' }],
    },
    [S.cnn990609],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kumanovo-concluded',
    { occurredAt: '1999-06-09', recordedAt: rec('1999-06-09', '22:00') },
    {
      roundId: R.kumanovo,
      outcome: 'agreement',
      summary: 'The Military Technical Agreement is signed at the Kumanovo airfield.',
    },
    [S.telegraf, S.kforDocs],
    { occurrence: 'mta-signed-1999-06-09' },
  ),
  ev(
    'AgreementReached',
    'agr-mta',
    { occurredAt: '1999-06-09', recordedAt: rec('1999-06-09', '22:01') },
    {
      agreementId: A.mta,
      kind: 'ceasefire',
      provisions: [
        'A cessation of hostilities between NATO and the Yugoslav forces, the bombing ended once Yugoslavia complies',
        'The phased withdrawal of all Yugoslav military and police forces from Kosovo within 11 days',
        'A 25 km air safety zone and a 5 km ground safety zone beyond Kosovo’s boundary',
        'The deployment of the international security force (KFOR)',
      ],
      signatories: ['nato', 'yugoslavia'],
      textPublic: true,
      roundId: R.kumanovo,
      status: 'signed',
    },
    [S.telegraf, S.kforDocs],
    { occurrence: 'mta-signed-1999-06-09' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-suspension',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-10', '16:00') },
    {
      ceasefireId: CF.suspension,
      parties: ['nato', 'yugoslavia'],
      scope:
        'Solana instructs General Clark to suspend NATO’s air operations against Yugoslavia, the full withdrawal of the Yugoslav forces having begun under the Military Technical Agreement',
      duration: 'indefinite',
    },
    [S.rfe990610, S.bbc990610],
    { occurrence: 'nato-suspends-bombing-1999-06-10' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-mta-in-force',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-10', '16:01') },
    {
      agreementId: A.mta,
      status: 'in-force',
      reason: 'The withdrawal has begun as agreed; NATO suspends the bombing.',
    },
    [S.rfe990610],
    { occurrence: 'nato-suspends-bombing-1999-06-10' },
  ),
  ev(
    'StatementMade',
    'stmt-solana-suspension',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-10', '16:02') },
    {
      speaker: SOLANA,
      audience: 'yugoslavia',
      tone: 'warning',
      summary:
        'Announcing the suspension, Solana urges all parties to seize the opportunity for peace: the Yugoslav forces must withdraw, armed Kosovar groups demilitarise; NATO stands ready to resume bombing if Yugoslav forces deviate from the agreement.',
      quote: 'Violence or non-compliance by any party will not be tolerated.',
    },
    [S.bbc990610, S.rfe990610],
  ),
  ev(
    'StatementMade',
    'stmt-milosevic-address',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-10', '20:00') },
    {
      speaker: MILOSEVIC,
      audience: 'public',
      tone: 'neutral',
      summary:
        'In his first address since the strikes began, Milošević says the international forces entering Kosovo will serve peace under the UN and calls for national unity to rebuild the country; he says 462 soldiers and 114 police were killed.',
    },
    [S.rfe990610b, S.bbc990610],
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-10', '22:00') },
    { actor: UNSC, role: 'observer' },
    [S.kforDocs],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-1244',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-10', '22:01') },
    {
      actorId: 'un-security-council',
      counterparts: ['nato', 'yugoslavia'],
      kind: 'support',
      summary:
        'Resolution 1244 (14–0, China abstaining) welcomes Yugoslavia’s acceptance of the principles, demands an end to violence and a rapid withdrawal, and decides to deploy international civil and security presences in Kosovo under UN auspices.',
    },
    [S.kforDocs],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-complete',
    { occurredAt: '1999-06-20', recordedAt: rec('1999-06-20', '20:00') },
    {
      incidentId: 'fry-withdrawal-kosovo-1999-06-20',
      kind: 'withdrawal',
      perpetrator: 'yugoslavia',
      against: 'nato',
      place: P.kosovo,
      description:
        'All Yugoslav military and police forces have left Kosovo in compliance with the Military Technical Agreement, some 11 hours before the deadline (KFOR commander, with the exception of a few stragglers).',
    },
    [S.nato990620, S.cnn990620],
  ),
  ev(
    'StatementMade',
    'stmt-solana-terminates',
    { occurredAt: '1999-06-20', recordedAt: rec('1999-06-20', '20:01') },
    {
      speaker: SOLANA,
      audience: 'yugoslavia',
      tone: 'neutral',
      summary:
        'Informed by SACEUR that all Yugoslav forces have departed Kosovo, Solana terminates with immediate effect the air campaign suspended on 10 June, and calls on all parties to comply with the agreement and resolution 1244.',
    },
    [S.nato990620, S.cnn990620],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'nato-yugoslavia-1999.jsonl',
  logEnd: '1999-07-31T00:00:00Z',
  events,
};

export default definition;
