/**
 * Escalation model v2 on a case it was never tuned on: Greece and Turkey from the Evros border crisis of 2020 to the
 * Athens Declaration and its implementation in 2024 (greece-turkey-2020.ts, a test fixture). What it holds the model
 * to that the other cases did not: two NATO allies that never fire on each other, and where the line lies between
 * strained (2), coercive (3) and cooperative (1) when no shot is fired. Every call is for the pair Greece – Turkey.
 *
 * How the analyst reads §5b here: a crossing closed against the other party is coercion every day it stays closed
 * (Kastanies, 28 February – 1 July 2020). Tear gas fired at the other's forces and a frigate cutting across another's
 * bow are force used on the other party, blamed on it — attacks blamed on the other party, coercion for about two
 * weeks — never armed action. "You will pay a high price", "we may come suddenly one night" and the casus belli
 * restated are threats of war: coercion for about two weeks, whether or not talks are under way. A survey ship under
 * naval escort, NAVTEXes, exercises, airspace violations and mock dogfights are shows of force with no force used:
 * strain (2), as are a leader's "he no longer exists for me" and the accusations. Cooperative (1) once the Athens
 * Declaration is signed and being implemented with no hostile act or threat for a month; not before it, however warm
 * the earthquake diplomacy, because no agreement was being implemented.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason;
 * the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction } from './case-log';
import definition from './greece-turkey-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Greece – Turkey: [at, level, why], unchanged since they were written (commit "calls written
 * before the model was run"). The first run agreed with all twenty, and for the reasons given: the closure of
 * Kastanies alone on 15 April 2020, the threats of war on the dates of 3, the frigates' collision as non-lethal force
 * (never armed action), the Athens Declaration (then the Ankara memorandum, the latest agreement signed) with a month
 * free of hostile acts for the dates of 1. One reason differs from the analyst's: on 2 March 2020 the model names the
 * Greek tear gas of 29 February as force against Turkey, where the analyst recorded it aimed at the migrants with no
 * `against`; the model reads force with no target as aimed at the other party. The gas fell on Turkish soil and Turkey
 * protested it, so the reading is defensible, and the level is the closure's either way: left as it is.
 */
const CALLS: readonly Call[] = [
  [
    '2020-03-02T12:00:00Z',
    3,
    'Greece closed the Kastanies crossing on 28 February against the migrants Turkey said it would no longer hold back, and calls it an asymmetrical threat: a border closed against the other party',
  ],
  [
    '2020-04-15T12:00:00Z',
    3,
    'The migrants were moved away on 27 March and no tear gas has flown since early March, but the crossing Greece closed against Turkey stays closed: a lasting condition that weighs while it lasts',
  ],
  [
    '2020-07-10T12:00:00Z',
    2,
    'Greece reopened Kastanies on 1 July; no threat or attack since March; no agreement being implemented and the closure was in force within the month, so not cooperative',
  ],
  [
    '2020-08-11T12:00:00Z',
    2,
    "The Oruç Reis surveys the shelf Greece claims under the escort of Turkish warships and Greek frigates shadow it: a show of force, no force used; Turkey's defence ministry's 'all necessary measures' is a warning, not a threat of war",
  ],
  [
    '2020-08-14T12:00:00Z',
    3,
    "Erdoğan yesterday: attack the Oruç Reis and 'you will pay a high price … they got their first answer today', after the Kemal Reis struck the Limnos on 12 August: a threat of war, and force used on the other's warship",
  ],
  [
    '2020-08-24T12:00:00Z',
    3,
    "Erdoğan's threats of 13 and 14 August are ten days old, the collision twelve: within the last two weeks",
  ],
  [
    '2020-09-01T12:00:00Z',
    3,
    "Çavuşoğlu on 29 August: extending Greek waters to 12 miles 'could cause war', the 1995 decision is valid: a threat of war three days ago",
  ],
  [
    '2020-09-20T12:00:00Z',
    2,
    'The Oruç Reis went back to Antalya on 13 September and Mitsotakis called it a positive first step; the last threat of war is 22 days old: strain, not coercion',
  ],
  [
    '2021-01-26T12:00:00Z',
    3,
    'The exploratory talks resumed yesterday after five years, but on 22 January Çavuşoğlu restated that the casus belli stands: a threat of war four days ago is the first line of §5b that holds',
  ],
  [
    '2021-02-15T12:00:00Z',
    2,
    'The casus belli restated is 24 days old; the talks held their 61st round and another is planned: talks holding',
  ],
  [
    '2022-05-25T12:00:00Z',
    2,
    "Erdoğan says Mitsotakis 'no longer exists' for him and the council planned for this year will not meet: critical rhetoric and accusations, no threat of war, no talks declared over",
  ],
  [
    '2022-07-31T12:00:00Z',
    2,
    'Fifty Turkish violations of Greek airspace in a day and two mock dogfights, all intercepted: shows of force, nobody fired, no force used on the other',
  ],
  [
    '2022-09-05T12:00:00Z',
    3,
    "Erdoğan on 3 September: 'we may come down suddenly one night … the price will be heavy', 'don't forget Izmir': a threat of war two days ago",
  ],
  [
    '2022-09-16T12:00:00Z',
    3,
    'Erdoğan repeated the threat in Bosnia on 6 September, ten days ago: within the last two weeks',
  ],
  [
    '2022-09-28T12:00:00Z',
    2,
    "The last threat is 22 days old; Dendias's 'reprehensible' and 'neo-Ottoman bullying' are critical rhetoric",
  ],
  [
    '2023-02-14T12:00:00Z',
    2,
    'Earthquake diplomacy: Greek rescuers in Turkey, Dendias and Çavuşoğlu together in Hatay two days ago; no threat since 29 December. Warm, but no agreement is being implemented, so not cooperative',
  ],
  [
    '2023-12-08T12:00:00Z',
    1,
    'The Athens Declaration was signed yesterday and its dialogue, positive agenda and confidence-building measures start; no hostile act or threat for almost a year',
  ],
  [
    '2024-01-08T12:00:00Z',
    1,
    'A month after the Athens Declaration: an agreement being implemented, no hostile act or threat in the month',
  ],
  [
    '2024-05-14T12:00:00Z',
    1,
    "Mitsotakis in Ankara yesterday, the return visit the declaration provided for, and a disaster-management memorandum signed; the April row over Greece's marine parks was words, not a hostile act or threat",
  ],
  [
    '2024-11-09T12:00:00Z',
    1,
    'Fidan in Athens yesterday: political dialogue, positive agenda and confidence-building measures meeting as the declaration set out; no hostile act or threat for the month',
  ],
];

describe('escalation model v2 on Greece – Turkey, 2020–24 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Two allies that never fired on each other: no date reads as armed action, whatever the tear gas or the collision.
  itReadsNoArmedAction(escalation, CALLS);

  // A border closed against the other party weighs while it lasts (§5b): in April 2020, with the tear gas a month old
  // and no threat, the closure of Kastanies is the one reason the level is coercive.
  it('on 15 April 2020 the closure of Kastanies alone holds the level at 3', () => {
    const closure = definition.events.find((e) => e.type === 'IncidentReported' && e.data.kind === 'border-closure');
    expect(closure).toBeDefined();
    const view = escalation('2020-04-15T12:00:00Z');
    expect(view.reasons.map((r) => ({ rule: r.rule, closure: r.eventIds.includes(closure?.eventId ?? '') }))).toEqual([
      { rule: 'border-closed', closure: true },
    ]);
  });

  // Talks under way do not outweigh a threat of war in the last two weeks: the day after the exploratory talks resumed,
  // what makes the level coercive is Çavuşoğlu's casus belli restated on 22 January 2021.
  it('the day after the talks resumed, the casus belli restated four days earlier is the reason for 3', () => {
    const threat = definition.events.find(
      (e) => e.type === 'StatementMade' && e.data.tone === 'military-threat' && e.occurredAt === '2021-01-22',
    );
    expect(threat).toBeDefined();
    const view = escalation('2021-01-26T12:00:00Z');
    expect(view.level).toBe(3);
    expect(view.reasons.some((r) => r.eventIds.includes(threat?.eventId ?? ''))).toBe(true);
  });

  // Cooperative needs an agreement being implemented (§5b): the Athens Declaration is what the first dates of 1 rest on.
  it('in the month after 7 December 2023 the level is 1 because the Athens Declaration is being implemented', () => {
    const declaration = definition.events.find(
      (e) => e.type === 'AgreementReached' && e.data.agreementId === 'athens-declaration-2023',
    );
    expect(declaration).toBeDefined();
    for (const at of ['2023-12-08T12:00:00Z', '2024-01-08T12:00:00Z']) {
      const view = escalation(at);
      expect({
        at,
        rules: view.reasons.map((r) => r.rule),
        declaration: view.reasons.some((r) => r.eventIds.includes(declaration?.eventId ?? '')),
      }).toEqual({ at, rules: ['agreement-implemented'], declaration: true });
    }
  });
});
