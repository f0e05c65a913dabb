/**
 * A test fixture, not a shipped example: the Ethiopia – Sudan border dispute
 * over al-Fashaga, 2020–22, as an analyst following the news could have
 * recorded it, from the Sudanese army's redeployment to the border during the
 * Tigray war (November 2020) to the meeting of Burhan and Abiy in Nairobi (5
 * July 2022). Escalation model v2 was never tuned on it: it is the case the
 * model is held to in ethiopia-sudan-2020.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: one party's army moving into
 * disputed land while the other fights a civil war; attacks blamed on the
 * other party's army rather than on its militias; clashes with a handful
 * killed (armed action, not heavy); the execution of captured soldiers, which
 * one side lays on the other's army and the other on a militia; retaliatory
 * shelling of one place; and a leaders' meeting that commits to dialogue
 * without an agreement.
 *
 * Parties: `ethiopia` and `sudan`. Amhara militias ("shifta", Fano) are a
 * non-state third party (`amhara-militias`): their acts are the pair's only
 * where a source says Ethiopia's own forces took part, and Sudan holding
 * Ethiopia responsible for them is recorded as such. Egypt (its solidarity
 * with Sudan) and the GERD dispute are third-party matters: the GERD talks are
 * a negotiation of their own (egypt-ethiopia-2020.ts records them) and none
 * of their events is recorded here. The Tigray war is ethiopia-tplf-2020.ts's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The ambush of 15 December 2020 near Jabal Abu Tayyur is Sudan's army's
 *   account ("Ethiopian forces and militias"): an armed act of Ethiopia's
 *   forces on Sudan, graded 3; four soldiers killed (Sudanese media, the army
 *   did not confirm the number), 12–27 wounded. Ethiopia downplayed it.
 * - Sudan's advance into al-Fashaga (December) is recorded as force posture:
 *   the sources report it as the army "advancing" and "taking control", with
 *   no fighting dated to a day besides the clashes recorded (15 and 24
 *   December). Every act in al-Fashaga's Jabal Abu Tayyur is recorded with one
 *   place, "Jabal Abu Tayyur, al-Fashaga"; the 2022 acts at Jabal Kala
 *   al-Laban with "Jabal Kala al-Laban, al-Fashaga".
 * - The attack of 11 January 2021 is Sudan's account of Ethiopian "gangs" and
 *   militias: a third party's, not blamed on Ethiopia's state in the sources.
 * - The Ethiopian aircraft of 13 January 2021 crossed the border (Sudan's
 *   claim, denied): force posture, not a strike.
 * - Sudan's recall of its ambassador in April 2021 is in the brief with a
 *   question mark and no source found dates it: not recorded. Nor are the
 *   clashes of 2021 between January and June 2022 (none was researched in
 *   time): the log is silent from 14 January 2021 to 22 June 2022, and the
 *   calls in that gap say what the log holds.
 * - June 2022: Sudan says Ethiopian soldiers captured seven soldiers and a
 *   civilian on 22 June (recorded as a clash, Sudan's claim, graded 3) and
 *   executed them (recorded as `lethal-force`, dated 26 June `approximate`:
 *   the army announced it late on the 26th and no source dates the killing;
 *   Ethiopia says a local militia killed them after a Sudanese unit crossed
 *   into Ethiopia). Sudan's shelling (27–28 June) and the air strike of 28 June
 *   on Jabal Kala al-Laban are armed action by Sudan on land Ethiopia held;
 *   nobody was injured by the Amhara official's account.
 * - The Burhan–Abiy meeting in Nairobi (5 July 2022) is a round of talks
 *   concluded with `progress` (a commitment to dialogue), not an agreement
 *   and not a ceasefire.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ethiopia-sudan-fashaga-2020';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
/** A recordedAt on a day of any year, UTC (the case runs over three years). */
const on = (day: string, time: string): string => `${day}T${time}:00Z`;

const ETHIOPIA: Actor = {
  id: 'ethiopia',
  name: 'Ethiopia',
  kind: 'state',
  aliases: ['Addis Ababa', 'ENDF', 'Ethiopian National Defence Force'],
};
const SUDAN: Actor = {
  id: 'sudan',
  name: 'Sudan',
  kind: 'state',
  aliases: ['Khartoum', 'SAF', 'Sudan Armed Forces', 'Sovereign Council'],
};
const MILITIAS: Actor = {
  id: 'amhara-militias',
  name: 'Amhara militias',
  kind: 'armed-group',
  aliases: ['shifta', 'Fano', 'Ethiopian militias', 'Ethiopian gangs'],
};
const IGAD: Actor = {
  id: 'igad',
  name: 'Intergovernmental Authority on Development',
  kind: 'international-organisation',
  aliases: ['IGAD'],
};

const BURHAN: Person = {
  name: 'Abdel Fattah al-Burhan',
  title: 'Chairman of the Sovereign Council of Sudan',
  actorId: 'sudan',
};
const ABIY: Person = { name: 'Abiy Ahmed', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const DEMEKE: Person = {
  name: 'Demeke Mekonnen',
  title: 'Deputy Prime Minister and Foreign Minister of Ethiopia',
  actorId: 'ethiopia',
};
const MANIS: Person = { name: 'Omar Manis', title: 'Minister of Cabinet Affairs of Sudan', actorId: 'sudan' };
const SAF: Person = { name: 'Sudan Armed Forces (statement)', actorId: 'sudan' };
const SUDAN_MFA: Person = { name: 'Ministry of Foreign Affairs of Sudan (statement)', actorId: 'sudan' };
const QAMAREDDINE: Person = { name: 'Omar Qamareddine', title: 'Acting Foreign Minister of Sudan', actorId: 'sudan' };
const SALEH: Person = {
  name: 'Faisal Mohamed Saleh',
  title: 'Information Minister and government spokesman of Sudan',
  actorId: 'sudan',
};
const MUFTI: Person = {
  name: 'Dina Mufti',
  title: 'Spokesman of the Foreign Ministry of Ethiopia',
  actorId: 'ethiopia',
};
const ETHIOPIA_MFA: Person = { name: 'Ministry of Foreign Affairs of Ethiopia (press statement)', actorId: 'ethiopia' };
const GETNET: Person = {
  name: 'Col. Getnet Adane',
  title: 'Head of public relations of the Ethiopian National Defence Force',
  actorId: 'ethiopia',
};

const S = {
  independentDec17: source(
    '4 Sudan soldiers killed in clashes with Ethiopia militias',
    'Independent Newspapers Nigeria (RT)',
    'https://www.independent.ng/4-sudan-soldiers-killed-in-clashes-with-ethiopia-militias/',
    '2020-12-17',
    'C',
    2,
  ),
  presstvDec17: source(
    'Sudan says army officers ambushed by Ethiopian forces, militia',
    'Press TV (GlobalSecurity.org)',
    'https://inl03.netline.com/ltr6/?_m=3n.002a.2953.pm0ao0afyq.2qar',
    '2020-12-17',
    'C',
    3,
  ),
  allafricaDec18: source(
    'Sudan: Four Sudanese soldiers killed in El Fashaga ambush',
    'AllAfrica (Radio Dabanga)',
    'https://allafrica.com/stories/202012180159.html',
    '2020-12-18',
    'B',
    3,
  ),
  dabangaDec19: source(
    'Ethiopian ambush on Sudanese army death toll reaches 27',
    'Radio Dabanga',
    'https://www.dabangasudan.org/en/all-news/article/ethiopian-sudanese-army-clash-death-toll-reaches-27',
    '2020-12-19',
    'B',
    3,
  ),
  journalDec19: source(
    'Sudan sends additional troops to Ethiopian border in days after ambush',
    'TheJournal.ie (AFP)',
    'https://www.thejournal.ie/sudan-sends-troops-ethiopian-border-5306185-Dec2020/',
    '2020-12-19',
    'B',
    2,
  ),
  asianliteDec21: source(
    'Sudan, Ethiopia agree to resume border talks',
    'Asian Lite News',
    'https://asianlite.ae/2020/top-news/sudan-ethiopia-agree-to-resume-border-talks',
    '2020-12-21',
    'C',
    1,
  ),
  omanobserverDec22: source(
    'Sudan and Ethiopia start border talks',
    'Oman Observer (AFP)',
    'https://www.omanobserver.om/sudan-and-ethiopia-start-border-talks/',
    '2020-12-22',
    'B',
    1,
  ),
  elnashraDec23: source(
    'مباحثات السودان وإثيوبيا تنتهي بلا قرار بصدد ترسيم الحدود',
    'Elnashra',
    'https://www.elnashra.com/news/show/1471766/مباحثات-السودان-,إثيوبيا-تنتهي-بلا-قرار-بصدد-ترسيم',
    '2020-12-23',
    'C',
    1,
  ),
  ermDec23: source(
    'End of Sudanese-Ethiopian border talks without agreement',
    'Manchikoni (Erem News)',
    'https://manchikoni.com/end-of-sudanese-ethiopian-border-crossing-talks-without-agreement-erm-news',
    '2020-12-23',
    'C',
    1,
  ),
  arabiyaDec24: source(
    "Border negotiations stumble … Sudan's army repels Ethiopian attacks",
    'Manchikoni (Al Arabiya)',
    'https://manchikoni.com/border-negotiations-stumble-sudans-army-repels-ethiopian-attacks',
    '2020-12-24',
    'C',
    3,
  ),
  reutersDec31: source(
    'Sudan says it has taken control of all its territory in border area settled by Ethiopians',
    'Mereja (Reuters)',
    'https://mereja.com/index/343206',
    '2020-12-31',
    'C',
    2,
  ),
  aljazeeraDec31: source(
    'Sudan regains full control of border with Ethiopia: Ministry',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2020/12/31/sudan-regains-full-control-of-border-with-ethiopia-ministry',
    '2020-12-31',
    'B',
    1,
  ),
  aljazeeraJan13: source(
    'Sudan says Ethiopian military plane crossed its border',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2021/1/13/sudan-says-ethiopian-military-aircraft-crossed-its-border?traffic_source=KeepReading',
    '2021-01-13',
    'B',
    1,
  ),
  devdiscourseJan14: source(
    'Sudan says Ethiopian military aircraft crossed border',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/1405903-sudan-says-ethiopian-military-aircraft-crossed-border',
    '2021-01-14',
    'B',
    2,
  ),
  memoJan14: source(
    'Ethiopia military plane crosses Sudan border, ministry says',
    'Middle East Monitor (Reuters)',
    'https://www.middleeastmonitor.com/20210114-ethiopia-military-plane-crosses-sudan-border-ministry-says/',
    '2021-01-14',
    'B',
    2,
  ),
  citizenJun27: source(
    'Sudan to recall ambassador to Ethiopia',
    'The Citizen (AFP)',
    'https://www.citizen.co.za/news/news-world/news-africa/3128032/sudan-to-recall-ambassador-to-ethiopia/',
    '2022-06-27',
    'B',
    1,
  ),
  trtJun28: source(
    'Sudan army shells disputed border region with Ethiopia',
    'TRT World (Reuters)',
    'https://www.trtworld.com/article/12787373',
    '2022-06-28',
    'B',
    2,
  ),
  devdiscourseJun29: source(
    'Sudan army shells disputed border with Ethiopia',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/2090556-sudan-army-shells-disputed-border-with-ethiopia',
    '2022-06-29',
    'B',
    2,
  ),
  africareportJun29: source(
    'Sudan chooses the UN over the AU for help in dispute with Ethiopia',
    'The Africa Report',
    'https://www.theafricareport.com/218644/sudan-chooses-the-un-over-the-au-for-help-in-dispute-with-ethiopia/',
    '2022-06-29',
    'B',
    1,
  ),
  axadleJun29: source(
    'Sudanese gunfire on the border with Ethiopia',
    'Axadle Times (RFI)',
    'https://axadletimes.com/ax-eye-on-africa/ax-east-africa/sudanese-gunfire-on-the-border-with-ethiopia.html5',
    '2022-06-29',
    'C',
    2,
  ),
  eastafricanJul4: source(
    'Igad leaders meet in Nairobi amid Sudan-Addis conflict',
    'The EastAfrican',
    'https://www.theeastafrican.co.ke/tea/news/east-africa/igad-leaders-meet-nairobi-amid-sudan-addis-conflict-3868880',
    '2022-07-04',
    'B',
    1,
  ),
  allafricaJul5: source(
    'PM Abiy arrives in Nairobi to participate in 39th Extraordinary Meeting of IGAD',
    'AllAfrica (Ethiopian News Agency)',
    'https://allafrica.com/stories/202207050515.html',
    '2022-07-05',
    'B',
    1,
  ),
  rfiJul6: source(
    'Nairobi: assessment of the IGAD summit',
    'Teller Report (RFI)',
    'https://www.tellerreport.com/news/2022-07-06-nairobi--assessment-of-the-igad-summit.H1bBov5fjc.html',
    '2022-07-06',
    'C',
    1,
  ),
};

const R = { khartoum: 'khartoum-border-committee-2020-12', nairobi: 'nairobi-burhan-abiy-2022-07' } as const;
const D = { markers: 'sudan-border-markers' } as const;
const ABU_TAYYUR = 'Jabal Abu Tayyur, al-Fashaga';
const KALA_AL_LABAN = 'Jabal Kala al-Laban, al-Fashaga';

const events = [
  // ===== November – December 2020: the redeployment, the ambush, the Khartoum talks =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-11-04', recordedAt: on('2020-12-19', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ethiopia – Sudan border dispute over al-Fashaga, 2020–22',
      subject:
        "The boundary in al-Fashaga (Gedaref), land within Sudan's claimed boundary long farmed by Ethiopians: the Sudanese army's redeployment during the Tigray war, the clashes, the joint border committee and the leaders' meetings",
      parties: [ETHIOPIA, SUDAN],
      mediators: [],
    },
    [S.independentDec17],
    {
      note: 'Dated to the start of the Tigray war (4 November 2020), when Sudan began to deploy troops to the border.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-militias',
    { occurredAt: '2020-11-04', recordedAt: on('2020-12-19', '12:05') },
    { actor: MILITIAS, role: 'third-party' },
    [S.dabangaDec19],
    { note: "Non-state: their acts are the pair's only where a source says Ethiopia's forces took part." },
  ),
  ev(
    'IncidentReported',
    'inc-sudan-deploys-nov',
    { occurredAt: '2020-11', recordedAt: on('2020-12-19', '12:10') },
    {
      incidentId: 'sudan-deployment-2020-11',
      kind: 'force-posture',
      perpetrator: 'sudan',
      allegedBy: 'sudan',
      against: 'ethiopia',
      place: 'Gedaref, Ethiopian border',
      description:
        'Sudan deploys more than 6,000 troops to the Ethiopian border at the start of the fighting in Tigray (a senior official of al-Qadarif, to RT).',
    },
    [S.independentDec17],
  ),
  ev(
    'IncidentReported',
    'inc-ambush-abu-tayyur',
    { occurredAt: '2020-12-15', recordedAt: on('2020-12-19', '12:15') },
    {
      incidentId: 'abu-tayyur-ambush-2020-12-15',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'sudan',
      against: 'sudan',
      place: ABU_TAYYUR,
      target: 'a Sudanese army patrol returning from around Jabal Abu Tayyur',
      fatalities: { min: 4, max: 4 },
      injured: { min: 12, max: 27 },
      description:
        'Sudan\'s army says its force was "ambushed by Ethiopian forces and militias inside Sudanese territory" on the evening of the 15th; Sudanese media count four soldiers killed, including an officer, and 12 (later 27) wounded; soldiers captured. The army did not confirm the toll.',
    },
    [S.allafricaDec18, S.presstvDec17, S.dabangaDec19],
  ),
  ev(
    'StatementMade',
    'stmt-saf-ambush',
    { occurredAt: '2020-12-16', recordedAt: on('2020-12-19', '12:20') },
    {
      speaker: SAF,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "The army's statement: its forces were ambushed inside Sudanese territory by Ethiopian forces and militias, with loss of lives and equipment.",
    },
    [S.presstvDec17, graded(S.allafricaDec18, 1)],
  ),
  ev(
    'IncidentReported',
    'inc-sudan-reinforcements',
    { occurredAt: '2020-12-19', recordedAt: on('2020-12-19', '18:00') },
    {
      incidentId: 'sudan-reinforcements-2020-12-19',
      kind: 'force-posture',
      perpetrator: 'sudan',
      allegedBy: 'sudan',
      against: 'ethiopia',
      place: 'al-Fashaga',
      description:
        'SUNA: "significant military reinforcements" sent to the border; the army "continued to advance on the front lines inside Al-Fashaqa to recapture the stolen lands". Burhan inspected the troops in Gedaref on the 17th.',
    },
    [S.journalDec19, graded(S.dabangaDec19, 1)],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-downplays',
    { occurredAt: '2020-12-19', recordedAt: on('2020-12-19', '18:05') },
    {
      speaker: { name: 'Government of Ethiopia', actorId: 'ethiopia' },
      audience: 'sudan',
      tone: 'conciliatory',
      summary:
        'Addis Ababa downplays the ambush: the incident does not threaten the relationship between the two countries.',
    },
    [S.journalDec19],
  ),
  ev(
    'ActorRegistered',
    'actor-igad',
    { occurredAt: '2020-12-20', recordedAt: on('2020-12-21', '09:00') },
    { actor: IGAD, role: 'observer' },
    [S.asianliteDec21],
    { note: "Hamdok and Abiy met on the sidelines of IGAD's Djibouti summit; IGAD did not mediate the border talks." },
  ),
  ev(
    'TalksRoundScheduled',
    'round-khartoum-scheduled',
    { occurredAt: '2020-12-20', recordedAt: on('2020-12-21', '09:05') },
    {
      roundId: R.khartoum,
      label: 'Joint border committee, Khartoum',
      format: 'formal',
      venue: 'Khartoum',
      plannedFor: '2020-12-22',
    },
    [S.asianliteDec21],
    {
      note: 'Agreed by Hamdok and Abiy at the Djibouti summit of IGAD (20 December); the committee last met in May 2020.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-khartoum-opened',
    { occurredAt: '2020-12-22', recordedAt: on('2020-12-22', '18:00') },
    {
      roundId: R.khartoum,
      delegations: [
        { actorId: 'ethiopia', head: DEMEKE },
        { actorId: 'sudan', head: MANIS },
      ],
    },
    [S.omanobserverDec22],
  ),
  ev(
    'DemandTabled',
    'dem-markers',
    { occurredAt: '2020-12-23', recordedAt: on('2020-12-23', '18:00') },
    {
      demandId: D.markers,
      by: 'sudan',
      addressedTo: ['ethiopia'],
      text: 'The boundary is already demarcated: place more border markers on it first; the presence of Ethiopian farmers on Sudanese land is discussed after.',
      category: 'territorial',
    },
    [S.elnashraDec23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-khartoum-concluded',
    { occurredAt: '2020-12-23', recordedAt: on('2020-12-23', '18:05') },
    {
      roundId: R.khartoum,
      outcome: 'no-progress',
      summary:
        'Two days of talks end without a decision on the demarcation; the joint statement speaks of a "friendly and fraternal atmosphere".',
      nextSteps:
        'Reports to both leaderships; the next meeting in Addis Ababa on a date to be set through diplomatic channels.',
    },
    [S.elnashraDec23, S.ermDec23],
  ),
  ev(
    'IncidentReported',
    'inc-abu-tayyur-dec24',
    { occurredAt: '2020-12-24', recordedAt: on('2020-12-24', '20:00') },
    {
      incidentId: 'abu-tayyur-clashes-2020-12-24',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'sudan',
      against: 'sudan',
      place: ABU_TAYYUR,
      description:
        "Renewed clashes at Jabal Abu Tayyur: Sudan's army says it repelled Ethiopian attacks in the area it had announced it had cleared days before (Al Arabiya's sources).",
    },
    [S.arabiyaDec24],
  ),
  ev(
    'StatementMade',
    'stmt-sudan-most-retaken',
    { occurredAt: '2020-12-26', recordedAt: on('2020-12-31', '18:00') },
    {
      speaker: SUDAN_MFA,
      audience: 'ethiopia',
      tone: 'neutral',
      summary: 'Sudan says its forces have taken control of most, but not all, of its territory in al-Fashaga.',
    },
    [S.reutersDec31],
  ),
  ev(
    'StatementMade',
    'stmt-mufti-dec29',
    { occurredAt: '2020-12-29', recordedAt: on('2020-12-31', '18:05') },
    {
      speaker: MUFTI,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'Accuses Sudan of sending troops onto Ethiopian land: some Sudanese political leaders say it is their land and they will not leave it.',
    },
    [S.reutersDec31],
  ),
  ev(
    'StatementMade',
    'stmt-mufti-dec30',
    { occurredAt: '2020-12-30', recordedAt: on('2020-12-31', '18:10') },
    {
      speaker: MUFTI,
      audience: 'domestic audience',
      tone: 'critical',
      summary: '"Outside forces", who want the region in chaos, are behind the tensions with Sudan.',
    },
    [S.aljazeeraDec31],
  ),
  ev(
    'StatementMade',
    'stmt-qamareddine-full-control',
    { occurredAt: '2020-12-31', recordedAt: on('2020-12-31', '18:15') },
    {
      speaker: QAMAREDDINE,
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        'The armed forces have "fully recovered all Sudanese territory"; the border is already demarcated and all that remains in the talks is to add border markers.',
      quote: 'The armed forces have now fully recovered all Sudanese territory.',
    },
    [S.aljazeeraDec31, S.reutersDec31],
  ),
  // ===== January 2021: accusations, a warning, the aircraft =====
  ev(
    'IncidentReported',
    'inc-militias-jan11',
    { occurredAt: '2021-01-11', recordedAt: on('2021-01-14', '09:00') },
    {
      incidentId: 'fashaga-militia-attack-2021-01-11',
      kind: 'militant-attack',
      perpetrator: 'amhara-militias',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'al-Fashaga, five km from the border',
      description:
        "Sudan's Foreign Ministry condemns an attack by Ethiopian \"gangs\" in al-Fashaga, five km from the border, on the 11th (Ethiopia's militias, in the BBC's account of the ministry).",
    },
    [S.devdiscourseJan14],
  ),
  ev(
    'StatementMade',
    'stmt-mufti-patience',
    { occurredAt: '2021-01-12', recordedAt: on('2021-01-14', '09:05') },
    {
      speaker: MUFTI,
      audience: 'sudan',
      tone: 'threat',
      summary:
        "Ethiopia is running out of patience with Sudan's military build-up in the disputed area; Addis Ababa's silence is not out of fear, though it stays open to dialogue.",
      quote: "Addis Ababa's silence against border escalation is not out of fear.",
    },
    [S.devdiscourseJan14, S.memoJan14],
  ),
  ev(
    'StatementMade',
    'stmt-saleh-no-war',
    { occurredAt: '2021-01-12', recordedAt: on('2021-01-14', '09:10') },
    {
      speaker: SALEH,
      audience: 'ethiopia',
      tone: 'warning',
      summary: 'Khartoum does not want war with Ethiopia, but its forces will respond to any aggression.',
    },
    [S.devdiscourseJan14],
  ),
  ev(
    'IncidentReported',
    'inc-aircraft-jan13',
    { occurredAt: '2021-01-13', recordedAt: on('2021-01-14', '09:15') },
    {
      incidentId: 'ethiopian-aircraft-2021-01-13',
      kind: 'force-posture',
      perpetrator: 'ethiopia',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'Sudanese–Ethiopian border',
      description:
        'Sudan\'s Foreign Ministry: "an Ethiopian military aircraft penetrated the Sudanese-Ethiopian borders" in a dangerous and unjustified escalation. An Ethiopian military spokesman has no "tangible information" of it.',
    },
    [graded(S.aljazeeraJan13, 3), graded(S.devdiscourseJan14, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-sudan-mfa-aircraft',
    { occurredAt: '2021-01-13', recordedAt: on('2021-01-14', '09:20') },
    {
      speaker: SUDAN_MFA,
      audience: 'ethiopia',
      tone: 'warning',
      summary:
        'The crossing "could have dangerous consequences"; Ethiopia must not repeat "such hostilities" given their repercussions on relations and on the security of the Horn of Africa.',
    },
    [S.aljazeeraJan13, S.devdiscourseJan14],
  ),
  // ===== June – July 2022: the executions, the shelling, Nairobi =====
  ev(
    'IncidentReported',
    'inc-capture-jun22',
    { occurredAt: '2022-06-22', recordedAt: on('2022-06-29', '08:00') },
    {
      incidentId: 'fashaga-capture-2022-06-22',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'al-Fashaga',
      description:
        'Khartoum says Ethiopian soldiers captured seven Sudanese soldiers and a civilian in al-Fashaga on 22 June and took them into Ethiopia. Ethiopia says a Sudanese army unit crossed into Ethiopia and met a local militia, not its army.',
    },
    [graded(S.axadleJun29, 3), graded(S.citizenJun27, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-executions',
    { occurredAt: '2022-06-26', precision: 'approximate', recordedAt: on('2022-06-29', '08:05') },
    {
      incidentId: 'fashaga-executions-2022-06',
      kind: 'lethal-force',
      perpetrator: 'ethiopia',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'al-Fashaga',
      fatalities: { min: 8, max: 8 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Sudan\'s army: "the Ethiopian army executed seven Sudanese soldiers and a citizen who were their captives" and displayed the bodies. Ethiopia denies it and blames a local militia.',
    },
    [graded(S.citizenJun27, 3), graded(S.africareportJun29, 3)],
    { note: 'Announced late on 26 June; no source dates the killing itself.' },
  ),
  ev(
    'StatementMade',
    'stmt-saf-will-not-pass',
    { occurredAt: '2022-06-26', recordedAt: on('2022-06-29', '08:10') },
    {
      speaker: SAF,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary: 'The army says "this treacherous act will not pass" and vows to respond to "this cowardly behaviour".',
      quote: 'This treacherous act will not pass.',
    },
    [S.citizenJun27],
  ),
  ev(
    'StatementMade',
    'stmt-sudan-recalls-ambassador',
    { occurredAt: '2022-06-27', recordedAt: on('2022-06-29', '08:15') },
    {
      speaker: SUDAN_MFA,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "Sudan recalls its ambassador to Addis Ababa for consultations, summons Ethiopia's ambassador and files a complaint with the UN Security Council over the killings.",
    },
    [S.citizenJun27, S.trtJun28],
    { cameo: '161', note: 'Recalling the ambassador: reducing relations (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-mfa-jun27',
    { occurredAt: '2022-06-27', recordedAt: on('2022-06-29', '08:20') },
    {
      speaker: ETHIOPIA_MFA,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'Ethiopia regrets the loss of life in "a skirmish between the Sudanese army and a local militia" inside Ethiopia, after an incursion by a Sudanese army unit supported by elements of the TPLF; it rejects the blame and will investigate.',
    },
    [S.africareportJun29, S.trtJun28],
  ),
  ev(
    'StatementMade',
    'stmt-burhan-jun27',
    { occurredAt: '2022-06-27', recordedAt: on('2022-06-29', '08:25') },
    {
      speaker: BURHAN,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary: 'Visiting his troops in al-Fashaga, Burhan promises to show Ethiopia Sudan\'s power "practically".',
      quote: 'We will practically show them our power and strong reply.',
    },
    [S.africareportJun29],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-jun27',
    { occurredAt: '2022-06-27', recordedAt: on('2022-06-29', '08:30') },
    {
      incidentId: 'kala-al-laban-shelling-2022-06-27',
      kind: 'shelling',
      perpetrator: 'sudan',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: KALA_AL_LABAN,
      fatalities: { min: 0, max: 0 },
      injured: { min: 0, max: 0 },
      description:
        "Sudan's army fires long-range artillery from Monday morning until Tuesday afternoon; nobody was injured, says Assefa Ashege, a senior security official of the Amhara region.",
    },
    [S.trtJun28, S.devdiscourseJun29],
  ),
  ev(
    'IncidentReported',
    'inc-airstrike-jun28',
    { occurredAt: '2022-06-28', recordedAt: on('2022-06-29', '08:35') },
    {
      incidentId: 'kala-al-laban-airstrike-2022-06-28',
      kind: 'airstrike',
      perpetrator: 'sudan',
      allegedBy: 'sudan',
      against: 'ethiopia',
      place: KALA_AL_LABAN,
      description:
        "A Sudanese military source: Sudan captured Jabal Kala al-Laban after an artillery barrage and an air strike; two residents say a military base there was destroyed (unclear whether the Ethiopian army's or an allied militia's).",
    },
    [S.trtJun28, S.devdiscourseJun29],
  ),
  ev(
    'StatementMade',
    'stmt-getnet-jun28',
    { occurredAt: '2022-06-28', recordedAt: on('2022-06-29', '09:40') },
    {
      speaker: GETNET,
      audience: 'sudan',
      tone: 'critical',
      summary:
        'It is "completely unacceptable" for Sudan to accuse the Ethiopian army of killing prisoners when it was not present; the Sudanese soldiers entered Ethiopian territory and met a local militia.',
    },
    [S.axadleJun29],
  ),
  ev(
    'MediationAction',
    'med-igad-workneh',
    { occurredAt: '2022-07-02', precision: 'approximate', recordedAt: on('2022-07-04', '09:00') },
    {
      mediator: 'igad',
      action: 'visited',
      summary:
        "IGAD's Executive Secretary Workneh Gebeyehu meets Burhan in Khartoum and calls on the two countries to seek diplomatic means to a lasting solution.",
    },
    [S.eastafricanJul4],
    { note: '"At the weekend" (2–3 July) before the Nairobi summit.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-nairobi-opened',
    { occurredAt: '2022-07-05', recordedAt: on('2022-07-06', '09:00') },
    {
      roundId: R.nairobi,
      label: 'Burhan–Abiy meeting on the sidelines of the IGAD summit, Nairobi',
      format: 'informal',
      venue: 'Nairobi',
      delegations: [
        { actorId: 'ethiopia', head: ABIY },
        { actorId: 'sudan', head: BURHAN },
      ],
    },
    [S.rfiJul6, S.allafricaJul5],
  ),
  ev(
    'TalksRoundConcluded',
    'round-nairobi-concluded',
    { occurredAt: '2022-07-05', recordedAt: on('2022-07-06', '09:05') },
    {
      roundId: R.nairobi,
      outcome: 'progress',
      summary:
        'The two agree that their countries have "plenty of collaborative elements to work on peacefully" and commit to dialogue and a peaceful resolution of outstanding issues; no agreement, no ceasefire.',
    },
    [S.rfiJul6],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-jul5',
    { occurredAt: '2022-07-05', recordedAt: on('2022-07-06', '09:10') },
    {
      speaker: ABIY,
      audience: 'sudan',
      tone: 'conciliatory',
      summary:
        'Abiy, after meeting Burhan: "Our common bonds surpass any divisions. We both made a commitment for dialogue & peaceful resolution to outstanding issues."',
      quote: 'We both made a commitment for dialogue & peaceful resolution to outstanding issues.',
    },
    [S.rfiJul6],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ethiopia-sudan-2020.jsonl',
  logEnd: '2022-07-07T00:00:00Z',
  events,
};

export default definition;
