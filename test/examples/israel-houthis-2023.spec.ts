/**
 * Escalation model v2 on a case it was never tuned on: Israel and the Houthis (Ansar Allah), October 2023 – December
 * 2025 (israel-houthis-2023.ts, a test fixture). What it holds the model to: long-range missiles and drones that rarely
 * kill, retaliatory strikes 2,000 km from any border, pauses the Houthis declared alone (no ceasefire between the two),
 * and a third party's ceasefire (Gaza's, Israel – Hamas) that the pair's acts follow but that binds neither to the
 * other. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its
 * reason as in the analysts' judgements file; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './israel-houthis-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Israel – the Houthis: [at, level, why]. The first run of the model read all twenty as called. */
const CALLS: readonly Call[] = [
  [
    '2023-11-03T12:00:00Z',
    4,
    'The Houthis fired missiles and drones at Eilat on 31 October and claim more drones on 1 November: armed action in the last week, no one hurt, one place — not hostilities; no ceasefire',
  ],
  [
    '2023-11-21T12:00:00Z',
    3,
    'The last recorded fire at Israel is 20 days old (within the month); the Houthis seized the Galaxy Leader two days ago and declared Israeli ships legitimate targets: a threat of war within two weeks',
  ],
  [
    '2024-07-19T18:00:00Z',
    4,
    'A Houthi drone killed a man in Tel Aviv this morning: armed action, one killed in one place — not heavy; no ceasefire',
  ],
  [
    '2024-07-21T12:00:00Z',
    4,
    "Israel's first strikes on Hodeidah yesterday (three to six killed) after the Tel Aviv drone: armed action in two places, under ten killed — not heavy; threats on both sides",
  ],
  [
    '2024-07-28T12:00:00Z',
    3,
    'Eight days after the strikes on Hodeidah: armed action within the month, none in the last week; threats of war within two weeks',
  ],
  [
    '2024-09-16T12:00:00Z',
    4,
    "A Houthi missile reached central Israel yesterday (nine lightly hurt running for shelter); Netanyahu vows a 'heavy price': armed action within the week, not heavy",
  ],
  [
    '2024-09-30T12:00:00Z',
    4,
    'Missiles at Ben Gurion on the 27th and 28th, Israeli strikes on Hodeidah and Ras Isa yesterday (four killed): armed action in the last week in two places, not tens killed',
  ],
  [
    '2024-12-21T18:00:00Z',
    5,
    'In three days: Israeli strikes on the ports of Hodeidah governorate (nine killed) and on power stations in Sanaa, a Houthi missile on a school in Ramat Gan, another on a playground in Jaffa (16 wounded): heavy armed action in several places, no ceasefire',
  ],
  [
    '2024-12-30T12:00:00Z',
    4,
    "Israel struck Sanaa's airport and power station and the Hodeidah ports four days ago (three killed): armed action in the last week, in two places, not tens killed",
  ],
  [
    '2025-01-20T12:00:00Z',
    4,
    "Houthi missiles at central Israel two days ago; the Houthis halt their attacks now that Gaza's ceasefire is in force, but that ceasefire is Israel's with Hamas, not one agreed between these two: armed action in the last week",
  ],
  [
    '2025-01-27T12:00:00Z',
    3,
    "Nine days after the Houthis' last missiles: armed action within the month; their halt is unilateral and conditional, no ceasefire between the two",
  ],
  [
    '2025-03-01T12:00:00Z',
    2,
    "Six weeks without fire between the two; Abdul-Malik al-Houthi's threat of 13 February is sixteen days old; no ultimatum, no closed border: strained, not cooperative — no agreement between them",
  ],
  [
    '2025-03-09T12:00:00Z',
    3,
    "Abdul-Malik al-Houthi's four-day deadline to Israel (aid into Gaza, or naval operations resume) is running: an ultimatum in force",
  ],
  [
    '2025-03-19T12:00:00Z',
    4,
    'The Houthis fired a missile at the Nevatim air base yesterday, the first since January, as the Gaza ceasefire collapsed: armed action in the last week, not heavy',
  ],
  [
    '2025-05-07T12:00:00Z',
    5,
    "A Houthi missile hit Ben Gurion airport on the 4th, Israel struck Hodeidah on the 5th (four killed) and disabled Sanaa's airport yesterday (three killed): armed action in several places in three days, no ceasefire",
  ],
  [
    '2025-06-11T12:00:00Z',
    4,
    "Israel's navy struck Hodeidah port yesterday and Katz declared a naval and air blockade: armed action in the last week, one place, no toll",
  ],
  [
    '2025-08-30T12:00:00Z',
    4,
    'Israel killed the Houthi prime minister and ministers in Sanaa two days ago, after strikes on Sanaa on the 24th (six killed); the Houthis vow revenge: armed action within the week, one place, the toll not given',
  ],
  [
    '2025-09-11T12:00:00Z',
    5,
    'Israeli strikes on Sanaa and al-Jawf yesterday killed 9 to 35 by the Houthi counts: tens killed, no ceasefire',
  ],
  [
    '2025-10-18T12:00:00Z',
    3,
    "Eleven days after the Houthis' last drone: armed action within the month; their halt since the Gaza ceasefire is no ceasefire with Israel; they vowed 'deterrent punishment' two days ago — a threat of war",
  ],
  [
    '2025-12-20T12:00:00Z',
    2,
    "No armed action since 7 October (74 days); al-Madani's threat of 10 November is 40 days old; no agreement between the two being implemented: strained, not cooperative",
  ],
];

describe('escalation model v2 on Israel – the Houthis, 2023–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The Gaza ceasefires bind Israel and Hamas, not the pair: the Houthis' pauses follow them, but neither they nor
  // their collapse (18 March 2025) is ever a reason for the Israel – Houthis level.
  itCitesNone(
    escalation,
    CALLS,
    "Gaza's ceasefire between Israel and Hamas (a third party's)",
    definition.events.filter((e) => e.type.startsWith('Ceasefire')),
  );

  it('the headline is the pair Israel – the Houthis', () => {
    expect(escalation('2025-09-11T12:00:00Z').pair).toMatchObject({ actors: ['houthis', 'israel'], level: 5 });
  });
});
