/**
 * A test fixture, not a shipped example: Egypt and Israel from the artillery duels of 8–9 March 1969 that opened the
 * War of Attrition along the Suez Canal to Sadat's thirty-day extension of the ceasefire (February 1971), as an
 * analyst following the news could have recorded them — the duels that killed Egypt's chief of staff, Nasser's "we are
 * at war with Israel" (23 July 1969), the Israeli commando raid on Green Island (19–20 July 1969), the Raviv raid on
 * the Gulf of Suez coast (9 September 1969), Israel's deep-penetration air raids (Operation Priha, January – April
 * 1970: Tel el-Kebir and Inshas, the Abu Zaabal factory, the Bahr el-Baqar school), the Soviet air-defence crews and
 * pilots in Egypt and the dogfight of 30 July 1970 with Soviet-flown MiGs, the Rogers initiative (25 June 1970), the
 * ceasefire in force from 22:00 GMT on 7 August 1970 (90 days, with a 50-kilometre standstill zone each side of the
 * canal), Israel's charge that Egypt moved missiles into the zone, Israel's suspension of the Jarring talks (6
 * September 1970), the extension of 5 November 1970, the resumption of the talks (January 1971), and Sadat's speech
 * of 4 February 1971 (the ceasefire extended to 7 March, his offer to reopen the canal for a partial Israeli
 * withdrawal). Escalation model v2 was never tuned on it: it is the case the model is held to in
 * egypt-israel-1969.spec.ts. Separate from egypt-israel-1973.ts (the October War and after): nothing of that case is
 * recorded here.
 *
 * The parties are Egypt (the United Arab Republic) and Israel. Mediator: the United States (Secretary of State
 * William Rogers), registered from the Rogers initiative. Third parties: the United Nations (Gunnar Jarring, U Thant),
 * the Soviet Union (its air-defence crews and pilots in Egypt) and Jordan (it accepted the Rogers initiative and
 * followed Egypt's decisions on the ceasefire), registered; nothing of theirs is recorded as the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or its archive (the Jewish Telegraphic Agency's daily
 * bulletin, Time, Reuters in The Press of Christchurch, the US State Department's Foreign Relations series); C = an
 * encyclopedia, a documents site or a copy on another site (Wikipedia, Encyclopaedia Britannica, encyclopedia.com,
 * the Jewish Virtual Library, onwar.com); 2 = an on-record statement or a fact several sources agree on; 3 = one
 * side's claim, or a count or date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date (JTA's daily bulletin by the date it gives, or when the
 * archive page gives none, by the day its text names: "today" of a dated development). Encyclopedias and documents
 * published later are given a lower bound from their own content: the day of the development they are cited for, so
 * that the analyst is taken to have known it on its day from the press they summarise.
 *
 * Judgement calls, recorded as an analyst would:
 * - One place written one way: "Suez Canal front" for every duel, air strike and raid along the waterway (the sources
 *   give "along a 70-mile stretch of the canal from Kantara to south of Suez", "the canal zone", "the central section
 *   of the Suez Canal zone": the front is one line), "Gulf of Suez coast" for the Raviv raid and the air attacks that
 *   followed it on the same coast, and each deep target by its own name (Tel el-Kebir, Inshas, Abu Zaabal, Helwan,
 *   Bahr el-Baqar, Eilat harbour): the sources name them as separate places, far from the front.
 * - Scale (the catalogue's `scale: 'major'`): no act is marked. No source read calls any act of this war an
 *   offensive, a full-scale battle or an invasion: the Raviv raid is a "massive 10-hour surprise raid" and a
 *   "coordinated air-sea and land assault" (JTA), the weekend of 6–9 February 1970 "the most savage fighting between
 *   Israeli and Egyptian forces since the June, 1967 war" — heavy by their places and tolls where the sources give
 *   them, not by a word.
 * - Tolls: the Raviv raid's 100–150 Egyptian dead are Israel's claim (graded 3); Abu Zaabal's 70 workers killed are
 *   Cairo's count (Reuters; Wikipedia later gives 80: recorded 70–80, all civilians); Bahr el-Baqar's 46 children
 *   are the count every source gives. General Riad's death is recorded as one killed by Israeli fire (Soviet
 *   condolences speak of "other commanders", uncounted).
 * - Exchanges of fire whose opener is not given (the duels of 9 March 1969, the weekend of February 1970) are
 *   recorded with the side each source says fired; the duels of 8 March with Egypt as perpetrator (Israel says Cairo
 *   began them), Israel's answering fire of the 9th with Israel.
 * - The first night of Operation Priha (7 January 1970) is dated by the operation's history: the JTA page read gives
 *   the raid on Tel el-Kebir and Inshas ("the deepest since the Six-Day War") without a date (graded 3).
 * - The dogfight of 30 July 1970 with Soviet-flown MiG-21s over the Gulf of Suez is Israel's act against the Soviet
 *   Union (a third party's forces in the fight), not against Egypt: recorded so, from the reports of 4 August
 *   (Israeli press, Time; graded 3) — the Soviet losses were never officially announced at the time.
 * - The two Israeli airmen captured when their Phantom was shot down over the canal (3 August 1970) are recorded as a
 *   `detention` by Egypt (the catalogue's kind for the other's people seized and held), with the clash: no source read
 *   dates their release in the span of the case, so the detention lasts to its end.
 * - The violation without fire: Israel's charge that Egypt moved Soviet missiles into the standstill zone from the
 *   first night of the ceasefire is recorded as a `CeasefireViolationReported` by Israel against Egypt with no
 *   casualties (`{ min: 0, max: 0 }`: the violation is the move, no shot was fired), and the moves themselves as a
 *   `force-posture` incident by Egypt in the zone — one occurrence, so the charge counts once. The United States'
 *   confirmation (19 August) is its acknowledgement of the evidence (a mediator's act).
 * - Israel's withdrawal from the Jarring talks (6 September 1970) is `TalksSuspended` by Israel, not temporary: it
 *   said it would not return "as long as the standstill cease-fire is not restored". The talks resumed on 5 January
 *   1971 (`TalksResumed`).
 * - The ceasefire: declared at 22:00 GMT on 7 August 1970 for 90 days (temporary, until 22:00 GMT on 5 November),
 *   mediated by the United States; extended on 5 November (by Egypt's acceptance of the UN General Assembly's call, a
 *   further three months, to 5 February 1971, JTA: "the extended cease-fire which went into effect ... at midnight"),
 *   and on 4 February 1971 by Sadat for 30 days, to 7 March. The agreement of 7 August (the US proposal both accepted)
 *   is an `AgreementReached` of kind ceasefire, in force from that night.
 * - Sadat's 4 February speech: the extension is "for a period which we cannot make extend beyond 30 days", and a
 *   further extension depends on Israel's timetable for withdrawal (JTA): recorded as Egypt's ultimatum to Israel
 *   (deadline 7 March 1971) enforcing its demand for a partial withdrawal from the canal's east bank as the first
 *   stage of a timetable. The log ends before the deadline (no source read on 7 March was found): the ultimatum is
 *   unresolved at the end.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'egypt-israel-1969';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1970);
/** A recordedAt on a given day (the case spans three years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const EGYPT: Actor = {
  id: 'egypt',
  name: 'Egypt',
  kind: 'state',
  aliases: ['Cairo', 'United Arab Republic', 'UAR'],
};
const ISRAEL: Actor = {
  id: 'israel',
  name: 'Israel',
  kind: 'state',
  aliases: ['Jerusalem', 'IDF', 'Israel Defense Forces'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UNTSO', 'Jarring mission'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const JORDAN: Actor = { id: 'jordan', name: 'Jordan', kind: 'state', aliases: ['Amman'] };

const NASSER: Person = { name: 'Gamal Abdel Nasser', title: 'President of Egypt', actorId: 'egypt' };
const SADAT: Person = { name: 'Anwar Sadat', title: 'President of Egypt', actorId: 'egypt' };
const MEIR: Person = { name: 'Golda Meir', title: 'Prime Minister of Israel', actorId: 'israel' };
const DAYAN: Person = { name: 'Moshe Dayan', title: 'Defence Minister of Israel', actorId: 'israel' };
const ISRAEL_FM: Person = { name: 'Ministry of Foreign Affairs of Israel', actorId: 'israel' };
const ISRAEL_GOV: Person = { name: 'Government of Israel', actorId: 'israel' };

const jta = (title: string, url: string, day: string) =>
  source(title, 'Jewish Telegraphic Agency (daily bulletin archive)', url, day, 'B', 2);

const S = {
  jta690311: jta(
    'Artillery Duels Seen in Israel As Disastrous to Egyptian Economy and Military',
    'http://www.jta.org/1969/03/11/archive/artillery-duels-seen-in-israel-as-disastrous-to-egyptian-egyptian-economy-and-military',
    '1969-03-11',
  ),
  press690311: source(
    'Egyptian Chief Of Staff Given Hero’s Funeral',
    'The Press, Christchurch (Reuters), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19690311.2.121',
    '1969-03-11',
    'B',
    2,
  ),
  time690801: source(
    'Middle East: Mounting Violence',
    'Time',
    'http://softbeam.net/txt/time/Time1969/1969-08-01/901174.html',
    '1969-08-01',
    'B',
    2,
  ),
  jta690910: jta(
    'Israeli Jets in Second Attack on Egypt’s Gulf of Suez Coast; Blast Vehicles, Troops',
    'http://www.jta.org/archive/israeli-jets-in-second-attack-on-egypts-gulf-of-suez-coast-blast-vehicles-troops',
    '1969-09-10',
  ),
  jta690911: jta(
    'Egyptians Lose 11 Planes, Israel 1 in Dogfights over Sinai and Suez Canal Sector',
    'http://www.jta.org/archive/egyptians-lose-11-planes-israel-1-in-dogfights-over-sinai-and-suez-canal-sector',
    '1969-09-11',
  ),
  jta700107: jta(
    'Israeli Warplanes Carry out Deepest Penetration into Egyptian Territory',
    'http://www.jta.org/archive/israeli-warplanes-carry-out-deepest-penetration-into-egyptian-territory',
    '1970-01-07',
  ),
  jta700209: jta(
    'Week-end Battles Between Israeli and Egyptian Forces Fiercest Since 1967 War',
    'https://www.jta.org/1970/02/09/archive/week-end-battles-between-israeli-and-egyptian-forces-fiercest-since-1967-war',
    '1970-02-09',
  ),
  press700214: source(
    'Raid On Cairo: 70 Killed, 100 Hurt In Bomb ‘Accident’',
    'The Press, Christchurch (Reuters), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19700214.2.75',
    '1970-02-14',
    'B',
    2,
  ),
  jta700218: jta(
    'Egyptian Missile Bases Near Cairo Raided; First Deep Penetration Since Factory Bombing',
    'http://www.jta.org/1970/02/18/archive/egyptian-missile-bases-near-cairo-raided-first-deep-penetration-since-factory-bombing',
    '1970-02-18',
  ),
  wpBaqar: source(
    'Bahr El-Baqar primary school bombing',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Bahr_El-Baqar_primary_school_bombing',
    '1970-04-08',
    'C',
    2,
  ),
  onwar: source(
    'Israel-Egypt War of Attrition 1969-1970',
    'onwar.com (Armed Conflict Events Data)',
    'http://onwar.com/data/israelegypt1969.html',
    '1970-03-31',
    'C',
    2,
  ),
  jta700520: jta(
    'Israeli Forces Repulse Egyptian Commando Raid; Two Israeli Soldiers Killed, One Wounded',
    'https://www.jta.org/archive/israeli-forces-repulse-egyptian-commando-raid-two-israeli-soldiers-killed-one-wounded',
    '1970-05-20',
  ),
  jta700619: jta(
    'Israel Formally Rejects Egyptian Proposal for Temporary Cease-fire in Suez Canal Zone',
    'http://www.jta.org/archive/israel-formally-rejects-egyptian-proposal-for-temporary-cease-fire-in-suez-canal-zone',
    '1970-06-19',
  ),
  bbc700625: source(
    'This day in history | 1970 New peace plan for Middle East (courtesy BBC News)',
    'Macau Daily Times (BBC copy)',
    'https://macaudailytimes.com.mo/this-day-in-history-1970-new-peace-plan-for-middle-east.html',
    '1970-06-25',
    'C',
    2,
  ),
  jta700724: jta(
    'Egypt Accepts U.S. Mideast Initiative but Contingent on Discontinuing Aid to Israel',
    'http://www.jta.org/1970/07/24/archive/egypt-accepts-u-s-mideast-initiative-but-contingent-on-discontinuing-aid-to-israel',
    '1970-07-24',
  ),
  jvl700731: source(
    'Israel Accepts the United States Initiative (July 31, 1970)',
    'Jewish Virtual Library (Israeli Ministry of Foreign Affairs text)',
    'https://www.jewishvirtuallibrary.org/israel-accepts-the-united-states-initiative',
    '1970-07-31',
    'C',
    2,
  ),
  jta700804a: jta(
    'Israeli Phantom Jet Downed in Raid over Soviet Missile Base; Egyptians Capture Two Pilots',
    'https://www.jta.org/archive/israeli-phantom-jet-downed-in-raid-over-soviet-missile-base-egyptians-capture-two-pilots',
    '1970-08-04',
  ),
  jta700804b: jta(
    'Presence of Soviet Air Commander in Egypt ‘evidence’ Downed Migs Were Russian Piloted',
    'https://www.jta.org/1970/08/04/archive/presence-of-soviet-air-commander-in-egypt-evidence-downed-migs-were-russian-piloted',
    '1970-08-04',
  ),
  frus145: source(
    'Cease-Fire Agreement Between Israel and the United Arab Republic (FRUS 1969–1976, vol. XXIII, doc. 145)',
    'US Department of State, Office of the Historian',
    'https://history.state.gov/historicaldocuments/frus1969-76v23/d145fn1',
    '1970-08-07',
    'B',
    1,
  ),
  jta700814: jta(
    'Dayan Confirms Missiles Moved Toward Suez Canal; Release Six-point Cease-Fire Agreement',
    'http://www.jta.org/archive/dayan-confirms-missiles-moved-toward-suez-canal-release-six-point-cease-fire-agreement',
    '1970-08-14',
  ),
  jvl700921: source(
    'Israel Suspends its Participation in the Jarring Talks, Interview With Prime Minister Meir (September 21, 1970)',
    'Jewish Virtual Library (Israeli Ministry of Foreign Affairs text)',
    'https://www.jewishvirtuallibrary.org/israel-suspends-its-participation-in-the-jarring-talks-interview-with-prime-minister-meir',
    '1970-08-19',
    'C',
    2,
  ),
  jta700908: jta(
    'Israel’s Withdrawal from Talks Seen As Shift in Priorities; Will Adhere to Truce',
    'https://www.jta.org/1970/09/08/archive/israels-withdrawal-from-talks-seen-as-shift-in-priorities-will-adhere-to-truce',
    '1970-09-08',
  ),
  jta701005: jta(
    'Mideast Peace Talks Suspended; Jarring Returns to Moscow for at Least Two Weeks',
    'http://www.jta.org/archive/mideast-peace-talks-suspended-jarring-returns-to-moscow-for-at-least-two-weeks',
    '1970-10-05',
  ),
  jta701014: jta(
    'Mccloskey, Eban Agree Truce Violations Not Within Framework of Jarring Talks',
    'https://www.jta.org/1970/10/14/archive/mccloskey-eban-agree-truce-violations-not-within-framework-of-jarring-talks',
    '1970-10-14',
  ),
  jta701030: jta(
    'Israel’s Downing of Soviet Planes Indicates Soviet Pilots No Match for Israelis',
    'https://www.jta.org/1970/10/30/archive/israels-downing-of-soviet-planes-indicates-soviet-pilots-no-match-for-israelis',
    '1970-10-30',
  ),
  jta701106: jta(
    'Israeli Officials at Movies As Old Cease-fire Ends and New One Begins',
    'http://www.jta.org/archive/israeli-officials-at-movies-as-old-cease-fire-ends-and-new-one-begins',
    '1970-11-06',
  ),
  jta710106: jta(
    'Israel Determined to Exhaust Every Prospect to Make Jarring Mission Work',
    'http://www.jta.org/archive/israel-determined-to-exhaust-every-prospect-to-make-jarring-mission-work',
    '1971-01-06',
  ),
  jta710204: jta(
    'Sadat Announces Month Extension of Cease-fire, Demands Withdrawal Schedule',
    'http://www.jta.org/archive/sadat-announces-month-extension-of-cease-fire-demands-withdrawal-schedule',
    '1971-02-04',
  ),
  frus203: source(
    'Editorial Note (FRUS 1969–1976, vol. XXIII, doc. 203)',
    'US Department of State, Office of the Historian',
    'https://history.state.gov/historicaldocuments/frus1969-76v23/d203',
    '1971-02-09',
    'B',
    2,
  ),
  time710215: source(
    'Thirty Days More',
    'Time',
    'http://20.210.105.67/txt/time/Time1971/1971-02-15/904713.html',
    '1971-02-15',
    'B',
    2,
  ),
};

const P = {
  canal: 'Suez Canal front',
  greenIsland: 'Green Island (Gulf of Suez)',
  gulfCoast: 'Gulf of Suez coast',
  telElKebir: 'Tel el-Kebir (Nile Delta)',
  inshas: 'Inshas (near Cairo)',
  eilat: 'Eilat harbour',
  abuZaabal: 'Abu Zaabal (near Cairo)',
  helwan: 'Helwan and Dahshur (south of Cairo)',
  bahrElBaqar: 'Bahr el-Baqar (Sharqia)',
  standstill: 'Standstill zone west of the Suez Canal',
};
const R = { jarring: 'jarring-talks-1970' };
const A = { ceasefire: 'rogers-ceasefire-agreement-1970-08' };
const CF = { rogers: 'rogers-ceasefire-1970-08-07' };
const D = { withdrawal: 'egypt-partial-withdrawal-east-bank-1971' };
const U = { thirtyDays: 'sadat-thirty-days-1971-02-04' };

const events = [
  // ===== March 1969: the duels that opened the war =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1969-03-08', recordedAt: rec('1969-03-11', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Egypt – Israel, the War of Attrition and the Rogers ceasefire, 1969–71',
      subject:
        'The war along the Suez Canal from March 1969 (Nasser: the 1967 ceasefire no longer binds Egypt), Israel’s deep air raids and the Soviet air defence of Egypt, the Rogers initiative, the standstill ceasefire of 7 August 1970, the missiles moved into the zone, the Jarring talks and the ceasefire’s extensions',
      parties: [EGYPT, ISRAEL],
      mediators: [],
    },
    [S.jta690311],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '1969-03-08', recordedAt: rec('1969-03-11', '12:01') },
    { actor: UN, role: 'third-party' },
    [S.jta690311],
    { note: 'UNTSO’s observers on the canal (Lt. Gen. Odd Bull) and, later, Gunnar Jarring’s mission.' },
  ),
  ev(
    'IncidentReported',
    'inc-duels-0308',
    { occurredAt: '1969-03-08', recordedAt: rec('1969-03-11', '12:05') },
    {
      incidentId: 'canal-duels-1969-03-08',
      kind: 'shelling',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.canal,
      fatalities: { min: 3, max: 3 },
      injured: { min: 14, max: 14 },
      description:
        'Two days of fierce artillery duels across the Suez Canal (8–9 March), which Israel says Cairo initiated; Israel loses three soldiers killed and 14 wounded over the two days, and a Piper Cub spotter plane shot down by Egyptian anti-aircraft fire.',
    },
    [graded(S.jta690311, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-duels-0309',
    { occurredAt: '1969-03-09', recordedAt: rec('1969-03-11', '12:10') },
    {
      incidentId: 'canal-duels-1969-03-09',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.canal,
      fatalities: { min: 1, max: 1 },
      description:
        'Israeli and Egyptian troops blast each other with artillery, mortars and machine guns for the second day along a 70-mile stretch of the canal from Kantara to south of Suez; an Israeli shell hits the observation post of Egypt’s chief of staff, Lt. Gen. Abdul Moneim Riad, who is killed; oil tanks at Port Suez are set ablaze.',
    },
    [S.press690311, S.jta690311],
  ),
  // ===== July 1969: Green Island, "we are at war" =====
  ev(
    'IncidentReported',
    'inc-green-island',
    { occurredAt: '1969-07-20', precision: 'approximate', recordedAt: rec('1969-08-01', '12:00') },
    {
      incidentId: 'green-island-raid-1969-07',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.greenIsland,
      fatalities: { min: 6, max: 6 },
      description:
        'Some 40 Israeli naval commandos scale the walls of the Green Island fort at the southern entrance of the canal, kill the sentries and, after a brief but vicious firefight that costs at least six Israeli dead, blow up its guns and fire-control installations; Egyptian guns on the shore then shell the island for two hours.',
    },
    [S.time690801],
  ),
  ev(
    'IncidentReported',
    'inc-air-july',
    { occurredAt: '1969-07-20', precision: 'approximate', recordedAt: rec('1969-08-01', '12:05') },
    {
      incidentId: 'israeli-air-canal-1969-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.canal,
      description:
        'Ground and air action along the Suez Canal reaches a new intensity in the week after the Green Island raid: Israeli air strikes on Egyptian positions along the canal (strike and counterstrike, "each major blow more vicious than the last").',
    },
    [S.time690801],
  ),
  ev(
    'StatementMade',
    'stmt-nasser-at-war',
    { occurredAt: '1969-07-23', recordedAt: rec('1969-08-01', '12:10') },
    {
      speaker: NASSER,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Nasser declares that the Six-Day War has not ended and that Egypt is at war with Israel, effectively scrapping the Security Council ceasefire of 1967.',
      quote: 'We are at war with Israel.',
    },
    [S.time690801],
  ),
  // ===== September 1969: the Raviv raid =====
  ev(
    'IncidentReported',
    'inc-raviv',
    { occurredAt: '1969-09-09', recordedAt: rec('1969-09-10', '12:00') },
    {
      incidentId: 'raviv-raid-1969-09-09',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.gulfCoast,
      fatalities: { min: 100, max: 150 },
      description:
        'A massive ten-hour surprise raid by Israeli tanks and armoured infantry, with air and sea support, along a 30-mile strip of the Gulf of Suez coast (Abu Darag, Ras Zafarana): radar sites, missile bases, armoured carriers and tanks destroyed; Israel says 100–150 Egyptians were killed.',
    },
    [graded(S.jta690910, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-dayan-further-blows',
    { occurredAt: '1969-09-09', recordedAt: rec('1969-09-10', '12:05') },
    {
      speaker: DAYAN,
      audience: 'egypt',
      tone: 'military-threat',
      summary: 'Defence Minister Dayan warns that further blows can be expected.',
    },
    [S.jta690910],
  ),
  ev(
    'IncidentReported',
    'inc-gulf-air-0910',
    { occurredAt: '1969-09-10', recordedAt: rec('1969-09-10', '12:10') },
    {
      incidentId: 'gulf-coast-air-1969-09-10',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.gulfCoast,
      description:
        'Israeli jets return to the Gulf of Suez coast to bomb and strafe Egyptian army vehicles and troops near Abu Darag and Ras Zafarana, in reply (Israel says) to further Egyptian ceasefire violations along the canal that morning.',
    },
    [S.jta690910],
  ),
  ev(
    'StatementMade',
    'stmt-meir-500',
    { occurredAt: '1969-09-10', recordedAt: rec('1969-09-10', '12:15') },
    {
      speaker: MEIR,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'Prime Minister Meir says Egypt violated the ceasefire more than 500 times in August (firing, shelling, sabotage and mining), and that the raid was to drive home that aggression cannot fail to evoke an appropriate reaction.',
    },
    [S.jta690910],
  ),
  ev(
    'IncidentReported',
    'inc-egypt-air-0911',
    { occurredAt: '1969-09-11', recordedAt: rec('1969-09-11', '18:00') },
    {
      incidentId: 'egyptian-air-raids-1969-09-11',
      kind: 'airstrike',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.canal,
      injured: { min: 3, max: 3 },
      description:
        'The Egyptian Air Force makes three attacks on Israeli positions at the northern and southern ends of the canal, apparently in retaliation for the Raviv raid; Israel says 11 Egyptian planes were shot down for one Israeli, three Israeli soldiers wounded.',
    },
    [S.jta690911],
  ),
  // ===== January – April 1970: the deep raids =====
  ev(
    'IncidentReported',
    'inc-tel-el-kebir',
    { occurredAt: '1970-01-07', recordedAt: rec('1970-01-07', '18:00') },
    {
      incidentId: 'priha-tel-el-kebir-1970-01-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.telElKebir,
      description:
        'Israeli warplanes bomb Egyptian military camps at Tel el-Kebir in the Nile Delta: the deepest penetration since the Six-Day War (the first raid of Operation Priha).',
    },
    [graded(S.jta700107, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-inshas',
    { occurredAt: '1970-01-07', recordedAt: rec('1970-01-07', '18:05') },
    {
      incidentId: 'priha-inshas-1970-01-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.inshas,
      description: 'The same raid strikes military installations at Inshas ("Imsha"), about 30 miles from Cairo.',
    },
    [graded(S.jta700107, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-canal-0107',
    { occurredAt: '1970-01-07', recordedAt: rec('1970-01-07', '18:10') },
    {
      incidentId: 'canal-air-1970-01-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.canal,
      description:
        'Israeli fighter-bombers carry out their usual "preventative" bombing of Egyptian artillery positions at both ends of the canal; an Israeli soldier is injured in small-arms fire from across the northern canal.',
    },
    [graded(S.jta700107, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-eilat-frogmen',
    { occurredAt: '1970-02-06', recordedAt: rec('1970-02-09', '12:00') },
    {
      incidentId: 'eilat-frogmen-1970-02-06',
      kind: 'clash',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.eilat,
      description:
        'Egyptian frogmen sink an Israeli naval auxiliary vessel in Eilat harbour and damage a landing craft: the start of a weekend of the most savage fighting since the June 1967 war.',
    },
    [S.jta700209],
  ),
  ev(
    'IncidentReported',
    'inc-canal-0206',
    { occurredAt: '1970-02-06', recordedAt: rec('1970-02-09', '12:05') },
    {
      incidentId: 'canal-artillery-1970-02-06',
      kind: 'shelling',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.canal,
      fatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'A heavy artillery exchange in the southern section of the canal zone kills an Israeli corporal and wounds two soldiers; within hours Israeli jets sink a Soviet-built Egyptian minelayer in the Gulf of Suez and pound Egyptian positions.',
    },
    [S.jta700209],
  ),
  ev(
    'IncidentReported',
    'inc-delta-dogfight',
    { occurredAt: '1970-02-09', recordedAt: rec('1970-02-09', '12:10') },
    {
      incidentId: 'delta-dogfight-1970-02-09',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: 'Nile Delta (air)',
      description:
        'Israeli fighters shoot down two Egyptian MiG-21s over the Nile Delta; Israeli jets raid Egyptian artillery and bunkers in the southern canal zone for 50 minutes, and Egyptian jets make hit-and-run attacks on Israeli positions on the canal.',
    },
    [S.jta700209],
  ),
  ev(
    'IncidentReported',
    'inc-abu-zaabal',
    { occurredAt: '1970-02-12', recordedAt: rec('1970-02-14', '12:00') },
    {
      incidentId: 'abu-zaabal-1970-02-12',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.abuZaabal,
      fatalities: { min: 70, max: 80 },
      civilianFatalities: { min: 70, max: 80 },
      injured: { min: 100, max: 100 },
      description:
        'Israeli jets bomb a metal works at Abou Zabal, 20 miles north-east of Cairo, as some 2,000 workers begin their shift: 70 killed and 100 wounded (Cairo), the worst civilian toll of an Israeli attack since 1967; Israel calls it an accident (it meant to hit a military target at Khanka) and warns that a time bomb is still to go off.',
    },
    [S.press700214],
  ),
  ev(
    'IncidentReported',
    'inc-helwan',
    { occurredAt: '1970-02-18', recordedAt: rec('1970-02-18', '18:00') },
    {
      incidentId: 'priha-helwan-1970-02-18',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.helwan,
      description:
        'The Israeli Air Force resumes its deep raids with attacks on surface-to-air missile bases near Helwan and at Dahshur, 19 miles south of Cairo.',
    },
    [S.jta700218],
  ),
  ev(
    'IncidentReported',
    'inc-canal-0218',
    { occurredAt: '1970-02-18', recordedAt: rec('1970-02-18', '18:05') },
    {
      incidentId: 'canal-air-1970-02-18',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.canal,
      description:
        'Israeli jets attack Egyptian positions in the central section of the canal zone for almost two hours, after an hour in the southern section the night before.',
    },
    [S.jta700218],
  ),
  ev(
    'StatementMade',
    'stmt-meir-knesset-0218',
    { occurredAt: '1970-02-18', recordedAt: rec('1970-02-18', '18:10') },
    {
      speaker: MEIR,
      audience: 'egypt',
      tone: 'military-threat',
      summary:
        'Meir tells the Knesset that as long as Egypt ignores the ceasefire, Israel will go on bringing the war to Egyptian territory; Nasser, she says, has opted for a war of attrition.',
    },
    [S.jta700218],
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1970-03', precision: 'month', recordedAt: rec('1970-03-31', '12:00') },
    { actor: USSR, role: 'third-party' },
    [S.onwar],
    {
      note: 'Asked by Egypt after the deep raids, the Soviet Union sends 10,000–15,000 troops and advisers, sets up a screen of surface-to-air missiles and has its pilots patrol Egyptian air space.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-bahr-el-baqar',
    { occurredAt: '1970-04-08T07:20:00Z', recordedAt: rec('1970-04-08', '18:00') },
    {
      incidentId: 'bahr-el-baqar-1970-04-08',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.bahrElBaqar,
      fatalities: { min: 46, max: 46 },
      civilianFatalities: { min: 46, max: 46 },
      injured: { min: 50, max: 50 },
      description:
        'Israeli F-4 Phantoms strike the primary school of Bahr el-Baqar at 9:20 local time with five bombs and two air-to-ground missiles: of 130 children, 46 are killed and over 50 wounded. Israel says it took the school for a military installation; Egypt calls it a deliberate massacre.',
    },
    [S.wpBaqar],
  ),
  // ===== May – July 1970: the canal, the Rogers initiative =====
  ev(
    'IncidentReported',
    'inc-commando-0520',
    { occurredAt: '1970-05-20', recordedAt: rec('1970-05-20', '18:00') },
    {
      incidentId: 'egyptian-commando-raid-1970-05-20',
      kind: 'clash',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.canal,
      fatalities: { min: 9, max: 9 },
      injured: { min: 1, max: 1 },
      description:
        'An Egyptian commando raid across the southern canal at dawn is repulsed: at least seven of some 15 raiders killed (Israel); two Israeli soldiers killed and one injured in fire exchanges across the canal in 24 hours. Cairo says 90 commandos destroyed two tanks and two half-tracks.',
    },
    [graded(S.jta700520, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-canal-air-0520',
    { occurredAt: '1970-05-20', recordedAt: rec('1970-05-20', '18:05') },
    {
      incidentId: 'canal-air-1970-05-20',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.canal,
      description:
        'Israeli jets pound Egyptian positions in the canal zone, up to 30 kilometres west of the canal, for two and a half hours, to prevent the construction of SAM-3 missile sites.',
    },
    [S.jta700520],
  ),
  ev(
    'StatementMade',
    'stmt-israel-rejects-temporary',
    { occurredAt: '1970-06-19', recordedAt: rec('1970-06-19', '18:00') },
    {
      speaker: ISRAEL_FM,
      audience: 'egypt',
      tone: 'critical',
      summary:
        'Israel formally rejects Nasser’s offer (a US television interview on 14 June) to restore the ceasefire for six months or less if Israel carries out Resolution 242 at once: the 1967 ceasefire was unconditional, and Egypt abrogated it in 1969 for a "war of attrition" still in progress.',
    },
    [S.jta700619],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '1970-06-25', recordedAt: rec('1970-06-25', '18:00') },
    { actor: USA, role: 'mediator' },
    [S.bbc700625],
  ),
  ev(
    'MediationAction',
    'med-rogers-initiative',
    { occurredAt: '1970-06-25', recordedAt: rec('1970-06-25', '18:05') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'Secretary of State Rogers announces a US initiative to get the Arabs and Israelis "to stop shooting and start talking": a ceasefire of at least three months and talks under UN mediator Gunnar Jarring on the basis of Resolution 242.',
    },
    [S.bbc700625],
  ),
  ev(
    'DemandTabled',
    'dem-rogers',
    { occurredAt: '1970-06-25', recordedAt: rec('1970-06-25', '18:10') },
    {
      demandId: 'rogers-ceasefire-and-talks',
      by: 'united-states',
      addressedTo: ['egypt', 'israel'],
      text: 'Restore the ceasefire for at least a limited period (at least 90 days) and take part in talks under Jarring to carry out Resolution 242 in all its parts.',
      category: 'security',
    },
    [S.bbc700625],
  ),
  ev(
    'PositionTaken',
    'pos-nasser-accepts',
    { occurredAt: '1970-07-23', recordedAt: rec('1970-07-24', '12:00') },
    {
      demandId: 'rogers-ceasefire-and-talks',
      actorId: 'egypt',
      stance: 'conditional',
      conditions: 'That the United States stop supplying Israel with more weapons.',
      quote: 'If the political solution fails, war will be the only alternative.',
      speaker: NASSER,
    },
    [S.jta700724],
  ),
  ev(
    'PositionTaken',
    'pos-israel-accepts',
    { occurredAt: '1970-07-31', recordedAt: rec('1970-07-31', '12:05') },
    {
      demandId: 'rogers-ceasefire-and-talks',
      actorId: 'israel',
      stance: 'accepted',
      quote:
        'Israel is prepared to reply affirmatively to the proposal of the US concerning a cease-fire (for three months at least) on the Egyptian front.',
      speaker: ISRAEL_GOV,
    },
    [S.jvl700731],
  ),
  ev(
    'IncidentReported',
    'inc-soviet-dogfight',
    { occurredAt: '1970-07-30', recordedAt: rec('1970-08-04', '12:00') },
    {
      incidentId: 'soviet-mig-dogfight-1970-07-30',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'soviet-union',
      place: 'Gulf of Suez (Ein Sukhna)',
      description:
        'Israeli fighters shoot down four MiG-21s over the canal zone; Israeli papers and Time report that they were flown by Soviet pilots (the Soviet Air Force commander, Marshal Kutakhov, arrives in Cairo); no side comments officially.',
    },
    [graded(S.jta700804b, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-canal-air-0803',
    { occurredAt: '1970-08-03', recordedAt: rec('1970-08-04', '12:05') },
    {
      incidentId: 'canal-air-1970-08-03',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.canal,
      description:
        'Israeli jets raid a Soviet-built missile base in the central section of the canal zone and go on blasting Egyptian positions along the canal.',
    },
    [S.jta700804a],
  ),
  ev(
    'IncidentReported',
    'inc-phantom-down',
    { occurredAt: '1970-08-03', recordedAt: rec('1970-08-04', '12:10') },
    {
      incidentId: 'phantom-downed-1970-08-03',
      kind: 'clash',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.canal,
      description:
        'An Israeli Phantom is shot down by ground fire over the missile base at 13:20 local time; its two airmen bail out over Egyptian territory (the 16th Israeli plane lost on the Egyptian front since 1967).',
    },
    [S.jta700804a],
  ),
  ev(
    'IncidentReported',
    'inc-pilots-held',
    { occurredAt: '1970-08-03', recordedAt: rec('1970-08-04', '12:15') },
    {
      incidentId: 'pilots-captured-1970-08-03',
      kind: 'detention',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.canal,
      description:
        'An Egyptian Army spokesman confirms that the two airmen, Yigael Shochat and Moshe Goldwasser, were captured: Egypt now holds 14 Israeli prisoners.',
    },
    [S.jta700804a],
  ),
  // ===== 7 August 1970: the ceasefire =====
  ev(
    'AgreementReached',
    'agr-ceasefire',
    { occurredAt: '1970-08-07T22:00:00Z', recordedAt: rec('1970-08-08', '06:00') },
    {
      agreementId: A.ceasefire,
      kind: 'ceasefire',
      provisions: [
        'Ceasefire effective 22:00 GMT on Friday 7 August',
        'Both sides stop all incursions and all firing, on the ground and in the air, across the ceasefire line',
        'No change in the military status quo within zones 50 kilometres east and west of the line: no new military installations',
        'Verification by each side’s own means, reconnaissance up to 10 kilometres from the line',
        'Alleged violations may be reported through the UN machinery',
        'The Geneva Convention of 1949 on prisoners of war applies, with the help of the ICRC',
      ],
      signatories: ['egypt', 'israel'],
      textPublic: false,
      status: 'in-force',
    },
    [S.frus145],
    { occurrence: 'rogers-ceasefire-1970-08-07' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-rogers',
    { occurredAt: '1970-08-07T22:00:00Z', recordedAt: rec('1970-08-08', '06:05') },
    {
      ceasefireId: CF.rogers,
      parties: ['egypt', 'israel'],
      scope: 'The Suez Canal front, with a military standstill in zones 50 km each side of the canal',
      duration: 'temporary',
      until: '1970-11-05T22:00:00Z',
      mediatedBy: ['united-states'],
    },
    [S.frus145],
    { occurrence: 'rogers-ceasefire-1970-08-07' },
  ),
  ev(
    'IncidentReported',
    'inc-missiles-moved',
    { occurredAt: '1970-08-08', precision: 'approximate', recordedAt: rec('1970-08-14', '12:00') },
    {
      incidentId: 'missiles-moved-standstill-1970-08',
      kind: 'force-posture',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.standstill,
      description:
        'Soviet surface-to-air missiles are moved toward the canal, into the standstill zone, from the first night of the ceasefire (7–8 August): "a substantial, militarily significant movement" (Dayan). No fire.',
    },
    [graded(S.jta700814, 3)],
    { occurrence: 'standstill-missiles-1970-08' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-missiles',
    { occurredAt: '1970-08-13', recordedAt: rec('1970-08-14', '12:05') },
    {
      ceasefireId: CF.rogers,
      allegedBy: 'israel',
      against: 'egypt',
      casualties: { min: 0, max: 0 },
      description:
        'Dayan tells the Knesset that Soviet missiles were moved toward the canal during the first night of the ceasefire, a substantial violation of the standstill; Israel asks the United States to see the military situation restored. A violation without fire.',
    },
    [S.jta700814],
    { occurrence: 'standstill-missiles-1970-08' },
  ),
  ev(
    'MediationAction',
    'med-us-confirms',
    { occurredAt: '1970-08-19', recordedAt: rec('1970-08-19', '18:00') },
    {
      mediator: 'united-states',
      action: 'acknowledged-evidence',
      summary:
        'The US government confirms a forward deployment of missiles into and within the standstill zone west of the canal at the time the ceasefire took effect, and makes representations in Cairo (Bergus to Riad) and Moscow.',
    },
    [S.jvl700921],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-israel',
    { occurredAt: '1970-09-06', recordedAt: rec('1970-09-08', '12:05') },
    {
      by: 'israel',
      reason:
        'Egypt’s violations of the standstill: "As long as the standstill cease-fire is not restored, Israel cannot participate in the talks" (government spokesman Michael Arnon). Israel says it will keep to the ceasefire.',
    },
    [S.jta700908],
  ),
  ev(
    'StatementMade',
    'stmt-israel-other-means',
    { occurredAt: '1970-09-08', recordedAt: rec('1970-09-08', '12:10') },
    {
      speaker: ISRAEL_GOV,
      audience: 'egypt',
      tone: 'warning',
      summary:
        'A highly knowledgeable source tells JTA that Israel will insist on the removal of all Egyptian missiles from the standstill zone even if the talks are called off, and if the United States fails to have them pulled back, is prepared to act by other means.',
    },
    [graded(S.jta700908, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-jarring-opened',
    { occurredAt: '1970-08-25', recordedAt: rec('1970-10-05', '12:00') },
    { roundId: R.jarring, label: 'Jarring talks, New York (1970)', venue: 'New York', format: 'formal', hosts: ['un'] },
    [S.jta701005],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jarring-adjourned',
    { occurredAt: '1970-10-03', precision: 'approximate', recordedAt: rec('1970-10-05', '12:05') },
    {
      roundId: R.jarring,
      outcome: 'adjourned',
      summary:
        'U Thant and Jarring suspend the peace-talks effort: the mediator has done "all he can do"; Jarring returns to Moscow for at least two weeks.',
    },
    [S.jta701005],
  ),
  ev(
    'StatementMade',
    'stmt-eban-rectification',
    { occurredAt: '1970-10-14', recordedAt: rec('1970-10-14', '18:00') },
    {
      speaker: { name: 'Abba Eban', title: 'Foreign Minister of Israel', actorId: 'israel' },
      audience: 'egypt',
      tone: 'critical',
      summary:
        'Eban says Israel will not return to the Jarring talks with Egypt’s violations as their first item: the violations are to be settled outside them; the United States stands firm on its demand for "rectification". Eban is for extending the truce.',
    },
    [S.jta701014],
  ),
  ev(
    'CeasefireExtended',
    'cf-extended-nov',
    { occurredAt: '1970-11-05T22:00:00Z', recordedAt: rec('1970-11-06', '12:00') },
    {
      ceasefireId: CF.rogers,
      duration: 'temporary',
      until: '1971-02-05T22:00:00Z',
      terms:
        'The extended ceasefire takes effect at midnight as the original 90-day truce expires; the guns stay silent; Israel will observe it as long as Egypt does.',
    },
    [S.jta701106],
  ),
  ev(
    'TalksResumed',
    'talks-resumed',
    { occurredAt: '1971-01-05', recordedAt: rec('1971-01-06', '12:00') },
    {
      by: 'israel',
      reason:
        'Indirect peace negotiations resume in New York under Jarring: Israel says it is determined to exhaust every prospect to make the mission work, though the standstill violations are still not rectified.',
    },
    [S.jta710106],
    { occurrence: 'jarring-talks-resumed-1971-01-05' },
  ),
  ev(
    'TalksRoundOpened',
    'round-jarring-1971-opened',
    { occurredAt: '1971-01-05', recordedAt: rec('1971-01-06', '12:05') },
    { roundId: 'jarring-talks-1971', label: 'Jarring talks, New York (1971)', venue: 'New York', format: 'formal', hosts: ['un'] },
    [S.jta710106],
    { occurrence: 'jarring-talks-resumed-1971-01-05' },
  ),
  ev(
    'ActorRegistered',
    'actor-jordan',
    { occurredAt: '1971-02-04', recordedAt: rec('1971-02-04', '17:55') },
    { actor: JORDAN, role: 'third-party' },
    [S.jta710204],
    { note: 'Jordan accepted the Rogers initiative with Egypt and says it will go along with whatever Egypt decides on the ceasefire.' },
  ),
  ev(
    'DemandTabled',
    'dem-withdrawal',
    { occurredAt: '1971-02-04', recordedAt: rec('1971-02-04', '18:00') },
    {
      demandId: D.withdrawal,
      by: 'egypt',
      addressedTo: ['israel'],
      text: 'A partial withdrawal of Israeli forces from the east bank of the Suez Canal within the 30 days, as the first stage of a timetable for carrying out Resolution 242; Egypt would then clear the canal and reopen it to navigation.',
      category: 'territorial',
    },
    [S.jta710204],
  ),
  ev(
    'CeasefireExtended',
    'cf-extended-feb',
    { occurredAt: '1971-02-04', recordedAt: rec('1971-02-04', '18:05') },
    {
      ceasefireId: CF.rogers,
      duration: 'temporary',
      until: '1971-03-07',
      terms:
        'Sadat accepts U Thant’s appeal and decides "to refrain from opening fire for a period which we cannot make extend beyond 30 days, ending on March 7".',
    },
    [S.jta710204],
    { occurrence: 'sadat-speech-1971-02-04' },
  ),
  ev(
    'UltimatumIssued',
    'ult-thirty-days',
    { occurredAt: '1971-02-04', recordedAt: rec('1971-02-04', '18:10') },
    {
      ultimatumId: U.thirtyDays,
      by: 'egypt',
      to: ['israel'],
      demandIds: [D.withdrawal],
      deadline: '1971-03-07',
      consequences:
        'No further extension of the ceasefire unless Israel proposes a specific timetable for withdrawal within the 30 days.',
    },
    [S.jta710204],
    { occurrence: 'sadat-speech-1971-02-04' },
  ),
  ev(
    'StatementMade',
    'stmt-meir-gravity',
    { occurredAt: '1971-02-09', recordedAt: rec('1971-02-09', '18:00') },
    {
      speaker: MEIR,
      audience: 'egypt',
      tone: 'critical',
      summary:
        'Meir tells the Knesset of the "gravity and danger" of Sadat’s proposal: an abstention from shooting for not more than 30 days is equivalent to a threat to resume the war.',
    },
    [S.frus203],
  ),
  ev(
    'StatementMade',
    'stmt-sadat-threats',
    { occurredAt: '1971-02-04', precision: 'approximate', recordedAt: rec('1971-02-15', '12:00') },
    {
      speaker: SADAT,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Up to the last minute before the extension, Sadat repeatedly threatened to renew the war unless Israel produced a timetable for its withdrawal from the occupied territories (Time).',
    },
    [S.time710215],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'egypt-israel-1969.jsonl',
  logEnd: '1971-03-06T00:00:00Z',
  events,
};

export default definition;
