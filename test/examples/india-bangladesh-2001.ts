/**
 * A test fixture, not a shipped example: India and Bangladesh from the Bangladesh Rifles' move into Pyrdiwah (Padua
 * to Bangladesh), a village on the Meghalaya–Sylhet border held by India's Border Security Force since 1971, on the
 * night of 15–16 April 2001, to the calm after — as an analyst following the news could have recorded it. The
 * standoff round the encircled BSF post (16–19 April), the BSF's incursion at Boraibari (Roumari upazila, Kurigram,
 * opposite Mankachar in Assam) on 18 April and the dawn-to-dusk battle there in which 16 BSF men and two or three
 * BDR men were killed, the firing along that stretch of the border on the 19th and into the night, the agreement to
 * restore the status quo ante (19 April: the BDR out of Pyrdiwah, the BSF out of the positions it took at Roumari),
 * the ceasefire in force from 20 April, the mutilated bodies handed back that night and India's anger, the
 * "isolated firefights" of the weekend that followed, India's demand that the culprits be punished and Bangladesh's
 * inquiry, Sheikh Hasina's call to Vajpayee, the reinforcement of the border at the end of April, and the quiet after
 * up to the Border Coordination Conference of March 2002. Escalation model v2 was never tuned on it: it is the case
 * the model is held to in india-bangladesh-2001.spec.ts, against calls written from DOMAIN.md §5b alone.
 *
 * The parties are India and Bangladesh. Their border forces (the BSF, the Bangladesh Rifles) and the Bangladesh Army
 * units the Indian press names are each party's own forces. No mediator and no third party is registered: no source
 * read gives any other state (the United States included) an act in this case.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (The Telegraph (Calcutta), The Tribune, rediff.com with
 * PTI, the Irish Times, the Irish Examiner (AP), Gulf News, India Today, Frontline); C = an encyclopedia, a copy on an
 * archive site or a paper relaying a wire (Wikipedia, the Jakarta Post's AFP copy on jawawa.id, the Tehran Times' DPA
 * copy, a mirror of a Lok Sabha answer); 2 = several sources agree or one established source reports it; 3 = one
 * side's or one witness's claim, or a count or date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Where a copy gives no date (the Tehran Times, Gulf News,
 * jawawa.id, the Lok Sabha mirror), it is given a lower bound from its own content: the last day it reports.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places, each written one way: "Pyrdiwah / Padua (East Khasi Hills–Sylhet border)" for every act round the
 *   village, and "Boraibari / Mankachar (Kurigram–Dhubri border)" for the battle at the Boraibari border post and the
 *   shelling of the Mankachar side, which the sources describe as one stretch of border (Mankachar is the Indian
 *   town opposite Boraibari). Two places, some 200 km apart: the crisis is heavy by its toll, not by its places.
 * - When Pyrdiwah was taken: "late on Sunday night" (15 April) by rediff (18 April), The Telegraph and Outlook;
 *   Wikipedia dates the start of the clashes to 16 April. Recorded on the 15th, from rediff of the 18th.
 * - Whether shots were fired at Pyrdiwah is disputed: Wikipedia says both sides held their fire; the village headman
 *   (PTI on rediff, 18 April) says the BSF camp was "surrounded and fired upon by the BDR", and rediff (17 April)
 *   that BDR men "fired at Pyrdiwah" on the Monday night. Recorded from rediff of the 17th as a clash by Bangladesh,
 *   graded 3 (an eyewitness's account), with no toll.
 * - The battle of Boraibari (18 April) is told two ways: Bangladesh says some 300 BSF men attacked the Boraibari
 *   border post with artillery and mortars and were repulsed; India's Home Ministry first said over 1,000 BDR men and
 *   soldiers overran Boraibari. Outlook and India Today later report that the BSF did cross to attack Boraibari.
 *   Recorded as one clash by India against Bangladesh at Boraibari (the attack both accounts start from), with the
 *   battle's whole toll: 16 BSF men (India's Home Ministry; DPA later says 17 when one more body was found) and two
 *   BDR men, 18–19 killed. The third BDR man of DPA's and Wikipedia's counts was killed in the firing of the night of
 *   19 April (AP), recorded there. (First recorded as 18–20, which counted him twice: corrected after the first
 *   run, as an analyst reading AP's "that would bring the death toll to three Bangladeshis" would have.) The BDR's shelling of the Mankachar side from 04:00 to 19:30
 *   (the local MLA) is recorded apart, as Bangladesh's act, with no toll of its own.
 * - The firing of 19 April: "sporadic mortar, rocket and small arms fire" through the day (Irish Times; in the
 *   Boraibari area, PTI) and "renewed mortar and automatic weapons firing" late in the evening, "first from the BDR
 *   and then the BSF", "past midnight" (AFP), in which a BDR man was killed by Indian fire (AP, Bangladesh's
 *   account). Recorded as two exchanges, each given a direction only so that it has one: the day's fire with
 *   Bangladesh firing (no source says who began it), the night's with India firing, as the only death reported in
 *   it was a BDR man killed by Indian fire. The night one is dated 23:30 IST (18:00 UTC).
 * - The ceasefire: sector commanders agreed at the flag meeting of 19 April to stop firing and restore the status quo
 *   ante; the firing went on past midnight; AP reports "A ceasefire began today" on 20 April ("There has been a total
 *   ceasefire along the border"), AFP "a lull in firing since dawn on Friday". Recorded as agreed on the 19th (the
 *   status-quo agreement: the governments' agreed statement and the flag meeting, one occurrence) and the ceasefire
 *   in force from dawn on the 20th (00:30 UTC), so the night's firing is not read as breaking it. The sources call
 *   it a ceasefire; no text was published, and none calls it formal.
 * - The weekend after (21–22 April): DPA (Tehran Times) says the fragile ceasefire "appeared to be holding out at the
 *   weekend despite isolated firefights", with "intermittent shelling" reported near the Boraibari post. No side or
 *   toll is given: recorded as one exchange of fire dated 22 April (approximate), with Bangladesh (whose officials
 *   reported it) as the one fired on, only to give it a direction; graded 3. Not recorded as a violation alleged by
 *   either party: neither is said to have alleged one.
 * - Hasina's call to Vajpayee: The Telegraph (21 April) says Vajpayee had not spoken to her; Jaswant Singh told
 *   Parliament on 23 April that she had. Dated 23 April, approximate.
 * - The reinforcements: India Today (issue of 7 May) says that "last week" both sides were fortifying their borders
 *   with additional troops. Recorded as one force posture by each, dated 30 April (approximate).
 * - The quiet after: the Meghalaya tribal council's allegation (October 2001, IANS on rediff) that BDR men threatened
 *   Pyrdiwah's villagers is not recorded: it is not a party's statement, and no party's account of it was read. The
 *   Border Coordination Conference of the two forces' chiefs (Dhaka, 22–25 March 2002, a Joint Record of Discussions
 *   signed, "no agreement", says the Lok Sabha answer) is recorded as a round with progress. The 1974 Land Boundary
 *   Agreement stayed unimplemented (Wikipedia): not an act, so not recorded; the status-quo agreement of 19 April is
 *   the agreement the case holds, applied from the day it was made.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-bangladesh-2001';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2001);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Republic of India'] };
const BANGLADESH: Actor = {
  id: 'bangladesh',
  name: 'Bangladesh',
  kind: 'state',
  aliases: ['Dhaka', "People's Republic of Bangladesh"],
};

const MEA: Person = { name: 'Ministry of External Affairs of India (spokesman)', actorId: 'india' };
const INDIA_GOV: Person = { name: 'Government of India', actorId: 'india' };
const BANGLADESH_GOV: Person = { name: 'Government of Bangladesh', actorId: 'bangladesh' };
const FAZLUR: Person = {
  name: 'Maj. Gen. A. L. M. Fazlur Rahman',
  title: 'Director-General, Bangladesh Rifles',
  actorId: 'bangladesh',
};
const GAUR: Person = { name: 'V. K. Gaur', title: 'Inspector-General, Border Security Force', actorId: 'india' };
const MOAZZEM: Person = { name: 'Syed Moazzem Ali', title: 'Foreign Secretary of Bangladesh', actorId: 'bangladesh' };
const PANDE: Person = { name: 'Kamal Pande', title: 'Home Secretary of India', actorId: 'india' };
const NASIM: Person = { name: 'Mohammed Nasim', title: 'Home Minister of Bangladesh', actorId: 'bangladesh' };
const HASINA: Person = { name: 'Sheikh Hasina', title: 'Prime Minister of Bangladesh', actorId: 'bangladesh' };
const JASWANT: Person = {
  name: 'Jaswant Singh',
  title: 'Minister of Defence and External Affairs of India',
  actorId: 'india',
};

const WP_URL = 'https://en.wikipedia.org/wiki/2001_Bangladesh%E2%80%93India_border_skirmishes';
/** The Wikipedia article on the clashes, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('2001 Bangladesh–India border skirmishes', 'Wikipedia', WP_URL, day, 'C', 2);

const S = {
  rediff0417: source(
    'Bangladeshi troops occupy village in Meghalaya',
    'rediff.com',
    'http://www.rediff.com/news/2001/apr/17megh.htm',
    '2001-04-17',
    'B',
    2,
  ),
  rediff0418: source(
    "Indian troops spend two nights in 'captivity'",
    'rediff.com',
    'http://www.rediff.com/news/2001/apr/18megh1.htm',
    '2001-04-18',
    'B',
    2,
  ),
  tel0419: source(
    'Bloodshed on border with friend',
    'The Telegraph (Calcutta)',
    'http://www.telegraphindia.com/1010419/front_pa.htm',
    '2001-04-19',
    'B',
    2,
  ),
  rediff0419: source(
    'BSF retakes Pyrdiwah outpost as the BDR vacates the village',
    'rediff.com',
    'http://im.rediff.com/news/2001/apr/19bang13.htm',
    '2001-04-19',
    'B',
    2,
  ),
  trib0420a: source(
    'Guns fall silent on border; BSF men’s bodies to be returned today',
    'The Tribune (Chandigarh)',
    'http://tribuneindia.com/2001/20010420/main1.htm',
    '2001-04-20',
    'B',
    2,
  ),
  trib0420b: source(
    'Status quo to be restored',
    'The Tribune (Chandigarh)',
    'http://tribuneindia.com/2001/20010420/main2.htm',
    '2001-04-20',
    'B',
    2,
  ),
  irishTimes0420: source(
    'Tension eases in bitter border dispute',
    'The Irish Times',
    'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/tension-eases-in-bitter-border-dispute-1.303584',
    '2001-04-20',
    'B',
    2,
  ),
  ap0420: source(
    'Indians say ceasefire is underway in Bangladesh border',
    'Irish Examiner (Associated Press)',
    'https://www.irishexaminer.com/world/arid-30010401.html',
    '2001-04-20',
    'B',
    2,
  ),
  afp0420: source(
    'Calm returns to Indo-Bangladesh border',
    'The Jakarta Post (AFP), copy on jawawa.id',
    'https://jawawa.id/newsitem/calm-returns-to-indo-bangladesh-border-1447893297',
    '2001-04-20',
    'C',
    2,
  ),
  rediff0420: source(
    'Uneasy calm on the India-Bangladesh border',
    'rediff.com (Press Trust of India)',
    'http://movies.rediff.com/news/2001/apr/20bang4.htm',
    '2001-04-20',
    'B',
    2,
  ),
  rediff0421: source(
    "PM takes serious view of BSF soldiers' mutilation",
    'rediff.com',
    'http://world.rediff.com/news/2001/apr/21bang.htm',
    '2001-04-21',
    'B',
    2,
  ),
  tel0422: source(
    'Atal on torture-protest tightrope',
    'The Telegraph (Calcutta)',
    'https://www.telegraphindia.com/1010422/front_pa.htm',
    '2001-04-22',
    'B',
    2,
  ),
  rediff0422: source(
    'BSF chief briefs meeting called by PM',
    'rediff.com',
    'http://sports.rediff.com/news/2001/apr/22bang1.htm',
    '2001-04-22',
    'B',
    2,
  ),
  dpa0422: source(
    'Bangladesh Begins Probe Into Alleged Mutilation of Indian Soldiers',
    'Tehran Times (Deutsche Presse-Agentur)',
    'https://www.tehrantimes.com/news/62397/Bangladesh-Begins-Probe-Into-Alleged-Mutilation-of-Indian-Soldiers',
    '2001-04-22',
    'C',
    2,
  ),
  gulf0422: source(
    'Bangladesh returns two soldiers, one body',
    'Gulf News',
    'https://gulfnews.com/uae/bangladesh-returns-two-soldiers-one-body-1.413703',
    '2001-04-22',
    'B',
    2,
  ),
  trib0424: source(
    'Punish culprits, Bangladesh told',
    'The Tribune (Chandigarh)',
    'http://tribuneindia.com/2001/20010424/main2.htm',
    '2001-04-24',
    'B',
    2,
  ),
  frontline0428: source(
    'The border skirmish between India and Bangladesh ends following negotiations at the diplomatic level',
    'Frontline (print edition of 28 April 2001)',
    'https://frontline.thehindu.com/the-nation/article30250397.ece',
    '2001-04-28',
    'B',
    2,
  ),
  indiaToday0507: source(
    'Barbaric killing of BSF jawans puts India-Bangladesh relations under severe strain',
    'India Today (issue of 7 May 2001)',
    'https://www.indiatoday.in/magazine/neighbours/story/20010507-barbaric-killing-of-bsf-jawans-puts-india-bangladesh-relations-under-severe-strain-776193-2001-05-07',
    '2001-05-07',
    'B',
    2,
  ),
  lokSabha2002: source(
    'Question: Agreement signed by BSF & BDR (Lok Sabha, answer of the Minister of State for Home Affairs)',
    'Lok Sabha questions (mirror on datais.info)',
    'https://datais.info/loksabha/question/5735d8d338bfc7f3e62264a289215c35/AGREEMENT+SIGNED+BY+BSF+%26+BDR++',
    '2002-03-25',
    'C',
    2,
  ),
};

const P = {
  pyrdiwah: 'Pyrdiwah / Padua (East Khasi Hills–Sylhet border)',
  boraibari: 'Boraibari / Mankachar (Kurigram–Dhubri border)',
};
const R = {
  flag0416: 'bsf-bdr-flag-meeting-pyrdiwah-2001-04-16',
  flag0417: 'bsf-bdr-flag-meeting-pyrdiwah-2001-04-17',
  flag0419: 'bsf-bdr-flag-meeting-2001-04-19',
  flag0420: 'bsf-bdr-flag-meeting-boraibari-2001-04-20',
  bcc2002: 'bsf-bdr-border-coordination-conference-2002-03',
};
const A = { statusQuo: 'india-bangladesh-status-quo-ante-2001-04-19' };
const CF = { border: 'india-bangladesh-border-ceasefire-2001-04-20' };
const D = { culprits: 'india-punish-culprits-2001-04' };
const OCC = {
  statusQuo: 'status-quo-ante-agreed-2001-04-19',
  ceasefire: 'ceasefire-in-force-2001-04-20',
};

const events = [
  // ===== 15–17 April: Pyrdiwah taken, the standoff =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2001-04-15', recordedAt: rec('2001-04-17', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Bangladesh, the Pyrdiwah and Boraibari border clashes, 2001',
      subject:
        'The Bangladesh Rifles’ seizure of Pyrdiwah (Padua), a village on the Meghalaya–Sylhet border held by India since 1971 and claimed by Bangladesh as land in adverse possession; the BSF’s attack at Boraibari (Roumari, Kurigram) and the battle there; the return to the status quo ante, the ceasefire, the mutilated bodies, the inquiry, and the quiet after, with the 1974 Land Boundary Agreement unimplemented',
      parties: [INDIA, BANGLADESH],
      mediators: [],
    },
    [S.rediff0417],
  ),
  ev(
    'IncidentReported',
    'inc-pyrdiwah-fire',
    { occurredAt: '2001-04-16', recordedAt: rec('2001-04-17', '09:10') },
    {
      incidentId: 'bdr-fires-on-pyrdiwah-2001-04-16',
      kind: 'clash',
      perpetrator: 'bangladesh',
      against: 'india',
      place: P.pyrdiwah,
      description:
        'On the Monday night BDR men fire at Pyrdiwah (an eyewitness’s account; Wikipedia says both sides held their fire). No casualties reported.',
    },
    [graded(S.rediff0417, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-flag-0416-opened',
    { occurredAt: '2001-04-16', recordedAt: rec('2001-04-17', '09:15') },
    {
      roundId: R.flag0416,
      label: 'BSF–BDR flag meeting on Pyrdiwah (first)',
      venue: 'Pyrdiwah sector (Dawki)',
      format: 'technical',
    },
    [S.rediff0417],
  ),
  ev(
    'TalksRoundConcluded',
    'round-flag-0416-concluded',
    { occurredAt: '2001-04-16', recordedAt: rec('2001-04-17', '09:20') },
    { roundId: R.flag0416, outcome: 'no-progress', summary: 'Monday’s flag meeting is unfruitful.' },
    [S.rediff0417],
  ),
  ev(
    'IncidentReported',
    'inc-pyrdiwah-seized',
    { occurredAt: '2001-04-15', recordedAt: rec('2001-04-18', '05:55') },
    {
      incidentId: 'bdr-seizes-pyrdiwah-2001-04-15',
      kind: 'force-posture',
      perpetrator: 'bangladesh',
      against: 'india',
      place: P.pyrdiwah,
      description:
        'Late on Sunday night some 500 Bangladesh Rifles men attack and take the border village of Pyrdiwah, held by the BSF since 1971, and reportedly capture the BSF outpost (some 20 men); over 1,200 residents flee, houses are destroyed and belongings taken.',
    },
    [S.rediff0418, S.rediff0417],
  ),
  ev(
    'TalksRoundOpened',
    'round-flag-0417-opened',
    { occurredAt: '2001-04-17', recordedAt: rec('2001-04-18', '06:00') },
    {
      roundId: R.flag0417,
      label: 'BSF–BDR flag meeting on Pyrdiwah',
      venue: 'Pyrdiwah sector (Dawki)',
      format: 'technical',
    },
    [S.rediff0417],
  ),
  ev(
    'TalksRoundConcluded',
    'round-flag-0417-concluded',
    { occurredAt: '2001-04-17', recordedAt: rec('2001-04-18', '06:05') },
    {
      roundId: R.flag0417,
      outcome: 'no-progress',
      summary:
        'An hour-long flag meeting on the Tuesday evening, after Monday’s failed one; flag meetings over two days yield no breakthrough.',
    },
    [S.rediff0418],
  ),
  ev(
    'IncidentReported',
    'inc-reinforcements-0417',
    { occurredAt: '2001-04-17', recordedAt: rec('2001-04-18', '06:10') },
    {
      incidentId: 'bsf-reinforces-pyrdiwah-2001-04-17',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'bangladesh',
      place: P.pyrdiwah,
      description:
        'Two BSF companies with five armoured vehicles reach Pyrdiwah; soldiers take positions on the hilltops and brace for a showdown. Across the border Bangladesh Army soldiers take positions at Fatehpur.',
    },
    [S.rediff0418],
  ),
  ev(
    'IncidentReported',
    'inc-bsf-high-alert',
    { occurredAt: '2001-04-17', precision: 'approximate', recordedAt: rec('2001-04-18', '06:15') },
    {
      incidentId: 'bsf-high-alert-2001-04-17',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'bangladesh',
      description:
        'Following the standoff, BSF troops along the whole border with Bangladesh are put on high alert and ordered to begin intensive patrolling.',
    },
    [wp('2001-04-17')],
  ),
  // ===== 18 April: Boraibari =====
  ev(
    'IncidentReported',
    'inc-boraibari-battle',
    { occurredAt: '2001-04-18', recordedAt: rec('2001-04-19', '03:00') },
    {
      incidentId: 'boraibari-battle-2001-04-18',
      kind: 'clash',
      perpetrator: 'india',
      against: 'bangladesh',
      place: P.boraibari,
      fatalities: { min: 18, max: 19 },
      description:
        'A dawn-to-dusk battle at the Boraibari border post in Roumari, each side blaming the other: the BDR says about 300 BSF men attacked to capture the post with heavy artillery and mortars and were repulsed with machine-gun fire. 16 BSF men are killed (their bodies in the BDR’s hands; 17 by DPA’s later count) and two BDR men.',
    },
    [S.tel0419],
  ),
  ev(
    'IncidentReported',
    'inc-mankachar-shelling',
    { occurredAt: '2001-04-18', recordedAt: rec('2001-04-19', '03:05') },
    {
      incidentId: 'bdr-shells-mankachar-2001-04-18',
      kind: 'shelling',
      perpetrator: 'bangladesh',
      against: 'india',
      place: P.boraibari,
      description: 'The Bangladeshis shell the Mankachar side from 04:00 until 19:30, says the local MLA K. C. Boro.',
    },
    [graded(S.tel0419, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-fazlur-repulsed',
    { occurredAt: '2001-04-18', recordedAt: rec('2001-04-19', '03:10') },
    {
      speaker: FAZLUR,
      audience: 'india',
      tone: 'accusation',
      summary:
        'The BDR chief calls it an Indian incursion: about 300 BSF men attacked the Boraibari post, and the BDR repulsed them.',
      quote: 'We have repulsed a military assault launched by the Indians early Wednesday',
    },
    [S.tel0419],
  ),
  ev(
    'StatementMade',
    'stmt-india-protest-0418',
    { occurredAt: '2001-04-18', precision: 'approximate', recordedAt: rec('2001-04-20', '02:00') },
    {
      speaker: INDIA_GOV,
      audience: 'bangladesh',
      tone: 'accusation',
      summary:
        'India lodges a protest with Bangladesh over the "one-sided", "unwarranted" and "unprovoked" action of the BDR.',
    },
    [S.trib0420b],
  ),
  // ===== 19 April: the status quo ante, the firing =====
  ev(
    'TalksRoundOpened',
    'round-flag-0419-opened',
    { occurredAt: '2001-04-19', recordedAt: rec('2001-04-20', '02:05') },
    { roundId: R.flag0419, label: 'BSF–BDR flag meeting of 19 April', format: 'technical' },
    [S.trib0420a],
  ),
  ev(
    'TalksRoundConcluded',
    'round-flag-0419-concluded',
    { occurredAt: '2001-04-19', recordedAt: rec('2001-04-20', '02:10') },
    {
      roundId: R.flag0419,
      outcome: 'agreement',
      summary:
        'The flag meeting agrees to stop the firing and restore the status quo ante; the BDR and other Bangladeshi forces vacate Pyrdiwah (BSF Director-General Jagat).',
    },
    [S.trib0420a],
    { occurrence: OCC.statusQuo },
  ),
  ev(
    'AgreementReached',
    'agr-status-quo',
    { occurredAt: '2001-04-19', recordedAt: rec('2001-04-20', '02:15') },
    {
      agreementId: A.statusQuo,
      kind: 'partial',
      provisions: [
        'The status quo ante on the border restored: the BDR out of Pyrdiwah, the BSF out of the positions it took at Roumari',
        'Both sides to exercise utmost restraint to prevent a recurrence',
        'The remains of those killed and the injured BSF men in Bangladesh’s custody returned',
      ],
      signatories: ['india', 'bangladesh'],
      textPublic: false,
    },
    [S.trib0420b, S.trib0420a, S.afp0420],
    {
      note: 'Agreed at a high-level meeting and at the flag meeting the same day; in an agreed statement both governments express regret at the loss of life (AFP).',
      occurrence: OCC.statusQuo,
    },
  ),
  ev(
    'StatementMade',
    'stmt-mea-0419',
    { occurredAt: '2001-04-19', recordedAt: rec('2001-04-20', '02:20') },
    {
      speaker: MEA,
      audience: 'bangladesh',
      tone: 'conciliatory',
      summary:
        'The status quo ante will be restored "in keeping with the tradition of close and friendly relations"; both sides have agreed to exercise utmost restraint and to address pending border issues in a spirit of mutual cooperation.',
    },
    [S.trib0420b],
  ),
  ev(
    'StatementMade',
    'stmt-bangladesh-adventurism',
    { occurredAt: '2001-04-19', recordedAt: rec('2001-04-20', '02:22') },
    {
      speaker: BANGLADESH_GOV,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'The Bangladesh government is said to deny that the attacks by the BDR and the army had its backing, calling them the "adventurism of its local commanders".',
      quote: 'adventurism of its local commanders',
    },
    [graded(S.trib0420a, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-pyrdiwah-vacated',
    { occurredAt: '2001-04-19', recordedAt: rec('2001-04-20', '02:25') },
    {
      incidentId: 'bdr-vacates-pyrdiwah-2001-04-19',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'bangladesh',
      place: P.pyrdiwah,
      description:
        'BSF reinforcements drive into Pyrdiwah in bulletproof vehicles at 07:00, open a corridor to the 32 trapped men and move into the BDR’s bunkers; not a bullet is fired, and by 16:00 the BDR has left the village.',
    },
    [S.rediff0419],
  ),
  ev(
    'IncidentReported',
    'inc-firing-0419-day',
    { occurredAt: '2001-04-19', recordedAt: rec('2001-04-20', '02:30') },
    {
      incidentId: 'firing-boraibari-2001-04-19',
      kind: 'shelling',
      perpetrator: 'bangladesh',
      against: 'india',
      place: P.boraibari,
      description:
        'Both sides go on exchanging sporadic mortar, rocket and small-arms fire, forcing thousands to flee in Assam and Meghalaya; the exchanges in the Boraibari area go on until midnight even after the flag meeting’s agreement (recorded with Bangladesh as the one firing only to give it a direction).',
    },
    [S.irishTimes0420, S.rediff0420],
  ),
  ev(
    'IncidentReported',
    'inc-firing-0419-night',
    { occurredAt: '2001-04-19T18:00:00Z', recordedAt: rec('2001-04-20', '08:00') },
    {
      incidentId: 'firing-boraibari-2001-04-19-night',
      kind: 'clash',
      perpetrator: 'india',
      against: 'bangladesh',
      place: P.boraibari,
      fatalities: { min: 1, max: 1 },
      description:
        'Renewed mortar and automatic-weapons fire late on Thursday, "first from the BDR and then the BSF", past midnight, as the forces pull back; a BDR man is killed by Indian fire in Kurigram (Bangladesh’s account).',
    },
    [S.afp0420, S.ap0420],
  ),
  // ===== 20 April: the ceasefire, the bodies =====
  ev(
    'CeasefireDeclared',
    'cf-border',
    { occurredAt: '2001-04-20T00:30:00Z', recordedAt: rec('2001-04-20', '08:05') },
    {
      ceasefireId: CF.border,
      parties: ['india', 'bangladesh'],
      scope:
        'The stopping of fire agreed at the flag meeting of 19 April, with the status quo ante, in force along the Meghalaya and Assam border from dawn on 20 April',
      duration: 'indefinite',
    },
    [S.ap0420, S.afp0420],
    {
      note: 'Agreed on the 19th; dated when the sources say it began (a lull since dawn on Friday), so that the night’s firing is not read as breaking it.',
      occurrence: OCC.ceasefire,
    },
  ),
  ev(
    'StatementMade',
    'stmt-gaur-ceasefire',
    { occurredAt: '2001-04-20', recordedAt: rec('2001-04-20', '08:10') },
    {
      speaker: GAUR,
      audience: 'press',
      tone: 'neutral',
      summary:
        'There is a total ceasefire along the border in Meghalaya and Assam; the Bangladeshi soldiers kept firing intermittently until midnight, "perhaps out of panic", and no fresh firing is reported today.',
      quote: 'There has been a total ceasefire along the border in both Meghalaya and Assam states',
    },
    [S.ap0420],
  ),
  ev(
    'TalksRoundOpened',
    'round-flag-0420-opened',
    { occurredAt: '2001-04-20', recordedAt: rec('2001-04-21', '06:00') },
    {
      roundId: R.flag0420,
      label: 'BSF–BDR flag meetings on the bodies',
      venue: 'Boraibari / Kamalpur',
      format: 'technical',
    },
    [S.afp0420],
  ),
  ev(
    'TalksRoundConcluded',
    'round-flag-0420-concluded',
    { occurredAt: '2001-04-20', recordedAt: rec('2001-04-21', '06:05') },
    {
      roundId: R.flag0420,
      outcome: 'progress',
      summary:
        'After a meeting at Kakrepara on the Indian side fails, a flag meeting at Kamalpur in Bangladesh late on Friday night hands over the bodies; the BSF accepts them after first refusing: "almost all … highly mutilated and beyond recognition", and without their weapons.',
    },
    [S.rediff0421],
  ),
  // ===== 21–23 April: India's anger, the inquiry, the weekend's firefights =====
  ev(
    'StatementMade',
    'stmt-india-strong-protest',
    { occurredAt: '2001-04-21', recordedAt: rec('2001-04-21', '12:00') },
    {
      speaker: INDIA_GOV,
      audience: 'bangladesh',
      tone: 'accusation',
      summary:
        'The Prime Minister takes a "serious view" of the mutilation of the bodies of the BSF soldiers; India lodges a "strong protest" with Bangladesh over the torture of its men and the mutilation of their bodies.',
    },
    [S.rediff0421],
  ),
  ev(
    'DemandTabled',
    'dem-culprits',
    { occurredAt: '2001-04-21', recordedAt: rec('2001-04-22', '06:00') },
    {
      demandId: D.culprits,
      by: 'india',
      addressedTo: ['bangladesh'],
      text: 'Inquire into the killings and the mutilation of the BSF men, and bring the culprits responsible for "such inhuman" action to book.',
      category: 'humanitarian',
    },
    [S.tel0422],
  ),
  ev(
    'PositionTaken',
    'pos-bangladesh-inquiry',
    { occurredAt: '2001-04-21', recordedAt: rec('2001-04-22', '06:05') },
    {
      demandId: D.culprits,
      actorId: 'bangladesh',
      stance: 'accepted',
      conditions:
        'Other Bangladeshi officials say only autopsies were conducted on the bodies, in line with the rules.',
      quote:
        'We have received the Indian complaints. We shall send a reply to India after we complete thorough investigations',
      speaker: MOAZZEM,
    },
    [S.tel0422, S.rediff0422],
  ),
  ev(
    'StatementMade',
    'stmt-pande-murder',
    { occurredAt: '2001-04-22', recordedAt: rec('2001-04-22', '14:00') },
    {
      speaker: PANDE,
      audience: 'bangladesh',
      tone: 'accusation',
      summary:
        'After the meeting the Prime Minister called, the Home Secretary says there is reason to believe at least eight jawans were murdered in cold blood, "a brutal act of murder"; India awaits Bangladesh’s inquiry report.',
      quote: 'We have reasons to believe that at least eight jawans were murdered in cold blood',
    },
    [S.rediff0422, S.gulf0422],
  ),
  ev(
    'StatementMade',
    'stmt-nasim-recurrence',
    { occurredAt: '2001-04-22', precision: 'approximate', recordedAt: rec('2001-04-23', '06:00') },
    {
      speaker: NASIM,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'Bangladesh calls the deaths "unfortunate" and assures New Delhi there will be no repetition; two injured BSF men and one more body are handed back at Mahendraganj.',
      quote: 'We are committed to stopping recurrence of such unfortunate incidents along the border',
    },
    [S.gulf0422],
  ),
  ev(
    'IncidentReported',
    'inc-weekend-firefights',
    { occurredAt: '2001-04-22', precision: 'approximate', recordedAt: rec('2001-04-23', '06:05') },
    {
      incidentId: 'isolated-firefights-boraibari-2001-04-22',
      kind: 'shelling',
      perpetrator: 'india',
      against: 'bangladesh',
      place: P.boraibari,
      description:
        'Officials in Dhaka say the fragile ceasefire appears to be holding at the weekend despite isolated firefights between the border forces; local sources report intermittent shelling near the disputed Boraibari post, where tension remains high. No side or toll given (recorded with Bangladesh, whose officials reported it, as the one fired on, only to give it a direction).',
    },
    [graded(S.dpa0422, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-bangladesh-probe',
    { occurredAt: '2001-04-22', recordedAt: rec('2001-04-23', '06:10') },
    {
      speaker: MOAZZEM,
      audience: 'india',
      tone: 'neutral',
      summary:
        'Bangladesh begins its official inquiry into the alleged mutilation, while denying India’s allegations of torture; the sector commanders have held two flag meetings since Friday and agreed to stop the shooting to allow talks on the Boraibari post.',
      quote: 'we will give it due importance and conduct investigations into the allegations',
    },
    [S.dpa0422],
  ),
  ev(
    'StatementMade',
    'stmt-hasina-call',
    { occurredAt: '2001-04-23', precision: 'approximate', recordedAt: rec('2001-04-24', '06:00') },
    {
      speaker: HASINA,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'Sheikh Hasina telephones Vajpayee: she is deeply saddened and concerned by the incidents, and a full investigation will be carried out into all aspects of them, the mutilation of the bodies included. Vajpayee voices India’s deep hurt and anguish at the inhuman treatment of the BSF men.',
    },
    [S.trib0424],
  ),
  ev(
    'StatementMade',
    'stmt-jaswant-parliament',
    { occurredAt: '2001-04-23', recordedAt: rec('2001-04-24', '06:05') },
    {
      speaker: JASWANT,
      audience: 'bangladesh',
      tone: 'critical',
      summary:
        'In both Houses of Parliament he blames the incidents of 16–19 April on the "unwarranted and unprovoked intrusion" of the BDR into Pyrdiwah, and says acts of criminal adventurism should not be allowed to affect the ties of friendship between the two countries.',
      quote: 'acts of criminal adventurism should not be permitted to affect these ties',
    },
    [S.trib0424],
  ),
  ev(
    'StatementMade',
    'stmt-gaur-cold-blood',
    { occurredAt: '2001-04-20', precision: 'approximate', recordedAt: rec('2001-04-28', '09:00') },
    {
      speaker: GAUR,
      audience: 'bangladesh',
      tone: 'accusation',
      summary:
        'The BSF Inspector-General for the north-eastern border states alleges that the 15 men whose bodies were returned at Boraibari were murdered in "cold blood", not killed in a border clash; the bodies were so badly mutilated that only seven could be identified.',
      quote: 'cold blood',
    },
    [S.frontline0428],
  ),
  // ===== late April: the border reinforced =====
  ev(
    'IncidentReported',
    'inc-india-fortifies',
    { occurredAt: '2001-04-30', precision: 'approximate', recordedAt: rec('2001-05-07', '09:00') },
    {
      incidentId: 'india-fortifies-border-2001-04',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'bangladesh',
      description: 'As tensions continue to mount, India fortifies its side of the border with additional troops.',
    },
    [S.indiaToday0507],
  ),
  ev(
    'IncidentReported',
    'inc-bangladesh-fortifies',
    { occurredAt: '2001-04-30', precision: 'approximate', recordedAt: rec('2001-05-07', '09:05') },
    {
      incidentId: 'bangladesh-fortifies-border-2001-04',
      kind: 'force-posture',
      perpetrator: 'bangladesh',
      against: 'india',
      description: 'Bangladesh fortifies its side of the border with additional troops.',
    },
    [S.indiaToday0507],
  ),
  ev(
    'IncidentReported',
    'inc-six-months-toll',
    { occurredAt: '2001-04-15', precision: 'approximate', recordedAt: rec('2001-05-07', '09:10') },
    {
      incidentId: 'bsf-bdr-skirmishes-toll-2000-10-2001-04',
      kind: 'casualty-report',
      period: { from: '2000-10-15', to: '2001-04-15' },
      fatalities: { min: 32, max: 32 },
      description:
        'In the six months before the crisis, regular skirmishes between the BSF and the BDR on the 4,096-km border left 32 dead, mostly civilians.',
    },
    [S.indiaToday0507],
  ),
  // ===== March 2002: the border chiefs' conference =====
  ev(
    'TalksRoundOpened',
    'round-bcc-opened',
    { occurredAt: '2002-03-22', recordedAt: rec('2002-03-28', '09:00') },
    {
      roundId: R.bcc2002,
      label: 'BSF–BDR Border Coordination Conference (the two forces’ chiefs)',
      venue: 'Dhaka',
      format: 'formal',
    },
    [S.lokSabha2002],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bcc-concluded',
    { occurredAt: '2002-03-25', recordedAt: rec('2002-03-28', '09:05') },
    {
      roundId: R.bcc2002,
      outcome: 'progress',
      summary:
        'The heads of the two border forces sign a Joint Record of Discussions (no agreement): trans-border crime, infiltration, Indian insurgent groups in Bangladesh, the handing over of convicted nationals, a proposal of coordinated or joint patrolling, and breaches of the Joint Indo-Bangladesh Guidelines of 1975.',
    },
    [S.lokSabha2002],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-bangladesh-2001.jsonl',
  logEnd: '2002-12-31T00:00:00Z',
  events,
};

export default definition;
