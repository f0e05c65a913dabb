/**
 * Escalation model v2 on a case it was never tuned on: Lithuania and Belarus, May 2021 – December 2025
 * (lithuania-belarus-2021.ts, a test fixture; the EU and Russia third parties, the migrants no party). What it holds the
 * model to that the other cases did not: a dispute with no armed force at all, fought with migrants, fences, notes and
 * crossing points; blame for the migrant flows ("hybrid attack") that is no attack in the catalogue's sense, beside the
 * deaths Belarus laid on Lithuania's guards, which are; closures of some crossing points only, by Lithuania against
 * Belarus, that last for years and are never lifted in the record, then the last two closed for a month and reopened,
 * and Belarus holding Lithuania's lorries. The calls below were written from DOMAIN.md §5b alone, before the model was
 * run on the case, each with its reason; the model must agree with every one.
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
import definition from './lithuania-belarus-2021';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Lithuania – Belarus: [at, level, why]. Twenty were written before the model was run; the first
 * run agreed with all twenty, for the reasons written beside them (the deaths Belarus laid on Lithuania's guards as
 * coercion for two weeks, the closures as a border closed since the first still in force, the ultimatum over the lorries).
 */
const CALLS: readonly Call[] = [
  [
    '2021-05-28T12:00:00Z',
    2,
    "Two days ago Lukashenko told the EU, weighing sanctions over the Ryanair diversion, that Belarus will no longer stop migrants ('catch them yourselves'): a threat, but not of war; no ultimatum, no border closed, no attack; critical rhetoric and no agreement: strained",
  ],
  [
    '2021-07-05T12:00:00Z',
    2,
    'Lithuania declared an emergency three days ago over the crossings from Belarus and says Minsk moves the migrants to the border; Belarus suspended its readmission agreement with the EU: accusations, the crossing points open, nothing §5b lists as coercive',
  ],
  [
    '2021-08-06T12:00:00Z',
    3,
    "Two days ago Belarus blamed the death of an Iraqi at Benyakoni on Lithuania's guards ('this shocking murder'); Lithuania calls it disinformation. One side's claim, graded 3, but an attack blamed on the other party within two weeks",
  ],
  [
    '2021-08-16T12:00:00Z',
    3,
    "Twelve days after Belarus laid the Benyakoni death on Lithuania's guards: still within two weeks; the pushbacks are Lithuania's measure against migrants, not a border closed against Belarus",
  ],
  [
    '2021-08-21T12:00:00Z',
    2,
    "Seventeen days after the Benyakoni charge; Lithuania accuses Belarusian guards of crossing the line to drive migrants over and Belarus answers with its own video: accusations, no attack; the EU's 'direct attack' is a third party's words",
  ],
  [
    '2021-10-22T12:00:00Z',
    2,
    "Lithuania protested two days ago that a Belarusian border guard walked onto its territory, and Landsbergis calls Minsk 'criminals': a protest note and critical rhetoric, no threat, no closure, no attack blamed",
  ],
  [
    '2021-11-30T12:00:00Z',
    3,
    "Belarus says Lithuanian forces dumped a migrant's body at Vidzy three days ago, and Lukashenko repeated the charge yesterday: a killing blamed on the other party within two weeks (Belarus's claim, denied by Lithuania)",
  ],
  [
    '2021-12-20T12:00:00Z',
    2,
    "Three weeks since the Vidzy charge; Lithuania's emergency at the border is a measure against the migrants; nothing coercive between the two in the last two weeks, and no agreement: strained",
  ],
  [
    '2022-09-01T12:00:00Z',
    2,
    'Lithuania has finished its fence on the border: a barrier against migrants, not a closure against Belarus, with the crossing points open; a year without a threat, ultimatum or blamed attack, but no agreement between the two: strained',
  ],
  [
    '2023-04-26T12:00:00Z',
    2,
    "Lithuania's parliament made the pushbacks law yesterday: a policy against migrants crossing illegally; the six crossing points are open; critical rhetoric only",
  ],
  [
    '2023-08-17T12:00:00Z',
    2,
    'Lithuania decided yesterday to close Šumskas and Tverečius from tomorrow; Belarus calls it an unfriendly step. Decided, not yet in force: no border closed today',
  ],
  [
    '2023-08-19T12:00:00Z',
    3,
    'Since midnight yesterday two of the six crossing points (Šumskas, Tverečius) are closed against Belarus, for the Wagner threat and smuggling: a border closed against the other party, if only in part',
  ],
  [
    '2023-12-01T12:00:00Z',
    3,
    'Nothing new between the two for months, but Šumskas and Tverečius are still closed against Belarus: a lasting closure weighs while it lasts',
  ],
  [
    '2024-03-02T12:00:00Z',
    3,
    'Lithuania closed Lavoriškės and Raigardas yesterday, citing the activity of Belarusian intelligence: four of the six crossing points now closed against Belarus',
  ],
  [
    '2025-05-21T12:00:00Z',
    3,
    'Lithuania took Belarus to the International Court of Justice two days ago for smuggling migrants: an accusation, by law; what keeps the level coercive is the four crossing points closed since 2023–24',
  ],
  [
    '2025-10-22T12:00:00Z',
    3,
    'The last two crossing points were closed for the balloons from 02:30 to 09:00 this morning and have reopened; the four others stay closed against Belarus',
  ],
  [
    '2025-10-27T12:00:00Z',
    3,
    'Since last night every crossing point is closed against Belarus (the balloons Lithuania calls a hybrid attack); Belarus protests with a note: a border closed against the other party, no force used',
  ],
  [
    '2025-11-11T12:00:00Z',
    3,
    'Lukashenko gave Lithuania days yesterday to reopen the border or see its stranded lorries confiscated: an ultimatum, with the border closed by Lithuania and the lorries held by Belarus',
  ],
  [
    '2025-11-21T12:00:00Z',
    3,
    'Medininkai and Šalčininkai reopened yesterday after the customs officials met; but four crossing points are still closed against Belarus, Belarus still holds the lorries, and the ultimatum was in force ten days ago',
  ],
  [
    '2025-12-10T12:00:00Z',
    3,
    "Lithuania declared a state of emergency yesterday over the balloons, a 'hybrid attack'; Belarus protests a drone from Lithuania and reserves 'all necessary measures' (a warning, not a threat of war); what is coercive is the crossings closed and the lorries held",
  ],
];

describe('escalation model v2 on Lithuania – Belarus, 2021–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No force between the two at all (§5b): the deaths Belarus blamed on Lithuania's guards are force on migrants, and
  // the balloons and the drone are no armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // A border closed against the other party weighs while it lasts (§5b), if only some crossing points: in the years
  // with nothing else between the two, what holds the level at coercive is the closure of Šumskas and Tverečius, never
  // lifted in the record; reopening the last two crossings (20 November 2025) lifts those two only.
  it('the closure of Šumskas and Tverečius is a reason for the level on every call date from the day it began', () => {
    const closure = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'sumskas-tverecius-closure-2023-08-18',
    );
    expect(closure).toBeDefined();
    const from = '2023-08-18';
    const dates = CALLS.map(([at]) => at).filter((at) => at >= from);
    expect(dates).toHaveLength(9);
    expect(datesCiting(escalation, dates, closure?.eventId ?? '')).toEqual(dates);
  });

  // The pair of actors matters (§5b): what the EU and Russia did or said is never a reason for the pair's level.
  it("no reason for the pair's level is the EU's or Russia's", () => {
    const outside = new Set(
      definition.events.flatMap((e) => {
        const theirs =
          e.type === 'ThirdPartyEngagement' ||
          (e.type === 'StatementMade' && !['lithuania', 'belarus'].includes(e.data.speaker.actorId));
        return theirs ? [e.eventId] : [];
      }),
    );
    // The EU's Frontex support, the EU interior ministers, Lavrov.
    expect(outside.size).toBe(3);
    expect(reasonsCiting(escalation, CALLS, outside)).toEqual([]);
  });
});
