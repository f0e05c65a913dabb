/**
 * Escalation model v2 on a case it was never tuned on: India and Pakistan from the overflight ban and the accusations
 * of 1971, through the shelling across the eastern border, Garibpur and Boyra, the war of December 1971, the surrender
 * at Dacca and the ceasefire in the west, to the prisoners of war held in India until April 1974, the Simla Agreement,
 * the withdrawals and the release (india-pakistan-1971.ts, a test fixture). What it holds the model to that the other
 * cases did not: a war after months of accusations and border clashes, a surrender in one theatre a day before a
 * ceasefire declared by one side and accepted by the other, 90,000 prisoners of war held for more than two years after
 * the ceasefire while the agreements are carried out, ground held on both sides until the withdrawals, and the release.
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run missed one of the twenty calls. It was not a rule misread; the model is unchanged.
 * - 14 December 1971, called 5, read 4: the recording was wrong (fixed in the fixture). The first recording held no
 *   dated act of the war between the 9th and the 15th, though the press dates two of them: the Tangail airdrop of 11
 *   December (the battle for the Poongli bridge, 143 Pakistani soldiers killed by an Indian account) and the rocket
 *   attack on Government House in Dacca on 14 December (Reuters). An analyst following the war records both; with
 *   them the log holds heavy armed action in several places in the three days before the call, as the analyst saw.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './india-pakistan-1971';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Pakistan, 1971–74: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- February – November 1971: the ban, the accusations, the shelling -----
  [
    '1971-03-15T12:00:00Z',
    3,
    'India has barred all Pakistani aircraft from its airspace since 4 February (until compensation for the Ganga is paid): a border closed against the other party; no armed action between them',
  ],
  [
    '1971-10-13T12:00:00Z',
    4,
    'Pakistani troops shelled Belonia in Tripura for eight hours two days ago: armed action within the week, at one place, no toll, and no ceasefire',
  ],
  [
    '1971-10-20T12:00:00Z',
    3,
    'Nine days since the shelling of Belonia; India’s defence minister threatened three days ago to occupy Lahore and Sialkot if war comes; the overflight ban holds: armed action within the month, a threat of war within two weeks',
  ],
  [
    '1971-10-26T12:00:00Z',
    4,
    'Pakistani shells fell on Agartala two days ago, killing one to four civilians: armed action within the week at one place, a handful killed, no ceasefire',
  ],
  [
    '1971-11-15T12:00:00Z',
    4,
    'Pakistani shelling of West Tripura killed three refugees two days ago: armed action within the week, no ceasefire',
  ],
  [
    '1971-11-23T12:00:00Z',
    5,
    'The tank battle at Garibpur two days ago (by Pakistan’s account a major offensive of two brigades and a tank regiment, 94 killed), Pakistani artillery killing eight at Karimganj the same day and the air fight over Boyra yesterday: heavy armed action in several places within three days, no ceasefire',
  ],
  [
    '1971-11-26T12:00:00Z',
    4,
    'Four days since the air fight over Boyra and five since Garibpur: armed action within the week, but the heavy action is more than three days old; no ceasefire',
  ],
  // ----- 3–17 December 1971: the war -----
  [
    '1971-12-04T12:00:00Z',
    5,
    'Pakistan struck nine Indian airfields last evening, attacked across the cease-fire line at Poonch and shelled eleven border posts; India struck Pakistani airfields that night and entered East Pakistan from all sides at midnight: a war on both fronts, no ceasefire',
  ],
  [
    '1971-12-06T12:00:00Z',
    5,
    'Indian missile boats sank two Pakistani warships at Karachi (255 killed) the night before last; the Indian offensive in East Pakistan goes on; Pakistan broke off relations today: heavy armed action, tens killed, no ceasefire',
  ],
  [
    '1971-12-10T12:00:00Z',
    5,
    'Indian troops took Jessore, advanced on Khulna and took Maulvi Bazar in the last three days: heavy armed action in several places, no ceasefire',
  ],
  [
    '1971-12-14T12:00:00Z',
    5,
    'The war goes on on both fronts — the Indian advance on Dacca, the battles in the Shakargarh bulge — and no ceasefire: hostilities',
  ],
  [
    '1971-12-17T06:00:00Z',
    5,
    'The Pakistani forces in the East surrendered yesterday, but the tank battle at Basantar in the west was fought two days ago and India’s ceasefire in the west takes effect only this evening; Yahya Khan said last night the war would go on: heavy armed action within three days, no ceasefire in force',
  ],
  // ----- 17 December 1971 onwards: the ceasefire, the prisoners, the ground held -----
  [
    '1971-12-19T12:00:00Z',
    4,
    'The ceasefire has been in force in the west since the evening of the 17th, not yet three days; the last battle, at Basantar, was four days ago: armed action within the week, the ceasefire not yet held three days',
  ],
  [
    '1971-12-20T18:00:00Z',
    3,
    'The ceasefire, agreed after the last battle, has held three days; 93,000 Pakistani prisoners are held in India and each side holds the other’s ground in the west: armed action within the month, and coercion that lasts',
  ],
  [
    '1971-12-23T12:00:00Z',
    3,
    'Eight days after the last armed action, the ceasefire holding; the prisoners and the ground held, the airspace still closed: armed action within the month',
  ],
  [
    '1972-03-01T12:00:00Z',
    3,
    'No fire since the ceasefire ten weeks ago, but India holds 93,000 prisoners of war and Pakistani territory, Pakistan holds Indian ground, and India’s airspace is closed to Pakistani aircraft: a border closed against the other party, and coercion that lasts',
  ],
  [
    '1972-08-10T12:00:00Z',
    3,
    'The Simla Agreement is in force since 4 August and the army commanders are meeting on the withdrawals, but the prisoners are still held, the troops still on each other’s ground and the airspace closed: not cooperative while these last',
  ],
  [
    '1973-01-15T12:00:00Z',
    3,
    'The troops have withdrawn to the international border, the line of control is delineated and the Simla Agreement is carried out, but India still holds the 90,000 prisoners and bars Pakistani aircraft: coercion that lasts, a border closed',
  ],
  [
    '1973-10-15T12:00:00Z',
    3,
    'The Delhi Agreement is being carried out and the first prisoners have come home, but most of the 90,000 are still held in India and the airspace ban stands',
  ],
  // ----- 1974: the release -----
  [
    '1974-06-15T12:00:00Z',
    3,
    'The last prisoners were released six weeks ago and the Simla and Delhi agreements are carried out; Pakistan criticised India’s nuclear test last month; but India’s airspace is still closed to Pakistani aircraft: a border closed against the other party keeps the level at coercive',
  ],
];

describe('escalation model v2 on India – Pakistan, 1971–74 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): Bangladesh (the Mukti Bahini), the Soviet Union, the United States, China and
  // the Security Council are third parties; nothing of theirs makes the level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
