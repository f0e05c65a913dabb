/**
 * Escalation model v2 on a case it was never tuned on: the United States and North Korea in the first nuclear crisis,
 * 1993–95 (us-north-korea-1994.ts, a test fixture). What it holds the model to that the other cases did not: a
 * withdrawal from a treaty announced and then suspended by an agreement between the two; threats of war over sanctions
 * with no shot fired between them; talks broken off and a mediator's visit that turns the crisis; agreements signed
 * and carried out; and, during implementation, an aircraft shot down (one killed) and its pilot held for thirteen days
 * — and whether the level falls back after it. The calls below were written from DOMAIN.md §5b alone, before the model
 * was run on the case, each with its reason. All twenty are in CALLS, which the model must agree with.
 *
 * The first run missed one of the twenty calls. It was not a rule misread; the model is unchanged.
 * - 25 May 1994, called 2, read 1 ("agreement of 1993-06-11 being implemented; no hostile act or threat in the last
 *   30 days"): the recording was wrong (a). The source of the third round's cancellation (the Christian Science
 *   Monitor's chronology) says the United States broke off the talks in March; the fixture had recorded only the round
 *   called off, so nothing in the log ended the joint statement of June 1993, and with the last threat of war two months
 *   old the model read it as still applied. The break-off is now recorded as the talks suspended by the United States
 *   (with the cancellation, one occurrence), as the source reports it; the call stands as written.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './us-north-korea-1994';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for United States – North Korea: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 1993: the withdrawal announced and suspended -----
  [
    '1993-03-15T12:00:00Z',
    2,
    'North Korea announced three days ago that it leaves the NPT in three months: a hostile step and a threat to quit the treaty, but no threat of war, no ultimatum, no armed action, and no talks yet to collapse: strained',
  ],
  [
    '1993-06-14T12:00:00Z',
    1,
    'The joint statement of 11 June is being carried out (the withdrawal suspended, dialogue to continue, assurances against the use of force); the last hostile step, the withdrawal notice, is three months old: cooperative',
  ],
  [
    '1993-08-20T12:00:00Z',
    1,
    'The joint statement holds and the second round in Geneva made progress (light-water reactors, consultations with the IAEA); nothing hostile between the two for five months',
  ],
  // ----- 1994: the crisis -----
  [
    '1994-03-10T12:00:00Z',
    1,
    'Inspectors are at Yongbyon and a third round is set for 21 March; the 1993 joint statement is still applied, and no hostile act or threat between the two has been recorded for months',
  ],
  [
    '1994-03-26T12:00:00Z',
    3,
    'North Korea says any US sanctions will be "a declaration of war" (24 March); the third round was called off and the US seeks sanctions: a threat of war within two weeks. The "sea of fire" was said to South Korea, not to the US',
  ],
  [
    '1994-04-20T12:00:00Z',
    2,
    'Four weeks since the threat of war: no ultimatum or threat of war in the last two weeks, no armed action; relations are strained (talks off, sanctions sought), and not a month without a threat',
  ],
  [
    '1994-05-25T12:00:00Z',
    2,
    'The fuel rods are being unloaded without inspectors and Clinton calls it an error: critical rhetoric and defiance, but no threat of war since 24 March and no armed action: strained',
  ],
  [
    '1994-06-06T12:00:00Z',
    3,
    'The US will seek UN sanctions (2 June) and has broken off the dialogue (3 June); North Korea repeats that sanctions would be a declaration of war (4 June): a threat of war and talks broken off within two weeks',
  ],
  [
    '1994-06-16T12:00:00Z',
    3,
    'Carter is in Pyongyang, but the US circulated its sanctions resolution yesterday and the threat of war of 4 June is twelve days old; the dialogue is still broken off: coercive',
  ],
  [
    '1994-06-24T12:00:00Z',
    2,
    'North Korea accepted the freeze (22 June), the US dropped sanctions for now and a third round is set for 8 July; the last threat of war (4 June) and the break-off (3 June) are three weeks old: strained, not yet a month without a threat (the sanctions draft of 15 June)',
  ],
  [
    '1994-07-12T12:00:00Z',
    2,
    "The Geneva round opened on 8 July and is on hold after Kim Il Sung's death, not broken off; the US sanctions threat of 15 June is less than a month old: strained",
  ],
  [
    '1994-08-20T12:00:00Z',
    1,
    'The agreed statement of 12 August is being carried out (the freeze observed, North Korea stays in the NPT); no hostile act or threat between the two for two months: cooperative',
  ],
  [
    '1994-10-25T12:00:00Z',
    1,
    'The Agreed Framework was signed four days ago and the freeze holds; nothing hostile between the two since June: cooperative',
  ],
  // ----- December 1994: the helicopter -----
  [
    '1994-12-19T12:00:00Z',
    4,
    'North Korea shot down a US Army helicopter two days ago, killing one pilot, and holds the other: armed action in the last week, at one place with one killed (not heavy), no ceasefire: militarised',
  ],
  ['1994-12-21T12:00:00Z', 4, 'Four days after the shoot-down, the pilot still held: armed action within the week'],
  [
    '1994-12-25T12:00:00Z',
    3,
    'Eight days after the shoot-down, no further fire: armed action within the month but not the week; the pilot still held: coercive',
  ],
  [
    '1994-12-31T12:00:00Z',
    3,
    'The pilot was freed yesterday after the US expressed regret; the shoot-down is two weeks old: armed action within the month',
  ],
  // ----- 1995: the framework carried out -----
  [
    '1995-01-20T12:00:00Z',
    2,
    "Thirty-four days since the shoot-down: no armed action in the month; the framework is being carried out (freeze verified, the first oil delivered), but the pilot's detention ended three weeks ago and North Korea warned on 16 January that South Korean reactors would threaten the deal: not a month without a hostile act, strained",
  ],
  [
    '1995-02-20T12:00:00Z',
    1,
    'The framework is being carried out (the freeze verified, heavy fuel oil delivered); nothing hostile between the two since the warning of 16 January, over a month ago: cooperative',
  ],
  [
    '1995-03-15T12:00:00Z',
    1,
    'KEDO was founded on 9 March to build the reactors and supply the oil; the framework is being carried out and nothing hostile for two months: cooperative',
  ],
];

describe('escalation model v2 on United States – North Korea, 1993–95 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the IAEA, South Korea, Japan, China and the Security Council are third
  // parties; their registration never makes the level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );

  // The "sea of fire" (19 March 1994) was North Korea's threat to South Korea, a third party, at the North–South
  // talks: not a threat of war between the pair. No reason for the level cites it, on the calls' dates nor on the
  // days after it, when the White House's answer and the break-off are the pair's own.
  it('the "sea of fire" said to South Korea is never a reason for the pair\'s level', () => {
    const seaOfFire = definition.events.filter(
      (e) => e.type === 'StatementMade' && e.data.audience === 'south-korea' && e.data.tone === 'military-threat',
    );
    expect(seaOfFire).toHaveLength(1);
    const days = ['1994-03-19T18:00:00Z', '1994-03-20T12:00:00Z', '1994-03-22T12:00:00Z'].map((at) => [at] as const);
    expect(
      reasonsCiting(
        escalation,
        [...CALLS, ...days],
        seaOfFire.map((e) => e.eventId),
      ),
    ).toEqual([]);
    expect(escalation('1994-03-20T12:00:00Z').level).toBeLessThan(3);
  });
});
