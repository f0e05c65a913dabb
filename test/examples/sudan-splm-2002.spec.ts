/**
 * Escalation model v2 on a case it was never tuned on: the government of Sudan and the SPLM/A from the Nuba Mountains
 * ceasefire (January 2002) through the Machakos and Naivasha talks to the end of 2003 (sudan-splm-2002.ts, a test
 * fixture). What it holds the model to that the other cases did not: a long civil war going on around a negotiation;
 * a partial ceasefire (the Nuba Mountains) in force while the war goes on elsewhere; a framework protocol signed in
 * the middle of the war; talks suspended after a town is taken and resumed after it is retaken; a cessation of
 * hostilities signed, in force two days later and extended through 2003; violations alleged under monitoring; and
 * agreements signed step by step while the war they are about is paused. The calls below were written from DOMAIN.md
 * §5b alone, before the model was run on the case, each with its reason. Nineteen are in CALLS, which the model must
 * agree with; one is in LEFT, kept as written.
 *
 * The first run missed three of the twenty calls. None was a rule misread; the model is unchanged.
 * - 22 July 2002, called 2, read 1: left as the model reads it (LEFT, see there): the Machakos Protocol is a signed
 *   framework whose provisions apply only from a final agreement, which the catalogue's statuses cannot say.
 * - 14 July 2003, called 2, read 1: the call was wrong by §5b (revised, see its comment): the government's harsh
 *   rejection of the Nakuru draft is critical rhetoric, neither a hostile act nor a threat, and the cessation of
 *   hostilities was being carried out with no armed action for four months.
 * - 26 August 2003, called 2, read 3: the recording was wrong (fixed in the fixture): the Nanyuki session's end was
 *   recorded as talks suspended without `temporary`, which reads as collapsed talks; by the government's own account
 *   it was a break with the next round set for 10 September. Recorded as the pause it was, the model reads 1 ("talks
 *   paused"), and the call was wrong by §5b as the one of 14 July was (revised, see its comment).
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './sudan-splm-2002';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Sudan – SPLM/A: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- January – July 2002: the Nuba ceasefire, the war elsewhere, Machakos -----
  [
    '2002-02-05T12:00:00Z',
    4,
    'Two days ago, the SPLM says, two government companies opened fire on its base at Tasare in the Nuba Mountains, inside the ceasefire signed before it: armed action within the week, at one place, no toll; the ceasefire was agreed before the act, so it does not cancel it',
  ],
  [
    '2002-06-10T12:00:00Z',
    5,
    'The SPLA took Kapoeta yesterday after two days of attacks, 200 government soldiers and 13 SPLA killed by its count: tens killed in the last three days, and no ceasefire covers the south (the Nuba ceasefire is for the Nuba Mountains only)',
  ],
  // ----- September – October 2002: Torit -----
  [
    '2002-09-03T12:00:00Z',
    4,
    'The SPLA took Torit two days ago after (the army says) two days of shelling; the government suspended the talks yesterday and Bashir ordered the army to use all weapons to retake it: armed action within the week at one place, no toll given, no ceasefire',
  ],
  [
    '2002-09-05T12:00:00Z',
    4,
    'Four days after the fall of Torit: armed action within the week, the talks suspended, the government mobilising for a counter-offensive; no ceasefire',
  ],
  [
    '2002-09-09T12:00:00Z',
    3,
    'Eight days after the fall of Torit, no armed action since: armed action within the month, Bashir’s jihad (5 September) and the SPLA’s "if Khartoum wants more war" (8 September) are threats of war within two weeks, the talks suspended',
  ],
  [
    '2002-09-28T12:00:00Z',
    5,
    'The government offensive to retake Torit: attacks repulsed at Lafon on the 25th (250 killed, SPLM count) and at Khor Inglizi yesterday (800 killed, SPLM count, Khartoum’s biggest offensive since 1999): heavy armed action at two places with hundreds killed, and no ceasefire',
  ],
  [
    '2002-10-09T12:00:00Z',
    5,
    'The government retook Torit yesterday after two weeks of heavy fighting, its offensive continuing: heavy armed action in the last three days and no ceasefire yet (the talks are only scheduled)',
  ],
  [
    '2002-10-14T12:00:00Z',
    4,
    'The talks resume today; Torit was retaken six days ago and no ceasefire is yet signed: armed action within the week, nothing heavier since',
  ],
  [
    '2002-10-20T12:00:00Z',
    4,
    'The cessation of hostilities has been in force three days, but the government says the SPLA retook Akobo yesterday, after it: armed action within the week that the ceasefire does not cover, a violation alleged',
  ],
  [
    '2002-10-27T12:00:00Z',
    3,
    'Eight days after Akobo, the cessation of hostilities in force and the talks going on: armed action within the month, none in the last week',
  ],
  [
    '2002-12-15T12:00:00Z',
    1,
    'The cessation of hostilities has held for eight weeks and was extended to March; a memorandum on the structures of government was signed on 18 November: an agreement being carried out, and no hostile act or threat for a month (the last, Akobo, 19 October)',
  ],
  // ----- December 2002 – February 2003: violations alleged, the addendum -----
  [
    '2003-01-01T12:00:00Z',
    4,
    'The SPLM says government troops and militia attacked Tam and Reang yesterday (repulsed), in breach of the cessation of hostilities; Bashir promised "the barrel of the gun" at Kassala three days ago: armed action within the week after the ceasefire was agreed',
  ],
  [
    '2003-01-28T12:00:00Z',
    4,
    'A government offensive around Leer yesterday, the SPLM walked out in protest and came back today: heavy armed action, but the cessation of hostilities is still in force (violated), so militarised, not hostilities',
  ],
  [
    '2003-02-07T12:00:00Z',
    3,
    'Eleven days after Leer; the addendum of 4 February reaffirmed the cessation of hostilities with a monitoring team; the militia’s capture of Akobo (31 January) is a third party’s act: armed action between the pair within the month, none in the last week',
  ],
  [
    '2003-02-24T12:00:00Z',
    4,
    'Government forces and militias attacked villages out of Mankien two days ago (the ICG’s report), under the addendum signed three weeks earlier: armed action within the week, after the ceasefire',
  ],
  // ----- March – December 2003: Nairobi, Nakuru, Naivasha -----
  [
    '2003-04-05T12:00:00Z',
    1,
    'Six weeks since the last armed action (Mankien, 22 February); the cessation of hostilities extended to June and holding, Bashir and Garang met in Nairobi three days ago hoping for peace by June: an agreement being carried out, nothing hostile for a month',
  ],
  // Revised after the first run (b): written as 2 ("critical rhetoric, strained"). §5b's line 1 asks for an agreement
  // being carried out and no hostile act or threat for a month; a harsh rejection of a mediator's draft is critical
  // rhetoric, neither, and the cessation of hostilities (with its addendum) was being carried out.
  [
    '2003-07-14T12:00:00Z',
    1,
    'The government rejected the mediators’ Nakuru draft three days ago in harsh terms, but that is rhetoric, not a hostile act or threat; no armed action since February and the cessation of hostilities, with its monitoring, is being carried out: cooperative',
  ],
  // Revised after the first run (b), once the suspension was recorded as the pause it was (a): written as 2 ("a pause,
  // not a collapse ... strained"). A pause in the talks is neither a hostile act nor a threat, so, as on 14 July, the
  // cessation of hostilities being carried out with nothing hostile for six months is line 1.
  [
    '2003-08-26T12:00:00Z',
    1,
    'The government broke off the Nanyuki session three days ago over the Nakuru draft, with the next round set for 10 September: a pause, not a collapse, no threat, and the cessation of hostilities carried out with nothing hostile for six months: cooperative',
  ],
  [
    '2003-09-28T12:00:00Z',
    1,
    'Taha and Garang signed the security arrangements three days ago, the cessation of hostilities holds, and nothing hostile for seven months: cooperative',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 22 July 2002: the analyst sees a framework signed two days ago in the middle of a war with no ceasefire in the
 *   south: the Machakos Protocol sets the principles of the talks to come, and by its own terms its provisions (the
 *   pre-interim and interim periods, the referendum) start only with a final peace agreement, so nothing in it is yet
 *   being carried out. The catalogue's statuses read an agreement `signed` as being implemented, and an analyst
 *   recording it could only record it signed (it was; `initialled` or `text-agreed` would be false). With no hostile
 *   act recorded in the month before (the last, Mankien, about 19 June; the government's offensive around Gogrial
 *   during the talks, which the SPLM cites, is undated), the model reads 1 on the signed protocol.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2002-07-22T12:00:00Z',
      2,
      'The Machakos Protocol was signed two days ago, but it is a framework for talks to come, not an agreement being carried out, and no ceasefire covers the south; the last armed action recorded (Mankien) is a month old and nothing hostile since: strained, talks holding',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

describe('escalation model v2 on Sudan – SPLM/A, 2002–03 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The Nanyuki session's end (23 August 2003) is a pause in the talks: said in the reason, never a cause of coercion.
  it('the break in the talks of August 2003 is said as a pause, not read as collapsed talks', () => {
    const nanyuki = definition.events.find((e) => e.type === 'TalksSuspended' && e.occurredAt === '2003-08-23');
    const view = escalation('2003-08-26T12:00:00Z');
    expect(view.reasons.filter((r) => r.eventIds.includes(nanyuki!.eventId)).map((r) => r.rule)).toEqual([
      'agreement-implemented',
    ]);
  });

  // The pair of actors matters (§5b): the SSLM/A's capture of Akobo (31 January 2003) is a third party's act.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "the militia's capture of Akobo",
    definition.events.filter((e) => e.type === 'IncidentReported' && e.data.perpetrator === 'sslm'),
  );
});
