/**
 * A test fixture, not a shipped example: the Government of Sri Lanka and the
 * Liberation Tigers of Tamil Eelam from the government's peace delegation to
 * Jaffna (first round of talks, 13–14 October 1994) to the first week of
 * Operation Leap Forward (9–14 July 1995), as an analyst could have recorded
 * them — the first round and its joint statement, the assassination of the
 * opposition's presidential candidate Gamini Dissanayake (24 October 1994)
 * that the government laid at the LTTE's door and after which it called off
 * the second round, the letters of November and December 1994 (a two-week
 * ceasefire proposed, the LTTE's complaints, the deputy defence minister's
 * clarifications), the second round in Jaffna (2 January 1995), the
 * Declaration of Cessation of Hostilities signed by letters exchanged through
 * the ICRC (5 January, in effect from 8 January) and its monitoring
 * committees, the LTTE's demands (lifting the economic embargo, fishing, a
 * passage to Jaffna by removing the Pooneryn camp, the free movement of its
 * armed cadres in the east), its deadline of 28 March and its extension to
 * 19 April, the fourth round (10–11 April), the LTTE's withdrawal from the
 * talks and the truce (letter of 18 April) and its sinking of two navy
 * gunboats in Trincomalee harbour (19 April), the two Avro transports shot
 * down near Palaly (28 and 29 April), and Operation Leap Forward with the
 * bombing of the Navaly church (9 July) and the LTTE's counter-attack (14
 * July). Escalation model v2 was never tuned on it: it is held to the calls
 * in sri-lanka-ltte-1994.spec.ts, written from DOMAIN.md §5b alone. Separate
 * from sri-lanka-ltte-2002.ts (the same pair's later ceasefire; nothing of it
 * is recorded here).
 *
 * What it tests: a ceasefire agreed by letters exchanged (no meeting of the
 * leaders, no mediator: the ICRC only carried the documents); talks with a
 * party's demands and a deadline, extended once; a truce ended by one party's
 * attack hours after its notice of withdrawal; and heavy fighting after it.
 *
 * The parties are Sri Lanka (the government, `state`) and the LTTE
 * (`armed-group`), with the same ids as in sri-lanka-ltte-2002.ts. No
 * mediator and no third party is registered: the ICRC carried the letters and
 * the monitoring committees were chaired by officers of Canada, the
 * Netherlands and Norway invited by the government, but no source read gives
 * any of them an act between the two.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases: every event replays through `decide` and cites a dated,
 * graded public source. Recorded after the fact, from sources read at once
 * (`retrospectiveClock`): every source predates the recording.
 *
 * Grading as in examples/README.md: B = an established outlet or wire copy
 * (AP, the Los Angeles Times, the Independent, the Deseret News, the Sunday
 * Times of Sri Lanka); C = a partisan archive, a smaller outlet, an
 * encyclopedia or a blog copy (the Tamil Nation archive of the 1994–95
 * letters, TamilNet, the Quest, Groundviews, Encyclopædia Universalis). The
 * Tamil Nation pages print the letters and documents of the talks; each is
 * dated by the document it prints (as FRUS documents are in
 * us-north-korea-1968.ts), and the letters are graded 2 because the other
 * side's answers and the Sunday Times' chronology of 1996 bear them out (1 for
 * the joint statement and the Declaration, which both sides signed); the
 * encyclopedia entry shows no date of its own and is dated by the event. 1 =
 * both parties confirm it; 2 = several sources agree or one established
 * source reports it; 3 = one side's claim, a toll the sources disagree on, or
 * a date inferred.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Dissanayake bombing (about 00:10 on 24 October 1994, a suicide bomber
 *   at a rally in Colombo, 50–57 killed) was unclaimed and the LTTE denied
 *   it; the government accused the LTTE at once. As in sri-lanka-ltte-2002.ts
 *   for such attacks, it is a `militant-attack` with no perpetrator, blamed on
 *   the LTTE by the government (`blamedOn`): coercion, not armed action
 *   between the pair. The government's indefinite postponement of the talks
 *   (the second round was due that day) is `TalksSuspended` by Sri Lanka,
 *   the round `TalksRoundCancelled`. Kumaratunga, then prime minister, was
 *   elected president on 9 November; the negotiating party is the government
 *   throughout.
 * - The LTTE's unilateral ceasefire of November 1994 and the army's killing of
 *   its commander Arundan, which the LTTE called a violation of it, are known
 *   only from the Sunday Times' chronology, which gives no day for either:
 *   recorded as the LTTE's accusation of 22 November (the day of its letter),
 *   not as a ceasefire or an incident.
 * - The Declaration of Cessation of Hostilities is one `AgreementReached`
 *   (kind `ceasefire`, `signed` on 5 January 1995 simultaneously by
 *   Kumaratunga in Colombo and Prabhakaran in Jaffna, exchanged through the
 *   ICRC; with the second round of 2 January, where its seven points were
 *   drawn up) and one `CeasefireDeclared` from 00:00 on 8 January local time
 *   (18:30 UTC on the 7th), when the agreement is marked `in-force`. Its
 *   duration is recorded `indefinite`: it speaks of "a specified period" but
 *   names none, and requires 72 hours' notice of termination.
 * - The LTTE's deadline: the President's letter of 24 March acknowledges the
 *   LTTE's letters of 16 and 22 March and says the government "cannot
 *   entertain any ultimatums"; the LTTE's letter of 28 March extends "our
 *   deadline" from 28 March to 19 April. The letters of 16 and 22 March were
 *   not read: the ultimatum is dated to the first (16 March, `approximate`),
 *   with its deadline of 28 March, resolved `partially-complied` on 28 March
 *   (the LTTE found "positive elements" on the embargo and fishing), and a
 *   second ultimatum issued on 28 March with the deadline of 19 April and
 *   the threat to end the talks — `enforced` on 19 April.
 * - The end of the truce: Prabhakaran's letter of 18 April withdraws the LTTE
 *   from the talks and from the cessation of hostilities (`TalksSuspended` by
 *   the LTTE; the agreement `withdrawn` by the LTTE). Hours later, in the
 *   early morning of 19 April, two gunboats (SLNS Sooraya and SLNS Ranasuru)
 *   are sunk in Trincomalee harbour, 11 sailors killed by the navy's first
 *   count (12 by later reports), bodies of four Tigers recovered: a
 *   `militant-attack` by the LTTE (the navy's account; the Sunday Times: the
 *   LTTE "unilaterally broke the cessation of hostilities agreement by
 *   blasting two Sri Lankan Navy ships"), the government's allegation of a
 *   violation (one occurrence with the attack), and the ceasefire ended
 *   `collapsed` — not `expired`: the 72 hours' notice the Declaration
 *   required were not given. The military's "maximum alert" of that day is
 *   `force-posture`.
 * - The Avro transports (28 and 29 April) are `missile-strike`s by the LTTE
 *   (surface-to-air missiles, confirmed by the air force on the 29th): 45
 *   killed on the first (51 by the air force's later count), 52 on the
 *   second; one place, "Palaly air base (Jaffna peninsula)". The night attack
 *   on an army bunker on "a small island off the Jaffna peninsula" (Thursday
 *   27 April, 8 soldiers killed) is a `clash`.
 * - May – early July 1995: the war went on (the sources speak of Eelam War
 *   III from April), but no source read gives a dated act between the two in
 *   those ten weeks, so none is recorded: the record is thinner than the war.
 * - Operation Leap Forward (from 9 July) is a `clash` by the government,
 *   `scale: major` ("a major offensive", the Independent; "its largest
 *   offensive in eight years", AP), with the first day's toll the army gave
 *   (two soldiers killed); the running total to 13 July (30 soldiers and 11
 *   rebels, AP) is in the description of the counter-attack. The bombing of
 *   the Navaly church (16:30 local on 9 July) is an `airstrike` by the
 *   government on the LTTE-held peninsula: 65 killed by the ICRC's statement
 *   of 11 July, 147 by TamilNet's later count. The LTTE's counter-attack of
 *   14 July on the camps near Alaveddy and Sandilipay (at least 45 soldiers
 *   killed, a warplane downed) is a `clash` by the LTTE. The case ends there:
 *   no dated source for the operation's end was read.
 * - Not recorded for want of a dated source: the third round of talks
 *   (January 1995), the release of 16 prisoners by the LTTE (18 March, known
 *   only from the President's thanks), the monitoring committees' work.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'sri-lanka-ltte-1994';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2026);
const when = retrospectiveClock('2026-12-07T06:00:00Z');

const SRI_LANKA: Actor = {
  id: 'sri-lanka',
  name: 'Government of Sri Lanka',
  kind: 'state',
  aliases: ['GOSL', 'Colombo', 'Democratic Socialist Republic of Sri Lanka', 'People’s Alliance government'],
};
const LTTE: Actor = {
  id: 'ltte',
  name: 'Liberation Tigers of Tamil Eelam',
  kind: 'armed-group',
  aliases: ['LTTE', 'Tamil Tigers', 'Tigers', 'Sea Tigers'],
};

const KUMARATUNGA: Person = {
  name: 'Chandrika Bandaranaike Kumaratunga',
  title: 'Prime Minister, then (from November 1994) President of Sri Lanka',
  actorId: 'sri-lanka',
};
const RATWATTE: Person = { name: 'Anuruddha Ratwatte', title: 'Deputy Minister of Defence', actorId: 'sri-lanka' };
const BALAPATABENDI: Person = {
  name: 'Kumarasiri Balapatabendi',
  title: 'Secretary to the President, head of the government delegation',
  actorId: 'sri-lanka',
};
const SENANAYAKE: Person = { name: 'Dharmasiri Senanayake', title: 'Information Minister', actorId: 'sri-lanka' };
const KADIRGAMAR: Person = { name: 'Lakshman Kadirgamar', title: 'Foreign Minister', actorId: 'sri-lanka' };
const DE_SILVA: Person = { name: 'Lt Gen Gerry de Silva', title: 'Army commander (spokesman)', actorId: 'sri-lanka' };
const PRABHAKARAN: Person = { name: 'Velupillai Prabhakaran', title: 'Leader of the LTTE', actorId: 'ltte' };
const TAMILSELVAN: Person = {
  name: 'S. P. Tamilselvan',
  title: 'Head of the LTTE political wing, head of its delegation',
  actorId: 'ltte',
};
const LTTE_LETTERS: Person = { name: 'LTTE (letters to the government)', actorId: 'ltte' };

const ROUND = {
  jaffna1: 'jaffna-1994-10',
  jaffna2: 'jaffna-1994-10-24',
  jaffna2b: 'jaffna-1995-01',
  jaffna4: 'jaffna-1995-04',
};
const AGREEMENT = 'declaration-cessation-of-hostilities-1995';
const CEASEFIRE = 'cessation-of-hostilities-1995-01-08';
const DEMAND = {
  embargo: 'ltte-lift-economic-embargo',
  passage: 'ltte-passage-to-jaffna',
  fishing: 'ltte-lift-fishing-restrictions',
  mobility: 'ltte-eastern-mobility',
};
const ULT = { march: 'ltte-deadline-1995-03-28', april: 'ltte-deadline-1995-04-19' };
const INC = {
  dissanayake: 'dissanayake-bombing-1994-10-24',
  trincomalee: 'trincomalee-gunboats-1995-04-19',
  alert: 'maximum-alert-1995-04-19',
  island: 'island-bunker-1995-04-27',
  avro1: 'avro-cr835-1995-04-28',
  avro2: 'avro-cr834-1995-04-29',
  leapForward: 'leap-forward-1995-07-09',
  navaly: 'navaly-church-1995-07-09',
  counterattack: 'alaveddy-sandilipay-1995-07-14',
};
const PALALY = 'Palaly air base (Jaffna peninsula)';

const tn = (path: string, title: string, date: string, credibility: 1 | 2 | 3 = 2) =>
  source(title, 'Tamil Nation (archive of the 1994–95 talks)', `https://${path}`, date, 'C', credibility);

const S = {
  commencement: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/941013commencement',
    'Commencement of Talks between LTTE and Sri Lanka... and Elements of Diplomacy, 13 October 1994',
    '1994-10-13',
  ),
  joint941014: tn(
    'tamilnation.co/conflictresolution/tamileelam/cbktalks/941014jointstatement.htm',
    'Joint Sri Lanka - LTTE Statement at end of First Round of Talks 13-14 October 1994',
    '1994-10-14',
    1,
  ),
  latimes941024: source(
    'Candidate Among 50 Dead in Sri Lanka Bomb Attack',
    'Los Angeles Times (AP)',
    'https://www.latimes.com/archives/la-xpm-1994-10-24-mn-54198-story.html',
    '1994-10-24',
    'B',
    2,
  ),
  independent941025: source(
    'Sri Lanka emergency in wake of bomb blast',
    'The Independent',
    'http://www.independent.co.uk/news/world/sri-lanka-emergency-in-wake-of-bomb-blast-1444854.html',
    '1994-10-25',
    'B',
    2,
  ),
  universalis: source(
    "23 octobre 1994 – Sri Lanka. Attentat contre le candidat de l'opposition à l'élection présidentielle",
    'Encyclopædia Universalis',
    'https://universalis.fr/evenement/23-octobre-1994-attentat-contre-le-candidat-de-l-opposition-a-l-election-presidentielle',
    '1994-10-24',
    'C',
    2,
  ),
  sundayTimes960505: source(
    'Dialogue for peace that never was',
    'The Sunday Times (Sri Lanka)',
    'https://www.sundaytimes.lk/960505/news3.html',
    '1996-05-05',
    'B',
    2,
  ),
  ratwatte941207: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/941207ratwattetovp.htm',
    'Sri Lanka Deputy Defence Minister to LTTE leader, 7 December 1994',
    '1994-12-07',
  ),
  vp941208: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/941208vptoratwatte',
    'LTTE leader to Sri Lanka Deputy Defence Minister, 8 December 1994',
    '1994-12-08',
  ),
  ratwatte941229: tn(
    'tamilnation.co/conflictresolution/tamileelam/cbktalks/941229ratwatte%20tovp.htm',
    'Sri Lanka Deputy Defence Minister to LTTE leader, 29 December 1994',
    '1994-12-29',
  ),
  secondRound: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/9501021second_round',
    'Second Round of Talks, 2 January 1995',
    '1995-01-02',
  ),
  declaration: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/950105ceasefire',
    'Declaration of Cessation of Hostilities, 5 January 1995',
    '1995-01-05',
    1,
  ),
  exchange950113: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/950113exchange',
    'Exchange of Letters between Mr. Tamilselvan & Secretary to Sri Lanka President, 13 January 1995',
    '1995-01-13',
  ),
  vp950225: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/950225vptocbk',
    'Letter from LTTE leader to Sri Lanka President, 25 February 1995 (1)',
    '1995-02-25',
  ),
  cbk950324: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/950324cbktovp.htm',
    'Letter from Sri Lanka President to LTTE leader, 24 March 1995',
    '1995-03-24',
  ),
  vp950328: tn(
    'tamilnation.co/conflictresolution/tamileelam/cbktalks/950328vptocbk.htm',
    'Letter from LTTE Leader to Sri Lanka President Kumaratunga, 28 March 1995',
    '1995-03-28',
  ),
  vp950406: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/950406vptocbk',
    'Letter from LTTE Leader to Sri Lanka President, 6 April 1995',
    '1995-04-06',
  ),
  cbk950412: tn(
    'tamilnation.org/conflictresolution/tamileelam/cbktalks/950412cbktovp',
    'Letter from President Chandrika Kumaratunga to LTTE Leader Velupillai Pirabaharan, 12 April 1995',
    '1995-04-12',
  ),
  vp950418: tn(
    'tamilnation.co/conflictresolution/tamileelam/cbktalks/950418vptocbk.htm',
    'Letter from LTTE leader Velupillai Pirabaharan to President Kumaratunga, 18 April 1995',
    '1995-04-18',
  ),
  ltte950419: tn(
    'tamilnation.co/conflictresolution/tamileelam/cbktalks/950419lttepressrelease.htm',
    'LTTE Press Release, 19 April 1995',
    '1995-04-19',
  ),
  ap950419: source(
    'Explosions Hit Naval Ships as Truce Apparently Broken',
    'AP News',
    'https://apnews.com/f350abbde6b843dfaf9587f700716185',
    '1995-04-19',
    'B',
    2,
  ),
  groundviews: source(
    'War-footing after the aborted peace talks 15 years ago',
    'Groundviews',
    'https://groundviews.org/2010/04/22/war-footing-after-the-aborted-peace-talks-15-years-ago/amp',
    '2010-04-22',
    'C',
    2,
  ),
  latimes950430: source(
    'Rebels Down 2 Sri Lankan Planes; 97 Die',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-04-30-mn-60653-story.html',
    '1995-04-30',
    'B',
    2,
  ),
  deseret950430: source(
    'Surface-to-air missiles used by Tamil separatists',
    'Deseret News',
    'https://www.deseret.com/1995/4/30/19172539/surface-to-air-missiles-used-by-tamil-separatists',
    '1995-04-30',
    'B',
    2,
  ),
  independent950709: source(
    'Troops launch big push in Tamil war',
    'The Independent',
    'https://www.independent.co.uk/news/world/troops-launch-big-push-in-tamil-war-1590742.html',
    '1995-07-09',
    'B',
    2,
  ),
  quest: source(
    'Remembering the Navaly church massacre: 26 years on',
    'The Quest',
    'https://www.the-quest.org/news/remembering-the-navaly-church-massacre-26-years-on/',
    '2021-07-09',
    'C',
    2,
  ),
  tamilnet050709: source(
    'Tenth anniversary of Navaly church massacre observed',
    'TamilNet',
    'https://tamilnet.com/art.html?artid=15346&catid=13',
    '2005-07-09',
    'C',
    3,
  ),
  ap950714: source(
    'Rebels Down Warplane in Counterattack Against Sri Lanka Military',
    'AP News',
    'https://www.apnews.com/9784e5e7291f2b5112bcba0fea3950b2',
    '1995-07-14',
    'B',
    2,
  ),
};

const events = [
  // ===== October – December 1994: the first round, the Dissanayake bombing, the letters =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1994-10-13'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Sri Lanka – LTTE talks, 1994–95',
      subject:
        "The People's Alliance government's talks with the LTTE in Jaffna: the hardships of the north (the economic embargo, fishing, a route to Jaffna), a cessation of hostilities, and the political talks it was to open",
      parties: [SRI_LANKA, LTTE],
      mediators: [],
    },
    [S.commencement],
    { note: 'Letters carried through the ICRC; no mediator.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-jaffna1-open',
    when('1994-10-13'),
    {
      roundId: ROUND.jaffna1,
      label: 'First round, Jaffna',
      format: 'formal',
      venue: 'Jaffna (University of Jaffna)',
      delegations: [
        {
          actorId: 'sri-lanka',
          head: BALAPATABENDI,
          members: [
            { name: 'Lionel Fernando', actorId: 'sri-lanka' },
            { name: 'Navin Gooneratne', actorId: 'sri-lanka' },
            { name: 'Rajan Asirvatham', actorId: 'sri-lanka' },
          ],
        },
        {
          actorId: 'ltte',
          head: TAMILSELVAN,
          members: [{ name: 'K. Karikalan', title: 'Deputy head of the political wing', actorId: 'ltte' }],
        },
      ],
    },
    [S.commencement],
    { note: 'The delegation arrived by helicopter on 12 October; the talks were held on 13 and 14 October.' },
  ),
  ev(
    'DemandTabled',
    'demand-embargo',
    when('1994-10-13'),
    {
      demandId: DEMAND.embargo,
      by: 'ltte',
      addressedTo: ['sri-lanka'],
      text: 'Lift the economic embargo on the north (fuel and the items still banned)',
      category: 'economic',
    },
    [graded(S.vp941208, 3), graded(S.ratwatte941229, 3)],
    {
      note: 'The LTTE says its delegation "specified these issues" in the first round; the government recalls lifting the ban on 28 items. Dated to the round.',
    },
  ),
  ev(
    'DemandTabled',
    'demand-passage',
    when('1994-10-13'),
    {
      demandId: DEMAND.passage,
      by: 'ltte',
      addressedTo: ['sri-lanka'],
      text: 'Open a route between the Jaffna peninsula and the mainland',
      category: 'territorial',
    },
    [graded(S.ratwatte941207, 3)],
    {
      note: 'The government: the first round dealt with reconstruction and "the opening up of a route to and from Jaffna".',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-jaffna1-concluded',
    when('1994-10-14'),
    {
      roundId: ROUND.jaffna1,
      outcome: 'progress',
      summary:
        'Joint statement: the talks were "conducted in an atmosphere of cordiality and good will" and "very constructive"; the LTTE delegation says it is committed to peace and a peaceful settlement.',
      nextSteps: 'A second round in Jaffna, where the government is to present the projects it will undertake.',
    },
    [S.joint941014, S.ratwatte941207],
  ),
  ev(
    'TalksRoundScheduled',
    'round-jaffna2-scheduled',
    when('1994-10-14'),
    { roundId: ROUND.jaffna2, label: 'Second round, Jaffna', venue: 'Jaffna', plannedFor: '1994-10-24' },
    [S.latimes941024],
    { note: 'The Los Angeles Times (AP) reports it was due "today", 24 October; scheduling dated to the first round.' },
  ),
  ev(
    'IncidentReported',
    'inc-dissanayake',
    when('1994-10-23T18:40:00Z'),
    {
      incidentId: INC.dissanayake,
      kind: 'militant-attack',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      blamedOn: 'ltte',
      target: 'Gamini Dissanayake, opposition leader and UNP presidential candidate, at an election rally',
      place: 'Colombo (Thotalanga, Grandpass)',
      fatalities: { min: 50, max: 57 },
      injured: { min: 200, max: 300 },
      description:
        'A suicide bomber blows herself up at a UNP rally shortly after midnight (00:10 on 24 October, local time), killing Dissanayake and about 50 others, among them the party general secretary and two former ministers. No claim; the government blames the LTTE, which denies it.',
    },
    [S.latimes941024, S.independent941025, graded(S.universalis, 3)],
  ),
  ev(
    'TalksRoundCancelled',
    'round-jaffna2-cancelled',
    when('1994-10-24'),
    { roundId: ROUND.jaffna2, reason: 'Called off after the assassination of Gamini Dissanayake; no new date set.' },
    [S.latimes941024, S.independent941025],
  ),
  ev(
    'TalksSuspended',
    'susp-govt-1994-10',
    when('1994-10-24'),
    {
      by: 'sri-lanka',
      reason:
        'Talks with the LTTE "postponed indefinitely" (Information Minister Dharmasiri Senanayake): their resumption depends on the investigation of the bombing. A state of emergency is declared.',
    },
    [S.independent941025, S.universalis],
  ),
  ev(
    'StatementMade',
    'stmt-senanayake-1994-10-24',
    when('1994-10-24'),
    {
      speaker: SENANAYAKE,
      audience: 'ltte',
      tone: 'accusation',
      summary:
        'The government suspends the talks after the assassination by "a suspected LTTE suicide bomber" and accuses the LTTE of the attack.',
      blames: { incidentId: INC.dissanayake, on: 'ltte' },
    },
    [S.independent941025, S.universalis],
  ),
  ev(
    'StatementMade',
    'stmt-govt-1994-11-19',
    when('1994-11-19'),
    {
      speaker: KUMARATUNGA,
      audience: 'ltte',
      tone: 'conciliatory',
      summary: 'The government writes to the LTTE proposing a two-week ceasefire, to restart the peace process.',
    },
    [S.sundayTimes960505],
  ),
  ev(
    'StatementMade',
    'stmt-ltte-1994-11-22',
    when('1994-11-22'),
    {
      speaker: LTTE_LETTERS,
      audience: 'sri-lanka',
      tone: 'accusation',
      summary:
        'The LTTE asks for an investigation into the killing of its commander Arundan, which it says violated the ceasefire it had declared unilaterally; the government answers the same day that a court of inquiry has been appointed, and on 26 November the LTTE says it is satisfied.',
    },
    [S.sundayTimes960505],
  ),
  ev(
    'StatementMade',
    'stmt-ratwatte-1994-12-07',
    when('1994-12-07'),
    {
      speaker: RATWATTE,
      audience: 'ltte',
      tone: 'neutral',
      summary:
        "Writing on the President's letterhead, the deputy defence minister says the government is pressing ahead with the talks despite the campaign against them, sees a cessation of hostilities as the prelude to peace talks, and asks whether the LTTE will refrain from political assassinations during it.",
    },
    [S.ratwatte941207, S.sundayTimes960505],
  ),
  ev(
    'StatementMade',
    'stmt-prabhakaran-1994-12-08',
    when('1994-12-08'),
    {
      speaker: PRABHAKARAN,
      audience: 'sri-lanka',
      tone: 'critical',
      summary:
        'Prabhakaran welcomes the government\'s mandate for peace but complains that, though its delegation pledged to alleviate the hardships of daily life, "no action has been taken so far to redress the grievances of our people".',
    },
    [S.vp941208],
  ),
  ev(
    'StatementMade',
    'stmt-ratwatte-1994-12-29',
    when('1994-12-29'),
    {
      speaker: RATWATTE,
      audience: 'ltte',
      tone: 'conciliatory',
      summary:
        'The government restates its commitment to alleviate the hardships of the north (the embargo on 28 items lifted) and that a cessation of hostilities should lead on to political negotiations.',
    },
    [S.ratwatte941229],
  ),
  // ===== January – March 1995: the second round, the Declaration, the truce =====
  ev(
    'TalksResumed',
    'resumed-1995-01-02',
    when('1995-01-02'),
    { reason: 'The government delegation returns to Jaffna for the second round of talks.' },
    [S.secondRound],
    { occurrence: 'jaffna-round-1995-01-02' },
  ),
  ev(
    'TalksRoundOpened',
    'round-jaffna2b-open',
    when('1995-01-02'),
    {
      roundId: ROUND.jaffna2b,
      label: 'Second round, Jaffna',
      format: 'formal',
      venue: 'LTTE political headquarters, Jaffna',
      delegations: [
        {
          actorId: 'sri-lanka',
          members: [
            { name: 'Brig. A. S. Peiris', actorId: 'sri-lanka' },
            { name: 'Capt. Prasanna Rajaratne', title: 'Sri Lanka Navy', actorId: 'sri-lanka' },
          ],
        },
        { actorId: 'ltte', head: TAMILSELVAN },
      ],
    },
    [S.secondRound],
    { occurrence: 'jaffna-round-1995-01-02' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-jaffna2b-concluded',
    when('1995-01-02'),
    {
      roundId: ROUND.jaffna2b,
      outcome: 'agreement',
      summary:
        'The round draws up a seven-point document on the modalities of a cessation of hostilities: positions held 600 metres apart, no offensive operations, normal fishing except near naval bases and coastal camps, monitoring committees chaired by foreign representatives, 72 hours’ notice of termination.',
      nextSteps: 'The declaration to be signed by the President and the LTTE leader.',
    },
    [S.secondRound],
    { occurrence: 'jaffna-round-1995-01-02' },
  ),
  ev(
    'AgreementReached',
    'agr-declaration',
    when('1995-01-05'),
    {
      agreementId: AGREEMENT,
      kind: 'ceasefire',
      provisions: [
        'No offensive operations by either party; an offensive operation is a violation',
        'Both sides hold their present positions at least 600 metres apart, moving only within 100 metres of their own bunker lines',
        'Monitoring committees chaired by foreign representatives in the districts of the north and east',
        'Notice of termination at least 72 hours before it takes effect',
      ],
      signatories: ['sri-lanka', 'ltte'],
      textPublic: true,
      roundId: ROUND.jaffna2b,
      status: 'signed',
    },
    [S.declaration, S.secondRound],
    {
      note: 'Signed simultaneously by President Kumaratunga in Colombo and Prabhakaran in Jaffna and exchanged through the ICRC; in effect from 8 January.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-declared',
    when('1995-01-07T18:30:00Z'),
    {
      ceasefireId: CEASEFIRE,
      parties: ['sri-lanka', 'ltte'],
      scope:
        'All hostilities between the security forces and the LTTE in the north and east, from 00:00 on 8 January 1995 (local time)',
      duration: 'indefinite',
    },
    [S.declaration, S.ap950419],
    {
      occurrence: 'coh-in-force-1995-01-08',
      note: 'The Declaration speaks of "a specified period" but names none; termination requires 72 hours’ notice.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-in-force',
    when('1995-01-07T18:30:00Z'),
    { agreementId: AGREEMENT, status: 'in-force', reason: 'The cessation of hostilities takes effect.' },
    [S.declaration],
    { occurrence: 'coh-in-force-1995-01-08' },
  ),
  ev(
    'StatementMade',
    'stmt-tamilselvan-1995-01-13',
    when('1995-01-13'),
    {
      speaker: TAMILSELVAN,
      audience: 'sri-lanka',
      tone: 'critical',
      summary:
        'The LTTE "strongly protests" that the chairmen of the Trincomalee and Batticaloa-Amparai committees were sent to their posts without meeting its leadership; the government defers their work and arranges for all chairmen to meet the LTTE in Jaffna on 17 January.',
    },
    [S.exchange950113],
  ),
  ev(
    'PositionTaken',
    'pos-passage-govt-1995-02-25',
    when('1995-02-25'),
    {
      demandId: DEMAND.passage,
      actorId: 'sri-lanka',
      stance: 'counter-proposed',
      conditions: 'The existing pathways at Pooneryn and Elephant Pass are declared open to the public.',
      speaker: BALAPATABENDI,
    },
    [graded(S.vp950225, 3)],
    { note: "Known from the LTTE's answer, which calls it a restatement of the government's old position." },
  ),
  ev(
    'StatementMade',
    'stmt-prabhakaran-1995-02-25',
    when('1995-02-25'),
    {
      speaker: PRABHAKARAN,
      audience: 'sri-lanka',
      tone: 'critical',
      summary:
        'The LTTE is "deeply disappointed": the government ignored its points on the cessation of hostilities, the committees and the resumption of talks, and its unilateral pronouncement on the passage to Jaffna gives "primacy to the strategic interests of the occupational army".',
    },
    [S.vp950225],
  ),
  ev(
    'DemandTabled',
    'demand-fishing',
    when('1995-03-16', 'approximate'),
    {
      demandId: DEMAND.fishing,
      by: 'ltte',
      addressedTo: ['sri-lanka'],
      text: 'Remove all restrictions on fishing',
      category: 'economic',
    },
    [graded(S.vp950406, 3), graded(S.cbk950324, 3)],
    { note: 'Raised in the LTTE letters of 16 and 22 March, which were not read; dated to the first.' },
  ),
  ev(
    'UltimatumIssued',
    'ult-march',
    when('1995-03-16', 'approximate'),
    {
      ultimatumId: ULT.march,
      by: 'ltte',
      to: ['sri-lanka'],
      demandIds: [DEMAND.embargo, DEMAND.fishing],
      deadline: '1995-03-28',
      consequences:
        'The LTTE would end the peace talks if the urgent issues (the embargo, fishing) were not resolved by 28 March.',
      channel: 'letter to the President through the ICRC',
    },
    [graded(S.cbk950324, 3), graded(S.vp950406, 3)],
    {
      note: 'The deadline is known from the President\'s answer ("cannot entertain any ultimatums") and the LTTE\'s later letters ("our deadline from 28th March"); which of the letters of 16 and 22 March set it is not known: dated to the first.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-embargo-govt-1995-03-24',
    when('1995-03-24'),
    {
      demandId: DEMAND.embargo,
      actorId: 'sri-lanka',
      stance: 'accepted',
      quote: 'positive decisions … lifting of the embargo on fuel',
      speaker: KUMARATUNGA,
    },
    [S.cbk950324, S.vp950328],
  ),
  ev(
    'PositionTaken',
    'pos-fishing-govt-1995-03-24',
    when('1995-03-24'),
    {
      demandId: DEMAND.fishing,
      actorId: 'sri-lanka',
      stance: 'accepted',
      quote: 'removing all restrictions on fishing',
      speaker: KUMARATUNGA,
    },
    [S.cbk950324, S.vp950328],
  ),
  ev(
    'StatementMade',
    'stmt-kumaratunga-1995-03-24',
    when('1995-03-24'),
    {
      speaker: KUMARATUNGA,
      audience: 'ltte',
      tone: 'critical',
      summary:
        'The President thanks the LTTE for releasing 16 prisoners but says the government "cannot entertain any ultimatums issued by the LTTE" and sees the deadline as "an unfriendly action … which could jeopardise the peace process".',
    },
    [S.cbk950324],
  ),
  ev(
    'UltimatumResolved',
    'ult-march-resolved',
    when('1995-03-28'),
    {
      ultimatumId: ULT.march,
      resolution: 'partially-complied',
      summary:
        'The LTTE finds "positive elements of reconciliation" in the decisions on the embargo and fishing, and extends its deadline by three weeks.',
    },
    [S.vp950328],
  ),
  ev(
    'DemandAmended',
    'demand-passage-pooneryn',
    when('1995-03-28'),
    {
      demandId: DEMAND.passage,
      text: 'Open a passage to Jaffna by removing the army camp at Pooneryn',
      reason: 'The LTTE letter of 28 March names the Pooneryn camp.',
    },
    [S.vp950406],
  ),
  ev(
    'DemandTabled',
    'demand-mobility',
    when('1995-03-28'),
    {
      demandId: DEMAND.mobility,
      by: 'ltte',
      addressedTo: ['sri-lanka'],
      text: 'Free mobility of the LTTE’s armed cadres in the Eastern Province',
      category: 'security',
    },
    [S.vp950406],
  ),
  ev(
    'UltimatumIssued',
    'ult-april',
    when('1995-03-28'),
    {
      ultimatumId: ULT.april,
      by: 'ltte',
      to: ['sri-lanka'],
      demandIds: [DEMAND.embargo, DEMAND.fishing, DEMAND.passage, DEMAND.mobility],
      deadline: '1995-04-19',
      consequences:
        'The LTTE "reserve[s] the right to set a deadline to terminate the peace talks" if they reach a stalemate; the decisions on the embargo and fishing to be implemented, and the Pooneryn camp and the eastern mobility settled, by 19 April.',
      channel: 'letter to the President through the ICRC',
    },
    [S.vp950328, S.vp950406],
  ),
  // ===== April 1995: the fourth round, the withdrawal, the gunboats, the Avros =====
  ev(
    'TalksRoundScheduled',
    'round-jaffna4-scheduled',
    when('1995-04-06'),
    { roundId: ROUND.jaffna4, label: 'Fourth round, Jaffna', venue: 'Jaffna', plannedFor: '1995-04-10' },
    [S.vp950406],
  ),
  ev(
    'TalksRoundOpened',
    'round-jaffna4-open',
    when('1995-04-10'),
    {
      roundId: ROUND.jaffna4,
      label: 'Fourth round, Jaffna',
      format: 'formal',
      venue: 'Jaffna',
      delegations: [{ actorId: 'ltte', head: TAMILSELVAN }, { actorId: 'sri-lanka' }],
    },
    [S.cbk950412, S.vp950406],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jaffna4-concluded',
    when('1995-04-11'),
    {
      roundId: ROUND.jaffna4,
      outcome: 'no-progress',
      summary:
        'Two days of talks on the embargo, fishing, the Pooneryn camp and the eastern mobility; Tamilselvan says the 19 April date is "not to be construed as an ultimatum but as an indication of a time frame". No agreement; the President answers in writing the next day.',
    },
    [S.cbk950412],
  ),
  ev(
    'PositionTaken',
    'pos-fishing-govt-1995-04-12',
    when('1995-04-12'),
    {
      demandId: DEMAND.fishing,
      actorId: 'sri-lanka',
      stance: 'conditional',
      conditions: 'Restrictions eased, but fishing still barred in zones around naval bases and coastal camps.',
      speaker: KUMARATUNGA,
    },
    [S.cbk950412, S.vp950418],
  ),
  ev(
    'PositionTaken',
    'pos-passage-govt-1995-04-12',
    when('1995-04-12'),
    {
      demandId: DEMAND.passage,
      actorId: 'sri-lanka',
      stance: 'conditional',
      conditions:
        'Issues with military repercussions are to be addressed "in the context of progress to be made with regard to political discussions leading to a negotiated end to the war".',
      speaker: KUMARATUNGA,
    },
    [S.cbk950412, S.vp950418],
  ),
  ev(
    'PositionTaken',
    'pos-mobility-govt-1995-04-12',
    when('1995-04-12'),
    {
      demandId: DEMAND.mobility,
      actorId: 'sri-lanka',
      stance: 'conditional',
      conditions: 'Subject to review in the political discussions, as the Pooneryn camp.',
      speaker: KUMARATUNGA,
    },
    [S.cbk950412, S.vp950418],
  ),
  ev(
    'TalksSuspended',
    'susp-ltte-1995-04-18',
    when('1995-04-18'),
    {
      by: 'ltte',
      reason:
        'Prabhakaran writes that the President\'s answers of 12 April are "partial, elusive, non-committal"; the LTTE withdraws from the peace talks and from the cessation of hostilities.',
    },
    [S.vp950418, S.ltte950419],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-withdrawn',
    when('1995-04-18'),
    {
      agreementId: AGREEMENT,
      status: 'withdrawn',
      by: 'ltte',
      reason:
        "The LTTE leader's letter of 18 April intimates its withdrawal from the cessation of hostilities agreement.",
    },
    [S.ltte950419, S.ap950419],
  ),
  ev(
    'IncidentReported',
    'inc-trincomalee',
    when('1995-04-19'),
    {
      incidentId: INC.trincomalee,
      kind: 'militant-attack',
      perpetrator: 'ltte',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      target: 'Navy gunboats SLNS Sooraya and SLNS Ranasuru',
      place: 'Trincomalee naval harbour',
      fatalities: { min: 11, max: 12 },
      injured: { min: 22, max: 22 },
      description:
        "In the early hours, explosions (underwater charges, the navy says) sink two gunboats at anchor in the navy's largest base; 11 sailors killed and 22 wounded by the navy's count (12 killed by later reports), bodies of four Tigers recovered. The attack ends the truce of 8 January.",
    },
    [S.ap950419, S.sundayTimes960505, S.groundviews],
    { occurrence: INC.trincomalee },
  ),
  ev(
    'CeasefireViolationReported',
    'cf-violation-trincomalee',
    when('1995-04-19'),
    {
      ceasefireId: CEASEFIRE,
      allegedBy: 'sri-lanka',
      against: 'ltte',
      casualties: { min: 11, max: 12 },
      description:
        'The government holds the LTTE responsible for the sinking of the two gunboats in Trincomalee harbour.',
    },
    [S.ap950419, S.sundayTimes960505],
    { occurrence: INC.trincomalee },
  ),
  ev(
    'CeasefireEnded',
    'cf-ended',
    when('1995-04-19'),
    {
      ceasefireId: CEASEFIRE,
      reason: 'collapsed',
      summary:
        "Ended by the LTTE's letter of 18 April and its attack on Trincomalee harbour hours later, without the 72 hours' notice the Declaration required.",
    },
    [S.ap950419, S.ltte950419, S.sundayTimes960505],
  ),
  ev(
    'UltimatumResolved',
    'ult-april-resolved',
    when('1995-04-19'),
    {
      ultimatumId: ULT.april,
      resolution: 'enforced',
      summary: 'On its deadline the LTTE withdraws from the talks and the truce, and the gunboats are sunk.',
    },
    [S.ap950419, S.ltte950419],
  ),
  ev(
    'StatementMade',
    'stmt-kadirgamar-1995-04-19',
    when('1995-04-19'),
    {
      speaker: KADIRGAMAR,
      audience: 'international',
      tone: 'neutral',
      summary: "The foreign minister confirms that Prabhakaran's letter to the President calls off the ceasefire.",
      quote: 'Prabhakaran definitely said in it that the cease-fire is being called off',
    },
    [S.ap950419],
  ),
  ev(
    'IncidentReported',
    'inc-alert',
    when('1995-04-19'),
    {
      incidentId: INC.alert,
      kind: 'force-posture',
      perpetrator: 'sri-lanka',
      allegedBy: 'sri-lanka',
      against: 'ltte',
      description:
        'The armed forces are put on maximum alert and ordered to retaliate if attacked; leave cancelled, officers ordered back to their bases; other gunboats evacuated from Trincomalee harbour.',
    },
    [S.ap950419],
  ),
  ev(
    'IncidentReported',
    'inc-island-bunker',
    when('1995-04-27'),
    {
      incidentId: INC.island,
      kind: 'clash',
      perpetrator: 'ltte',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      target: 'Army bunker',
      place: 'Island off the Jaffna peninsula',
      fatalities: { min: 8, max: 8 },
      description:
        'A Thursday night attack by the Tigers on an army bunker on a small island off the Jaffna peninsula kills eight soldiers.',
    },
    [S.latimes950430, S.deseret950430],
  ),
  ev(
    'IncidentReported',
    'inc-avro-cr835',
    when('1995-04-28'),
    {
      incidentId: INC.avro1,
      kind: 'missile-strike',
      perpetrator: 'ltte',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      target: 'Air force Avro 748 transport (CR835) taking off from Palaly',
      place: PALALY,
      fatalities: { min: 45, max: 51 },
      description:
        'An air force Avro transport crashes in flames on taking off from Palaly on Friday evening; all 45 aboard killed (the air force later said 51), among them the northern zone commander. First called an accident; the next day the military confirmed a missile.',
    },
    [S.latimes950430, S.deseret950430],
  ),
  ev(
    'IncidentReported',
    'inc-avro-cr834',
    when('1995-04-29'),
    {
      incidentId: INC.avro2,
      kind: 'missile-strike',
      perpetrator: 'ltte',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      target:
        'Air force Avro 748 transport (CR834) on approach to Palaly, carrying the investigators of the first crash',
      place: PALALY,
      fatalities: { min: 52, max: 52 },
      description:
        'A second Avro is struck by a heat-seeking missile about four miles from Palaly as it approaches to land; all 52 aboard killed, three journalists among them. The first use of surface-to-air missiles by the Tigers.',
    },
    [S.latimes950430, S.deseret950430],
  ),
  // ===== July 1995: Operation Leap Forward =====
  ev(
    'IncidentReported',
    'inc-leap-forward',
    when('1995-07-09'),
    {
      incidentId: INC.leapForward,
      kind: 'clash',
      perpetrator: 'sri-lanka',
      allegedBy: 'sri-lanka',
      against: 'ltte',
      target: 'LTTE positions north of Jaffna town',
      place: 'Valikamam (Jaffna peninsula)',
      scale: 'major',
      fatalities: { min: 2, max: 2 },
      injured: { min: 46, max: 46 },
      description:
        "Operation Leap Forward: thousands of soldiers backed by tanks, artillery and warplanes push out from Palaly and from the east in a pincer, the largest offensive in eight years; they meet heavy mortar and machine-gun fire. Two soldiers killed and 46 injured on the first day (the army); the LTTE's radio reports 100 civilians killed.",
    },
    [S.independent950709, S.ap950714],
  ),
  ev(
    'StatementMade',
    'stmt-de-silva-1995-07-09',
    when('1995-07-09'),
    {
      speaker: DE_SILVA,
      audience: 'ltte',
      tone: 'military-threat',
      summary:
        "The army says the offensive is meant to cut the LTTE's military capacity and bring it to the table on the government's terms.",
      quote:
        'The operation is to hit them hard on the head and reduce their military capacity so that they can be brought to the negotiating table on our terms.',
    },
    [S.independent950709],
  ),
  ev(
    'IncidentReported',
    'inc-navaly',
    when('1995-07-09T11:00:00Z'),
    {
      incidentId: INC.navaly,
      kind: 'airstrike',
      perpetrator: 'sri-lanka',
      allegedBy: 'ltte',
      against: 'ltte',
      target: 'The Church of St Peter and St Paul and nearby buildings, sheltering people displaced by the offensive',
      place: 'Navaly (Jaffna peninsula)',
      fatalities: { min: 65, max: 147 },
      civilianFatalities: { min: 65, max: 147 },
      injured: { min: 150, max: 150 },
      description:
        "At 16:30 the air force strikes the church and adjacent buildings where several hundred displaced civilians had taken refuge: 65 killed and 150 wounded by the ICRC's statement of 11 July; 147 by the count commemorated since.",
    },
    [S.quest, S.tamilnet050709],
  ),
  ev(
    'IncidentReported',
    'inc-counterattack',
    when('1995-07-14'),
    {
      incidentId: INC.counterattack,
      kind: 'clash',
      perpetrator: 'ltte',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      target: 'Two army camps taken in the offensive, and a warplane',
      place: 'Alaveddy and Sandilipay (Jaffna peninsula)',
      fatalities: { min: 45, max: 45 },
      injured: { min: 100, max: 100 },
      description:
        'At least 600 Tigers strike back by night, overrun two camps near Alaveddy and Sandilipay, seize their weapons and down a warplane; at least 45 soldiers killed and 100 wounded (military sources). Before it, at least 30 soldiers and 11 rebels had been killed since Sunday.',
    },
    [S.ap950714],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'sri-lanka-ltte-1994.jsonl',
  logEnd: '2026-12-07T09:00:00Z',
  events,
};

export default definition;
