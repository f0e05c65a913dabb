/**
 * Escalation model v2 on a case it was never tuned on: the United Kingdom and
 * Argentina from the landing at Leith (19 March 1982) through the Falklands
 * war and the surrender (14 June 1982) to the Madrid joint statements that
 * restored relations (October 1989, February 1990)
 * (uk-argentina-1982.ts, a test fixture). What it holds the model to that the
 * other cases did not: an invasion that is armed action with one man killed;
 * zones of sea closed against the other party's ships that outlast the war by
 * eight years; heavy armed action in several places over weeks; a surrender
 * recorded as the ceasefire it was in the field, though the loser never
 * declared the hostilities over; years without force or relations; and the
 * restoration of relations. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason.
 *
 * The first run agreed with all twenty calls, for the reasons written beside
 * them; the model is unchanged. Two recording choices carry the case (see the
 * fixture's header): the exclusion zones as one closure of the sea around the
 * islands against Argentine ships, lifted only by Madrid II, and the surrender
 * as the ceasefire it was in the field.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itReadsEachCall } from './case-log';
import definition from './uk-argentina-1982';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the United Kingdom – Argentina: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- March 1982: Leith -----
  [
    '1982-03-26T12:00:00Z',
    2,
    'Argentine workers put ashore at Leith raised their flag; Britain protested and warned of measures, and each side sent ships to South Georgia: shows of force and a warning, but no fire, no threat of war, no ultimatum, no closed border; no agreement being implemented',
  ],
  // ----- April 1982: the invasion, the zones, Haig -----
  [
    '1982-04-02T20:00:00Z',
    4,
    'Argentina invaded the Falklands today: its forces attacked Government House in Stanley and the Royal Marines surrendered, one Argentine killed — armed action at one place, not tens killed; no ceasefire',
  ],
  [
    '1982-04-04T12:00:00Z',
    4,
    'Stanley on the 2nd and Grytviken, South Georgia, on the 3rd: armed action at two places in three days with one killed — not the several places or tens killed of hostilities; armed action within the week',
  ],
  [
    '1982-04-11T12:00:00Z',
    3,
    'Eight days after the seizure of South Georgia, the last armed action: armed action within the month; relations broken, the task force sailing, Resolution 502 unheeded and Haig shuttling between the capitals',
  ],
  [
    '1982-04-26T12:00:00Z',
    4,
    'British forces attacked the submarine Santa Fe and retook Grytviken yesterday, no one killed: armed action at one place within the week; the maritime exclusion zone is closed against Argentine ships',
  ],
  // ----- May 1982: the air and sea war -----
  [
    '1982-05-01T20:00:00Z',
    4,
    "The Vulcan and the carriers' aircraft struck Stanley airfield today: armed action at one place as recorded, no toll; the total exclusion zone in force and Haig's shuttle collapsed yesterday",
  ],
  [
    '1982-05-03T12:00:00Z',
    5,
    'HMS Conqueror sank the General Belgrano yesterday, 323 killed, a day after the strikes on Stanley: tens killed in the last three days, no ceasefire (Galtieri: all that remains is to fight)',
  ],
  [
    '1982-05-09T12:00:00Z',
    4,
    "HMS Sheffield was hit five days ago (20 killed): armed action within the week, heavy but not in the last three days as recorded; the Secretary-General's talks have opened, no ceasefire",
  ],
  [
    '1982-05-21T22:00:00Z',
    5,
    'The British landed at San Carlos today and Argentine aircraft attacked the ships in Falkland Sound and San Carlos Water, HMS Ardent lost with 22 killed: heavy armed action in several places, no ceasefire; the UN talks failed yesterday',
  ],
  [
    '1982-05-29T12:00:00Z',
    5,
    'Goose Green yesterday: 18 British and 45–55 Argentine killed, after the air attacks at San Carlos and off Pebble Island in the days before: tens killed in the last three days, no ceasefire',
  ],
  // ----- June 1982: the hills and the surrender -----
  [
    '1982-06-12T20:00:00Z',
    5,
    'Last night British forces attacked Mount Longdon, Two Sisters and Mount Harriet: heavy armed action in several places, no ceasefire',
  ],
  [
    '1982-06-14T20:00:00Z',
    5,
    'Mount Tumbledown and Wireless Ridge fell this morning, two days after the battles of Longdon, Two Sisters and Harriet: heavy armed action in several places in the last three days; the surrender is not yet signed',
  ],
  [
    '1982-06-16T12:00:00Z',
    4,
    'Menéndez surrendered all Argentine forces at 23:59 GMT on the 14th, an unnegotiated cease-fire: no longer hostilities, but the last armed action is two days old and the ceasefire has not held three days',
  ],
  [
    '1982-06-18T12:00:00Z',
    3,
    'The surrender, the ceasefire agreed after the last armed action, has held over three days: no longer militarised; armed action within the month, and the exclusion zone still closed against Argentine ships',
  ],
  [
    '1982-06-22T12:00:00Z',
    3,
    'Eight days after the last armed action, the surrender holding: armed action within the month; the exclusion zone closed against Argentina; no relations',
  ],
  // ----- 1982–89: the zone kept -----
  [
    '1982-07-20T12:00:00Z',
    3,
    'Five weeks after the fighting; Britain keeps the zone around the islands closed to Argentine ships, a border closed against the other party; Argentina will not declare the hostilities over',
  ],
  [
    '1986-12-05T12:00:00Z',
    3,
    "Britain spurned Argentina's offer to end hostilities if it lifted the 150-mile protective zone, which still keeps Argentine ships out: a border closed against the other party; no force, no relations",
  ],
  [
    '1989-10-25T12:00:00Z',
    3,
    'The Madrid joint statement of 19 October declared the hostilities ceased and restored consular relations, being implemented; but the protection zone still keeps Argentine ships out: a border closed against the other party',
  ],
  // ----- 1990: relations restored, the zone lifted -----
  [
    '1990-02-20T12:00:00Z',
    2,
    'Madrid II restored diplomatic relations on the 15th and Britain lifted the protection zone the same day: no closure now, but one in force within the last month keeps the level from cooperative; the agreements are being implemented',
  ],
  [
    '1990-03-25T12:00:00Z',
    1,
    'The Madrid joint statements are being implemented (relations restored, ambassadors named, the zone lifted over a month ago); no hostile act or threat for a month',
  ],
];

describe('escalation model v2 on the United Kingdom – Argentina, 1982–90 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The zone of sea closed against Argentine ships from 12 April 1982 (the maritime exclusion zone, then the total
  // exclusion zone and the protection zone, one closure recorded at one place) is what keeps the years without force
  // coercive, and it weighs no more once lifted by Madrid II (15 February 1990) and a month has passed.
  it('the closed zone is the reason in the years without force, and not once it has been lifted a month', () => {
    const zone = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'maritime-exclusion-zone-1982-04-12',
    );
    const yearsWithoutForce = ['1982-07-20T12:00:00Z', '1986-12-05T12:00:00Z', '1989-10-25T12:00:00Z'];
    expect(datesCiting(escalation, [...yearsWithoutForce, '1990-03-25T12:00:00Z'], zone?.eventId ?? '')).toEqual(
      yearsWithoutForce,
    );
  });
});
