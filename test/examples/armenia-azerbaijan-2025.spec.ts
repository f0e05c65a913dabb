/**
 * Escalation model v2 on a seventh case it was never tuned on: the 2025
 * Armenia – Azerbaijan peace process (armenia-azerbaijan-2025.ts, a test
 * fixture). What it holds the model to that the other cases did not: the calm
 * end of the scale — no one killed, a text agreed but not signed, demands,
 * alleged border shootings without casualties, and an agreement being
 * implemented. The calls below were written from DOMAIN.md §5b alone, before
 * the model was run on the case, each with its reason; the model must agree
 * with every one.
 *
 * The three questions the case puts, as the calls settle them from §5b:
 * - Alleged shootings without casualties, denied by the other side: "armed
 *   action … alleged counts, graded by its sources". One side's claim is
 *   graded 3 (it counts; 4, "doubtful", would not). So 4 for a week after the
 *   last one and 3 for a month — never 5: fire without casualties is not
 *   "heavy" however often it is alleged.
 * - A demand that the other side change its constitution, with no deadline
 *   and no threatened consequence but not signing: a demand, not one of §5b's
 *   coercive acts (ultimatum, threat of war, collapsed talks, an attack blamed
 *   on the other, a closed border). Alone it leaves the level at 2.
 * - An agreement "being implemented": the joint declaration signed on
 *   8 August (its first step, the joint appeal to the OSCE, taken that day;
 *   the Minsk process closed on 1 September), not the treaty text agreed on
 *   13 March or initialled on 8 August, which is signed by no one and in
 *   force nowhere.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './armenia-azerbaijan-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Armenia – Azerbaijan: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2025-03-06T12:00:00Z',
    4,
    "Azerbaijan alleges Armenian fire on its positions yesterday (Armenia denies it; one side's claim, graded 3, counts): armed action in the last week, in breach of the 2020 ceasefire; no casualties, one place — not hostilities",
  ],
  [
    '2025-03-14T12:00:00Z',
    3,
    "The text of the peace agreement was agreed yesterday, but nothing is signed; Azerbaijan's preconditions are demands, not coercion; the alleged fire of 5 March is within the month, more than a week ago",
  ],
  [
    '2025-03-21T12:00:00Z',
    4,
    'Azerbaijan alleges Armenian fire on 17, 18–19 and 20 March, all denied, none with casualties: armed action in the last week; three alleged exchanges without a casualty are not heavy armed action',
  ],
  [
    '2025-04-28T12:00:00Z',
    4,
    'Armenia says Azerbaijani forces fired towards Khaznavar on 23 April (Baku calls it disinformation): alleged armed action five days ago, no casualties; the accusations traded since are words',
  ],
  [
    '2025-05-20T12:00:00Z',
    3,
    'The last alleged fire (23 April) is 27 days old: armed action within the month, none in the last week',
  ],
  [
    '2025-05-26T12:00:00Z',
    2,
    "No armed action for over a month (the last alleged, 23 April); Azerbaijan's demand that Armenia change its constitution stands, a demand with no deadline or threat; no agreement in force to implement",
  ],
  [
    '2025-07-11T12:00:00Z',
    2,
    'The leaders met in Abu Dhabi yesterday (progress, no agreement); nothing hostile since April; the treaty text is still unsigned',
  ],
  [
    '2025-08-09T12:00:00Z',
    1,
    "The joint declaration signed in Washington yesterday is being implemented (the joint appeal to close the Minsk Group was signed with it); the treaty is only initialled; Aliyev's insistence on the constitution is a demand; nothing hostile or threatening for over three months",
  ],
  [
    '2025-09-08T12:00:00Z',
    1,
    'A month after the summit: the OSCE closed the Minsk process on 1 September at the joint appeal — the declaration is being implemented; Aliyev restating his precondition is critical words, not a threat',
  ],
  [
    '2025-10-22T12:00:00Z',
    1,
    'Azerbaijan lifted its transit restrictions on goods to Armenia yesterday, after the leaders met in Copenhagen: the Washington declaration is being implemented; nothing hostile since April',
  ],
  [
    '2025-12-19T12:00:00Z',
    1,
    'The first Azerbaijani fuel shipment to Armenia, agreed by the deputy prime ministers in Gabala; the Minsk process closed on 30 November: implementation goes on, nothing hostile',
  ],
  [
    '2026-02-16T21:00:00Z',
    1,
    'The latest record: Aliyev in Munich keeps the constitution as his precondition but speaks of mutual understanding; the declaration still being implemented, nothing hostile or threatening since April 2025',
  ],
];

describe('escalation model v2 on the Armenia – Azerbaijan peace process of 2025 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // A demand is not coercion (§5b lists what is): Azerbaijan's preconditions and Aliyev restating them are never a
  // reason for a level above 2.
  it("Azerbaijan's preconditions (a new Armenian constitution, the Minsk Group closed) are never a reason for the level", () => {
    const demands = new Set(
      definition.events
        .filter(
          (e) =>
            e.type === 'DemandTabled' ||
            (e.type === 'StatementMade' && (e.data as { speaker: { name: string } }).speaker.name === 'Ilham Aliyev'),
        )
        .map((e) => e.eventId),
    );
    expect(demands.size).toBe(6);
    const cited = reasonsCiting(escalation, CALLS, demands, (r) => r.level > 1);
    expect(cited).toEqual([]);
  });

  // One side's unverified claim of fire counts (graded 3), and the view says what it rests on.
  it('the 4 for an alleged shooting says it rests on one source only, and three in three days without a casualty stay 4', () => {
    expect(escalation('2025-03-06T12:00:00Z').reasons[0]).toMatchObject({
      text: 'Armed action between Armenia and Azerbaijan on 2025-03-05 (1 day ago), in breach of the ceasefire agreed on 2020-11-10',
      thinEvidence: { reason: 'single-source' },
    });
    expect(escalation('2025-03-21T12:00:00Z').reasons.map((r) => r.rule)).toEqual(['armed-action']);
  });

  // The pair of actors matters (§5b): Iran's threat to make the Trump Route "a graveyard for Trump's mercenaries" is a
  // threat of war between Iran and the United States, not between the parties. (Iran's statement and Pezeshkian's
  // visit were recorded after the first run; the call of 9 August was not changed.)
  it("the day after the summit Iran's threat against the route is Iran – United States', and the parties' level stays 1", () => {
    const view = escalation('2025-08-09T12:00:00Z');
    expect(view.pair).toMatchObject({ actors: ['armenia', 'azerbaijan'], level: 1 });
    expect(view.pairs.find((p) => p.actors.join() === 'iran,united-states')).toMatchObject({ level: 3 });
  });

  // What is being implemented is the declaration the leaders signed, not the treaty text agreed in March.
  it('the day after the summit the agreement being implemented is the joint declaration of 8 August', () => {
    const view = escalation('2025-08-09T12:00:00Z');
    expect(view.reasons[0]?.text).toMatch(/^Agreement of 2025-08-08 being implemented/);
    expect(
      escalation('2025-03-14T12:00:00Z')
        .reasons.map((r) => r.text)
        .join('\n'),
    ).not.toMatch(/being implemented/);
  });
});

// Recorded as the agreement it is, with its statuses: the treaty is said among the conditions as what it is — its
// text agreed, then initialled — and never as being implemented.
describe('the treaty text of 13 March, recorded as an agreement with its statuses', () => {
  const treaty = (T: string) =>
    escalation(T)
      .conditions.filter((c) => c.kind === 'agreement')
      .map((c) => c.text);

  it('is a condition not being implemented: its text agreed in March, initialled from 8 August', () => {
    expect(treaty('2025-03-14T12:00:00Z')).toEqual(['Agreement of 2025-03-13 (text agreed): not being implemented']);
    expect(treaty('2025-08-09T12:00:00Z')).toEqual([
      'Agreement of 2025-08-08 being implemented; no hostile act or threat in the last 30 days',
      'Agreement of 2025-03-13 (initialled on 2025-08-08): not being implemented',
    ]);
  });
});
