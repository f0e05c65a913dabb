/**
 * Escalation model v2 on a case it was never tuned on: Honduras and El Salvador from the riots of June 1969 and the
 * Football War (14–18 July 1969) to the General Peace Treaty signed in Lima (30 October 1980)
 * (honduras-el-salvador-1969.ts, a test fixture). What it holds the model to that the other cases did not: a four-day
 * war of air raids and an invasion, with about 2,000 dead; a ceasefire that holds while the invader's troops stay on
 * the other's soil; a threat of sanctions that is the OAS's, not the pair's; a withdrawal; a border one party keeps
 * closed to the other's goods for a decade; sporadic clashes years later (July 1976) ended by a ceasefire and a
 * pull-back; and a peace treaty. The calls below were written from DOMAIN.md §5b alone, before the model was run on
 * the case, each with its reason. Nineteen are in CALLS, which the model must agree with; one is in LEFT, kept as
 * written.
 *
 * The first run missed one of the twenty calls; it was not a rule misread, and the model is unchanged.
 * - 5 January 1981, called 1, read 3: left as the model reads it (LEFT).
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  reasonsCiting,
} from './case-log';
import definition from './honduras-el-salvador-1969';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Honduras – El Salvador: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- June – July 1969: the riots, the break, the mediation -----
  [
    '1969-06-25T12:00:00Z',
    2,
    'Anti-Salvadoran riots in Honduras since 16 June, some 10,000 Salvadorans fled; El Salvador denounces Honduras to the human rights commission: accusations, no armed action, no threat',
  ],
  [
    '1969-06-30T12:00:00Z',
    2,
    'El Salvador broke relations on 26 June, charging genocide: a hostile act in words, but no armed action, no ultimatum, no threat of war, no border closed: strained',
  ],
  [
    '1969-07-12T12:00:00Z',
    2,
    'The Central American foreign ministers try to mediate; no armed action recorded, no threat: strained, relations broken',
  ],
  // ----- 14–18 July 1969: the war -----
  [
    '1969-07-15T12:00:00Z',
    5,
    "El Salvador's air raids on some eight Honduran airfields (Toncontín among them) and ground attacks along the border last evening, a Honduran raid on a Salvadoran port in the night: heavy armed action in several places, no ceasefire",
  ],
  [
    '1969-07-17T12:00:00Z',
    5,
    'The Salvadoran offensive goes on, the Hondurans sustaining heavy losses; the raids of the 14th are less than three days old: hostilities',
  ],
  [
    '1969-07-18T18:00:00Z',
    5,
    'The OAS Council votes a ceasefire this afternoon, but it takes effect only at midnight EDST: the war goes on (heavy losses yesterday; some 2,000 dead in five days), no ceasefire in force yet',
  ],
  [
    '1969-07-19T12:00:00Z',
    4,
    'The ceasefire has been in force eight hours; the fighting of the 17th is two days old: armed action within the week, a ceasefire that has not held three days',
  ],
  [
    '1969-07-21T12:00:00Z',
    4,
    'Four days after the last fighting recorded; the ceasefire has held two and a half days, not yet three, and Salvadoran troops stay in Honduras: militarised',
  ],
  [
    '1969-07-22T12:00:00Z',
    3,
    'The ceasefire agreed after the last armed action has held over three days; El Salvador sets conditions for withdrawing but says it will not resume hostilities: armed action within the month, no longer militarised',
  ],
  [
    '1969-07-25T12:00:00Z',
    3,
    'Eight days after the last fighting; the OAS deadline for the withdrawal has passed and the troops stay, the ceasefire holds: armed action within the month',
  ],
  [
    '1969-07-31T12:00:00Z',
    3,
    "The OAS Foreign Ministers threaten measures under the Rio Treaty unless El Salvador withdraws: the mediator's ultimatum, not the pair's; El Salvador agrees to withdraw. Armed action within the month: coercive",
  ],
  [
    '1969-08-10T12:00:00Z',
    3,
    'The Salvadoran troops have left Honduras and the ceasefire holds, but the war is 24 days old (armed action within the month) and Honduras blocks Salvadoran goods at its border',
  ],
  [
    '1969-08-25T12:00:00Z',
    3,
    'Over a month since the last armed action; Honduras keeps its border closed to Salvadoran goods and traffic: a border closed against the other party',
  ],
  // ----- 1970–78: the closed border, the talks, the clashes of 1976 -----
  [
    '1970-06-10T12:00:00Z',
    3,
    'The San José agreement sets up a demilitarised zone (4 June); no armed action for almost a year, but the border stays closed against El Salvador',
  ],
  [
    '1973-12-15T12:00:00Z',
    3,
    'The Mexico talks on a general treaty broke down on 10 December over the border question (collapsed talks within two weeks), and the border is still closed',
  ],
  [
    '1976-07-19T12:00:00Z',
    4,
    'Several shooting frays along the border last week (about the 15th), which El Salvador takes to the OAS today: armed action within the week, no ceasefire; no toll, one place: not heavy',
  ],
  [
    '1976-07-23T12:00:00Z',
    3,
    'Eight days after the frays, nothing armed recorded since; the OAS committee asks both to keep the situation from worsening: armed action within the month',
  ],
  [
    '1976-08-20T12:00:00Z',
    3,
    'The Guatemala ceasefire (29 July) holds and both armies pulled back under the Managua agreement (observers: complied, 16 August); the frays are over a month old, but the border is still closed against El Salvador',
  ],
  [
    '1978-06-05T12:00:00Z',
    3,
    'The OAS observers report few incidents and extremely good cooperation between the two armies; no armed action for almost two years, but the border is still closed against El Salvador',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees). On 5 January 1981 the analyst sees a peace
 * treaty in force — signed in Lima on 30 October, relations restored, the two governments jointly asking the OAS
 * observers to stay — and takes the border Honduras closed to Salvadoran goods in 1969 to have been opened by it. But
 * no source read dates a reopening: the Christian Science Monitor gives the treaty as a step toward reviving the Common
 * Market, the treaty's text as read (its preamble and first article) says nothing of transit, and the rest is in
 * undated pages. The log keeps the closure recorded in August 1969 with no end, and a border closed against the other
 * party keeps the level from 1 (the lead's reading of §5b): the model reads 3, coercive, on the closure alone. The call
 * is kept as written and the model's level asserted; a dated reopening, once found, belongs in the fixture.
 */
const LEFT: readonly Call[] = [
  [
    '1981-01-05T12:00:00Z',
    1,
    'The General Peace Treaty signed in Lima (30 October) settles the dispute and restores relations; both governments jointly ask the OAS observers to stay: an agreement being carried out, no hostile act or threat for years',
  ],
];

/** The development that closed the border: Honduras's block on Salvadoran goods (August 1969). */
const CLOSURE = definition.events.find(
  (e) => e.type === 'IncidentReported' && (e.data as { kind: string }).kind === 'border-closure',
);

describe('escalation model v2 on Honduras – El Salvador, 1969–80 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Left as the model reads it: the closure of 1969 has no recorded end, so it alone keeps the level coercive after the
  // treaty. The call is kept as written; the model's level, and that the closure is its only reason, are asserted.
  itLeavesEachCall(
    escalation,
    LEFT.map((call) => ({ call, model: 3, rule: 'border-closed' })),
    (view) => expect(view.reasons.flatMap((r) => r.eventIds)).toEqual([CLOSURE?.eventId]),
  );

  // The lasting condition weighs while it lasts (§5b): a month after the war, the border Honduras keeps closed is what
  // makes the level coercive, through the demilitarised zone of 1970 and the calm the observers report in 1978.
  it('the closed border is the reason on the call dates of the long peace, from August 1969 to June 1978', () => {
    const calm = ['1969-08-25T12:00:00Z', '1970-06-10T12:00:00Z', '1978-06-05T12:00:00Z'];
    expect(CLOSURE).toBeDefined();
    expect(datesCiting(escalation, calm, CLOSURE?.eventId ?? '')).toEqual(calm);
    // Before the war's end nothing was closed: the level of June 1969 is not the border's.
    expect(datesCiting(escalation, ['1969-06-30T12:00:00Z', '1969-07-12T12:00:00Z'], CLOSURE?.eventId ?? '')).toEqual(
      [],
    );
  });

  // The pair of actors matters (§5b): the OAS's threat of sanctions (an ultimatum to El Salvador), its requests and its
  // observers' reports, and the Central American ministers' mediation are between them and a party; only Honduras and
  // El Salvador make the negotiation's level.
  it("no reason for the level is a mediator's act or words: the OAS's ultimatum, its requests, its observers' reports", () => {
    const PARTIES = ['honduras', 'el-salvador'];
    const outsiders = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const by =
          e.type === 'StatementMade'
            ? (d.speaker as { actorId: string }).actorId
            : e.type === 'UltimatumIssued' || e.type === 'DemandTabled'
              ? d.by
              : e.type === 'MediationAction'
                ? d.mediator
                : undefined;
        return typeof by === 'string' && !PARTIES.includes(by) ? [e.eventId] : [];
      }),
    );
    // The OAS's demand and its ultimatum, its three requests and proposals, the ministers' mediation, two observers' reports.
    expect(outsiders.size).toBe(8);
    expect(reasonsCiting(escalation, CALLS, outsiders)).toEqual([]);
  });
});
