/**
 * Escalation model v2 on a case it was never tuned on: the United States and Iran's revolutionary government from the
 * seizure of the US embassy in Tehran (4 November 1979) to the Algiers Accords (19 January 1981), the release of the
 * 52 hostages (20 January 1981) and the Claims Tribunal's first meeting (1 July 1981) (us-iran-1979.ts, a test
 * fixture; the students who stormed the embassy, the UN Security Council, the ICJ and the Tribunal as third parties,
 * Algeria as the mediator). What it holds the model to that the other cases did not: a detention of the other's
 * diplomats lasting 444 days, adopted by the other's leader the day after a third party began it; sanctions and a
 * break of relations; a rescue raid on the other's territory aborted with no fire exchanged; conditions and a mediated
 * agreement carried out at once; and the fall of the level after the release. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason; all twenty are in CALLS, which the
 * model must agree with.
 *
 * The first run missed ten of the twenty calls.
 * - 18 April 1980, called 3, read 2: a rule misread (fixed in escalation-v2.ts, with its unit spec): Carter's press
 *   conference of 17 April is one occurrence recorded as two statements, the sanctions (critical, CAMEO 163) and "the
 *   next step may be military action" (a threat of war). Equally graded, the occurrence took its first-recorded report,
 *   the hostile measure, and the threat of war was lost; an occasion that carried coercion is now that coercion, as an
 *   armed report or a collapse already was. It would have misread any case recorded that way.
 * - 16 December 1979, 21 January, 6 April, 8 April, 25 May, 13 September and 31 December 1980, and 19 January 1981,
 *   called 3, read 2; and 10 February 1981, called 2, read 1: what the analyst sees is the detention of the other's
 *   diplomats until their release, which the catalogue then had no development for; the nine were kept as written in a
 *   LEFT list. Since the catalogue has `detention` and `release` (a lasting condition, coercive while the people are
 *   held, and lifted within the month after the release), the fixture records Iran's adoption of the seizure as its
 *   detention and the 52 flown out on 20 January 1981 as its release, and the nine read as written: they are in CALLS,
 *   unchanged. The 7 April "other action may become necessary" was recorded as a threat, not a threat of war, before
 *   the model was run, and is kept so.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itCitesNone,
  itReadsEachCall,
  itReadsNoArmedAction,
} from './case-log';
import definition from './us-iran-1979';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the United States – Iran: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- November 1979: the seizure, its adoption, the first measures -----
  [
    '1979-11-04T20:00:00Z',
    2,
    "Students have stormed the US embassy and hold its staff; the government in Tehran has not yet endorsed them and Washington has blamed no one: a third party's act is not armed action between the pair, and no threat or ultimatum has passed between the two: strained",
  ],
  [
    '1979-11-06T12:00:00Z',
    3,
    "Khomeini has endorsed the seizure and warned of 'another course of action' if the shah is not handed over, and Bazargan's government has fallen: the detention of the other's diplomats is now Iran's — force on the other's people short of armed action: coercive",
  ],
  [
    '1979-11-14T20:00:00Z',
    3,
    'Ten days into a detention Iran has made its own; Carter halts Iranian oil and freezes Iran’s assets, Iran stops its oil to the US: coercion and hostile measures, no fire: coercive',
  ],
  [
    '1979-11-21T12:00:00Z',
    3,
    "Thirteen freed, the rest to be tried as spies, says Khomeini; US warships move toward Iran and Washington warns Iran it will be held 'accountable' — a threat of force — while the students threaten to kill the hostages: coercive, with no armed action",
  ],
  // ----- January – April 1980: the long middle, the break, the raid -----
  [
    '1980-04-18T12:00:00Z',
    3,
    'Carter says the next step may be military action — a threat of war within the two weeks — with a full trade and travel ban: coercive, no fire',
  ],
  [
    '1980-04-25T12:00:00Z',
    3,
    "US forces landed on Iran's territory at Desert One to rescue the hostages and withdrew after the mission was aborted; eight Americans died in an accident on the ground, no shot exchanged with Iran's forces — an incursion, force short of armed action, on top of last week's threat of war: coercive, not militarised",
  ],
  [
    '1980-04-27T12:00:00Z',
    3,
    'Two days after the withdrawal from Desert One; the remains of the eight displayed at the embassy; still no fire between the two: coercive',
  ],
  [
    '1980-05-03T12:00:00Z',
    3,
    'Eight days after the raid, which was not armed action; the incursion inside the two weeks and the hostages still held, now dispersed: coercive',
  ],
  // ----- September 1980 – January 1981: conditions, mediation, the Accords -----
  // ----- After the release -----
  [
    '1981-01-21T12:00:00Z',
    2,
    'The 52 freed yesterday and the Accords being carried out, but the detention ended a day ago and Nabavi threatened spy trials three weeks ago: not a month without a hostile act: strained',
  ],
  [
    '1981-03-01T12:00:00Z',
    1,
    'Forty days since the release; the Accords being implemented (the assets returned, the Tribunal being set up) and no hostile act or threat between the two for over a month: cooperative',
  ],
  [
    '1981-07-02T12:00:00Z',
    1,
    'The Claims Tribunal opened in The Hague yesterday under the Accords; nothing hostile between the two for months: cooperative',
  ],
  [
    '1979-12-16T12:00:00Z',
    3,
    "The ICJ orders the release and the Council has called for it; Beheshti says the captives will be tried as spies, and the US holds Iran responsible before the Court: the detention six weeks old and still Iran's: coercive",
  ],
  [
    '1980-01-21T12:00:00Z',
    3,
    "Eleven weeks into the detention; Carter calls it 'cruel', the act of 'terrorists', and presses sanctions: the other's diplomats are still held by force: coercive",
  ],
  [
    '1980-04-06T12:00:00Z',
    3,
    'Five months of detention, the transfer to the government’s custody not made; the diplomats held by force throughout: coercive',
  ],
  [
    '1980-04-08T12:00:00Z',
    3,
    "Relations broken, Iran's diplomats expelled, exports banned, and Carter warns that 'other action may become necessary' — Washington hints at a blockade; the hostages stay with the militants by Khomeini's ruling: coercive",
  ],
  [
    '1980-05-25T12:00:00Z',
    3,
    'The ICJ finds Iran in continuing breach and orders the release; a month after the raid, the detention goes on: coercive',
  ],
  [
    '1980-09-13T12:00:00Z',
    3,
    "Khomeini's four conditions — demands, not threats — open a way out, but the 52 are still held by force in the tenth month: coercive",
  ],
  [
    '1980-12-31T12:00:00Z',
    3,
    'Through Algeria, Iran asks for financial guarantees and Nabavi says the 52 will be tried as spies if no solution is found; the detention in its fourteenth month: coercive',
  ],
  [
    '1981-01-19T20:00:00Z',
    3,
    'The Algiers Accords are signed and the assets are moving, but the 52 are still held tonight: the detention lasts until the release: coercive',
  ],
  [
    '1981-02-10T12:00:00Z',
    2,
    'Three weeks since the release; the Accords are being implemented, but the detention ended less than a month ago: strained',
  ],
];

describe('escalation model v2 on the United States – Iran, 1979–81 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire between the two (§5b): the embassy was overrun without fire, and at Desert One the US force met no
  // Iranian forces; the eight deaths were an accident on the ground.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the students, the Security Council, the ICJ and the Tribunal are third parties;
  // nothing they say or do makes the level (the students' seizure weighs only as the US blames Iran for it).
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act or statement",
    definition.events.filter(
      (e) =>
        (e.type === 'StatementMade' && ['imam-line-students', 'unsc', 'icj'].includes(e.data.speaker.actorId)) ||
        e.type === 'ThirdPartyEngagement',
    ),
  );

  // The detention is Iran's from its adoption to the release (§5b: lasting conditions weigh while they last): in
  // force on the calls while the 52 were held, six weeks and fourteen months on as on the first days; the day after
  // the release it is said only as lifted (what keeps the month of calm from starting), and a month on not at all.
  it("Iran's detention of the diplomats is in force from its adoption to the release, and lifted after it", () => {
    const adoption = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'detention-adopted-1979-11-05',
    );
    expect(adoption).toBeDefined();
    const held = ['1979-11-06T12:00:00Z', '1979-12-16T12:00:00Z', '1980-09-13T12:00:00Z', '1981-01-19T20:00:00Z'];
    const ats = [...held, '1981-01-21T12:00:00Z', '1981-03-01T12:00:00Z'];
    expect(datesCiting(escalation, ats, adoption?.eventId ?? '')).toEqual([...held, '1981-01-21T12:00:00Z']);
    const inForce = (T: string) => escalation(T).reasons.some((r) => r.rule === 'detention-in-force');
    expect(ats.filter(inForce)).toEqual(held);
  });

  // The raid was ground taken without fire (§5b): coercion while recent, never armed action (above), and the eight
  // deaths of the accident are no toll of the pair's.
  it('Desert One is the reason on the day after the landing and eight days after the withdrawal, not a month on', () => {
    const landing = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'desert-one-landing-1980-04-24',
    );
    expect(landing).toBeDefined();
    const ats = ['1980-04-25T12:00:00Z', '1980-05-03T12:00:00Z', '1980-05-25T12:00:00Z'];
    expect(datesCiting(escalation, ats, landing?.eventId ?? '')).toEqual(ats.slice(0, 2));
  });
});
