/**
 * A test fixture, not a shipped example: Israel and Syria from the UN
 * ceasefire on the Golan front at the end of the October War (October 1973)
 * to the first renewal of UNDOF's mandate (29 November 1974), as an analyst
 * following the news could have recorded them — the last battle of the war
 * on Mount Hermon, the ceasefire of resolution 338 as it stood on the Golan
 * from 24 October, the Israeli troops left in the salient (the "Yom Kippur
 * War enclave") on Syrian soil, the prisoners of war held by both sides and
 * Syria's refusal to give a list of the Israelis it held, Syria's refusal to
 * attend the Geneva conference (21 December 1973), the exchanges of fire of
 * February 1974, Kissinger's visit to Damascus that brought the list (27
 * February), the war of attrition from March (artillery and tank duels along
 * the line, the battle for the Mount Hermon peak in April, the ambush of 1–2
 * May), Kissinger's shuttle between Jerusalem and Damascus (2–29 May), the
 * disengagement agreement announced on 29 May and signed in Geneva on 31 May
 * with UNDOF created by resolution 350, the exchange of the wounded prisoners
 * (1 June) and of all the others (6 June), Israel's withdrawal from the
 * salient (23 June) and from Quneitra and the Hermon peak (25 June), and
 * the renewal of UNDOF's mandate (resolution 363, 29 November 1974).
 * Escalation model v2 was never tuned on it: it is the case the model is
 * held to in israel-syria-1974.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * The parties are Israel and Syria. Mediators: the United States
 * (Kissinger) and the United Nations (the ceasefire resolutions, UNTSO's
 * observers, UNDOF). Third parties: the Soviet Union (co-sponsor of
 * resolution 338, co-chair of the Geneva conference) and Egypt (its own
 * disengagement with Israel, January 1974, is a third party's and is
 * recorded in egypt-israel-1973.ts, not here). Nothing of the third parties
 * is recorded as the pair's. Separate from israel-syria-2025.ts.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or reference
 * (the Jewish Telegraphic Agency's daily bulletin, Encyclopaedia Britannica,
 * The Hindu's archive, the Israel State Archives' published chapters); C = an
 * encyclopedia mirror, a reference site or a memoir on a personal site
 * (Wikipedia, the Jewish Virtual Library, a paper on Scribd, Bernard
 * Gwertzman's site, resolution texts on private sites); 2 = several sources
 * agree or one established source reports it; 3 = one side's claim, or a date
 * or count the analyst had to infer.
 *
 * Dates of sources: JTA bulletins by their own date (given in the URL, or by
 * the dateline "See Original Daily Bulletin From This Date"; where neither is
 * in the copy read, inferred from the content and graded 3 — see below).
 * Reference works written later (Wikipedia, Britannica, the State Archives'
 * chapters, the Scribd paper, the Jewish Virtual Library) are given a lower
 * bound from their own content: the day of the development they are cited
 * for, as the thailand-laos-1987 fixture does.
 *
 * Judgement calls, recorded as an analyst would:
 * - The ceasefire: resolution 338 was adopted on 22 October; Syria accepted
 *   it a day later (Britannica); the lines on the Golan are those of 24
 *   October (Jewish Virtual Library). Recorded as one ceasefire from 24
 *   October 1973, mediated by the UN, the United States and the Soviet Union
 *   (the resolution's sponsors), indefinite. It is never ended: both sides
 *   fired across it for months, and the disengagement agreement of 31 May
 *   1974 tells them to observe it "scrupulously" (recorded as its extension).
 *   The acts of February–May 1974 that killed or wounded are recorded twice,
 *   as the incident and as a violation Israel reported (one `occurrence`).
 * - The last battle of the war: the third battle of Mount Hermon, in which
 *   Israel retook the peak on 21–22 October 1973 (Wikipedia). No toll read
 *   for it is recorded; no source read calls it more than "the Third battle",
 *   so no act is recorded `major`.
 * - The prisoners: Syria held some 65 Israeli soldiers (the list of 27
 *   February), Israel 254 Syrian soldiers by its count (Scribd paper), later
 *   "nearly 400 Syrian and Moroccan" prisoners (JTA, 4 June). Each side's is
 *   a `detention` dated 24 October 1973, the day the ceasefire left them held,
 *   at one place written one way ("prisoners of war of the October War"),
 *   and ended by that side's `release` on 6 June 1974 (56 Israelis and 382
 *   Syrians, JTA). The two Israeli soldiers captured on the night of 1–2 May
 *   1974 are recorded as a detention at the same place, ended by the same
 *   release. The exchange of the wounded on 1 June (12 Israelis, JTA) freed
 *   only part of them: the catalogue's `release` ends a detention whole, so it
 *   is recorded as the UN's act (the Red Cross plane flying for the UN) and the
 *   detentions run to 6 June.
 * - The salient: the ground Israel took beyond the 1967 line in October 1973
 *   (the "Yom Kippur War enclave", some 55 sq km more than before, with the
 *   Hermon peak), held after the ceasefire, is an `occupation` by Israel from
 *   24 October 1973, ended by its `withdrawal` from the enclave on 23 June
 *   1974 (the day before the JTA report of the Syrian civil administration
 *   taking over, graded 3 for the inferred date). The withdrawal from
 *   Quneitra and the Hermon peak on 25 June (JTA: "Israel completed today
 *   the withdrawals required") is recorded as a second withdrawal. The Golan
 *   held since 1967 is not recorded as an occupation: it is the standing line
 *   the ceasefire and the agreement start from, not ground taken in this case.
 * - Places, written one way: "Mount Hermon" (the peak and its outposts),
 *   "southern Golan Heights", "the October War enclave (salient)", and
 *   "Golan Heights front" for fire the source gives only as "all along the
 *   Syrian front".
 * - Dates inferred from the content of a JTA copy without a dateline: the
 *   battle for the Hermon peak is dated 14 April from the Israel State
 *   Archives ("On April 14, it was again captured by the IDF"), the air strikes
 *   "yesterday" on the 13th; the bulletin "Israel awaits POWs" to 5 June (the
 *   day the final documents were signed in Geneva, JTA 4 June); "Israel
 *   completes withdrawals" to 25 June (the Tuesday the schedule gave, JTA).
 * - The fire of the war of attrition was daily (the State Archives: "The
 *   Syrians shelled the Hermon outposts every day"), but only the days a
 *   source read dates are recorded: 5 February, 19–20 March, 3 April, 13–14
 *   April, 27 April, 1–2 May, 3 May, 5–6 May. No dated act between 6 May and
 *   the agreement was found in the sources read; none is recorded.
 * - The helicopter that crashed into the mountain on 27 April (six crew
 *   killed) is an accident, not Syrian fire: the shelling of that day is
 *   recorded with its wounded unknown and the crash in its description only.
 * - After the withdrawal no dated act between the two was found for the rest
 *   of 1974; resolution 363 (29 November) notes "the state of tension" in
 *   the area and renews UNDOF for six months. The renewal is recorded as the
 *   UN's act; the tension it names, with no act dated, is not recorded.
 * - The Kiryat Shmona attack of 11 April 1974 and the Ma'alot attack of 15
 *   May were the Palestinian factions' from Lebanon, not Syria's: not
 *   recorded as the pair's acts.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-syria-1974';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1974);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem', 'IDF'] };
const SYRIA: Actor = { id: 'syria', name: 'Syria', kind: 'state', aliases: ['Damascus', 'Syrian Arab Republic'] };
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UNTSO', 'UNDOF', 'Security Council'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };

const ISRAEL_GOV: Person = { name: 'Government of Israel', actorId: 'israel' };
const SYRIA_GOV: Person = { name: 'Government of Syria', actorId: 'syria' };
const EBAN: Person = { name: 'Abba Eban', title: 'Foreign Minister of Israel', actorId: 'israel' };
const KISSINGER: Person = { name: 'Henry Kissinger', title: 'US Secretary of State', actorId: 'united-states' };

const S = {
  wpHermon: (day: string) =>
    source(
      'First Battle of Mount Hermon',
      'Wikipedia',
      'https://en.wikipedia.org/wiki/First_Battle_of_Mount_Hermon',
      day,
      'C',
      2,
    ),
  brit338: source(
    'United Nations Resolution 338',
    'Encyclopaedia Britannica',
    'https://www.britannica.com/event/United-Nations-Resolution-338',
    '1973-10-24',
    'B',
    2,
  ),
  jvlLines: source(
    'Cease Fire Lines (October 24, 1973)',
    'Jewish Virtual Library',
    'https://jewishvirtuallibrary.org/jsource/History/73warmap.html',
    '1973-10-24',
    'C',
    2,
  ),
  isaPows: (day: string) =>
    source(
      'The issue of the Israeli POWs in Syria',
      'Israel State Archives',
      'https://catalog.archives.gov.il/en/chapter/the-issue-of-the-israeli-pows-in-syria-2/',
      day,
      'B',
      2,
    ),
  isaShuttle: (day: string) =>
    source(
      "Chapter 3: Kissinger's last shuttle and signing the agreement",
      'Israel State Archives',
      'https://catalog.archives.gov.il/en/chapter/chapter-3-kissingers-last-shuttle-and-signing-the-agreement/',
      day,
      'B',
      2,
    ),
  scribd: (day: string) =>
    source(
      'The Israeli-Syrian Disengagement Negotiations of 1973-74',
      'Scribd (copy of a journal article)',
      'https://www.scribd.com/document/618565042/The-Israeli-Syrian-Disengagement-Negotiations-of-1973-1974',
      day,
      'C',
      2,
    ),
  jta731219: source(
    'Talks Due to Go on Even with Syria’s Decision Not to Attend',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1973/12/19/archive/talks-due-to-go-on-even-with-syrias-decision-not-to-attend',
    '1973-12-19',
    'B',
    2,
  ),
  geneva: (day: string) =>
    source(
      'Geneva Peace Conference of 1973',
      'Wikipedia (translated mirror)',
      'https://clever-geek.imtqy.com/articles/7707375/index.html',
      day,
      'C',
      2,
    ),
  jta740206: source(
    'Israeli Soldier Killed, Two Wounded in Syrian Front Clash',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1974/02/06/archive/israeli-soldier-killed-two-wounded-in-syrian-front-clash',
    '1974-02-06',
    'B',
    2,
  ),
  kissList: (day: string) =>
    source(
      'Kissinger Delivers List of Syria’s Israeli POWs',
      'Israel Education (israeled.org)',
      'https://israeled.org/kissinger-delivers-list-of-syrias-israeli-pows',
      day,
      'C',
      2,
    ),
  jta740320: source(
    '2 Israeli Soldiers, 2 UN Observers Wounded on Syrian Front As Fiercest Fighting Erupts Since Oct. War',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1974/03/20/archive/2-israeli-soldiers-2-un-observers-wounded-on-syrian-front-as-fiercest-fighting-erupts-since-oct-wa',
    '1974-03-20',
    'B',
    2,
  ),
  jta740403: source(
    'Concern That Syria May Try to Launch Offensive and Egyptians May Come to Their Aid',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/concern-that-syria-may-try-to-launch-offensive-and-egyptians-may-come-to-their-aid',
    '1974-04-03',
    'B',
    2,
  ),
  jtaHermon: source(
    'Israelis Capture Mt. Hermon Peak',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israelis-capture-mt-hermon-peak',
    '1974-04-14',
    'B',
    3,
  ),
  gwertzman: source(
    'HAK’s breathtaking and long Syrian shuttle',
    'Bernard Gwertzman (memoir site)',
    'http://www.gwertzmansbio.com/haks-breathtaking-and-long-syrian-shuttle/',
    '1974-05-02',
    'C',
    2,
  ),
  jta740506: source(
    'Heavy Fighting on Syrian Front',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1974/05/06/archive/heavy-fighting-on-syrian-front-2',
    '1974-05-06',
    'B',
    2,
  ),
  jta740524: source(
    'Disengagement Accord Fades; Kissinger Urges Israel, Syria to Sign an ‘interim’ Agreement',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/disengagement-accord-fades-kissinger-urges-israel-syria-to-sign-an-interim-agreement',
    '1974-05-24',
    'B',
    2,
  ),
  jta740528: source(
    'Kissinger’s Efforts Stymied by Syria',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1974/05/28/archive/kissingers-efforts-stymied-by-syria',
    '1974-05-28',
    'B',
    2,
  ),
  hindu740530: source(
    'From the Hindu Archives, May 30, 1974: Israel and Syria agree on military disengagement',
    'The Hindu',
    'https://www.thehindu.com/archives/from-the-hindu-archives-may-30-1974-israel-and-syria-agree-on-military-disengagement/article68228098.ece',
    '1974-05-30',
    'B',
    2,
  ),
  res350: source(
    'United Nations Security Council Resolution 350 – Israel-Syrian Arab Republic',
    'Law Global Hub (text of the resolution)',
    'https://www.lawglobalhub.com/united-nations-security-council-resolution-350-israel-syrian-arab-republic/',
    '1974-05-31',
    'C',
    1,
  ),
  jta740603: source(
    '12 Israeli POWs Return: Rest Expected by Friday',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/12-israeli-pows-return-rest-expected-by-friday',
    '1974-06-03',
    'B',
    2,
  ),
  jta740604: source(
    'Israel, Syria to Sign Accord on POWs Wednesday',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israel-syria-to-sign-accord-on-pows-wednesday',
    '1974-06-04',
    'B',
    2,
  ),
  jtaAwaits: source(
    'Israel Awaits POWs',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israel-awaits-pows',
    '1974-06-05',
    'B',
    3,
  ),
  jtaEnclave: source(
    'Syrians Take over Yom Kippur War Enclave',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/syrians-take-over-yom-kippur-war-enclave',
    '1974-06-24',
    'B',
    3,
  ),
  jtaCompletes: source(
    'Israel Completes Withdrawals Required by Accord with Syria',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israel-completes-withdrawals-required-by-accord-with-syria',
    '1974-06-25',
    'B',
    3,
  ),
  res363: source(
    'S/RES/363: Israel-Syrian Arab Republic (adopted 29 November 1974)',
    'issue.net (Security Council resolutions, Japanese)',
    'http://www.issue.net/~sun/sc/1974/0363.html',
    '1974-11-29',
    'C',
    2,
  ),
  res363wiki: source(
    'United Nations Security Council Resolution 363',
    'jmedia.wiki (Wikipedia, Japanese)',
    'https://jmedia.wiki/%E6%B1%BA%E8%AD%B0363/United_Nations_Security_Council_Resolution_363',
    '1974-11-29',
    'C',
    2,
  ),
};

const P = {
  hermon: 'Mount Hermon',
  southGolan: 'southern Golan Heights',
  enclave: 'the October War enclave (salient)',
  front: 'Golan Heights front',
  pows: 'prisoners of war of the October War',
};
const CF = { golan: 'golan-ceasefire-1973-10-24' };
const R = { geneva: 'geneva-conference-1973-12', shuttle: 'kissinger-shuttle-1974-05' };
const A = { disengagement: 'israel-syria-disengagement-1974-05-31' };
const D = { powList: 'syria-pow-list', withdrawal: 'syria-full-withdrawal' };

const events = [
  // ===== October 1973: the last battle, the ceasefire, the prisoners, the salient =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1973-10-21', recordedAt: rec('1973-10-25', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Syria, from the October War ceasefire to the Golan disengagement, 1973–74',
      subject:
        'The ceasefire on the Golan front after the October War, the prisoners of war held by both sides, the war of attrition of 1974, Kissinger’s shuttle and the disengagement agreement of 31 May 1974 (the separation of forces, UNDOF, the exchange of prisoners, Israel’s withdrawal from the salient and Quneitra)',
      parties: [ISRAEL, SYRIA],
      mediators: [US, UN],
    },
    [S.wpHermon('1973-10-21')],
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1973-10-22', recordedAt: rec('1973-10-25', '12:01') },
    { actor: USSR, role: 'third-party' },
    [S.brit338],
    {
      note: 'Co-sponsor with the United States of resolution 338; Syria’s backer, who pressed it to accept the ceasefire.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-egypt',
    { occurredAt: '1973-10-22', recordedAt: rec('1973-10-25', '12:02') },
    { actor: EGYPT, role: 'third-party' },
    [S.brit338],
    { note: 'Syria’s ally in the war; its own disengagement with Israel (January 1974) is a third party’s.' },
  ),
  ev(
    'IncidentReported',
    'inc-hermon-recaptured',
    { occurredAt: '1973-10-22', precision: 'approximate', recordedAt: rec('1973-10-25', '12:05') },
    {
      incidentId: 'third-battle-mount-hermon-1973-10',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'syria',
      place: P.hermon,
      description:
        'In the third battle of Mount Hermon Israeli forces retake the outpost lost on the first day of the war, and more of the mountain than they held before (Wikipedia gives 21 October; the fighting ran into the 22nd).',
    },
    [S.wpHermon('1973-10-22'), S.scribd('1973-10-22')],
  ),
  ev(
    'CeasefireDeclared',
    'cf-golan',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '12:10') },
    {
      ceasefireId: CF.golan,
      parties: ['israel', 'syria'],
      scope:
        'The ceasefire called for by Security Council resolution 338 (22 October), accepted by Syria a day later, on the lines of 24 October on the Golan front',
      duration: 'indefinite',
      mediatedBy: ['united-nations', 'united-states', 'soviet-union'],
    },
    [S.brit338, S.jvlLines],
  ),
  ev(
    'IncidentReported',
    'inc-salient-held',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '12:15') },
    {
      incidentId: 'israel-holds-salient-1973-10-24',
      kind: 'occupation',
      perpetrator: 'israel',
      against: 'syria',
      place: P.enclave,
      description:
        'At the ceasefire Israeli forces hold the salient they took beyond the 1967 line towards Damascus (some 55 sq km more than before, within artillery range of the capital) and the Hermon peak.',
    },
    [S.scribd('1973-10-24'), S.jvlLines],
  ),
  ev(
    'IncidentReported',
    'inc-syria-holds-pows',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '12:20') },
    {
      incidentId: 'syria-holds-israeli-pows',
      kind: 'detention',
      perpetrator: 'syria',
      against: 'israel',
      place: P.pows,
      target: 'Israeli soldiers taken prisoner in the war (65 by the list of February 1974)',
      description:
        'Syria holds the Israeli soldiers captured in the war, many from the Hermon outpost, refuses the Geneva Convention’s rules for them and uses them as a bargaining card.',
    },
    [S.isaPows('1973-10-24'), S.scribd('1973-10-24')],
  ),
  ev(
    'IncidentReported',
    'inc-israel-holds-pows',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '12:25') },
    {
      incidentId: 'israel-holds-syrian-pows',
      kind: 'detention',
      perpetrator: 'israel',
      against: 'syria',
      place: P.pows,
      target:
        'Syrian soldiers taken prisoner in the war (254 by Israel’s count; with Moroccans nearly 400 by June 1974)',
      description:
        'Israel holds the Syrian (and Moroccan) soldiers captured in the war; it hands lists to the Red Cross.',
    },
    [graded(S.scribd('1973-10-24'), 3), S.isaPows('1973-10-24')],
  ),
  ev(
    'DemandTabled',
    'dem-pow-list',
    { occurredAt: '1973-10-25', precision: 'approximate', recordedAt: rec('1973-10-26', '12:00') },
    {
      demandId: D.powList,
      by: 'israel',
      addressedTo: ['syria'],
      text: 'Give the Red Cross the list of the Israeli prisoners held by Syria and allow Red Cross visits, as a condition for any talks on disengagement.',
      category: 'humanitarian',
    },
    [S.isaPows('1973-10-25'), S.kissList('1973-10-25')],
  ),
  ev(
    'PositionTaken',
    'pos-syria-refuses-list',
    { occurredAt: '1973-10-25', precision: 'approximate', recordedAt: rec('1973-10-26', '12:05') },
    {
      demandId: D.powList,
      actorId: 'syria',
      stance: 'rejected',
      conditions: 'Syria asks for territorial compensation in return for the list.',
    },
    [S.isaPows('1973-10-25'), S.scribd('1973-10-25')],
  ),
  ev(
    'StatementMade',
    'stmt-israel-pows-complaint',
    { occurredAt: '1973-10-26', precision: 'approximate', recordedAt: rec('1973-10-26', '12:10') },
    {
      speaker: ISRAEL_GOV,
      audience: 'syria',
      tone: 'accusation',
      summary:
        'Israel complains to the UN and the International Red Cross that Syria refuses to give a list of its prisoners and that some prisoners were murdered, which Syria denies.',
    },
    [S.isaPows('1973-10-26'), S.scribd('1973-10-26')],
  ),
  // ===== December 1973: Geneva without Syria =====
  ev(
    'TalksRoundScheduled',
    'round-geneva-scheduled',
    { occurredAt: '1973-12-15', recordedAt: rec('1973-12-19', '12:00') },
    {
      roundId: R.geneva,
      label: 'Geneva peace conference',
      venue: 'Geneva (Palais des Nations)',
      format: 'formal',
      hosts: ['united-nations', 'united-states', 'soviet-union'],
      plannedFor: '1973-12-21',
    },
    [S.geneva('1973-12-15'), S.jta731219],
  ),
  ev(
    'StatementMade',
    'stmt-syria-boycott',
    { occurredAt: '1973-12-18', precision: 'approximate', recordedAt: rec('1973-12-19', '12:05') },
    {
      speaker: SYRIA_GOV,
      audience: 'israel',
      tone: 'critical',
      summary: 'Syria decides not to attend the Geneva peace conference; Israel says it will attend regardless.',
    },
    [S.jta731219],
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva-opened',
    { occurredAt: '1973-12-21', recordedAt: rec('1973-12-22', '12:00') },
    {
      roundId: R.geneva,
      delegations: [{ actorId: 'israel', head: EBAN }, { actorId: 'egypt' }],
    },
    [S.geneva('1973-12-21')],
    {
      note: 'Israel, Egypt and Jordan attend, with the US and Soviet co-chairs and the UN Secretary-General; Syria’s seat is empty.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-concluded',
    { occurredAt: '1973-12-22', recordedAt: rec('1973-12-23', '12:00') },
    {
      roundId: R.geneva,
      outcome: 'adjourned',
      summary: 'After its opening sessions the conference is adjourned to working groups, without Syria.',
    },
    [S.geneva('1973-12-22')],
  ),
  // ===== February 1974: fire on the line, the list =====
  ev(
    'IncidentReported',
    'inc-feb-5',
    { occurredAt: '1974-02-05', recordedAt: rec('1974-02-06', '12:00') },
    {
      incidentId: 'syrian-front-fire-1974-02-05',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.front,
      fatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'Fierce exchanges of fire all along the Syrian front (long-range artillery, recoilless guns, tank guns, mortars); the Syrians shell Quneitra; Israel answers with massive barrages. One Israeli soldier killed, two wounded.',
    },
    [S.jta740206],
    { occurrence: 'syrian-front-1974-02-05' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-feb-5',
    { occurredAt: '1974-02-05', recordedAt: rec('1974-02-06', '12:05') },
    {
      ceasefireId: CF.golan,
      allegedBy: 'israel',
      against: 'syria',
      casualties: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'The Syrian shelling that killed an Israeli soldier (Israeli circles: deliberate, by officers opposed to talks).',
    },
    [S.jta740206],
    { occurrence: 'syrian-front-1974-02-05' },
  ),
  ev(
    'MediationAction',
    'med-kissinger-list',
    { occurredAt: '1974-02-27', recordedAt: rec('1974-02-28', '12:00') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Kissinger comes from Damascus to Tel Aviv with the list of 65 Israeli prisoners held by Syria and Assad’s promise that the Red Cross may visit them, after Israel agreed that Quneitra would return to Syria.',
    },
    [S.kissList('1974-02-27'), S.isaPows('1974-02-27')],
  ),
  ev(
    'PositionTaken',
    'pos-syria-gives-list',
    { occurredAt: '1974-02-27', recordedAt: rec('1974-02-28', '12:05') },
    {
      demandId: D.powList,
      actorId: 'syria',
      stance: 'accepted',
      conditions: 'Given through Kissinger, against the promise of Quneitra.',
    },
    [S.kissList('1974-02-27')],
  ),
  // ===== March – April 1974: the war of attrition =====
  ev(
    'IncidentReported',
    'inc-mar-19',
    { occurredAt: '1974-03-19', recordedAt: rec('1974-03-20', '12:00') },
    {
      incidentId: 'syrian-front-fire-1974-03-19',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.front,
      fatalities: { min: 2, max: 2 },
      injured: { min: 3, max: 3 },
      description:
        'Artillery and tank duels on the Syrian front; two Israeli soldiers killed (of the two killed and five wounded in the two days of fighting).',
    },
    [S.jta740320],
    { occurrence: 'syrian-front-1974-03-19' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-mar-19',
    { occurredAt: '1974-03-19', recordedAt: rec('1974-03-20', '12:05') },
    {
      ceasefireId: CF.golan,
      allegedBy: 'israel',
      against: 'syria',
      casualties: { min: 2, max: 2 },
      description: 'The Syrian fire that killed two Israeli soldiers.',
    },
    [S.jta740320],
    { occurrence: 'syrian-front-1974-03-19' },
  ),
  ev(
    'IncidentReported',
    'inc-mar-20',
    { occurredAt: '1974-03-20', recordedAt: rec('1974-03-20', '18:00') },
    {
      incidentId: 'syrian-front-fire-1974-03-20',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.front,
      injured: { min: 2, max: 2 },
      description:
        'One of the fiercest artillery and tank battles since the war: the Syrians open fire at 06:30 on the northern, then the central section, the Rafid junction and the Druze villages of the enclave; two Israeli soldiers wounded, and two UN observers and a Syrian liaison officer on the Syrian side.',
    },
    [S.jta740320],
  ),
  ev(
    'IncidentReported',
    'inc-apr-3-massing',
    { occurredAt: '1974-04-03', recordedAt: rec('1974-04-03', '18:00') },
    {
      incidentId: 'syrian-massing-1974-04-03',
      kind: 'force-posture',
      perpetrator: 'syria',
      against: 'israel',
      place: P.front,
      description:
        'Syrian infantry, armour and artillery mass all along the ceasefire line; Israel reinforces the northern front and puts it on high alert against a possible Syrian offensive.',
    },
    [S.jta740403],
  ),
  ev(
    'IncidentReported',
    'inc-apr-3-shelling',
    { occurredAt: '1974-04-03', recordedAt: rec('1974-04-03', '18:05') },
    {
      incidentId: 'syrian-front-fire-1974-04-03',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.southGolan,
      description:
        'Syrian artillery and tanks shell Israeli positions in the southern enclave and the southern Golan Heights; Israel returns fire through midday. The fourth week of fighting on the front begins.',
    },
    [S.jta740403],
  ),
  ev(
    'IncidentReported',
    'inc-apr-13-air',
    { occurredAt: '1974-04-13', recordedAt: rec('1974-04-14', '18:00') },
    {
      incidentId: 'israeli-airstrikes-hermon-1974-04-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'syria',
      place: P.hermon,
      description:
        'Israeli jets bomb the Syrian commandos who reached the Hermon peak and the Syrian batteries supporting them; Syria fires SAM missiles and claims three Israeli aircraft downed (Israel: all returned). The first Israeli air attacks across the lines since the war.',
    },
    [S.jtaHermon],
  ),
  ev(
    'IncidentReported',
    'inc-apr-14-hermon',
    { occurredAt: '1974-04-14', recordedAt: rec('1974-04-14', '18:05') },
    {
      incidentId: 'battle-hermon-peak-1974-04-14',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'syria',
      place: P.hermon,
      fatalities: { min: 12, max: 12 },
      injured: { min: 13, max: 13 },
      description:
        'An infantry battle from 07:00 on the peak: Israeli forces drive off the Syrian commandos entrenched in a cave near the top; the Syrians retreat leaving 12 dead (Israeli spokesman); 13 Israelis wounded.',
    },
    [S.jtaHermon, S.isaShuttle('1974-04-14')],
    { occurrence: 'hermon-peak-1974-04-14' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-apr-14',
    { occurredAt: '1974-04-14', recordedAt: rec('1974-04-14', '18:10') },
    {
      ceasefireId: CF.golan,
      allegedBy: 'israel',
      against: 'syria',
      casualties: { min: 12, max: 12 },
      injured: { min: 13, max: 13 },
      description: 'The Syrian attempt to seize the Hermon peak, repulsed with Syrian dead.',
    },
    [S.jtaHermon],
    { occurrence: 'hermon-peak-1974-04-14' },
  ),
  ev(
    'IncidentReported',
    'inc-apr-14-south',
    { occurredAt: '1974-04-14', recordedAt: rec('1974-04-14', '18:15') },
    {
      incidentId: 'artillery-south-golan-1974-04-14',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.southGolan,
      injured: { min: 4, max: 4 },
      description:
        'Heavy exchanges of artillery and rocket fire on Mount Hermon and the southern Golan Heights later in the day; four more Israelis wounded (recorded with Syria as the one firing, which the source does not say, only to give the exchange a direction).',
    },
    [S.jtaHermon],
  ),
  ev(
    'IncidentReported',
    'inc-apr-27',
    { occurredAt: '1974-04-27', recordedAt: rec('1974-04-28', '12:00') },
    {
      incidentId: 'syrian-shelling-hermon-1974-04-27',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.hermon,
      description:
        'The Syrians shell an Israeli post on the Hermon and cause casualties; the helicopter sent to evacuate them hits the side of the mountain and six of its crew are killed (an accident). The Syrians shell the Hermon outposts every day; Israel answers with air strikes on the Syrian camps on the slopes.',
    },
    [S.isaShuttle('1974-04-27')],
  ),
  // ===== May 1974: the shuttle, with the fighting going on =====
  ev(
    'IncidentReported',
    'inc-may-1-ambush',
    { occurredAt: '1974-05-01', precision: 'approximate', recordedAt: rec('1974-05-02', '12:00') },
    {
      incidentId: 'attack-tank-unit-1974-05-01',
      kind: 'clash',
      perpetrator: 'syria',
      against: 'israel',
      place: P.front,
      fatalities: { min: 2, max: 2 },
      description:
        'On the night of 1–2 May two Israeli soldiers are killed in an attack on a tank unit and two more are captured.',
    },
    [S.isaShuttle('1974-05-01')],
    { occurrence: 'tank-unit-1974-05-01' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-may-1',
    { occurredAt: '1974-05-01', precision: 'approximate', recordedAt: rec('1974-05-02', '12:05') },
    {
      ceasefireId: CF.golan,
      allegedBy: 'israel',
      against: 'syria',
      casualties: { min: 2, max: 2 },
      description: 'The attack on the tank unit: two Israeli soldiers killed, two captured.',
    },
    [S.isaShuttle('1974-05-01')],
    { occurrence: 'tank-unit-1974-05-01' },
  ),
  ev(
    'IncidentReported',
    'inc-may-1-captured',
    { occurredAt: '1974-05-01', precision: 'approximate', recordedAt: rec('1974-05-02', '12:10') },
    {
      incidentId: 'syria-captures-two-1974-05-01',
      kind: 'detention',
      perpetrator: 'syria',
      against: 'israel',
      place: P.pows,
      target: 'Two Israeli soldiers of the tank unit attacked',
      description: 'Syria takes two Israeli soldiers prisoner in the attack on the tank unit.',
    },
    [S.isaShuttle('1974-05-01')],
  ),
  ev(
    'TalksRoundOpened',
    'round-shuttle-opened',
    { occurredAt: '1974-05-02', recordedAt: rec('1974-05-02', '18:00') },
    {
      roundId: R.shuttle,
      label: 'Kissinger’s Jerusalem–Damascus shuttle',
      format: 'informal',
      hosts: ['united-states'],
    },
    [S.gwertzman, S.isaShuttle('1974-05-02')],
    { note: 'Kissinger lands at Lod on 2 May; indirect talks, carried by him between Jerusalem and Damascus.' },
  ),
  ev(
    'IncidentReported',
    'inc-may-3',
    { occurredAt: '1974-05-03', recordedAt: rec('1974-05-06', '12:00') },
    {
      incidentId: 'syrian-shelling-1974-05-03',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.front,
      injured: { min: 6, max: 6 },
      description:
        'Six Israeli soldiers wounded by Syrian artillery fire on the Friday morning and afternoon; Israeli artillery shells Syrian targets well behind the lines.',
    },
    [S.jta740506],
  ),
  ev(
    'MediationAction',
    'med-kissinger-damascus',
    { occurredAt: '1974-05-05', recordedAt: rec('1974-05-06', '12:05') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Kissinger in Damascus; unconfirmed reports from Damascus say Syria agreed to a ceasefire on the whole Golan except the Hermon area.',
    },
    [S.jta740506],
  ),
  ev(
    'IncidentReported',
    'inc-may-5',
    { occurredAt: '1974-05-05', recordedAt: rec('1974-05-06', '12:10') },
    {
      incidentId: 'syrian-shelling-1974-05-05',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.southGolan,
      description:
        'The Syrians shell the southern Golan Heights and the Har Dov area; the Golan settlers spend most of the day in shelters.',
    },
    [S.jta740506],
  ),
  ev(
    'IncidentReported',
    'inc-may-6',
    { occurredAt: '1974-05-06', recordedAt: rec('1974-05-06', '12:15') },
    {
      incidentId: 'syrian-fire-1974-05-06',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'israel',
      place: P.southGolan,
      description:
        'Heavy fighting: Syrian artillery, tank fire and Katyusha salvoes on Israeli positions in the southern enclave and the southern Golan Heights; Israel returns fire; no Israeli casualties reported.',
    },
    [S.jta740506],
  ),
  ev(
    'StatementMade',
    'stmt-eban-hope',
    { occurredAt: '1974-05-24', recordedAt: rec('1974-05-24', '18:00') },
    {
      speaker: EBAN,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Hopes of an accord this week fade over non-territorial issues; the Knesset session on disengagement is postponed. Eban: "We still hope, but I cannot promise."',
      quote: 'We still hope, but I cannot promise, that the agreement will be completed in the next few days',
    },
    [S.jta740524],
  ),
  ev(
    'StatementMade',
    'stmt-syria-guerrillas',
    { occurredAt: '1974-05-28', recordedAt: rec('1974-05-28', '18:00') },
    {
      speaker: SYRIA_GOV,
      audience: 'israel',
      tone: 'critical',
      summary:
        'An official Syrian statement refuses even to discuss the Palestinian guerrillas in a disengagement pact; Kissinger, after twelve shuttles, is to return to Washington with or without an agreement.',
    },
    [S.jta740528],
  ),
  ev(
    'TalksRoundConcluded',
    'round-shuttle-concluded',
    { occurredAt: '1974-05-29', recordedAt: rec('1974-05-30', '06:00') },
    {
      roundId: R.shuttle,
      outcome: 'agreement',
      summary:
        'Israel and Syria agree on a military disengagement on the Golan, 32 days after Kissinger began his mission; Nixon announces it; military representatives to sign in Geneva on Friday.',
    },
    [S.hindu740530],
    { occurrence: 'disengagement-agreed-1974-05-29' },
  ),
  ev(
    'AgreementReached',
    'agr-disengagement',
    { occurredAt: '1974-05-29', recordedAt: rec('1974-05-30', '06:05') },
    {
      agreementId: A.disengagement,
      kind: 'partial',
      provisions: [
        'Israel and Syria scrupulously observe the ceasefire on land, sea and air',
        'Separation of the forces on a map: an Israeli and a Syrian line with a buffer zone between them under the UN',
        'Israel withdraws from the salient taken in October 1973 and from Quneitra',
        'Zones of limited forces and armaments on both sides',
        'A United Nations Disengagement Observer Force',
        'All wounded prisoners repatriated, then all prisoners of war exchanged; the bodies of the dead returned',
      ],
      signatories: ['israel', 'syria'],
      textPublic: true,
      roundId: R.shuttle,
      status: 'text-agreed',
    },
    [S.hindu740530, S.jvlLines],
    { occurrence: 'disengagement-agreed-1974-05-29' },
  ),
  ev(
    'StatementMade',
    'stmt-kissinger-agreed',
    { occurredAt: '1974-05-29', recordedAt: rec('1974-05-30', '06:10') },
    {
      speaker: KISSINGER,
      audience: 'press',
      tone: 'conciliatory',
      summary:
        'The agreement ends the war of October 1973 on the Syrian front; Nixon calls it a "major diplomatic achievement" that removes a significant obstacle to a permanent settlement.',
    },
    [S.hindu740530],
  ),
  // ===== 31 May – 26 June 1974: signed and carried out =====
  ev(
    'AgreementStatusChanged',
    'agr-signed',
    { occurredAt: '1974-05-31', recordedAt: rec('1974-05-31', '18:00') },
    {
      agreementId: A.disengagement,
      status: 'signed',
      reason: 'Signed in Geneva by the military representatives of Israel and Syria.',
    },
    [S.res350, S.jvlLines],
    { occurrence: 'disengagement-signed-1974-05-31' },
  ),
  ev(
    'CeasefireExtended',
    'cf-reaffirmed',
    { occurredAt: '1974-05-31', recordedAt: rec('1974-05-31', '18:05') },
    {
      ceasefireId: CF.golan,
      duration: 'indefinite',
      terms: 'The disengagement agreement binds both sides to observe the ceasefire scrupulously on land, sea and air.',
    },
    [S.jvlLines, S.scribd('1974-05-31')],
    { occurrence: 'disengagement-signed-1974-05-31' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-undof',
    { occurredAt: '1974-05-31', recordedAt: rec('1974-05-31', '18:10') },
    {
      actorId: 'united-nations',
      counterparts: ['israel', 'syria'],
      kind: 'support',
      summary:
        'Security Council resolution 350 welcomes the agreement and sets up the UN Disengagement Observer Force for an initial six months.',
    },
    [S.res350],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-wounded-exchange',
    { occurredAt: '1974-06-01', precision: 'approximate', recordedAt: rec('1974-06-03', '12:00') },
    {
      actorId: 'united-nations',
      counterparts: ['israel', 'syria'],
      kind: 'support',
      summary:
        'A Red Cross plane operating for the UN brings the first twelve Israeli prisoners released by Syria, all wounded, from Damascus; wounded Syrian prisoners go home in exchange (not a release of all those held: see the header).',
    },
    [S.jta740603],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-in-force',
    { occurredAt: '1974-06-05', recordedAt: rec('1974-06-05', '18:00') },
    {
      agreementId: A.disengagement,
      status: 'in-force',
      reason:
        'The military working group signs the final documents in Geneva (maps, the modalities of the prisoner exchange and of the return of the dead), opening the way for the exchange within 24 hours.',
    },
    [S.jta740604, S.jtaAwaits],
  ),
  ev(
    'IncidentReported',
    'inc-syria-releases',
    { occurredAt: '1974-06-06', recordedAt: rec('1974-06-07', '12:00') },
    {
      incidentId: 'syria-releases-israeli-pows-1974-06-06',
      kind: 'release',
      perpetrator: 'syria',
      against: 'israel',
      place: P.pows,
      description: 'Syria frees the 56 Israeli prisoners of war still held, flown to Ben Gurion Airport.',
    },
    [S.jtaAwaits, S.scribd('1974-06-06')],
    { occurrence: 'pow-exchange-1974-06-06' },
  ),
  ev(
    'IncidentReported',
    'inc-israel-releases',
    { occurredAt: '1974-06-06', recordedAt: rec('1974-06-07', '12:05') },
    {
      incidentId: 'israel-releases-syrian-pows-1974-06-06',
      kind: 'release',
      perpetrator: 'israel',
      against: 'syria',
      place: P.pows,
      description:
        'Israel frees 382 Syrian prisoners of war once the plane with the Israelis has left Damascus; the Red Cross flies them home on one jumbo jet.',
    },
    [S.jtaAwaits, S.scribd('1974-06-06')],
    { occurrence: 'pow-exchange-1974-06-06' },
  ),
  ev(
    'IncidentReported',
    'inc-enclave-withdrawal',
    { occurredAt: '1974-06-23', precision: 'approximate', recordedAt: rec('1974-06-24', '12:00') },
    {
      incidentId: 'israel-leaves-enclave-1974-06-23',
      kind: 'withdrawal',
      perpetrator: 'israel',
      against: 'syria',
      place: P.enclave,
      description:
        'Israeli troops pull back from the last of the area captured in the October War (the 72 sq km western edge of the enclave); the next day a Syrian civil administration takes it over.',
    },
    [S.jtaEnclave],
  ),
  ev(
    'IncidentReported',
    'inc-quneitra-withdrawal',
    { occurredAt: '1974-06-25', recordedAt: rec('1974-06-25', '18:00') },
    {
      incidentId: 'israel-leaves-quneitra-hermon-1974-06-25',
      kind: 'withdrawal',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Quneitra, the Rafid junction and the Hermon peak',
      description:
        'Israel completes the withdrawals the agreement requires, leaving Quneitra and the Rafid junction area and the Hermon peak to UNDOF; four Austrian UNDOF officers are killed when their jeep hits a mine. The Syrian civil administration takes over Quneitra the next day.',
    },
    [S.jtaCompletes, S.scribd('1974-06-25')],
  ),
  // ===== After: the months of calm =====
  ev(
    'ThirdPartyEngagement',
    'tpe-undof-renewed',
    { occurredAt: '1974-11-29', recordedAt: rec('1974-11-30', '12:00') },
    {
      actorId: 'united-nations',
      counterparts: ['israel', 'syria'],
      kind: 'support',
      summary:
        'Security Council resolution 363 renews UNDOF’s mandate for six more months, noting the tension in the area and calling on the parties to implement resolution 338.',
    },
    [S.res363, S.res363wiki],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-syria-1974.jsonl',
  logEnd: '1974-12-31T00:00:00Z',
  events,
};

export default definition;
