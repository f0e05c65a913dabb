/**
 * Escalation model v2 on an eighth case it was never tuned on: the United States and Venezuela, January 2025 –
 * February 2026 (us-venezuela-2025.ts, a test fixture). What it holds the model to that the other cases did not:
 * coercion short of war. A party kills people at sea off the other's coast for four months, masses a fleet, tells the
 * other's president to leave, declares its airspace closed and blockades its oil: by §5b that is coercive (3) where it
 * threatens war, closes the other's trade or issues an ultimatum, and strained (2) where it is posture and accusation —
 * never militarised, because the boats struck in international waters are not Venezuela's forces nor its territory.
 * Armed action between the two comes only with the CIA's strike on a dock on Venezuela's coast (about 24 December)
 * and the strikes on Caracas of 3 January 2026. The calls below were written from DOMAIN.md §5b alone, before the
 * model was run on the case, each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './us-venezuela-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the United States – Venezuela: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2025-02-12T12:00:00Z',
    1,
    "Grenell's visit brought the six Americans home and the deportation flights agreed landed in Caracas on the 10th: an agreement being implemented; nothing hostile between the two since",
  ],
  [
    '2025-03-12T12:00:00Z',
    2,
    "Trump revoked Chevron's licence accusing Caracas of breaking its commitments on elections and deportees (26 Feb); Maduro says it broke the flights: accusations, the agreement no longer calm; no threat of war, ultimatum or armed action",
  ],
  [
    '2025-07-20T12:00:00Z',
    1,
    'The prisoner exchange of the 18th is done (ten Americans for the Venezuelans held in CECOT); no hostile act or threat between the two for months',
  ],
  [
    '2025-08-10T12:00:00Z',
    2,
    "The United States doubled the reward for Maduro's arrest (7 Aug), calling him a narco-trafficker and a threat; Caracas calls it pathetic: accusations within the month, so no longer cooperative; nothing coercive",
  ],
  [
    '2025-08-22T12:00:00Z',
    2,
    'Three destroyers and some 4,000 sailors and marines off Venezuela, the White House calling the government a cartel, Maduro mobilising his militia: posture and warnings, but no threat of war on Venezuela, no ultimatum, no armed action',
  ],
  [
    '2025-09-03T12:00:00Z',
    2,
    "The US strike killed eleven on a boat it says carried Tren de Aragua's drugs, in international waters: armed action against a third party, not between the two; Trump's claim that the gang works under Maduro is an accusation",
  ],
  [
    '2025-09-06T12:00:00Z',
    3,
    'Venezuelan F-16s over a US destroyer (posture, no shot); the Pentagon warns "the cartel running Venezuela", and Trump says its jets will be shot down: a threat of war within two weeks',
  ],
  [
    '2025-10-08T12:00:00Z',
    3,
    "Trump called off Grenell's outreach to Maduro (reported on the 6th): talks collapsed within two weeks; the boat strikes go on, a third party's",
  ],
  [
    '2025-10-20T12:00:00Z',
    3,
    'Trump confirms he authorised CIA covert action in Venezuela and says land strikes are next (15 Oct): a threat of war within two weeks',
  ],
  [
    '2025-11-25T12:00:00Z',
    3,
    'Trump told Maduro on the phone (21 Nov) to leave within a week: an ultimatum still running; the Cartel de los Soles designated a terrorist organisation yesterday; the carrier in the Caribbean. No armed action between the two',
  ],
  [
    '2025-12-01T12:00:00Z',
    3,
    'The ultimatum lapsed on the 28th; Trump declares Venezuela\'s airspace "closed in its entirety" (29 Nov) and land operations "very soon" (27 Nov): threats of war within two weeks',
  ],
  [
    '2025-12-18T12:00:00Z',
    3,
    'A blockade of sanctioned tankers to and from Venezuela ordered (16 Dec) until it returns oil, land and assets: its trade closed by the other party and an ultimatum; the tanker seized on the 10th without a shot',
  ],
  [
    '2025-12-28T12:00:00Z',
    4,
    "The CIA's drone strike on a dock on Venezuela's coast (about the 24th): armed action by one party on the other's territory within the week; one place, no one killed: not hostilities",
  ],
  ['2026-01-01T12:00:00Z', 3, 'The dock strike is eight days old: armed action within the month; the blockade goes on'],
  [
    '2026-01-03T12:00:00Z',
    5,
    'US strikes on Caracas and La Guaira overnight and the raid that captured Maduro: heavy armed action in several places, tens killed; no ceasefire',
  ],
  [
    '2026-01-05T12:00:00Z',
    5,
    'Two days after the strikes on Caracas, no ceasefire; Trump threatens a second, larger attack and warns Rodríguez, sworn in today',
  ],
  [
    '2026-01-07T12:00:00Z',
    4,
    'The heavy armed action is four days old: militarised, no ceasefire agreed; the acting government agrees to hand over 30–50 million barrels',
  ],
  [
    '2026-01-11T12:00:00Z',
    3,
    'Eight days after the strikes: armed action within the month. Trump cancelled the second wave (9 Jan) for Caracas releasing prisoners — his decision, not a ceasefire agreed — and the ships stay; US diplomats in Caracas',
  ],
  [
    '2026-02-05T12:00:00Z',
    3,
    'Rubio tells the Senate the United States is "prepared to use force" if Caracas does not cooperate (28 Jan): a threat of war within two weeks; the naval blockade still on. The strikes of 3 January are over a month old',
  ],
  [
    '2026-02-16T12:00:00Z',
    2,
    "The Energy Secretary in Caracas says the oil quarantine has essentially ended (11 Feb); talks and an oil agreement, but Rubio's threat of force is within the month: strained, not cooperative",
  ],
];

describe('escalation model v2 on the United States – Venezuela, 2025–26 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the boat strikes are armed action between the United States and the people it
  // strikes at sea (Tren de Aragua, by its account), never a reason for the United States – Venezuela level.
  const boatStrikes = definition.events.flatMap((e) => {
    const d = e.data as Record<string, unknown>;
    return e.type === 'IncidentReported' && d.against === 'tren-de-aragua' ? [e.eventId] : [];
  });

  it('no reason for the pair of parties is a boat strike at sea', () => {
    expect(boatStrikes).toHaveLength(2);
    const cited = reasonsCiting(escalation, CALLS, boatStrikes);
    expect(cited).toEqual([]);
  });

  it('the day after the first boat strike, the United States – Tren de Aragua pair is militarised while the parties are strained', () => {
    const view = escalation('2025-09-03T12:00:00Z');
    expect(view.pair).toMatchObject({ actors: ['united-states', 'venezuela'], level: 2 });
    expect(view.pairs.find((p) => p.actors.join() === 'tren-de-aragua,united-states')).toMatchObject({ level: 4 });
  });
});
