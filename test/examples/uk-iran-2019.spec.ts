/**
 * Escalation model v2 on a case it was never tuned on: the United Kingdom and Iran in the tanker crisis of 2019, from
 * the seizure of the Iranian supertanker Grace 1 off Gibraltar by Royal Marines (4 July) and the IRGC's seizure of the
 * British-flagged Stena Impero in the Strait of Hormuz (19 July) to the two releases (15 August, 27 September) and the
 * months after (uk-iran-2019.ts, a test fixture; Gibraltar, the United States and Sweden as third parties). What it
 * holds the model to that the other cases did not: each party seizing a ship of the other at gunpoint with no shot
 * fired, threats of retaliation that are not threats of war, a naval show of force and an escort operation, detentions
 * lasting six and ten weeks, releases one after the other with no agreement between the two, and no armed action at
 * any point. The twenty calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each
 * with its reason (commit "calls written before the model was run").
 *
 * The first run missed five of the twenty, all in the same stretch: 3 August, 10 August, 17 August, 25 August and 11
 * September, which the analyst calls coercive because the Stena Impero (and until 18 August Grace 1) was still held by
 * the other party's forces, and which the model read strained once the last seizure was more than two weeks old: the
 * catalogue had no lasting detention. They were LEFT (d) with the model's level.
 *
 * Re-recorded once the catalogue had the incident kinds `detention` and `release`: the Stena Impero's seizure is Iran's
 * detention, and its release on 27 September (the day it sailed) ends it; Grace 1's boarding stays the UK's
 * non-lethal force (its holding was Gibraltar's, a third party's). The model reads a detention as coercive while it
 * holds, so the five calls now read as written and are in CALLS, unchanged. One call that agreed before no longer does:
 * 24 September (the analyst's 2, Iran having declared the ship free to leave on the 23rd), which the model reads
 * coercive, the ship still held until the 27th; it is LEFT (d), below, as written. Nineteen of the twenty are in
 * CALLS: coercive from the seizure of Grace 1 (cited as non-lethal force by the United Kingdom against Iran), through
 * the British Heritage incident, the threats and the Stena Impero's seizure (cited as the detention in force and as an
 * attack blamed on Iran) to its release; strained from the release to the end of the year, never cooperative (nothing
 * agreed is being implemented), and never militarised (no fire between the two).
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  itReadsNoArmedAction,
  type LeftCall,
  reasonsCiting,
} from './case-log';
import definition from './uk-iran-2019';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the United Kingdom – Iran: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2019-07-04T18:00:00Z',
    3,
    "Royal Marines boarded and seized Iran's supertanker off Gibraltar this morning — force on the other party's ship, no shot fired, so not armed action; Iran summons the ambassador over an 'illegal seizure': coercive",
  ],
  [
    '2019-07-06T12:00:00Z',
    3,
    'The seizure two days old and the tanker held; a senior Iranian official threatens to seize a British tanker in return — a threat of reprisal, not of war: coercive',
  ],
  [
    '2019-07-09T12:00:00Z',
    3,
    "Iran's defence minister vows the seizure 'will not go without a response'; the tanker still held five days on: coercive",
  ],
  [
    '2019-07-11T18:00:00Z',
    3,
    "Iranian boats tried to stop the British Heritage in the Strait of Hormuz and turned away when HMS Montrose trained its guns — force short of fire — on the day Rouhani promised 'consequences': coercive, not militarised",
  ],
  [
    '2019-07-14T12:00:00Z',
    3,
    "Hunt's 'constructive call' offers to facilitate the release against guarantees, but the tanker is still held, the British Heritage incident is four days old and a second warship is on its way: coercive",
  ],
  [
    '2019-07-17T12:00:00Z',
    3,
    "Khamenei vows Iran will not leave Britain's 'piracy' unanswered; the seizure thirteen days old: coercive",
  ],
  [
    '2019-07-20T12:00:00Z',
    3,
    'The IRGC seized the British-flagged Stena Impero yesterday, roped down from a helicopter, no shot fired; London demands its release: each side now holds a ship of the other — coercive; no armed action, so not militarised',
  ],
  [
    '2019-07-23T12:00:00Z',
    3,
    "Hunt calls it 'state piracy' and Downing Street 'highly escalatory'; the seizure four days old and both ships held: coercive",
  ],
  [
    '2019-07-26T12:00:00Z',
    3,
    "The Royal Navy ordered to escort British-flagged ships through the Strait — a show of force, no fire — and Zarif's 'these are our waters and we will protect them'; the Stena Impero seized a week ago: coercive",
  ],
  [
    '2019-08-03T12:00:00Z',
    3,
    "Fifteen days since the Stena Impero's seizure; both ships and crews are still held by the other side, HMS Duncan arrived to escort shipping five days ago: the coercion has not ended: coercive",
  ],
  [
    '2019-08-10T12:00:00Z',
    3,
    'The UK joined the US-led maritime mission against Iranian seizures five days ago; both tankers still held: coercive',
  ],
  [
    '2019-08-17T12:00:00Z',
    3,
    "Gibraltar (not the UK) released Grace 1 on Iran's assurances, the US sought a warrant; but the Stena Impero and its crew are still held by force in Bandar Abbas: coercive",
  ],
  [
    '2019-08-25T12:00:00Z',
    3,
    "Grace 1, renamed Adrian Darya 1, has sailed; the Stena Impero seized by Iran's forces is still held five weeks on and the escorts go on: coercive while the ship is held",
  ],
  [
    '2019-09-11T12:00:00Z',
    3,
    "London summons Iran's ambassador over the oil reaching Syria — an accusation — while the Stena Impero is still held eight weeks after its seizure: coercive",
  ],
  [
    '2019-09-28T12:00:00Z',
    2,
    'The Stena Impero sailed yesterday; both ships are free, no threat or seizure for more than two months, no agreement between the two (each release stood alone): strained',
  ],
  [
    '2019-10-15T12:00:00Z',
    2,
    "Nothing recorded between the two since the release; Raab's and Johnson's accusations of September stand and nothing agreed is being implemented: strained",
  ],
  [
    '2019-11-15T12:00:00Z',
    2,
    'More than a month without a hostile act or threat, but cooperative needs an agreement being implemented, and there is none: strained',
  ],
  [
    '2019-12-06T12:00:00Z',
    2,
    "The UK, with France and Germany, accuses Iran at the UN of nuclear-capable missiles and Zarif calls it 'a desperate lie': accusations, no threat: strained",
  ],
  ['2019-12-31T12:00:00Z', 2, 'The year ends with accusations and no agreement between the two: strained'],
];

/**
 * Calls the log no longer bears out (d). Iran declared the Stena Impero free to leave on 23 September, "pursuant to the
 * completion of the judicial and legal process", and the analyst read the coercion as being lifted from then; the ship
 * stayed in Bandar Abbas until it sailed on the 27th, the day its sources say it was freed, and the log records its
 * release that day. So on the 24th the detention is still in force and the model reads coercive. Recording the release
 * on the 23rd would read as the analyst did, but the declaration is a statement that the ship may go, not its going;
 * the call is kept as written and was in CALLS until the detention was recorded as lasting.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2019-09-24T18:00:00Z',
      2,
      'Iran has declared the Stena Impero free to leave and Johnson meets Rouhani in New York, blaming Iran for the Saudi attacks: the coercion is being lifted, accusations remain, nothing agreed: strained',
    ],
    model: 3,
    rule: 'detention-in-force',
  },
];

describe('escalation model v2 on the United Kingdom – Iran, 2019 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // No fire between the two (§5b): both ships were taken at gunpoint, the British Heritage's escort only trained its guns.
  itReadsNoArmedAction(escalation, [...CALLS, ...LEFT.map((l) => l.call)]);

  // The Stena Impero's detention keeps the level coercive while the ship is held, weeks after the seizure, and not once
  // it sailed: cited as the detention in force until the release, then only as held until the release, within the month.
  it("the Stena Impero's detention is coercion while it is held and not after its release", () => {
    const seizure = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'stena-impero-seizure',
    );
    expect(seizure).toBeDefined();
    const held = ['2019-07-20T12:00:00Z', '2019-08-10T12:00:00Z', '2019-09-26T12:00:00Z'];
    for (const at of held)
      expect(escalation(at).reasons).toContainEqual(
        expect.objectContaining({ level: 3, rule: 'detention-in-force', eventIds: [seizure?.eventId] }),
      );
    const after = escalation('2019-09-28T12:00:00Z');
    expect(after.reasons.map((r) => r.rule)).not.toContain('detention-in-force');
    expect(after.reasons[0]?.text).toContain('held by Islamic Republic of Iran at Strait of Hormuz until 2019-09-27');
    expect(datesCiting(escalation, ['2019-11-15T12:00:00Z'], seizure?.eventId ?? '')).toEqual([]);
  });

  // Gibraltar's release, the US warrant and the owner's statement are not acts between the pair.
  it("no reason given cites a third party's engagement", () => {
    const ids = definition.events.filter((e) => e.type === 'ThirdPartyEngagement').map((e) => e.eventId);
    expect(ids.length).toBeGreaterThan(0);
    expect(reasonsCiting(escalation, CALLS, ids)).toEqual([]);
  });
});
