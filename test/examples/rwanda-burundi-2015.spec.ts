/**
 * Escalation model v2 on a case it was never tuned on: Rwanda and Burundi, 2015–25 (rwanda-burundi-2015.ts, a test
 * fixture; the UN experts, RED-Tabara, the DRC and M23 third parties). What it holds the model to that the other cases
 * did not: rebel attacks that one party blames on the other (coercion, not armed action); a border closed against the
 * other party for six years, reopened, and closed again (coercive while it lasts, whatever talks go on beside it); a
 * thaw with ministers' meetings and a reopened border but no agreement (strained, never cooperative); threats of war
 * without fighting; and, at the end, both sides' forces around a third country's war, with Burundi alleging bombs from
 * Rwanda on its soil and Rwanda's army in the battle of Uvira. The calls below were written from DOMAIN.md §5b alone,
 * before the model was run on the case, each with its reason; the model must agree with every one (CALLS).
 *
 * The first run missed two of the twenty calls. None was a rule misread; the model is unchanged.
 * - 29 June 2020 was called 3 and read 4: the recording was wrong. The raid on Nyaruguru by gunmen no source names was
 *   recorded as a `clash` with no perpetrator, which the model reads (rightly, for a clash) as fighting with the other
 *   party. An attack whose author no one names is a `militant-attack`, as an analyst would have recorded it from the
 *   start (the sources: "an attack by unidentified gunmen"); mended in the fixture, it reads 3, as called.
 * - 24 December 2023 was called 2 and read 3: the log could not say what the analyst sees. Burundi blamed Rwanda for the
 *   Vugizo attack on 29 December, a week after it, and the catalogue carried a blame only as a field of the attack
 *   (`blamedOn`): added by a correction, it read from the attack's day, two days early on the 24th. The catalogue now
 *   holds the blame's own date (`StatementMade.blames`): the blame is recorded on Ndayishimiye's statement of the 29th,
 *   the attack kept as reported, and the call reads 2, as called (CALLS, below).
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './rwanda-burundi-2015';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Rwanda – Burundi: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2015-10-09T12:00:00Z',
    2,
    'Burundi accuses Rwanda of hosting the coup leader and helping rebels, and expelled a Rwandan diplomat two days ago: accusations and critical rhetoric; no armed act, no threat, no border closed',
  ],
  [
    '2016-02-06T12:00:00Z',
    2,
    "The UN experts report that Rwandan military personnel trained Burundian refugees to oust Nkurunziza: a third party's finding, an accusation; nothing coercive between the two",
  ],
  [
    '2016-08-02T12:00:00Z',
    3,
    'Burundi banned trade with Rwanda and stopped traders at the crossings on 30 July: a border closed against the other party',
  ],
  [
    '2019-11-30T12:00:00Z',
    3,
    "Burundi says Rwanda's army overran its position at Mabayi on 16–17 November (8–19 soldiers killed; one side's claim, it counts): armed action within the month but not the week; a threat of self-defence and hot pursuit two days ago; the border still closed",
  ],
  [
    '2020-06-29T12:00:00Z',
    3,
    "Unidentified gunmen from Burundi attacked an RDF position in Nyaruguru two days ago; Rwanda does not say Burundi's army did it, so it is not armed action between the two; the border is still closed against Rwanda",
  ],
  [
    '2020-10-22T12:00:00Z',
    3,
    'The foreign ministers met at Nemba two days ago to normalise relations — talks — but the border Burundi closed against Rwanda in 2016 is still closed',
  ],
  [
    '2021-07-02T12:00:00Z',
    3,
    "Rwanda's prime minister in Bujumbura yesterday, Ndayishimiye ready to 'bury the hatchet': warm words, but the border is still closed against Rwanda",
  ],
  [
    '2022-10-24T12:00:00Z',
    2,
    'Burundi reopened its borders with Rwanda two days ago: no border closed now, no threat, no armed act for years; talks, but no agreement being implemented, and the closure lasted into the last month',
  ],
  [
    '2022-12-01T12:00:00Z',
    2,
    'Five weeks after the reopening: nothing hostile for a month, but no agreement between the two is being implemented — Burundi still demands the putschists and the normalisation is talks, not an accord',
  ],
  [
    '2023-02-06T12:00:00Z',
    2,
    'Kagame and Ndayishimiye met in Bujumbura two days ago, the first time since 2015: talks, nothing agreed; nothing hostile',
  ],
  // Left at the model's 3 after the first run, when a blame could only be a field of the attack it names, read from
  // the attack's day; back among the calls since the catalogue holds a blame's own date (`StatementMade.blames`).
  [
    '2023-12-24T12:00:00Z',
    2,
    "RED-Tabara killed 20 at Vugizo two days ago: a third party's attack on Burundi, not yet blamed on Rwanda; nothing hostile between the two",
  ],
  [
    '2023-12-31T12:00:00Z',
    3,
    "Ndayishimiye blamed Rwanda for the Vugizo attack two days ago (RED-Tabara 'fed, sheltered, hosted' by Rwanda): an attack blamed on the other party within two weeks",
  ],
  [
    '2024-01-12T12:00:00Z',
    3,
    'Burundi closed its border with Rwanda yesterday, calling Kagame a bad neighbour: a border closed against the other party',
  ],
  [
    '2024-02-27T12:00:00Z',
    3,
    'RED-Tabara killed nine at Buringa the night before last and Burundi blames Rwanda for arming it: an attack blamed on the other party; the border closed',
  ],
  [
    '2025-02-12T12:00:00Z',
    3,
    "Ndayishimiye's threats (31 January: war would spread; yesterday at Bugabira: 'whoever attacks us, we will attack him'): threats of war, no fighting between the two; Burundi's troops fight in the DRC, a third country's war; the border closed",
  ],
  [
    '2025-03-26T12:00:00Z',
    3,
    "Security talks at Kirundo (10 March) and Ndayishimiye's accusation on the BBC that Kagame plans to attack: talks, accusations — but the border is still closed against Rwanda",
  ],
  [
    '2025-12-09T18:00:00Z',
    4,
    "Burundi says bombs were dropped from Rwanda on Cibitoke yesterday, hurting two (one side's claim, it counts): armed action by one party on the other's territory in the last week, in one place, with no one killed — not heavy; no ceasefire",
  ],
  [
    '2025-12-14T12:00:00Z',
    4,
    "Burundi tells the Security Council (12 December) that Rwanda's army took part in seizing Uvira on the 9th–10th, where Burundi's troops fought: armed action between the two forces, in a third country, five days ago, and the Cibitoke bombs six days ago; no ceasefire between them",
  ],
  [
    '2026-01-05T12:00:00Z',
    3,
    'Armed action within the month (Uvira, 9–10 December), none in the last week; the border closed against Rwanda',
  ],
  [
    '2026-01-25T12:00:00Z',
    3,
    'No armed act for six weeks, but the border Burundi closed against Rwanda in January 2024 is still closed',
  ],
];

describe('escalation model v2 on Rwanda – Burundi, 2015–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The blame laid on 29 December names the attack of the 22nd, and is read from its own day: said so, on the 31st.
  it('Burundi blaming Rwanda a week after Vugizo is a reason from the day the blame was laid, citing the attack', () => {
    const statement = definition.events.find((e) => e.type === 'StatementMade' && e.data.blames !== undefined);
    const attack = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'vugizo-2023-12-22',
    );
    expect(escalation('2023-12-31T12:00:00Z').reasons).toContainEqual(
      expect.objectContaining({
        rule: 'coercion',
        text: 'Attack of 2023-12-22 blamed on Rwanda by Burundi on 2023-12-29 (2 days ago)',
        eventIds: [statement?.eventId, attack?.eventId],
      }),
    );
  });

  // The pair of actors matters (§5b): RED-Tabara's attacks are a third party's; they are coercion between Burundi and
  // Rwanda only because Burundi blames Rwanda for them, never armed action between the two.
  it("RED-Tabara's attacks, blamed on Rwanda, are coercion, not armed action between Burundi and Rwanda", () => {
    for (const at of ['2023-12-31T12:00:00Z', '2024-02-27T12:00:00Z']) {
      const view = escalation(at);
      expect(view.level).toBe(3);
      expect(view.reasons.map((r) => r.rule)).toContain('coercion');
      expect(view.reasons.filter((r) => r.rule.includes('armed-action'))).toEqual([]);
    }
  });
});
