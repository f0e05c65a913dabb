/**
 * A test fixture, not a shipped example: Israel and the Palestine Liberation Organization from the ceasefire that
 * the United States envoy Philip Habib brokered across the Israel–Lebanon border in July 1981 to the days after the
 * PLO left Beirut in September 1982, as an analyst following the news could have recorded them — the artillery and
 * rocket war of July 1981 and the ceasefire of 24 July; its strains (the Israeli air raids of 21 April and 9 May
 * 1982, the PLO shells fired back on 9 May); the attempt on Ambassador Shlomo Argov in London (3 June 1982, by the
 * Abu Nidal group, a rival of the PLO) and Israel's holding the PLO to account for it; the Israeli strikes on Beirut
 * and the PLO's shelling of the Galilee (4–5 June); Operation Peace for Galilee (6 June); the advance to Beirut,
 * the Israel–PLO ceasefire of 12 June shattered the next day, the encirclement of West Beirut and the siege; the
 * ceasefires arranged and broken in July and August (the ninth on 1 August); the bombardment of 12 August and the
 * ceasefire that held from that evening; the Habib plan for the PLO's evacuation (approved by Lebanon on 18 August
 * and by Israel on 19 August); the evacuation under the Multinational Force (21 August – 1 September); and, with the
 * PLO's fighters gone from Beirut, the Israeli air strikes on PLO and Syrian positions in the Bekaa (13 September),
 * the Israeli entry into West Beirut (15 September) and the massacre at Sabra and Shatila by the Phalange militia
 * (16–18 September). Escalation model v2 was never tuned on it: it is the case the model is held to in
 * israel-plo-1982.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Israel and the PLO (Arafat). Mediator: the United States (Habib). Third parties: Lebanon, Syria,
 * the Multinational Force (United States, France, Italy) and the Phalange (Lebanese Forces) militia; the Abu Nidal
 * Organization, which shot Argov, is registered as a spoiler. Nothing of theirs is recorded as the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (the Jewish Telegraphic Agency, the Christian Science
 * Monitor, a presidential library's record of a statement); C = an encyclopedia or a compiled chronology on the web
 * (Wikipedia and its mirrors; the Institute for Palestine Studies' daily chronology of the Palestine question,
 * compiled from the press of the day and published with the Journal of Palestine Studies); 2 = several sources
 * agree or one established source reports it; 3 = one side's claim, or a count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. The chronology's daily entries (and the listing pages
 * that show them) and the encyclopedias are given a lower bound from their own content: the day of the development
 * they are cited for, so that the analyst is taken to have known it on its day from the press they summarise.
 * Times are UTC; Beirut kept summer time (UTC+3) in 1982, so "5 PM" there is 14:00Z.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Argov shooting (3 June, about 23:00 London time) is a militant attack by the Abu Nidal Organization on
 *   Israel, recorded with that group as perpetrator, not the PLO: the sources agree that the gunmen were Abu Nidal's
 *   men and not PLO members. Israel's blame is recorded as laid on 4 June, when its military command called the air
 *   strikes retaliation for the shooting (the PLO denied responsibility the same day).
 * - The July 1981 ceasefire is recorded as ended (`collapsed`) on 4 June 1982, the day of the Israeli raids on
 *   Beirut and the PLO's rockets on the Galilee: on 7 June Habib began a mission "to restore" it (UPI), so it was
 *   not in force after the 4th. The sources disagree on whether it died earlier: the JTA wrote on 21 April that the
 *   Israeli raids of that day "marked the end of the precarious cease-fire", while the Monitor (10 May) still
 *   called the raids of 9 May a resumption of hostilities that "jeopardized the 10-month-old cease-fire", and Habib
 *   set out on 7 June to restore it. It is recorded as ended on 4 June, the latest day and the one all agree on;
 *   the raids of 21 April and 9 May are recorded as the armed acts they were, and Israel's report of the mine that
 *   wounded a soldier as a violation (9 May). The raid of 21 April hit several areas (south of Beirut, north-east
 *   of Sidon, Damour, the camps of Beirut): one occurrence, recorded without a place, as its sources give no one
 *   place for it.
 * - Scale: only the invasion of 6 June is recorded `major` ("The Israeli Army invades Lebanon, with over 250 tanks
 *   and thousands of infantrymen"; "Several PLO outposts reported taken along the 33-mile front", the Institute for
 *   Palestine Studies chronology, 6 June). The other days' acts are recorded with the tolls their sources give, or
 *   none: the "fiercest fighting since invasion began" (1 August) has its own toll (200 dead by the Lebanese police's
 *   estimate), and the source of 4 August names no offensive.
 * - Places, one way each: "West Beirut" for every act on the besieged city and its southern suburbs (the camps, the
 *   airport, the Fakhani quarter); "Southern Lebanon" for the invasion's front from the border to the Zahrani;
 *   "Northern Israel (Galilee)" for the PLO's rockets and shells; "Khalde" and "Sidon (Ain el-Hilweh)" for the
 *   fighting the chronology places there on 13 June; "Bekaa Valley" for the strikes of 13 September.
 * - Ceasefires: the chronology counts nine in the siege by 1 August; only those whose start its entries date are
 *   recorded (12 June, the Israel–PLO ceasefire "one day after extensive bombing of Beirut"; 30 July at 9 PM,
 *   arranged by Habib; 1 August at 5 PM, "ninth cease-fire"; 12 August at 5 PM, called by the IDF). The truces of
 *   late June and mid-July ("Cease-fire holds", 26 June; "Beirut truce holds", 13 July) are not recorded: no source
 *   read dates their start. Israel's unilateral ceasefire with Syria (11 June) is not the pair's and is not
 *   recorded. A ceasefire is ended `collapsed` on the day the chronology reports it shattered or fighting resumed.
 * - The Habib plan is recorded as an agreement (`partial`: the evacuation of the PLO from Beirut under a
 *   multinational force, not a settlement) reached on 19 August, when Israel's cabinet approved it, with Lebanon's
 *   approval the day before; the PLO's acceptance is taken from its carrying it out. Its text is recorded as not
 *   public: no source read gives it.
 * - The evacuation (21 August – 1 September) is recorded as the PLO's `withdrawal` from West Beirut, on the first
 *   and last days; the Multinational Force's arrival as its engagement.
 * - After the evacuation: the Israeli air strikes of 13 September hit "Syrian, PLO and LNM" positions in the Bekaa
 *   (the chronology; JTA: "Syrian and PLO targets"), recorded as an air strike by Israel on the PLO there, with no
 *   toll (none given). The attacks on Israeli troops in the Bekaa on 11 September are by "guerrillas" the source
 *   does not name: not recorded as the PLO's. The Israeli entry into West Beirut (15 September) met "small groups of
 *   LNM militia", not the PLO: recorded as Israel's `occupation` of West Beirut against Lebanon, not the pair's act.
 * - Sabra and Shatila (16–18 September) is recorded as what the sources say it was: a massacre by the Phalange
 *   (Lebanese Forces) militia under Elie Hobeika, a third party, of Palestinian and Lebanese Shia civilians, while
 *   the IDF surrounded the camps, having sent the militia in to clear out PLO fighters and having taken no action to
 *   stop it; the toll is disputed (460 to 3,500). No PLO statement of 1982 blaming Israel was read, so no blame is
 *   recorded.
 * - Not recorded for want of a dated source read: the fighting of 17–24 July 1981 day by day (the raid on Beirut of
 *   17 July is known from an encyclopedia's list only), the land battle of 4 August's toll, the assassination of
 *   Bashir Gemayel (14 September; a third party's death by an unnamed hand) as an act of either party.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-plo-1982';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1982);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem', 'IDF'] };
const PLO: Actor = {
  id: 'plo',
  name: 'Palestine Liberation Organization',
  kind: 'armed-group',
  aliases: ['PLO', 'Fatah', 'Arafat'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const LEBANON: Actor = { id: 'lebanon', name: 'Lebanon', kind: 'state', aliases: ['Beirut government'] };
const SYRIA: Actor = { id: 'syria', name: 'Syria', kind: 'state', aliases: ['Damascus'] };
const MNF: Actor = {
  id: 'multinational-force',
  name: 'Multinational Force in Lebanon',
  kind: 'international-organisation',
  aliases: ['MNF'],
};
const ANO: Actor = {
  id: 'abu-nidal-organization',
  name: 'Abu Nidal Organization',
  kind: 'armed-group',
  aliases: ['Fatah Revolutionary Council'],
};
const PHALANGE: Actor = {
  id: 'phalange',
  name: 'Phalange (Lebanese Forces) militia',
  kind: 'armed-group',
  aliases: ['Kataeb', 'Lebanese Forces'],
};

const ISRAELI_CABINET: Person = { name: 'Government of Israel', actorId: 'israel' };
const IDF_COMMAND: Person = { name: 'Israeli military command', actorId: 'israel' };
const PLO_LEADERSHIP: Person = { name: 'PLO leadership', actorId: 'plo' };
const SHARON: Person = { name: 'Ariel Sharon', title: 'Defence Minister of Israel', actorId: 'israel' };
const REAGAN: Person = { name: 'Ronald Reagan', title: 'President of the United States', actorId: 'united-states' };

const PSC_PUBLISHER = 'Institute for Palestine Studies, Chronology of the Palestine Question';
/** A day of the Institute for Palestine Studies chronology (dated by its day, see the header). */
const psc = (title: string, url: string, day: string) => source(title, PSC_PUBLISHER, url, day, 'C', 2);
const PSC_URL = 'https://chronology.palestine-studies.org';

const S = {
  jta810722: source(
    'Cabinet Considers U.S. Call for a Cease-fire in Lebanon',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1981/07/22/archive/cabinet-considers-u-s-call-for-a-cease-fire-in-lebanon',
    '1981-07-22',
    'B',
    2,
  ),
  jta810722b: source(
    'Improved Outlook for Cease-fire',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/improved-outlook-for-cease-fire',
    '1981-07-22',
    'B',
    2,
  ),
  wp1981: source(
    '1981 in Israel',
    'Wikipedia (EncycloReader mirror)',
    'https://encycloreader.org/r/wikipedia.php?q=1981_in_Israel',
    '1981-07-24',
    'C',
    2,
  ),
  jta810727: source(
    'Elements of the Cease-fire Accord',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1981/07/27/archive/elements-of-the-cease-fire-accord',
    '1981-07-27',
    'B',
    2,
  ),
  habib810727: source(
    'Statement by Ambassador Philip C. Habib Following His Report to the President on the Cessation of Hostilities Between Lebanon and Israel',
    'Ronald Reagan Presidential Library',
    'https://www.reaganlibrary.gov/research/speeches/72781b',
    '1981-07-27',
    'B',
    2,
  ),
  jta820421: source(
    'Israel Hits Terrorist Bases in Lebanon in Retaliation for "murderous Acts" Against Israelis',
    'Jewish Telegraphic Agency',
    'https://jta.org/archive/israel-hits-terrorist-bases-in-lebanon-in-retaliation-for-murderous-acts-against-israelis',
    '1982-04-21',
    'B',
    2,
  ),
  csm820510: source(
    'Israeli planes hit Lebanon',
    'The Christian Science Monitor',
    'https://csmonitor.com/layout/set/amphtml/1982/0510/051020.html',
    '1982-05-10',
    'B',
    2,
  ),
  argov: source(
    'Shlomo Argov - Attempted Assassination',
    'LiquiSearch (Wikipedia copy)',
    'https://liquisearch.com/shlomo_argov/attempted_assassination',
    '1982-06-03',
    'C',
    2,
  ),
  psc0604: psc('Chronology: Friday, June 4, 1982', `${PSC_URL}/node/14074`, '1982-06-04'),
  psc0605: psc(
    'Chronology: June 5, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A100977&f%5B1%5D=field_keywords_new%3A102594&f%5B2%5D=field_keywords_new%3A101053`,
    '1982-06-05',
  ),
  psc0606: psc('Chronology: Sunday, June 6, 1982', `${PSC_URL}/node/14076`, '1982-06-06'),
  psc0612: psc('Chronology: Saturday, June 12, 1982', `${PSC_URL}/chronology/1982-jun-12`, '1982-06-12'),
  psc0613: psc('Chronology: Sunday, June 13, 1982', `${PSC_URL}/chronology/1982-jun-13`, '1982-06-13'),
  pscJun: psc(
    'Chronology: June 14 – July 3, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A101433&page=50`,
    '1982-06-14',
  ),
  pscJun22: psc(
    'Chronology: June 22, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A105822&f%5B1%5D=field_keywords_new%3A102020`,
    '1982-06-22',
  ),
  pscJul: psc(
    'Chronology: July 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A100979&page=99`,
    '1982-07-11',
  ),
  pscJul30: psc(
    'Chronology: July 30, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A100966&f%5B1%5D=field_date%3A1982-07&f%5B2%5D=field_keywords_new%3A101053`,
    '1982-07-30',
  ),
  psc0801: psc(
    'Chronology: August 1, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A113652`,
    '1982-08-01',
  ),
  psc0804: psc(
    'Chronology: August 4, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A113613&f%5B1%5D=field_keywords_new%3A113554`,
    '1982-08-04',
  ),
  psc0812: psc('Chronology: Thursday, August 12, 1982', `${PSC_URL}/node/14143`, '1982-08-12'),
  psc0818: psc('Chronology: Wednesday, August 18, 1982', `${PSC_URL}/chronology/1982-aug-18`, '1982-08-18'),
  psc0819: psc('Chronology: Thursday, August 19, 1982', `${PSC_URL}/node/14150`, '1982-08-19'),
  psc0821: psc('Chronology: Saturday, August 21, 1982', `${PSC_URL}/chronology/1982-aug-21`, '1982-08-21'),
  psc0830: psc(
    'Chronology: August 30, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A102878&f%5B1%5D=field_date%3A1982&f%5B2%5D=field_keywords_new%3A105885`,
    '1982-08-30',
  ),
  psc0901: psc(
    'Chronology: September 1, 1982 (listing)',
    `${PSC_URL}/Chronology?f%5B0%5D=field_keywords_new%3A104325&f%5B1%5D=field_keywords_new%3A101790&f%5B2%5D=field_keywords_new%3A107338`,
    '1982-09-01',
  ),
  pscSep: psc(
    'Chronology: September 11–19, 1982 (listing)',
    `${PSC_URL}/chronology/sites/all/themes/bootstrap/js/misc?page=428`,
    '1982-09-13',
  ),
  jta820914: source(
    'Israeli Planes Pound Syrian and PLO Targets in Central Lebanon',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1982/09/14/archive/israeli-planes-pound-syrian-and-plo-targets-in-central-lebanon',
    '1982-09-14',
    'B',
    2,
  ),
  wpSabra: source(
    'Sabra and Shatila massacre',
    'Wikipedia (enwikipedia.net mirror)',
    'https://enwikipedia.net/wiki/Sabra_and_Shatila_massacre',
    '1982-09-18',
    'C',
    2,
  ),
  pscSep18: psc(
    'Chronology: September 18–19, 1982 (listing)',
    `${PSC_URL}/chronology?f%5B0%5D=field_date%3A1982&f%5B1%5D=field_keywords_new%3A101569&f%5B2%5D=field_keywords_new%3A101985`,
    '1982-09-18',
  ),
};

const P = {
  beirut: 'West Beirut',
  south: 'Southern Lebanon',
  galilee: 'Northern Israel (Galilee)',
  khalde: 'Khalde',
  sidon: 'Sidon (Ain el-Hilweh)',
  highway: 'Beirut–Damascus highway',
  bekaa: 'Bekaa Valley',
  london: 'London',
  sabra: 'Sabra and Shatila (West Beirut)',
};
const CF = {
  y1981: 'habib-ceasefire-1981-07-24',
  jun12: 'israel-plo-ceasefire-1982-06-12',
  jul30: 'beirut-ceasefire-1982-07-30',
  aug1: 'beirut-ceasefire-1982-08-01',
  aug12: 'beirut-ceasefire-1982-08-12',
};
const I = { argov: 'argov-shooting-1982-06-03' };
const A = { habibPlan: 'habib-plan-plo-evacuation-1982-08' };

const events = [
  // ===== July 1981: the border war and Habib's ceasefire =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1981-07-22', recordedAt: rec('1981-07-22', '20:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – PLO, from the Habib ceasefire of 1981 to the siege of Beirut and the evacuation, 1981–82',
      subject:
        'The artillery and rocket war across the Israel–Lebanon border, the ceasefire brokered by Philip Habib in July 1981 and its strains, the Israeli invasion of Lebanon in June 1982 (Operation Peace for Galilee), the siege of West Beirut, the ceasefires arranged and broken under it, and the Habib plan for the evacuation of the PLO from Beirut',
      parties: [ISRAEL, PLO],
      mediators: [USA],
    },
    [S.jta810722],
  ),
  ev(
    'ActorRegistered',
    'actor-lebanon',
    { occurredAt: '1981-07-22', recordedAt: rec('1981-07-22', '20:01') },
    { actor: LEBANON, role: 'third-party' },
    [S.jta810722b],
    {
      note: 'The state from whose territory the PLO fires and on which Israel strikes; Habib negotiates through its President, Elias Sarkis.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-syria',
    { occurredAt: '1981-07-22', recordedAt: rec('1981-07-22', '20:02') },
    { actor: SYRIA, role: 'third-party' },
    [S.jta810722],
    { note: 'Its army is in Lebanon; it is asked to ring Beirut with SAM-6 missiles.' },
  ),
  ev(
    'IncidentReported',
    'inc-plo-shelling-1981-07-22',
    { occurredAt: '1981-07-22', recordedAt: rec('1981-07-22', '20:05') },
    {
      incidentId: 'plo-shelling-galilee-1981-07-22',
      kind: 'shelling',
      perpetrator: 'plo',
      against: 'israel',
      place: P.galilee,
      injured: { min: 1, max: 1 },
      description:
        'Heavy rocket and artillery fire on Upper Galilee after a relatively quiet night; a resident of Nahariya is injured. Over 840 shells and rockets have hit 25 settlements and towns since last Wednesday, and the violence has caused five civilian deaths in that time.',
    },
    [S.jta810722],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-rashidiyeh-1981-07-22',
    { occurredAt: '1981-07-22', recordedAt: rec('1981-07-22', '20:10') },
    {
      incidentId: 'israeli-airstrike-rashidiyeh-1981-07-22',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.south,
      description:
        'The Israel Air Force bombs Palestinian positions near Rashidiyeh within hours of the cabinet meeting.',
    },
    [S.jta810722],
  ),
  ev(
    'StatementMade',
    'stmt-israel-hold-fire',
    { occurredAt: '1981-07-22', recordedAt: rec('1981-07-22', '21:00') },
    {
      speaker: ISRAELI_CABINET,
      audience: 'united-states',
      tone: 'neutral',
      summary:
        'After a cabinet meeting and talks with Habib, Israeli officials say Israel is prepared to hold its fire if the other side stops shooting; the cabinet refuses to negotiate directly or indirectly with the PLO. PLO sources say Arafat gave the UNIFIL commander virtually the same undertaking.',
    },
    [S.jta810722b],
  ),
  ev(
    'CeasefireDeclared',
    'cf-1981',
    { occurredAt: '1981-07-24', recordedAt: rec('1981-07-27', '09:00') },
    {
      ceasefireId: CF.y1981,
      parties: ['israel', 'plo'],
      scope:
        'A cessation of military actions across the Israel–Lebanon border in either direction, by sea, air and land (covering Major Haddad’s militia)',
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.wp1981, S.jta810727],
  ),
  ev(
    'MediationAction',
    'med-habib-report-1981',
    { occurredAt: '1981-07-27', recordedAt: rec('1981-07-27', '20:00') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Habib reports to President Reagan: "An end to hostile military actions and the consequent bloodshed in the Israel-Lebanon area has now taken place. The situation, however, remains fragile and sensitive."',
    },
    [S.habib810727],
  ),
  // ===== Spring 1982: the strains =====
  ev(
    'IncidentReported',
    'inc-iaf-1982-04-21',
    { occurredAt: '1982-04-21', recordedAt: rec('1982-05-10', '12:00') },
    {
      incidentId: 'israeli-airstrike-1982-04-21',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      fatalities: { min: 25, max: 25 },
      description:
        'Israeli bombers hit bases south of Beirut and north-east of Sidon in "counter-attacks" for terrorist attacks that culminated this morning in an Israeli officer killed by a mine in southern Lebanon; Beirut radio reports widespread attacks on refugee camps in Beirut, the port of Damour and elsewhere in the south, and the PLO pulling back from many positions. The raid kills 25 Palestinians (the Monitor).',
    },
    [S.jta820421, S.csm820510],
    {
      note: 'The JTA: "The air raids marked the end of the precarious cease-fire along the Lebanese border which took effect last July." The toll is the Monitor’s (10 May); recorded then, dated when it happened.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-iaf-1982-05-09',
    { occurredAt: '1982-05-09', recordedAt: rec('1982-05-10', '12:05') },
    {
      incidentId: 'israeli-airstrike-1982-05-09',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.south,
      description:
        'Israeli warplanes attack three Palestinian bases in Lebanon, the deepest apparently a camp at Damour, south of Beirut, met by shoulder-launched anti-aircraft missiles: the first Israeli air attack since 21 April.',
    },
    [S.csm820510],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-israel-1982-05-09',
    { occurredAt: '1982-05-09', recordedAt: rec('1982-05-10', '12:10') },
    {
      ceasefireId: CF.y1981,
      allegedBy: 'israel',
      against: 'plo',
      injured: { min: 1, max: 1 },
      description:
        'Israeli military spokesmen: the raid retaliated for incidents that violated the ceasefire, including the mining of a road in south Lebanon in which an Israeli soldier was wounded, and a bomb on a Jerusalem bus that injured two children.',
    },
    [S.csm820510],
  ),
  ev(
    'IncidentReported',
    'inc-plo-shelling-1982-05-09',
    { occurredAt: '1982-05-09', recordedAt: rec('1982-05-10', '12:15') },
    {
      incidentId: 'plo-shelling-galilee-1982-05-09',
      kind: 'shelling',
      perpetrator: 'plo',
      against: 'israel',
      place: P.galilee,
      description:
        'The guerrillas retaliate by shelling northern Galilee from bases near Nabatiyeh for a few minutes; no damage or casualties (the Israeli spokesman).',
    },
    [S.csm820510],
  ),
  // ===== 3–5 June 1982: the attempt on Argov and the strikes on Beirut =====
  ev(
    'ActorRegistered',
    'actor-ano',
    { occurredAt: '1982-06-03T22:00:00Z', precision: 'approximate', recordedAt: rec('1982-06-03', '23:30') },
    { actor: ANO, role: 'spoiler' },
    [S.argov],
    {
      note: 'A Palestinian splinter group at war with Arafat’s PLO; the attack on Argov was ordered by Iraqi intelligence (the encyclopedia).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-argov',
    { occurredAt: '1982-06-03T22:00:00Z', precision: 'approximate', recordedAt: rec('1982-06-03', '23:35') },
    {
      incidentId: I.argov,
      kind: 'militant-attack',
      perpetrator: 'abu-nidal-organization',
      against: 'israel',
      place: P.london,
      target: 'Shlomo Argov, Israeli ambassador to the United Kingdom',
      injured: { min: 1, max: 1 },
      description:
        'Three men approach Ambassador Argov as he gets into his car after a banquet at the Dorchester Hotel; one shoots him in the head. He survives gravely injured. The attackers are members of Abu Nidal’s organization, not of the PLO; the gunman is shot by the bodyguard, the two others arrested.',
    },
    [S.argov],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-beirut-0604',
    { occurredAt: '1982-06-04', recordedAt: rec('1982-06-05', '08:00') },
    {
      incidentId: 'israeli-airstrikes-beirut-1982-06-04',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      fatalities: { min: 45, max: 60 },
      injured: { min: 150, max: 200 },
      description:
        'Waves of Israeli F-16s strike four Palestinian refugee camps, a Fatah training school, a stadium housing PLO members and the airport in Beirut; a children’s hospital is hit. The Lebanese government reports 45 killed and 150 wounded, later 60 and 200.',
    },
    [S.psc0604],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-south-0604',
    { occurredAt: '1982-06-04', recordedAt: rec('1982-06-05', '08:05') },
    {
      incidentId: 'israeli-airstrikes-south-1982-06-04',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.south,
      description: 'Israeli aircraft also strike PLO strongholds near Nabatiyeh and other towns in southern Lebanon.',
    },
    [S.psc0604],
  ),
  ev(
    'IncidentReported',
    'inc-plo-rockets-0604',
    { occurredAt: '1982-06-04', recordedAt: rec('1982-06-05', '08:10') },
    {
      incidentId: 'plo-rockets-galilee-1982-06-04',
      kind: 'shelling',
      perpetrator: 'plo',
      against: 'israel',
      place: P.galilee,
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      description:
        'PLO units respond with rocket and artillery attacks on northern Israel and the Haddad enclave; one Israeli killed, four wounded.',
    },
    [S.psc0604],
  ),
  ev(
    'StatementMade',
    'stmt-idf-retaliation-argov',
    { occurredAt: '1982-06-04', recordedAt: rec('1982-06-05', '08:15') },
    {
      speaker: IDF_COMMAND,
      audience: 'plo',
      tone: 'accusation',
      summary:
        'The Israeli military command says the air strikes are retaliation for the shooting of Ambassador Argov.',
      blames: { incidentId: I.argov, on: 'plo' },
    },
    [S.psc0604],
  ),
  ev(
    'StatementMade',
    'stmt-plo-denies-argov',
    { occurredAt: '1982-06-04', recordedAt: rec('1982-06-05', '08:20') },
    {
      speaker: PLO_LEADERSHIP,
      audience: 'israel',
      tone: 'critical',
      summary: 'The PLO denies responsibility for the attack on Argov.',
    },
    [S.psc0604],
  ),
  ev(
    'CeasefireEnded',
    'cf-1981-collapsed',
    { occurredAt: '1982-06-04', recordedAt: rec('1982-06-05', '08:25') },
    {
      ceasefireId: CF.y1981,
      reason: 'collapsed',
      summary:
        'Israeli raids on Beirut and southern Lebanon and PLO rockets on the Galilee: the July 1981 ceasefire no longer holds (Habib’s mission of 7 June is to restore it).',
    },
    [S.psc0604],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-south-0605',
    { occurredAt: '1982-06-05', recordedAt: rec('1982-06-06', '08:00') },
    {
      incidentId: 'israeli-airstrikes-south-1982-06-05',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.south,
      description:
        '48 Israeli air strikes are reported around Nabatiyeh, Beaufort Castle, Arnoun, Hasbaya and Aichiye; Israeli jets and gunboats bomb and strafe several dozen targets.',
    },
    [S.psc0605],
  ),
  // ===== 6 June 1982: Operation Peace for Galilee =====
  ev(
    'IncidentReported',
    'inc-invasion',
    { occurredAt: '1982-06-06T08:00:00Z', recordedAt: rec('1982-06-06', '20:00') },
    {
      incidentId: 'israeli-invasion-1982-06-06',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'plo',
      place: P.south,
      scale: 'major',
      description:
        'The Israeli Army invades Lebanon at 11 AM with over 250 tanks and thousands of infantrymen, in three columns (on Tyre; on Nabatiyeh and Beaufort Castle; from the Golan towards Chebaa), with landings near the Zahrani; Sidon is bombarded. Several PLO outposts are taken along the 33-mile front; Palestinian resistance is fierce; PLO anti-aircraft fire downs two jets and two helicopters.',
    },
    [S.psc0606],
  ),
  ev(
    'IncidentReported',
    'inc-plo-rockets-0606',
    { occurredAt: '1982-06-06', recordedAt: rec('1982-06-06', '20:05') },
    {
      incidentId: 'plo-rockets-galilee-1982-06-06',
      kind: 'shelling',
      perpetrator: 'plo',
      against: 'israel',
      place: P.galilee,
      description: 'PLO rocket attacks continue on western Galilee and the Haddad-controlled enclave.',
    },
    [S.psc0606],
  ),
  ev(
    'IncidentReported',
    'inc-toll-0604-0605',
    { occurredAt: '1982-06-06', recordedAt: rec('1982-06-06', '20:10') },
    {
      incidentId: 'toll-lebanon-1982-06-04-05',
      kind: 'casualty-report',
      perpetrator: 'israel',
      against: 'plo',
      period: { from: '1982-06-04', to: '1982-06-05' },
      fatalities: { min: 300, max: 300 },
      injured: { min: 500, max: 500 },
      description: 'More than 300 people are reported killed on 4 and 5 June, over 500 wounded.',
    },
    [graded(S.psc0606, 3)],
  ),
  // ===== 7–13 June: the advance to Beirut, the ceasefire of 12 June =====
  ev(
    'MediationAction',
    'med-habib-0607',
    { occurredAt: '1982-06-07', recordedAt: rec('1982-06-12', '20:00') },
    {
      mediator: 'united-states',
      action: 'requested-pause',
      summary: 'Habib begins a mission to restore the July 1981 ceasefire; Begin meets him on 12 June.',
    },
    [S.psc0612],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-beirut-0612',
    { occurredAt: '1982-06-12', recordedAt: rec('1982-06-12', '20:05') },
    {
      incidentId: 'israeli-airstrikes-beirut-1982-06-12',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description:
        'Israeli planes bomb Palestinian forces and areas south of Beirut, one day after extensive bombing of the city, before the fighting stops.',
    },
    [S.psc0612],
  ),
  ev(
    'IncidentReported',
    'inc-toll-israel-0612',
    { occurredAt: '1982-06-12', recordedAt: rec('1982-06-12', '20:10') },
    {
      incidentId: 'toll-israel-1982-06-12',
      kind: 'casualty-report',
      perpetrator: 'plo',
      against: 'israel',
      period: { from: '1982-06-06', to: '1982-06-12' },
      fatalities: { min: 130, max: 130 },
      injured: { min: 600, max: 600 },
      description: 'Israeli casualties put at 130 killed, over 600 wounded.',
    },
    [S.psc0612],
  ),
  ev(
    'CeasefireDeclared',
    'cf-jun12',
    { occurredAt: '1982-06-12', recordedAt: rec('1982-06-12', '20:15') },
    {
      ceasefireId: CF.jun12,
      parties: ['israel', 'plo'],
      scope: 'Israel and the PLO agree to begin a ceasefire around Beirut',
      duration: 'indefinite',
    },
    [S.psc0612],
  ),
  ev(
    'CeasefireEnded',
    'cf-jun12-collapsed',
    { occurredAt: '1982-06-13', recordedAt: rec('1982-06-13', '20:00') },
    {
      ceasefireId: CF.jun12,
      reason: 'collapsed',
      summary: 'The ceasefire is shattered as Israeli troops move on Baabda to close the last exit from the city.',
    },
    [S.psc0613],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-beirut-0613',
    { occurredAt: '1982-06-13', recordedAt: rec('1982-06-13', '20:05') },
    {
      incidentId: 'israeli-airstrikes-beirut-1982-06-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description:
        'Repeated Israeli air strikes on Beirut; Palestinian camps and neighbourhoods hit for the seventh day.',
    },
    [S.psc0613],
  ),
  ev(
    'IncidentReported',
    'inc-clash-khalde-0613',
    { occurredAt: '1982-06-13', recordedAt: rec('1982-06-13', '20:10') },
    {
      incidentId: 'clash-khalde-1982-06-13',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'plo',
      place: P.khalde,
      description:
        'Fierce fighting south of the city; Israel claims hundreds of PLO guerrillas surrender south of Beirut near Khalde.',
    },
    [S.psc0613],
  ),
  ev(
    'IncidentReported',
    'inc-clash-sidon-0613',
    { occurredAt: '1982-06-13', recordedAt: rec('1982-06-13', '20:15') },
    {
      incidentId: 'clash-ain-el-hilweh-1982-06-13',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'plo',
      place: P.sidon,
      description: 'Battles go on in the Ain el-Hilweh refugee camp outside Sidon.',
    },
    [S.psc0613],
  ),
  // ===== The siege of West Beirut =====
  ev(
    'IncidentReported',
    'inc-encirclement-0614',
    { occurredAt: '1982-06-14', recordedAt: rec('1982-06-14', '20:00') },
    {
      incidentId: 'encirclement-west-beirut-1982-06-14',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description: 'Israeli and Phalangist forces link up in Beirut, encircling the PLO forces inside the city.',
    },
    [S.pscJun],
  ),
  ev(
    'IncidentReported',
    'inc-offensive-0622',
    { occurredAt: '1982-06-22', recordedAt: rec('1982-06-22', '20:00') },
    {
      incidentId: 'israeli-offensive-highway-1982-06-22',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.highway,
      scale: 'major',
      description:
        'Israeli jets pound the PLO and the Syrians "in big offensive"; Israeli tanks and planes begin a large-scale offensive along the Damascus highway (200 tanks); a truce is reported later.',
    },
    [S.pscJun22],
    { note: 'Scale from the source’s words: "big offensive", "large-scale offensive".' },
  ),
  ev(
    'IncidentReported',
    'inc-gunboats-0624',
    { occurredAt: '1982-06-24', recordedAt: rec('1982-06-24', '20:00') },
    {
      incidentId: 'israeli-naval-shelling-beirut-1982-06-24',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      fatalities: { min: 17, max: 17 },
      description:
        'Israeli gunboats shell Palestinian areas of Beirut, hitting apartment buildings and killing 17; the IDF advances in the airport area.',
    },
    [S.pscJun],
  ),
  ev(
    'IncidentReported',
    'inc-clash-0703',
    { occurredAt: '1982-07-03', recordedAt: rec('1982-07-03', '20:00') },
    {
      incidentId: 'clash-west-beirut-1982-07-03',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description:
        'IDF armoured troops seal off West Beirut as Israeli and Palestinian gunners trade artillery and machine-gun fire in the southern suburbs: the first major clash in eight days.',
    },
    [S.pscJun],
  ),
  ev(
    'IncidentReported',
    'inc-clash-0711',
    { occurredAt: '1982-07-11', recordedAt: rec('1982-07-11', '20:00') },
    {
      incidentId: 'clash-west-beirut-1982-07-11',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description:
        'IDF armoured units fight fierce artillery and rocket duels with PLO forces inside Beirut; the PLO for the first time fires back on a wide range of IDF gun positions in East Beirut.',
    },
    [S.pscJul],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-0728',
    { occurredAt: '1982-07-28', recordedAt: rec('1982-07-28', '20:00') },
    {
      incidentId: 'israeli-bombardment-west-beirut-1982-07-28',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description:
        'IDF jets, artillery and gunboats pound West Beirut for the seventh day, ignoring Habib’s efforts to restore the ceasefire; artillery duels; the camps and several quarters hit.',
    },
    [graded(S.pscJul, 2)],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-0730',
    { occurredAt: '1982-07-30', recordedAt: rec('1982-07-30', '20:00') },
    {
      incidentId: 'israeli-bombardment-west-beirut-1982-07-30',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description:
        'The IDF, claiming PLO breaches of the ceasefire, attacks Palestinian neighbourhoods and artillery positions in West Beirut by land, sea and air after rocket and artillery duels; heavy casualties.',
    },
    [S.pscJul30],
  ),
  ev(
    'CeasefireDeclared',
    'cf-jul30',
    { occurredAt: '1982-07-30T18:00:00Z', recordedAt: rec('1982-07-30', '20:05') },
    {
      ceasefireId: CF.jul30,
      parties: ['israel', 'plo'],
      scope: 'West Beirut',
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.pscJul30],
    { note: 'Habib arranges a new ceasefire for 9 PM.' },
  ),
  ev(
    'IncidentReported',
    'inc-bombardment-0801',
    { occurredAt: '1982-08-01', recordedAt: rec('1982-08-01', '20:00') },
    {
      incidentId: 'israeli-bombardment-west-beirut-1982-08-01',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      fatalities: { min: 200, max: 200 },
      injured: { min: 400, max: 400 },
      description:
        'The IDF bombards PLO positions and residential areas in West Beirut by land, sea and air for 14 hours, the fiercest fighting since the invasion began (150 bombing runs, an estimated 260 tons of bombs); it occupies the airport; the PLO claims 30 IDF tanks and carriers destroyed. Lebanese police estimate 200 dead and 400 wounded.',
    },
    [graded(S.psc0801, 3)],
  ),
  ev(
    'CeasefireEnded',
    'cf-jul30-collapsed',
    { occurredAt: '1982-08-01', recordedAt: rec('1982-08-01', '20:05') },
    { ceasefireId: CF.jul30, reason: 'collapsed', summary: 'Fourteen hours of bombardment of West Beirut.' },
    [S.psc0801],
  ),
  ev(
    'CeasefireDeclared',
    'cf-aug1',
    { occurredAt: '1982-08-01T14:00:00Z', recordedAt: rec('1982-08-01', '20:10') },
    {
      ceasefireId: CF.aug1,
      parties: ['israel', 'plo'],
      scope: 'West Beirut',
      duration: 'indefinite',
    },
    [S.psc0801],
    { note: 'The "ninth cease-fire", called at 5 PM.' },
  ),
  ev(
    'IncidentReported',
    'inc-assault-0804',
    { occurredAt: '1982-08-04', recordedAt: rec('1982-08-04', '20:00') },
    {
      incidentId: 'israeli-assault-west-beirut-1982-08-04',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      description:
        'The IDF attacks West Beirut by land, sea and air as its armoured units advance on the Palestinian areas on the southern edge of the city; the PLO puts up fierce resistance; the negotiations are brought to a standstill.',
    },
    [S.psc0804],
  ),
  ev(
    'CeasefireEnded',
    'cf-aug1-collapsed',
    { occurredAt: '1982-08-04', recordedAt: rec('1982-08-04', '20:05') },
    { ceasefireId: CF.aug1, reason: 'collapsed', summary: 'The Israeli assault on West Beirut.' },
    [S.psc0804],
  ),
  ev(
    'IncidentReported',
    'inc-bombardment-0812',
    { occurredAt: '1982-08-12', recordedAt: rec('1982-08-12', '20:00') },
    {
      incidentId: 'israeli-bombardment-west-beirut-1982-08-12',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.beirut,
      fatalities: { min: 128, max: 128 },
      injured: { min: 400, max: 400 },
      description:
        'Eleven hours of Israeli bombing raids on West Beirut, the heaviest sustained air raids on the city since the invasion, after continuous artillery fire from the day before; all Palestinian areas hit. Lebanese police estimate 128 killed and over 400 wounded.',
    },
    [graded(S.psc0812, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-reagan-outrage',
    { occurredAt: '1982-08-12', recordedAt: rec('1982-08-12', '20:05') },
    {
      speaker: REAGAN,
      audience: 'israel',
      tone: 'critical',
      summary:
        'Reagan expresses "outrage" to Begin and threatens to withdraw the United States from the negotiations unless the bombing stops.',
    },
    [S.psc0812],
  ),
  ev(
    'CeasefireDeclared',
    'cf-aug12',
    { occurredAt: '1982-08-12T14:00:00Z', recordedAt: rec('1982-08-12', '20:10') },
    {
      ceasefireId: CF.aug12,
      parties: ['israel', 'plo'],
      scope: 'West Beirut',
      duration: 'indefinite',
    },
    [S.psc0812],
    {
      note: 'The IDF calls a ceasefire at 5 PM; the Israeli cabinet halts the bombardment and curbs Sharon’s freedom to order strikes.',
    },
  ),
  // ===== The Habib plan and the evacuation =====
  ev(
    'MediationAction',
    'med-habib-plan',
    { occurredAt: '1982-08-18', recordedAt: rec('1982-08-18', '20:00') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'Israel receives the final draft of Habib’s evacuation plan; the Lebanese government approves it and asks the United States, France and Italy for troops to oversee the PLO’s withdrawal, due to begin on Saturday. The ceasefire holds.',
    },
    [S.psc0818],
  ),
  ev(
    'AgreementReached',
    'agr-habib-plan',
    { occurredAt: '1982-08-19', recordedAt: rec('1982-08-19', '20:00') },
    {
      agreementId: A.habibPlan,
      kind: 'partial',
      provisions: [
        'The PLO’s leadership, offices and fighters leave Beirut for prearranged destinations in other Arab countries',
        'Israeli forces pull back along the highway while PLO forces evacuate to Syria',
        'A multinational force of US, French and Italian troops oversees the evacuation with the Lebanese army',
        'The safety of the Palestinian families who stay is guaranteed by the Lebanese and US governments',
      ],
      signatories: ['israel', 'plo', 'lebanon'],
      textPublic: false,
    },
    [S.psc0819],
    { note: 'Israel’s cabinet approves the plan on 19 August, Lebanon’s on 18 August; the ceasefire holds.' },
  ),
  ev(
    'StatementMade',
    'stmt-sharon-warning',
    { occurredAt: '1982-08-19', recordedAt: rec('1982-08-19', '20:05') },
    {
      speaker: SHARON,
      audience: 'plo',
      tone: 'warning',
      summary: 'Sharon says the IDF will not tolerate PLO actions through the Syrian lines.',
    },
    [S.psc0819],
  ),
  ev(
    'ActorRegistered',
    'actor-mnf',
    { occurredAt: '1982-08-21', recordedAt: rec('1982-08-21', '20:00') },
    { actor: MNF, role: 'third-party' },
    [S.psc0821],
  ),
  ev(
    'IncidentReported',
    'inc-evacuation-begins',
    { occurredAt: '1982-08-21', recordedAt: rec('1982-08-21', '20:05') },
    {
      incidentId: 'plo-evacuation-begins-1982-08-21',
      kind: 'withdrawal',
      perpetrator: 'plo',
      place: P.beirut,
      description:
        'PLO forces begin the evacuation from Beirut: 400 sail for Cyprus, saluted with gunfire volleys by their comrades, under the watch of French troops.',
    },
    [S.psc0821],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-mnf-0821',
    { occurredAt: '1982-08-21', recordedAt: rec('1982-08-21', '20:10') },
    {
      actorId: 'multinational-force',
      counterparts: ['plo', 'lebanon'],
      kind: 'support',
      summary: 'French troops of the Multinational Force oversee the first PLO departures from the port of Beirut.',
    },
    [S.psc0821],
  ),
  ev(
    'StatementMade',
    'stmt-sharon-crushing-blow',
    { occurredAt: '1982-08-21', recordedAt: rec('1982-08-21', '20:15') },
    {
      speaker: SHARON,
      audience: 'plo',
      tone: 'critical',
      summary: 'Sharon says the PLO suffered a "crushing blow".',
    },
    [S.psc0821],
  ),
  ev(
    'StatementMade',
    'stmt-arafat-leaves',
    { occurredAt: '1982-08-30', recordedAt: rec('1982-08-30', '20:00') },
    {
      speaker: { name: 'Yasser Arafat', title: 'Chairman of the PLO', actorId: 'plo' },
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Arafat leaves Beirut by boat after farewells to Lebanese Muslim leaders, accompanied to the ship by Wazzan and Salam; Syrian troops leave West Beirut for the Bekaa.',
    },
    [S.psc0830],
  ),
  ev(
    'IncidentReported',
    'inc-evacuation-ends',
    { occurredAt: '1982-09-01', recordedAt: rec('1982-09-01', '20:00') },
    {
      incidentId: 'plo-evacuation-completed-1982-09-01',
      kind: 'withdrawal',
      perpetrator: 'plo',
      place: P.beirut,
      description: 'The last 700 PLO fighters leave Beirut for North Yemen, led by Abu Iyad and Abu Walid.',
    },
    [S.psc0901],
  ),
  ev(
    'StatementMade',
    'stmt-arafat-guarantee',
    { occurredAt: '1982-09-01', recordedAt: rec('1982-09-01', '20:05') },
    {
      speaker: { name: 'Yasser Arafat', title: 'Chairman of the PLO', actorId: 'plo' },
      audience: 'united-states',
      tone: 'neutral',
      summary:
        'Arafat, arriving in Greece, says the US pledge to protect the Palestinian refugees left in Lebanon was fundamental to the PLO’s agreement to leave Beirut.',
    },
    [S.psc0901],
  ),
  // ===== September 1982: after the evacuation =====
  ev(
    'IncidentReported',
    'inc-iaf-bekaa-0913',
    { occurredAt: '1982-09-13', recordedAt: rec('1982-09-14', '12:00') },
    {
      incidentId: 'israeli-airstrikes-bekaa-1982-09-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'plo',
      place: P.bekaa,
      description:
        'Israel launches all-day air strikes (about eight hours, the JTA) against Syrian, PLO and Lebanese National Movement artillery and anti-aircraft positions in the central and eastern Bekaa; the targets include the headquarters of the PFLP-General Command. Israel cites more than 98 ceasefire violations in the Bekaa since 23 July.',
    },
    [S.pscSep, S.jta820914],
  ),
  ev(
    'IncidentReported',
    'inc-idf-west-beirut-0915',
    { occurredAt: '1982-09-15', recordedAt: rec('1982-09-15', '20:00') },
    {
      incidentId: 'idf-enters-west-beirut-1982-09-15',
      kind: 'occupation',
      perpetrator: 'israel',
      against: 'lebanon',
      place: P.beirut,
      description:
        'After the assassination of President-elect Bashir Gemayel (14 September), the IDF moves into major parts of West Beirut in a six-pronged thrust from 5:30 AM; by the 16th it holds most of the city, overcoming resistance by small groups of Lebanese National Movement militia.',
    },
    [S.pscSep],
  ),
  ev(
    'ActorRegistered',
    'actor-phalange',
    { occurredAt: '1982-09-16', recordedAt: rec('1982-09-18', '20:00') },
    { actor: PHALANGE, role: 'third-party' },
    [S.wpSabra],
    { note: 'Israel’s Lebanese Christian ally; its leader Bashir Gemayel was killed on 14 September.' },
  ),
  ev(
    'IncidentReported',
    'inc-sabra-shatila',
    { occurredAt: '1982-09-16T15:00:00Z', precision: 'approximate', recordedAt: rec('1982-09-18', '20:05') },
    {
      incidentId: 'sabra-shatila-massacre-1982-09-16',
      kind: 'militant-attack',
      perpetrator: 'phalange',
      place: P.sabra,
      target: 'Palestinian and Lebanese Shia civilians in the Sabra quarter and the Shatila refugee camp',
      fatalities: { min: 460, max: 3500 },
      civilianFatalities: { min: 460, max: 3500 },
      description:
        'From about 18:00 on 16 September to 08:00 on 18 September the Lebanese Forces militia under Elie Hobeika kills hundreds to thousands of civilians in Sabra and Shatila, while the IDF has the camps surrounded: the IDF had ordered the militia to clear PLO fighters out of the camps, received reports of atrocities and took no action to stop them. The toll is disputed.',
    },
    [graded(S.wpSabra, 3), S.pscSep18],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-plo-1982.jsonl',
  logEnd: '1982-12-31T00:00:00Z',
  events,
};

export default definition;
