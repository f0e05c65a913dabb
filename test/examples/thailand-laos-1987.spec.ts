/**
 * Escalation model v2 on a case it was never tuned on: Thailand and Laos from the Ban Rom Klao border war (December
 * 1987 – February 1988) to the thaw of late 1988 (thailand-laos-1987.ts, a test fixture). What it holds the model to
 * that the other cases did not: weeks of fighting at one place only (heavy by its toll, never by its places), air
 * strikes and a bomber shot down, a truce agreed between the two armies two days before it took effect with fighting in
 * between and a last skirmish an hour before the start, a truce that holds, and a thaw into trade. The calls below
 * were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './thailand-laos-1987';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Thailand – Laos: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- December 1987 – January 1988: the village retaken, the ambush -----
  [
    '1987-12-16T12:00:00Z',
    4,
    'The Lao night attack of yesterday drove the Thai garrison from Ban Rom Klao: armed action within the week, at one place, with no toll reported, and no ceasefire: militarised, not yet heavy',
  ],
  [
    '1988-01-21T12:00:00Z',
    5,
    'Lao sappers ambushed Thai soldiers near Rom Klao yesterday, killing 11: tens killed within three days, no ceasefire',
  ],
  [
    '1988-01-24T12:00:00Z',
    4,
    'Four days after the ambush; the tolls published yesterday (33 Thai and 80 Lao dead) are of months of fighting, not of the last three days: armed action within the week, no ceasefire',
  ],
  [
    '1988-02-05T12:00:00Z',
    3,
    'A week since the Lao shells fell near the diplomats’ tour; the Thai Army promised "decisive action" to drive the Lao out a few days ago: armed action within the month and a threat of force within two weeks',
  ],
  // ----- February 1988: the offensive and the talks -----
  [
    '1988-02-14T12:00:00Z',
    5,
    'Thai air strikes and a Thai bomber shot down yesterday, artillery duels today, 3,000 troops airlifted in, hundreds killed in the fighting up to today: heavy armed action by its toll, no ceasefire',
  ],
  [
    '1988-02-16T12:00:00Z',
    5,
    'The army talks open in Bangkok today, but the air strikes and artillery of the last three days and their toll stand, and no ceasefire is in force',
  ],
  [
    '1988-02-18T12:00:00Z',
    4,
    'A truce was agreed yesterday but takes effect only tomorrow; heavy artillery and ground clashes at the hill yesterday and today, with no toll reported and at one place: armed action within the week, no ceasefire in force; the last count of hundreds dead runs to the 14th, four days ago',
  ],
  // ----- 19 February 1988: the truce -----
  [
    '1988-02-20T12:00:00Z',
    4,
    'The truce took effect yesterday morning, an hour after a last skirmish: armed action within the week and the ceasefire has not yet held three days',
  ],
  [
    '1988-02-21T02:00:00Z',
    4,
    'Two days after the last skirmish, the truce two days old: armed action within the week, the ceasefire not yet held three days',
  ],
  [
    '1988-02-22T12:00:00Z',
    3,
    'The truce agreed after the fighting has held three and a half days, the troops separated behind the flag-marked zone: armed action within the month, none since',
  ],
  [
    '1988-02-23T02:00:00Z',
    3,
    'Four days after the last armed action, the truce holding: coercive for armed action within the month',
  ],
  [
    '1988-02-27T02:00:00Z',
    3,
    'Eight days after the last armed action, the truce holding: armed action within the month, none in the last week',
  ],
  [
    '1988-03-16T12:00:00Z',
    3,
    'Twenty-six days after the last skirmish: armed action still within the month, though the truce holds',
  ],
  // ----- After the truce: the thaw -----
  [
    '1988-03-25T12:00:00Z',
    1,
    'Five weeks since the last skirmish and six since the last threat; the truce agreement is being carried out (troops separated, the zone respected) and nothing hostile between them is recorded since: cooperative',
  ],
  [
    '1988-11-28T12:00:00Z',
    1,
    'The truce agreement still carried out, nothing hostile for nine months; Chatichai’s government turns "battlefields into marketplaces", with Thai experts and a Thai joint venture in Laos',
  ],
];

describe('escalation model v2 on Thailand – Laos, 1987–88 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): Vietnam and the Soviet Union are third parties; Thailand's charge about the
  // Vietnamese troops is Thailand's own act, but nothing of theirs makes the level.
  it("no reason for the level is a third party's registration", () => {
    const outsiders = definition.events.filter((e) => e.type === 'ActorRegistered');
    expect(outsiders.length).toBeGreaterThan(0);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        outsiders.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
