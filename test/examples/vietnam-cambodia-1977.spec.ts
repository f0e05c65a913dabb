/**
 * Escalation model v2 on a case it was never tuned on: Vietnam and Democratic Kampuchea from the Khmer Rouge raids
 * of 1977 to the fall of Phnom Penh and the guerrilla war of February 1979 (vietnam-cambodia-1977.ts, a test
 * fixture). What it holds the model to that the other cases did not: cross-border raids whose toll is of civilians
 * massacred (hundreds in An Giang, 3,157 at Ba Chúc), an offensive and a withdrawal, relations broken, proposals for
 * talks rejected, a full-scale invasion and a capital taken without a battle, with a front created by one side. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './vietnam-cambodia-1977';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Vietnam – Democratic Kampuchea: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 1977: the raids -----
  [
    '1977-05-01T12:00:00Z',
    5,
    'Yesterday the Khmer Rouge army attacked into An Giang and killed hundreds of Vietnamese civilians: heavy armed action by its toll in the last three days, no ceasefire',
  ],
  [
    '1977-05-05T12:00:00Z',
    4,
    'Five days after the An Giang raid, nothing since: armed action within the week, none in the last three days, no ceasefire',
  ],
  [
    '1977-05-20T12:00:00Z',
    3,
    'Three weeks after the An Giang raid: armed action within the month, none in the last week',
  ],
  [
    '1977-07-15T12:00:00Z',
    2,
    'Two and a half months since the An Giang raid, no armed action, threat or ultimatum since, but no agreement between them either: strained',
  ],
  // ----- December 1977 – January 1978: the offensive, relations broken, the withdrawal -----
  [
    '1977-12-17T12:00:00Z',
    5,
    'Vietnam launched an offensive of some 60,000 troops into the Parrot’s Beak yesterday, overrunning the Cambodians: heavy armed action, no ceasefire',
  ],
  [
    '1978-01-01T12:00:00Z',
    5,
    'The Vietnamese offensive is in full course, its divisions driving along Route 1 through Svay Rieng; Cambodia broke off relations yesterday, charging aggression: hostilities, no ceasefire',
  ],
  [
    '1978-01-06T12:00:00Z',
    5,
    'Heavy fighting in the Parrot’s Beak these last days, eight Vietnamese divisions 36 miles from Phnom Penh; the Vietnamese pull back today, but no ceasefire: heavy armed action within three days',
  ],
  [
    '1978-01-10T12:00:00Z',
    4,
    'The Vietnamese withdrew four days ago; the last fighting was some five days ago: armed action within the week, no ceasefire',
  ],
  [
    '1978-01-14T02:00:00Z',
    3,
    'Nine days since the last fighting, the Vietnamese out of Cambodia; relations broken and both capitals trading charges of atrocities: armed action within the month, none in the last week',
  ],
  // ----- April 1978: Ba Chúc -----
  [
    '1978-04-19T12:00:00Z',
    5,
    'Yesterday Khmer Rouge troops crossed into Ba Chúc in An Giang and massacred its people, thousands of civilians killed: heavy armed action by its toll, no ceasefire',
  ],
  [
    '1978-05-10T12:00:00Z',
    3,
    'Ten days after the Ba Chúc massacre ended, no armed action dated since; Vietnamese radio calls on the Cambodian army to overthrow its government: armed action within the month',
  ],
  // ----- Late 1978: the border war before the invasion -----
  [
    '1978-11-10T12:00:00Z',
    3,
    'Fierce fighting along the border since September (Time, Keesing’s), with no dated act in it; the Soviet–Vietnamese treaty signed a week ago: armed action within the month, relations broken',
  ],
  // ----- December 1978 – January 1979: the invasion, Phnom Penh taken -----
  [
    '1978-12-22T12:00:00Z',
    4,
    'Vietnam launched a limited offensive towards Kratie yesterday, one place, no toll reported: armed action within the week, not yet heavy',
  ],
  [
    '1978-12-24T12:00:00Z',
    5,
    'Ten Khmer Rouge divisions opened fire along Vietnam’s southwestern border yesterday, aiming to invade three provinces, after Vietnam’s push towards Kratie: heavy armed action in several places, no ceasefire',
  ],
  [
    '1978-12-26T12:00:00Z',
    5,
    'Vietnam launched a full-scale invasion of Cambodia yesterday: hostilities, no ceasefire',
  ],
  [
    '1979-01-08T12:00:00Z',
    5,
    'Phnom Penh fell to the invading army yesterday, Stung Treng five days ago, the main force drove down Highways 1 and 7 a week ago, Vietnamese jets bombing near Battambang yesterday: the invasion in full course, no ceasefire',
  ],
  [
    '1979-01-20T12:00:00Z',
    4,
    'Two weeks after Phnom Penh fell, the Vietnamese army holds the capital and hunts the Khmer Rouge westward, its jets bombing their hideouts: armed action within the week, no ceasefire',
  ],
  // ----- February 1979: the guerrilla war -----
  [
    '1979-02-25T12:00:00Z',
    5,
    'The Khmer Rouge radio claims 250 Vietnamese soldiers killed in guerrilla attacks around Kratie and along Routes 6 and 19 yesterday: tens killed, alleged, in the last three days, no ceasefire',
  ],
  [
    '1979-02-28T12:00:00Z',
    4,
    'Four days after the claimed guerrilla attacks; small Khmer Rouge attacks delayed Pham Van Dong’s visit to Phnom Penh: armed action within the week, no ceasefire',
  ],
];

describe('escalation model v2 on Vietnam – Democratic Kampuchea, 1977–79 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): China, the Soviet Union and the front are third parties; the Soviet treaty and
  // Vietnam's support to the front are theirs and Vietnam's engagements, none of them makes the level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's engagement",
    definition.events.filter((e) => e.type === 'ActorRegistered' || e.type === 'ThirdPartyEngagement'),
  );
});
