/**
 * Escalation model v2 on a case it was never tuned on: Colombia and Venezuela from Colombia's note on the delimitation
 * of the Gulf of Venezuela (November 1986) through the crisis of the corvette Caldas (9–18 August 1987) to the
 * binational commissions of 1989 (colombia-venezuela-1987.ts, a test fixture). What it holds the model to that the
 * other cases did not: a ten-day naval standoff in which no shot was fired (warships shadowing a warship, fighters'
 * low passes, troops mobilised on both sides of the border), a threat of force never carried out and complied with by
 * a withdrawal at third parties' request, strained months after, and cooperation through commissions from 1989. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run missed none of the sixteen calls; the model is unchanged. The model reads the standoff as the analyst
 * does: the radio warning of 9 August (a threat of war) and the decision of 16 August to remove the corvette by force
 * (an ultimatum, active until it was complied with on the 18th) make it coercive for two weeks from each, the warships,
 * fighters and troops are shows of force and never armed action, and the Caracas agreement of 2 February 1989 is the
 * first agreement being implemented.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './colombia-venezuela-1987';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Colombia – Venezuela: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- Before the crisis: the refused talks, the patrols -----
  [
    '1987-08-01T12:00:00Z',
    2,
    'Venezuela refused in May to resume the delimitation talks; Colombian ships ordered Venezuelan fishing boats out of the gulf in June and July: force postures and a rejected demand, no armed action, no threat or ultimatum in the last two weeks, no agreement: strained',
  ],
  [
    '1987-08-08T12:00:00Z',
    2,
    'The day before the Caldas enters the gulf: nothing hostile in the last two weeks beyond the patrols of July, no agreement in force: strained',
  ],
  // ----- 9–18 August 1987: the standoff -----
  [
    '1987-08-10T12:00:00Z',
    3,
    'Yesterday the Libertad’s commander warned the Caldas that Venezuela’s navy and air force will do whatever is necessary; frigates now shadow the corvette and F-16s make low passes: a threat of force within two weeks; no shot fired: coercive, not militarised',
  ],
  [
    '1987-08-13T12:00:00Z',
    3,
    'Four days into the standoff, the corvette still shadowed by Venezuelan warships and the border units on alert; the threat of the 9th stands within two weeks; no armed action',
  ],
  [
    '1987-08-17T12:00:00Z',
    3,
    'Last night Lusinchi and his high command decided to remove the Caldas by force (an ultimatum, in force); troops mobilised on both sides of the border; still no shot fired: coercive at its height, not militarised',
  ],
  [
    '1987-08-19T12:00:00Z',
    3,
    'The corvette was withdrawn yesterday at the OAS’s and Alfonsín’s request and the ultimatum complied with; the threat of force of the 16th is three days old, within two weeks: still coercive',
  ],
  [
    '1987-08-22T12:00:00Z',
    3,
    'Four days after the withdrawal, six after the decision to use force: a threat of force within the last two weeks; no armed action',
  ],
  [
    '1987-08-29T12:00:00Z',
    3,
    'Thirteen days after the decision to remove the corvette by force: the threat is still within two weeks',
  ],
  // ----- After the crisis: strained -----
  [
    '1987-09-01T12:00:00Z',
    2,
    'Sixteen days since the last threat, the ultimatum complied with; protest notes and Lusinchi’s firm words of the 18th, the dispute open with no agreement: strained',
  ],
  [
    '1987-09-27T12:00:00Z',
    2,
    'Londoño back from Caracas speaks of a country deliberately roused against its neighbour: critical rhetoric, no threat, no armed action: strained',
  ],
  [
    '1987-12-01T12:00:00Z',
    2,
    'Three months after the crisis: no hostile act or threat since August, but no agreement being implemented and the delimitation still open: strained',
  ],
  [
    '1988-06-01T12:00:00Z',
    2,
    'Nothing hostile for nine months, yet no agreement between them to carry out: strained, not cooperative',
  ],
  // ----- 1989: the commissions -----
  [
    '1989-02-01T12:00:00Z',
    2,
    'The day before the new presidents meet in Caracas: still no agreement being implemented: strained',
  ],
  [
    '1989-02-03T12:00:00Z',
    1,
    'The Caracas agreement of yesterday re-forms the Permanent Conciliation Commission and sets up the high commissioners and border commissions, being carried out; no hostile act or threat for seventeen months: cooperative',
  ],
  [
    '1989-03-29T12:00:00Z',
    1,
    'The Declaration of Ureña yesterday named the national border commissions: the agreements are being implemented, nothing hostile: cooperative',
  ],
  [
    '1989-10-06T12:00:00Z',
    1,
    'The presidents met yesterday on the Santander bridge and recorded the commissions’ achievements in full execution (visas, telephone links, UNDP support): cooperative',
  ],
];

describe('escalation model v2 on Colombia – Venezuela, 1987–89 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No shot was fired in this case: the warships, fighters and troops are force postures, never armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the OAS and Argentina asked for calm; their registration makes no level.
  itCitesNone(
    escalation,
    CALLS,
    "a mediator's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
