/**
 * Escalation model v2 on a case it was never tuned on: India and Pakistan in the Kashmir crisis of 1990, from the
 * rising in the valley (January) through the threats of war (March–April), the build-ups, the collapsed meeting in New
 * York and the Gates mission (May) to the foreign secretaries' talks on confidence-building measures (July–August)
 * (india-pakistan-1990.ts, a test fixture). What it holds the model to that the other cases did not: a crisis with no
 * recorded fire between the two armies at all — threats of war by the leaders, troops massed on both fronts, talks
 * that collapse, a third party's mission to head off a war — and talks after it with proposals on the table but no
 * agreement reached. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each
 * with its reason.
 *
 * A reading the calls take from §5b: troops massed against the other party (a `force-posture` act) are a threat of
 * force, coercion for about two weeks like a threat of war.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './india-pakistan-1990';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Pakistan 1990: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- January – February 1990: the rising, the first exchanges -----
  [
    '1990-01-24T12:00:00Z',
    3,
    'The foreign ministers’ talks ended yesterday without a breakthrough after Yaqub Khan’s warning of "perilous consequences"; Pakistan has kept its forces on the border this month after its winter exercises, trenches dug and ammunition out: a threat of force within two weeks',
  ],
  [
    '1990-02-20T12:00:00Z',
    2,
    'Three weeks since the Indian army chief’s "at any cost" and since the build-up reported for January; no threat of war, no armed action, no talks under way: critical rhetoric only',
  ],
  // ----- March – April 1990: the threats of war -----
  [
    '1990-03-14T12:00:00Z',
    3,
    'Bhutto promised a thousand years of war with India for Kashmir at Muzaffarabad yesterday: a threat of war within two weeks',
  ],
  [
    '1990-03-26T12:00:00Z',
    3,
    'Thirteen days after Bhutto’s thousand years of war: the threat of war is still within two weeks',
  ],
  [
    '1990-03-29T12:00:00Z',
    2,
    'Sixteen days after Bhutto’s speech and nothing hostile since: no threat of war in the last two weeks, no armed action, no talks: strained',
  ],
  [
    '1990-04-11T12:00:00Z',
    3,
    'V. P. Singh warned Pakistan in the Lok Sabha yesterday that it would not last a thousand hours of war: a threat of war within two weeks',
  ],
  [
    '1990-04-20T12:00:00Z',
    3,
    'Beg’s red alert and "ready for war" some eight days ago, V. P. Singh’s warning ten days ago: threats of war within two weeks',
  ],
  // ----- Late April – May 1990: New York, the build-ups, the Gates mission -----
  [
    '1990-04-27T12:00:00Z',
    3,
    'The foreign ministers’ meeting in New York broke down yesterday in bellicose statements, official contact cut: collapsed talks within two weeks, on top of the threats of war of the last fortnight',
  ],
  [
    '1990-05-08T12:00:00Z',
    3,
    'Troops massed on both fronts ten days ago (India in Kashmir and the Strike Corps in the south, Pakistan’s armour on the border), the New York talks collapsed twelve days ago: coercive',
  ],
  [
    '1990-05-20T12:00:00Z',
    3,
    'Gates is in Islamabad to head off a war, asking Pakistan to avoid new deployments; the armies massed at the end of April are still on the border, nothing pulled back: coercive, though the last dated threat is weeks old',
  ],
  [
    '1990-05-24T12:00:00Z',
    3,
    'Gates left New Delhi three days ago; the build-ups stand, no pull-back and no talks between the two: coercive',
  ],
  // ----- July – December 1990: the foreign secretaries -----
  [
    '1990-07-05T12:00:00Z',
    2,
    'Ten weeks since the last threat or build-up reported; US officials saw a modest reduction in tensions a week ago; no armed action ever recorded, talks to resume: strained',
  ],
  [
    '1990-07-19T18:00:00Z',
    2,
    'The foreign secretaries met in Islamabad for two days and claim some progress; India’s seven confidence-building proposals and Pakistan’s two draft agreements on the table, none agreed: talks holding, no agreement being implemented',
  ],
  [
    '1990-08-10T12:00:00Z',
    2,
    'Pakistan’s new government says its foreign policy is unchanged and wants good-neighbourly relations; the second round is due in New Delhi today; no agreement reached: strained',
  ],
  [
    '1990-12-31T12:00:00Z',
    2,
    'Nothing hostile recorded since the spring, but no agreement is being implemented: strained, not cooperative',
  ],
];

describe('escalation model v2 on India – Pakistan, 1990 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No source read dates a firing between the two armies in 1990 (the fixture's header): the crisis stays below
  // militarised on every call date, and no reason given is armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the United States and the Soviet Union are third parties; nothing of theirs
  // makes the level — not their registration, not the Gates mission, not US officials' warnings.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act (the Gates mission, US officials' warning)",
    definition.events.filter(
      (e) =>
        e.type === 'ThirdPartyEngagement' ||
        (e.type === 'StatementMade' && e.data.speaker.actorId === 'united-states'),
    ),
  );
});
