/**
 * Escalation model v2 on a case it was never tuned on: Thailand and Laos from the Ban Rom Klao border war (December
 * 1987 – February 1988) to the thaw of late 1988 (thailand-laos-1987.ts, a test fixture). What it holds the model to
 * that the other cases did not: weeks of fighting at one place only (heavy by its toll, never by its places), air
 * strikes and a bomber shot down, a truce agreed between the two armies two days before it took effect with fighting in
 * between and a last skirmish an hour before the start, a truce that holds, and a thaw into trade. The calls below
 * were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Thirteen are in
 * CALLS, which the model must agree with; two are in LEFT, kept as written.
 *
 * The first run missed three of the fifteen calls. None was a rule misread; the model is unchanged.
 * - 21 January 1988, called 5, read 4: the call was wrong by §5b (revised, see its comment): 11 killed is a dozen,
 *   not "tens killed".
 * - 14 and 16 February 1988, called 5, read 4: left as the model reads it (LEFT): the log holds the offensive as acts
 *   at one place with no toll of their own; the hundreds dead are known only from a count over eleven weeks. When the
 *   catalogue gained an armed incident's `scale` (`major`: an offensive, a full-scale battle by its sources' account),
 *   they stayed in LEFT: the source of the acts of 13–14 February (UPI) names no offensive or battle for any of them
 *   (air strikes, a bomber downed, "artillery duels", troops airlifted), so none is recorded major.
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
import definition from './thailand-laos-1987';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Thailand – Laos: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- December 1987 – January 1988: the village retaken, the ambush -----
  [
    '1987-12-16T12:00:00Z',
    4,
    'The Lao night attack of yesterday drove the Thai garrison from Ban Rom Klao: armed action within the week, at one place, with no toll reported, and no ceasefire: militarised, not yet heavy',
  ],
  // Revised after the first run (b): written as 5 ("11 killed: tens killed"). §5b's "tens killed" is several tens;
  // 11 dead in one ambush is a dozen, heavy by neither measure (one place), so the level is the armed action's 4.
  [
    '1988-01-21T12:00:00Z',
    4,
    'Lao sappers ambushed Thai soldiers near Rom Klao yesterday, killing 11: armed action within the week at one place, a dozen killed (not tens), no ceasefire: militarised',
  ],
  [
    '1988-01-24T12:00:00Z',
    4,
    'Four days after the ambush; the tolls published yesterday (33 Thai and 80 Lao dead) are of months of fighting, not of the last three days: armed action within the week, no ceasefire',
  ],
  [
    '1988-02-05T12:00:00Z',
    3,
    'A week since the Lao shells fell near the diplomats’ tour; the Thai Army promised "decisive action" to drive the Lao out a few days ago: armed action within the month and a threat of force within two weeks',
  ],
  // ----- February 1988: the offensive and the talks -----
  [
    '1988-02-18T12:00:00Z',
    4,
    'A truce was agreed yesterday but takes effect only tomorrow; heavy artillery and ground clashes at the hill yesterday and today, with no toll reported and at one place: armed action within the week, no ceasefire in force; the last count of hundreds dead runs to the 14th, four days ago',
  ],
  // ----- 19 February 1988: the truce -----
  [
    '1988-02-20T12:00:00Z',
    4,
    'The truce took effect yesterday morning, an hour after a last skirmish: armed action within the week and the ceasefire has not yet held three days',
  ],
  [
    '1988-02-21T02:00:00Z',
    4,
    'Two days after the last skirmish, the truce two days old: armed action within the week, the ceasefire not yet held three days',
  ],
  [
    '1988-02-22T12:00:00Z',
    3,
    'The truce agreed after the fighting has held three and a half days, the troops separated behind the flag-marked zone: armed action within the month, none since',
  ],
  [
    '1988-02-23T02:00:00Z',
    3,
    'Four days after the last armed action, the truce holding: coercive for armed action within the month',
  ],
  [
    '1988-02-27T02:00:00Z',
    3,
    'Eight days after the last armed action, the truce holding: armed action within the month, none in the last week',
  ],
  [
    '1988-03-16T12:00:00Z',
    3,
    'Twenty-six days after the last skirmish: armed action still within the month, though the truce holds',
  ],
  // ----- After the truce: the thaw -----
  [
    '1988-03-25T12:00:00Z',
    1,
    'Five weeks since the last skirmish and six since the last threat; the truce agreement is being carried out (troops separated, the zone respected) and nothing hostile between them is recorded since: cooperative',
  ],
  [
    '1988-11-28T12:00:00Z',
    1,
    'The truce agreement still carried out, nothing hostile for nine months; Chatichai’s government turns "battlefields into marketplaces", with Thai experts and a Thai joint venture in Laos',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 14 and 16 February 1988: the analyst sees the Thai offensive at its height (air strikes, a bomber shot down,
 *   artillery duels, 3,000 troops flown in, hundreds dead in eleven weeks) and calls hostilities. The log holds the
 *   acts of 13–14 February at one place (every act of this war is on the same hills) with no toll of their own: no
 *   source read gives the dead of those days. The hundreds dead are a `casualty-report` over eleven weeks, which says
 *   neither when nor where and is not read as an act (as in the India – Pakistan 2019 and US – Taliban 2018 cases).
 *   The model reads 4 on the armed action. A dated toll for the days of the offensive, once found, belongs in the
 *   fixture.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1988-02-14T12:00:00Z',
      5,
      'Thai air strikes and a Thai bomber shot down yesterday, artillery duels today, 3,000 troops airlifted in, hundreds killed in the fighting up to today: heavy armed action by its toll, no ceasefire',
    ],
    model: 4,
    rule: 'armed-action',
  },
  {
    call: [
      '1988-02-16T12:00:00Z',
      5,
      'The army talks open in Bangkok today, but the air strikes and artillery of the last three days and their toll stand, and no ceasefire is in force',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Thailand – Laos, 1987–88 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): Vietnam and the Soviet Union are third parties; Thailand's charge about the
  // Vietnamese troops is Thailand's own act, but nothing of theirs makes the level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
