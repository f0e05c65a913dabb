/**
 * A test fixture, not a shipped example: Egypt and Israel from the Egyptian
 * crossing of the Suez Canal (6 October 1973) to the end of Israel's
 * withdrawal from the canal under the Sinai I disengagement agreement (March
 * 1974), as an analyst following the news could have recorded them.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in egypt-israel-1973.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a war between two states'
 * armies fought in several places of one front for two and a half weeks; a
 * ceasefire called by the Security Council (Resolution 338) broken within
 * hours, with the fighting that encircled Egypt's Third Army; a second
 * ceasefire (the morning of 24 October, after Resolution 339) violated the
 * same day with heavy losses, then holding with skirmishes; a superpower
 * crisis that is not the pair's (Brezhnev's threat to act alone, the US
 * worldwide alert); military talks at Kilometre 101 producing a limited
 * agreement (the six points of 11 November: prisoners, supplies to the Third
 * Army and to Suez, UN checkpoints) and breaking down; artillery and tank
 * duels on the canal through December and into January; and a disengagement
 * agreement (18 January 1974) implemented to the letter.
 *
 * The negotiation recorded is the pair's, Egypt and Israel. The United
 * Nations (the Security Council, UNTSO's observers and then UNEF II under
 * General Siilasvuo, who chaired the Kilometre 101 talks) and the United
 * States (Kissinger) mediate. The Soviet Union (Egypt's patron, which
 * co-drafted Resolution 338 and threatened to send troops) and Syria (the
 * co-belligerent on the Golan front, a third party to this pair) are third
 * parties; the fighting on the Syrian front is not recorded.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet, wire or archive of
 * one (JTA's daily bulletin, Time, the Harvard Crimson, UPI, Papers Past's
 * Press with Reuter copy, the Israel State Archives, the US State Department's
 * FRUS), C = smaller outlet, mirror or reference page; 1 = an on-record
 * statement or act confirmed by the actor itself (or an agreement's text);
 * 2 = several outlets agree or one established outlet reports it; 3 = one
 * side's unverified claim about the other (a toll or a "who fired first").
 *
 * Dates of sources: JTA's Daily News Bulletin is dated the morning after the
 * day it reports ("today" in a bulletin is the day before its date); its
 * archive pages whose address carries no date are dated from the bulletin
 * date they show, or from their own account: the "1,000 shells" report (a
 * week after the Geneva conference opened, the shelling on "Tuesday", 25
 * December) is dated 28 December; the report of the end of the Israeli
 * presence on the canal ("late yesterday", a day ahead of the timetable) is
 * dated 6 March 1974. Time's pieces carry their issue date. The FRUS
 * memorandum is dated as the memorandum (24/25 October 1973). Reference pages
 * that carry no date of their own (the Israel State Archives' chapters,
 * Palestinian Journeys, a mirror of Wikipedia's "Battle of Suez") are given
 * the day after the last development they report, a lower bound stated as
 * such. Times are local (UTC+2) converted to UTC: the ceasefire of Resolution
 * 338 at 18:52 local is 16:52Z; the second ceasefire at 07:00 local is 05:00Z.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places are recorded one way each (the constants in P): the crossing points
 *   of the Bar-Lev Line, Egypt's air strikes on Sinai, the Sinai front east of
 *   the canal (the counter-attack of 8 October and the offensive of 14
 *   October), Deversoir, the Chinese Farm, Port Said, the Israeli salient on
 *   the west bank, the Third Army's bridgehead on the east bank, the town of
 *   Suez, Kilometre 101, and "the Suez Canal front" for a report that names
 *   no sector.
 * - Tolls are recorded only where a source gives one for the act: 1,000
 *   Egyptians killed on 14 October (the Israeli press's figure, graded 3);
 *   about 80 Israelis killed in the battle of Suez (24–25 October); one
 *   Egyptian soldier killed on 4 November; three Israeli soldiers killed in
 *   the incidents of 25–30 November. Israel's count of 656 soldiers killed in
 *   the war's first eight days covers both fronts and is not recorded.
 * - Resolution 338's ceasefire (18:52 local on 22 October) is recorded as
 *   having collapsed on 23 October: the fighting resumed on both banks that
 *   night and Israel said its forces had been ordered to resume fighting (JTA),
 *   so that no ceasefire held until the one arranged through General
 *   Siilasvuo for 07:00 on 24 October (Resolution 339 "confirms" the
 *   ceasefire; the analyst records the new one when it took effect). The
 *   second ceasefire is the one the six-point agreement and the Sinai I
 *   agreement bind the parties to observe "scrupulously".
 * - Where a source does not say who fired first (the duel at Kilometre 101 on
 *   29 November), the exchange is recorded with the side the reporting party
 *   blames, only to give it a direction; each side's own account of an
 *   exchange is one occurrence.
 * - The Brezhnev letter of 24 October is the Soviet Union's threat to the
 *   United States, and the US worldwide alert of 25 October is the United
 *   States' force posture against the Soviet Union: neither is the pair's.
 * - The last exchange of fire between the two recorded here is the one of
 *   about 3 January 1974 (Reuter). The sources also say that fire went on into
 *   January — Israel's count of 24 soldiers killed on the Egyptian front from
 *   27 October to 15 January, JTA's "intensification of fighting ... last
 *   month just prior to" the agreement, Time's "in the past two weeks ... the
 *   shooting stopped" (published 4 February) — but give no day for it: the
 *   count over a period is not recorded as an act of any day.
 * - JTA dates the disengagement accord 21 January in two pieces; it was
 *   signed on 18 January (Kissinger's telegram, the Israeli government's
 *   statement): recorded on the 18th. Its withdrawal began on 25 January, as
 *   the timetable agreed at Kilometre 101 set; the agreement is recorded as
 *   signed and, from that day, in force.
 * - The catalogue has no type for a phase of a withdrawal carried out: each
 *   is recorded as what was said of it (StatementMade), neutral in tone.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'egypt-israel-1973';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1973);
/** A recordedAt on `day` (YYYY-MM-DD) at `time` UTC: the case runs over two years. */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const EGYPT: Actor = {
  id: 'egypt',
  name: 'Egypt',
  kind: 'state',
  aliases: ['Cairo', 'Egyptian Army', 'Third Army', 'Second Army', 'Sadat'],
};
const ISRAEL: Actor = {
  id: 'israel',
  name: 'Israel',
  kind: 'state',
  aliases: ['Jerusalem', 'IDF', 'Israel Defense Forces', 'Zahal'],
};
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN Security Council', 'UNTSO', 'UNEF', 'UNEF II', 'United Nations Emergency Force'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['US', 'Washington', 'Kissinger'],
};
const USSR: Actor = {
  id: 'soviet-union',
  name: 'Soviet Union',
  kind: 'state',
  aliases: ['USSR', 'Moscow', 'Brezhnev'],
};
const SYRIA: Actor = { id: 'syria', name: 'Syria', kind: 'state', aliases: ['Damascus'] };

const YARIV: Person = { name: 'Aharon Yariv', title: 'Major General, Israel Defense Forces', actorId: 'israel' };
const GAMASY: Person = {
  name: 'Mohamed Abdel Ghani el-Gamasy',
  title: 'Chief of Operations, Egyptian Armed Forces',
  actorId: 'egypt',
};
const ELAZAR: Person = { name: 'David Elazar', title: 'Chief of Staff, Israel Defense Forces', actorId: 'israel' };
const GHORBAL: Person = { name: 'Ashraf Ghorbal', title: 'Press adviser to President Sadat', actorId: 'egypt' };
const BREZHNEV: Person = {
  name: 'Leonid Brezhnev',
  title: 'General Secretary of the Communist Party of the Soviet Union',
  actorId: 'soviet-union',
};
const SIILASVUO: Person = { name: 'Ensio Siilasvuo', title: 'Commander of UNEF', actorId: 'un' };
const EBAN: Person = { name: 'Abba Eban', title: 'Foreign Minister of Israel', actorId: 'israel' };
const FAHMY: Person = { name: 'Ismail Fahmy', title: 'Foreign Minister of Egypt', actorId: 'egypt' };
const IDF_SPOKESMAN: Person = { name: 'Israeli military spokesman', actorId: 'israel' };

/** Places, one way each (see the judgement calls). */
const P = {
  barLev: 'Suez Canal crossing points (Bar-Lev Line)',
  sinaiAir: 'Sinai: Israeli command posts, air bases and radar sites',
  sinaiFront: 'Sinai front, east of the Suez Canal',
  deversoir: 'Deversoir, west bank of the Suez Canal',
  chineseFarm: 'Chinese Farm, north of the Great Bitter Lake',
  portSaid: 'Port Said',
  salient: 'Israeli salient, west bank of the Suez Canal',
  thirdArmy: "Third Army's bridgehead, east bank of the Suez Canal",
  suez: 'Suez (town)',
  km101: 'Kilometre 101, Cairo–Suez road',
  canalFront: 'Suez Canal front',
};

const S = {
  jtaOct9: source(
    "Egyptians, Syrians Reported on the Run; Israel's Leaders Considering Military Push Beyond Cease-fire",
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/egyptians-syrians-reported-on-the-run-israels-leaders-considering-military-push-beyond-cease-fire',
    '1973-10-09',
    'B',
    2,
  ),
  timeOct15: source(
    'MIDDLE EAST: Black October: Old Enemies at War Again',
    'Time',
    'https://content.time.com/time/magazine/article/0,9171,910794,00.html',
    '1973-10-15',
    'B',
    2,
  ),
  jtaOct15: source(
    'War Enters Ninth Day: Syrians Routed, Stalemate in Sinai',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1973/10/15/archive/war-enters-ninth-day-syrians-routed-stalemate-in-sinai',
    '1973-10-15',
    'B',
    2,
  ),
  paljourneysOct14: source(
    'October War, From the 6th to 10th Day (11–14 October 1973)',
    'Palestinian Journeys (Institute for Palestine Studies)',
    'https://www.paljourneys.org/en/event/5304/october-war-6th-10th-day',
    '1973-10-15',
    'C',
    2,
  ),
  archivesOct16: source(
    '15-16 October 1973: The Canal Crossing',
    'Israel State Archives',
    'https://catalog.archives.gov.il/en/chapter/15-16-october-1973-the-canal-crossing/',
    '1973-10-17',
    'B',
    2,
  ),
  jtaOct18: source(
    'Israel Scores Major Success in Sinai',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/israel-scores-major-success-in-sinai',
    '1973-10-18',
    'B',
    2,
  ),
  archivesOct23: source(
    '20-23 October: Race Against Time, Security Council Resolution 338',
    'Israel State Archives',
    'https://catalog.archives.gov.il/en/?p=23605',
    '1973-10-24',
    'B',
    1,
  ),
  jtaOct23: source(
    'Cease-fire Begins: Sporadic Fighting Continues in Sinai, No Quiet on Syrian Front',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/cease-fire-begins-sporadic-fighting-continues-in-sinai-no-quiet-on-syrian-front',
    '1973-10-23',
    'B',
    1,
  ),
  jtaOct24: source(
    'Fierce Fighting on Both Sides of Canal Shatters Cease-fire Accord',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1973/10/24/archive/fierce-fighting-on-both-sides-of-canal-shatters-cease-fire-accord',
    '1973-10-24',
    'B',
    2,
  ),
  jtaOct25: source(
    'Second Cease-fire in Effect but Egyptians Again Violating Agreement',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1973/10/25/archive/second-cease-fire-in-effect-but-egyptians-again-violating-agreement',
    '1973-10-25',
    'B',
    2,
  ),
  frusOct25: source(
    'Memorandum for the Record: NSC/JCS Meeting, Wednesday/Thursday, 24/25 October 1973 (FRUS 1969–76, vol. XXV, doc. 269)',
    'US Department of State, Office of the Historian',
    'https://history.state.gov/historicaldocuments/frus1969-76v25/d269',
    '1973-10-25',
    'B',
    1,
  ),
  suezBattle: source(
    'Battle of Suez',
    'Piglix (Wikipedia mirror)',
    'http://piglix.com/piglix/Battle_of_Suez',
    '1973-10-26',
    'C',
    2,
  ),
  crimsonOct27: source(
    'U.S. to Send Observers to Middle East; Military Alert Relaxed',
    'The Harvard Crimson',
    'https://www.thecrimson.com/article/1973/10/27/us-to-send-observers-to-middle/',
    '1973-10-27',
    'B',
    2,
  ),
  jtaOct29: source(
    'Israelis, Egyptians Meet Face to Face for First Time Since 1956',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/israelis-egyptians-meet-face-to-face-for-first-time-since-1956',
    '1973-10-29',
    'B',
    1,
  ),
  jtaOct30: source(
    'Israel Foils Attempt by 3rd Army to Break out of Encirclement',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/israel-foils-attempt-by-3rd-army-to-break-out-of-encirclement',
    '1973-10-30',
    'B',
    2,
  ),
  jtaOct31: source(
    'Exchange of Wounded POWs Under Way, but Other POW Issues Remain Unsolved',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/exchange-of-wounded-pows-under-way-but-other-pow-issues-remain-unsolved',
    '1973-10-31',
    'B',
    2,
  ),
  jtaNov2: source(
    'One-hour Break in Cease-fire',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/one-hour-break-in-cease-fire',
    '1973-11-02',
    'B',
    2,
  ),
  timeNov5: source(
    'THE WAR: Brilliant Moves in a Final Battle',
    'Time',
    'https://content.time.com/time/subscriber/article/0,33009,908104-2,00.html',
    '1973-11-05',
    'B',
    2,
  ),
  jtaNov5: source(
    'Egyptians in Maneuver to Break Encirclement of Third Army',
    'Jewish Telegraphic Agency',
    'https://jta.org/1973/11/05/archive/egyptians-in-maneuver-to-break-encirclement-of-third-army',
    '1973-11-05',
    'B',
    2,
  ),
  jtaNov12: source(
    'Historic Turning Point in Mideast: Israel and Egypt Sign 6-point Agreement',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1973/11/12/archive/historic-turning-point-in-mideast-israel-and-egypt-sign-6-point-agreement',
    '1973-11-12',
    'B',
    1,
  ),
  jtaNov14: source(
    'Egypt Charged with More Cease-fire Violations; Checkpoint Problems Continue',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/egypt-charged-with-more-cease-fire-violations-checkpoint-problems-continue',
    '1973-11-14',
    'B',
    2,
  ),
  jtaNov15: source(
    'Egypt, Israel Agree to Exchange of POWs, Transfer of Checkpoints',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1973/11/15/archive/egypt-israel-agree-to-exchange-of-pows-transfer-of-checkpoints',
    '1973-11-15',
    'B',
    1,
  ),
  jtaNov16: source(
    'A Day of Joy in Israel As POWs Begin to Return Home',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1973/11/16/archive/a-day-of-joy-in-israel-as-pows-begin-to-return-home',
    '1973-11-16',
    'B',
    1,
  ),
  jtaNov26: source(
    'Two-hour Artillery Duel Erupts on Egyptian Front; Egyptian Tanks Hit by Israelis',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1973/11/26/archive/two-hour-artillery-duel-erupts-on-egyptian-front-egyptian-tanks-hit-by-israelis',
    '1973-11-26',
    'B',
    2,
  ),
  jtaNov30: source(
    'Cease-fire Talks Postponed Indefinitely; Artillery Duel Erupts During Talks',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/archive/cease-fire-talks-postponed-indefinitely-artillery-duel-erupts-during-talks',
    '1973-11-30',
    'B',
    2,
  ),
  jtaDec24: source(
    'Day-long Exchange of Fire from Egyptian and Lebanese Borders',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1973/12/24/archive/day-long-exchange-of-fire-from-egyptian-and-lebanese-borders',
    '1973-12-24',
    'B',
    2,
  ),
  jtaGenevaDec24: source(
    'Geneva Atmosphere: First Time for Real Chance for Peace in the Middle East',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/geneva-atmosphere-first-time-for-real-chance-for-peace-in-the-middle-east',
    '1973-12-24',
    'B',
    1,
  ),
  jtaDec28: source(
    'Fighting on Canal More Serious Than Official Communiques Indicate; Egyptians Fire 1000 Shells at Israeli Positions',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/fighting-on-canal-more-serious-than-official-communiques-indicate-egyptians-fire-1000-shells-at-isra',
    '1973-12-28',
    'B',
    2,
  ),
  pressJan5: source(
    'Secret contacts over M.E. (Reuter, Cairo, 4 January)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19740105.2.104',
    '1974-01-05',
    'B',
    2,
  ),
  jvlJan17: source(
    'Egypt-Israel Relations: Separation of Forces Agreement (Sinai I), with the Israeli government statement of 17 January 1974',
    'Jewish Virtual Library (Israel Ministry of Foreign Affairs)',
    'http://www.jewishvirtuallibrary.org/jsource/Peace/sepforce.html',
    '1974-01-18',
    'C',
    1,
  ),
  frusJan18: source(
    'Telegram From Secretary of State Kissinger to the Department of State: KM 101 Signing of Egypt-Israel Disengagement Agreement (FRUS 1969–76, vol. XXVI, doc. 16)',
    'US Department of State, Office of the Historian',
    'https://history.state.gov/historicaldocuments/frus1969-76v26/d16',
    '1974-01-18',
    'B',
    1,
  ),
  jtaJan21: source(
    'Demobilization Follows Disengagement Accord',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1974/01/21/archive/demobilization-follows-disengagement-accordthe-agreement-calls-for-both',
    '1974-01-21',
    'B',
    1,
  ),
  jtaJan24: source(
    'Agreement Reached on a Three-phased Israeli Withdrawal from Canal',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1974/01/24/archive/agreement-reached-on-a-three-phased-israeli-withdrawal-from-canal',
    '1974-01-24',
    'B',
    1,
  ),
  upiJan28: source(
    'U.N. forces take over at Suez; Israelis cheer',
    'United Press International',
    'https://www.upi.com/Archives/1974/01/28/UN-forces-take-over-at-Suez-Israelis-cheer/2351517109526/',
    '1974-01-28',
    'B',
    1,
  ),
  jtaJan29: source(
    'First Phase of Withdrawal Completed',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/first-phase-of-withdrawal-completed',
    '1974-01-29',
    'B',
    1,
  ),
  jtaFeb22: source(
    'Israeli Troops Hope for Peace As They Continue Pullout',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israeli-troops-hope-for-peace-as-they-continue-pullout',
    '1974-02-22',
    'B',
    1,
  ),
  jtaMar6: source(
    'Israeli Presence on Canal Ends; Egyptian Units Move into Zone',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israeli-presence-on-canal-ends-egyptian-units-move-into-zone',
    '1974-03-06',
    'B',
    1,
  ),
};

const C = {
  res338: 'res-338-ceasefire-1973-10-22',
  second: 'second-ceasefire-1973-10-24',
};
const R = {
  km101: 'km101-talks-1973-10-28',
  km101b: 'km101-implementation-1973-11-14',
  geneva: 'geneva-conference-1973-12-21',
};
const A = {
  sixPoint: 'six-point-agreement-1973-11-11',
  sinai1: 'sinai-i-disengagement-1974-01-18',
};
const O = {
  oct23: 'canal-fighting-1973-10-23',
  breakout: 'third-army-breakout-1973-10-24',
  suez: 'battle-of-suez-1973-10-24',
  oct29: 'third-army-bridge-1973-10-29',
  nov1: 'exchange-1973-11-01',
  nov4: 'exchanges-1973-11-04',
  nov25: 'artillery-duel-1973-11-25',
  nov29: 'km101-duel-1973-11-29',
  dec25: 'shelling-1973-12-25',
  sixPoint: 'six-point-signing-1973-11-11',
  sinai1: 'sinai-i-signing-1974-01-18',
};

const events = [
  // ===== The war: 6–22 October =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1973-10-06', recordedAt: rec('1973-10-09', '08:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Egypt – Israel, 1973–74: ceasefire, Kilometre 101 and disengagement',
      subject:
        'The October war on the Suez front, the ceasefires of the Security Council, the encircled Third Army, the Kilometre 101 military talks, the Geneva conference and the Sinai I disengagement of forces',
      parties: [EGYPT, ISRAEL],
      mediators: [UN],
    },
    [S.jtaOct9],
    { note: "Opened at the war's first day; the UN's truce observers (UNTSO) were on the canal lines." },
  ),
  ev(
    'ActorRegistered',
    'actor-syria',
    { occurredAt: '1973-10-06', recordedAt: rec('1973-10-09', '08:05') },
    { actor: SYRIA, role: 'third-party' },
    [S.jtaOct9],
    { note: 'Attacked on the Golan the same day: a co-belligerent, a third party to this pair.' },
  ),
  ev(
    'IncidentReported',
    'inc-crossing',
    { occurredAt: '1973-10-06', recordedAt: rec('1973-10-09', '08:10') },
    {
      incidentId: 'canal-crossing-1973-10-06',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.barLev,
      description:
        "Egyptian forces cross the Suez Canal on Yom Kippur afternoon and break into the Israeli-held east bank along the canal (UN observers see crossings at five points of the 103-mile front); the Bar-Lev Line's positions are attacked and overrun.",
    },
    [S.jtaOct9],
  ),
  ev(
    'IncidentReported',
    'inc-counterattack',
    { occurredAt: '1973-10-08', recordedAt: rec('1973-10-09', '08:15') },
    {
      incidentId: 'israeli-counterattack-1973-10-08',
      kind: 'clash',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.sinaiFront,
      description:
        'Israeli forces mount offensives "in all sectors" of the Suez front against the Egyptian bridgeheads; Elazar claims the Egyptian attack checked and the Egyptian forces "disintegrating" (Israel\'s account of the day).',
    },
    [S.jtaOct9],
  ),
  ev(
    'IncidentReported',
    'inc-egypt-air',
    { occurredAt: '1973-10-06', recordedAt: rec('1973-10-15', '08:00') },
    {
      incidentId: 'egyptian-air-strikes-1973-10-06',
      kind: 'airstrike',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.sinaiAir,
      description:
        'The crossing is "backed by heavy artillery and strafing jets" on Israeli positions in Sinai; Dayan: "We must realise this is war."',
    },
    [S.timeOct15],
  ),
  ev(
    'IncidentReported',
    'inc-egypt-offensive',
    { occurredAt: '1973-10-14', recordedAt: rec('1973-10-17', '08:00') },
    {
      incidentId: 'egyptian-offensive-1973-10-14',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.sinaiFront,
      fatalities: { min: 1000, max: 1000 },
      description:
        'Egypt launches its armoured offensive east of the canal: the largest tank battle since the Second World War (Egypt loses about 250 tanks, Israel 40). "The IDF has broken an Egyptian armoured offensive – 200 tanks were destroyed, 1,000 Egyptians were killed yesterday along the Suez Canal" (Davar, 15 October).',
    },
    [graded(S.archivesOct16, 3), S.paljourneysOct14, S.jtaOct15],
    { note: "The toll is the Israeli press's figure for the Egyptian dead: one side's claim, graded 3." },
  ),
  ev(
    'IncidentReported',
    'inc-deversoir',
    { occurredAt: '1973-10-16', recordedAt: rec('1973-10-18', '08:00') },
    {
      incidentId: 'deversoir-crossing-1973-10-16',
      kind: 'clash',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.deversoir,
      description:
        'An Israeli task force, launched on the evening of the 15th, crosses the canal at Deversoir and fights on the west bank behind the Egyptian lines, attacking missile sites and artillery batteries.',
    },
    [S.jtaOct18, S.archivesOct16],
  ),
  ev(
    'IncidentReported',
    'inc-chinese-farm',
    { occurredAt: '1973-10-17', recordedAt: rec('1973-10-18', '08:05') },
    {
      incidentId: 'chinese-farm-1973-10-17',
      kind: 'clash',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.chineseFarm,
      description:
        'A fierce tank and artillery battle in the central sector of the canal, east of the crossing: Israel says nearly 100 Egyptian tanks were destroyed.',
    },
    [S.jtaOct18],
  ),
  ev(
    'IncidentReported',
    'inc-port-said',
    { occurredAt: '1973-10-17', recordedAt: rec('1973-10-18', '08:10') },
    {
      incidentId: 'port-said-strikes-1973-10-17',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.portSaid,
      description:
        "Israel's air force attacks military targets in the Port Said area, the Katamiyeh air base and missile sites on the west bank; Israel says five Egyptian planes were shot down.",
    },
    [S.jtaOct18],
  ),
  // ===== Resolution 338, the ceasefire of 22 October and its collapse =====
  ev(
    'IncidentReported',
    'inc-oct22',
    { occurredAt: '1973-10-22', recordedAt: rec('1973-10-23', '08:00') },
    {
      incidentId: 'west-bank-fighting-1973-10-22',
      kind: 'clash',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.salient,
      description:
        'Fighting "in full ferocity" up to the ceasefire: mortar and phosphorus shells, tanks on the roads north to Ismailia, west towards Cairo and south of the Bitter Lakes; the Israeli enclave on the west bank is some 50 miles from Cairo.',
    },
    [S.jtaOct23],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '1973-10-20', recordedAt: rec('1973-10-24', '07:50') },
    { actor: USA, role: 'mediator' },
    [S.archivesOct23],
    { note: 'Kissinger in Moscow (20–21 October) agrees with Brezhnev the text that becomes Resolution 338.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-338',
    { occurredAt: '1973-10-22T16:52:00Z', recordedAt: rec('1973-10-24', '07:55') },
    {
      ceasefireId: C.res338,
      parties: ['egypt', 'israel'],
      scope:
        'Security Council Resolution 338 (drafted by the United States and the Soviet Union): all firing to cease within 12 hours, in the positions the forces occupy; both accept it; Israel\'s forces ordered to hold fire from 18:52 local "as long as the Egyptians also honored the cease-fire"',
      duration: 'indefinite',
      mediatedBy: ['un', 'united-states'],
    },
    [S.jtaOct23, S.archivesOct23],
    { note: 'Fire subsided about 19:12 local, twenty minutes after the deadline.' },
  ),
  ev(
    'IncidentReported',
    'inc-oct23',
    { occurredAt: '1973-10-23', recordedAt: rec('1973-10-24', '08:05') },
    {
      incidentId: 'canal-fighting-1973-10-23',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.salient,
      description:
        'Fierce fighting erupts on both banks hours after the ceasefire: Israel says the Egyptians opened heavy fire with a variety of weapons in the central sector west of the canal, and the firing spread to the southern sector.',
    },
    [S.jtaOct24],
    { occurrence: O.oct23 },
  ),
  ev(
    'IncidentReported',
    'inc-oct23-strikes',
    { occurredAt: '1973-10-23', recordedAt: rec('1973-10-24', '08:07') },
    {
      incidentId: 'israeli-strikes-1973-10-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.thirdArmy,
      description:
        'Israeli armoured and air force units are "in full action once again", striking Egyptian concentrations of armour and infantry on both sides of the canal; Israel\'s stated aim is to outflank and trap the Egyptian forces on the east bank.',
    },
    [S.jtaOct24],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-oct23-israel',
    { occurredAt: '1973-10-23', recordedAt: rec('1973-10-24', '08:10') },
    {
      ceasefireId: C.res338,
      allegedBy: 'israel',
      against: 'egypt',
      description:
        'Israel accuses Egypt of violating the ceasefire and says its forces have been ordered to resume fighting.',
    },
    [S.jtaOct24],
    { occurrence: O.oct23 },
  ),
  ev(
    'CeasefireEnded',
    'cf-338-collapsed',
    { occurredAt: '1973-10-23', recordedAt: rec('1973-10-24', '08:15') },
    {
      ceasefireId: C.res338,
      reason: 'collapsed',
      summary:
        'Fighting resumes on both banks hours after the ceasefire and Israel orders its forces to resume fighting. The Security Council reaffirms the ceasefire that evening (Resolution 339).',
    },
    [S.jtaOct24],
    { occurrence: O.oct23 },
  ),
  // ===== The second ceasefire (24 October), its violations, the superpowers =====
  ev(
    'CeasefireDeclared',
    'cf-second',
    { occurredAt: '1973-10-24T05:00:00Z', recordedAt: rec('1973-10-25', '08:00') },
    {
      ceasefireId: C.second,
      parties: ['egypt', 'israel'],
      scope:
        'A new ceasefire on the Egyptian front from 07:00 local on 24 October, arranged through General Siilasvuo (UNTSO) after Resolution 339; UN observers posted on the lines',
      duration: 'indefinite',
      mediatedBy: ['un'],
    },
    [S.jtaOct25],
  ),
  ev(
    'IncidentReported',
    'inc-breakout',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '08:05') },
    {
      incidentId: 'third-army-breakout-1973-10-24',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.thirdArmy,
      description:
        'The encircled Third Army tries all day to break out in the southern sector, with heavy air support; Israel says all attacks were repulsed and 15 MiG-21s shot down in dogfights.',
    },
    [S.jtaOct25],
    { occurrence: O.breakout },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-breakout',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '08:10') },
    {
      ceasefireId: C.second,
      allegedBy: 'israel',
      against: 'egypt',
      description:
        "Tekoah lodges a formal complaint with Waldheim that Egypt is violating the second ceasefire (the Third Army's attacks).",
    },
    [S.jtaOct25],
    { occurrence: O.breakout },
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '08:12') },
    { actor: USSR, role: 'third-party' },
    [S.frusOct25],
    { note: "Egypt's patron: co-drafted Resolution 338, threatened to intervene." },
  ),
  ev(
    'StatementMade',
    'stmt-brezhnev',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-25', '08:15') },
    {
      speaker: BREZHNEV,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'Proposes that Soviet and American contingents be sent urgently to Egypt to enforce the ceasefire, and warns that otherwise the Soviet Union would consider acting alone.',
      quote:
        'If you find it impossible to act jointly with us in this matter we should be faced with the necessity urgently to consider the question of taking appropriate steps unilaterally.',
    },
    [S.frusOct25],
  ),
  ev(
    'IncidentReported',
    'inc-suez',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-26', '08:00') },
    {
      incidentId: 'battle-of-suez-1973-10-24',
      kind: 'clash',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.suez,
      fatalities: { min: 80, max: 80 },
      injured: { min: 120, max: 120 },
      description:
        'An Israeli armoured brigade and a paratroop battalion enter the town of Suez (24–25 October) and are ambushed by its defenders; at least 80 Israelis killed and 120 wounded, 40 tanks lost.',
    },
    [S.suezBattle],
    { occurrence: O.suez },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-suez',
    { occurredAt: '1973-10-24', recordedAt: rec('1973-10-26', '08:05') },
    {
      ceasefireId: C.second,
      allegedBy: 'egypt',
      against: 'israel',
      casualties: { min: 80, max: 80 },
      description:
        'Egypt blames Israel for the ceasefire violations: its attack on Suez after the ceasefire hour (the toll is of the battle).',
    },
    [S.suezBattle],
    { occurrence: O.suez },
  ),
  ev(
    'IncidentReported',
    'inc-defcon',
    { occurredAt: '1973-10-25', recordedAt: rec('1973-10-27', '08:00') },
    {
      incidentId: 'us-worldwide-alert-1973-10-25',
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'soviet-union',
      place: 'worldwide',
      description:
        "The United States places its forces worldwide on alert (DEFCON 3) in answer to Brezhnev's letter; Schlesinger says the Soviets had alerted about 50,000 airborne troops. The alert is relaxed on the 26th.",
    },
    [S.crimsonOct27, S.frusOct25],
  ),
  ev(
    'MediationAction',
    'med-res340',
    { occurredAt: '1973-10-25', recordedAt: rec('1973-10-27', '08:05') },
    {
      mediator: 'un',
      action: 'proposed',
      summary:
        'Security Council Resolution 340: demands the return to the positions of 22 October and sets up a UN Emergency Force (UNEF II) of contingents from countries other than the permanent members to supervise the ceasefire.',
    },
    [S.crimsonOct27],
  ),
  ev(
    'IncidentReported',
    'inc-oct26',
    { occurredAt: '1973-10-26', recordedAt: rec('1973-10-27', '08:10') },
    {
      incidentId: 'third-army-breakout-1973-10-26',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.thirdArmy,
      description:
        'Israel reports it repulsed another attempt by the Third Army to break through the encircling Israeli forces.',
    },
    [S.crimsonOct27],
  ),
  // ===== Kilometre 101 =====
  ev(
    'TalksRoundOpened',
    'round-km101-opened',
    { occurredAt: '1973-10-28', recordedAt: rec('1973-10-29', '08:00') },
    {
      roundId: R.km101,
      label: 'Kilometre 101 military talks',
      venue: P.km101,
      format: 'technical',
      hosts: ['un'],
      delegations: [
        { actorId: 'israel', head: YARIV },
        { actorId: 'egypt', head: GAMASY },
      ],
    },
    [S.jtaOct29],
    {
      note: 'Met at 01:30 local under UN auspices: the ceasefire lines and supplies to the encircled Third Army; the first face-to-face meeting of senior officers since 1956.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-oct29',
    { occurredAt: '1973-10-29', recordedAt: rec('1973-10-30', '08:00') },
    {
      incidentId: 'third-army-bridge-1973-10-29',
      kind: 'shelling',
      perpetrator: 'israel',
      allegedBy: 'egypt',
      against: 'egypt',
      place: P.thirdArmy,
      description:
        'Israeli artillery destroys an infantry bridge the Third Army threw across the canal at dawn, about seven kilometres from its southern outlet; shortly after 01:00 Israeli jets and ground fire down three Egyptian helicopters flying towards the encircled army.',
    },
    [S.jtaOct30],
    { occurrence: O.oct29 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-oct29',
    { occurredAt: '1973-10-29', recordedAt: rec('1973-10-30', '08:05') },
    {
      ceasefireId: C.second,
      allegedBy: 'israel',
      against: 'egypt',
      description:
        'Tekoah writes to Waldheim that the helicopter flights are a "flagrant violation" of the ceasefire, and that Egyptian forces opened tank, artillery and small-arms fire in the southern sector and fired ground-to-air missiles across the lines the day before.',
    },
    [S.jtaOct30],
    { occurrence: O.oct29 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-sams',
    { occurredAt: '1973-10-30', recordedAt: rec('1973-10-31', '08:00') },
    {
      ceasefireId: C.second,
      allegedBy: 'israel',
      against: 'egypt',
      description:
        'Israel complains to the UN observers that Egyptian forces fired three surface-to-air missiles at an Israeli reconnaissance flight over the Gidi area.',
    },
    [S.jtaOct31],
  ),
  ev(
    'IncidentReported',
    'inc-nov1',
    { occurredAt: '1973-11-01', recordedAt: rec('1973-11-02', '08:00') },
    {
      incidentId: 'exchange-1973-11-01',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.thirdArmy,
      description:
        'The ceasefire is broken for an hour: Third Army troops move towards Israeli positions on the Sinai side, the Israelis fire warning shots and then at the troops; Egyptian artillery fire and tank movements follow. No Israeli casualties.',
    },
    [S.jtaNov2],
    { occurrence: O.nov1 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-nov1',
    { occurredAt: '1973-11-01', recordedAt: rec('1973-11-02', '08:05') },
    {
      ceasefireId: C.second,
      allegedBy: 'israel',
      against: 'egypt',
      description:
        "Israel's spokesman: the exchange was touched off by the Third Army's move towards Israeli positions.",
    },
    [S.jtaNov2],
    { occurrence: O.nov1 },
  ),
  ev(
    'IncidentReported',
    'inc-nov4',
    { occurredAt: '1973-11-04', recordedAt: rec('1973-11-05', '08:00') },
    {
      incidentId: 'exchanges-1973-11-04',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.salient,
      fatalities: { min: 1, max: 1 },
      injured: { min: 1, max: 1 },
      description:
        "Three exchanges of small-arms fire initiated by the Egyptians (Israel's account): two in the northern sector of the Israeli salient on the west bank, one at the southern end of the Third Army's positions; one Egyptian soldier killed and one wounded. Egyptian reserve armour is deployed facing the salient.",
    },
    [S.jtaNov5],
    { occurrence: O.nov4 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-nov4',
    { occurredAt: '1973-11-04', recordedAt: rec('1973-11-05', '08:05') },
    {
      ceasefireId: C.second,
      allegedBy: 'israel',
      against: 'egypt',
      casualties: { min: 1, max: 1 },
      description: 'Israel lodges a complaint with the UN observers over the three exchanges.',
    },
    [S.jtaNov5],
    { occurrence: O.nov4 },
  ),
  ev(
    'StatementMade',
    'stmt-ghorbal',
    { occurredAt: '1973-10-28', precision: 'approximate', recordedAt: rec('1973-11-05', '08:10') },
    {
      speaker: GHORBAL,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Accuses Israel of cheating on the ceasefire and the United States of helping it; Sadat asks for a return to the lines of 22 October.',
      quote: 'Israel is cheating on the ceasefire, and the U.S. is helping it to cheat.',
    },
    [S.timeNov5],
    { note: "Time's account of the week of 22–27 October: dated approximately." },
  ),
  ev(
    'AgreementReached',
    'agr-six-point',
    { occurredAt: '1973-11-11', recordedAt: rec('1973-11-12', '08:00') },
    {
      agreementId: A.sixPoint,
      kind: 'partial',
      provisions: [
        'Egypt and Israel observe scrupulously the ceasefire called for by the Security Council',
        'Discussions to begin immediately on the return to the positions of 22 October, in the framework of a disengagement and separation of forces under UN auspices',
        'The town of Suez receives daily supplies of food, water and medicines; its wounded civilians are evacuated',
        'No impediment to the movement of non-military supplies to the east bank',
        'Israeli checkpoints on the Cairo–Suez road replaced by UN checkpoints',
        'Once the UN checkpoints are in place, an exchange of all prisoners of war, wounded included',
      ],
      signatories: ['egypt', 'israel'],
      textPublic: true,
      roundId: R.km101,
      status: 'signed',
    },
    [S.jtaNov12],
    { occurrence: O.sixPoint, note: 'Negotiated by Kissinger; signed by Yariv and Gamasy, witnessed by Siilasvuo.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-km101-concluded',
    { occurredAt: '1973-11-11', recordedAt: rec('1973-11-12', '08:05') },
    {
      roundId: R.km101,
      outcome: 'agreement',
      summary:
        'The six-point agreement signed in the UN tent at Kilometre 101: the first agreement signed by Israel and Egypt since 1949.',
      nextSteps:
        'Talks on implementing points C–F (supplies, checkpoints, prisoners) and on the return to the 22 October lines.',
    },
    [S.jtaNov12],
    { occurrence: O.sixPoint },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-nov13',
    { occurredAt: '1973-11-13', recordedAt: rec('1973-11-14', '08:00') },
    {
      ceasefireId: C.second,
      allegedBy: 'israel',
      against: 'egypt',
      description: 'Israel charges Egypt with two more ceasefire violations along the canal (no casualties reported).',
    },
    [S.jtaNov14],
  ),
  ev(
    'TalksRoundOpened',
    'round-km101b-opened',
    { occurredAt: '1973-11-14', recordedAt: rec('1973-11-15', '08:00') },
    {
      roundId: R.km101b,
      label: 'Kilometre 101 talks on implementation and disengagement',
      venue: P.km101,
      format: 'technical',
      hosts: ['un'],
      delegations: [
        { actorId: 'israel', head: YARIV },
        { actorId: 'egypt', head: GAMASY },
      ],
    },
    [S.jtaNov15],
    { note: 'Agrees on the implementation of points C–F from the 15th, under Siilasvuo (now commander of UNEF).' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-six-point-in-force',
    { occurredAt: '1973-11-15', recordedAt: rec('1973-11-16', '08:00') },
    {
      agreementId: A.sixPoint,
      status: 'in-force',
      reason:
        'Implementation begins: the exchange of prisoners of war starts (26 wounded Israelis and 44 wounded Egyptians on the first flights), UNEF takes over two checkpoints on the Cairo–Suez road, and the first UN convoy reaches Suez.',
    },
    [S.jtaNov16],
  ),
  ev(
    'IncidentReported',
    'inc-nov25',
    { occurredAt: '1973-11-25', recordedAt: rec('1973-11-26', '08:00') },
    {
      incidentId: 'artillery-duel-1973-11-25',
      kind: 'shelling',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.salient,
      description:
        'A two-hour artillery duel: Egyptian automatic-weapons and artillery fire on Israeli positions on the west bank; Israel returns fire and hits several Egyptian tanks. An Egyptian push into Israeli-held ground near Kilometre 133 is repulsed; three other incidents. No Israeli casualties.',
    },
    [S.jtaNov26],
    { occurrence: O.nov25 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-nov25',
    { occurredAt: '1973-11-25', recordedAt: rec('1973-11-26', '08:05') },
    {
      ceasefireId: C.second,
      allegedBy: 'israel',
      against: 'egypt',
      description: "Israel's spokesman says the Egyptians started the duel and the other incidents of the day.",
    },
    [S.jtaNov26],
    { occurrence: O.nov25 },
  ),
  ev(
    'IncidentReported',
    'inc-nov29',
    { occurredAt: '1973-11-29', recordedAt: rec('1973-11-30', '08:00') },
    {
      incidentId: 'km101-duel-1973-11-29',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.km101,
      description:
        'A 35-minute small-arms and mortar duel a mile down the road from the UN tent while the generals meet; UN officers are pinned down trying to stop it. It was not determined which side opened fire: recorded with Egypt as perpetrator only to give the exchange a direction.',
    },
    [S.jtaNov30],
    { occurrence: O.nov29 },
  ),
  ev(
    'IncidentReported',
    'inc-nov25-30-toll',
    { occurredAt: '1973-11-29', recordedAt: rec('1973-11-30', '08:05') },
    {
      incidentId: 'incidents-toll-1973-11-25-29',
      kind: 'casualty-report',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.canalFront,
      period: { from: '1973-11-25', to: '1973-11-29' },
      fatalities: { min: 3, max: 3 },
      injured: { min: 6, max: 6 },
      description:
        'Three Israeli soldiers killed and six wounded in a series of incidents along the Suez ceasefire lines since Sunday.',
    },
    [S.jtaNov30],
  ),
  ev(
    'TalksRoundConcluded',
    'round-km101b-concluded',
    { occurredAt: '1973-11-29', recordedAt: rec('1973-11-30', '08:10') },
    {
      roundId: R.km101b,
      outcome: 'collapsed',
      summary:
        'The ceasefire-stabilisation talks break down after another deadlocked meeting on the return to the 22 October lines: "no concrete results", no date for the next meeting (Siilasvuo); postponed indefinitely.',
    },
    [S.jtaNov30],
  ),
  ev(
    'IncidentReported',
    'inc-alert',
    { occurredAt: '1973-11-29', recordedAt: rec('1973-11-30', '08:15') },
    {
      incidentId: 'israeli-full-alert-1973-11-29',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.canalFront,
      description:
        'The Israeli army, reserves included, is placed on full alert against a renewal of the war by Egypt before the Geneva conference.',
    },
    [S.jtaNov30],
  ),
  // ===== Geneva, December duels =====
  ev(
    'TalksRoundOpened',
    'round-geneva-opened',
    { occurredAt: '1973-12-21', recordedAt: rec('1973-12-24', '08:00') },
    {
      roundId: R.geneva,
      label: 'Geneva peace conference',
      venue: 'Palais des Nations, Geneva',
      format: 'formal',
      hosts: ['un', 'united-states', 'soviet-union'],
      delegations: [
        { actorId: 'israel', head: EBAN },
        { actorId: 'egypt', head: FAHMY },
      ],
    },
    [S.jtaGenevaDec24],
    { note: 'Chaired by Waldheim, co-chaired by Kissinger and Gromyko; Jordan attends, Syria stays away.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-concluded',
    { occurredAt: '1973-12-22', recordedAt: rec('1973-12-24', '08:05') },
    {
      roundId: R.geneva,
      outcome: 'progress',
      summary:
        'The opening phase ends after a brief, cordial closed session: an Israeli–Egyptian military working group is set up to work out the disengagement of forces; ambassadors stay behind.',
      nextSteps: 'The military working group to meet from about 26 December; the conference to reconvene in January.',
    },
    [S.jtaGenevaDec24],
  ),
  ev(
    'IncidentReported',
    'inc-dec23',
    { occurredAt: '1973-12-23', recordedAt: rec('1973-12-24', '08:10') },
    {
      incidentId: 'exchange-1973-12-23',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.canalFront,
      description: 'Exchanges of fire are reported on the Egyptian ceasefire line.',
    },
    [S.jtaDec24],
  ),
  ev(
    'IncidentReported',
    'inc-dec25',
    { occurredAt: '1973-12-25', recordedAt: rec('1973-12-28', '08:00') },
    {
      incidentId: 'shelling-1973-12-25',
      kind: 'shelling',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.salient,
      description:
        'The Egyptians fire at least 1,000 shells at Israeli positions on the west bank, with mortars, artillery and tanks; the fire is returned and an Egyptian tank set ablaze. Exchanges south of Abu Suweir, west of Fayid, at Qantara and near the Kilometre 101 checkpoint; fighting has intensified since Geneva opened.',
    },
    [S.jtaDec28],
    { occurrence: O.dec25 },
  ),
  ev(
    'StatementMade',
    'stmt-elazar',
    { occurredAt: '1973-12-27', recordedAt: rec('1973-12-28', '08:05') },
    {
      speaker: ELAZAR,
      audience: 'egypt',
      tone: 'warning',
      summary:
        'Visiting the west bank, warns that a stalemate in the disengagement talks in Geneva could lead to a renewal of general warfare on the Egyptian front; sees no agreement before mid-January or February.',
    },
    [S.jtaDec28],
  ),
  ev(
    'IncidentReported',
    'inc-jan3',
    { occurredAt: '1974-01-03', precision: 'approximate', recordedAt: rec('1974-01-05', '08:00') },
    {
      incidentId: 'exchange-1974-01-03',
      kind: 'clash',
      perpetrator: 'egypt',
      allegedBy: 'israel',
      against: 'israel',
      place: P.canalFront,
      description:
        'Egyptian and Israeli forces exchange tank, artillery, mortar and small-arms fire on the Suez Canal front (reports from Tel Aviv, carried by the Cairo papers on the 4th); tension mounting on the lines as the Geneva military talks resume.',
    },
    [S.pressJan5],
  ),
  // ===== Sinai I =====
  ev(
    'MediationAction',
    'med-kissinger-shuttle',
    { occurredAt: '1974-01-17', recordedAt: rec('1974-01-18', '08:00') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'Kissinger, shuttling between Aswan and Jerusalem since 11 January, narrows the gap; the Israeli cabinet approves the disengagement agreement unanimously (announced 21:00 on the 17th).',
    },
    [S.jvlJan17],
  ),
  ev(
    'AgreementReached',
    'agr-sinai1',
    { occurredAt: '1974-01-18', recordedAt: rec('1974-01-18', '18:00') },
    {
      agreementId: A.sinai1,
      kind: 'partial',
      provisions: [
        'Egypt and Israel scrupulously observe the ceasefire on land, sea and air and refrain from all military or para-military actions against each other',
        'Egyptian forces east of the canal deployed west of Line A; all Israeli forces, including those west of the canal and the Bitter Lakes, east of Line B',
        'A zone of disengagement between the lines held by UNEF; limited-forces zones on each side, inspected by UNEF',
        'Military representatives to work out the stages at Kilometre 101 within 48 hours; withdrawal to begin within seven days of signature and be completed within 40 days of its start',
        'Not a final peace agreement: a first step towards a final, just and durable peace under Resolution 338, within the Geneva conference',
      ],
      signatories: ['egypt', 'israel'],
      textPublic: true,
      status: 'signed',
    },
    [S.frusJan18, S.jvlJan17],
    {
      occurrence: O.sinai1,
      note: 'Signed at 12:25 at Kilometre 101 by the chiefs of staff, Gamasy and Elazar; Siilasvuo witnesses.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-elazar-demob',
    { occurredAt: '1974-01-20', precision: 'approximate', recordedAt: rec('1974-01-21', '08:00') },
    {
      speaker: ELAZAR,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The disengagement will allow the release of Israeli reservists: some 40,000 in the first stage, once the separation of forces is carried out.',
    },
    [S.jtaJan21],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-sinai1-in-force',
    { occurredAt: '1974-01-25', recordedAt: rec('1974-01-25', '12:00') },
    {
      agreementId: A.sinai1,
      status: 'in-force',
      reason:
        'The three-phase timetable agreed at Kilometre 101 (disclosed on the 23rd) takes effect: the first phase of the Israeli withdrawal from the west bank starts, opening the Suez–Cairo road; Israel hands over maps of its minefields through UNEF.',
    },
    [S.jtaJan24],
  ),
  ev(
    'StatementMade',
    'stmt-phase1',
    { occurredAt: '1974-01-28', recordedAt: rec('1974-01-29', '08:00') },
    {
      speaker: IDF_SPOKESMAN,
      audience: 'egypt',
      tone: 'neutral',
      summary:
        "The first phase of the withdrawal is completed at noon: Adabiya, the suburbs of Suez and Kilometre 101 handed to UNEF and then to Egypt; the Third Army's encirclement lifted.",
    },
    [S.jtaJan29, S.upiJan28],
  ),
  ev(
    'StatementMade',
    'stmt-west-bank-evacuated',
    { occurredAt: '1974-02-21', recordedAt: rec('1974-02-22', '08:00') },
    {
      speaker: IDF_SPOKESMAN,
      audience: 'egypt',
      tone: 'conciliatory',
      summary:
        'The last Israeli troops leave the west bank of the canal on schedule at noon; the paratroop commander: "we fold our flag here with a desire and a hope for peace".',
    },
    [S.jtaFeb22],
  ),
  ev(
    'StatementMade',
    'stmt-unef-mar',
    { occurredAt: '1974-03-04', precision: 'approximate', recordedAt: rec('1974-03-06', '08:00') },
    {
      speaker: SIILASVUO,
      audience: 'egypt, israel',
      tone: 'neutral',
      summary:
        'The final phase of the disengagement is completed a day ahead of the timetable: the last Israeli positions on the canal handed to UNEF and Egyptian units move in; UNEF\'s inspection finds the agreement "carried out to the letter" and Egypt\'s missile sites east of the canal demolished.',
    },
    [S.jtaMar6],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'egypt-israel-1973.jsonl',
  logEnd: '1974-03-31T00:00:00Z',
  events,
};

export default definition;
