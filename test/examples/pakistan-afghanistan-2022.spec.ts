/**
 * Escalation model v2 on a case it was never tuned on: Pakistan and the Afghan Taliban government from the Chaman –
 * Spin Boldak shelling (11 December 2022) to the trade talks after Pakistan's strikes of 18 March 2024
 * (pakistan-afghanistan-2022.ts, a test fixture; an earlier and separate negotiation from the 2025 talks). What it
 * holds the model to: border closures by one side against the other and their reopening; short exchanges of fire
 * with a handful killed or none (armed action, never heavy); a deadline given to a population (undocumented
 * foreigners), not to the other government; blame for third-party attacks laid on the other party, and an attack
 * explicitly not laid on it; strikes on the other's territory aimed at a third party, answered by the other's fire.
 * The TTP and the Hafiz Gul Bahadur group are third parties: their attacks are never armed action between the pair.
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './pakistan-afghanistan-2022';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Pakistan – the Afghan Taliban: [at, level, why]. Written and committed before the model was
 * run; on the first run the model agreed with all twenty, each for the reason written beside it (armed action, the
 * closure, the blame), so none was revised and none is left as the model reads it.
 */
const CALLS: readonly Call[] = [
  [
    '2022-12-11T18:00:00Z',
    4,
    'Afghan forces shelled Chaman today: six or seven Pakistani civilians and a Taliban fighter killed, Pakistan fired back. Armed action today; one crossing, under ten killed: not hostilities',
  ],
  [
    '2022-12-13T12:00:00Z',
    4,
    'The Chaman shelling is two days old; Kabul calls it accidental, Islamabad demands action; no ceasefire agreed',
  ],
  [
    '2022-12-23T12:00:00Z',
    3,
    'The last fire at Chaman (15 December, one civilian killed) is eight days old: armed action within the month, none in the week',
  ],
  [
    '2023-02-19T18:00:00Z',
    3,
    'The Taliban closed Torkham today against Pakistan, saying it broke its commitments: a border closed against the other party. The Chaman fire is two months old',
  ],
  [
    '2023-02-21T12:00:00Z',
    4,
    'Afghan and Pakistani forces exchanged fire at Torkham yesterday for over an hour, one Pakistani guard wounded: armed action in the last week, the crossing still closed',
  ],
  [
    '2023-03-01T12:00:00Z',
    3,
    'Torkham reopened on 25 February after the Kabul talks; the exchange of fire there is nine days old: armed action within the month',
  ],
  [
    '2023-04-10T12:00:00Z',
    2,
    'No armed action for seven weeks, the crossings open, no blame, threat or ultimatum in two weeks; talks held in February and planned for May: strained, with no agreement being implemented',
  ],
  [
    '2023-07-16T12:00:00Z',
    3,
    "The army holds the TTP's havens in Afghanistan responsible after the Zhob attack (9 soldiers killed on the 12th) and warns of an effective response: an attack blamed on the other party in the last two weeks",
  ],
  [
    '2023-09-07T12:00:00Z',
    4,
    'Afghan and Pakistani forces exchanged mortar and gunfire at Torkham yesterday (one FC soldier wounded, perhaps two Afghan soldiers killed) and Pakistan closed the crossing: armed action in the last week; one crossing, a handful hurt: not hostilities',
  ],
  [
    '2023-09-14T12:00:00Z',
    3,
    'The Torkham fire is eight days old; Pakistan keeps the crossing closed against Kabul; the Chitral attack was not blamed on the Afghan government',
  ],
  [
    '2023-09-25T12:00:00Z',
    3,
    'Torkham reopened on the 15th and Durrani was in Kabul on the 21st, but the exchange of fire of 6 September is within the month',
  ],
  [
    '2023-10-10T12:00:00Z',
    2,
    "Pakistan's deadline of 1 November is given to undocumented migrants, not to the Taliban government; Bugti's charge that attacks come from Afghanistan names no attack and Kabul's answer is criticism: accusations, no armed action for over a month, the crossings open",
  ],
  [
    '2023-11-05T12:00:00Z',
    2,
    "The deportations began on 1 November, rejecting Kabul's demand to reconsider; Stanikzai warns Kabul will respond if diplomacy fails — a warning, not a threat of war; no armed action, closure or ultimatum to the other party",
  ],
  [
    '2023-12-14T12:00:00Z',
    3,
    "Pakistan's demarche after the Daraban attack (23 soldiers killed on the 12th) holds Kabul responsible for the TTP's sanctuaries and demands the perpetrators and the TTP leadership: an attack blamed on the other party in the last two weeks",
  ],
  [
    '2023-12-30T12:00:00Z',
    2,
    'The Daraban blame is eighteen days old; no armed action between the two since September, the crossings open: accusations only',
  ],
  [
    '2024-03-18T12:00:00Z',
    4,
    "Pakistani jets struck in Khost and Paktika overnight (eight women and children killed by the Taliban's account) and Taliban forces shelled Pakistani posts opposite Kurram this morning: armed action today, two provinces and a border sector, under ten killed — not heavy",
  ],
  [
    '2024-03-20T12:00:00Z',
    4,
    'The strikes and the return fire are two days old; no ceasefire agreed; Kabul warns of consequences and Islamabad accuses Kabul of patronising the TTP',
  ],
  [
    '2024-03-22T12:00:00Z',
    4,
    'Four days after the strikes; Islamabad says it is committed to dialogue, but no ceasefire was agreed and armed action is within the week',
  ],
  [
    '2024-03-26T12:00:00Z',
    3,
    "Eight days after the strikes: armed action within the month; the Foreign Office's blame for Mir Ali within two weeks; trade talks in Kabul",
  ],
  [
    '2024-03-30T12:00:00Z',
    3,
    'Twelve days after the strikes: armed action within the month, though the trade talks ended on a positive note',
  ],
];

describe('escalation model v2 on Pakistan – the Afghan Taliban, 2022–24 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // A closed border weighs while it is closed (§5b line 3), whichever side closed it, and no longer once reopened: the
  // Taliban's closure of Torkham (19–25 February 2023) and Pakistan's (6–15 September 2023).
  it('each closure of Torkham is in force from its day to its reopening, and gone after it', () => {
    const closedSince = (at: string) =>
      escalation(at)
        .conditions.filter((c) => c.kind === 'border-closed')
        .map((c) => c.since.slice(0, 10));
    expect(closedSince('2023-02-19T18:00:00Z')).toEqual(['2023-02-19']);
    expect(closedSince('2023-02-21T12:00:00Z')).toEqual(['2023-02-19']);
    expect(closedSince('2023-03-01T12:00:00Z')).toEqual([]);
    expect(closedSince('2023-09-07T12:00:00Z')).toEqual(['2023-09-06']);
    expect(closedSince('2023-09-14T12:00:00Z')).toEqual(['2023-09-06']);
    expect(closedSince('2023-09-25T12:00:00Z')).toEqual([]);
  });

  // The pair of actors matters (§5b): the TTP's and the Hafiz Gul Bahadur group's attacks are a third party's armed
  // action; they weigh on the pair only as a blame Pakistan laid on Kabul (the incident's `blamedOn`, a statement's
  // `blames`). The Chitral attack, which Pakistan's foreign minister said Kabul did not sanction, never weighs.
  it('no armed-action reason for the pair cites a third party’s attack, and the Chitral attack is no reason at all', () => {
    const thirdParty = definition.events.flatMap((e) => {
      const d = e.data as Record<string, unknown>;
      return e.type === 'IncidentReported' && d.perpetrator !== 'pakistan' && d.perpetrator !== 'afghan-taliban'
        ? [e.eventId]
        : [];
    });
    // Zhob, Chitral, Daraban, Mir Ali.
    expect(thirdParty).toHaveLength(4);
    expect(reasonsCiting(escalation, CALLS, thirdParty, (r) => r.rule === 'armed-action')).toEqual([]);
    const chitral = definition.events.find(
      (e) => (e.data as { incidentId?: string }).incidentId === 'chitral-2023-09-06',
    );
    expect(reasonsCiting(escalation, CALLS, [chitral?.eventId ?? 'missing'])).toEqual([]);
  });
});
