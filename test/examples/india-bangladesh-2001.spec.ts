/**
 * Escalation model v2 on a case it was never tuned on: India and Bangladesh from the Bangladesh Rifles' seizure of
 * Pyrdiwah (15–16 April 2001) and the battle at Boraibari (18 April) to the quiet after, up to the border chiefs'
 * conference of March 2002 (india-bangladesh-2001.ts, a test fixture). What it holds the model to that the other
 * cases did not: a sudden clash at one place heavy by its toll (16 BSF and two BDR men killed in a day), firing along
 * that stretch of border the day after while the status quo ante is being restored, a ceasefire the sources date
 * from the next dawn, "isolated firefights" two days into it with no toll, anger over mutilated bodies, troops
 * massed on both sides, and a long quiet in which the status-quo agreement holds. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './india-bangladesh-2001';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Bangladesh: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 15–17 April: Pyrdiwah taken, the standoff -----
  [
    '2001-04-17T12:00:00Z',
    4,
    'The BDR took Pyrdiwah two nights ago and, by the headman’s account, fired on the encircled BSF post; flag meetings have failed and both sides are reinforcing: armed action within the week, at one place, no toll, no ceasefire: militarised, not heavy',
  ],
  // ----- 18–19 April: Boraibari, the status quo ante, the firing -----
  [
    '2001-04-19T06:00:00Z',
    5,
    'A dawn-to-dusk battle at Boraibari yesterday killed 16 BSF and two BDR men, and the BDR shelled the Mankachar side all day: tens killed within three days, no ceasefire: hostilities',
  ],
  [
    '2001-04-19T12:00:00Z',
    5,
    'The flag meeting agreed this morning to restore the status quo ante and the BDR is leaving Pyrdiwah, but mortar, rocket and small-arms fire goes on at Boraibari and no ceasefire is yet in force; the battle’s toll is a day old: hostilities',
  ],
  // ----- 20–26 April: the ceasefire, the bodies, the weekend’s firefights -----
  [
    '2001-04-20T12:00:00Z',
    4,
    'A total ceasefire since dawn, after firing past midnight that killed a BDR man: the heavy battle is two days old but a ceasefire is now in force, so not hostilities; armed action within the week and the ceasefire has not held three days: militarised',
  ],
  [
    '2001-04-21T06:00:00Z',
    4,
    'The mutilated bodies of 15 BSF men were handed back last night and India accuses the BDR of murder; the ceasefire is a day old, armed action within the week: militarised',
  ],
  [
    '2001-04-22T12:00:00Z',
    4,
    'Isolated firefights and intermittent shelling near the Boraibari post this weekend despite the ceasefire, no toll reported; India’s Home Secretary speaks of murder in cold blood: armed action within the week: militarised',
  ],
  [
    '2001-04-24T12:00:00Z',
    4,
    'Two days after the weekend’s firefights; Hasina has called Vajpayee and promised an inquiry, Jaswant Singh blames "criminal adventurism": armed action within the week, and no ceasefire agreed after it: militarised',
  ],
  [
    '2001-04-26T12:00:00Z',
    4,
    'Four days after the last firefights: armed action within the week; the ceasefire was agreed before them, not after: militarised',
  ],
  // ----- from late April: troops massed, then the quiet -----
  [
    '2001-04-30T12:00:00Z',
    3,
    'Eight days after the last firefights, both sides fortifying the border with more troops: armed action within the month but not within the week, the ceasefire holding: coercive',
  ],
  [
    '2001-05-10T12:00:00Z',
    3,
    'Eighteen days after the last firefights; the status quo restored and the ceasefire holding: armed action still within the month: coercive',
  ],
  ['2001-05-21T12:00:00Z', 3, 'Twenty-nine days after the last firefights: armed action still within the month'],
  [
    '2001-05-25T12:00:00Z',
    2,
    'A month since the last armed action, no threat, ultimatum or collapse in the last two weeks, the ceasefire and the status-quo agreement holding; but the troops were massed on both sides less than a month ago: strained, not yet cooperative',
  ],
  [
    '2001-06-15T12:00:00Z',
    1,
    'The status-quo agreement of 19 April is being carried out, nothing hostile between the two for six weeks: cooperative',
  ],
  [
    '2001-10-15T12:00:00Z',
    1,
    'Six months of quiet on the border under the status-quo agreement; no hostile act by either recorded: cooperative',
  ],
  [
    '2002-03-27T12:00:00Z',
    1,
    'The chiefs of the two border forces have just signed a Joint Record of Discussions in Dhaka; the status quo holds, nothing hostile for ten months: cooperative',
  ],
];

describe('escalation model v2 on India – Bangladesh, 2001–02 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
