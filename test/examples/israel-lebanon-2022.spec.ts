/**
 * Escalation model v2 on a case it was never tuned on: Israel and Lebanon, 2022–23 (israel-lebanon-2022.ts, a test
 * fixture; the United States the mediator, Hezbollah, Hamas, the UN and UNIFIL third parties). What it holds the model
 * to: a mediated agreement reached with no direct talks; a third party's drones and threats (Hezbollah's), which are not
 * armed action between the pair nor the pair's threats; an agreement signed and implemented between two states formally
 * at war, and the level's fall to 1 once it has been for a month with nothing hostile between them; and the level's rise
 * again when one party strikes on the other's territory (April and July 2023). The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './israel-lebanon-2022';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2022-06-06T12:00:00Z',
    2,
    'The rig is at Karish; Aoun calls any activity in the disputed area a provocation and a hostile act, Mikati an encroachment: protests and warnings, no threat of war, no armed action between the two. Strained, not cooperative: no agreement between them being implemented',
  ],
  [
    '2022-06-15T12:00:00Z',
    2,
    "Hochstein in Beirut (13–14 June), Lebanon's answer given (Line 23 and Qana); Nasrallah's threat to stop Karish (9 June) is a third party's, Gantz's call to Lebanon a warning: mediated talks, critical rhetoric",
  ],
  [
    '2022-07-03T12:00:00Z',
    2,
    "Hezbollah's three unarmed drones were shot down near Karish yesterday: a third party's act, not armed action between Israel and Lebanon, and Israel blames Hezbollah, not the Lebanese state. Nothing hostile between the pair in two weeks",
  ],
  [
    '2022-07-06T12:00:00Z',
    3,
    "Lapid (5 July) to Lebanon's government: restrain Hezbollah 'or we will be compelled to do so' — a threat of force on Lebanon's territory addressed to the other party, within two weeks",
  ],
  [
    '2022-07-21T12:00:00Z',
    3,
    "Gantz (19 July): 'Lebanon and its leaders … if they choose the path of fire, they will be severely burnt': a threat of war against the other party, within two weeks",
  ],
  [
    '2022-08-10T12:00:00Z',
    2,
    "Three weeks since Gantz's threat to Lebanon; Hochstein brought Israel's new offer (31 July – 1 August); Nasrallah's 'the hand … will be severed' (9 August) is the third party's: strained",
  ],
  [
    '2022-08-24T12:00:00Z',
    2,
    'Gantz (22 August) says a Hezbollah attack on the gas fields could bring a military campaign — a warning to the third party, with a deal with the Lebanese government offered in the same breath; nothing hostile between the pair for a month',
  ],
  [
    '2022-09-10T12:00:00Z',
    2,
    "Hochstein in Beirut yesterday: 'very good progress'. Mediated talks going on, no threat between the pair in seven weeks; no agreement yet",
  ],
  [
    '2022-10-08T12:00:00Z',
    3,
    "Israel rejects Lebanon's amendments 'even if there will be no agreement soon', and Gantz orders the army ready for escalation in the north, offensive and defensive, because of the negotiations (6 October): military coercion of the other party within two weeks",
  ],
  [
    '2022-10-23T12:00:00Z',
    2,
    "Both accepted the final US text (11 October), Aoun announced Lebanon's approval (13 October): the deal awaits signature, not yet in force. Israel's readiness order is seventeen days old: no longer coercive, but within the month",
  ],
  [
    '2022-10-28T12:00:00Z',
    2,
    'The agreement was signed by both and put in force at Naqoura yesterday, and Karish is producing; but Israel readied its army against the other party on 6 October, within the month: not yet cooperative',
  ],
  [
    '2022-11-15T12:00:00Z',
    1,
    'The agreement is in force and being implemented (coordinates with the UN, Karish producing, Hezbollah stood down); no hostile act or threat between the two for over a month (the last, 6 October)',
  ],
  [
    '2023-02-01T12:00:00Z',
    1,
    'Lebanon signed its Block 9 consortium with TotalEnergies, Eni and QatarEnergy (29 January) under the new boundary: the agreement being implemented, nothing hostile between the two for months',
  ],
  [
    '2023-04-07T12:00:00Z',
    4,
    "Israel struck around Tyre last night after rockets fired from Lebanon, and holds the Lebanese state responsible for all fire from its territory: armed action by one party on the other's territory today (no one killed, one district), no ceasefire",
  ],
  [
    '2023-04-11T12:00:00Z',
    4,
    "Four days after Israel's strikes on southern Lebanon: armed action within the week, and no ceasefire was agreed after it",
  ],
  [
    '2023-04-15T12:00:00Z',
    3,
    'Eight days after the strikes near Tyre, nothing armed since: armed action within the month',
  ],
  ['2023-05-03T12:00:00Z', 3, 'Twenty-six days after the strikes near Tyre: armed action within the month'],
  [
    '2023-05-20T12:00:00Z',
    1,
    'Six weeks since the strikes and the blame: the maritime agreement still in force and applied, no hostile act or threat between the two for over a month',
  ],
  [
    '2023-07-07T12:00:00Z',
    4,
    "Israel shelled the outskirts of Kfar Chouba and Halta yesterday after a missile fired from Lebanon exploded by the Ghajar fence: armed action by one party on the other's territory within the week, no ceasefire",
  ],
  [
    '2023-07-14T18:00:00Z',
    3,
    "Eight days after the shelling of Kfar Chouba, nothing armed since: armed action within the month (Lebanon's protest at the Ghajar wall beside it)",
  ],
];

describe('escalation model v2 on Israel – Lebanon, 2022–23 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
