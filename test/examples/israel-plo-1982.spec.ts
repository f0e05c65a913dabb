/**
 * Escalation model v2 on a case it was never tuned on: Israel and the PLO from Habib's ceasefire of July 1981 to the
 * weeks after the PLO left Beirut in September 1982 (israel-plo-1982.ts, a test fixture). What it holds the model to
 * that the other cases did not: a ceasefire broken after an attack that one party blamed on the other though a rival
 * group carried it out (Argov, 3 June 1982), an invasion recorded `major`, ceasefires declared and broken again and
 * again under a siege, an agreement for one party's evacuation, and the level once that party has left the city
 * (the Israeli strikes on its positions in the Bekaa, and a third party's massacre under Israeli control). The calls
 * below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Nineteen
 * are in CALLS, which the model must agree with; one is in LEFT, kept as written.
 *
 * The first run missed two of the twenty calls. None was a rule misread; the model is unchanged.
 * - 22 April 1982, called 4, read 5: the call was wrong by §5b (revised, see its comment): it rested on the 1981
 *   ceasefire being in force, but the JTA's report of the raid (read after the run, when the recording of that day was
 *   checked) says the raids "marked the end of the precarious cease-fire", and they hit a wide area and killed 25.
 * - 23 July 1981, called 5, read 4: left as the model reads it (LEFT): the week's war the analyst sees (over 840
 *   shells and rockets on 25 towns, the raid on Beirut of the 17th) is in the log only as the two acts of the 22nd.
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
import definition from './israel-plo-1982';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Israel – PLO: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- July 1981: Habib's ceasefire (the call on the fighting before it is in LEFT) -----
  [
    '1981-07-28T12:00:00Z',
    3,
    'The ceasefire Habib brokered on the 24th, after the fighting, has held four days: armed action within the month, none since',
  ],
  [
    '1981-10-15T12:00:00Z',
    2,
    'Nearly three months without armed action recorded; the ceasefire holds, but Israel refuses any negotiation with the PLO and nothing between them is an agreement being carried out beyond the truce: strained',
  ],
  // ----- Spring 1982: the strains -----
  // Revised after the first run (b): written as 4 ("the 1981 ceasefire, agreed long before it, is still formally in
  // force, so not hostilities"). The same day's JTA report says the raids "marked the end of the precarious cease-fire"
  // and had them hit bases south of Beirut and north-east of Sidon, the camps of Beirut and Damour; 25 were killed.
  // Heavy armed action (tens killed, over a wide area) with no ceasefire standing is hostilities by §5b.
  [
    '1982-04-22T12:00:00Z',
    5,
    'Israeli raids yesterday on PLO bases south of Beirut, north-east of Sidon and at Damour killed 25; the press reports them as the end of the 1981 ceasefire: heavy armed action, no ceasefire standing',
  ],
  [
    '1982-05-10T12:00:00Z',
    4,
    'Israeli raids on three Palestinian bases and PLO shells on the Galilee yesterday, Israel reporting a ceasefire violation (a soldier wounded by a mine): armed action within the week',
  ],
  // ----- June 1982: Argov, the strikes on Beirut, the invasion -----
  [
    '1982-06-03T23:00:00Z',
    3,
    'Ambassador Argov was shot in London an hour ago by the Abu Nidal group, a rival of the PLO, and no one has yet blamed the PLO; the last armed action between them was on 9 May, within the month: coercive',
  ],
  [
    '1982-06-05T12:00:00Z',
    5,
    'Yesterday Israel bombed Beirut (45–60 killed) and southern Lebanon, blaming the PLO for Argov; PLO rockets killed one in the Galilee; the 1981 ceasefire has collapsed: heavy armed action in several places, tens killed, no ceasefire',
  ],
  [
    '1982-06-08T12:00:00Z',
    5,
    'Two days into the invasion of Lebanon (over 250 tanks, three columns, the whole front): heavy armed action, no ceasefire',
  ],
  [
    '1982-06-12T20:00:00Z',
    4,
    'Israel and the PLO agreed a ceasefire today after Israeli bombing of the areas south of Beirut: the ceasefire has not held three days, armed action within the week',
  ],
  [
    '1982-06-14T12:00:00Z',
    5,
    'The ceasefire of the 12th was shattered yesterday: Israeli air strikes on Beirut, fierce fighting at Khalde and battles in Ain el-Hilweh at Sidon: heavy armed action in several places, no ceasefire',
  ],
  [
    '1982-06-23T12:00:00Z',
    5,
    'Yesterday Israeli jets and tanks opened a big offensive on the PLO and the Syrians along the Damascus highway; no ceasefire in force: hostilities',
  ],
  // ----- July – August 1982: the siege of West Beirut and its ceasefires -----
  [
    '1982-07-31T12:00:00Z',
    4,
    'Israel bombarded West Beirut yesterday; Habib’s new ceasefire from 9 PM last night has held less than a day: militarised',
  ],
  [
    '1982-08-02T12:00:00Z',
    4,
    'Fourteen hours of bombardment yesterday killed some 200, but the ninth ceasefire, called at 5 PM, is in force: not hostilities while it stands; armed action within the week and the ceasefire not yet held three days',
  ],
  [
    '1982-08-13T12:00:00Z',
    4,
    'Eleven hours of bombing yesterday killed 128; the IDF called a ceasefire at 5 PM, in force since: armed action within the week, the ceasefire not yet held three days',
  ],
  [
    '1982-08-16T02:00:00Z',
    3,
    'The ceasefire of the 12th has held three and a half days, agreed after the last armed action: coercive for armed action within the month',
  ],
  [
    '1982-08-24T12:00:00Z',
    3,
    'The Habib plan agreed on the 19th is being carried out: the PLO began leaving Beirut on the 21st under the Multinational Force. The bombardment of 12 August is within the month',
  ],
  // ----- September 1982: after the evacuation -----
  [
    '1982-09-12T12:00:00Z',
    2,
    'A month since the last armed action (12 August); the evacuation done under the Habib agreement and the ceasefire holding; Sharon warned the PLO on 19 August, within the month, so not cooperative: strained',
  ],
  [
    '1982-09-14T12:00:00Z',
    4,
    'Israeli air strikes on PLO and Syrian positions in the Bekaa yesterday, at one place with no toll given: armed action within the week, the Beirut ceasefire agreed before it',
  ],
  [
    '1982-09-17T12:00:00Z',
    4,
    'Four days after the Israeli strikes on the PLO in the Bekaa; the IDF entering West Beirut against the Lebanese militias and the Phalange massacre in Sabra and Shatila are not acts between Israel and the PLO: armed action within the week',
  ],
  [
    '1982-09-22T02:00:00Z',
    3,
    'Eight and a half days after the Israeli strikes on the PLO in the Bekaa, none since between the two: armed action within the month',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 23 July 1981: the analyst sees a week of war — over 840 shells and rockets on 25 towns and settlements of the
 *   Galilee since the 15th, five civilians killed, the Israeli raid on Beirut of the 17th — and calls hostilities. The
 *   log holds the week only as the two acts of the 22nd that the JTA dates (the shelling of the Galilee, one
 *   injured, at one place; the strikes near Rashidiyeh): no source read dates the week's acts day by day, place by
 *   place. The model reads 4 on the armed action.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1981-07-23T12:00:00Z',
      5,
      'PLO rockets and shells on the Galilee yesterday (over 840 on 25 towns in a week, five civilians killed) and Israeli air strikes near Rashidiyeh; no ceasefire yet: heavy armed action in several places',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Israel – PLO, 1981–82 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): Lebanon, Syria, the Multinational Force, the Phalange and the Abu Nidal group
  // are not the pair; their registration makes no level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );

  // Acts that are not between Israel and the PLO: the Phalange's massacre at Sabra and Shatila, and the IDF's entry
  // into West Beirut against Lebanon. Neither is a reason for the pair's level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    'an act that is not between the pair',
    definition.events.filter(
      (e) => e.type === 'IncidentReported' && (e.data.perpetrator === 'phalange' || e.data.against === 'lebanon'),
    ),
  );
});
