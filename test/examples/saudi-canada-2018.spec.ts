/**
 * Escalation model v2 on a case it was never tuned on: Saudi Arabia and Canada from Canada's calls for the release of
 * Samar Badawi and other activists (August 2018) to the restoration of relations announced on 24 May 2023
 * (saudi-canada-2018.ts, a test fixture; the UAE and the United States as third parties). What it holds the model to
 * that the other cases did not: a dispute with no force at all between two distant states — an ambassador expelled,
 * trade, investment, flights, students and grain cut off, a demand for a retraction never met, Canada's arms-permit
 * freeze and sanctions after Khashoggi's killing — then years of frozen relations with nothing recorded, and a
 * restoration with no other agreement. The calls below were written from DOMAIN.md §5b alone, before the model was run
 * on the case, each with its reason. All fifteen are in CALLS, which the model must agree with.
 *
 * The first run missed none, and the model is unchanged. It reads strained through the break for the reason the calls
 * give (no armed action, ultimatum, threat of war or collapse of talks; hostile statements in the window, then none),
 * keeps strained through the years with nothing recorded because no agreement is being implemented, and reads
 * cooperative from the day after the restoration, citing it. What would have turned the last two calls is a recording
 * choice, not a rule: had al-Jubeir's "no reconciliation unless Canada recants" been recorded as an ultimatum (it has no
 * deadline and announces no new consequence, so the fixture records a demand), the model would read it as an active
 * ultimatum — coercive from 8 August 2018 and, never resolved, still coercive on both dates of 2023 (tried on a copy of
 * the log, not kept): an active ultimatum weighs while it lasts (DOMAIN.md §5b), so the recording choice decides the
 * whole case.
 */
import { foldViews, matrixView } from '@parley/projections';
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './saudi-canada-2018';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Saudi Arabia – Canada: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2018-08-04T12:00:00Z',
    2,
    "Freeland and Global Affairs Canada call on Riyadh to release Samar Badawi and the other activists 'immediately': critical rhetoric and a demand, no threat, no measure, nothing agreed being implemented: strained",
  ],
  [
    '2018-08-06T12:00:00Z',
    2,
    "Saudi Arabia expelled Canada's ambassador yesterday, recalled its own and froze new trade and investment, 'retaining its right to take further action': hostile measures and a warning, but none of §5b's coercive acts — no ultimatum, no threat of war, no talks broken off, no border closed (flights suspended, no crossing shut): strained",
  ],
  [
    '2018-08-09T12:00:00Z',
    2,
    'Students and patients ordered out, Canadian wheat refused, assets reportedly sold; al-Jubeir demands that Canada retract, with no deadline, and Trudeau refuses: a demand refused and economic measures, no ultimatum or threat of war: strained',
  ],
  [
    '2018-08-24T12:00:00Z',
    2,
    'Two weeks on, the measures stand and the demands on both sides are refused; the United States says it is committed to both: nothing coercive, accusations standing: strained',
  ],
  [
    '2018-09-27T12:00:00Z',
    2,
    "Al-Jubeir in New York: 'You owe us an apology … say you made a mistake'; Freeland hopes to meet him: a demand repeated, an opening offered, no threat: strained",
  ],
  [
    '2018-10-26T12:00:00Z',
    2,
    "Trudeau says Canada is reviewing its arms export permits to Saudi Arabia after Khashoggi's killing: critical rhetoric and a measure under review: strained",
  ],
  [
    '2018-11-30T12:00:00Z',
    2,
    "Canada sanctioned 17 Saudi nationals yesterday and froze new arms permits, calling Riyadh's explanations not credible: a sanction and an accusation, no threat of force: strained",
  ],
  [
    '2018-12-18T12:00:00Z',
    2,
    'Trudeau looks for a way out of the LAV contract: critical rhetoric; the Saudi measures and the expulsion still unresolved: strained',
  ],
  [
    '2019-08-01T12:00:00Z',
    2,
    'Nothing recorded between the two for seven months, but there are no ambassadors, the Saudi freeze stands and the demand for a retraction is unmet: no agreement being implemented, so not cooperative; nothing coercive: strained',
  ],
  [
    '2020-04-12T12:00:00Z',
    2,
    'Canada lifted its freeze on arms export permits three days ago and renegotiated the LAV contract: a hostile measure eased, but relations still broken and nothing agreed between the two: strained',
  ],
  [
    '2021-08-01T12:00:00Z',
    2,
    'A year and more with nothing recorded; relations still frozen, no ambassadors, no agreement: strained',
  ],
  [
    '2022-11-20T12:00:00Z',
    2,
    'Trudeau and Mohammed bin Salman discussed restoring relations at APEC two days ago (known only from 2023): talks holding, nothing decided: strained',
  ],
  [
    '2023-05-23T12:00:00Z',
    2,
    'The eve of the restoration: the APEC talk six months old, nothing agreed yet, relations at chargé level: strained',
  ],
  [
    '2023-05-25T12:00:00Z',
    1,
    "Relations restored yesterday 'to their previous state', Canada's new ambassador named: an agreement being implemented, and no hostile act or threat between the two for years (the last was December 2018), far more than a month: cooperative",
  ],
  ['2023-07-15T12:00:00Z', 1, 'Seven weeks into the restoration, nothing hostile between the two: cooperative'],
];

describe('escalation model v2 on Saudi Arabia – Canada, 2018–23 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No force between the two (§5b): an expulsion, trade and travel measures, sanctions on individuals, no shot fired.
  itReadsNoArmedAction(escalation, CALLS);

  // The restoration is what makes 1: it is cited the day after it, not the day before.
  it('the restoration of relations is a reason the day after it is announced, and not the day before', () => {
    const restoration = definition.events.find((e) => e.type === 'AgreementReached');
    expect(restoration).toBeDefined();
    const ats = ['2023-05-23T12:00:00Z', '2023-05-25T12:00:00Z'];
    expect(datesCiting(escalation, ats, restoration?.eventId ?? '')).toEqual(['2023-05-25T12:00:00Z']);
  });

  // The demand-acceptance matrix (DOMAIN.md §5): each side refused the other's demand, and neither was ever met.
  it('the matrix shows both demands contested: the release refused by Riyadh, the retraction refused by Ottawa', () => {
    const m = matrixView(foldViews(entries));
    const consensus = Object.fromEntries(m.rows.map((r) => [r.demandId, r.consensus]));
    expect(consensus).toEqual({ 'release-activists': 'contested', 'retract-criticism': 'contested' });
  });
});
