/**
 * Escalation model v2 on a case it was never tuned on: the United States and Colombia through 2025, from Petro turning
 * back two US military deportation flights and Trump's tariff ultimatum met the same night (26 January) to Trump's
 * threats of strikes on Colombia's cocaine factories (December) (us-colombia-2025.ts, a test fixture; Venezuela a third
 * party, not registered). What it holds the model to that the other cases did not: an ultimatum met within hours and
 * tariffs held in reserve; sanctions, decertification, recalls and a head of state's visa revoked and his assets
 * blocked; US strikes at sea that killed or wounded Colombian nationals, recorded as lethal force on the other's people,
 * not armed action; threats of force; and no fire between the two sides' forces. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason; all eighteen are in CALLS, which the
 * model must agree with.
 *
 * The first run read all eighteen calls as written: no recording, call or rule was changed after it. The two tests
 * after the calls were added once the calls had been read: they hold the reasons (the ultimatum met within hours; the
 * strike of 15 September weighing after it and after Petro's charge of 18 October), not only the levels.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './us-colombia-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the United States – Colombia: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 26 January – March: the deportation flights, the ultimatum, the deal -----
  [
    '2025-01-26T15:00:00Z',
    2,
    'Petro has turned back the two US military deportation flights and set his own terms; Washington has not yet answered: a refusal and critical rhetoric, no threat, no agreement in force: strained',
  ],
  [
    '2025-01-26T23:00:00Z',
    3,
    "Trump's ultimatum stands: 25% tariffs at once and 50% in a week unless Colombia takes the flights, visa sanctions already in effect; Petro answers with counter-tariffs: an ultimatum and threats: coercive",
  ],
  [
    '2025-01-27T12:00:00Z',
    3,
    'The ultimatum was met overnight and the tariffs are held in reserve, but it was issued yesterday and the visa sanctions stay until the first plane lands: an ultimatum within the two weeks: coercive',
  ],
  [
    '2025-02-05T12:00:00Z',
    3,
    'Ten days after the ultimatum: the deportees are flying home and visas are issued again, but an ultimatum in the last two weeks is still coercion by §5b: coercive',
  ],
  [
    '2025-02-15T12:00:00Z',
    2,
    'Twenty days after the ultimatum, outside the two weeks; the deal is being carried out, but the ultimatum and the visa sanctions fall within the month: not yet cooperative: strained',
  ],
  [
    '2025-03-05T12:00:00Z',
    1,
    'Five weeks since the ultimatum was met; the deportation deal is being implemented and nothing hostile has passed between the two for a month: cooperative',
  ],
  [
    '2025-06-20T12:00:00Z',
    1,
    'The deportation deal still implemented; no hostile act or threat between the two for months: cooperative',
  ],
  // ----- July – September: the envoys, the first strike, decertification, New York -----
  [
    '2025-07-05T12:00:00Z',
    2,
    "Washington and Bogotá have recalled their envoys over Petro's charge of a plot: a hostile measure on each side and accusations, no threat: strained",
  ],
  [
    '2025-09-17T12:00:00Z',
    3,
    "Two days ago a US strike killed the three aboard a boat Colombia says was its fisherman Carranza's — force on the other's people, short of armed action — and Washington has decertified Colombia; Bogotá stops buying US arms: coercive",
  ],
  [
    '2025-09-27T12:00:00Z',
    3,
    "Twelve days after the strike on Carranza's boat, inside the two weeks; Petro has called at the UN for a criminal case against Trump, and Washington revokes his visa: coercive",
  ],
  [
    '2025-10-05T12:00:00Z',
    2,
    "Twenty days since the strike, no threat or ultimatum in two weeks; decertification, the arms halt and the President's visa revoked are hostile measures, the rhetoric harsh: strained",
  ],
  // ----- October: the strikes tied to Colombia, 'illegal drug leader', the sanctions -----
  [
    '2025-10-20T12:00:00Z',
    3,
    "US strikes on 16 and 17 October killed men on boats tied to Colombia and wounded a Colombian; Petro charges murder; Trump calls him an illegal drug leader, stops payments, threatens tariffs and force ('it won't be done nicely'); Colombia recalls its ambassador: coercive, with no fire between forces",
  ],
  [
    '2025-10-25T12:00:00Z',
    3,
    "Six days after Trump's threat of force; the Treasury sanctions Petro, his wife, his son and his interior minister: coercive",
  ],
  // ----- November – December: intelligence suspended, threats to strike Colombia -----
  [
    '2025-11-05T12:00:00Z',
    2,
    "Seventeen days since Trump's threat and nineteen since the last strike tied to Colombia: no threat or attack in the two weeks; the sanctions of 24 October keep it from cooperative: strained",
  ],
  [
    '2025-11-12T12:00:00Z',
    2,
    'Colombia suspends intelligence sharing with US agencies while the strikes go on — a hostile measure, no threat within the two weeks: strained',
  ],
  [
    '2025-11-19T12:00:00Z',
    3,
    'Two days ago Trump said he would be proud to strike drug sites in Colombia — a threat of force: coercive',
  ],
  [
    '2025-12-03T12:00:00Z',
    3,
    "Trump: anyone making cocaine and selling it into the US, Colombia named, is 'subject to attack'; Petro: attacking Colombia's sovereignty is declaring war: threats of war: coercive",
  ],
  [
    '2025-12-31T12:00:00Z',
    3,
    "Nine days since Trump told Petro to shut down the cocaine factories 'we know where they are', the last of December's threats of force: coercive, still no fire between the two",
  ],
];

describe('escalation model v2 on the United States – Colombia, 2025 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire between the two (§5b): the strikes hit boats at sea, with no Colombian force engaged; they are lethal force
  // on the other's people, coercion with its toll, never armed action between the parties.
  itReadsNoArmedAction(escalation, CALLS);

  // An ultimatum met the same night (§5b: lasting conditions weigh while they last): in force on the evening it was
  // issued, no longer the next day, when only its date weighs, as coercion for the two weeks.
  it("Trump's ultimatum is active until Colombia complies that night, then weighs only as a recent ultimatum", () => {
    const active = (T: string) => escalation(T).reasons.some((r) => r.rule === 'ultimatum-active');
    expect(['2025-01-26T23:00:00Z', '2025-01-27T12:00:00Z', '2025-02-05T12:00:00Z'].filter(active)).toEqual([
      '2025-01-26T23:00:00Z',
    ]);
  });

  // The strike of 15 September weighs as coercion for two weeks after it, and again for two weeks after Petro blamed the
  // United States for it by name (18 October); twenty days after either, it is no reason for coercion.
  it('the strike on Carranza’s boat is coercion after it and after Petro’s charge, not three weeks on', () => {
    const strike = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'boat-strike-2025-09-15',
    );
    expect(strike).toBeDefined();
    const coercive = (T: string) =>
      escalation(T).reasons.some((r) => r.rule === 'coercion' && r.eventIds.includes(strike?.eventId ?? ''));
    const ats = ['2025-09-17T12:00:00Z', '2025-09-27T12:00:00Z', '2025-10-05T12:00:00Z', '2025-10-25T12:00:00Z'];
    expect(ats.filter(coercive)).toEqual(['2025-09-17T12:00:00Z', '2025-09-27T12:00:00Z', '2025-10-25T12:00:00Z']);
    expect(coercive('2025-11-08T12:00:00Z')).toBe(false);
  });
});
