/**
 * A test fixture, not a shipped example: Ethiopia (the Derg, Mengistu) and
 * Somalia (Siad Barre) in the Ogaden War and after, as an analyst following
 * the record could have logged it — the Western Somali Liberation Front's
 * insurgency (the railway bridges cut in June 1977), the Somali army's
 * invasion of the Ogaden (13 July 1977) and the attacks Ethiopia reported on
 * 23 July at Degehabur, Kebri Dehar, Warder and Gode, the break of diplomatic
 * relations (7–8 September), Somalia's charge that Ethiopian aircraft bombed
 * two Somali border villages, the fall of Jijiga (14 September), the advance
 * on Harar, Somalia's expulsion of the Soviet advisers and break with Cuba
 * (13 November) and Siad Barre's charge of an imminent Soviet-Cuban-backed
 * Ethiopian aggression (14 November), the Soviet airlift and the Cuban
 * troops, the OAU good offices commission's proposed Lagos meeting, the Cuban
 * armoured brigade's action before Harar (23 January 1978), the Ethiopian–
 * Cuban counter-offensive (February 1978), Somalia's admission that its
 * regular forces were fighting (21 February), the battle of Jijiga and its
 * recapture (4–5 March), the United States' appeal and Siad Barre's
 * acceptance (8 March), Somalia's announcement of the withdrawal of its units
 * (9 March 1978), Ethiopia's announcement that the last border post was
 * regained (23 March), and the Somali incursion Ethiopia said it drove back
 * in August 1980. Escalation model v2 was never tuned on it: it is the case
 * the model is held to in ethiopia-somalia-1977.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone. (The `ethiopia-somalia-2024` case is
 * a different dispute; nothing of it is used here.)
 *
 * The parties are Ethiopia and Somalia. The WSLF is a third party: its
 * attacks before July 1977 are its own, with Ethiopia's charge that Somalia
 * stood behind them (an attack blamed on the other party). From 13 July 1977
 * the sources say the Somali army itself invaded ("the Somali armed forces
 * launched a full-scale invasion"; Ethiopia's note of 25 July: "Somalia's
 * armed forces, supported by tanks and aircraft, have crossed the border"),
 * so the fighting from then on is recorded as Somalia's, though Somalia
 * denied its regular army's part until 21 February 1978. The Soviet Union
 * and Cuba are third parties (their airlift and troops are their support of
 * Ethiopia; the Cuban troops' part in the counter-offensive is recorded as
 * Ethiopia's acts, fought with Cuban troops). The OAU is the mediator (its
 * good offices commission). The United States is a third party whose appeal
 * to Siad Barre is its outreach. Kenya is not registered: no dated act of its
 * in this case was found in the sources read.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded retrospectively
 * on 6 December 2026, one minute apart, in log order.
 *
 * Grading as in examples/README.md: B = an established outlet or official
 * record (the State Department's Foreign Relations of the United States, the
 * Christian Science Monitor, a King's College London defence blog); C = an
 * encyclopedia, a chronicle or a copy on a mirror, forum or blog (Wikipedia
 * on wikiwand, Keesing's and Facts on File copies, TIME on a mirror, the
 * Library of Congress country study on a mirror, MIT's CASCON summary, a
 * history site); 2 = several sources agree or one established source reports
 * it; 3 = one side's claim, or a count or date the sources disagree on.
 *
 * Dates of sources: contemporary reports and documents by their own date;
 * pages that carry no date of their own (encyclopedia pages and their copies,
 * chronicles, country studies) are given the day after the last development
 * they are cited for, a lower bound, as the other historical cases do.
 *
 * Judgement calls, recorded as an analyst would:
 * - The day of the invasion: Wikipedia and the history site give 13 July
 *   1977; Ethiopia's note verbale (FRUS, 25 July) gives 23 July at 03:00 GMT,
 *   and MIT's CASCON summary 23 July. Both are recorded: the invasion of 13
 *   July ("full-scale invasion", crossing "at many points along two major
 *   fronts", `scale: 'major'`, graded 3 for the disputed day) and the attacks
 *   Ethiopia reported on 23 July at four places (its "full-scale war of
 *   aggression": each attack its own place, `scale: 'major'` on none, since
 *   the words name the whole war, not an act).
 * - Places are written one way: "Jijiga", "Harar", "Gode", "Degehabur",
 *   "Kebri Dehar", "Warder", "the Ogaden" for acts the sources place only in
 *   the region.
 * - Scale (`scale: 'major'`) is set where a source names an invasion, an
 *   offensive or a battle for the act: the invasion of 13 July ("a full-scale
 *   invasion", 20thcenturywars.com); the Ethiopian counter-offensive of
 *   February 1978 ("two successive counter-offensives", Keesing's; "a
 *   two-stage counterattack toward Jijiga", the country study); the battle of
 *   Jijiga of 4 March 1978 ("the battle of Jijiga was the climax of an eight
 *   month war … a crushing victory", Defence-in-Depth). Not on the Cuban
 *   brigade's action of 23 January ("the worst losses the Somali forces had
 *   ever taken in a single action": no battle or offensive named, no toll).
 * - Occupation: the ground the Somali army held in Ethiopia from the
 *   invasion (60 per cent of the Ogaden and more, Jijiga from September) is
 *   one `occupation` of "the Ogaden" by Somalia from 13 July 1977, ended by
 *   Somalia's `withdrawal` announced on 9 March 1978 (the Somali Director
 *   General to the Western ambassadors that day: "the orders have been
 *   issued and it is now taking place", Somali troops "not now engaging in
 *   combat").
 * - The fall of Jijiga (14 September, by diplomatic sources of 18
 *   September): the country study says the Ethiopian unit defending it
 *   mutinied and fled; the WSLF claimed 3,000 Ethiopian soldiers killed "in
 *   the fighting", its own losses believed similar. Recorded as a clash by
 *   Somalia at Jijiga, fatalities 3,000 (the WSLF's claim, graded 3).
 * - Ethiopia "had threatened to attack Somalia" (Facts on File, 24
 *   September) is dated approximately to the break of relations (7
 *   September), the day it is known to precede; graded 3.
 * - The advance on Harar is known by month only (Keesing's: the Somali
 *   forces "approached the city of Harar in November 1977"; the country
 *   study: a "three-pronged attack on Harer" in January 1978): recorded by
 *   month, with no place count beyond Harar and no toll.
 * - The counter-offensive is dated by month (February 1978: "early in
 *   February", the country study), the battle of Jijiga to 4 March
 *   (Defence-in-Depth) and the recapture of Jijiga to 5 March (Wikipedia).
 *   TIME's "several thousand Somali soldiers are estimated to have died last
 *   week around … Jijiga" is the toll of the battle, recorded as 2,000–9,000
 *   on it (graded 3).
 * - The week of the drive (added after the first run of the model, as a
 *   recording the analyst had left out): TIME of 27 February reports that
 *   "the war … ground grimly on last week", the Ethiopians and their Soviet
 *   and Cuban advisers "clearly gaining in their drive to oust Somalian
 *   forces" from the Ogaden, and describes the fighting outside Harar. The
 *   first recording took only the mobilisation from that report. The
 *   fighting of that week is recorded too, dated approximately as the
 *   mobilisation is (20 February), in "the Ogaden", with no toll; not marked
 *   `major`: TIME's word for it is "drive", not an offensive or a battle.
 * - No act between the two is recorded from 9 March 1978 (the withdrawal
 *   announced, the Somali troops no longer engaging) to August 1980. The
 *   Ethiopian reconquest to the border (CASCON: by 15 March; Wikipedia: the
 *   last border post regained on 23 March) is recorded as Ethiopia's
 *   statement of 23 March, not as an act: no source read reports fire after
 *   5 March. No ceasefire was agreed: Somalia asked for one on 9 March, and
 *   none is recorded.
 * - The OAU: the commission's meeting with Somalia that the Somali delegates
 *   left (CASCON) is undated in the sources read, and the committee's 1981
 *   finding that the Ogaden is part of Ethiopia (ONLF) falls after the case:
 *   neither is recorded. Nigeria's proposal of a meeting of the good offices
 *   commission in Lagos in February 1978 (US embassy Lagos, 16 January) is
 *   the OAU's mediation, proposed.
 * - August 1980: Ethiopia's Information Ministry said on the night of
 *   Wednesday 6 August that its army had "recently" driven back a Somali
 *   invasion force, 1,300 Somalis killed (CSM, 8 August). Recorded as
 *   Ethiopia's clash against Somalia in the Ogaden, dated approximately to
 *   the announcement (the day of the fighting is not given), graded 3. The
 *   "Somali raid" of May 1980 (CASCON) is recorded by month.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ethiopia-somalia-1977';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1977);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const ETHIOPIA: Actor = {
  id: 'ethiopia',
  name: 'Ethiopia',
  kind: 'state',
  aliases: ['Addis Ababa', 'the Derg', 'Provisional Military Administrative Council', 'PMAC'],
};
const SOMALIA: Actor = {
  id: 'somalia',
  name: 'Somalia',
  kind: 'state',
  aliases: ['Mogadishu', 'Somali Democratic Republic', 'SDR', 'GSDR'],
};
const WSLF: Actor = {
  id: 'wslf',
  name: 'Western Somali Liberation Front',
  kind: 'armed-group',
  aliases: ['WSLF', 'Western Somalia Liberation Front'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const CUBA: Actor = { id: 'cuba', name: 'Cuba', kind: 'state', aliases: ['Havana'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const OAU: Actor = {
  id: 'oau',
  name: 'Organisation of African Unity (good offices commission)',
  kind: 'international-organisation',
  aliases: ['OAU'],
};

const ETH_MFA: Person = {
  name: 'Felleke Gedle-Ghiorgis',
  title: 'Foreign Minister of Ethiopia',
  actorId: 'ethiopia',
};
const ETH_GOV: Person = { name: 'Government of Ethiopia (the Derg)', actorId: 'ethiopia' };
const ETH_INFO: Person = { name: 'Ethiopian Ministry of Information (spokesman)', actorId: 'ethiopia' };
const SOM_GOV: Person = { name: 'Government of Somalia', actorId: 'somalia' };
const SOM_CC: Person = {
  name: 'Central Committee of the Somali Revolutionary Socialist Party',
  actorId: 'somalia',
};
const SIAD: Person = { name: 'Mohamed Siad Barre', title: 'President of Somalia', actorId: 'somalia' };
const SOM_MFA: Person = {
  name: 'Mohamed Sharif',
  title: 'Director General, Ministry of Foreign Affairs of Somalia',
  actorId: 'somalia',
};

const WIKI_URL = 'https://wikiwand.com/en/articles/Ethio-Somali_War';
/** The Wikipedia article on the war (a wikiwand copy), dated the day after the development it is cited for. */
const wp = (day: string) => source('Ogaden War', 'Wikipedia (wikiwand copy)', WIKI_URL, day, 'C', 2);
const STUDY_URL = 'https://countries2.tripod.com/cEthiopia185.htm';
/** The Library of Congress country study of Ethiopia (a mirror), dated the day after its development. */
const study = (day: string) =>
  source(
    'Ethiopia: The Somali (Figure 11, The Ogaden War, 1977-78)',
    'Library of Congress country study (mirror)',
    STUDY_URL,
    day,
    'C',
    2,
  );

const S = {
  cent20: source(
    'July 13, 1977 – The start of the Ogaden War between Somalia and Ethiopia',
    '20thcenturywars.com (excerpts of Wars of the 20th Century, vol. 4)',
    'https://20thcenturywars.com/july-13-1977-start-of-the-ogaden-war-between-somalia-and-ethiopia',
    '1977-07-14',
    'C',
    3,
  ),
  frus0725: source(
    'Telegram From the Embassy in Ethiopia to the Department of State: Ethiopia Alleges Full-Scale War of Aggression (FRUS 1977–80, vol. XVII, part 1, doc. 23)',
    'Office of the Historian, U.S. Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v17p1/d23',
    '1977-07-25',
    'B',
    2,
  ),
  fof0924: source(
    'September 24, 1977 (Facts on File copy: Jijiga falls; relations broken)',
    'Somalia Online forum (copy of Facts on File)',
    'https://somaliaonline.com/community/topic/34082-september-24-1977-visiting-last-major-war-between-somalia-and-ethiopia/?tab=comments',
    '1977-09-24',
    'C',
    2,
  ),
  keesingNov: source(
    "Ethiopian-Somali Conflict – Somalia's Abrogation of Treaty of Friendship with the Soviet Union, Expulsion of Soviet Experts, and Severance of Diplomatic Relations with Cuba (Keesing's copy)",
    "Islam's blogs (copy of Keesing's Contemporary Archives)",
    'https://islamsblogs.wordpress.com/2015/03/31/the-somali-government-persisted-in-claiming-that-there-were-up-to-15000-cuban-troops-in-ethiopia-the-south-yemeni-forces-committed-to-battles-east-of-dire-dawa-and-east-german-troops-being-also-inv/',
    '1977-11-15',
    'C',
    2,
  ),
  time1128: source(
    'Russians, Go Home! The Somalis cut loose from Moscow',
    'TIME (mirror)',
    'http://610211.6jhxt.group/txt/time/Time1977/1977-11-28/919155.html',
    '1977-11-28',
    'C',
    2,
  ),
  cuba: source(
    'Ethiopia: Cuba',
    'Library of Congress country study (mirror)',
    'https://countries2.tripod.com/cEthiopia177.htm',
    '1978-03-10',
    'C',
    2,
  ),
  lagos0116: source(
    'Encouragement of Ethiopian-Somali Negotiations (US Embassy Lagos cable 0633)',
    'WikiLeaks PlusD (US State Department cable)',
    'https://search.wikileaks.org/plusd/cables/1978LAGOS00633_d.html',
    '1978-01-16',
    'B',
    2,
  ),
  time0227: source(
    'A Desert Duel Keeps Heating Up',
    'TIME (mirror)',
    'http://softbeam.net/txt/time/Time1978/1978-02-27/919356.html',
    '1978-02-27',
    'C',
    2,
  ),
  keesingMay: source(
    "Ogaden Area recaptured by Ethiopian Forces with Soviet and Cuban Support (Keesing's Record of World Events, May 1978)",
    "docest (copy of Keesing's)",
    'https://docest.com/doc/589870/keesings-record-of-world-events-formerly-keesings-contemporary-archives',
    '1978-05-31',
    'C',
    2,
  ),
  did: source(
    'The Battle for the Horn of Africa: A Retrospective',
    "Defence-in-Depth (King's College London)",
    'https://defenceindepth.co/2019/02/19/the-battle-for-the-horn-of-africa-a-retrospective/',
    '2019-02-19',
    'B',
    2,
  ),
  time0320: source(
    'The Somalis Go: But will the Cubans follow?',
    'TIME (mirror)',
    'http://610211.6jhxt.group/txt/time/Time1978/1978-03-20/919459.html',
    '1978-03-20',
    'C',
    2,
  ),
  frusVance: source(
    'Telegram From the Department of State to the Embassy in the Soviet Union: Horn of Africa: Somali Withdrawal (FRUS 1977–80, vol. VI, doc. 88)',
    'Office of the Historian, U.S. Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v06/d88',
    '1978-03-09',
    'B',
    2,
  ),
  frus0309: source(
    'Telegram From the Embassy in Somalia to the Department of State: Somali Intention To Withdraw From the Ogaden (FRUS 1977–80, vol. XVII, part 1, doc. 72)',
    'Office of the Historian, U.S. Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v17p1/d72',
    '1978-03-09',
    'B',
    2,
  ),
  ogaden0309: source(
    '40 years ago Somalia recalled its troops From Ogaden',
    'Ogaden.com',
    'https://www.ogaden.com/40-years-ago-somalia-recalled-its-troops-from-ogaden/',
    '2018-03-09',
    'C',
    2,
  ),
  cascon: source(
    'Ogaden 1977-80 (CASCON case summary)',
    'MIT CASCON',
    'http://web.mit.edu/cascon/cases/case_oga.html',
    '1980-08-09',
    'C',
    2,
  ),
  csm0808: source(
    'Invasion force repulsed in Ogaden, Ethiopia says',
    'Christian Science Monitor',
    'https://www.csmonitor.com/1980/0808/080817.html',
    '1980-08-08',
    'B',
    3,
  ),
};

const P = {
  ogaden: 'the Ogaden',
  jijiga: 'Jijiga',
  harar: 'Harar',
  gode: 'Gode',
  degehabur: 'Degehabur',
  kebriDehar: 'Kebri Dehar',
  warder: 'Warder',
  railway: 'Addis Ababa–Djibouti railway',
  somaliVillages: 'Somali border villages',
};

const events = [
  // ===== June – July 1977: the WSLF, the invasion =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1977-06', 'month'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ethiopia – Somalia, the Ogaden War and after, 1977–80',
      subject:
        'The Ogaden: the WSLF insurgency backed by Somalia, the Somali army’s invasion of July 1977, the Soviet switch to Ethiopia, the Ethiopian–Cuban counter-offensive, Somalia’s withdrawal of March 1978, and the border after it',
      parties: [ETHIOPIA, SOMALIA],
      mediators: [],
    },
    [study('1977-07-01')],
  ),
  ev(
    'ActorRegistered',
    'actor-wslf',
    when('1977-06', 'month'),
    { actor: WSLF, role: 'third-party' },
    [study('1977-07-01')],
    {
      note: 'The Somali guerrillas of the Ogaden, attacking police posts and garrisons since 1975 from bases in Somalia, which supports them.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-wslf-railway',
    when('1977-06', 'month'),
    {
      incidentId: 'wslf-railway-bridges-1977-06',
      kind: 'militant-attack',
      perpetrator: 'wslf',
      against: 'ethiopia',
      place: P.railway,
      description:
        'The WSLF, supported by the Somali government and joined by Somali National Army "volunteers", cuts the railway bridges between Addis Ababa and Djibouti (about a third of Ethiopia’s external trade) and establishes control over 60 per cent of the Ogaden.',
    },
    [study('1977-07-01')],
  ),
  ev(
    'IncidentReported',
    'inc-invasion',
    when('1977-07-13'),
    {
      incidentId: 'somali-invasion-ogaden-1977-07-13',
      kind: 'clash',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: P.ogaden,
      scale: 'major',
      description:
        'The Somali armed forces launch a full-scale invasion of the Ogaden: 30,000–50,000 soldiers with 250 tanks, 350 armoured personnel carriers, 600 artillery pieces and dozens of aircraft cross the border at many points along two fronts (Hargeisa in the north, Baidoa and Mogadishu in the south). Somalia says the soldiers are "volunteers on leave".',
    },
    [S.cent20, graded(wp('1977-07-14'), 3)],
  ),
  ev(
    'IncidentReported',
    'occ-ogaden',
    when('1977-07-13'),
    {
      incidentId: 'somalia-holds-ogaden-1977-07',
      kind: 'occupation',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: P.ogaden,
      description:
        'The Somali army holds the ground it takes in the Ogaden (the southern advance takes Gode, Delo and Filtu; Jijiga falls in September): Ethiopian territory held by Somalia’s forces until its withdrawal.',
    },
    [S.cent20, study('1977-09-15')],
  ),
  ...(
    [
      ['degehabur', P.degehabur],
      ['kebri-dehar', P.kebriDehar],
      ['warder', P.warder],
      ['gode', P.gode],
    ] as const
  ).map(([key, place]) =>
    ev(
      'IncidentReported',
      `inc-0723-${key}`,
      when('1977-07-23T03:00:00Z'),
      {
        incidentId: `somali-attack-${key}-1977-07-23`,
        kind: 'clash',
        perpetrator: 'somalia',
        allegedBy: 'ethiopia',
        against: 'ethiopia',
        place,
        description: `Ethiopia: at 03:00 GMT the combined armed forces of Somalia, supported by tanks and aircraft, attack at ${place} (one of four places named: Degehabur, Kebri Dehar, Warder, Gode); "serious fighting going on at this moment".`,
      },
      [graded(S.frus0725, 3)],
    ),
  ),
  ev(
    'StatementMade',
    'stmt-eth-aggression',
    when('1977-07-25'),
    {
      speaker: ETH_MFA,
      audience: 'somalia',
      tone: 'accusation',
      summary:
        'The Foreign Minister summons the diplomatic corps and hands a note verbale: Somalia’s armed forces have crossed the border and started a full-scale war of aggression; for several months Somalia has been infiltrating regular troops into Ethiopia; the matter is referred to the OAU and may go to the UN Security Council; "we are in a state of (undeclared) war".',
      quote: 'full-scale war of aggression',
      blames: { incidentId: 'wslf-railway-bridges-1977-06', on: 'somalia' },
    },
    [S.frus0725],
  ),
  // ===== September 1977: relations broken, Jijiga =====
  ev(
    'StatementMade',
    'stmt-eth-threat',
    when('1977-09-07', 'approximate'),
    {
      speaker: ETH_GOV,
      audience: 'somalia',
      tone: 'military-threat',
      summary:
        'Ethiopia threatens to attack Somalia over what it calls Somalia’s intervention on the side of the WSLF.',
    },
    [graded(S.fof0924, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-eth-break',
    when('1977-09-07'),
    {
      speaker: ETH_GOV,
      audience: 'somalia',
      tone: 'critical',
      summary:
        'Ethiopia breaks diplomatic relations with Somalia and gives the Somali envoys 48 hours to leave the country.',
    },
    [S.fof0924],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-som-break',
    when('1977-09-08'),
    {
      speaker: SOM_GOV,
      audience: 'ethiopia',
      tone: 'critical',
      summary: 'Somalia retaliates in the same way, breaking relations and expelling the Ethiopian envoys.',
    },
    [S.fof0924],
    { cameo: '161' },
  ),
  ev(
    'IncidentReported',
    'inc-eth-bombing',
    when('1977-09-10', 'approximate'),
    {
      incidentId: 'ethiopian-bombing-somali-villages-1977-09',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'somalia',
      against: 'somalia',
      place: P.somaliVillages,
      description: 'Somalia charges Ethiopia with bombing two Somali border villages (charge made on 10 September).',
    },
    [graded(S.fof0924, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-jijiga-falls',
    when('1977-09-14'),
    {
      incidentId: 'jijiga-falls-1977-09-14',
      kind: 'clash',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: P.jijiga,
      fatalities: { min: 3000, max: 3000 },
      description:
        'Jijiga falls to the Somali forces (diplomatic sources in Addis Ababa and Mogadishu, 18 September); Ethiopian troops abandon it, with the radar station that covered Dire Dawa. The WSLF says 3,000 Ethiopian soldiers died in the fighting, its own losses believed similar; Ethiopia reports heavy fighting in the area and shows journalists captured Somali equipment at Dire Dawa.',
    },
    [graded(S.fof0924, 3), study('1977-09-15')],
  ),
  ev(
    'StatementMade',
    'stmt-som-denies',
    when('1977-09-18', 'approximate'),
    {
      speaker: SOM_GOV,
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        'Somalia denies that its regular army is fighting alongside the guerrillas but admits giving them air and material support.',
    },
    [S.fof0924],
  ),
  // ===== November 1977: Harar, the Soviet break =====
  ev(
    'IncidentReported',
    'inc-harar-nov',
    when('1977-11', 'month'),
    {
      incidentId: 'somali-advance-harar-1977-11',
      kind: 'clash',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: P.harar,
      description:
        'The Somali forces approach the city of Harar, having taken Jijiga in September; bitter fighting stops them at the approaches of Harar and Dire Dawa.',
    },
    [S.keesingMay],
  ),
  ev('ActorRegistered', 'actor-ussr', when('1977-11-13'), { actor: USSR, role: 'third-party' }, [S.keesingNov]),
  ev('ActorRegistered', 'actor-cuba', when('1977-11-13'), { actor: CUBA, role: 'third-party' }, [S.keesingNov]),
  ev(
    'StatementMade',
    'stmt-som-expels',
    when('1977-11-13'),
    {
      speaker: SOM_CC,
      audience: 'soviet-union',
      tone: 'accusation',
      summary:
        'Radio Mogadishu: because of the Soviet Union’s "collaboration with Ethiopia in preparation for an invasion of Somalia", Soviet advisers must leave within a week, Soviet military facilities are withdrawn, the 1974 treaty of friendship is abrogated; relations with Cuba are severed over its decision to commit troops on Ethiopia’s side.',
      quote: 'collaboration with Ethiopia in preparation for an invasion of Somalia',
    },
    [S.keesingNov, S.time1128],
  ),
  ev(
    'StatementMade',
    'stmt-siad-1114',
    when('1977-11-14'),
    {
      speaker: SIAD,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'To one of the largest demonstrations ever held in Mogadishu, Siad Barre says the fighting in the Ogaden has been internationalised and that Ethiopia’s neighbours are threatened, citing a joint Soviet-Cuban plan for imminent total military aggression by Ethiopia against Somalia.',
      quote:
        'We are fully convinced of the existence of a joint Soviet-Cuban plan for imminent total military aggression by Ethiopia',
    },
    [S.keesingNov],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-airlift',
    when('1977-11-30', 'approximate'),
    {
      actorId: 'soviet-union',
      counterparts: ['ethiopia', 'cuba'],
      kind: 'support',
      summary:
        'By the end of November the Soviet Union begins a six-week airlift, later a sealift, of arms and of Cuban troops to Ethiopia; Cuban military advisers arrive in November. From then to February 1978 Cuba deploys about 17,000 troops, three combat brigades among them.',
    },
    [S.cuba],
  ),
  // ===== January – February 1978: Harar, the counter-offensive =====
  ev('ActorRegistered', 'actor-oau', when('1978-01-16'), { actor: OAU, role: 'mediator' }, [S.lagos0116]),
  ev(
    'MediationAction',
    'med-oau-lagos',
    when('1978-01-16'),
    {
      mediator: 'oau',
      action: 'proposed',
      summary:
        'Nigeria, for the OAU good offices commission, writes to the seven other member governments on inviting Somalia and Ethiopia to a meeting in Lagos in February to discuss a peaceful settlement.',
    },
    [S.lagos0116],
  ),
  ev(
    'IncidentReported',
    'inc-harar-jan',
    when('1978-01', 'month'),
    {
      incidentId: 'somali-attack-harar-1978-01',
      kind: 'clash',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: P.harar,
      description:
        'After weeks bogged down by bad weather, the Somali army presses a three-pronged attack on Harar, where nearly 50,000 Ethiopian troops have regrouped with Soviet heavy artillery and some 10,000 Cuban troops.',
    },
    [study('1978-02-01')],
  ),
  ev(
    'IncidentReported',
    'inc-cuban-brigade',
    when('1978-01-23'),
    {
      incidentId: 'cuban-brigade-harar-1978-01-23',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'somalia',
      place: P.harar,
      description:
        'A Cuban armoured brigade fighting on Ethiopia’s side inflicts the worst losses the Somali forces have taken in a single action since the start of the war.',
    },
    [wp('1978-01-24')],
  ),
  ev(
    'IncidentReported',
    'inc-counteroffensive',
    when('1978-02', 'month'),
    {
      incidentId: 'ethiopian-counteroffensive-1978-02',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'somalia',
      place: P.ogaden,
      scale: 'major',
      description:
        'Early in February the Ethiopians, with Cuban troops and Soviet advisers, launch a two-stage counterattack toward Jijiga; Keesing’s: "two successive counter-offensives by the reorganized Ethiopian Army with strong Soviet and Cuban support both on the ground and in the air".',
    },
    [study('1978-03-01'), S.keesingMay],
  ),
  ev(
    'IncidentReported',
    'inc-drive-feb',
    when('1978-02-20', 'approximate'),
    {
      incidentId: 'ethiopian-drive-ogaden-1978-02-20',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'somalia',
      place: P.ogaden,
      description:
        'The war grinds on through the week: the Ethiopians and their Soviet and Cuban advisers (about 6,000) are clearly gaining in their drive to oust the Somali forces from the Ogaden; outside Harar, Somali tanks and artillery lie wrecked. No toll given.',
    },
    [S.time0227],
  ),
  ev(
    'IncidentReported',
    'inc-som-mobilisation',
    when('1978-02-20', 'approximate'),
    {
      incidentId: 'somali-general-mobilisation-1978-02',
      kind: 'force-posture',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: 'Mogadishu',
      description:
        'As the Ethiopians and their Soviet and Cuban advisers gain in their drive to oust the Somali forces from the Ogaden, the Somali government announces a general mobilisation and inducts 30,000 volunteers, women and 15-year-olds among them, into a national militia.',
    },
    [S.time0227],
  ),
  ev(
    'StatementMade',
    'stmt-siad-ww3',
    when('1978-02-20', 'approximate'),
    {
      speaker: SIAD,
      audience: 'press',
      tone: 'warning',
      summary:
        'Siad Barre steps up his appeals for Western military support and warns that if the Russians are not thrown out of the region a third world war could break out.',
      quote: 'If the Russians are not thrown out of this region, the third world war could break out.',
    },
    [S.time0227],
  ),
  ev(
    'StatementMade',
    'stmt-som-admits',
    when('1978-02-21'),
    {
      speaker: SOM_GOV,
      audience: 'ethiopia',
      tone: 'critical',
      summary: 'Somalia acknowledges for the first time the presence of its regular forces in Ethiopia.',
    },
    [S.keesingMay],
  ),
  // ===== March 1978: Jijiga, the withdrawal =====
  ev(
    'IncidentReported',
    'inc-battle-jijiga',
    when('1978-03-04'),
    {
      incidentId: 'battle-of-jijiga-1978-03-04',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'somalia',
      place: P.jijiga,
      scale: 'major',
      fatalities: { min: 2000, max: 9000 },
      description:
        'The battle of Jijiga, "the climax of an eight month war", a crushing victory for the Ethiopians, aided by a Cuban expeditionary force and Soviet advisers: some 68,000 Ethiopians and 7,000 Cubans go over the Ahmar mountains round the Marda Pass. TIME: several thousand Somali soldiers died around Jijiga in the week.',
    },
    [S.did, graded(S.time0320, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-jijiga-retaken',
    when('1978-03-05'),
    {
      incidentId: 'jijiga-recaptured-1978-03-05',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'somalia',
      place: P.jijiga,
      description: 'Ethiopian and Cuban forces recapture Jijiga.',
    },
    [wp('1978-03-06'), S.did],
  ),
  ev('ActorRegistered', 'actor-usa', when('1978-03-08'), { actor: USA, role: 'third-party' }, [S.frusVance]),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-appeal',
    when('1978-03-08'),
    {
      actorId: 'united-states',
      counterparts: ['somalia'],
      kind: 'outreach',
      summary:
        'Secretary Vance sends Siad Barre an oral message strongly urging a Somali announcement of withdrawal from all of the Ogaden; Siad tells Ambassador Loughran late that day that he accepts the President’s appeal.',
    },
    [S.frusVance],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal',
    when('1978-03-09T14:00:00Z'),
    {
      incidentId: 'somali-withdrawal-ogaden-1978-03-09',
      kind: 'withdrawal',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: P.ogaden,
      description:
        'Somalia announces that it will recall its units from the Ogaden (resolution of the party’s Central Committee); its Director General tells the Western ambassadors the orders have been issued, the withdrawal is taking place and Somali troops are not now engaging in combat. Siad orders home some 20,000 troops.',
    },
    [S.frus0309, S.ogaden0309, S.time0320],
  ),
  ev(
    'StatementMade',
    'stmt-som-withdrawal-terms',
    when('1978-03-09T14:00:00Z'),
    {
      speaker: SOM_MFA,
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        'With the withdrawal, Somalia asks friendly countries to secure the withdrawal of all foreign troops, a ceasefire, negotiations on the basis of self-determination and observers against reprisals on the Somali people of the area; it reiterates the Ogaden Somalis’ right to self-determination and condemns "the unholy alliance of the Soviet Union and its foreign allies".',
    },
    [S.frus0309, S.ogaden0309],
  ),
  ev(
    'StatementMade',
    'stmt-carter',
    when('1978-03-10', 'approximate'),
    {
      speaker: { name: 'Jimmy Carter', title: 'President of the United States', actorId: 'united-states' },
      audience: 'soviet-union',
      tone: 'neutral',
      summary:
        'Carter hails the Somali decision and urges the Soviet-Cuban expedition to leave Ethiopia once the Somali forces have withdrawn completely and Ethiopia has re-established control over its territory.',
      quote:
        'As soon as Somali forces have withdrawn completely, and as soon as Ethiopian forces have reestablished control over their territory, withdrawal of the Soviet and Cuban combat presence should begin.',
    },
    [S.time0320],
  ),
  ev(
    'StatementMade',
    'stmt-eth-border-post',
    when('1978-03-23'),
    {
      speaker: ETH_GOV,
      audience: 'somalia',
      tone: 'neutral',
      summary:
        'Ethiopia declares that the last border post has been regained, ending the war (Somalia withdrew the remainder of its troops in mid-March).',
    },
    [wp('1978-03-24'), S.keesingMay],
  ),
  // ===== 1980: the border =====
  ev(
    'IncidentReported',
    'inc-raid-may-1980',
    when('1980-05', 'month'),
    {
      incidentId: 'somali-raid-ogaden-1980-05',
      kind: 'clash',
      perpetrator: 'somalia',
      against: 'ethiopia',
      place: P.ogaden,
      description: 'A Somali raid into the Ogaden is soon crushed.',
    },
    [S.cascon],
  ),
  ev(
    'IncidentReported',
    'inc-aug-1980',
    when('1980-08-06', 'approximate'),
    {
      incidentId: 'somali-force-repulsed-1980-08',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'somalia',
      place: P.ogaden,
      fatalities: { min: 1300, max: 1300 },
      injured: { min: 2000, max: 2000 },
      description:
        'Ethiopia: its army recently drove back a 14,000-strong Somali mechanised invasion force backed by three infantry brigades that swept into the Ogaden; 1,300 Somalis killed and more than 2,000 wounded, the highest toll since the war ended in March 1978.',
    },
    [S.csm0808],
  ),
  ev(
    'StatementMade',
    'stmt-eth-aug-1980',
    when('1980-08-06'),
    {
      speaker: ETH_INFO,
      audience: 'somalia',
      tone: 'accusation',
      summary:
        'The Information Ministry spokesman announces that the Ethiopian Army has driven back an invasion force from Somalia in the Ogaden.',
    },
    [S.csm0808],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ethiopia-somalia-1977.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
