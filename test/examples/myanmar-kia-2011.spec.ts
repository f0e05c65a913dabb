/**
 * Escalation model v2 on a case it was never tuned on: Myanmar's government (Thein Sein, the Tatmadaw, Aung Min's
 * peacemaking committee) and the Kachin Independence Organisation / Army, from the end of their 1994 ceasefire at Sang
 * Gang (9 June 2011) to the second seven-point agreement of Myitkyina (10 October 2013) and the weeks after it
 * (myanmar-kia-2011.ts, a test fixture; China and the UN as observers). What it holds the model to that the other cases
 * did not: a ceasefire of seventeen years broken into war; offensives with air strikes; halts to offensives declared by
 * the government alone (December 2011, January 2013) and broken on the ground within days or hours; talks with
 * observers; two agreements to reduce hostilities that both sides said were not ceasefires, and fighting going on at
 * a lower level after them. The calls below were written from DOMAIN.md §5b alone, before the model was run on the
 * case, each with its reason; eighteen are in CALLS, which the model must agree with, and two in LEFT, kept as written.
 *
 * The first run agreed on sixteen of the twenty calls at once. The model is unchanged.
 * - 21 June 2011, called 5, read 3: the record lacked a fact its source gives (the KIA's bomb attack of 16 June that
 *   killed LIB 297's commander, fixed in the fixture: then read 4), and the call was wrong by §5b (revised, see its
 *   comment): a toll over eleven days cannot be placed in the last three.
 * - 16 January 2013, called 5, read 4: the call was wrong by §5b (revised): Laiza and Hka Ya Bum are two places, three
 *   killed; "the offensive still under way" is no dated act in the last three days. (The shelling of Laiza of 15
 *   January, which the source gives, was added to the record; it does not change the reading.)
 * - 21 June 2012, called 5, read 4 (armed-action): left (LEFT): the report counts at least five places but names two
 *   towns, and the record holds the day's fighting as one clash at one place.
 * - 19 January 2013, called 4, read 5 (heavy-armed-action): left (LEFT): the analyst counts the government's halt,
 *   in effect since 6:00 that morning, as a ceasefire in force; the model counts only a ceasefire that binds both
 *   sides (or that one brokered), and the halt bound the government alone.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itLeavesEachCall, itReadsEachCall, type LeftCall } from './case-log';
import definition from './myanmar-kia-2011';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Myanmar – the KIO/KIA: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- June 2011: the 1994 ceasefire broken -----
  [
    '2011-06-10T12:00:00Z',
    4,
    'Yesterday the army and the KIA fought for three hours at Sang Gang, near the Taping dams, three soldiers killed: the 1994 ceasefire is broken, armed action within the week, at one place and short of tens killed: militarised, not yet hostilities',
  ],
  // Revised after the first run (the call was wrong by §5b; first written as 5, "The KIO counts over a hundred
  // government soldiers killed since 9 June, about ten a day, across Kachin and northern Shan State: tens killed in the
  // last three days, and no ceasefire between them any more: hostilities"): a count over eleven days says nothing of
  // the last three, and no dated act in them is recorded. The KIA's bomb attack of 16 June, which the same report
  // dates, was missing from the record and was added.
  [
    '2011-06-21T12:00:00Z',
    4,
    'The KIA killed the commander of LIB 297 in a bomb attack five days ago, and the KIO counts over a hundred government soldiers dead since 9 June; no dated heavy act in the last three days: armed action within the week, no ceasefire: militarised',
  ],
  // ----- December 2011 – March 2012: the president's order, Ruili -----
  [
    '2011-12-14T12:00:00Z',
    4,
    'The president ordered the army on the 10th to fight only in self-defence, but the KIA reports fighting going on two days ago: armed action within the week, and a halt declared by one side that has not held three days: militarised',
  ],
  [
    '2011-12-27T12:00:00Z',
    4,
    'Three army columns assaulted a KIA base between Kutkai and Manton on Christmas night, with heavy artillery the next day; the president’s order has not stopped the offensive. Armed action at one place, no toll given: militarised',
  ],
  [
    '2012-01-21T12:00:00Z',
    4,
    'The Ruili talks ended yesterday without a ceasefire and the army shelled the KIA’s Battalion 8 base at Mandong the same day: armed action within the week, no ceasefire: militarised',
  ],
  [
    '2012-03-15T12:00:00Z',
    2,
    'No armed action recorded since the shelling of 20 January, nearly two months; no ultimatum or threat, the talks inconclusive but not broken off, and no agreement being carried out: strained',
  ],
  // ----- June 2012 -----
  // ----- December 2012 – January 2013: the deadline, the offensive, the air strikes, the second halt -----
  [
    '2012-12-22T12:00:00Z',
    3,
    'The Northern Command has told the KIA to withdraw from the supply route to Lajayang by Christmas Day: an ultimatum within the two weeks; no armed action recorded since June: coercive',
  ],
  [
    '2012-12-26T12:00:00Z',
    5,
    'The deadline passed and the army launched its offensive toward Laiza yesterday on three fronts, with aircraft: a major operation within the three days, no ceasefire: hostilities',
  ],
  [
    '2012-12-31T12:00:00Z',
    5,
    'The offensive goes on: helicopter gunships near Laiza on the 28th, air strikes around Lajayang yesterday and today: heavy armed action in several places within three days, no ceasefire: hostilities',
  ],
  // Revised after the first run (the call was wrong by §5b; first written as 5, "Army artillery killed three civilians
  // in Laiza on the 14th and jets struck Hka Ya Bum yesterday, the offensive still under way: heavy armed action in
  // several places within three days, no ceasefire: hostilities"): two places and three dead are not "several places,
  // or tens killed", and the offensive of Christmas is three weeks old; that it goes on is no act dated in the three days.
  [
    '2013-01-16T12:00:00Z',
    4,
    'Army artillery killed three civilians in Laiza on the 14th and shelled it again yesterday, when jets struck Hka Ya Bum: armed action at two places within the week, three killed, no ceasefire: militarised, not hostilities',
  ],
  [
    '2013-01-24T12:00:00Z',
    5,
    'The halt broke down within a day; since the 22nd the army has been attacking Hka Ya Bum, the last line before Laiza, with hundreds of troops and heavy artillery: a major battle within three days, no ceasefire in force: hostilities',
  ],
  // ----- February – October 2013: Ruili, the seven-point agreements -----
  [
    '2013-02-05T12:00:00Z',
    3,
    'The talks in Ruili yesterday ended with a joint statement to de-escalate; the battle for Hka Ya Bum ended ten days ago and the foreign ministry’s charge of KIA "terrorist attacks" is ten days old: armed action within the month, not the week: coercive',
  ],
  [
    '2013-05-31T12:00:00Z',
    1,
    'The seven-point agreement to de-escalate was signed yesterday (not a ceasefire, but an agreement both are to carry out); no armed action, threat or accusation is recorded since the skirmishes of 6 February, almost four months: cooperative',
  ],
  [
    '2013-06-12T12:00:00Z',
    4,
    'Two days ago the army and KIO militia clashed at Hpai Kawng in northern Shan State, two soldiers killed: armed action within the week; the agreement of 30 May is not a ceasefire: militarised',
  ],
  [
    '2013-07-10T12:00:00Z',
    3,
    'The last clash recorded, at Mai Ja Yang, is eighteen days old, and the KIO accused the army of 21 clashes in June: armed action within the month, not the week: coercive',
  ],
  [
    '2013-10-12T12:00:00Z',
    3,
    'The second seven-point agreement was signed two days ago, but the army and the KIA clashed at Mung Ding Pa on 30 September, twelve days ago: armed action within the month: coercive',
  ],
  [
    '2013-10-17T12:00:00Z',
    4,
    'Five days after the agreement, the army attacked a KIA battalion at Nam Hawm on the 15th and KIA mines wounded three soldiers at Man Sawn yesterday: armed action within the week, no ceasefire: militarised',
  ],
  [
    '2013-12-15T12:00:00Z',
    1,
    'Two months since the last clash recorded (16 October); the agreements of May and October are being carried out (liaison office, monitoring, talks) and no threat or accusation is recorded since: cooperative',
  ],
];

/**
 * Calls the model reads otherwise, kept as written: the model's level and first rule beside each.
 *
 * - 21 June 2012: the KNG report has the army and the KIA fighting "in at least five different places" but names only
 *   the towns of Pangsai and Mongkoe; the record holds the day as one clash at one place, with its toll (14, short of
 *   tens), so the model counts one occurrence. The analyst reads the report's five places as heavy armed action; three
 *   unnamed places cannot be recorded as separate acts without inventing them.
 * - 19 January 2013: the government's halt took effect at 6:00 that morning and its artillery fired on the KIA within
 *   hours. The analyst, from §5b's letter, counts a declared ceasefire as in force on its first day, so no hostilities
 *   however heavy the week; the model counts on line 5 only a ceasefire that binds both of the pair (or that one of them
 *   brokered), and this one, like the president's order of December 2011, bound the government alone: with five armed
 *   acts in the week at several places and fighting that day, it reads hostilities.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2012-06-21T12:00:00Z',
      5,
      'Yesterday the army and the KIA fought in at least five places in northern Shan State, more than a dozen soldiers killed by the KIA’s count: heavy armed action in several places within three days, and no ceasefire: hostilities',
    ],
    model: 4,
    rule: 'armed-action',
  },
  {
    call: [
      '2013-01-19T12:00:00Z',
      4,
      'The government declared a halt to its operations from 6:00 today, but air strikes hit near Lajayang and Laiza yesterday and its artillery fired on KIA positions this morning: a ceasefire is declared, so not hostilities, but it has not held three days and armed action is within the week: militarised',
    ],
    model: 5,
    rule: 'heavy-armed-action',
  },
];

describe('escalation model v2 on Myanmar – the KIO/KIA, 2011–13 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);
});
