/**
 * Escalation model v2 on a case it was never tuned on: China and India over the Doklam plateau, June 2017 – June 2018
 * (china-india-2017.ts, a test fixture). What it holds the model to: a long stand-off of troops with no shot fired, a
 * crossing (the Nathu La pass) closed to the other party's pilgrims, a brawl with stones and rods at Pangong Tso, a
 * disengagement agreed, and a summit's informal consensus (Wuhan). Every call is for the pair China – India; Bhutan is
 * a third party, and no one mediated.
 *
 * How the analyst reads §5b here: troops facing each other without force or fire are a show of force — strain, not
 * coercion. The Nathu La pass closed to Indian pilgrims, by China's decision and as leverage (passage was offered if
 * India withdrew), is a border closed against the other party: coercion while it lasts, and, by the lead's reading,
 * no level 1 within a month of its last day. The defence ministry's "shaking the PLA is hard", with emergency
 * measures and more deployments, is a threat of war; the Pangong brawl (stones, rods, fists, minor injuries, no
 * firearm) is force used on the other's troops short of armed action — an attack blamed on the other party, coercion
 * for about two weeks, never militarised. The disengagement and the Wuhan consensus are agreements, not ceasefires.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason;
 * the model must agree with every one.
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
import definition from './china-india-2017';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for China – India: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2017-06-20T12:00:00Z',
    2,
    'Indian troops crossed into Doklam two days ago to stop the PLA’s road and the two sides’ troops face each other; no force used, no shot fired, no threat or closure yet: a show of force — strained',
  ],
  [
    '2017-06-25T12:00:00Z',
    3,
    'China turned back the Indian pilgrims at the Nathu La pass two days ago and the pilgrimage through it is suspended: a crossing closed to the other party’s citizens — a border closed against the other party',
  ],
  [
    '2017-07-07T12:00:00Z',
    3,
    'The Nathu La pass stays closed to Indian pilgrims (China’s embassy ties it to the Indian troops at Doklam); China demands an unconditional withdrawal as the precondition of any dialogue',
  ],
  [
    '2017-07-26T12:00:00Z',
    3,
    'China’s defence ministry two days ago: “shaking a mountain is easy, shaking the PLA is hard”, emergency measures taken and deployments to be stepped up — a threat of war within the fortnight; the pass still closed',
  ],
  [
    '2017-08-17T12:00:00Z',
    3,
    'Chinese and Indian patrols fought with stones, iron rods and fists at Pangong Tso two days ago, minor injuries, no firearm: force on the other’s troops short of armed action, blamed on China — coercion, not militarised; the pass still closed',
  ],
  [
    '2017-08-23T12:00:00Z',
    3,
    'Eight days after the Pangong brawl; the stand-off at Doklam goes on, China still demanding an unconditional withdrawal; the pass still closed',
  ],
  [
    '2017-08-30T12:00:00Z',
    3,
    'The disengagement at Doklam was agreed two days ago and carried out, but the Nathu La pass is still closed to Indian pilgrims: a border closed against the other party, coercive while it lasts',
  ],
  [
    '2017-09-06T12:00:00Z',
    3,
    'Modi and Xi met at Xiamen yesterday, forward-looking and constructive, but the pass China closed against India’s pilgrims has not reopened',
  ],
  [
    '2017-09-20T12:00:00Z',
    3,
    'Fifteen days after Xiamen, 36 after the brawl: no act or threat since the disengagement, but the Nathu La closure lasts',
  ],
  [
    '2017-12-15T12:00:00Z',
    3,
    'Months of calm, the disengagement holding; the Nathu La pass is still closed to the pilgrimage — a lasting condition that weighs while it lasts',
  ],
  [
    '2018-02-10T12:00:00Z',
    2,
    'China confirmed the pilgrimage would resume through Nathu La (reported two days ago): the closure is over, but it held within the last month, so not cooperative; the disengagement agreement holds — strained',
  ],
  [
    '2018-02-16T12:00:00Z',
    2,
    'Eight days after the pass was reopened: no hostile act since, but the month since the closure has not passed',
  ],
  [
    '2018-03-15T12:00:00Z',
    1,
    'The disengagement of August is carried out and holds; no hostile act or threat since the brawl of August and the pass reopened 35 days ago: an agreement being implemented, a month without a hostile act',
  ],
  [
    '2018-04-29T12:00:00Z',
    1,
    'The Wuhan summit ended yesterday with the leaders agreeing to give their militaries strategic guidance to build trust on the border; the disengagement holds; nothing hostile for months: cooperative',
  ],
  [
    '2018-05-30T12:00:00Z',
    1,
    'A month after Wuhan, the pass open for this year’s pilgrims (Swaraj, 8 May): an agreement being implemented, no hostile act or threat',
  ],
  [
    '2018-06-25T12:00:00Z',
    1,
    'Modi and Xi met again at Qingdao (9 June) to build on the Wuhan consensus; the first pilgrims crossed through Nathu La on 20 June: cooperative',
  ],
];

/** The id of the development declared in the fixture with this incident id. */
function incident(incidentId: string): string {
  const found = definition.events.find((e) => e.type === 'IncidentReported' && e.data.incidentId === incidentId);
  if (found === undefined) throw new Error(`no incident ${incidentId}`);
  return found.eventId;
}

describe('escalation model v2 on China – India over Doklam, 2017–18 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No shot was fired between the two in the whole case: the face-off, the threats and the Pangong brawl are not
  // armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // A lasting condition weighs while it lasts (§5b): the closed pass is a reason on every call date it covers, and on
  // none after it reopened.
  it('the Nathu La closure is a reason on the call dates while it lasts, and on none after the pass reopened', () => {
    const closure = incident('nathu-la-closed-2017-06-23');
    const during = CALLS.map(([at]) => at).filter((at) => at >= '2017-06-25' && at < '2018-02-08');
    expect(datesCiting(escalation, during, closure)).toEqual(during);
    const after = CALLS.map(([at]) => at).filter((at) => at >= '2018-03-10');
    expect(datesCiting(escalation, after, closure)).toEqual([]);
  });

  // The pair of actors matters: the PLA's road on land Bhutan claims is China's act on Bhutan, not on India.
  it('the road building on land Bhutan claims is never a reason for the pair’s level', () => {
    expect(reasonsCiting(escalation, CALLS, [incident('pla-road-doklam-2017-06-16')])).toEqual([]);
  });
});
