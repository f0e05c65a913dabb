/**
 * Escalation model v2 on the first case after its last development in the analysts' file (20 November): the
 * Peshawar attack and the strikes the Taliban blamed on Pakistan (24–25 November), Pakistan saying the ceasefire
 * was not holding, the Riyadh meeting (30 November), the exchange of fire at Chaman / Spin Boldak (5 December) and
 * the warnings and the North Waziristan attack after it (to 19 December). The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on these dates, each with its reason as in the analysts'
 * judgements file (which stays theirs: its twelve calls are checked by `npm run calibrate`).
 */
import definition from '../../examples/pakistan-afghanistan-2025';
import { caseEntries, escalationAt } from './case-log';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly (readonly [string, 1 | 2 | 3 | 4 | 5, string])[] = [
  [
    '2025-11-24T12:00:00Z',
    3,
    "Suicide attack on the Federal Constabulary headquarters in Peshawar this morning, blamed on Afghanistan; the 'final message' reported; the border closed. No armed action between the states since 17 October",
  ],
  [
    '2025-11-25T12:00:00Z',
    4,
    'Strikes overnight in Khost, Kunar and Paktika that the Taliban blame on Pakistan (ten civilians killed by their account; Pakistan denies): the Doha ceasefire violated with casualties. Not hostilities: the ceasefire still stands and the other side has not fought back',
  ],
  [
    '2025-11-26T23:59:00Z',
    4,
    'The ceasefire was violated with casualties two days ago; the Taliban promise a response at a time of their choosing',
  ],
  [
    '2025-11-28T23:59:00Z',
    4,
    "Pakistan's Foreign Office says the ceasefire is not holding; the alleged strikes are four days old",
  ],
  [
    '2025-12-02T23:59:00Z',
    3,
    "The alleged strikes are eight days old: armed action within the month. The Riyadh meeting (30 Nov) made no progress; the border stays closed and the 'final message' stands",
  ],
  [
    '2025-12-05T23:59:00Z',
    4,
    'Exchange of fire at Chaman / Spin Boldak from about 22:00 local time, each side blaming the other; four Afghan civilians killed by Afghan officials’ account. Armed action today, but one sector and a handful killed: not hostilities',
  ],
  ['2025-12-06T12:00:00Z', 4, 'The morning after the Chaman / Spin Boldak fighting; no ceasefire agreed since'],
  [
    '2025-12-08T23:59:00Z',
    4,
    "Pakistan's army chief tells Kabul to choose between Pakistan and the TTP; the exchange of fire was three days ago",
  ],
  [
    '2025-12-11T12:00:00Z',
    4,
    'The exchange of fire is six days old; Kabul’s clerics rule out fighting abroad, Pakistan waits for written assurances and warns at the Security Council of defensive measures',
  ],
  [
    '2025-12-15T23:59:00Z',
    3,
    "Armed action ten days ago (within the month); Pakistan's warning at the Security Council (10 Dec) within two weeks; the border stays closed",
  ],
  [
    '2025-12-20T23:59:00Z',
    3,
    'Attack on a camp in North Waziristan (19 Dec) that Pakistan blames on militants operating from Afghanistan, with a demarche to Kabul; the last armed action between the states fifteen days ago; the border closed',
  ],
];

describe('escalation model v2 on the first case after 20 November (dates not in the analysts’ file)', () => {
  it.each(CALLS)('at %s the analyst calls level %i: %s', (at, level) => {
    const view = escalation(at);
    expect({ at, level: view.level, reasons: view.reasons.map((r) => r.text) }).toMatchObject({ at, level });
  });
});
