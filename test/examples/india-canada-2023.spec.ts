/**
 * Escalation model v2 on a case it was never tuned on: India and Canada from the killing of Hardeep Singh Nijjar in
 * Surrey (18 June 2023) to the launch of trade negotiations at the G20 in Johannesburg (23 November 2025)
 * (india-canada-2023.ts, a test fixture; the United States and the World Sikh Organization as third parties). What it
 * holds the model to that the other cases did not: a killing on one party's soil laid by its head of government on
 * agents of the other; tit-for-tat expulsions and a visa suspension; a demand to cut diplomatic staff with a deadline
 * and a sanction, met under protest; no armed action at all between the pair; a second round of blame a year later;
 * and the slow return to cooperation under a new government. The calls below were written from DOMAIN.md §5b alone,
 * before the model was run on the case, each with its reason. All twenty are in CALLS, which the model must agree with.
 *
 * The first run missed one of the twenty calls. It was not a rule misread; the model is unchanged.
 * - 24 October 2023, called 3, read 2: the call was wrong by §5b (revised, see its comment). It counted India's
 *   ultimatum as weighing for two weeks after Canada met it; §5b counts an ultimatum among the acts of the last ~2 weeks
 *   (this one was issued on 3 October, three weeks before) and, as a lasting condition, only while it lasts.
 * One test written with the calls also failed: it expected the ultimatum to be cited nowhere after it was met, but the
 * model names it for a month after (the lead's reading: an ultimatum in force on any day of the last month keeps the
 * level from 1), at level 2; the test now asserts that reading.
 *
 * What the model reads as the calls do, and why: the killing itself (a `militant-attack` on Canadian soil with no
 * perpetrator named) weighs on nothing until Trudeau lays it on India's agents (18 September 2023), and again when
 * Joly names six Indian diplomats persons of interest in the case (14 October 2024): each is an attack blamed on the
 * other party, coercive for two weeks. The expulsions, the visa suspension and the RCMP's wider accusations are
 * hostile statements (strained), not §5b's coercive acts; the demand for parity with a deadline is an ultimatum,
 * coercive while it stands. The thaw reads 1 from the day after the Kananaskis agreement, nothing hostile having been
 * recorded since the January exchange over the inquiry.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itCitesNone,
  itReadsEachCall,
  itReadsNoArmedAction,
} from './case-log';
import definition from './india-canada-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Canada: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- June – September 2023: the killing, then the accusation -----
  [
    '2023-06-25T12:00:00Z',
    2,
    'A week after Nijjar was shot by masked gunmen in Surrey; no one has laid the killing on India, and nothing hostile between the two governments is recorded, but nothing agreed between them is being implemented either: strained, not cooperative',
  ],
  [
    '2023-09-15T12:00:00Z',
    2,
    'Trudeau raised the killing with Modi at the G20 five days ago and Modi chided him over separatist protests: critical rhetoric, no threat, nothing coercive: strained',
  ],
  [
    '2023-09-19T12:00:00Z',
    3,
    "Yesterday Trudeau told Parliament of 'credible allegations' linking agents of India's government to the killing of a Canadian on Canadian soil, and each side has expelled a diplomat: an attack blamed on the other party in the last two weeks: coercive",
  ],
  [
    '2023-09-22T12:00:00Z',
    3,
    'India suspended visa services for Canadians yesterday and accuses Canada of sheltering terrorists; the blame for the killing is four days old: coercive',
  ],
  [
    '2023-10-01T12:00:00Z',
    3,
    "Thirteen days after Trudeau laid the killing on India's agents, still within the two weeks; visas still suspended: coercive",
  ],
  // ----- October 2023: the demand for parity with a deadline -----
  [
    '2023-10-05T12:00:00Z',
    3,
    'India has told Canada to withdraw 41 of its 62 diplomats by 10 October or see their immunity revoked: an ultimatum in force: coercive',
  ],
  [
    '2023-10-15T12:00:00Z',
    3,
    'The deadline has passed and the diplomats are still there, the threat to strip their immunity unresolved: an ultimatum in force: coercive',
  ],
  // Revised after the first run (b): written as 3 ("the ultimatum was in force within the last two weeks"). §5b counts
  // an ultimatum among the acts of the last ~2 weeks (this one was issued three weeks ago) and, as a lasting condition,
  // "while it lasts" (DOMAIN.md §5b: an active ultimatum weighs while it lasts); met five days ago, it is neither. What
  // it still does is keep the level from 1 for a month (the lead's reading), which is moot here: nothing is agreed.
  [
    '2023-10-24T12:00:00Z',
    2,
    'Canada withdrew the 41 five days ago under the threat: the ultimatum, issued three weeks ago, was met and no longer weighs as coercion; India and Canada trade accusations over it, and nothing is agreed: strained',
  ],
  [
    '2023-11-06T12:00:00Z',
    2,
    'Eighteen days since the ultimatum was met; India resumed some visa services on 26 October; the accusations stand on both sides and nothing is agreed: strained',
  ],
  [
    '2023-11-25T12:00:00Z',
    2,
    'E-visas restored three days ago: a measure eased, but the accusation, the expulsions and the reduced missions stand, and nothing is agreed between them: strained',
  ],
  // ----- 2024: the arrests, the RCMP's accusations and the second expulsions -----
  [
    '2024-05-06T12:00:00Z',
    2,
    'Three Indian nationals arrested for the murder three days ago; the RCMP says it is investigating connections to the government of India but lays nothing on it: accusations in the air, nothing coercive: strained',
  ],
  [
    '2024-10-13T12:00:00Z',
    2,
    'The eve of the second rupture: the last blame was laid thirteen months ago, the missions stand reduced, nothing agreed: strained',
  ],
  [
    '2024-10-15T12:00:00Z',
    3,
    "Yesterday Canada named India's high commissioner and five diplomats persons of interest in the Nijjar case and expelled them, the RCMP linking agents of India's government to homicides and violence; India expelled six Canadians: an attack blamed on the other party in the last two weeks: coercive",
  ],
  [
    '2024-10-27T12:00:00Z',
    3,
    'Thirteen days after the killing was laid on India again, still within the two weeks: coercive',
  ],
  [
    '2024-11-05T12:00:00Z',
    2,
    "Twenty-two days since the blame; Morrison's naming of Amit Shah accuses India of a campaign but names no attack, and India's 'serious consequences for bilateral ties' is a warning, not a threat of war: strained",
  ],
  // ----- 2025: the inquiry, then the thaw -----
  [
    '2025-01-30T12:00:00Z',
    2,
    "The inquiry names India the second most active foreign interferer and India rejects its 'insinuations': accusations and critical rhetoric, nothing coercive: strained",
  ],
  [
    '2025-06-16T12:00:00Z',
    2,
    "Carney has invited Modi to Kananaskis and Modi promises to work 'with renewed vigour', but nothing is agreed yet and there are no high commissioners: strained",
  ],
  [
    '2025-06-20T12:00:00Z',
    1,
    'Three days ago the two leaders agreed to designate new high commissioners and restore regular services, and set about it; nothing hostile between them since the January exchange over the inquiry, far more than a month: cooperative',
  ],
  [
    '2025-09-01T12:00:00Z',
    1,
    'The high commissioners named four days ago: the Kananaskis agreement carried out, nothing hostile for seven months: cooperative',
  ],
  [
    '2025-11-25T12:00:00Z',
    1,
    'The leaders agreed two days ago to launch negotiations for an economic partnership agreement, after the October roadmap: agreements being implemented and nothing hostile: cooperative',
  ],
];

describe('escalation model v2 on India – Canada, 2023–25 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No force between the two (§5b): a killing by gunmen on Canadian soil, laid on India's agents, expulsions, visas
  // suspended; no shot fired between the parties' forces.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the United States and the World Sikh Organization are third parties; neither
  // their registration nor their words make the pair's level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration or statement",
    definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        (e.type === 'StatementMade' && ['united-states', 'world-sikh-organization'].includes(e.data.speaker.actorId)),
    ),
  );

  // Trudeau's statement in Parliament is what turns the level: cited the day after, not the week before.
  it("Trudeau's blame is a reason the day after he made it, and not before", () => {
    const blame = definition.events.find(
      (e) => e.type === 'StatementMade' && e.data.blames !== undefined && e.occurredAt === '2023-09-18',
    );
    expect(blame).toBeDefined();
    const ats = ['2023-09-15T12:00:00Z', '2023-09-19T12:00:00Z'];
    expect(datesCiting(escalation, ats, blame?.eventId ?? '')).toEqual(['2023-09-19T12:00:00Z']);
  });

  // An active ultimatum weighs while it lasts (§5b): the first reason while India's deadline stood; once met, no longer
  // coercion, but still named for a month (the lead's reading: an ultimatum in force on any day of the last month keeps
  // the level from 1), and not after.
  it('the parity ultimatum makes the level while in force, is still named for a month after it was met, then not', () => {
    const ultimatum = definition.events.find((e) => e.type === 'UltimatumIssued');
    expect(ultimatum).toBeDefined();
    const id = ultimatum?.eventId ?? '';
    const first = (at: string) => escalation(at).reasons[0]?.rule;
    expect([first('2023-10-05T12:00:00Z'), first('2023-10-15T12:00:00Z')]).toEqual([
      'ultimatum-active',
      'ultimatum-active',
    ]);
    const ats = ['2023-09-22T12:00:00Z', '2023-10-05T12:00:00Z', '2023-11-06T12:00:00Z', '2023-11-25T12:00:00Z'];
    expect(datesCiting(escalation, ats, id)).toEqual(['2023-10-05T12:00:00Z', '2023-11-06T12:00:00Z']);
    expect(escalation('2023-11-06T12:00:00Z').level).toBe(2);
  });
});
