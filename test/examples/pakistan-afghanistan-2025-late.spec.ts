/**
 * Escalation model v2 on the first case after its last development in the analysts' file (20 November): the
 * Peshawar attack and the strikes the Taliban blamed on Pakistan (24–25 November), Pakistan saying the ceasefire
 * was not holding, the Riyadh meeting (30 November), the exchange of fire at Chaman / Spin Boldak (5 December) and
 * the warnings and the North Waziristan attack after it (to 19 December); then, in 2026, the Islamabad mosque
 * bombing (6 February), Pakistan's strikes of 22 February, the war from 26 February ("open war", Operation
 * Ghazab lil-Haq) and the Eid pause from 19 March (and the record's end, 31 March). The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on these dates, each with its reason as in the analysts'
 * judgements file (which stays theirs: its twelve calls are checked by `npm run calibrate`).
 */
import definition from '../../examples/pakistan-afghanistan-2025';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
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
  // 2026: the Islamabad mosque bombing, Pakistan's strikes of 22 February, the war from 26 February, the Eid pause.
  [
    '2026-02-07T12:00:00Z',
    3,
    'Suicide bombing of a Shia mosque in Islamabad (6 Feb, over thirty killed), claimed by the Islamic State, which Pakistan ties to Afghanistan; the border closed, the ultimatum standing; no armed action between the states for two months',
  ],
  [
    '2026-02-22T12:00:00Z',
    4,
    "Pakistan's strikes overnight on what it calls militant camps in Nangarhar and Paktika (seventeen or more killed by Afghan sources): armed action on the other's territory today. The Doha ceasefire still formally stands; one operation, under twenty killed: not hostilities",
  ],
  ['2026-02-25T12:00:00Z', 4, 'The strikes of the 22nd are three days old; Kabul vows a response'],
  [
    '2026-02-27T12:00:00Z',
    5,
    "The Taliban's offensive along the border overnight (12 to 55 Pakistani soldiers killed by each side's account) and Pakistan's strikes on Kabul, Kandahar and Paktia; Pakistan declares 'open war'; the ceasefire has collapsed",
  ],
  [
    '2026-03-01T18:00:00Z',
    5,
    'The fighting goes on: Pakistani strikes deeper inside Afghanistan (Bagram, Kabul, Kandahar) and Afghan retaliatory attacks in Nangarhar, Paktia and Khost in the last three days; no ceasefire',
  ],
  [
    '2026-03-13T18:00:00Z',
    5,
    'Pakistani strikes on Kabul and Kandahar overnight and shelling in Khost (civilians killed), Afghan drone strikes on Kohat today: armed action in several places, no ceasefire',
  ],
  [
    '2026-03-17T12:00:00Z',
    5,
    "Pakistan's strikes on Kabul last night, among them the hit on the Omid drug-treatment hospital (about 400 killed by Kabul's account; Pakistan says it struck military sites): heavy armed action, no ceasefire",
  ],
  // Written from §5b before the model was run on these dates, after the gap days were filled from dated reports.
  [
    '2026-03-03T12:00:00Z',
    5,
    'Pakistan says it repelled Taliban attacks on 41 places along the border yesterday (67 attackers killed by its count; the Taliban deny it), after its strikes on Bagram, Kabul and Khost: heavy armed action in several places, no ceasefire',
  ],
  [
    '2026-03-14T12:00:00Z',
    5,
    'Pakistani strikes on Kabul and Kandahar and shelling in Khost yesterday; Afghan drones aimed at Quetta, Kohat and Rawalpindi (four injured by debris): armed action in several places, no ceasefire',
  ],
  [
    '2026-03-19T12:00:00Z',
    4,
    'The Eid pause, asked for by Saudi Arabia, Qatar and Türkiye and accepted by both, is in force since midnight: no longer hostilities; but the heavy fighting was three days ago and the pause has not held three days',
  ],
  // After 19 March: no dated report of fighting, talks or a ceasefire was found; the calls read the record as it stands.
  [
    '2026-03-22T12:00:00Z',
    3,
    'The Eid pause has held three and a half days with no violation reported: no longer militarised; armed action within the month (the Kabul strike and the drones of 16–17 March); the border closed',
  ],
  // Found reading the record day by day (the model read 4 here before a ceasefire that held and then ran out by its term
  // was read as having held): the last fire is still within the week, but the pause agreed after it held five days.
  [
    '2026-03-24T12:00:00Z',
    3,
    'The Eid pause ran out at midnight, five days after it began, with no fire reported since 17 March: what it stopped stays stopped; armed action within the month, the border closed',
  ],
  [
    '2026-03-25T12:00:00Z',
    3,
    'The Eid pause ended by its term yesterday; no fighting reported since 17 March, which the pause, agreed after it, outlasted: armed action within the month, the border closed',
  ],
  [
    '2026-03-31T12:00:00Z',
    3,
    'Two weeks since the last armed action reported (17 March); no ceasefire in force and no talks; the border closed and the ultimatum standing',
  ],
  // Called 5 before the run; the first run read 4 (the record thin on the three days before each). Read 5 since the model
  // takes a war going on — heavy armed action within the week, armed action in the last three days — as hostilities.
  [
    '2026-03-05T18:00:00Z',
    5,
    'A seventh day of heavy shelling along the border (4 Mar) and Afghan mortar fire on Angoor Adda and Mohmand (one killed, seven injured) today; the attacks on 41 places three days ago: armed action in several places, no ceasefire',
  ],
  [
    '2026-03-11T18:00:00Z',
    5,
    "Pakistan says its operation goes on, ground and air, its count up 58 Taliban killed since 8 March; the Taliban destroyed a border post near Nangarhar two days ago: tens killed in the last three days by Pakistan's count, no ceasefire",
  ],
];

describe('escalation model v2 on the first case after 20 November (dates not in the analysts’ file)', () => {
  itReadsEachCall(escalation, CALLS);
});
