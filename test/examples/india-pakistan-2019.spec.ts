/**
 * Escalation model v2 on a case it was never tuned on: India and Pakistan from the Pulwama bombing (14 February
 * 2019) to the months after the DGMOs recommitted to the ceasefire on the Line of Control (25 February 2021)
 * (india-pakistan-2019.ts, a test fixture; a different crisis of the same pair as the shipped example
 * india-pakistan-2025). What it holds the model to: a third party's attack blamed on the other party (coercion,
 * not armed action between the two), a first inter-state strike and an air battle while a ceasefire both sides
 * still invoke is in force, a quick de-escalation by a gesture (the pilot returned), measures short of force (trade,
 * envoys, trains, airspace), years of firing on the LoC recorded as violations of that ceasefire, and a ceasefire
 * recommitted that holds. The calls below were written from DOMAIN.md §5b alone, before the model was run on the
 * case, each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './india-pakistan-2019';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Pakistan: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2019-02-16T12:00:00Z',
    3,
    "The Pulwama bombing (40 CRPF personnel killed), claimed by the Jaish-e-Mohammed and blamed by India on Pakistan, two days ago; Modi: 'a very heavy price', the forces free to choose time and place; MFN status withdrawn and 200% duties. No armed action between the two",
  ],
  [
    '2019-02-26T12:00:00Z',
    4,
    "India's air strike at Balakot before dawn (none killed by Pakistan's account, over 300 by Indian unnamed sources) and Pakistani shelling at 12 to 15 places along the LoC: armed action today. Not hostilities: the 2003 LoC ceasefire, which both sides still invoke and neither has renounced, is in force, violated",
  ],
  [
    '2019-02-27T18:00:00Z',
    4,
    "The PAF's raid across the LoC and the air battle (an Indian MiG-21 downed, its pilot captured); Pakistan says Indian fire killed four on its side; Pakistan closes its airspace. Armed action and a ceasefire violated with casualties today, but a ceasefire in force: militarised",
  ],
  [
    '2019-03-02T12:00:00Z',
    4,
    'The pilot was handed over at Wagah last night, a gesture; but the air battle and the dead of the 27th are three days old and the LoC firing of the 28th two: armed action within the week',
  ],
  [
    '2019-03-04T12:00:00Z',
    4,
    'Four days after the last firing recorded (Krishna Ghati, 28 February) and five after the air battle: armed action within the week, no new ceasefire agreed',
  ],
  [
    '2019-03-08T12:00:00Z',
    3,
    "Eight days after the last firing recorded: armed action within the month, none in the week; Pakistan's airspace closed to Indian flights; the threats of war are over two weeks old",
  ],
  [
    '2019-03-12T12:00:00Z',
    4,
    'Pakistani shelling at four places in Poonch two days ago (no casualty): armed action within the week',
  ],
  [
    '2019-04-03T12:00:00Z',
    4,
    'Shelling in Poonch two days ago killed a BSF inspector, a girl and a woman: the ceasefire violated with casualties within the week',
  ],
  [
    '2019-08-02T12:00:00Z',
    4,
    'Heavy firing and shelling at Tangdhar three days ago, a dozen injured: armed action within the week',
  ],
  [
    '2019-08-09T12:00:00Z',
    3,
    "Ten days after the Tangdhar firing: armed action within the month; Imran Khan's warning of a war after Article 370 (6 August), Pakistan downgrades ties, expels India's High Commissioner, suspends trade and the trains: threats of war within two weeks, measures short of force",
  ],
  [
    '2019-08-29T12:00:00Z',
    4,
    "Indian shelling killed one or two civilians in the Gurez sub-valley two days ago (Pakistan's account): a ceasefire violated with casualties within the week; Imran Khan's warning of nuclear war three days ago",
  ],
  [
    '2019-10-21T12:00:00Z',
    4,
    "Pakistani shelling at Tangdhar killed two soldiers and a civilian yesterday, and the Indian Army's artillery on the Neelum valley killed 12 to 20 by its own claim: tens killed, but under a ceasefire both sides still invoke — militarised, not hostilities",
  ],
  [
    '2020-11-14T12:00:00Z',
    4,
    'Pakistani fire along the LoC from Uri to Gurez killed 8 to 11 yesterday, and India struck back across it: the 2003 ceasefire violated with casualties, still invoked by both',
  ],
  [
    '2021-02-26T12:00:00Z',
    4,
    "The DGMOs' recommitment to the ceasefire is in force since midnight 24/25 February, but has not held three days, and the LoC violations of 2021 ran to its eve: armed action within the week",
  ],
  [
    '2021-02-28T12:00:00Z',
    3,
    'The ceasefire agreed after the last violations has held three and a half days: no longer militarised; armed action within the month',
  ],
  [
    '2021-03-30T12:00:00Z',
    1,
    "The DGMOs' agreement is being implemented and the ceasefire has held five weeks; no hostile act or threat for over a month (the last violations were on its eve); Pakistan's economic committee allows cotton and sugar from India",
  ],
  [
    '2021-04-02T12:00:00Z',
    1,
    "Pakistan's cabinet puts off the imports: no normalisation until India reviews its steps of 5 August 2019 — a condition restated, not a hostile act or a threat; the agreement is being implemented and the ceasefire holds",
  ],
  [
    '2021-05-05T12:00:00Z',
    4,
    'Pakistan Rangers fired on a BSF patrol at Ramgarh two days ago, no casualty, the first violation since 25 February: armed action within the week, after the ceasefire was agreed',
  ],
  [
    '2021-05-11T12:00:00Z',
    3,
    'Eight days after the Ramgarh firing: armed action within the month, none in the week; the ceasefire otherwise holds',
  ],
  [
    '2021-06-05T12:00:00Z',
    1,
    "Over a month since the Ramgarh firing, the only violation since February; the Army chief says the ceasefire holds and wants it to continue: the DGMOs' agreement is being implemented, no hostile act or threat for a month",
  ],
];

describe('escalation model v2 on India – Pakistan, 2019–21 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
