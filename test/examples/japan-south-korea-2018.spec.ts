/**
 * Escalation model v2 on a case it was never tuned on: Japan and South Korea from the forced-labour ruling of October
 * 2018 to the settlement of 2023 (japan-south-korea-2018.ts, a test fixture; the United States mediating from August
 * 2019). What it holds the model to that the other cases did not: a dispute between two allies with no force at all —
 * demands under a treaty, trade measures imposed and lifted, an intelligence agreement given notice and kept, one
 * military incident (a radar lock-on, then a fly-by) with no shot and no harm — kept at strained, coercive only while
 * talks had just been broken off, never militarised; and cooperative only once the 2023 agreement is being implemented
 * and a month has passed without a hostile act. The calls below were written from DOMAIN.md §5b alone, before the
 * model was run on the case, each with its reason. Eighteen are in CALLS, which the model must agree with; two are in
 * LEFT, kept as written with the model's level asserted beside them.
 *
 * The first run missed two calls; none was a rule misread, and the model is unchanged.
 * - 17 and 25 March 2023: the calls are 2, the model reads 1 (the agreement of 16 March being implemented, no hostile
 *   act or threat in 30 days). The analyst sees Japan's export controls on the three chemicals in force until the 23rd
 *   — a standing measure against the other party, which keeps the level from 1 as a closed border does while it lasts
 *   and for the month after it is lifted. But a trade measure has no type of its own: it is recorded as a statement
 *   coded 163 on the day it was imposed (July 2019) and its lifting as another, coded 085, with nothing linking the
 *   two, so the log cannot say the controls were in force in March 2023 (LEFT, d). Recording the agreement of 16 March
 *   as only agreed, in force from the 23rd, would have turned the first call, but the sources report a decision taken
 *   and announced that day, not a text awaiting signature: the fixture records it as agreed.
 */
import { foldViews, matrixView } from '@parley/projections';
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  itReadsNoArmedAction,
  type LeftCall,
} from './case-log';
import definition from './japan-south-korea-2018';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Japan – South Korea: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2018-11-05T12:00:00Z',
    2,
    'Japan protests the Supreme Court ruling as a breach of the 1965 agreement and demands that Seoul remedy it, weighing the ICJ: accusations and a demand; no threat, no force, no talks broken off: strained',
  ],
  [
    '2018-12-21T12:00:00Z',
    2,
    'Japan says a Korean destroyer locked its fire-control radar on a patrol plane yesterday; Seoul denies it. A show of force with no shot fired and no one harmed, not armed action; protests, no threat of war: strained',
  ],
  [
    '2019-01-24T12:00:00Z',
    3,
    "Japan broke off the defence consultations on the radar incident three days ago (talks collapsed, within two weeks); yesterday's fly-by is called a provocation by Seoul, which warns that its forces will respond: coercive",
  ],
  [
    '2019-02-08T12:00:00Z',
    2,
    'Eighteen days since Japan broke off the radar consultations: nothing coercive in the last two weeks, the accusations on both sides stand: strained',
  ],
  [
    '2019-06-20T12:00:00Z',
    2,
    "Japan asks for a panel of third-country arbitrators; Seoul counters with its joint fund and Japan rejects it the same day: demands and refusals under the treaty's own steps, no ultimatum, no threat: strained",
  ],
  [
    '2019-07-06T12:00:00Z',
    2,
    "Japan's export controls on three chemicals took effect two days ago, with an accusation of lax Korean controls: a trade measure, none of §5b's coercive acts (no ultimatum, no threat of war, no border closed, no talks broken off): strained",
  ],
  [
    '2019-08-03T12:00:00Z',
    2,
    "Japan's cabinet removed South Korea from its white list yesterday; Moon warns that Japan will 'endure huge damage' and Seoul will answer in kind: an economic threat and accusations, no threat of war, no border closed: strained",
  ],
  [
    '2019-08-25T12:00:00Z',
    2,
    "Seoul gave notice two days ago that it ends GSOMIA, blaming Japan's trade measures; Japan protests; the foreign ministers met without progress: withdrawing from an agreement is hostile but not coercive, talks without progress are not talks broken off: strained",
  ],
  [
    '2019-11-23T12:00:00Z',
    2,
    "Seoul suspended its GSOMIA notice hours before expiry yesterday and paused its WTO complaint; export-control talks to resume. But Japan's controls and both white-list removals stay in force and the forced-labour dispute is open: talks holding, nothing settled: strained",
  ],
  [
    '2019-12-26T12:00:00Z',
    2,
    "Abe and Moon met in Chengdu two days ago, after the first export-control dialogue in three years: talks holding; Japan's controls and both white-list removals still in force, the WTO complaint only paused: strained, no settlement being implemented",
  ],
  [
    '2020-06-05T12:00:00Z',
    2,
    'Seoul resumed its WTO complaint three days ago, saying Japan never answered: a legal challenge and accusations, the measures in force; nothing coercive: strained',
  ],
  [
    '2021-01-11T12:00:00Z',
    2,
    "Japan lodged an 'extremely strong protest' against the comfort-women ruling three days ago; the trade measures of 2019 still in force: accusations: strained",
  ],
  [
    '2021-04-15T12:00:00Z',
    2,
    "Seoul summoned Japan's ambassador two days ago over the Fukushima water, a decision it 'can never accept': accusations, the trade measures in force: strained",
  ],
  [
    '2022-08-01T12:00:00Z',
    2,
    "Nothing recorded between the two for over a year, but Japan's export controls and both white-list removals are still in force, the WTO case pending, the rulings unsettled: standing hostile measures and nothing agreed on the dispute being implemented: strained",
  ],
  [
    '2022-11-15T12:00:00Z',
    2,
    'Yoon and Kishida met in Phnom Penh two days ago and agreed to seek a swift resolution: talks holding; the trade measures still in force: strained',
  ],
  [
    '2023-04-11T12:00:00Z',
    2,
    "Seoul summoned Japan's chargé two weeks ago to protest textbooks with 'unjust claims over Dokdo': an accusation within the month, although the agreement is being implemented: strained",
  ],
  [
    '2023-05-08T12:00:00Z',
    1,
    "The agreement is being implemented — the controls lifted on 23 March, Japan back on Seoul's white list, Japan's own procedure begun, Kishida in Seoul yesterday — and no hostile act or threat since the protest of 28 March, more than a month: cooperative",
  ],
  [
    '2023-07-25T12:00:00Z',
    1,
    "South Korea back on Japan's white list since 21 July: every 2019 measure undone, the agreement implemented; nothing hostile between the two since March: cooperative",
  ],
];

/**
 * Left as the model reads them (d: the log cannot say what the analyst sees), each call kept as written, with the
 * model's level and the rule it gives.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2023-03-17T12:00:00Z',
      2,
      'The Tokyo summit yesterday, with the agreement that Japan lifts its controls and Seoul withdraws its WTO complaint; the controls are still in force until Japan lifts them: an agreement reached, not yet applied, a standing measure in force: strained',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
  {
    call: [
      '2023-03-25T12:00:00Z',
      2,
      'Japan lifted the controls two days ago and Seoul withdrew its WTO complaint: the agreement is being implemented, but the controls, a hostile measure against the other party, were in force two days ago, not a month: strained',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

describe('escalation model v2 on Japan – South Korea, 2018–23 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // No force between the two (§5b): a radar lock-on and a fly-by are shows of force, no shot fired, no one harmed.
  itReadsNoArmedAction(escalation, [...CALLS, ...LEFT.map((l) => l.call)]);

  // The one coercive stretch: Japan breaking off the radar consultations (21 January 2019) is what makes 3, and only for
  // the two weeks of §5b's window.
  it('the radar consultations broken off are the reason for coercive three days later, and no longer after two weeks', () => {
    const collapse = definition.events.find(
      (e) => e.type === 'TalksRoundConcluded' && e.data.roundId === 'radar-consultations-2019-01',
    );
    expect(collapse).toBeDefined();
    const cited = (at: string) =>
      escalation(at).reasons.filter((r) => r.level === 3 && r.eventIds.includes(collapse?.eventId ?? '')).length;
    expect([cited('2019-01-24T12:00:00Z'), cited('2019-02-08T12:00:00Z')]).toEqual([1, 0]);
  });

  // The demand-acceptance matrix (DOMAIN.md §5): the two demands the 2023 settlement answered are agreed, the
  // arbitration Seoul refused is contested.
  it('the matrix shows the settlement: the ruling remedied and the controls lifted agreed, arbitration contested', () => {
    const m = matrixView(foldViews(entries));
    const consensus = Object.fromEntries(m.rows.map((r) => [r.demandId, r.consensus]));
    expect(consensus).toMatchObject({
      'remedy-forced-labour-rulings': 'agreed',
      'withdraw-export-controls': 'agreed',
      'claims-agreement-arbitration': 'contested',
    });
  });
});
