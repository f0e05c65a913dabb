/**
 * Escalation model v2 on a case it was never tuned on: Myanmar's military government and the Three Brotherhood
 * Alliance in northern Shan State, from Operation 1027 (27 October 2023) to Lashio's handover (22 April 2025)
 * (myanmar-brotherhood-2023.ts, a test fixture). What it holds the model to that the other cases did not: an
 * armed group as a party, a large offensive on many places at once, a truce brokered by a mediator that collapses in
 * five days, the Haigeng ceasefire with violations alleged in its first weeks, months of quiet, a second offensive
 * that ends it, a one-sided pause in the middle of a battle, the capture of a regional capital, held for eight months
 * and handed back by agreement, and the level's fall after each ceasefire. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Nineteen are in CALLS, which the
 * model must agree with; one is in LEFT, kept as written.
 *
 * The first run missed three of the twenty calls. None was a rule misread; the model is unchanged.
 * - 26 January 2024, called 4, read 5: the recording was wrong (fixed in the fixture): the Haigeng ceasefire had been
 *   recorded `partial` because it leaves out the Arakan Army's war in Rakhine, but this case is northern Shan's and
 *   records nothing of Rakhine; within the case the ceasefire stops all hostilities, and is now recorded so. Read
 *   as partial, no ceasefire stood against the violations of 24 January (two places, two killed) and they read as
 *   hostilities.
 * - 21 January 2025, called 3, read 2: the call was wrong by §5b (revised, see its comment): ground held is not on
 *   line 3's list (armed action within the month; ultimatums, threats of war, collapsed talks or blamed attacks
 *   within two weeks; a closed border); it keeps the level from 1 while it lasts, as the model reads it.
 * - 13 November 2023, called 5, read 4: left as the model reads it (LEFT): the log holds the last three days at two
 *   places (Kunlong, Laukkai) with ten killed. (SHAN's report of 11–12 November was found after the first run and
 *   recorded, as the analyst would have; the reading stayed 4.)
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './myanmar-brotherhood-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the military – Brotherhood Alliance: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- October – November 2023: Operation 1027 -----
  [
    '2023-10-28T12:00:00Z',
    5,
    'Operation 1027 launched yesterday: simultaneous attacks on Chinshwehaw (taken), Lashio, Hsenwi (40 police and troops killed, by the TNLA) and Namhkam, junta shelling killing civilians: heavy armed action in several places, no ceasefire',
  ],
  [
    '2023-11-04T12:00:00Z',
    5,
    'Hsenwi taken and Kunlong half held on the 2nd, police stations seized in Namhkam, Mantong and Nawnghkio yesterday: heavy armed action in several places within three days, no ceasefire',
  ],
  // ----- December 2023: the first truce -----
  [
    '2023-12-15T12:00:00Z',
    3,
    'A temporary ceasefire agreed at the China-brokered talks two days ago; the last recorded fighting (the hill south of Laukkai) was on the 3rd, twelve days ago: armed action within the month, none within the week',
  ],
  [
    '2023-12-20T12:00:00Z',
    4,
    'Fighting resumed north of Laukkai on the 18th and the MNDAA took the border gates yesterday; the truce has collapsed: armed action within the week at one place, no toll reported',
  ],
  // ----- January 2024: Laukkai, the Haigeng ceasefire and its violations -----
  [
    '2024-01-05T12:00:00Z',
    5,
    'Laukkai fell last night after the MNDAA’s offensive on the town (from the 1st; an air strike killed 11 civilians on the 1st); 2,389 soldiers and six generals surrendered: heavy armed action, no ceasefire',
  ],
  [
    '2024-01-12T12:00:00Z',
    4,
    'The Haigeng ceasefire was agreed in Kunming yesterday, after the junta’s artillery and air strikes of the 6th: armed action within the week, and the ceasefire agreed after it has held one day, not three',
  ],
  [
    '2024-01-14T12:00:00Z',
    4,
    'Three days into the Haigeng ceasefire the TNLA reports a junta attack on Peace Hill at Kyaukme yesterday: armed action within the week, a violation (no casualties reported)',
  ],
  [
    '2024-01-26T12:00:00Z',
    4,
    'Two days after junta columns clashed with the MNDAA in Mupan (one fighter killed) and shelled Hsenwi’s bridge: the ceasefire violated with casualties within the week; the alliance threatens to resume operations',
  ],
  [
    '2024-01-28T12:00:00Z',
    4,
    'Four days after the Mupan clash: a ceasefire violation with casualties and armed action within the week',
  ],
  [
    '2024-02-01T12:00:00Z',
    3,
    'Eight days after the last armed action, the ceasefire otherwise holding; the alliance’s threat to resume operations is eight days old: coercive (armed action within the month, a threat within two weeks)',
  ],
  [
    '2024-03-20T12:00:00Z',
    1,
    'Eight weeks since the last recorded armed action or threat; the Haigeng agreement is in force and being carried out, its implementation discussed at the Kunming round of 1–3 March (no agreement, but no break): cooperative',
  ],
  // ----- June – August 2024: the second phase and Lashio -----
  [
    '2024-06-26T12:00:00Z',
    5,
    'The TNLA restarted Operation 1027 yesterday at Kyaukme, Nawnghkio and Mogok, answered with jet fighters; the Haigeng ceasefire is over: heavy armed action in several places, no ceasefire',
  ],
  [
    '2024-07-16T12:00:00Z',
    5,
    'The MNDAA’s one-sided pause (14–18 July) is no ceasefire between them: the junta bombarded Laukkai on the 14th and the offensive fighting in Lashio killed five civilians today: hostilities',
  ],
  [
    '2024-08-04T12:00:00Z',
    5,
    'The MNDAA captured the Northeastern Command in Lashio yesterday, the culmination of a month-long offensive; no ceasefire: hostilities',
  ],
  [
    '2024-08-12T12:00:00Z',
    3,
    'Nine days after the fall of the Northeastern Command, the MNDAA holding Lashio and no fighting since: armed action within the month, none within the week, no ceasefire',
  ],
  [
    '2024-09-10T12:00:00Z',
    4,
    'The junta bombed Lashio yesterday, killing three civilians and an MNDAA officer: armed action within the week, no ceasefire',
  ],
  // ----- January – May 2025: the MNDAA’s ceasefire and Lashio’s handover -----
  // Revised after the first run (b): written as 3 ("the MNDAA still holds Lashio: a lasting coercive condition").
  // §5b's line 3 names armed action within the month, ultimatums, threats of war, collapsed talks or blamed attacks
  // within two weeks, and a closed border — not ground held. The last armed action recorded is four months old, and a
  // ceasefire holds: strained. The ground held keeps the level from 1 until it is left.
  [
    '2025-01-21T12:00:00Z',
    2,
    'A ceasefire between the military and the MNDAA took effect three days ago (announced by China yesterday); no armed action recorded since September; the MNDAA still holds Lashio, which keeps it from cooperative: strained',
  ],
  [
    '2025-04-25T12:00:00Z',
    2,
    'The MNDAA handed Lashio back three days ago under Chinese monitors; the ceasefire holds and the talks go on, but the ground was held until this week: strained, not yet a month without a hostile condition',
  ],
  [
    '2025-05-28T12:00:00Z',
    1,
    'Five weeks since Lashio’s handover; the ceasefire agreement is being carried out, nothing hostile between the military and the MNDAA recorded for months: cooperative',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 13 November 2023: the analyst sees the offensive at its height — nine towns lost by the junta in under three
 *   weeks, Kunlong fallen the day before — and calls hostilities. The log holds the last three days at two places:
 *   Kunlong (12 November, no toll) and Laukkai (11 November: outposts taken, and the junta's air strike that killed
 *   ten civilians) — neither several places nor tens killed. The sources read give the towns of those weeks in
 *   summaries ("over the next few days, it took control of Phaungsai, Monekoe and Namkham") without days, and name the
 *   whole operation an offensive, not the act. The model reads 4 on the armed action. Dated acts of 10–13 November at
 *   other places, once found, belong in the fixture.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2023-11-13T12:00:00Z',
      5,
      'Kunlong, a garrison town since 1948, fell yesterday; nine towns lost by the junta in under three weeks of the offensive: hostilities, no ceasefire',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on the Myanmar military – Three Brotherhood Alliance, 2023–25 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): the NUG fought alongside the alliance but is a third party; its registration
  // makes no level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
