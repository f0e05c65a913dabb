/**
 * Escalation model v2 on a case it was never tuned on: Guyana and Suriname from the CGX rig crisis of June 2000 to the
 * UNCLOS award of September 2007 (guyana-suriname-2000.ts, a test fixture). What it holds the model to that the other
 * cases did not: a threat of force at sea with a twelve-hour deadline — an ultimatum complied with within hours, no shot
 * fired — troops moved to both banks of the border river, talks mediated by CARICOM that fold, soldiers landing on the
 * other's shore and firing into the air, years of quiet dispute with a signed declaration whose follow-up stalls, a
 * claim taken to compulsory arbitration, and a binding award both governments accept.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * Seventeen are in CALLS, which the model must agree with; two are in LEFT, kept as written.
 *
 * The first run agreed with seventeen of the nineteen calls and missed two; none was a rule misread, and the model is
 * unchanged.
 * - 1 March 2004 and 10 December 2006, called 2, read 1: left as the model reads them (LEFT). The analyst knows that
 *   the presidents' declaration of 29 January 2002 (joint exploitation to be studied by the border commissions) came
 *   to nothing — "those discussions were inconclusive", Stabroek News wrote in July 2004, and Guyana went to
 *   arbitration for that reason — so that no agreement between the two is being carried out on the dispute. The log
 *   holds the declaration as signed with no later status: no source read dates its end, and the catalogue's statuses
 *   that stop an agreement are a party's suspension or withdrawal (a hostile act, which neither committed) or its
 *   termination (which no one declared). The model reads line 1 on the declaration, which is right for any agreement
 *   whose end the log does not hold; Jagdeo's words of 24 February 2004, recorded as critical (he blamed the freeze on
 *   Suriname's actions but made no threat), end no month of calm. Recording an end no source gives would fit the row.
 * - The two calls after the award (25 September and 20 October 2007, called 1) agree with the model, but its reason is
 *   the 2002 declaration, not the award: the award is recorded as the tribunal's statement and the two governments'
 *   acceptance as their statements and Suriname's acceptance of Guyana's demand, not as an agreement of the pair
 *   (there is none: neither signed anything). Without the declaration in the log the model reads 2 on both dates
 *   ("strained": no agreement). A binding award both parties accept is not, in the catalogue, an agreement being
 *   implemented; the analyst reads it as one. Said here, not changed: it is a question for the catalogue (how an
 *   accepted award is recorded), not a rule the model misreads.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  itReadsNoArmedAction,
  type LeftCall,
} from './case-log';
import definition from './guyana-suriname-2000';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Guyana – Suriname: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- June 2000: the warning, the gunboats, the twelve hours -----
  [
    '2000-06-01T12:00:00Z',
    2,
    'Suriname warned CGX yesterday about drilling in the area it claims: a warning, no ultimatum, no threat of war, no force used, no talks: strained',
  ],
  [
    '2000-06-03T06:00:00Z',
    3,
    'The Surinamese gunboats ordered the rig out within twelve hours last night and the deadline has not passed: an ultimatum in the last two weeks; no shot fired, so no armed action',
  ],
  [
    '2000-06-05T12:00:00Z',
    3,
    'The rig left under the gunboats’ ultimatum two days ago and Guyana protested the violation of its waters: an ultimatum within two weeks (complied with), no fire',
  ],
  [
    '2000-06-10T12:00:00Z',
    3,
    'A week after the ultimatum; troops moved to both banks of the Corentyne and Jagdeo warns he will protect Guyana’s territorial integrity, though the Port of Spain talks made progress: an ultimatum within two weeks',
  ],
  [
    '2000-06-16T00:00:00Z',
    3,
    'Thirteen days after the ultimatum, the Georgetown talks ended without progress: still an ultimatum within about two weeks',
  ],
  [
    '2000-06-20T12:00:00Z',
    2,
    'Seventeen days after the ultimatum, complied with and over; no force used since, the talks go on without progress: strained (the ultimatum of this month keeps it from cooperative)',
  ],
  // ----- July 2000: CARICOM, Patterson, the talks fold -----
  [
    '2000-07-15T12:00:00Z',
    2,
    'The Montego Bay talks under Patterson, CARICOM’s facilitator, opened yesterday; nothing hostile for six weeks and no agreement: talks holding, strained',
  ],
  [
    '2000-07-18T12:00:00Z',
    3,
    'The talks folded in Kingston last night, Patterson’s salvage bid failed: collapsed talks in the last two weeks',
  ],
  [
    '2000-07-30T12:00:00Z',
    3,
    'Thirteen days after the talks collapsed; Jagdeo says no talks until Suriname’s new government takes office: collapsed talks within two weeks',
  ],
  [
    '2000-08-05T12:00:00Z',
    2,
    'Nineteen days after the collapse, no talks under way, Jagdeo’s accusations stand: strained',
  ],
  // ----- August – September 2000: Scotsburg -----
  [
    '2000-08-27T12:00:00Z',
    3,
    'Two days ago Surinamese patrol boats fired near a passenger boat and soldiers landed on the Guyanese shore at Scotsburg, firing into the air: force used by one party on the other’s people and territory, short of armed action between forces: coercive',
  ],
  [
    '2000-09-12T12:00:00Z',
    2,
    'Eighteen days after the Scotsburg landing; Guyana’s protest note a week ago and Venetiaan plays the incident down: accusations, strained',
  ],
  // ----- 2001 – 2002: the thaw and the declaration -----
  [
    '2001-07-10T12:00:00Z',
    2,
    'The foreign ministers revived the Cooperation Council and the presidents pledged a peaceful solution, but nothing is agreed on the dispute: no hostile act for ten months, talks holding, strained',
  ],
  [
    '2002-03-01T12:00:00Z',
    1,
    'The presidents signed a declaration on cooperation and joint exploitation a month ago and the border commissions are carrying it out; nothing hostile for eighteen months: cooperative',
  ],
  [
    '2002-05-20T12:00:00Z',
    1,
    'The sub-committee under the declaration was postponed at Suriname’s request, then set for 30 May: the agreement still being carried out, no hostile act or threat: cooperative',
  ],
  // ----- 2007: the award (2004 and 2006 are in LEFT) -----
  [
    '2007-09-25T12:00:00Z',
    1,
    'The award of 17 September drew the boundary and both governments accepted it as final and binding on the 20th; no hostile act or threat for seven years: the dispute is settled and being applied: cooperative',
  ],
  [
    '2007-10-20T12:00:00Z',
    1,
    'A month after both accepted the award, CGX prepares new seismic work in the area it was expelled from, with both capitals optimistic: cooperative',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 1 March 2004 and 10 December 2006: the analyst sees no agreement being carried out on the dispute (the 2002
 *   declaration's joint-exploitation track came to nothing, and Guyana took the dispute to arbitration); the log holds
 *   the declaration signed, with no end any source dates. The model reads 1 on it (see the header).
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2004-03-01T12:00:00Z',
      2,
      'A week ago Guyana took the dispute to compulsory arbitration, blaming Suriname for the freeze on offshore development; the joint-exploitation track of 2002 came to nothing: critical rhetoric, no agreement carried out on the dispute: strained',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
  {
    call: [
      '2006-12-10T12:00:00Z',
      2,
      'The parties plead against each other before the tribunal in Washington; Jagdeo comes "without recrimination", but the dispute is in litigation and nothing agreed between them on it is being carried out: strained',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

/** The presidents' declaration of 29 January 2002: what the model reads line 1 on from then on. */
const DECLARATION = definition.events.filter((e) => e.type === 'AgreementReached').map((e) => e.eventId);

describe('escalation model v2 on Guyana – Suriname, 2000–07 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT, (view) => {
    expect(view.reasons[0]?.eventIds).toEqual(expect.arrayContaining(DECLARATION));
  });

  // No shot was fired between the two sides' forces: the gunboats threatened, the soldiers at Scotsburg fired into the
  // air; the award calls the expulsion a threat of force, not a use of it.
  itReadsNoArmedAction(escalation, [...CALLS, ...LEFT.map((l) => l.call)]);

  // The pair of actors matters (§5b): the mediators' and the tribunal's registrations never make the level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a mediator's or the tribunal's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
