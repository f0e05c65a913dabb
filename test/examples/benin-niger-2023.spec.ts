/**
 * Escalation model v2 on a case it was never tuned on: Benin and Niger, 2023–25 (benin-niger-2023.ts, a test fixture;
 * ECOWAS, China and Togo mediators, Benin's former presidents Soglo and Boni Yayi mediating in June 2024, France and
 * the FPL third parties). What it holds the model to that the other cases did not: a border closed by both sides and
 * reopened by one only — Benin reopens its side in February 2024, Niger keeps its own closed to the end of 2025, so a
 * border stays closed against Benin on every date; economic measures on a pipeline (Benin's block on loading Niger's
 * oil, Niger's valves shut); the arrest of the other's nationals (force short of fire); accusations that the other
 * hosts forces training terrorists, which name no attack; mediation; and no armed action between the two at all. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason; the
 * model must agree with every one (CALLS).
 *
 * The first run missed none of the twenty calls; the model is unchanged. Its reasons are the analyst's: "border closed
 * since 2023-07-26" (Niger's closure) on every date, before and after Benin reopened its side, with Benin's threat of
 * war (4 August 2023) and the arrests at Sèmè (5 June 2024, non-lethal force) as coercion beside it in the two weeks
 * after them. Benin's block on loading Niger's oil and Niger's valves shut (CAMEO 163) give no reason of their own:
 * §5b's coercive line names ultimatums, threats of war, collapsed talks and attacks blamed, not economic measures, and
 * the closed border already holds the level at 3 on those dates.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itReadsEachCall,
  itReadsNoArmedAction,
  reasonsCiting,
} from './case-log';
import definition from './benin-niger-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Benin – Niger: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2023-07-28T12:00:00Z',
    3,
    "Niger's junta closed its borders at the coup two days ago, Benin's among them: a border closed against the other party",
  ],
  [
    '2023-08-01T12:00:00Z',
    3,
    "Benin closed its side on 30 July, applying the ECOWAS sanctions; Niger's side closed since the coup — the crossing closed by both. ECOWAS's seven-day ultimatum is ECOWAS's, not Benin's",
  ],
  [
    '2023-08-05T12:00:00Z',
    3,
    'Benin announced yesterday that it will join an ECOWAS military intervention in Niger: a threat of war within two weeks; the border closed by both',
  ],
  [
    '2023-08-12T12:00:00Z',
    3,
    "ECOWAS activated its standby force two days ago (ECOWAS's threat), Benin's own threat eight days ago; the border closed by both sides; no fire between them",
  ],
  [
    '2023-09-14T12:00:00Z',
    3,
    'The junta accuses Benin of letting foreign troops and mercenaries deploy against Niger and ends its military cooperation: an accusation — and the border is closed by both sides',
  ],
  [
    '2023-12-24T12:00:00Z',
    3,
    'Talon says he wishes to normalise relations: conciliatory words, but both sides keep the border closed',
  ],
  [
    '2024-02-25T12:00:00Z',
    3,
    'ECOWAS lifted the sanctions yesterday, but neither side has reopened yet: the border is closed',
  ],
  [
    '2024-02-28T12:00:00Z',
    3,
    "Benin reopened its side two days ago; Niger keeps its side closed against Benin (the bridge still blocked): closed by both, reopened by one — it stays closed",
  ],
  [
    '2024-03-30T12:00:00Z',
    3,
    "A month after Benin reopened, nothing new between the two; Niger's side is still closed against Benin",
  ],
  [
    '2024-05-09T12:00:00Z',
    3,
    "Benin blocks the loading of Niger's oil at Sèmè until Niger reopens and normalises (a hostile economic measure and a demand, not an ultimatum); Niger's side of the border closed",
  ],
  [
    '2024-05-13T12:00:00Z',
    3,
    "Zeine says two days ago that French bases in Benin train terrorists to destabilise Niger: an accusation naming no attack, not a threat of war; Niger's border closed, Benin's oil block in force",
  ],
  [
    '2024-05-17T12:00:00Z',
    3,
    "Benin allowed a first ship to load two days ago after China's visit (a provisional step); Niger's side of the border still closed",
  ],
  [
    '2024-06-07T12:00:00Z',
    3,
    "Benin arrested five Nigerien WAPCO staff at Sèmè two days ago (force short of fire on the other's nationals, not armed action) and Niger shut the pipeline's valves yesterday; the border closed by Niger",
  ],
  [
    '2024-06-19T12:00:00Z',
    3,
    "The FPL sabotaged the pipeline in Niger two days ago: a third party's attack, blamed on no one in the record; the WAPCO staff freed by Benin's court; Niger's side of the border closed",
  ],
  [
    '2024-06-26T12:00:00Z',
    3,
    "Benin's former presidents Soglo and Boni Yayi mediate in Niamey: talks of a kind, but Niger's side of the border stays closed",
  ],
  [
    '2024-08-08T12:00:00Z',
    3,
    "Benin's ambassador took up his post in Niamey two days ago, after Tiani's renewed accusations: a thaw in relations, but the border is still closed by Niger",
  ],
  [
    '2024-12-28T12:00:00Z',
    3,
    "Tiani accused Benin on Christmas Day of being a rear base for terrorists (accusations, no attack named, no threat); Niger's ambassador was named a month ago; the border closed by Niger",
  ],
  [
    '2025-06-02T12:00:00Z',
    3,
    'Tiani says the border with Benin "will remain closed", Bakari rejects his accusations: accusations on one side, denial on the other — and the border closed against Benin',
  ],
  [
    '2025-11-10T12:00:00Z',
    3,
    'Tiani at Gaya two days ago: the border stays closed as long as the security situation does not change on the Beninese side; accusations of hosting French troops',
  ],
  [
    '2025-12-31T12:00:00Z',
    3,
    "Nothing recorded since Gaya; the Malanville–Gaya crossing is still closed on Niger's side",
  ],
];

const closureOf = (incidentId: string): string =>
  definition.events.find((e) => e.type === 'IncidentReported' && e.data.incidentId === incidentId)?.eventId ??
  'missing';

describe('escalation model v2 on Benin – Niger, 2023–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Arrests, embargoes, accusations and a third party's sabotage — nothing fired between the two: no call date is
  // militarised, and armed action is never a reason.
  itReadsNoArmedAction(escalation, CALLS);

  // Closed by both, reopened by one: Niger's closure weighs on every call date, before and after Benin reopened its side.
  it("Niger's closure is a reason on every call date, before and after Benin reopened its side", () => {
    const ats = CALLS.map(([at]) => at);
    expect(datesCiting(escalation, ats, closureOf('niger-closure-2023-07-26'))).toEqual(ats);
  });

  // Benin's own closure ended with its reopening: a month after it, it is no reason any more.
  it("Benin's closure is a reason on no call date more than a month after Benin reopened", () => {
    const ats = CALLS.map(([at]) => at).filter((at) => at >= '2024-03-30');
    expect(datesCiting(escalation, ats, closureOf('benin-closure-2023-07-30'))).toEqual([]);
  });

  // The pair of actors matters (§5b): the FPL's sabotage is blamed on no one, and ECOWAS's ultimatum and standby
  // force are ECOWAS's — none is a reason for the Benin – Niger level.
  it("no reason for the pair's level is the FPL's sabotage or ECOWAS's ultimatum and standby force", () => {
    const ids = definition.events
      .filter(
        (e) =>
          (e.type === 'IncidentReported' && e.data.perpetrator === 'fpl') ||
          (e.type === 'UltimatumIssued' && e.data.by === 'ecowas') ||
          (e.type === 'StatementMade' && e.data.speaker.actorId === 'ecowas'),
      )
      .map((e) => e.eventId);
    // The sabotage, the ultimatum, the lifting of the sanctions and the standby force.
    expect(ids).toHaveLength(4);
    expect(reasonsCiting(escalation, CALLS, ids)).toEqual([]);
  });
});
