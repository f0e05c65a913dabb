/**
 * Escalation model v2 on a case it was never tuned on: the border crisis between Venezuela and Colombia, August 2015 –
 * September 2016 (venezuela-colombia-2015.ts, a test fixture; Ecuador, Uruguay, CELAC and UNASUR mediating at Quito,
 * the OAS and the UN observers, Colombian paramilitaries and smugglers third parties). What it holds the model to that
 * the other cases did not: a year of a border closed against the other party with no armed action between the two;
 * an attack by a third party blamed on the other side's nationals, not its state; the deportation of the other's
 * nationals; an agreement reached while the border stays closed (never cooperative while it is closed); a border
 * opened for a day and shut again; and a reopening by place and by kind of crossing (pedestrians only). The calls
 * below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason; the model
 * must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction, reasonsCiting } from './case-log';
import definition from './venezuela-colombia-2015';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Venezuela – Colombia: [at, level, why]. The first run of the model agreed with all seventeen;
 * none was revised.
 */
const CALLS: readonly Call[] = [
  [
    '2015-08-20T01:00:00Z',
    2,
    'Gunmen wounded three soldiers and a civilian in San Antonio del Táchira four hours ago; Maduro blames paramilitaries and smugglers from Colombia and asks Bogotá to help catch them: a third party’s attack blamed on the other side’s nationals, not on its state — not armed action between the two, not an attack blamed on the other party. No border closed yet: strained',
  ],
  [
    '2015-08-20T12:00:00Z',
    3,
    'Maduro closed the Táchira crossings to Colombia last night (72 hours): a border closed against the other party',
  ],
  [
    '2015-08-24T12:00:00Z',
    3,
    'The closure made indefinite with a state of exception, raids and deportations of Colombians begun: a border closed against the other party',
  ],
  [
    '2015-08-28T12:00:00Z',
    3,
    'Both ambassadors recalled yesterday; Santos accuses Venezuela of seeking only solutions by force; the border closed and the deportations go on',
  ],
  [
    '2015-09-01T12:00:00Z',
    3,
    'Colombia’s call for an OAS meeting failed yesterday by one vote, its ambassador denouncing arbitrary deportations; the border closed against Colombia',
  ],
  [
    '2015-09-14T12:00:00Z',
    3,
    'Colombia protests two Venezuelan military aircraft over La Guajira (alleged, denied): a show of force, no weapon fired, so not armed action; the foreign ministers met in Quito with progress. Coercive because the border is closed (Táchira, Paraguachón)',
  ],
  [
    '2015-09-21T12:00:00Z',
    3,
    'The presidents meet in Quito this afternoon with Correa and Vázquez; nothing agreed yet; three stretches of the border closed against Colombia',
  ],
  [
    '2015-09-22T12:00:00Z',
    3,
    'The Quito declaration was signed last night — ambassadors to return, ministerial talks, progressive normalisation — but it did not reopen the border, and Maduro says it stays closed: a border closed against the other party',
  ],
  [
    '2015-10-23T12:00:00Z',
    3,
    'A month after Quito: the declaration being implemented (ministerial teams met in Caracas), no new hostile act — but the border is still closed against Colombia, so never cooperative',
  ],
  [
    '2016-01-20T12:00:00Z',
    3,
    'Five months on: the closure and the state of exception extended by decree in November, the border still closed; nothing else between the two',
  ],
  [
    '2016-02-27T20:00:00Z',
    3,
    'Three crossings open for five hours this afternoon, for stranded vehicles to go home without cargo, a "single day" agreed by both: the closure decrees stand and normal transit stays restricted',
  ],
  [
    '2016-07-10T18:00:00Z',
    3,
    'The Simón Bolívar bridge opened to pedestrians for twelve hours today so Venezuelans can buy food in Cúcuta: a humanitarian corridor for a day, the border closed again tonight — the closure is in force',
  ],
  [
    '2016-07-18T12:00:00Z',
    3,
    'The weekend’s corridor (16–17 July) is shut again; the border stays closed against Colombia while the ministers prepare a reopening',
  ],
  [
    '2016-08-12T12:00:00Z',
    3,
    'The presidents agreed at Puerto Ordaz yesterday to open five pedestrian crossings tomorrow: until then the border is still closed against Colombia',
  ],
  [
    '2016-08-14T12:00:00Z',
    2,
    'Five crossings open to pedestrians since yesterday under the Puerto Ordaz agreement, vehicles and freight to follow by agreement: the closure against Colombia is lifted, the agreement is being applied — but the closure ended a day ago, not a month: strained, not yet cooperative',
  ],
  [
    '2016-09-05T12:00:00Z',
    2,
    'Three weeks of the crossings open daily to pedestrians, nothing hostile since; the closure lifted less than a month ago',
  ],
  [
    '2016-09-27T12:00:00Z',
    1,
    'Six weeks since the reopening: the Puerto Ordaz agreement implemented day by day, Maduro in Cartagena yesterday for the signing of Colombia’s peace with the FARC; no hostile act or threat between the two for over a month — cooperative',
  ],
];

describe('escalation model v2 on Venezuela – Colombia, 2015–16 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire between the two sides' forces in the whole crisis (§5b): the attack of 19 August is a third party's, the
  // aircraft of 12 September flew over without firing, and the deportations are force short of weapons fire.
  itReadsNoArmedAction(escalation, CALLS);

  // A third party's attack blamed on the other side's nationals is neither armed action between the two nor an attack
  // blamed on the other party (§5b): the night of 19–20 August, before the closure, it is no reason for the level.
  it("the paramilitaries' attack of 19 August, blamed on Colombia's nationals and not its state, is no reason", () => {
    const attack = definition.events.find((e) => e.type === 'IncidentReported' && e.data.kind === 'militant-attack');
    expect(attack).toBeDefined();
    expect(reasonsCiting(escalation, [['2015-08-20T01:00:00Z']], [attack?.eventId ?? ''])).toEqual([]);
  });

  // A border closed against the other party weighs while it lasts (§5b): in the long stalemate, with no threat,
  // ultimatum or collapse within two weeks, what holds the level at coercive is one of Venezuela's closures.
  it('in the stalemate a closure of the border is a reason for the level', () => {
    const closures = definition.events.flatMap((e) =>
      e.type === 'IncidentReported' && e.data.kind === 'border-closure' ? [e.eventId] : [],
    );
    const dates = ['2015-10-23T12:00:00Z', '2016-01-20T12:00:00Z', '2016-07-18T12:00:00Z'] as const;
    for (const at of dates) expect(reasonsCiting(escalation, [[at]], closures)).not.toEqual([]);
  });
});
