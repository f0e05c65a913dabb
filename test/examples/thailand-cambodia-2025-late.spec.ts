/**
 * Escalation model v2 on a case it was never tuned on: Thailand – Cambodia from November 2025 to February 2026
 * (thailand-cambodia-2025-late.ts, a test fixture) — the landmine and the suspended declaration, the December war,
 * the ceasefire of 27 December and the release of the 18 soldiers. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason. Thirteen are in CALLS, which the model must
 * agree with; two are in LEFT, kept as written.
 *
 * The first run missed two of the fifteen calls. None was a rule misread; the model is unchanged.
 * - 30 December 2025 and 3 January 2026, called 3, read 4: left as the model reads them (LEFT): the drone incursion
 *   Thailand alleged as a breach of the new ceasefire is read as alleged fire, which the log cannot contradict.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itLeavesEachCall, itReadsEachCall, type LeftCall } from './case-log';
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
  ['2026-01-20T12:00:00Z', 3, 'Armed action 25 days ago, within the month; the crossings closed'],
  [
    '2026-02-05T12:00:00Z',
    3,
    'No armed action for over a month and the ceasefire holding, but the border crossings are still closed against Cambodia',
  ],
  ['2026-02-25T12:00:00Z', 3, 'Two months of quiet, but the border is still closed'],
];

// Left as the model reads them (both written before the run as 3, read 4). The Thai army alleged on 29 December that
// more than 250 Cambodian drones flew into Thai airspace on the night of the 28th and called it a breach of the
// ceasefire: an analyst records the violation Thailand alleges (CeasefireViolationReported). The catalogue cannot say
// that the violation alleged was no fire (the event has no field for what was done, only casualties), and the model
// reads a reported violation without casualties as alleged armed action of the minor kind (an exchange of fire) — the
// reading the first Thailand–Cambodia case needs for the mortar and small-arms breaches of 29–30 July. So the log
// holds armed action on 28 December in breach of the new ceasefire, and level 4 for a week after it. The analyst sees
// no fire after noon on 27 December. Not a rule misread (for the fire it was made for, it reads right), not a recording
// error (Thailand did allege a violation): the log cannot say what the analyst sees. The question for the lead is a
// field on CeasefireViolationReported saying whether fire was alleged.
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2025-12-30T12:00:00Z',
      3,
      'The ceasefire has held three days (the drones Thailand alleges are no fire, no casualties); armed action within the month; border closed; soldiers still held',
    ],
    model: 4,
    rule: 'armed-action',
  },
  {
    call: [
      '2026-01-03T12:00:00Z',
      3,
      'Soldiers released, ceasefire holding a week, but armed action eight days ago is within the month and the crossings stay closed',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Thailand – Cambodia, November 2025 – February 2026 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT, (view) => {
    expect(view.reasons[0]?.text).toMatch(
      /^Armed action between Cambodia and Thailand on 2025-12-28 .*in breach of the ceasefire agreed on 2025-12-27$/,
    );
  });

  it('a week after the drones Thailand alleged, the closed crossings and the December war within the month keep level 3', () => {
    const view = escalation('2026-01-04T12:00:00Z');
    expect(view.level).toBe(3);
    expect(view.reasons.map((r) => r.text)).toContain('Border closed since 2025-06-23');
  });
});
