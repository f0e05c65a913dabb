/**
 * Escalation model v2 on a case it was never tuned on: Ethiopia and Somalia from the WSLF's insurgency and the Somali
 * army's invasion of the Ogaden (July 1977) to Somalia's withdrawal (March 1978) and the border fighting of August 1980
 * (ethiopia-somalia-1977.ts, a test fixture). What it holds the model to that the other cases did not: an invasion along
 * two fronts at many places, a third party's insurgency the other party blames on its neighbour, a counter-offensive
 * fought with a third party's troops, a withdrawal announced by the invader with no ceasefire and no agreement, and the
 * level's fall to 3 and then 2 without an agreement. The calls below were written from DOMAIN.md §5b alone, before the
 * model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './ethiopia-somalia-1977';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Ethiopia – Somalia: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- July – September 1977: the invasion, Jijiga -----
  [
    '1977-07-14T12:00:00Z',
    5,
    'The Somali army invaded the Ogaden yesterday, a full-scale invasion across the border at many points along two fronts: heavy armed action, no ceasefire',
  ],
  [
    '1977-07-24T12:00:00Z',
    5,
    'Ethiopia reports Somalia’s armed forces, with tanks and aircraft, attacking at Degehabur, Kebri Dehar, Warder and Gode yesterday: heavy armed action in several places, no ceasefire',
  ],
  [
    '1977-08-15T12:00:00Z',
    5,
    'The Somali army holds and fights through the Ogaden three weeks into an undeclared war that Ethiopia calls a full-scale war of aggression; no ceasefire, no talks: hostilities',
  ],
  [
    '1977-09-15T12:00:00Z',
    5,
    'Jijiga fell to the Somali forces yesterday, with thousands killed by the WSLF’s count; relations broken a week ago and Ethiopia threatening to attack Somalia: heavy armed action by its toll, no ceasefire',
  ],
  // ----- November 1977 – February 1978: Harar, the Soviet switch, the counter-offensive -----
  [
    '1977-11-16T12:00:00Z',
    4,
    'The Somali forces are fighting at the approaches of Harar this month (no day, no toll, one place); Somalia expelled the Soviet advisers three days ago and Siad Barre charges Ethiopia with preparing total aggression: armed action within the week, not shown heavy',
  ],
  [
    '1978-01-24T12:00:00Z',
    5,
    'Before Harar yesterday a Cuban armoured brigade on Ethiopia’s side inflicted the worst losses the Somali forces have taken in a single action in a war of thousands dead: heavy armed action, no ceasefire',
  ],
  [
    '1978-02-22T12:00:00Z',
    5,
    'The Ethiopian–Cuban counter-offensive toward Jijiga is under way this month, Somalia has mobilised and admits its regular forces are fighting: an offensive, heavy armed action, no ceasefire',
  ],
  // ----- March 1978: Jijiga retaken, the withdrawal -----
  [
    '1978-03-05T12:00:00Z',
    5,
    'The battle of Jijiga yesterday, thousands of Somali soldiers killed, and Jijiga retaken today by the Ethiopians and Cubans: heavy armed action, no ceasefire',
  ],
  [
    '1978-03-07T12:00:00Z',
    5,
    'Two days after Jijiga was retaken, at the end of the battle that killed thousands: heavy armed action within about three days, no ceasefire',
  ],
  [
    '1978-03-09T18:00:00Z',
    4,
    'Somalia announced this afternoon that its units are withdrawing from the Ogaden and no longer engaging; four days since the last armed action, and no ceasefire agreed (Somalia asks for one): armed action within the week',
  ],
  [
    '1978-03-13T12:00:00Z',
    3,
    'Eight days since the last armed action; the Somali army is withdrawing and not fighting; no ceasefire or agreement: armed action within the month, none in the last week',
  ],
  [
    '1978-03-24T12:00:00Z',
    3,
    'Ethiopia says the last border post was regained yesterday; nineteen days since the last armed action: armed action within the month',
  ],
  [
    '1978-04-08T12:00:00Z',
    2,
    'More than a month since the last armed action, the Somali army gone from the Ogaden, no threat in the last two weeks; relations still broken and no agreement: strained, not cooperative',
  ],
  [
    '1978-06-15T12:00:00Z',
    2,
    'Three months without armed action between the two; no agreement and no relations: strained',
  ],
  // ----- August 1980: the border -----
  [
    '1980-08-07T12:00:00Z',
    5,
    'Ethiopia announced last night that its army drove back a Somali mechanised invasion force in the Ogaden, 1,300 Somalis killed: heavy armed action by its toll, no ceasefire',
  ],
  [
    '1980-08-12T12:00:00Z',
    4,
    'Six days after the fighting Ethiopia announced, nothing since: armed action within the week, no ceasefire',
  ],
  ['1980-08-20T12:00:00Z', 3, 'Two weeks after the fighting in the Ogaden, none since: armed action within the month'],
  [
    '1980-09-15T12:00:00Z',
    2,
    'Forty days since the last armed action, no threat or ultimatum recorded since, no agreement: strained',
  ],
];

describe('escalation model v2 on Ethiopia – Somalia, 1977–80 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the WSLF, the Soviet Union, Cuba and the United States are third parties, the
  // OAU the mediator; nothing of their registration makes the level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's or the mediator's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
