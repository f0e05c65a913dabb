/**
 * Escalation model v2 on a case it was never tuned on: Greece and Turkey from the Sismik crisis in the Aegean (March
 * 1987) to the memorandum of Athens and Özal's visit (May – June 1988) (greece-turkey-1987.ts, a test fixture). What
 * it holds the model to that the other cases did not: a research ship sent with warships into disputed waters, an
 * order to sink it and a "cause of war" answer (threats of war), both armed forces on alert (a show of force) and not
 * one shot; a crisis defused the next day by one side's order and its spokesman's "neither shall we"; ten months with
 * no agreement and nothing hostile recorded; then a summit's communiqué and a memorandum. The calls below were written
 * from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 *
 * The first run read all seventeen calls as written, with the reasons an analyst gives (the threats of war of 27 March
 * weigh for the fortnight, the shows of force are not armed action, the Davos communiqué and the memorandum are
 * agreements being carried out): none missed, the model is unchanged. After that run five developments the sources
 * give were added to the fixture (Davos scheduled, the Turkish confidence-building package, the end of Özal's visit to
 * Athens and the two leaders' words on it); the calls were not touched and still read the same.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './greece-turkey-1987';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Greece – Turkey 1987–88: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- March 1987: the consortium, the protest -----
  [
    '1987-03-15T12:00:00Z',
    2,
    'Greece takes over the consortium to drill east of Thasos in waters Turkey disputes, and Turkey accuses it of breaking the Bern accord: critical rhetoric and accusations, no threat, no force, no agreement being carried out: strained',
  ],
  [
    '1987-03-26T12:00:00Z',
    2,
    'The day before the ship is sent: the dispute over the drilling is one of words (Turkey’s charge of a broken accord); no threat of war yet: strained',
  ],
  // ----- 27 – 28 March 1987: the Sismik crisis -----
  [
    '1987-03-27T20:00:00Z',
    3,
    'The Sismik 1 ordered to sail with warships, Papandreou warning of "hostilities" and ordering the ship stopped or sunk, Özal answering that it may be cause of a war, both armed forces on alert: threats of war, but not a shot fired: coercive',
  ],
  [
    '1987-03-28T22:00:00Z',
    3,
    'Turkey keeps the ship out of the disputed waters and Greece withdraws its request on Nea Makri, but yesterday’s threats of war stand within the fortnight and the forces stay on alert: coercive',
  ],
  ['1987-03-31T12:00:00Z', 3, 'Four days after the threats of war, no agreement, the forces still on alert: coercive'],
  [
    '1987-04-06T12:00:00Z',
    3,
    'Ten days after the threats of war; the crisis is blowing over but the armed forces remain on top alert: coercive',
  ],
  ['1987-04-09T12:00:00Z', 3, 'Thirteen days after the threats of war, still within the fortnight: coercive'],
  [
    '1987-04-12T12:00:00Z',
    2,
    'Sixteen days since the last threat of war; no armed action ever; the dispute over the shelf unresolved and no agreement: strained',
  ],
  [
    '1987-04-30T12:00:00Z',
    2,
    'A month since the crisis, nothing hostile since, but no agreement being carried out (only each side’s word that it will stay out of the disputed waters): strained, not cooperative',
  ],
  // ----- April 1987 – January 1988: no agreement for months -----
  [
    '1987-09-15T12:00:00Z',
    2,
    'Months without a threat or a hostile act, but no agreement between them and the dispute where it was: strained',
  ],
  ['1988-01-29T12:00:00Z', 2, 'The eve of Davos: ten months without a threat, still no agreement: strained'],
  [
    '1988-01-30T20:00:00Z',
    2,
    'The prime ministers meet at Davos for the first time, two meetings and no communiqué yet: talks, no agreement: strained',
  ],
  // ----- February – June 1988: Davos, the memorandum, Özal in Athens -----
  [
    '1988-02-01T12:00:00Z',
    1,
    'The Davos communiqué agreed yesterday and in force (lasting peaceful relations, a hotline, committees, yearly meetings); no hostile act or threat for ten months: cooperative',
  ],
  [
    '1988-02-20T12:00:00Z',
    1,
    'The Davos agreement being carried out (a joint economic council, Özal to stop in Athens); nothing hostile for eleven months: cooperative',
  ],
  [
    '1988-05-28T12:00:00Z',
    1,
    'The foreign ministers signed the memorandum of Athens yesterday (confidence-building measures in the Aegean), carrying out Davos; nothing hostile for fourteen months: cooperative',
  ],
  [
    '1988-06-14T12:00:00Z',
    1,
    'Özal in Athens, the first Turkish prime minister’s visit in four decades; the agreements carried out, no threat: cooperative',
  ],
  [
    '1988-12-01T12:00:00Z',
    1,
    'The Davos agreement and the memorandum in force, nothing hostile recorded since March 1987: cooperative',
  ],
];

/** The developments between Greece and the United States: Greece's demand on Nea Makri and its charge, the US outreach. */
const GREECE_US = definition.events.filter(
  (e) =>
    (e.type === 'DemandTabled' && e.data.addressedTo.includes('united-states')) ||
    (e.type === 'StatementMade' && e.data.audience === 'united-states') ||
    (e.type === 'ThirdPartyEngagement' && e.data.actorId === 'united-states'),
);

describe('escalation model v2 on Greece – Turkey, 1987–88 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Not one shot was fired in the crisis (the threats and the alerts are coercion, the ship and its escort a show of
  // force): no call date may read armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the United States, NATO and the Soviet Union are third parties.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );

  // Greece's request that the United States suspend the Nea Makri base, its charge against Washington and the US outreach
  // are between Greece and a third party: no border closed against Turkey, no threat to it.
  itCitesNone(escalation, CALLS, 'a development between Greece and the United States', GREECE_US);
});
