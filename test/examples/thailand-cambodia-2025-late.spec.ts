/**
 * Escalation model v2 on a case it was never tuned on: Thailand – Cambodia from November 2025 to February 2026
 * (thailand-cambodia-2025-late.ts, a test fixture) — the landmine and the suspended declaration, the December war,
 * the ceasefire of 27 December and the release of the 18 soldiers. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './thailand-cambodia-2025-late';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2025-11-05T12:00:00Z',
    3,
    'The Kuala Lumpur declaration is being implemented and no armed action for three months, but the crossings are closed against Cambodia and its 18 soldiers held',
  ],
  [
    '2025-11-10T23:59:00Z',
    4,
    'A ceasefire violated with casualties today: Thailand says a newly laid Cambodian mine maimed its soldiers, and suspends the declaration',
  ],
  [
    '2025-11-14T12:00:00Z',
    4,
    'Exchange of fire at Ban Nong Ya Kaeo two days ago: armed action in the last week, no new ceasefire since',
  ],
  [
    '2025-11-20T12:00:00Z',
    3,
    'Eight days after the last armed action and ten after the mine: within the month, no longer the week; border closed',
  ],
  [
    '2025-12-05T12:00:00Z',
    3,
    'Armed action 23 days ago; the declaration suspended, the border closed, the soldiers held',
  ],
  [
    '2025-12-07T23:59:00Z',
    4,
    'A twenty-minute exchange of fire wounding two Thai soldiers in Ubon Ratchathani: armed action, one place, no dead',
  ],
  [
    '2025-12-08T23:59:00Z',
    5,
    'Clashes in Ubon Ratchathani, Thai air strikes, shelling killing civilians in Preah Vihear and Oddar Meanchey: heavy, several places; the July truce collapsed',
  ],
  [
    '2025-12-20T23:59:00Z',
    5,
    "Air strikes on Poipet, O'Chik bridge and Thma Da and the marines at Ban Tha Sen in three days: heavy fighting in several places, no ceasefire",
  ],
  [
    '2025-12-26T23:59:00Z',
    5,
    'Air strikes on Banan (24th) and Nong Chan (26th) while the GBC talks; a Thai threat of full-scale operations; the war has killed over a hundred; no ceasefire',
  ],
  [
    '2025-12-28T12:00:00Z',
    4,
    'The ceasefire is in force since noon yesterday, so no longer hostilities, but the bombing was two days ago and the ceasefire has not held three days',
  ],
  [
    '2025-12-30T12:00:00Z',
    3,
    'The ceasefire has held three days (the drones Thailand alleges are no fire, no casualties); armed action within the month; border closed; soldiers still held',
  ],
  [
    '2026-01-03T12:00:00Z',
    3,
    'Soldiers released, ceasefire holding a week, but armed action eight days ago is within the month and the crossings stay closed',
  ],
  ['2026-01-20T12:00:00Z', 3, 'Armed action 25 days ago, within the month; the crossings closed'],
  [
    '2026-02-05T12:00:00Z',
    3,
    'No armed action for over a month and the ceasefire holding, but the border crossings are still closed against Cambodia',
  ],
  ['2026-02-25T12:00:00Z', 3, 'Two months of quiet, but the border is still closed'],
];

describe('escalation model v2 on Thailand – Cambodia, November 2025 – February 2026 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
