/**
 * Escalation model v2 on a case it was never tuned on: Serbia and Kosovo from the licence-plates reciprocity measure
 * (20 September 2021) to the barricades removed in January 2023 (serbia-kosovo-2021.ts, a test fixture). What it holds
 * the model to: a crisis in which the two parties' forces never fire on each other. The roadblocks at the crossings
 * are the Kosovo Serbs' (a third party's), not a border closed by one party against the other; the fire of 13 October
 * 2021 and December 2022 is between Kosovo's police and the Kosovo Serbs; Serbia's jets, armour and highest alert are
 * posture; its request to KFOR to send troops under resolution 1244 is a demand to the peacekeepers, not a threat of
 * war; three EU-brokered deals are agreed and carried out. The calls below were written from DOMAIN.md §5b alone,
 * before the model was run on the case, each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './serbia-kosovo-2021';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Serbia – Kosovo: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2021-09-22T12:00:00Z',
    2,
    "Two days into Kosovo's reciprocity measure on Serbian plates: the Kosovo Serbs block the roads to Jarinje and Brnjak — a third party's roadblocks, not a border closed by either party against the other; Vučić calls the situation serious. Critical words, no threat, no fire between the two: strained",
  ],
  [
    '2021-09-28T12:00:00Z',
    2,
    "Serbia's jets and armoured vehicles near the boundary are a show of force, not a threat of war or armed action; the blockades are still the kin's; talks in Brussels about to open: strained",
  ],
  [
    '2021-10-01T12:00:00Z',
    2,
    "The EU-brokered deal was reached yesterday (stickers, KFOR at the crossings); the roadblocks are still up until tomorrow and Serbia's show of force is days old: strained, not yet cooperative",
  ],
  [
    '2021-10-06T12:00:00Z',
    2,
    'The deal is being carried out (roadblocks and special police gone on 2 October, stickers since 4 October), but the show of force at the boundary was less than a month ago: strained',
  ],
  [
    '2021-10-15T12:00:00Z',
    3,
    "Two days after Vučić's 'we will defend our people … and in that battle we will win' over the Kosovo police raid in North Mitrovica: a threat to use force within two weeks. The raid itself was Kosovo's police against Kosovo Serbs, a third party — not armed action between the two",
  ],
  ['2021-10-25T12:00:00Z', 3, "Vučić's threat of 13 October is twelve days old, still within the two weeks: coercive"],
  [
    '2021-10-30T12:00:00Z',
    2,
    'The threat is seventeen days old, out of the two weeks; the stickers deal is being implemented, but a threat within the month keeps it from cooperative: strained',
  ],
  [
    '2021-11-20T12:00:00Z',
    1,
    'The stickers deal is being implemented and no hostile act or threat between the two for over a month (the last on 13 October): cooperative',
  ],
  [
    '2022-05-01T12:00:00Z',
    1,
    'Months of the stickers regime applied, nothing hostile recorded between the two: cooperative',
  ],
  [
    '2022-08-02T12:00:00Z',
    3,
    "Two days after the barricades and the shots at Kosovo's police, which Kosovo's government says were incited by Belgrade (an attack blamed on the other party), and Vučić's 'Serbia will win … if they try to start killing Serbs' (a threat of force): coercive, though no fire between the two",
  ],
  [
    '2022-08-12T12:00:00Z',
    3,
    'The threat and the attack blamed on Belgrade are twelve days old, within the two weeks: coercive',
  ],
  [
    '2022-08-20T12:00:00Z',
    2,
    'Twenty days after; Vučić and Kurti met in Brussels on 18 August without agreement but the EU keeps working between them: talks going on, no fresh threat: strained',
  ],
  [
    '2022-09-10T12:00:00Z',
    1,
    'The ID-documents deal of 27 August is applied from 1 September; no hostile act, threat or accusation between the two since 31 July, over a month: cooperative',
  ],
  [
    '2022-11-07T12:00:00Z',
    2,
    "The Kosovo Serbs walked out of Kosovo's institutions two days ago — a third party's act; Kosovo says Belgrade is coercing and inciting them: an accusation, not a threat or an attack blamed. Strained",
  ],
  [
    '2022-11-22T12:00:00Z',
    2,
    'The Brussels meeting ended yesterday without agreement, but the EU goes on mediating and Kurti postponed the fines by 48 hours: talks not collapsed; accusations this month: strained',
  ],
  [
    '2022-11-26T12:00:00Z',
    2,
    'The plates deal of 23 November is three days old and being carried out, but accusations within the month: strained, not cooperative',
  ],
  [
    '2022-12-12T12:00:00Z',
    2,
    "Barricades of the Kosovo Serbs since 10 December and fire between them and Kosovo's police (a third party against a party's police, not armed action between the two); Serbia announces it will ask KFOR to let its troops return under resolution 1244, expecting a refusal — a request to the peacekeepers, not an ultimatum or a threat of war: strained",
  ],
  [
    '2022-12-27T12:00:00Z',
    2,
    "Serbia's army on the highest alert since yesterday, and Kosovo accuses Vučić of preparing a pretext for intervention: posture and accusations, no threat of war, no fire between the two, no border closed by a party: strained",
  ],
  [
    '2023-01-03T12:00:00Z',
    2,
    'The barricades came down from 29 December and Serbia lifted its alert; accusations within the month: strained',
  ],
  [
    '2023-01-15T12:00:00Z',
    2,
    'The last roadblocks cleared by KFOR (5 January); the plates deal still applied but the accusations and warnings of late December are within the month: strained',
  ],
];

// The first run (calls committed before it) missed three calls, all read as cooperative (level 1) where the analyst
// calls strained (2); each was the recording (a), fixed as an analyst would have recorded it anyway:
// - 1 and 6 October 2021: Serbia's show of force had been recorded with month precision ("September 2021", from two
//   reports that gave no day), which the log can only place at the month's start — more than a month before. AFP's
//   report of 26 September dates it (the alert raised and the jets' sorties from Saturday 25 September): re-dated.
// - 12 December 2022: Vučić's accusation of 11 December (Kosovo violates the existing agreements), in a source the
//   fixture already cited, had been left out: recorded. No call was revised and the model was not changed.
describe('escalation model v2 on Serbia – Kosovo, 2021–23 (a case it was never tuned on)', () => {
  it('the fixture passes the builder’s checks', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
