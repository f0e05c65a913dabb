/**
 * Escalation model v2 on a case it was never tuned on: China and Vietnam in the Spratly Islands in 1988, from China's
 * expedition and the reefs it occupied (January – February) through the skirmish at Johnson South Reef on 14 March
 * (tens of Vietnamese sailors killed at one place, ships sunk), the nine Vietnamese held by China, Vietnam's note
 * proposing a truce and talks, China's warning of 5 April, and the reefs each side went on taking into June
 * (china-vietnam-1988.ts, a test fixture). What it holds the model to that the other cases did not: reefs taken
 * without fire on both sides before and after a single bloody day, a sharp naval clash heavy by its toll at one place
 * alone, sailors held for years after it, and the months after that day with no ceasefire ever agreed and no fire
 * again. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its
 * reason.
 *
 * The first run missed one of the sixteen calls. It was not a rule misread; the model is unchanged.
 * - 13 March 1988 18:00, called 3, read 2: the recording was wrong (a). China's party going ashore on Johnson South
 *   Reef that day to set up an observation point (China's own account) was recorded as a show of force; by the
 *   catalogue it is an `occupation` (a landing on a disputed reef to set up a post, as Fiery Cross was recorded), and
 *   the fixture now records it so. The model reads ground held for more than two weeks as strained, not coercive: the
 *   reefs taken in February no longer made 13 March coercive, the landing of the day does.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './china-vietnam-1988';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for China – Vietnam 1988: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- January – February 1988: the expedition and the reefs taken -----
  [
    '1988-01-25T12:00:00Z',
    2,
    'Chinese warships arrive in the Spratlys and Vietnamese forces are rushed in, but no reef is taken, no ship driven off and no threat made yet; no agreement between two old enemies: strained',
  ],
  [
    '1988-02-02T12:00:00Z',
    3,
    'China has landed on Fiery Cross Reef, which Vietnam claims, and is building a post there, and its navy forced two Vietnamese ships away: ground taken and held by force short of fire: coercive',
  ],
  [
    '1988-02-20T12:00:00Z',
    3,
    'Two days after Cuarteron Reef was taken and the Vietnamese ships forced to withdraw without a shot; China holds two reefs Vietnam claims, Vietnam its own new ones: coercive, no armed action',
  ],
  [
    '1988-03-10T12:00:00Z',
    3,
    'China holds five reefs taken in six weeks and has sent frigates to reinforce them; Vietnam protests and holds reefs of its own; still no fire: coercive',
  ],
  [
    '1988-03-13T18:00:00Z',
    3,
    'The eve of the clash: a Chinese party goes ashore on Johnson South Reef while Vietnamese ships approach; the reefs taken are held, no fire yet: coercive',
  ],
  // ----- 14 March 1988: Johnson South Reef -----
  [
    '1988-03-14T12:00:00Z',
    5,
    'Chinese frigates sank two Vietnamese transports and burned a landing ship at Johnson South Reef this morning, with some 64 Vietnamese killed: heavy armed action (tens killed) today, and no ceasefire',
  ],
  [
    '1988-03-16T12:00:00Z',
    5,
    'Two days after the clash that killed tens of Vietnamese sailors; the ships still burn and the rescue boats are turned back; no ceasefire: hostilities',
  ],
  // ----- After the clash: no fire again, no ceasefire -----
  [
    '1988-03-18T12:00:00Z',
    4,
    'Four days after the clash: its dead are no longer of the last three days, but it is armed action within the week and no ceasefire was agreed (Vietnam only proposed a truce and talks yesterday): militarised',
  ],
  [
    '1988-03-20T12:00:00Z',
    4,
    'Six days after the clash, no ceasefire, more Chinese warships in the area: armed action within the week: militarised',
  ],
  [
    '1988-03-22T12:00:00Z',
    3,
    'Eight days after the last armed action, none since; Vietnamese sailors held by China and the reefs held by each side: armed action within the month: coercive',
  ],
  [
    '1988-04-06T12:00:00Z',
    3,
    'China warned yesterday that Vietnam "must be responsible for all the consequences" of new provocations and announced it holds nine Vietnamese; the clash is 23 days old: armed action within the month, a threat within two weeks: coercive',
  ],
  [
    '1988-04-20T12:00:00Z',
    3,
    'Five weeks after the clash and fifteen days after China’s warning, the nine Vietnamese are still held and each side holds reefs the other claims: coercive while they last',
  ],
  [
    '1988-05-20T12:00:00Z',
    3,
    'No fire since March, but China garrisons another reef and both navies build up (up to 20 and 30 ships); the nine sailors are still held: coercive',
  ],
  [
    '1988-06-16T12:00:00Z',
    3,
    'A Vietnamese general says the Spratlys "could be a war front"; Vietnam takes three more islets; the sailors are still held: coercive',
  ],
  [
    '1988-09-15T12:00:00Z',
    3,
    'Six months after the clash: no fire and no new threat, but China still holds the nine Vietnamese and the reefs it took, with no talks and no agreement: coercive by the lasting detention and occupation',
  ],
  [
    '1988-12-15T12:00:00Z',
    3,
    'At the end of the year the nine sailors are still held (released only in 1991) and the reefs still held by each side; China never answered the call for talks: coercive',
  ],
];

describe('escalation model v2 on China – Vietnam, 1988 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The nine Vietnamese China took on 14 March are held to the end of the year (released only in 1991): with no fire
  // after March and no threat after April, it is their detention that keeps the pair coercive on every later call.
  it('the nine sailors held are a reason on every call date from April to December', () => {
    const detention = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.kind === 'detention' && e.data.perpetrator === 'china',
    );
    const later = CALLS.map(([at]) => at).filter((at) => at >= '1988-04-20');
    expect(later.length).toBeGreaterThan(0);
    expect(datesCiting(escalation, later, detention?.eventId ?? 'none')).toEqual(later);
  });

  // The pair of actors matters (§5b): the Soviet Union is a third party; nothing of its makes the level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
