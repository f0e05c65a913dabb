/**
 * Escalation model v2 on a case it was never tuned on: China and the Soviet Union in the border crisis of 1969 — the
 * ambush on Zhenbao (Damansky) Island (2 March, 31 Soviet border guards killed), the second battle there (15–17
 * March), the clash on Goldinsky Island (8 July), the Tielieketi clash in Xinjiang (13 August, some 30 killed), the
 * Soviet hints of a nuclear strike (18 and 28 August), Kosygin's meeting with Zhou Enlai at Beijing airport (11
 * September) and the understanding reached there, the border talks in Beijing from 20 October and their dragging on
 * in 1970 (china-ussr-1969.ts, a test fixture). What it holds the model to that the other cases did not: heavy
 * fighting at one place, heavy by its toll; battles weeks apart, with the level between them falling by the days since
 * the last; threats of war told to a third party and in the press, a nuclear one among them; an understanding reached
 * at a meeting when no fighting was going on (not a ceasefire); and talks opened and dragging on.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * Nineteen are in CALLS, which the model must agree with; one is in LEFT.
 *
 * The first run agreed with nineteen of twenty and missed one; no rule is misread, and the model is unchanged.
 * - 20 August 1970, called 2, read 1 (agreement-implemented): the log cannot say what the analyst sees (d). The
 *   analyst calls the relationship strained because the premiers' understanding is disputed — the Soviet delegation
 *   denied at the talks that it had been reached, the provisional measures China proposed were never agreed — and
 *   because the talks are deadlocked and the polemics go on. The log holds the understanding as kept (no status: the
 *   border did stay quiet and the talks it provided for were held, so no status that says otherwise can be recorded
 *   honestly — `withdrawn` would say the Soviet Union stopped applying it, which it did not), the Soviet denial as one
 *   critical statement of October 1969, and the last polemic it has a dated source for is the editorial of 22 April
 *   1970, four months old; a statement does not change an agreement's status, and no hostile act or threat is
 *   recorded in the month before. Kept as written, in LEFT, with the model's reading beside it. The same reading
 *   holds on the dates no call was written for between mid-December 1969 and the editorial of April 1970.
 * - The first run also showed the Soviet diplomat's nuclear question of 18 August given no weight as a threat: it had
 *   been recorded with the United States, to whose official it was told, as its `audience` — whom a statement is aimed
 *   at. The recording was mended (a): its audience is China. No call's level changed (the call of 22 August was
 *   already coercive by the armed action of 13 August).
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './china-ussr-1969';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for China – Soviet Union: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- March 1969: Zhenbao (Damansky) -----
  [
    '1969-03-03T12:00:00Z',
    5,
    'Chinese troops ambushed a Soviet patrol on Zhenbao yesterday, 31 Soviet border guards killed by the Soviet count: tens killed within three days, at one place, and no ceasefire',
  ],
  [
    '1969-03-06T12:00:00Z',
    4,
    'Four days after the ambush, no new fire; the embassies are besieged and the notes trade charges: armed action within the week, none within three days, no ceasefire',
  ],
  [
    '1969-03-10T12:00:00Z',
    3,
    'Eight days after the ambush, no new fire: armed action within the month, not within the week; the demonstrations and notes are accusations',
  ],
  [
    '1969-03-16T12:00:00Z',
    5,
    'The second battle for the island yesterday — Soviet tanks, artillery and Grad rockets, dozens killed on each side: tens killed within three days, no ceasefire',
  ],
  [
    '1969-03-19T12:00:00Z',
    5,
    'The battle for the island went on until the 17th, two days ago, dozens killed in it: heavy armed action within three days, no ceasefire',
  ],
  [
    '1969-03-22T12:00:00Z',
    4,
    'Five days after the last fighting on the island (17 March): armed action within the week, none within three days, no ceasefire',
  ],
  [
    '1969-03-26T12:00:00Z',
    3,
    "Nine days after the last fighting: armed action within the month, not within the week; Red Flag's 'wipe them out' (14 March) within two weeks",
  ],
  [
    '1969-04-10T12:00:00Z',
    3,
    'The last armed act (17 March) is 24 days old: armed action within the month; the Soviet statement of 29 March offers talks but warns of a firm rebuff',
  ],
  [
    '1969-05-28T12:00:00Z',
    2,
    "No armed act recorded since 17 March, over two months; no threat of war within two weeks; China's statement of 24 May offers negotiations and the status quo: strained, accusations on both sides",
  ],
  // ----- July – August: Goldinsky, Tielieketi, the nuclear hints -----
  [
    '1969-07-09T12:00:00Z',
    4,
    'Chinese fire on Soviet river workers on Goldinsky Island yesterday, one killed: armed action within the week at one place, one dead — militarised, not hostilities',
  ],
  [
    '1969-07-20T12:00:00Z',
    3,
    "Twelve days after Goldinsky: armed action within the month; Lin Biao's 'new lessons' to the Soviet revisionists six days ago is a threat of war",
  ],
  [
    '1969-08-11T12:00:00Z',
    2,
    "The river-navigation agreement was signed three days ago; Goldinsky (8 July) is over a month old and Lin Biao's threat four weeks old: no armed action within the month, no threat within two weeks — strained",
  ],
  [
    '1969-08-14T12:00:00Z',
    5,
    'Soviet troops with tanks and helicopters wiped out a Chinese patrol at Tielieketi yesterday, some 30 killed: tens killed within three days, no ceasefire',
  ],
  [
    '1969-08-17T12:00:00Z',
    4,
    'Four days after Tielieketi, no further clash: armed action within the week, none within three days',
  ],
  [
    '1969-08-22T12:00:00Z',
    3,
    "Nine days after Tielieketi; a Soviet diplomat sounded out the State Department on 18 August about a Soviet strike on China's nuclear installations: a threat of war within two weeks, armed action within the month",
  ],
  [
    '1969-09-05T12:00:00Z',
    3,
    'Pravda warned eight days ago that a war would spare no continent, the Soviet hint of nuclear war; Tielieketi 23 days ago: coercive',
  ],
  // ----- September – October: the airport meeting and the talks -----
  [
    '1969-09-14T12:00:00Z',
    2,
    "Three days after the premiers' meeting at Beijing airport: an understanding to keep the status quo, avoid armed conflict and open talks — not a ceasefire, no fighting was going on. The last armed act (13 August) is over a month old, Pravda's threat (28 August) over two weeks: strained",
  ],
  [
    '1969-10-22T12:00:00Z',
    2,
    "The border talks opened in Beijing two days ago; Lin Biao's alert of the army is a posture, not a threat of war; no armed action since August: strained, talks under way",
  ],
  // ----- 1970: the talks drag on -----
  [
    '1970-05-01T12:00:00Z',
    2,
    "The talks drag on without progress; the Lenin-centenary editorial of 22 April calls Brezhnev a 'new tsar': accusations within the month, no armed action, no threat — strained",
  ],
];

/** Calls the log cannot bear out, kept as written, with the model's reading beside them (see the header). */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1970-08-20T12:00:00Z',
      2,
      'The talks are deadlocked (their Soviet head replaced by Ilyichev, the talks carried on by deputies); the Soviet side has denied the airport understanding China holds it to, so no agreement is being implemented as agreed; no clash for a year: strained, not cooperative',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

describe('escalation model v2 on China – Soviet Union, 1969–70 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
  itLeavesEachCall(escalation, LEFT);

  // The Soviet nuclear hint of 18 August was told to an American official, but aimed at China: on the coercive dates
  // after the armed action's week it is a threat of war between the pair, given as a reason within the two weeks, and
  // not after.
  it("the Soviet diplomat's question on a strike at China's nuclear installations is a threat of war for two weeks", () => {
    const davydov = definition.events.find(
      (e) => e.type === 'StatementMade' && e.data.speaker.name === 'Boris Davydov',
    );
    expect(davydov).toBeDefined();
    const ats = ['1969-08-22T12:00:00Z', '1969-08-31T12:00:00Z', '1969-09-03T12:00:00Z'];
    expect(datesCiting(escalation, ats, davydov?.eventId ?? '')).toEqual(ats.slice(0, 2));
  });
});
