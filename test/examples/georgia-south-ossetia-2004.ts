/**
 * A test fixture, not a shipped example: Georgia and the de-facto authorities
 * of South Ossetia (Eduard Kokoity) in 2004, as an analyst following the news
 * could have recorded them — Saakashvili's campaign against smuggling and the
 * extra interior-ministry troops sent into the conflict zone at Tkviavi and
 * pulled out the same day (31 May), the Ergneti market closed (late May –
 * early June), the Russian peacekeepers' convoy seized by Georgian troops (7
 * July) and the Georgian peacekeepers disarmed and held by South Ossetian
 * forces at Vanati (8–9 July), the exchanges of fire of July and of August
 * around Tskhinvali and the Georgian villages, the deaths, the ceasefires
 * agreed at the Joint Control Commission (13 August, 17 August) and broken,
 * Georgia's capture of the heights on 19 August and its withdrawal from them,
 * the ceasefire the JCC dates to 20 August, the grenade fire on Tamarasheni
 * (19 September), the four Georgian peacekeepers held overnight (23–24
 * September), the JCC sessions of October and November, and the Sochi
 * agreement of 5 November 2004 on demilitarising the zone. Escalation model
 * v2 was never tuned on it: it is the case the model is held to in
 * georgia-south-ossetia-2004.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * Separate from georgia-russia-2006.ts and georgia-russia-2008.ts (other
 * pairs, other years): nothing of theirs is recorded here.
 *
 * The parties are Georgia and South Ossetia (a de-facto authority). Russia is
 * a mediator (it co-chairs the Joint Control Commission, the forum, and hosted
 * the Sochi meeting); the OSCE Mission to Georgia is an observer (it sits in
 * the JCC and monitors the zone); the Joint Peacekeeping Forces (Russian,
 * Georgian and North Ossetian battalions under Russian command) are a third
 * party. North Ossetia, the fourth member of the JCC, is not registered: no
 * source read gives it an act of its own.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded retrospectively,
 * one minute apart.
 *
 * Grading as in examples/README.md: B = an established outlet (RFE/RL, Civil
 * Georgia, the Caucasian Knot, Deutsche Welle, BBC via a mirror) or the JCC's
 * own protocols as published by a Georgian legal database (rrc.ge); C = a copy
 * of a wire story on another site (Pravda.Ru's RIA Novosti and Reuters copies,
 * the AFP copy on islamweb, the Interfax copies on a mailing list and in
 * Asbarez, the CACI Analyst's digest of Interfax). 1 = a document both parties
 * signed; 2 = several sources agree or one established source reports it; 3 =
 * one side's claim, or a toll the sides dispute.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Ergneti market (late May – early June) is not recorded as a
 *   `border-closure`: Georgia closed a smuggling market on its own side of the
 *   line, not a crossing, and no source read says people were stopped from
 *   crossing; the South Ossetian protest at it is recorded (dated when Civil
 *   Georgia places the closure, `approximate`). The roads into Tskhinvali
 *   "blocked since 3 p.m." on 7 July (Kokoity) are an armed unit at the city's
 *   entry (the Caucasian Knot), recorded as a `force-posture`, not a closed
 *   border: no source gives how long it lasted.
 * - The detentions, as the sources tell them. 7 July: Georgian interior
 *   troops seize the Russian peacekeepers' convoy (ten trucks, up to 40
 *   escorting troops, about 300 helicopter rockets) near Tkviavi / Kekhvi
 *   (sources name both villages); the escort is not reported held. Eight
 *   trucks are handed back the same day and the two with arms confiscated and
 *   taken to Tbilisi: a `detention` by Georgia against Russia (a mediator, not
 *   the other party) and its `release` the same day. 8 July: South Ossetian
 *   forces disarm and hold 30–50 Georgian peacekeepers / police at Vanati
 *   (RFE/RL: 38; Georgia: 50; the Caucasian Knot's report of the evening of
 *   7 July already has "a group of 30" held on the by-pass road, so the night
 *   of 7–8 July; dated 8 July, `approximate`); released to the Russian
 *   peacekeepers at Vanati on 9 July. Three Georgians still held in Tskhinvali
 *   on 9 July were, by Georgia's own account, arrested before the raid; no
 *   source read dates their release, so they are not recorded. 23–24
 *   September: four Georgian peacekeepers who lost their way, held by Russian
 *   and South Ossetian peacekeepers and handed to the South Ossetian
 *   authorities (so a detention by South Ossetia), released in the morning.
 * - Exchanges of fire whose side is not given (Nikozi, 9 July) are recorded
 *   with the side that reported them as the one fired on, only to give them a
 *   direction. Each side's account of the same night is recorded as its own
 *   act when each names the other as firing (11–12 August).
 * - One place, written one way: "Tskhinvali" for the shelling of the town and
 *   its suburbs; "Eredvi" for the Georgian village east of it; "Sarabuki" for
 *   the Ossetian-held village north of it; "Tamarasheni" for the Georgian
 *   village north of it; "the heights near Tskhinvali (Java road)" for the
 *   positions Georgia took on 19 August and gave up. The shelling of the
 *   evening of 18 August is placed by its source only in "the Tskhinvali
 *   conflict area": recorded at "Tskhinvali conflict area (Georgian
 *   positions)".
 * - Tolls: 11–12 August, three Georgians killed near Eredvi (RFE/RL, Civil
 *   Georgia), a fourth by Rustavi 2 (a mortar on a hospital at Tamarasheni):
 *   3–4. 16 August: two Georgians killed (Civil Georgia via DW); Georgia claims
 *   its counter-fire killed about 15 Ossetian fighters (unconfirmed, B3): 0–15.
 *   18 August: three Georgian servicemen killed, seven wounded (the Georgian
 *   MoD via Interfax, correcting an earlier six). 19 August: Okruashvili's
 *   eight "Cossacks" found dead on the heights, denied by South Ossetia: 0–8.
 *   RFE/RL's "at least 12 Georgian soldiers" killed in the week to 20 August is
 *   a `casualty-report` over the period.
 * - Scale: no act is marked `major`. The sources of 19 August say Georgian
 *   troops "launched an attack", "attacked and took over several positions"
 *   and "overran" them; none names an offensive, a full-scale battle or an
 *   invasion.
 * - The ceasefires: the JCC's extraordinary session at Tskhinvali–Ergneti
 *   agrees a ceasefire from 00:00 on 14 August (Protocol No. 36; the minutes
 *   signed for Georgia and South Ossetia), violated by dawn; the JCC
 *   co-chairs and Prime Minister Zhvania agree a second in Tbilisi on 17
 *   August (it supersedes the first), broken by the shelling of 18 August and
 *   the assault of 19 August; the JCC's Protocol No. 38 says the ceasefire
 *   that held was "established in the conflict zone on August 20 ... through
 *   the efforts of the Joint Control Commission": recorded as a third,
 *   declared on 20 August, superseding the second. The Sochi statement of 5
 *   November binds the sides "to strictly fulfill the achieved agreement on
 *   ceasefire": recorded as that ceasefire extended.
 * - South Ossetia's demand of 12 August that Georgia stop shelling Tskhinvali
 *   "within 30 minutes" or it would "eliminate the illegal armed groups" is an
 *   ultimatum (RIA Novosti via Civil Georgia; no hour is given, so no
 *   deadline is recorded); no source reports it enforced: recorded as lapsed
 *   when the ceasefire was agreed the next day.
 * - The withdrawal from the heights: Saakashvili said on 19 August he would
 *   rather pull back; the AFP says Tbilisi "later pulled out its troops, which
 *   were replaced by Russian peacekeepers", and the Georgian peacekeepers'
 *   commander said on the morning of 20 August that the heights "occupied the
 *   day before" had been handed over during a peaceful night: dated the
 *   evening of 19 August, `approximate`.
 * - Left out for want of a dated source: the convoy of the Prime Minister
 *   attacked (Civil Georgia, 14 August, no day given), the Georgian
 *   Parliament's demand that the Russian peacekeepers leave (aimed at Russia),
 *   the pull-out of Georgia's non-peacekeeping troops (only "since" in a
 *   September report), the skirmishes whose "sharp reduction" the JCC notes in
 *   November (no date or place), and anything in December 2004 (none found).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'georgia-south-ossetia-2004';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2004);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T14:00:00Z');

const GEORGIA: Actor = { id: 'georgia', name: 'Georgia', kind: 'state', aliases: ['Tbilisi'] };
const SOUTH_OSSETIA: Actor = {
  id: 'south-ossetia',
  name: 'South Ossetia (de-facto authorities)',
  kind: 'de-facto-authority',
  aliases: ['Tskhinvali', 'Republic of South Ossetia', 'RSO', 'Tskhinvali region'],
};
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'Russian Federation'] };
const OSCE: Actor = {
  id: 'osce',
  name: 'OSCE Mission to Georgia',
  kind: 'international-organisation',
  aliases: ['Organization for Security and Co-operation in Europe'],
};
const JPKF: Actor = {
  id: 'jpkf',
  name: 'Joint Peacekeeping Forces',
  kind: 'international-organisation',
  aliases: ['JPKF', 'Mixed Peacekeeping Force', 'CIS peacekeepers in South Ossetia'],
};

const KOKOITY: Person = {
  name: 'Eduard Kokoity',
  title: 'De-facto President of South Ossetia',
  actorId: 'south-ossetia',
};
const SO_AUTHORITIES: Person = { name: 'South Ossetian de-facto authorities', actorId: 'south-ossetia' };
const ZHVANIA: Person = { name: 'Zurab Zhvania', title: 'Prime Minister of Georgia', actorId: 'georgia' };
const SAAKASHVILI: Person = { name: 'Mikheil Saakashvili', title: 'President of Georgia', actorId: 'georgia' };
const OKRUASHVILI: Person = { name: 'Irakli Okruashvili', title: 'Interior Minister of Georgia', actorId: 'georgia' };
const KHAINDRAVA: Person = {
  name: 'Giorgi Khaindrava',
  title: 'State Minister for Conflict Resolution, Georgian co-chair of the JCC',
  actorId: 'georgia',
};

const S = {
  rfe0531: source(
    'Georgia Withdraws Troops From South Ossetia',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1053065.html',
    '2004-05-31',
    'B',
    2,
  ),
  ria0612: source(
    'South Ossetian president denies weapons deliveries, accuses Georgia and the OSCE (RIA Novosti, 12 June 2004)',
    'RIA Novosti (Sputnik archive)',
    'https://sputnikglobe.com/20040612/39762794.html',
    '2004-06-12',
    'C',
    2,
  ),
  civilErgneti: source(
    'Closing of the Ergneti market and customs revenues (Civil Georgia, 1 September 2004)',
    'Civil Georgia',
    'https://old.civil.ge/eng/article.php?id=7734',
    '2004-09-01',
    'B',
    2,
  ),
  civilConvoy: source(
    'Georgian troops seize Russian peacekeepers’ trucks loaded with arms (Civil Georgia, 7 July 2004)',
    'Civil Georgia',
    'https://old.civil.ge/eng/article.php?id=7277',
    '2004-07-07',
    'B',
    2,
  ),
  pravdaConvoy: source(
    'Russian embassy in Georgia looking into peacekeeping incident in South Ossetia',
    'Pravda.Ru (RIA Novosti)',
    'https://english.pravda.ru/news/world/57988-n/',
    '2004-07-07',
    'C',
    2,
  ),
  ck0707: source(
    "S. Ossetia views Georgian military's actions as invasion",
    'Caucasian Knot',
    'https://caucasianknot.info/newstext/engnews/id/682112.html',
    '2004-07-07',
    'B',
    2,
  ),
  rfe0708: source(
    'South Ossetia Gradually Releasing Georgian Soldiers',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1053757.html',
    '2004-07-08',
    'B',
    2,
  ),
  rfe0709: source(
    'Separatist forces in South Ossetia due to release 38 Georgian soldiers (RFE/RL, 9 July 2004)',
    'Radio Free Europe/Radio Liberty',
    'https://rferl.org/amp/1053762.html',
    '2004-07-09',
    'B',
    2,
  ),
  bbc0709: source(
    'Georgian police freed in Ossetia',
    'BBC News (mirror)',
    'https://bbctodays.pages.dev/2/hi/europe/3879491.stm',
    '2004-07-09',
    'B',
    2,
  ),
  civil0709: source(
    'Georgian Soldiers Released',
    'Civil Georgia',
    'https://oldwp.civil.ge/archives/115615',
    '2004-07-09',
    'B',
    2,
  ),
  interfax0716: source(
    'Cossacks, Abkhazians leave S. Ossetia - Saakashvili (Interfax, 16 July 2004)',
    'Interfax (copy on the lbo-talk list)',
    'http://mailman.lbo-talk.org/2004/2004-July/015677.html',
    '2004-07-17',
    'C',
    2,
  ),
  civil0811: source(
    'Shellings Continue in Tskinvali',
    'Civil Georgia',
    'https://oldwp.civil.ge/?p=115844',
    '2004-08-11',
    'B',
    2,
  ),
  rfe0812: source(
    'Three Killed In Shooting In South Ossetia',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1054278.html',
    '2004-08-12',
    'B',
    2,
  ),
  civil0812: source(
    'Three Georgians Dead in Overnight Shelling in South Ossetia',
    'Civil Georgia',
    'https://oldwp.civil.ge/archives/115838/amp',
    '2004-08-12',
    'B',
    2,
  ),
  prot36: source(
    'Protocol No. 36 of the extraordinary meeting of the Joint Control Commission on Georgian-Ossetian conflict resolution, Tskhinvali-Ergneti, 13-14 August 2004',
    'Joint Control Commission (rrc.ge legal database)',
    'http://rrc.ge/law/prot_36_2004_13_08_E.htm?lawid=1629&lng_3=en',
    '2004-08-14',
    'B',
    1,
  ),
  civil0814: source(
    'Ceasefire Agreement Violated in South Ossetian Conflict Area',
    'Civil Georgia',
    'https://oldwp.civil.ge/archives/115871/amp',
    '2004-08-14',
    'B',
    2,
  ),
  dw0816: source(
    'Georgien meldet erneut Kämpfe in Südossetien',
    'Deutsche Welle (Civil Georgia digest)',
    'https://amp.dw.com/de/georgien-meldet-erneut-k%C3%A4mpfe-in-s%C3%BCdossetien/a-1299259',
    '2004-08-16',
    'B',
    2,
  ),
  civil0817: source(
    'Sides Agree on Ceasefire, Demilitarization',
    'Civil Georgia',
    'https://oldwp.civil.ge/archives/115881',
    '2004-08-17',
    'B',
    2,
  ),
  caci0819: source(
    'News Digest (19 August 2004 issue)',
    'Central Asia-Caucasus Analyst (Interfax digest)',
    'https://cacianalyst.org/publications/news-digest.html?start=1664',
    '2004-08-19',
    'C',
    2,
  ),
  civil0819: source(
    'Georgian Troops Take Over South Ossetian Strongholds',
    'Civil Georgia',
    'https://old.civil.ge/eng/_print.php?id=7657',
    '2004-08-19',
    'B',
    2,
  ),
  afp0820: source(
    'Georgia shows off force in separatist S. Ossetia, sparks Russian ire',
    'Agence France-Presse (copy on islamweb.net)',
    'https://islamweb.net/en/ramadan/article/69210/georgia-shows-off-force-in-separatist-s-ossetia-sparks-russian-ire',
    '2004-08-20',
    'C',
    2,
  ),
  pravda0820: source(
    'Georgia takes a step backward in South Ossetia',
    'Pravda.Ru (Reuters, RFE/RL)',
    'https://english.pravda.ru/news/russia/58662-n/',
    '2004-08-20',
    'C',
    2,
  ),
  rfe0820: source(
    'Russia and the United States welcome Georgia’s pullback from South Ossetia (RFE/RL, 20 August 2004)',
    'Radio Free Europe/Radio Liberty',
    'https://rferl.org/amp/1054412.html',
    '2004-08-20',
    'B',
    2,
  ),
  civil0919: source(
    'More Shelling Reported in South Ossetia',
    'Civil Georgia',
    'https://civil.ge/archives/116089',
    '2004-09-19',
    'B',
    3,
  ),
  rfe0924: source(
    'South Ossetia Releases Georgian Peacekeepers',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/amp/1055005.html',
    '2004-09-24',
    'B',
    2,
  ),
  prot38: source(
    'Annex No. 1 to Protocol No. 38, JCC meeting of 30 September – 2 October 2004: decision on the implementation of the previous JCC decisions on ceasefire and withdrawal of illegal armed units',
    'Joint Control Commission (rrc.ge legal database)',
    'http://rrc.ge/law/danprot38_2004_30_09_E.htm?lawid=1639&lng_3=en',
    '2004-10-02',
    'B',
    1,
  ),
  civilSochi: source(
    'Tbilisi, Tskhinvali Agree on Disarmament',
    'Civil Georgia',
    'https://oldwp.civil.ge/archives/106526/amp',
    '2004-11-05',
    'B',
    2,
  ),
  sochiStatement: source(
    'Statement on the results of the meeting of Z. Zhvania and E. Kokoiti, Sochi, 5 November 2004',
    'rrc.ge legal database',
    'http://rrc.ge/law/Statem_2004_11_05_e.htm?lawid=677&lng_3=en',
    '2004-11-05',
    'B',
    1,
  ),
  asbarezSochi: source(
    'Zhvania Kokoity Meeting in Sochi',
    'Asbarez (Interfax)',
    'http://asbarez.com/50935/zhvania-kokoity-meeting-in-sochi/',
    '2004-11-05',
    'C',
    2,
  ),
  civil1115: source(
    'South Ossetian, Georgian Sides Begin Dismantling Fortifications',
    'Civil Georgia',
    'https://oldwp.civil.ge/archives/106589',
    '2004-11-15',
    'B',
    2,
  ),
  prot40: source(
    'Protocol No. 40 of the meeting of co-chairmen of the Joint Control Commission for the Georgian-Ossetian conflict settlement, 19-20 November 2004, Vladikavkaz',
    'Joint Control Commission (rrc.ge legal database)',
    'http://rrc.ge/law/Protoc_2004_11_19_e.htm?lawid=1234&lng_3=en',
    '2004-11-20',
    'B',
    1,
  ),
  civil1120: source(
    'State Minister Speaks of Three-Step Demilitarization Plan',
    'Civil Georgia',
    'https://civil.ge/archives/106633',
    '2004-11-20',
    'B',
    2,
  ),
};

const P = {
  tkviavi: 'Tkviavi checkpoint (conflict zone)',
  convoy: 'Tkviavi–Kekhvi road (conflict zone)',
  vanati: 'Vanati',
  nikozi: 'Nikozi',
  tskhinvali: 'Tskhinvali',
  eredvi: 'Eredvi',
  sarabuki: 'Sarabuki',
  tamarasheni: 'Tamarasheni',
  area: 'Tskhinvali conflict area (Georgian positions)',
  heights: 'the heights near Tskhinvali (Java road)',
  zone: 'South Ossetian conflict zone (place not given)',
};
const R = {
  jccMoscow: 'jcc-moscow-2004-07',
  jccErgneti: 'jcc-tskhinvali-ergneti-2004-08-13',
  jccTbilisi: 'jcc-tbilisi-2004-08-17',
  jccOct: 'jcc-2004-09-30',
  sochi: 'sochi-2004-11-05',
  jccVladikavkaz: 'jcc-vladikavkaz-2004-11-19',
};
const A = {
  jccJuly: 'jcc-protocol-2004-07-15',
  cf13: 'jcc-ceasefire-minutes-2004-08-13',
  cf17: 'jcc-ceasefire-2004-08-17',
  sochi: 'sochi-agreement-2004-11-05',
};
const CF = {
  aug14: 'ceasefire-2004-08-14',
  aug17: 'ceasefire-2004-08-17',
  aug20: 'ceasefire-2004-08-20',
};
const D = { stopShelling: 'so-stop-shelling-tskhinvali' };
const U = { thirtyMinutes: 'so-thirty-minutes-2004-08-12' };
const O = {
  jccJuly: 'jcc-moscow-july-protocol',
  aug13: 'jcc-ceasefire-aug-13',
  aug14sniper: 'sniper-aug-14',
  aug16: 'eredvi-aug-16',
  aug17: 'jcc-ceasefire-aug-17',
  aug18: 'shelling-aug-18',
  aug20: 'ceasefire-aug-20',
  sep19: 'tamarasheni-sep-19',
  oct: 'jcc-october',
  sochi: 'sochi-nov-5',
  vladikavkaz: 'jcc-vladikavkaz-nov',
};

const events = [
  // ===== May – June 2004: the troops at Tkviavi, Ergneti =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2004-05-31'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Georgia – South Ossetia, the crisis of summer 2004 and the Sochi agreement',
      subject:
        'Georgia’s campaign against smuggling through the South Ossetian conflict zone (the Ergneti market, interior-ministry checkpoints and troops), the detentions on both sides, the fighting around Tskhinvali in July and August 2004, the ceasefires agreed in the Joint Control Commission, and the demilitarisation of the zone agreed in Sochi on 5 November 2004',
      parties: [GEORGIA, SOUTH_OSSETIA],
      mediators: [RUSSIA],
    },
    [S.rfe0531],
    { note: 'Russia co-chairs the Joint Control Commission (the forum) with Georgia, South and North Ossetia.' },
  ),
  ev('ActorRegistered', 'actor-osce', when('2004-05-31'), { actor: OSCE, role: 'observer' }, [S.ria0612], {
    note: 'The OSCE Mission to Georgia sits in the JCC and monitors the conflict zone.',
  }),
  ev('ActorRegistered', 'actor-jpkf', when('2004-05-31'), { actor: JPKF, role: 'third-party' }, [S.pravdaConvoy], {
    note: 'Russian, Georgian and North Ossetian battalions under Russian command, deployed since 1992.',
  }),
  ev(
    'IncidentReported',
    'inc-tkviavi-troops',
    when('2004-05-31'),
    {
      incidentId: 'georgia-troops-tkviavi-2004-05-31',
      kind: 'force-posture',
      perpetrator: 'georgia',
      against: 'south-ossetia',
      place: P.tkviavi,
      description:
        'Georgia sends extra interior-ministry troops into the conflict zone at the Tkviavi checkpoint, less than 10 km from Tskhinvali, after reports that the Russian peacekeepers meant to dismantle its anti-smuggling checkpoints; they are withdrawn hours later, once the peacekeepers’ command says the checkpoints stay (South Ossetia: about a thousand troops and eight helicopters).',
    },
    [S.rfe0531, S.ria0612],
  ),
  ev(
    'StatementMade',
    'stmt-kokoity-force',
    when('2004-05-31'),
    {
      speaker: KOKOITY,
      audience: 'georgia',
      tone: 'military-threat',
      summary:
        'Kokoity says on Russian NTV that he has ordered his militia to respond with force if Georgian troops try to invade South Ossetia; his spokeswoman calls the deployment "pure provocation".',
    },
    [S.rfe0531],
  ),
  ev(
    'StatementMade',
    'stmt-so-ergneti',
    when('2004-06-02', 'approximate'),
    {
      speaker: SO_AUTHORITIES,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'The South Ossetian authorities protest at Georgia’s closing of the Ergneti market in the conflict zone (late May – early June), the main trading place for goods from Russia, which Tbilisi calls a smuggling centre costing it USD 120 million a year.',
    },
    [S.civilErgneti],
  ),
  ev(
    'StatementMade',
    'stmt-kokoity-0612',
    when('2004-06-12'),
    {
      speaker: KOKOITY,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'In Moscow, Kokoity denies that weapons entered South Ossetia from Russia ("humanitarian cargo"), says Georgia has still not dismantled the strongpoints it set up in the zone without the JCC’s agreement, and accuses Georgia and the OSCE of destabilising South Ossetia.',
    },
    [S.ria0612],
  ),
  // ===== July 2004: the convoy, Vanati, the JCC in Moscow =====
  ev(
    'IncidentReported',
    'inc-convoy-seized',
    when('2004-07-07T01:00:00Z'),
    {
      incidentId: 'georgia-seizes-jpkf-convoy-2004-07-07',
      kind: 'detention',
      perpetrator: 'georgia',
      against: 'russia',
      target:
        'A convoy of ten Russian peacekeepers’ trucks (fuel, uniforms, tents, radios, about 300 helicopter rockets), escorted by up to 40 Russian troops',
      place: P.convoy,
      description:
        'At about 05:00 Moscow time Georgian police and interior troops under Okruashvili stop and seize the convoy on its way from Vladikavkaz to Tskhinvali; Georgia says the arms cannot be for peacekeeping, Russia that the JCC authorised the transfer on 2 July.',
    },
    [S.civilConvoy, S.pravdaConvoy],
  ),
  ev(
    'IncidentReported',
    'inc-convoy-returned',
    when('2004-07-07T12:00:00Z', 'approximate'),
    {
      incidentId: 'georgia-returns-jpkf-trucks-2004-07-07',
      kind: 'release',
      perpetrator: 'georgia',
      against: 'russia',
      target: 'Eight of the ten trucks',
      place: P.convoy,
      description:
        'Eight trucks are handed back to the Russian peacekeepers; the two loaded with arms are confiscated and driven to Tbilisi after a half-hour stand-off with Russian troops near Eredvi.',
    },
    [S.pravdaConvoy],
  ),
  ev(
    'StatementMade',
    'stmt-kokoity-war',
    when('2004-07-07T17:00:00Z'),
    {
      speaker: KOKOITY,
      audience: 'georgia',
      tone: 'military-threat',
      summary:
        'Kokoity calls the seizure an armed invasion of South Ossetia: "Georgia may be viewed as having declared war on us. In case aggression begins, we will take all necessary measures to defend our land."',
      quote: 'Georgia may be viewed as having declared war on us.',
    },
    [S.ck0707],
  ),
  ev(
    'IncidentReported',
    'inc-roads-blocked',
    when('2004-07-07T11:00:00Z'),
    {
      incidentId: 'so-blocks-roads-tskhinvali-2004-07-07',
      kind: 'force-posture',
      perpetrator: 'south-ossetia',
      against: 'georgia',
      place: P.tskhinvali,
      description:
        'From 15:00 local time an Ossetian armed unit blocks the road at the entry to Tskhinvali; Kokoity says all roads leading to South Ossetia are blocked.',
    },
    [S.ck0707],
  ),
  ev(
    'IncidentReported',
    'inc-vanati-detention',
    when('2004-07-08', 'approximate'),
    {
      incidentId: 'so-detains-georgian-peacekeepers-vanati-2004-07-08',
      kind: 'detention',
      perpetrator: 'south-ossetia',
      against: 'georgia',
      target: '30–50 Georgian peacekeepers / interior-ministry police (RFE/RL: 38; Georgia: 50)',
      place: P.vanati,
      description:
        'Armed South Ossetian forces enter the ethnic Georgian village of Vanati and disarm and detain the Georgian unit stationed there without a shot fired; they are taken to Tskhinvali and shown kneeling on television.',
    },
    [S.rfe0708, S.ck0707, S.bbc0709],
  ),
  ev(
    'IncidentReported',
    'inc-checkpoint-0708',
    when('2004-07-08', 'approximate'),
    {
      incidentId: 'so-attacks-georgian-checkpoint-2004-07-08',
      kind: 'clash',
      perpetrator: 'south-ossetia',
      allegedBy: 'georgia',
      against: 'georgia',
      target: 'A Georgian peacekeeping checkpoint',
      place: P.zone,
      injured: { min: 2, max: 2 },
      description:
        'A Georgian peacekeeping checkpoint comes under attack and two Georgian soldiers are wounded in a clash with South Ossetian forces (Tbilisi’s account).',
    },
    [S.rfe0708, S.rfe0709],
  ),
  ev(
    'StatementMade',
    'stmt-zhvania-0708',
    when('2004-07-08'),
    {
      speaker: ZHVANIA,
      audience: 'south-ossetia',
      tone: 'accusation',
      summary:
        'Zhvania calls the raid "an unprecedented, insolent provocation" and promises immediate action to free the men, while stressing that the policy of the government is peaceful dialogue with South Ossetia.',
      quote: 'an unprecedented, insolent provocation',
    },
    [S.rfe0708],
  ),
  ev(
    'IncidentReported',
    'inc-vanati-release',
    when('2004-07-09', 'approximate'),
    {
      incidentId: 'so-releases-georgian-peacekeepers-vanati-2004-07-09',
      kind: 'release',
      perpetrator: 'south-ossetia',
      against: 'georgia',
      target: 'The Georgian unit held since the Vanati raid',
      place: P.vanati,
      description:
        'The men are freed in the morning into the hands of the Russian peacekeepers at Vanati, with the OSCE present, and handed to the Georgian authorities (three other Georgians, arrested before the raid, stay in Tskhinvali).',
    },
    [S.bbc0709, S.civil0709],
  ),
  ev(
    'IncidentReported',
    'inc-nikozi-0709',
    when('2004-07-09', 'approximate'),
    {
      incidentId: 'nikozi-clash-2004-07-09',
      kind: 'clash',
      perpetrator: 'south-ossetia',
      against: 'georgia',
      place: P.nikozi,
      description:
        'Fresh clashes between Georgian and South Ossetian forces in the Georgian village of Nikozi; no casualties (the side that fired first is not given: recorded as fire on the side that reported it).',
    },
    [S.bbc0709],
  ),
  ev(
    'StatementMade',
    'stmt-okruashvili-0709',
    when('2004-07-09'),
    {
      speaker: OKRUASHVILI,
      audience: 'south-ossetia',
      tone: 'threat',
      summary:
        'Okruashvili: "We\'ll force the South Ossetian leader to regret that he put our servicemen on their knees before the eyes of the entire Georgian people."',
      quote: "We'll force the South Ossetian leader to regret that he put our servicemen on their knees",
    },
    [S.bbc0709],
  ),
  ev(
    'TalksRoundOpened',
    'round-jcc-moscow-open',
    when('2004-07-14'),
    {
      roundId: R.jccMoscow,
      label: 'Joint Control Commission session, Moscow',
      format: 'formal',
      venue: 'Moscow',
      hosts: ['russia'],
    },
    [S.interfax0716],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jcc-moscow-concluded',
    when('2004-07-15'),
    {
      roundId: R.jccMoscow,
      outcome: 'agreement',
      summary:
        'The delegations of Georgia, Russia, South and North Ossetia and the OSCE sign a protocol: armed conflict is to be prevented and the sides withdraw all units whose presence in the zone is not authorised.',
    },
    [S.interfax0716],
    { occurrence: O.jccJuly },
  ),
  ev(
    'AgreementReached',
    'agr-jcc-july',
    when('2004-07-15'),
    {
      agreementId: A.jccJuly,
      kind: 'partial',
      provisions: [
        'An armed conflict is to be prevented',
        'The conflicting parties withdraw all units whose presence in the conflict zone is not authorised',
      ],
      signatories: ['georgia', 'south-ossetia', 'russia'],
      textPublic: false,
      roundId: R.jccMoscow,
    },
    [S.interfax0716],
    { occurrence: O.jccJuly },
  ),
  // ===== August 2004: three nights of fire, the first ceasefire =====
  ev(
    'IncidentReported',
    'inc-shelling-0811',
    when('2004-08-11T03:00:00Z', 'approximate'),
    {
      incidentId: 'georgian-fire-on-tskhinvali-2004-08-11',
      kind: 'shelling',
      perpetrator: 'georgia',
      allegedBy: 'jpkf',
      against: 'south-ossetia',
      place: P.tskhinvali,
      injured: { min: 2, max: 2 },
      description:
        'Overnight fire on Tskhinvali and its surroundings, halted at 07:35; the JPKF headquarters says the Georgian side fired from Tamarasheni, Vanati and Prisi with artillery, mortars and machine guns; South Ossetia reports two wounded.',
    },
    [S.civil0811],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-eredvi-0812',
    when('2004-08-12T00:00:00Z', 'approximate'),
    {
      incidentId: 'so-shelling-eredvi-2004-08-12',
      kind: 'shelling',
      perpetrator: 'south-ossetia',
      allegedBy: 'georgia',
      against: 'georgia',
      place: P.eredvi,
      fatalities: { min: 3, max: 4 },
      description:
        'Overnight shelling of the Georgian villages, mostly from Ossetian-held Sarabuki: three Georgians killed near Eredvi and several wounded (Georgian police); Rustavi 2 reports a fourth killed when a mortar shell hit a hospital in the Tamarasheni area.',
    },
    [S.rfe0812, S.civil0812],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-tskhinvali-0812',
    when('2004-08-12T00:00:00Z', 'approximate'),
    {
      incidentId: 'georgian-shelling-tskhinvali-2004-08-12',
      kind: 'shelling',
      perpetrator: 'georgia',
      allegedBy: 'south-ossetia',
      against: 'south-ossetia',
      place: P.tskhinvali,
      description:
        'South Ossetia says Tskhinvali and the surrounding villages were heavily shelled by the Georgian side overnight, the second night running.',
    },
    [graded(S.civil0812, 3), graded(S.rfe0812, 3)],
  ),
  ev(
    'DemandTabled',
    'demand-stop-shelling',
    when('2004-08-12'),
    {
      demandId: D.stopShelling,
      by: 'south-ossetia',
      addressedTo: ['georgia'],
      text: 'Stop the shelling of Tskhinvali',
      category: 'security',
    },
    [S.civil0812],
  ),
  ev(
    'UltimatumIssued',
    'ult-thirty-minutes',
    when('2004-08-12'),
    {
      ultimatumId: U.thirtyMinutes,
      by: 'south-ossetia',
      to: ['georgia'],
      demandIds: [D.stopShelling],
      consequences:
        'Unless the shelling of Tskhinvali stops within 30 minutes, South Ossetia will "eliminate the illegal armed groups" that have filtered into the conflict area (RIA Novosti; no hour given).',
    },
    [S.civil0812],
  ),
  ev(
    'StatementMade',
    'stmt-saakashvili-0811',
    when('2004-08-11T19:00:00Z', 'approximate'),
    {
      speaker: SAAKASHVILI,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Saakashvili says he is doing everything possible to prevent a "large-scale conflict" with South Ossetia.',
    },
    [S.rfe0812],
  ),
  ev(
    'TalksRoundOpened',
    'round-jcc-ergneti-open',
    when('2004-08-13'),
    {
      roundId: R.jccErgneti,
      label: 'Extraordinary session of the Joint Control Commission, Tskhinvali–Ergneti',
      format: 'formal',
      venue: 'Tskhinvali and Ergneti',
      hosts: ['russia'],
    },
    [S.prot36],
    { occurrence: O.aug13 },
  ),
  ev(
    'TalksRoundConcluded',
    'round-jcc-ergneti-concluded',
    when('2004-08-13'),
    {
      roundId: R.jccErgneti,
      outcome: 'agreement',
      summary:
        'A ceasefire from 00:00 on 14 August (minutes signed by Zhvania and Kokoity); the heads of the sides’ forces agree to open the Ergneti–Kekhvi road and the Tskhinvali–Dmenisi and Tskhinvali–Vanati roads, to settle within three days the posts and units deployed without the JCC’s agreement around Kurta–Eredvi–Sarabuki–Kekhvi, and a JPKF post at Sarabuki.',
    },
    [S.prot36, S.civil0814],
    { occurrence: O.aug13 },
  ),
  ev(
    'AgreementReached',
    'agr-cf13',
    when('2004-08-13'),
    {
      agreementId: A.cf13,
      kind: 'ceasefire',
      provisions: [
        'The Georgian and South Ossetian sides cease fire from 00:00 on 14 August 2004',
        'Open the Ergneti–Kekhvi section of the Transcaucasian road and the Tskhinvali–Dmenisi and Tskhinvali–Vanati roads, patrolled by the JPKF',
        'Within three days, move the posts and withdraw the armed units deployed without the agreement of the JCC and the JPKF command',
      ],
      signatories: ['georgia', 'south-ossetia'],
      textPublic: true,
      roundId: R.jccErgneti,
      status: 'signed',
    },
    [S.prot36, S.civil0814],
    { occurrence: O.aug13 },
  ),
  ev(
    'UltimatumResolved',
    'ult-thirty-minutes-lapsed',
    when('2004-08-13'),
    {
      ultimatumId: U.thirtyMinutes,
      resolution: 'lapsed',
      summary: 'No enforcement is reported; the sides agree a ceasefire at the JCC the next day.',
    },
    [S.prot36],
    { occurrence: O.aug13 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-aug14',
    when('2004-08-14'),
    {
      ceasefireId: CF.aug14,
      parties: ['georgia', 'south-ossetia'],
      scope: 'The Georgian-Ossetian conflict zone',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.prot36, S.civil0814],
    { occurrence: O.aug13 },
  ),
  ev(
    'IncidentReported',
    'inc-sniper-0814',
    when('2004-08-14T02:00:00Z', 'approximate'),
    {
      incidentId: 'sniper-georgian-peacekeeper-2004-08-14',
      kind: 'clash',
      perpetrator: 'south-ossetia',
      allegedBy: 'georgia',
      against: 'georgia',
      place: P.zone,
      injured: { min: 1, max: 1 },
      description: 'By dawn a Georgian peacekeeper is wounded by a sniper’s bullet in the breakaway region.',
    },
    [S.civil0814],
    { occurrence: O.aug14sniper },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-0814',
    when('2004-08-14T02:00:00Z', 'approximate'),
    {
      ceasefireId: CF.aug14,
      allegedBy: 'georgia',
      against: 'south-ossetia',
      injured: { min: 1, max: 1 },
      description: 'The ceasefire is violated by dawn: a Georgian peacekeeper wounded by a sniper.',
    },
    [S.civil0814],
    { occurrence: O.aug14sniper },
  ),
  ev(
    'IncidentReported',
    'inc-eredvi-0816',
    when('2004-08-16T00:00:00Z', 'approximate'),
    {
      incidentId: 'so-fire-eredvi-tamarasheni-2004-08-16',
      kind: 'clash',
      perpetrator: 'south-ossetia',
      allegedBy: 'georgia',
      against: 'georgia',
      place: P.eredvi,
      fatalities: { min: 2, max: 2 },
      description:
        'An all-night exchange of fire near the Georgian villages of Eredvi and Tamarasheni: two Georgians killed by the early morning of 16 August; Georgia says the Ossetian side opened fire first from Sarabuki.',
    },
    [S.dw0816],
    { occurrence: O.aug16 },
  ),
  ev(
    'IncidentReported',
    'inc-sarabuki-0816',
    when('2004-08-16T00:00:00Z', 'approximate'),
    {
      incidentId: 'georgian-counterfire-sarabuki-2004-08-16',
      kind: 'clash',
      perpetrator: 'georgia',
      allegedBy: 'georgia',
      against: 'south-ossetia',
      place: P.sarabuki,
      fatalities: { min: 0, max: 15 },
      description:
        'Georgia says it opened "heavy counter-fire" only at about 04:00, killing some 15 Ossetian fighters; not confirmed by the Ossetian side.',
    },
    [graded(S.dw0816, 3)],
    { occurrence: O.aug16 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-0816',
    when('2004-08-16T00:00:00Z', 'approximate'),
    {
      ceasefireId: CF.aug14,
      allegedBy: 'georgia',
      against: 'south-ossetia',
      casualties: { min: 2, max: 2 },
      description: 'The ceasefire of 14 August broken by the night’s fire near Eredvi and Tamarasheni.',
    },
    [S.dw0816],
    { occurrence: O.aug16 },
  ),
  // ===== 17–20 August: the second ceasefire, the heights =====
  ev(
    'TalksRoundOpened',
    'round-jcc-tbilisi-open',
    when('2004-08-17'),
    {
      roundId: R.jccTbilisi,
      label: 'Joint Control Commission co-chairs with Prime Minister Zhvania, Tbilisi',
      format: 'formal',
      venue: 'Tbilisi',
      hosts: ['georgia'],
    },
    [S.civil0817],
    { occurrence: O.aug17 },
  ),
  ev(
    'TalksRoundConcluded',
    'round-jcc-tbilisi-concluded',
    when('2004-08-17'),
    {
      roundId: R.jccTbilisi,
      outcome: 'agreement',
      summary:
        'A ceasefire, the demilitarisation of the zone (only the joint peacekeepers stay) and free movement of people, agreed by Georgia, South Ossetia, Russia and North Ossetia; Khaindrava: "the next three days will be crucial".',
    },
    [S.civil0817],
    { occurrence: O.aug17 },
  ),
  ev(
    'AgreementReached',
    'agr-cf17',
    when('2004-08-17'),
    {
      agreementId: A.cf17,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire in the South Ossetian conflict zone',
        'All forces that are not part of the joint peacekeeping forces withdrawn from the zone',
        'Free movement of people in the conflict zone',
      ],
      signatories: ['georgia', 'south-ossetia'],
      textPublic: false,
      roundId: R.jccTbilisi,
    },
    [S.civil0817],
    { occurrence: O.aug17 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-aug17',
    when('2004-08-17'),
    {
      ceasefireId: CF.aug17,
      parties: ['georgia', 'south-ossetia'],
      scope: 'The South Ossetian conflict zone',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.civil0817],
    { occurrence: O.aug17 },
  ),
  ev(
    'CeasefireEnded',
    'cf-aug14-superseded',
    when('2004-08-17'),
    {
      ceasefireId: CF.aug14,
      reason: 'superseded',
      summary: 'The second ceasefire in four days replaces the one of 13 August, violated as soon as it was signed.',
    },
    [S.civil0817],
    { occurrence: O.aug17 },
  ),
  ev(
    'IncidentReported',
    'inc-shelling-0818',
    when('2004-08-18T16:00:00Z', 'approximate'),
    {
      incidentId: 'so-shelling-georgian-positions-2004-08-18',
      kind: 'shelling',
      perpetrator: 'south-ossetia',
      allegedBy: 'georgia',
      against: 'georgia',
      place: P.area,
      fatalities: { min: 3, max: 3 },
      injured: { min: 7, max: 7 },
      description:
        'Ossetians shell Georgian positions on Wednesday evening: three Georgian servicemen killed and seven wounded (the Georgian Defence Ministry, correcting a police report of six dead).',
    },
    [S.caci0819],
    { occurrence: O.aug18 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-0818',
    when('2004-08-18T16:00:00Z', 'approximate'),
    {
      ceasefireId: CF.aug17,
      allegedBy: 'georgia',
      against: 'south-ossetia',
      casualties: { min: 3, max: 3 },
      injured: { min: 7, max: 7 },
      description: 'The ceasefire of 17 August broken by the shelling of the Georgian positions.',
    },
    [S.caci0819],
    { occurrence: O.aug18 },
  ),
  ev(
    'IncidentReported',
    'inc-heights-attack',
    when('2004-08-19T02:00:00Z'),
    {
      incidentId: 'georgia-attacks-heights-2004-08-19',
      kind: 'clash',
      perpetrator: 'georgia',
      against: 'south-ossetia',
      place: P.heights,
      fatalities: { min: 0, max: 8 },
      description:
        'At 06:00 local time Georgian troops "launched an attack" and "took over several positions" of the South Ossetian militias on the hills around the Georgian villages, overlooking the Java district (Okruashvili); he says eight Cossacks fighting for South Ossetia were found dead there, which South Ossetia denies.',
    },
    [S.civil0819, S.caci0819],
  ),
  ev(
    'IncidentReported',
    'inc-heights-held',
    when('2004-08-19T03:00:00Z', 'approximate'),
    {
      incidentId: 'georgia-holds-heights-2004-08-19',
      kind: 'occupation',
      perpetrator: 'georgia',
      against: 'south-ossetia',
      place: P.heights,
      description:
        'Georgian troops hold the strategic heights taken from the South Ossetian militias near Tskhinvali; Saakashvili acknowledges for the first time Georgian military forces in South Ossetia proper.',
    },
    [S.civil0819, S.afp0820],
  ),
  ev(
    'StatementMade',
    'stmt-saakashvili-0819',
    when('2004-08-19T12:00:00Z', 'approximate'),
    {
      speaker: SAAKASHVILI,
      audience: 'south-ossetia',
      tone: 'warning',
      summary:
        'Saakashvili says Georgia is poised to strike further into South Ossetia but would prefer to withdraw its troops and begin political negotiations.',
    },
    [S.afp0820],
  ),
  ev(
    'IncidentReported',
    'inc-heights-withdrawal',
    when('2004-08-19T20:00:00Z', 'approximate'),
    {
      incidentId: 'georgia-leaves-heights-2004-08-19',
      kind: 'withdrawal',
      perpetrator: 'georgia',
      against: 'south-ossetia',
      place: P.heights,
      description:
        'Georgia pulls its interior-ministry troops off the heights; Russian, Georgian and Ossetian peacekeepers take over the positions ("The night passed off peacefully. The high ground occupied the day before by our units has been handed over to the peacekeeping contingent", the Georgian peacekeepers’ commander, 20 August).',
    },
    [S.afp0820, S.pravda0820, S.rfe0820],
  ),
  ev(
    'CeasefireDeclared',
    'cf-aug20',
    when('2004-08-20'),
    {
      ceasefireId: CF.aug20,
      parties: ['georgia', 'south-ossetia'],
      scope: 'The Georgian-Ossetian conflict zone',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.prot38, S.pravda0820],
    {
      occurrence: O.aug20,
      note: 'The JCC dates to 20 August the ceasefire "established ... through the efforts of the Joint Control Commission" (Protocol No. 38).',
    },
  ),
  ev(
    'CeasefireEnded',
    'cf-aug17-superseded',
    when('2004-08-20'),
    {
      ceasefireId: CF.aug17,
      reason: 'superseded',
      summary: 'Broken on 18–19 August; the ceasefire that holds is the one the JCC dates to 20 August.',
    },
    [S.prot38],
    { occurrence: O.aug20 },
  ),
  ev(
    'StatementMade',
    'stmt-okruashvili-0820',
    when('2004-08-20', 'approximate'),
    {
      speaker: OKRUASHVILI,
      audience: 'south-ossetia',
      tone: 'military-threat',
      summary:
        'Okruashvili on Georgian television: Tbilisi will not hesitate to send troops back if the Georgian villages come under attack.',
      quote:
        'If civilians in Georgian villages come under threat again, we will come back to Ossetia in 15 minutes and... we will go straight to Tskhinvali',
    },
    [S.afp0820],
  ),
  ev(
    'StatementMade',
    'stmt-so-theatrical',
    when('2004-08-20'),
    {
      speaker: SO_AUTHORITIES,
      audience: 'georgia',
      tone: 'critical',
      summary: 'South Ossetia’s separatist leadership dismisses the Georgian pullback as a "theatrical gesture".',
    },
    [S.pravda0820],
  ),
  ev(
    'IncidentReported',
    'inc-toll-week',
    when('2004-08-20'),
    {
      incidentId: 'toll-week-to-2004-08-20',
      kind: 'casualty-report',
      place: 'South Ossetian conflict zone',
      period: { from: '2004-08-11', to: '2004-08-20' },
      fatalities: { min: 12, max: 12 },
      description:
        'Intense fighting in the past week: at least 12 Georgian soldiers and a number of South Ossetian civilians and militiamen reported killed.',
    },
    [S.rfe0820],
  ),
  // ===== September – October 2004 =====
  ev(
    'IncidentReported',
    'inc-tamarasheni-0919',
    when('2004-09-18T22:00:00Z', 'approximate'),
    {
      incidentId: 'so-fire-tamarasheni-2004-09-19',
      kind: 'shelling',
      perpetrator: 'south-ossetia',
      allegedBy: 'georgia',
      against: 'georgia',
      place: P.tamarasheni,
      description:
        'Overnight on 18–19 September the South Ossetian side fires on the Georgian village of Tamarasheni with grenade launchers, damaging several buildings; no casualties. South Ossetia denies it and accuses Georgia of shelling the suburbs of Tskhinvali. The first shelling since Georgia’s non-peacekeeping troops left.',
    },
    [S.civil0919],
    { occurrence: O.sep19 },
  ),
  ev(
    'StatementMade',
    'stmt-so-0919',
    when('2004-09-19'),
    {
      speaker: SO_AUTHORITIES,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'South Ossetia denies firing on Tamarasheni and accuses the Georgian side of shelling the suburbs of Tskhinvali.',
    },
    [S.civil0919],
    { occurrence: O.sep19 },
  ),
  ev(
    'IncidentReported',
    'inc-peacekeepers-held-0923',
    when('2004-09-23T20:00:00Z', 'approximate'),
    {
      incidentId: 'so-holds-four-georgian-peacekeepers-2004-09-23',
      kind: 'detention',
      perpetrator: 'south-ossetia',
      against: 'georgia',
      target: 'Four Georgian peacekeepers who had lost their way in the dark',
      place: P.zone,
      description:
        'Russian and South Ossetian peacekeepers detain four Georgian peacekeepers overnight and hand them over to the South Ossetian authorities.',
    },
    [S.rfe0924],
  ),
  ev(
    'IncidentReported',
    'inc-peacekeepers-freed-0924',
    when('2004-09-24T06:00:00Z', 'approximate'),
    {
      incidentId: 'so-frees-four-georgian-peacekeepers-2004-09-24',
      kind: 'release',
      perpetrator: 'south-ossetia',
      against: 'georgia',
      target: 'The four Georgian peacekeepers',
      place: P.zone,
      description: 'All the Georgian servicemen detained overnight are released (the Georgian contingent’s commander).',
    },
    [S.rfe0924],
  ),
  ev(
    'TalksRoundOpened',
    'round-jcc-oct-open',
    when('2004-09-30'),
    {
      roundId: R.jccOct,
      label: 'Joint Control Commission session (Protocol No. 38)',
      format: 'formal',
      hosts: ['russia'],
    },
    [S.prot38],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jcc-oct-concluded',
    when('2004-10-02'),
    {
      roundId: R.jccOct,
      outcome: 'progress',
      summary:
        'The JCC notes that the ceasefire established on 20 August is maintained, but that its decisions of June, July and August on withdrawing illegal armed units are not implemented and that a tendency to renewed confrontation (remote-control mines, fortifications) has emerged; illegal checkpoints to be removed by 15 October, fortification building to stop, minefield maps by 20 October.',
    },
    [S.prot38],
    { occurrence: O.oct },
  ),
  // ===== November 2004: Sochi and the demilitarisation =====
  ev(
    'TalksRoundOpened',
    'round-sochi-open',
    when('2004-11-05'),
    {
      roundId: R.sochi,
      label: 'Zhvania – Kokoity meeting, Sochi',
      format: 'formal',
      venue: 'Sochi',
      hosts: ['russia'],
      delegations: [
        { actorId: 'georgia', head: ZHVANIA },
        { actorId: 'south-ossetia', head: KOKOITY },
      ],
    },
    [S.civilSochi, S.sochiStatement],
    { occurrence: O.sochi },
  ),
  ev(
    'TalksRoundConcluded',
    'round-sochi-concluded',
    when('2004-11-05'),
    {
      roundId: R.sochi,
      outcome: 'agreement',
      summary:
        'After a day of talks (Russia’s deputy foreign minister Loshchinin, North Ossetia, the JCC co-chairs and the OSCE present) the two sign an agreement on the ceasefire and the demilitarisation of the zone by 20 November; South Ossetia again refuses joint control of the Roki Pass; status not discussed.',
    },
    [S.civilSochi, S.sochiStatement],
    { occurrence: O.sochi },
  ),
  ev(
    'AgreementReached',
    'agr-sochi',
    when('2004-11-05'),
    {
      agreementId: A.sochi,
      kind: 'partial',
      provisions: [
        'Strictly fulfil the agreed ceasefire',
        'Withdraw the armed formations remaining in the conflict zone by 20 November 2004, except the JPKF and law-enforcement bodies',
        'Free movement of people and goods; cooperation of law-enforcement agencies',
        'Joint economic projects; more OSCE observers in the conflict zone',
      ],
      signatories: ['georgia', 'south-ossetia'],
      textPublic: true,
      roundId: R.sochi,
      status: 'signed',
    },
    [S.sochiStatement, S.civilSochi, S.asbarezSochi],
    { occurrence: O.sochi },
  ),
  ev(
    'CeasefireExtended',
    'cf-aug20-sochi',
    when('2004-11-05'),
    {
      ceasefireId: CF.aug20,
      duration: 'indefinite',
      terms:
        'The sides undertake "to strictly fulfill the achieved agreement on ceasefire"; Russia: the document "imposes a cease-fire in the Georgian-South Ossetian conflict zone and bans any military actions".',
    },
    [S.sochiStatement, S.asbarezSochi],
    { occurrence: O.sochi },
  ),
  ev(
    'StatementMade',
    'stmt-zhvania-sochi',
    when('2004-11-05'),
    {
      speaker: ZHVANIA,
      audience: 'south-ossetia',
      tone: 'conciliatory',
      summary:
        'Zhvania: full demilitarisation means the withdrawal of the so-called South Ossetian defence ministry’s forces, with only the joint peacekeepers left; Georgia seeks its territorial integrity "solely through peaceful means, through negotiations".',
      quote: 'our choice is to achieve this solely through peaceful means, through negotiations',
    },
    [S.civilSochi],
    { occurrence: O.sochi },
  ),
  ev(
    'StatementMade',
    'stmt-kokoity-sochi',
    when('2004-11-05'),
    {
      speaker: KOKOITY,
      audience: 'georgia',
      tone: 'conciliatory',
      summary:
        'Kokoity says South Ossetia is ready for political dialogue, though the two have "absolutely opposite positions" on its status, and that an "Adjara scenario" has already failed there.',
    },
    [S.civilSochi],
    { occurrence: O.sochi },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-sochi-in-force',
    when('2004-11-15'),
    {
      agreementId: A.sochi,
      status: 'in-force',
      reason:
        'Mine clearers of the Russian, Georgian and South Ossetian peacekeeping battalions begin reconnoitring the northern outskirts of Tskhinvali so that the fortifications can be dismantled, under the JPKF’s supervision.',
    },
    [S.civil1115],
  ),
  ev(
    'TalksRoundOpened',
    'round-jcc-vladikavkaz-open',
    when('2004-11-19'),
    {
      roundId: R.jccVladikavkaz,
      label: 'Meeting of the JCC co-chairmen, Vladikavkaz (Protocol No. 40)',
      format: 'formal',
      venue: 'Vladikavkaz',
      hosts: ['russia'],
    },
    [S.prot40],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jcc-vladikavkaz-concluded',
    when('2004-11-20'),
    {
      roundId: R.jccVladikavkaz,
      outcome: 'progress',
      summary:
        'The JCC finds that the Sochi meeting brought a sharp reduction of skirmishes, the withdrawal of armed units from the zone and their replacement by the JPKF, and the start of dismantling fortifications and minefields; an expert group on a zone of economic welfare. The 20 November deadline is not met; Khaindrava sets out a three-stage demilitarisation.',
    },
    [S.prot40, S.civil1120],
    { occurrence: O.vladikavkaz },
  ),
  ev(
    'StatementMade',
    'stmt-khaindrava-1120',
    when('2004-11-20'),
    {
      speaker: KHAINDRAVA,
      audience: 'south-ossetia',
      tone: 'neutral',
      summary:
        'Khaindrava: the demilitarisation will go in three stages — dismantling fortifications, withdrawing armoured vehicles and heavy weapons, then disarming the local population, Georgian and Ossetian alike.',
    },
    [S.civil1120],
    { occurrence: O.vladikavkaz },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'georgia-south-ossetia-2004.jsonl',
  logEnd: '2026-12-06T18:00:00Z',
  events,
};

export default definition;
