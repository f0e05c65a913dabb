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
 * the other party's forces, and which the model reads strained once the last seizure is more than two weeks old. None
 * is a misrecording (a) or a wrong call (b), and no rule of the model misreads §5b (c): §5b's coercive line names no
 * lasting detention, and the log has no development for one. They are LEFT (d) with the model's level, below. The other
 * fifteen are in CALLS and the model agrees with them: coercive from the seizure of Grace 1 (cited as non-lethal force
 * by the United Kingdom against Iran), through the British Heritage incident, the threats and the Stena Impero's seizure
 * (cited as non-lethal force and as an attack blamed on Iran), to two weeks after it; strained from Iran's declaration
 * that the ship was free to leave to the end of the year, never cooperative (nothing agreed is being implemented), and
 * never militarised (no fire between the two). The model is unchanged.
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
    '2019-09-24T18:00:00Z',
    2,
    'Iran has declared the Stena Impero free to leave and Johnson meets Rouhani in New York, blaming Iran for the Saudi attacks: the coercion is being lifted, accusations remain, nothing agreed: strained',
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
 * Calls the log cannot bear out (d): the detentions. From two weeks after the Stena Impero's seizure (2 August) until
 * Iran declared it free to leave (23 September) the analyst sees coercion going on — a party's ship and crew held by the
 * other's forces — but the catalogue has no development for a lasting detention: the seizure is an act of one day
 * (`non-lethal-force`), read through §5b's two-week window, and the release is only Iran's `accepted` of the UK's
 * demand. `occupation` is ground taken or held, not a ship in port, so it was not used to stand for the detention. The
 * shows of force (the escorts, HMS Duncan, the US-led mission) are not in §5b's coercive list, and the model names them
 * only among its strained reasons. So the model reads strained on these dates; the calls are kept as written.
 * The same gap was noted in iran-uk-2007.spec.ts, where the detention happened to end inside the window; here it
 * does not.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2019-08-03T12:00:00Z',
      3,
      "Fifteen days since the Stena Impero's seizure; both ships and crews are still held by the other side, HMS Duncan arrived to escort shipping five days ago: the coercion has not ended: coercive",
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '2019-08-10T12:00:00Z',
      3,
      'The UK joined the US-led maritime mission against Iranian seizures five days ago; both tankers still held: coercive',
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '2019-08-17T12:00:00Z',
      3,
      "Gibraltar (not the UK) released Grace 1 on Iran's assurances, the US sought a warrant; but the Stena Impero and its crew are still held by force in Bandar Abbas: coercive",
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '2019-08-25T12:00:00Z',
      3,
      "Grace 1, renamed Adrian Darya 1, has sailed; the Stena Impero seized by Iran's forces is still held five weeks on and the escorts go on: coercive while the ship is held",
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '2019-09-11T12:00:00Z',
      3,
      "London summons Iran's ambassador over the oil reaching Syria — an accusation — while the Stena Impero is still held eight weeks after its seizure: coercive",
    ],
    model: 2,
    rule: 'strained',
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

  // The Stena Impero's seizure keeps the level coercive for §5b's two weeks and no longer: the gap the LEFT calls show.
  it("the Stena Impero's seizure is a reason within two weeks of it and not after", () => {
    const seizure = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'stena-impero-seizure',
    );
    expect(seizure).toBeDefined();
    const ats = ['2019-07-20T12:00:00Z', '2019-08-01T12:00:00Z', '2019-08-10T12:00:00Z'];
    expect(datesCiting(escalation, ats, seizure?.eventId ?? '')).toEqual(ats.slice(0, 2));
  });

  // Gibraltar's release, the US warrant and the owner's statement are not acts between the pair.
  it("no reason given cites a third party's engagement", () => {
    const ids = definition.events.filter((e) => e.type === 'ThirdPartyEngagement').map((e) => e.eventId);
    expect(ids.length).toBeGreaterThan(0);
    expect(reasonsCiting(escalation, CALLS, ids)).toEqual([]);
  });
});
