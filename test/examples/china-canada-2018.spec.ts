/**
 * Escalation model v2 on a case it was never tuned on: China and Canada from the arrest in Vancouver of Huawei's CFO
 * Meng Wanzhou at the US request (1 December 2018) to the release on one day of Meng and of Michael Kovrig and Michael
 * Spavor (24 September 2021) and Canada's diplomatic boycott of the Beijing Olympics (December 2021)
 * (china-canada-2018.ts, a test fixture; the United States as a third party). What it holds the model to that the other
 * cases did not: an arrest of one party's national by the other on a third party's warrant (not a detention of the
 * other's people), the detention of the other's nationals as leverage for 1,019 days, trade bans and threats that name
 * no force, no force between forces at any time, a release on the same day by both, and no agreement between the pair
 * after it. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its
 * reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './china-canada-2018';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for China – Canada: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- December 2018: the arrest, the protest, the detentions -----
  [
    '2018-12-07T12:00:00Z',
    2,
    "Canada has arrested Meng on a US warrant, a court process on a third party's request; China protests and demands her release: accusations and critical rhetoric, no threat, ultimatum or force: strained",
  ],
  [
    '2018-12-09T12:00:00Z',
    2,
    "China warns of 'grave consequences' if Meng is not freed: a threat that names no force and sets no deadline — neither a threat of war nor an ultimatum: still strained",
  ],
  [
    '2018-12-11T12:00:00Z',
    3,
    "China has detained two Canadians, Kovrig and Spavor, in what the sources read as retaliation: the other party's people held as leverage, force short of armed action, in force: coercive",
  ],
  [
    '2019-01-20T12:00:00Z',
    3,
    'The two Michaels are still held; Schellenberg resentenced to death and both governments trade criticism: the detention weighs while it lasts: coercive',
  ],
  // ----- 2019: the trade bans -----
  [
    '2019-03-25T12:00:00Z',
    3,
    'China halts Canadian canola purchases while the two Canadians stay held: hostile measures on top of a detention in force: coercive',
  ],
  ['2019-05-20T12:00:00Z', 3, 'Kovrig and Spavor formally arrested for espionage: the detention goes on: coercive'],
  [
    '2019-07-01T12:00:00Z',
    3,
    'China has suspended all Canadian meat imports; the two still held: coercive, no force between forces',
  ],
  [
    '2019-11-10T12:00:00Z',
    3,
    'China lifts the meat ban, a conciliatory step, but the two Canadians remain detained: the lasting condition keeps it coercive',
  ],
  // ----- 2020: the ruling, the charges, the ambassador's remark -----
  [
    '2020-06-25T12:00:00Z',
    3,
    'The two are charged with espionage, Trudeau refuses a swap: the detention still in force: coercive',
  ],
  [
    '2020-10-20T12:00:00Z',
    3,
    "China's ambassador links the safety of Canadians in Hong Kong to Canada's asylum policy — a threat naming no force — and the two are still held: coercive by the detention",
  ],
  // ----- 2021: the trials, the sentence, the releases -----
  [
    '2021-03-25T12:00:00Z',
    3,
    'The two tried behind closed doors, Canadian diplomats turned away: still held: coercive',
  ],
  ['2021-08-15T12:00:00Z', 3, 'Spavor sentenced to eleven years; the detention goes on: coercive'],
  [
    '2021-09-24T18:00:00Z',
    3,
    'The US deal with Meng is approved in Brooklyn, but she is not yet discharged and the two Michaels are still held in China: coercive until the release',
  ],
  [
    '2021-09-26T12:00:00Z',
    2,
    'Two days after the releases on the same day (Meng discharged, the two Michaels flown home): the detention is lifted, but not a month without a hostile act, and no agreement between the pair: strained',
  ],
  [
    '2021-10-10T12:00:00Z',
    2,
    'Sixteen days after the releases: no threat, no detention, but the month since the last hostile condition has not run: strained',
  ],
  [
    '2021-11-05T12:00:00Z',
    2,
    'Six weeks after the releases, no hostile act or threat since; but no agreement between China and Canada is being implemented (the deal was between Meng and the US Justice Department), and the canola ban still bites: strained, not cooperative',
  ],
  [
    '2021-12-12T12:00:00Z',
    2,
    "Canada joins the diplomatic boycott of the Beijing Olympics over China's human-rights record: critical rhetoric, no threat: strained",
  ],
  [
    '2022-01-25T12:00:00Z',
    2,
    'Six weeks after the boycott; no agreement between the pair being implemented, relations cold: strained',
  ],
];

describe('escalation model v2 on China – Canada, 2018–21 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No force between forces at any time (§5b): the detentions and trade bans are force short of armed action.
  itReadsNoArmedAction(escalation, CALLS);
});
