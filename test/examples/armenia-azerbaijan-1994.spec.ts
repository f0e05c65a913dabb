/**
 * Escalation model v2 on a case it was never tuned on: Armenia and Azerbaijan in the last year of the first Karabakh
 * war, from the Kelbajar offensive (March–April 1993) to the ceasefire of 12 May 1994 and the CSCE's Budapest summit
 * (December 1994) (armenia-azerbaijan-1994.ts, a test fixture). What it holds the model to that the other cases did
 * not: towns taken one after another in offensives, short ceasefires brokered by a mediator and broken (Sochi, the
 * three-day truce of July 1993, the autumn ceasefire broken in the advance to the Iranian border), a winter offensive
 * by the other side, a protocol agreed but never applied, a ceasefire that holds for years, and the level in its first
 * weeks and months, with Azerbaijan's blockade of Armenia in force throughout. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Nineteen are in CALLS, which the
 * model must agree with; one is in LEFT, kept as written.
 *
 * The first run missed two of the twenty calls. None was a rule misread; the model is unchanged.
 * - 15 February 1994, called 5, read 4: the recording was wrong (a). The battle for the Omar pass was recorded as one
 *   act on the 12th, with the developments its source dates on the 13th–14th and the 15th only in the text; an analyst
 *   following the battle records each dated development, so they are now acts of their own (the fixture's header).
 * - 7 January 1994, called 5, read 4: left as the model reads it (LEFT, d): the log holds the week's fighting as the
 *   retaking of Horadiz, one place with no toll of its own and no offensive named by its source (AP: "the first
 *   significant advance"); the 500 dead are Azerbaijan's count over a month. The winter offensive the analyst sees is
 *   recorded at its launch (15 December) and mid-January, not on the days around the call.
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
import definition from './armenia-azerbaijan-1994';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Armenia – Azerbaijan, 1993–94: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- March – May 1993: Kelbajar, Fizuli, the Sochi ceasefire -----
  [
    '1993-04-02T12:00:00Z',
    5,
    'Armenia began an offensive into Kelbajar the day before yesterday and its troops are at the town: heavy armed action by its size (an offensive), within three days, and no ceasefire',
  ],
  [
    '1993-04-06T12:00:00Z',
    5,
    'Kelbajar fell on the 3rd (140 combatants killed in four days) and yesterday Azerbaijan repulsed an Armenian attack on Fizuli with about 30 soldiers killed: tens killed, two places, within three days, no ceasefire',
  ],
  [
    '1993-04-10T12:00:00Z',
    4,
    'The Sochi ceasefire Grachev brokered took effect yesterday at noon; the attack on Fizuli was five days ago: armed action within the week, and the ceasefire agreed after it has held only a day',
  ],
  [
    '1993-04-12T12:00:00Z',
    3,
    'The Sochi ceasefire has held three days since the last armed action (Fizuli, 5 April), so the week-old fighting no longer keeps the level militarised; armed action within the month, and Azerbaijan’s blockade of Armenia stands',
  ],
  // ----- July – September 1993: Aghdam, the three-day truce, Fizuli and Jabrayil -----
  [
    '1993-07-24T12:00:00Z',
    5,
    'Aghdam was overrun yesterday in the battle for the city; the offensive goes on beyond it and on Fizuli, with more than 200 civilians reported dead: heavy armed action in several places, no ceasefire',
  ],
  [
    '1993-07-27T12:00:00Z',
    4,
    'A three-day truce, agreed through the Minsk Group’s officials, has been in force since yesterday: the heavy fighting of the 23rd–24th is within the week and the truce agreed after it has not yet held three days',
  ],
  [
    '1993-08-19T12:00:00Z',
    5,
    'The offensive on Fizuli began on the 17th; Jabrayil fell last night after four days of fighting, and Armenian forces took villages south of Lachin: heavy armed action in several places, no ceasefire',
  ],
  [
    '1993-09-10T12:00:00Z',
    3,
    'Eighteen days since Fizuli fell, with no armed action recorded since: armed action within the month, and the blockade of Armenia stands',
  ],
  // ----- October 1993 – February 1994: Zangilan, the winter offensive, the Omar pass -----
  [
    '1993-10-31T12:00:00Z',
    5,
    'The Russian-brokered ceasefire collapsed in the Armenian advance to the Iranian border, and a joint offensive from Armenia and Karabakh has overrun Zangilan: heavy armed action within three days, no ceasefire in force',
  ],
  [
    '1993-11-15T12:00:00Z',
    3,
    'Two weeks since Zangilan fell; resolution 884 condemned the breaches three days ago: armed action within the month, no recorded armed action within the week',
  ],
  [
    '1993-12-16T12:00:00Z',
    5,
    'Azerbaijan launched its offensive to retake Kelbajar yesterday: heavy armed action by its size, no ceasefire',
  ],
  [
    '1994-02-15T12:00:00Z',
    5,
    'The battle for the Omar pass: the Armenian counter-offensive since the 12th has cut the Azerbaijani grouping in Kelbajar: heavy armed action within three days, no ceasefire',
  ],
  [
    '1994-02-20T12:00:00Z',
    5,
    'The Omar pass and all of Kelbajar were taken on the 18th; the defence ministers’ protocol agreed in Moscow the same day is not a ceasefire in force: heavy armed action two days ago, no ceasefire',
  ],
  [
    '1994-02-22T12:00:00Z',
    4,
    'Four days since the last armed action recorded (the Omar pass, 18 February), no ceasefire in force: militarised, no longer heavy within three days',
  ],
  [
    '1994-02-26T12:00:00Z',
    3,
    'Eight days since the last armed action recorded, no ceasefire: armed action within the month, none within the week',
  ],
  // ----- May – December 1994: the end of the war, the ceasefire and its first months -----
  [
    '1994-05-04T12:00:00Z',
    4,
    'Azerbaijani forces have been counter-attacking in Aghdam district since the 2nd, at one place with no toll reported, and no ceasefire: armed action within the week, not heavy as recorded',
  ],
  [
    '1994-05-13T12:00:00Z',
    3,
    'The ceasefire signed by the defence ministers has been in force since midnight on the 12th; the last armed action recorded (Aghdam, 2–5 May) is more than a week old: armed action within the month, and the blockade of Armenia stands',
  ],
  [
    '1994-06-10T12:00:00Z',
    3,
    'Four weeks of ceasefire confirmed in Moscow, no armed action for more than a month; but Azerbaijan’s blockade of Armenia — a border closed against the other party — stands',
  ],
  [
    '1994-12-08T12:00:00Z',
    3,
    'The Budapest summit welcomed the parties’ confirmation of the ceasefire, seven months without recorded armed action; the border closed against Armenia still stands: coercive, not strained',
  ],
];

/**
 * A call the log cannot bear out (d): the analyst sees the winter offensive at war, the record holds one act at one
 * place in the last three days with no toll of its own, and a count over a month.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1994-01-07T12:00:00Z',
      5,
      'Azerbaijan’s winter offensive goes on: this week it retook Horadiz, villages and 25 miles of the Iranian border, and claims 500 Armenian soldiers killed in the month: war, no ceasefire',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Armenia – Azerbaijan, 1993–94 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): the Karabakh forces' own act (the heights of Gyulistan–Talish, 10 April 1994),
  // their charge that Azerbaijan broke the autumn ceasefire and Iran's troops moved to its border are third parties'
  // developments; none is a reason for the pair's level on the call dates or on the days just after them.
  itCitesNone(
    escalation,
    [
      ...CALLS,
      ...LEFT.map((l) => l.call),
      ['1993-10-26T12:00:00Z'],
      ['1993-11-02T12:00:00Z'],
      ['1994-04-11T12:00:00Z'],
    ],
    "a third party's act",
    definition.events.filter((e) => {
      const data = e.data as { perpetrator?: string; allegedBy?: string };
      return (
        (e.type === 'IncidentReported' && ['nagorno-karabakh', 'iran'].includes(data.perpetrator ?? '')) ||
        (e.type === 'CeasefireViolationReported' && data.allegedBy === 'nagorno-karabakh')
      );
    }),
  );
});
