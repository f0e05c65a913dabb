/**
 * Escalation model v2 on a case it was never tuned on: North Korea and South Korea from the DMZ landmine blasts of
 * August 2015 to the closing of Kaesong in February 2016 (koreas-2015.ts, a test fixture). What it holds the model to
 * that the other cases did not: an attack blamed on the other party six days after it, with no armed exchange; one
 * exchange of fire at one place without casualties; an ultimatum with a deadline that lapses as talks open; force
 * posture at the border while the talks sit; an agreement reached within three days that is not a ceasefire, then
 * implemented; and a nuclear test, a threat of war and a closure that end the calm. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run agreed with all twenty calls; the model is unchanged. Its reasons on the call dates are the analyst's
 * own: the blame of 10 August (coercion), the exchange of fire of 20 August as armed action at one place with no toll
 * (militarised for a week, coercive to 19 September), the lapsed ultimatum and Hwang Pyong So's warning of 25 August
 * keeping 21 September from cooperative, the Red Cross agreement being implemented from late September, the North's
 * threat of war of 8 January 2016 (coercive for two weeks) and the Kaesong closures (coercive while they last).
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './koreas-2015';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for North Korea – South Korea, 2015–16: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- August 2015: the blasts, the blame, the threats -----
  [
    '2015-08-05T12:00:00Z',
    2,
    'Yesterday’s mine blasts maimed two South Korean soldiers, but their cause is under investigation and no one is blamed yet: no armed action between the two, no threat, no ultimatum, and no agreement being carried out: strained',
  ],
  [
    '2015-08-11T12:00:00Z',
    3,
    'Seoul found yesterday that North Korean soldiers planted the mines and switched its loudspeakers back on, warning of a "severe price": an attack blamed on the other party in the last two weeks, with no fire exchanged: coercive',
  ],
  [
    '2015-08-16T12:00:00Z',
    3,
    'The North denies the mines and its front-line command threatened yesterday "indiscriminate strikes" on the loudspeakers, calling them a declaration of war: a threat of war and a blamed attack within two weeks; no fire exchanged',
  ],
  [
    '2015-08-19T12:00:00Z',
    3,
    'The threat of the 15th and the blame of the 10th stand, the joint exercise is under way and both sides broadcast at each other; still no fire: coercive',
  ],
  // ----- 20–25 August: the exchange of fire, the ultimatum, the talks -----
  [
    '2015-08-20T12:00:00Z',
    4,
    'The North shelled a loudspeaker at Yeoncheon this afternoon and the South answered with tens of 155 mm rounds: armed action today, at one place and with no casualties (not heavy); a 48-hour ultimatum is in force; no ceasefire: militarised',
  ],
  [
    '2015-08-22T06:00:00Z',
    4,
    'Two days after the exchange of fire; the ultimatum runs out in two hours, the front is in a "quasi-state of war": armed action in the last week, no ceasefire',
  ],
  [
    '2015-08-24T08:00:00Z',
    4,
    'Four days after the exchange of fire; the talks at Panmunjom are in their third day while the North’s submarines are away from their bases and its artillery on the front doubled: armed action in the last week, no ceasefire',
  ],
  [
    '2015-08-25T12:00:00Z',
    4,
    'The joint agreement was reached overnight and the loudspeakers went off at noon, but the exchange of fire was five days ago, and the agreement is not a ceasefire (nor has anything held three days): armed action in the last week',
  ],
  [
    '2015-08-26T12:00:00Z',
    4,
    'Six days after the exchange of fire; the agreement is being carried out (loudspeakers off, the quasi-state of war lifted) but it is no ceasefire held three days: armed action still in the last week',
  ],
  [
    '2015-08-28T12:00:00Z',
    3,
    'Eight days after the exchange of fire, none since; the agreement holds: armed action within the month, none in the last week: coercive',
  ],
  // ----- September – October: the agreement implemented -----
  [
    '2015-09-10T12:00:00Z',
    3,
    'The Red Cross agreed on reunions two days ago and the loudspeakers stay off, but the exchange of fire was three weeks ago: armed action within the month',
  ],
  [
    '2015-09-21T12:00:00Z',
    2,
    'A month and a day since the exchange of fire; the agreement is being carried out, but the ultimatum was in force on 22 August and Hwang Pyong So warned of "an armed clash" on 25 August, both within the last month: not yet cooperative, strained',
  ],
  [
    '2015-09-28T12:00:00Z',
    1,
    'The agreement of 25 August and the Red Cross agreement are being carried out (loudspeakers off, lists of families exchanged); the last threat was 34 days ago, the ultimatum lapsed 37 days ago, the fire 39 days ago: cooperative',
  ],
  [
    '2015-10-22T12:00:00Z',
    1,
    'The family reunions are under way at Mount Kumgang as agreed; nothing hostile between the two for two months: cooperative',
  ],
  // ----- December – February: the drift back -----
  [
    '2015-12-14T12:00:00Z',
    2,
    'The vice-ministerial talks ended two days ago without agreement or a next date and Pyongyang blames Seoul for the failure; the August agreement is still applied, nothing armed or threatened: accusations over stalled talks: strained',
  ],
  [
    '2016-01-07T12:00:00Z',
    2,
    'The North’s nuclear test yesterday is no attack on the South; Seoul calls it a grave violation of the August agreement, will resume the broadcasts tomorrow and warns that any provocation will be firmly punished: a warning, not a threat of war or an ultimatum: strained',
  ],
  [
    '2016-01-09T12:00:00Z',
    3,
    'The loudspeakers are back on (the agreement suspended) and at yesterday’s rally the North’s vice minister of the armed forces threatened a "sacred war of retaliation": a threat of war within two weeks: coercive',
  ],
  [
    '2016-01-25T12:00:00Z',
    2,
    'Seventeen days since the threat of war, beyond two weeks; the broadcasts go on and the agreement is suspended, but nothing armed, no ultimatum, no closure: strained',
  ],
  [
    '2016-02-12T12:00:00Z',
    3,
    'The South shut Kaesong two days ago and the North expelled its people, seized the park as a military control zone and called the closure a declaration of war: a border closed against the other party: coercive',
  ],
  [
    '2016-03-01T12:00:00Z',
    3,
    'Kaesong is still closed by both sides: a border closed against the other party, a lasting condition',
  ],
];

describe('escalation model v2 on North Korea – South Korea, 2015–16 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the United States, China and the UN Command are third parties; the UN Command's
  // finding on the mines is its own statement, and nothing of theirs makes the pair's level.
  it("no reason for the level is a third party's act", () => {
    const outsiders = definition.events.filter(
      (e) => e.type === 'ActorRegistered' || (e.type === 'StatementMade' && e.data.speaker.actorId === 'un-command'),
    );
    expect(outsiders.length).toBeGreaterThan(3);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        outsiders.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
