/**
 * Escalation model v2 on a case it was never tuned on: the Government of Indonesia and the Free Aceh Movement (GAM)
 * from the Joint Understanding on Humanitarian Pause (12 May 2000) to the renewed military operations of 2001 and the
 * arrest of GAM's negotiators (indonesia-gam-2000.ts, a test fixture; the Henry Dunant Centre mediating). What it holds
 * the model to: a humanitarian pause agreed for a fixed term, extended twice, violated with casualties, superseded by
 * a one-month moratorium on violence, extended indefinitely and lapsed, and renewed operations with tens killed. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run: 20 calls, 18 agreed at once. The two it missed were both the record's fault; no call was revised and
 * none is left.
 * - 4 December 2000, called 3, read 2 ("1 hostile statement in the last 14 days"): Mahfud's statement of 1 December
 *   ("we will use all resources in the country", decided at a meeting of the TNI, service and police chiefs) had been
 *   recorded with the tone `threat`, where the catalogue has `military-threat` for a threat of force, which is what the
 *   call read in it: the tone was corrected. The model now reads a threat of war three days old.
 * - 4 August 2001, called 5, read 4 (armed action, not heavy): the Jakarta Post's report of 2–3 August had been
 *   recorded as two clashes, the three acts in Aceh Besar lumped at one place; the source gives them as separate acts
 *   in separate villages (Siem in Darussalam; Sieung and a raid in Kota Baru), and GAM's claimed attacks on police
 *   dormitories at Beurawe and Ajun were missing. Recorded as the source gives them (four places, about 14 killed), the
 *   model reads heavy armed action. Whether 14 dead in four places is "heavy" is the level table's to say ("several
 *   places, or tens killed"); the analyst read it so before the run.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './indonesia-gam-2000';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Indonesia – GAM, 2000–01: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- May – August 2000: the pause agreed, in force, violated -----
  [
    '2000-06-05T12:00:00Z',
    1,
    'The Joint Understanding signed on 12 May is being implemented: the humanitarian pause has been in force for three days, and no hostile act or threat between the two is recorded: cooperative',
  ],
  [
    '2000-07-03T12:00:00Z',
    4,
    'GAM ambushed Brimob officers at Nisam yesterday, three police and one rebel killed, and the government protests it as a breach of the pause: a ceasefire violated with casualties, armed action within the week; one place and four dead, and a ceasefire in force, so not hostilities',
  ],
  [
    '2000-07-14T12:00:00Z',
    4,
    'A soldier and three attackers the military calls GAM killed at Alue Patung yesterday: armed action within the week, the pause agreed before it, not after; not tens, one place',
  ],
  [
    '2000-08-20T12:00:00Z',
    1,
    'The pause holds: the last armed action (Alue Patung, 13 July) is over a month old, the review in Geneva (6–7 August) adjourned without a quarrel; the agreement is being implemented, no hostile act or threat for a month',
  ],
  [
    '2000-08-31T12:00:00Z',
    2,
    'The government accused GAM two days ago of abusing the accord and will not yet say whether it extends the pause: accusations while the pause holds, no armed action within the month: strained',
  ],
  [
    '2000-09-04T12:00:00Z',
    2,
    'The pause was extended on 2 September, conditionally, for a month; the accusation of 29 August is six days old; no armed action since 13 July: a ceasefire holding, critical rhetoric',
  ],
  // ----- September – December 2000: the North Aceh clashes, the second extension, the refusal -----
  [
    '2000-09-08T12:00:00Z',
    4,
    'GAM attacked two posts and ambushed security forces in five clashes in North Aceh yesterday, 8–12 dead: armed action in the last days, but the pause is in force (extended on the 2nd), so not hostilities',
  ],
  [
    '2000-09-20T12:00:00Z',
    3,
    'The North Aceh clashes are 13 days old (armed action within the month, not within the week), and GAM threatened on the 9th to take up arms again if the pause is not extended: coercive',
  ],
  [
    '2000-10-23T12:00:00Z',
    4,
    'Security forces raided a rebel base at Cot Baro (Pidie) two days ago, three rebels killed: armed action within the week, the pause (extended to January) agreed before it; one place, three dead',
  ],
  [
    '2000-11-25T12:00:00Z',
    1,
    'The pause, extended to 15 January, holds: the last armed action (Cot Baro, 21 October) is 35 days old, the last threat (9 September) older; the agreement being implemented, no hostile act or threat for a month',
  ],
  [
    '2000-12-04T12:00:00Z',
    3,
    'The defence minister said on 1 December the pause will not be extended and may be halted early, and that the state will "use all resources in the country" if its offers are ignored: a threat of force within two weeks',
  ],
  // ----- January – March 2001: the moratorium, extended, lapsed -----
  [
    '2001-01-12T12:00:00Z',
    1,
    'A provisional understanding was agreed on 9 January: a moratorium on violence from the 15th, the pause in force until then; the threat of 1 December is six weeks old and no armed action since October: an agreement being implemented, no hostile act or threat for a month',
  ],
  [
    '2001-02-17T12:00:00Z',
    1,
    'The moratorium was extended indefinitely yesterday, with a hot line between field commanders; no hostile act or threat recorded since December: an agreement being implemented',
  ],
  [
    '2001-03-15T12:00:00Z',
    3,
    'The government outlawed GAM two days ago and ordered "security operations" at once; the moratorium has collapsed: a threat of war within two weeks, no armed action recorded since October',
  ],
  // ----- April – August 2001: the Presidential Instruction, the operations, the arrests -----
  [
    '2001-04-13T12:00:00Z',
    3,
    "Wahid's Presidential Instruction 4/2001 (11 April) orders the police and the military to restore order against GAM's listed members: a threat of force two days old, no ceasefire",
  ],
  [
    '2001-05-10T12:00:00Z',
    2,
    'The operations command went into action on 2 May (force deployed, no dated fight recorded); the Presidential Instruction is 29 days old: a show of force ends any calm, but no armed action, ultimatum or threat within the windows: strained',
  ],
  [
    '2001-06-30T12:00:00Z',
    5,
    'Soldiers killed 20 rebels near Takengon yesterday and two in East Aceh the day before: tens killed in two places in the last three days, no ceasefire in force: hostilities',
  ],
  [
    '2001-07-05T12:00:00Z',
    4,
    'The Takengon fighting is six days old, no more recorded since: armed action within the week, no ceasefire',
  ],
  [
    '2001-07-22T12:00:00Z',
    3,
    "The police arrested GAM's negotiators in Banda Aceh two days ago and hold them; the last armed action is 23 days old: a detention of the other's people in force and armed action within the month: coercive",
  ],
  [
    '2001-08-04T12:00:00Z',
    5,
    'Fourteen killed in raids and shootouts in Central Aceh and Aceh Besar on 2–3 August, and GAM threatens attacks on bases: heavy armed action in several places in the last three days, no ceasefire',
  ],
];

describe('escalation model v2 on Indonesia – GAM, 2000–01 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
