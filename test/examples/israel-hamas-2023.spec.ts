/**
 * Escalation model v2 on a case it was never tuned on: Israel and Hamas, September 2023 – February 2024
 * (israel-hamas-2023.ts, a test fixture). What it holds the model to that the other cases did not: hostages held by
 * one party (a detention in force from 7 October to the end of the record) through a war; a truce agreed for a fixed
 * term, in force two days later, extended twice and collapsed into war at its expiry; exchanges of captives under it
 * recorded as terms carried out, not as a release that would end the detention; and a militant attack claimed by a
 * party during the truce that no one called a breach. The calls below were written from DOMAIN.md §5b alone, before
 * the model was run on the case, each with its reason; the model must agree with every one, save the one left below.
 *
 * First run: 20 calls, 19 agreed at once. The one missed, 23 November (the day between the truce's agreement and its
 * start), the model reads 4 where the call is 5: the only source found for that day says Israel "heavily bombarded
 * sites in Gaza", which names no place and gives no toll, so the record holds one strike on "Gaza Strip" with no
 * fatalities — not several places, not tens killed, not an operation its sources call major. The call read "sites
 * across Gaza" as several places; the log cannot bear that out, so it is left (LEFT), not revised. No call was
 * revised and the fixture was not changed after the first run. The model agreed where the case is new: the detention
 * of the hostages weighs through the truce (3 on 28 November, the ceasefire having held three days), the shooting in
 * Jerusalem claimed by Hamas's armed wing on 30 November is armed action in breach of the truce (4), and once the
 * truce collapsed on 1 December neither it nor the agreement of 22 November is read as in force.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itLeavesEachCall, itReadsEachCall, type LeftCall } from './case-log';
import definition from './israel-hamas-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Israel – Hamas, 2023–24: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2023-09-20T12:00:00Z',
    3,
    'Israel has kept the Erez crossing closed to Gaza’s workers since 15 September and extended the closure during the border protests: a border closed against the other party',
  ],
  [
    '2023-10-03T12:00:00Z',
    2,
    'The crossing reopened on 28 September at the mediators’ request; no armed action, threat or ultimatum recorded, but the closure ended less than a month ago: strained, not cooperative',
  ],
  [
    '2023-10-07T18:00:00Z',
    5,
    'Hamas’s assault this morning across the Gaza envelope (about 1,200 killed in Israel) with thousands of rockets, and Hamas holding hostages in Gaza: heavy armed action in many places, no ceasefire',
  ],
  [
    '2023-10-10T12:00:00Z',
    5,
    'Israel’s strikes on Gaza since the 7th have killed 400–500 (over 1,000 targets hit), war formally declared, Gaza under complete siege since yesterday: heavy armed action in the last three days, no ceasefire',
  ],
  [
    '2023-10-18T12:00:00Z',
    5,
    'Israeli strikes on Khan Younis, Rafah and Deir el-Balah killed 71–80 yesterday: heavy armed action (several places, tens killed) within three days, no ceasefire',
  ],
  [
    '2023-10-23T12:00:00Z',
    5,
    'The IDF struck 320 targets in 24 hours and the Gaza ministry reports 436 killed; two American hostages freed on the 20th, the rest still held: heavy armed action, no ceasefire',
  ],
  [
    '2023-10-28T12:00:00Z',
    5,
    'Israel’s ground forces expanded their operation in Gaza last evening under heavy air strikes (a major operation): heavy armed action within three days, no ceasefire',
  ],
  [
    '2023-11-16T12:00:00Z',
    4,
    'Israeli forces raided al-Shifa hospital yesterday (one place, no toll recorded); the last heavy action recorded (53 killed in the central camps, the encirclement of Gaza City) is eleven days old: armed action within the week, not heavy in the last three days as recorded',
  ],
  [
    '2023-11-25T12:00:00Z',
    4,
    'The truce has been in force since 07:00 yesterday and the first 24 hostages were exchanged for 39 prisoners; Israel’s bombardment was two days ago: armed action within the week, and the ceasefire agreed after it has not yet held three days',
  ],
  [
    '2023-11-28T12:00:00Z',
    3,
    'The truce has held four days and was extended yesterday by two; the last armed action is five days old, so the ceasefire agreed after it has held three days; armed action within the month, and Hamas still holds most of the hostages',
  ],
  [
    '2023-11-30T12:00:00Z',
    4,
    'The truce was extended this morning for a seventh day, but Hamas’s armed wing claims the deadly shooting at a Jerusalem bus stop this morning: armed force by one party on the other’s territory within the week, after the truce was agreed, so not a ceasefire that has held three days since',
  ],
  [
    '2023-12-01T18:00:00Z',
    5,
    'The truce collapsed at 07:00; Israel struck 200 targets across Gaza (178 killed by evening) and Hamas fired 50 rockets: heavy armed action today, no ceasefire in force',
  ],
  [
    '2023-12-06T12:00:00Z',
    5,
    'Israeli tanks entered Khan Younis yesterday in the most intense day of the ground war (tens killed there and in Deir al-Balah): heavy armed action, no ceasefire; Israel recalled its negotiators on the 2nd',
  ],
  [
    '2023-12-25T12:00:00Z',
    5,
    'Israeli strikes on the Maghazi camp last night killed 70 to 100: heavy armed action within three days, no ceasefire',
  ],
  [
    '2024-01-12T12:00:00Z',
    5,
    'Israeli air and ground attacks in central and southern Gaza killed more than 60 yesterday: heavy armed action, no ceasefire',
  ],
  [
    '2024-01-23T12:00:00Z',
    5,
    'Israeli forces encircled Khan Younis yesterday, 65 Palestinians and 24 Israeli soldiers killed: heavy armed action, no ceasefire',
  ],
  [
    '2024-01-29T12:00:00Z',
    4,
    'The Paris meeting yesterday was “constructive” with “significant gaps”; the last armed action recorded is the shelling of the UN shelter in Khan Younis five days ago (12 dead), the last heavy one a week ago: armed action within the week, no ceasefire',
  ],
  [
    '2024-02-07T20:00:00Z',
    5,
    'Netanyahu rejected Hamas’s three-stage plan today as “delusional” and threatens Rafah; Israeli strikes killed 128 overnight into the 5th: heavy armed action within three days, no ceasefire',
  ],
  [
    '2024-02-14T12:00:00Z',
    5,
    'Israel’s operation in Rafah freed two hostages two days ago and killed about 100; the Cairo talks ended yesterday without a breakthrough: heavy armed action within three days, no ceasefire',
  ],
];

/**
 * Calls the log cannot bear out, kept as written with the model's reading beside them. 23 November: the analyst reads
 * the bombardment of the day before the truce as heavy ("heavily bombarded sites in Gaza", in the war's seventh week);
 * the source names no place and gives no toll, so the record has one place and no dead, and the model reads armed
 * action within the week (4). The table's "heavy" is defined by places or tolls, which the analyst could not record.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2023-11-23T12:00:00Z',
      5,
      'The truce was agreed yesterday but is not yet in force; Israel is heavily bombarding sites across Gaza today: heavy armed action today and no ceasefire in force',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Israel – Hamas, September 2023 – February 2024 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);
});
