/**
 * Escalation model v2 on a case it was never tuned on: the peace talks between Colombia's government and the Estado
 * Mayor Central (EMC), the main FARC dissidence, October 2023 – April 2025 (colombia-emc-2023.ts, a test fixture). What
 * it holds the model to that the other cases did not: a bilateral ceasefire agreed for a fixed term, extended,
 * suspended in part (in three departments, after an attack on an indigenous community) and left to expire; a party
 * that splits, its commander's fronts leaving the talks and fighting on while the blocs that stayed keep talking under
 * a ceasefire of their own (recorded as their own actor, `emc-calarca`, a party from April 2024); and attacks by an
 * armed group that is itself a party, on soldiers and police (armed action between the pair) and on civilians (lethal
 * force on the other's people). The calls below were written from DOMAIN.md §5b alone, before the model was run on the
 * case, each with its reason: CALLS for the negotiation's pair (Colombia – EMC), FACTION_CALLS for Colombia and the
 * faction that stayed.
 *
 * The first run: 19 calls (16 for the pair, 3 for the faction), 15 agreed at once. One record fix, one revision, two
 * calls left; the model is unchanged.
 * - 15 February 2024, called 1, read 2: the record was missing a fact its source gives — the government and the EMC
 *   "decided to extend" the ceasefire at the third cycle (Pledge Times, 15 January); only the decree was recorded. The
 *   extension is now also an `AgreementReached` of kind `ceasefire` (14 January), and the call is read.
 * - 10 April 2024, called 2, read 3 (recent armed action, Toribío): revised — the call misread §5b's letter, whose armed
 *   action includes armed force by one party on the other's territory: the EMC's gunfire on the Nasa community at
 *   Toribío is that, 25 days before.
 * - 20 December 2023, called 1, read 2 (strained): left. The EMC's suspension of the table on 5 November (recorded
 *   as broken off, not paused) ends, for the model, the Tibú ceasefire agreement's implementation for good, though the
 *   government resumed the meetings on the 15th and the ceasefire the agreement set up holds throughout.
 * - 20 August 2024 (the faction), called 1, read 2 (strained): left. The ceasefire kept with the blocs that stayed
 *   from 16 July is recorded as the government's decree (AP); no source found says it was agreed at the table, so no
 *   agreement is recorded for the model to read as implemented, while the analyst reads the bilateral ceasefire kept
 *   with the faction as one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, type LeftCall, caseEntries, escalationAt, itLeavesEachCall, itReadsEachCall } from './case-log';
import definition from './colombia-emc-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Colombia – EMC (the negotiation's pair): [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- October 2023 – February 2024: the table, the ceasefire, El Plateado -----
  [
    '2023-10-25T12:00:00Z',
    1,
    'The bilateral ceasefire agreed at the installation in Tibú has been in force for eight days and holds; no hostile act or threat between the two is known for the month before: an agreement being implemented',
  ],
  [
    '2023-11-05T18:00:00Z',
    3,
    'Yesterday about 200 soldiers were held at El Plateado by villagers the army says the EMC mobilised (freed today), and today the EMC declared the table suspended, warning of a definitive rupture: collapsed talks within two weeks; no fire, the ceasefire kept',
  ],
  [
    '2023-11-25T12:00:00Z',
    2,
    'The government resumed the meetings ten days ago; the EMC suspension is twenty days old, past the two weeks, but the soldiers held at El Plateado are within the month: the ceasefire and the talks holding, not yet a month of calm',
  ],
  [
    '2024-02-15T12:00:00Z',
    1,
    'The ceasefire was extended in January to 15 July and holds; nothing hostile recorded for three months: an agreement being implemented',
  ],
  // ----- March – April 2024: Toribío, the ceasefire suspended in three departments, the split -----
  [
    '2024-03-18T12:00:00Z',
    4,
    "The EMC's Dagoberto Ramos column killed an indigenous guard at Toribío two days ago, and the government calls it a breach of the ceasefire, which it suspends in three departments from the 20th: a ceasefire violated with casualties in the last week",
  ],
  [
    '2024-03-26T12:00:00Z',
    3,
    'Toribío is ten days old, past the week; the defence minister ordered nine days ago offensive operations to resume against the EMC in Nariño, Cauca and Valle: a threat of force within two weeks; the ceasefire holds only elsewhere',
  ],
  // Revised after the first run (first call 2: "The threat and the breach are over three weeks old; no armed action
  // between them is recorded; the ceasefire still holds outside the three departments and the talks go on, under
  // accusations: strained"). The model read 3: §5b's armed action includes armed force by one party on the other's
  // territory, and the EMC's rifle fire on the community at Toribío is that.
  [
    '2024-04-10T12:00:00Z',
    3,
    "The EMC's gunfire on the Nasa community at Toribío, on Colombia's territory, is 25 days old: armed action within the month; the ceasefire holds only outside the three departments",
  ],
  [
    '2024-04-18T12:00:00Z',
    3,
    'Two days ago the government said Mordisco and the EMC fronts of Cauca, Nariño and Arauca are out of the talks, which go on only with the blocs that stayed: talks broken off with the EMC within two weeks',
  ],
  // ----- May 2024 – December 2024: the fighting with Mordisco's fronts -----
  [
    '2024-05-04T12:00:00Z',
    4,
    'The Carlos Patiño front ambushed soldiers at Argelia yesterday, four killed: armed action between the pair, with no ceasefire in force in Cauca; one place and four dead, not hostilities',
  ],
  [
    '2024-05-21T12:00:00Z',
    4,
    'Yesterday the EMC attacked the Morales police station (two police officers and two detainees killed) and bombed the police lodging at Jamundí: armed action within the week; two places and four dead, not tens or several places',
  ],
  [
    '2024-07-17T12:00:00Z',
    3,
    "The ceasefire lapsed yesterday for Mordisco's fronts (kept only with the faction that stayed); the last armed action between the pair, the fire on the Morales police station on 18 June, is within the month",
  ],
  [
    '2024-10-13T12:00:00Z',
    4,
    "Operation Perseo took El Plateado from the EMC's Carlos Patiño front yesterday, and the EMC's drones injured 17 there in the afternoon: armed action within the week, no ceasefire with the EMC; one place, no tens killed",
  ],
  [
    '2024-10-30T12:00:00Z',
    3,
    'Operation Perseo and the drone attack at El Plateado are eighteen days old: armed action within the month, not within the week',
  ],
  [
    '2024-11-03T12:00:00Z',
    4,
    'Yesterday EMC members carrying explosives to the Guapi police station were killed when the charge went off early, two police officers injured: an armed attack by one party on the other within the week, no ceasefire',
  ],
  [
    '2024-12-20T12:00:00Z',
    2,
    "The Guapi attack is seven weeks old; no armed action, threat or ultimatum recorded since; no ceasefire and no talks with Mordisco's EMC: strained",
  ],
];

/**
 * The analyst's calls for Colombia and the faction that stayed (`emc-calarca`): [at, level, why]. Written with CALLS,
 * before the model was run.
 */
const FACTION_CALLS: readonly Call[] = [
  [
    '2024-12-01T12:00:00Z',
    1,
    'The faction’s ceasefire was extended by agreement in October to April 2025 and holds; no hostile act between them: an agreement being implemented',
  ],
  [
    '2025-04-20T12:00:00Z',
    2,
    'The faction’s ceasefire expired on 15 April without renewal; the government says the talks go on; no hostile act between them: talks holding, no agreement being implemented',
  ],
];

/**
 * Calls the model reads differently, left as written, with the model's level and the rule of its first reason.
 * - 20 December 2023: the analyst reads the Tibú ceasefire agreement as still being implemented — the EMC kept the
 *   ceasefire when it suspended the table on 5 November, the government resumed the meetings on the 15th, and the
 *   ceasefire holds — and nothing hostile has happened for 45 days. The model reads the EMC's suspension (broken off,
 *   not a pause) as ending the agreement's implementation for good: the ceasefire holds, but no agreement does (2). The
 *   January extension, agreed anew, restores it (15 February reads 1).
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2023-12-20T12:00:00Z',
      1,
      'The ceasefire holds, the EMC renounced kidnapping for ransom on 12 December, and the last hostile act (El Plateado, the suspension of 5 November) is over a month old: an agreement being implemented',
    ],
    model: 2,
    rule: 'strained',
  },
];

/**
 * The faction's call left: on 20 August 2024 the analyst reads the bilateral ceasefire kept with the blocs that stayed
 * as an agreement being implemented; the record holds it as the government's decree of 16 July (AP: the defence
 * minister said the ceasefire with the smaller faction would be extended), with no agreement at the table found in a
 * source, so the model reads a ceasefire holding and no agreement: 2. The October extension, agreed at the sixth
 * cycle, is read as an agreement being implemented (1 December reads 1).
 */
const FACTION_LEFT: readonly LeftCall[] = [
  {
    call: [
      '2024-08-20T12:00:00Z',
      1,
      'The ceasefire kept with the blocs that stayed has held since 16 July and the talks go on in Bogotá; nothing hostile between the government and the faction is recorded: an agreement being implemented',
    ],
    model: 2,
    rule: 'strained',
  },
];

const factionPair = (at: string) => escalation(at).pairs.find((p) => p.actors.join() === 'colombia,emc-calarca');

describe('escalation model v2 on the Colombia – EMC talks of 2023–2025 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  it("the headline pair is the negotiation's: Colombia and the EMC", () => {
    expect(escalation('2024-10-13T12:00:00Z').pair).toMatchObject({ actors: ['colombia', 'emc'] });
  });

  itReadsEachCall(escalation, CALLS);
  itLeavesEachCall(escalation, LEFT);

  // The faction that stayed is a party of its own from April 2024: its ceasefire and talks are its pair's.
  it.each(FACTION_CALLS)('at %s the analyst calls Colombia – the faction that stayed level %i: %s', (at, level) => {
    expect({ at, level: factionPair(at)?.level }).toEqual({ at, level });
  });

  it.each(FACTION_LEFT)(
    "at $call.0 the analyst calls Colombia – the faction that stayed level $call.1 (left at the model's $model): $call.2",
    ({ call, model, rule }) => {
      const pair = factionPair(call[0]);
      expect({ level: pair?.level, rule: pair?.reasons[0]?.rule }).toEqual({ level: model, rule });
    },
  );

  // Once its ceasefire has expired, the faction's October agreement lapses with it: the talks go on, no agreement is
  // being implemented, and the reason says so.
  it("the faction's ceasefire agreement lapses when its ceasefire expires", () => {
    expect(factionPair('2025-04-20T12:00:00Z')?.reasons[0]?.text).toContain(
      'lapsed when its ceasefire ended on 2025-04-15',
    );
  });
});
