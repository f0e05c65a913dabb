/**
 * Escalation model v2 on a case it was never tuned on: the United States and Iran in the tanker war, from the first
 * Earnest Will convoy (July 1987) to the Iran–Iraq ceasefire (August 1988) and the end of 1988 (us-iran-1987.ts, a
 * test fixture). What it holds the model to that the other cases did not: mines that hit one party's ships with no
 * author seen (attacks blamed, not armed action), a ship fired on and its crew held and sent home, retaliatory strikes
 * on platforms, a one-day naval battle at three places with tens killed, an airliner shot down by a party's warship in
 * error (recorded as that party's strike on what it took for the other's warplane), a ceasefire between one party and a
 * third, and no talks between the pair at all — so no agreement between them is ever being implemented. The calls below
 * were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run read all twenty calls as written; none was revised or left, and the model is unchanged. Between calls
 * the log reads 2 on 15 April 1988, the day after the Samuel B. Roberts was mined: the United States laid no blame
 * until the 18th (officials "declined to affix responsibility"), and a mine of unknown author is not armed action
 * between the parties; no call was written for that day.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './us-iran-1987';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the United States – Iran, 1987–88: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- July – September 1987: the Bridgeton, then quiet between the two -----
  [
    '1987-07-30T12:00:00Z',
    3,
    'The Bridgeton, in the first US convoy, was mined six days ago and the Pentagon blamed Iran two days ago: an attack blamed on the other party within two weeks; no fire between the two',
  ],
  [
    '1987-09-10T12:00:00Z',
    2,
    'Six weeks since the Bridgeton and its blame, no fire between the two ever, no threat in the last two weeks; the convoys go on under Iranian taunts: strained',
  ],
  // ----- September – October 1987: the Iran Ajr, the boats, the Silkworm, Nimble Archer -----
  [
    '1987-09-23T12:00:00Z',
    4,
    'US helicopters fired on the Iran Ajr two days ago (3–5 dead) and its 26 crewmen are held; armed action within the week, at one place and a handful killed, no ceasefire: militarised',
  ],
  [
    '1987-09-30T12:00:00Z',
    3,
    'Nine days after the fire on the Iran Ajr; its crew sent home on the 26th; Iran threatened to make America regret it eight days ago: armed action within the month, none in the last week',
  ],
  [
    '1987-10-10T12:00:00Z',
    4,
    'Iranian boats fired on a US helicopter near Farsi Island two days ago and US gunships sank three of them (2 dead): armed action within the week, no ceasefire',
  ],
  [
    '1987-10-20T12:00:00Z',
    4,
    'US destroyers shelled the Rashadat platforms yesterday, four days after the Silkworm hit the Sea Isle City; one place in the last three days, no one killed: armed action within the week, not heavy',
  ],
  [
    '1987-10-27T12:00:00Z',
    3,
    'Eight days after Nimble Archer; Iran vowed "a crushing response" on the day: armed action within the month and a threat of force within two weeks',
  ],
  [
    '1988-02-01T12:00:00Z',
    2,
    'More than three months since the last fire between the two and their last threat; the convoys continue, no talks, no agreement between them: strained',
  ],
  // ----- April 1988: the Samuel B. Roberts and Praying Mantis -----
  [
    '1988-04-19T12:00:00Z',
    5,
    'Praying Mantis yesterday: US forces destroyed the Sassan and Sirri platforms and sank or crippled six Iranian navy ships in a daylong battle (56 Iranians killed), Iranian ships fired back: heavy armed action in several places and tens killed, no ceasefire',
  ],
  [
    '1988-04-20T12:00:00Z',
    5,
    'Two days after the battle of 18 April, heavy by its places and its dead, and no ceasefire between the two: hostilities still',
  ],
  [
    '1988-04-22T12:00:00Z',
    4,
    'Four days after the battle; no fire since: armed action within the week, the heavy fighting now older than three days; no ceasefire',
  ],
  [
    '1988-04-26T12:00:00Z',
    3,
    'Eight days after the battle, no fire since; Reagan warned Iran it would "pay a price" on the day: armed action within the month',
  ],
  [
    '1988-06-01T12:00:00Z',
    2,
    'Six weeks since Praying Mantis and the last warning; no fire between the two since, no talks and no agreement between them: strained, not cooperative',
  ],
  // ----- July 1988: the Vincennes and Iran Air 655 -----
  [
    '1988-07-04T12:00:00Z',
    5,
    'Yesterday the Vincennes fought Iranian speedboats in the Strait of Hormuz and shot down Iran Air 655, taken for an Iranian F-14: 290 killed by a party’s missile on the other’s aircraft, an error but armed force with a toll of hundreds; no ceasefire',
  ],
  [
    '1988-07-09T12:00:00Z',
    4,
    'Six days after the shootdown and the fight with the speedboats; Khamenei and Rafsanjani vowed revenge on the 5th: armed action within the week, no ceasefire',
  ],
  [
    '1988-07-13T12:00:00Z',
    4,
    'US helicopters exchanged fire with two Iranian gunboats near Farsi Island last night, the day after the US offered compensation to the victims’ families: armed action within the week',
  ],
  [
    '1988-07-21T12:00:00Z',
    3,
    'Nine days after the last exchange of fire; Iran accepted resolution 598 on the 17th, a ceasefire with Iraq, not with the United States; the vows of revenge of the 5th are within two weeks: coercive',
  ],
  [
    '1988-08-10T12:00:00Z',
    3,
    'Twenty-nine days after the exchange of fire of 12 July: armed action between the two still within the month',
  ],
  // ----- August – December 1988: the Iran–Iraq ceasefire -----
  [
    '1988-08-23T12:00:00Z',
    2,
    'The Iran–Iraq ceasefire is three days old, but it binds Iran and Iraq; between the United States and Iran nothing armed for six weeks, no talks, no agreement to implement: strained',
  ],
  [
    '1988-12-15T12:00:00Z',
    2,
    'Five months without fire or threat between the two, but no agreement between them is being implemented and they do not talk: strained, not cooperative',
  ],
];

describe('escalation model v2 on the United States – Iran, 1987–88 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): Kuwait, Iraq, the Security Council and the Soviet Union are third parties, and
  // the Iran–Iraq ceasefire binds Iran and a third party: it is no ceasefire between the pair.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration or the Iran–Iraq ceasefire",
    definition.events.filter((e) => e.type === 'ActorRegistered' || e.type === 'CeasefireDeclared'),
  );
});
