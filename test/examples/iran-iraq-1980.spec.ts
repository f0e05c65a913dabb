/**
 * Escalation model v2 on a case it was never tuned on: Iran and Iraq from the Algiers Agreement still applied in 1979
 * to the first winter of their war (iran-iraq-1980.ts, a test fixture). What it holds the model to that the other
 * cases did not: hostile rhetoric and an attack by a third party that one side blames on the other, border artillery
 * with no toll, strips of land seized and held, a treaty torn up by one party, an invasion on three fronts, a
 * ceasefire offered by the invader on its own terms and refused, and mediation (the UN, the Islamic Conference) that
 * gets nowhere while the war goes on. The calls below were written from DOMAIN.md §5b alone, before the model was run
 * on the case, each with its reason. Sixteen are in CALLS, which the model must agree with; three are in LEFT, kept as
 * written.
 *
 * The first run missed six of the nineteen calls. None was a rule misread; the model is unchanged.
 * - 12 March 1980, called 2, read 1: the recording was wrong (fixed): the ambassadors withdrawn and expelled were
 *   recorded as critical words; they are acts reducing diplomatic relations, coded CAMEO 161 as the shipped cases code
 *   such measures, and a hostile act ends the month of calm.
 * - 30 September and 9 November 1980, called 5, read 4: the recording was wrong (fixed): Iraq's claimed capture of
 *   Dezful (29 September) sat in the description of the Ahvaz fighting, and the battle at the Karun bridge north of
 *   Abadan (Time, 10 November) was left out, though both are in sources the fixture already cited; recorded at their
 *   places, the days hold heavy armed action in three places each.
 * - 18 September, 28 November and 15 December 1980, called 4, read 3: left as the model reads it (LEFT): the log
 *   cannot say what the analyst sees, armed action going on on days no dated source gives.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
  reasonsCiting,
} from './case-log';
import definition from './iran-iraq-1980';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Iran – Iraq, 1979–81: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 1979: the Algiers Agreement applied -----
  [
    '1979-08-01T12:00:00Z',
    1,
    'The Algiers Agreement of 1975 is in force and applied; Saddam, new in the presidency, called two weeks ago for Iraqi–Iranian friendship; no hostile act or threat between the two recorded for a month: cooperative',
  ],
  // ----- March – May 1980: ambassadors out, the attack on Aziz, the first artillery -----
  [
    '1980-03-12T12:00:00Z',
    2,
    'Iran has withdrawn its ambassador and Iraq expelled Iran’s: critical acts and rhetoric, but no threat, ultimatum, blamed attack or armed action: strained',
  ],
  [
    '1980-04-04T12:00:00Z',
    3,
    'Three days after the grenade attack on Tariq Aziz, which Baghdad blames on Tehran: an attack blamed on the other party within two weeks: coercive',
  ],
  [
    '1980-04-14T12:00:00Z',
    4,
    'Two days after the weekend’s artillery exchange on the border, Iran’s forces on full alert: armed action within the week, at one place and with no toll, no ceasefire: militarised, not heavy',
  ],
  ['1980-04-16T12:00:00Z', 4, 'Four days after the artillery exchange: armed action within the week, no ceasefire'],
  [
    '1980-04-20T12:00:00Z',
    3,
    'Eight days after the last armed action; the attack on Aziz blamed on Iran and the expulsions within the fortnight: armed action within the month, none within the week: coercive',
  ],
  [
    '1980-05-20T12:00:00Z',
    2,
    'Five weeks since the last armed action and three since Ghotbzadeh’s call to free Iraq of its "criminal regime": neither armed action within the month nor a threat within two weeks; accusations and hostile rhetoric, and a threat within the month keeps it from cooperative: strained',
  ],
  // ----- September 1980: the border war, the agreement torn up -----
  [
    '1980-09-10T12:00:00Z',
    4,
    'Yesterday’s fighting on the border (an Iraqi barrage; an Iraqi fighter and helicopter downed, tanks destroyed, "large numbers" killed by Tehran’s claim) and strips of Iranian-held land taken by Iraq: armed action within the week at one place, its toll not counted, no ceasefire: militarised',
  ],
  [
    '1980-09-21T18:00:00Z',
    5,
    'Ground and air battles along most of the frontier yesterday, and today ships fighting on the Shatt al-Arab, Khorramshahr shelled and Iranian guns hitting Basra: heavy armed action in several places in the last three days, no ceasefire: hostilities',
  ],
  // ----- 22 September – October 1980: the invasion -----
  [
    '1980-09-24T12:00:00Z',
    5,
    'Two days into the invasion: air strikes on ten Iranian airfields, six Iraqi divisions on three fronts, the battle for Khorramshahr, Iranian strikes on Basra: hostilities',
  ],
  [
    '1980-09-30T12:00:00Z',
    5,
    'Iraq offered to stop on its own terms and Iran refused; the Council’s call is unanswered by Iran and the Islamic Conference’s mission got nowhere; street fighting in Ahvaz and an Iranian raid on Faw yesterday: heavy armed action in several places, no ceasefire in force',
  ],
  [
    '1980-10-25T12:00:00Z',
    5,
    'Iraq says it took Khorramshahr yesterday after weeks of street fighting, Iran says the battle goes on; Chatti’s mission is refused: a battle for a city within three days, no ceasefire: hostilities',
  ],
  [
    '1980-10-28T12:00:00Z',
    5,
    'Iraqi missiles on Dezful two days ago killed a hundred or more, most of them civilians: tens killed in the last three days, no ceasefire: hostilities',
  ],
  // ----- November 1980 – January 1981: the siege, Palme, the counter-offensive -----
  [
    '1980-11-09T12:00:00Z',
    5,
    'Abadan besieged and shelled (hospitals, houses, relief workers killed) and Dezful shelled again in the last days, while the UN looks for an envoy: heavy armed action in several places, no ceasefire',
  ],
  [
    '1980-11-19T12:00:00Z',
    5,
    'Iraq took Susangerd on the 16th and Iran’s offensive retook it on the 17th, hundreds of Iraqis killed or wounded by Iran’s count; Palme arrives in Tehran: an offensive within three days, no ceasefire: hostilities',
  ],
  [
    '1981-01-07T12:00:00Z',
    5,
    'Two days after Iran’s counter-offensive out of Susangerd, a major armoured attack with heavy losses on both sides: hostilities, no ceasefire',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 18 September 1980: the analyst sees three weeks of border clashes going on (the BBC: "three weeks of border
 *   clashes"; The Press: the strips seized "in heavy fighting over the last two weeks") and calls armed action within
 *   the week. No source read dates an act between the barrage of 9 September and the battles of 20 September: the log
 *   holds the last armed action nine days back, and the model reads 3 (armed action within the month, Bani-Sadr's
 *   threat, the strips held).
 * - 28 November and 15 December 1980: the analyst sees the war going on (Abadan besieged, Khorramshahr held, "a mere
 *   exchange of artillery barrages and air raids" on the fronts) and calls armed action within the week. No source read
 *   gives a dated act between the battle for Susangerd (17 November) and the Iranian counter-offensive of 5 January
 *   1981 (which the CSM calls a "revived war"): the model reads 3 on the armed action within the month and the ground
 *   Iraq holds. A dated act of those weeks, once found, belongs in the fixture.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1980-09-18T12:00:00Z',
      4,
      'The day after Saddam tore up the Algiers Agreement and threatened Iran; three weeks of border clashes go on (the BBC), Iraq holds the strips it seized "in heavy fighting over the last two weeks": armed action within the week, no ceasefire: militarised',
    ],
    model: 3,
    rule: 'recent-armed-action',
  },
  {
    call: [
      '1980-11-28T12:00:00Z',
      4,
      'Palme’s only result is an agreement in principle to let the trapped ships out; the war goes on around besieged Abadan, no ceasefire, Iraq holding Khorramshahr, Qasr-e Shirin and Mehran: armed action within the week, not known to be heavy: militarised',
    ],
    model: 3,
    rule: 'recent-armed-action',
  },
  {
    call: [
      '1980-12-15T12:00:00Z',
      4,
      'The war has settled into an exchange of artillery barrages and air raids on the fronts, Abadan still besieged, Khorramshahr held, no ceasefire and no talks: armed action within the week, none reported heavy: militarised',
    ],
    model: 3,
    rule: 'recent-armed-action',
  },
];

describe('escalation model v2 on Iran – Iraq, 1979–81 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // §5b level 1, "an agreement being implemented": what makes 1979 cooperative is the Algiers Agreement, recorded as
  // applied from 1975 until Iraq withdrew from it, and no other development.
  it('the reason for the cooperative call of 1979 is the Algiers Agreement being implemented', () => {
    const algiers = definition.events.find((e) => e.type === 'AgreementReached' && e.occurredAt === '1975-03-06');
    const cooperative = CALLS.filter(([, level]) => level === 1);
    expect(algiers).toBeDefined();
    expect(cooperative.length).toBeGreaterThan(0);
    expect(
      reasonsCiting(escalation, cooperative, [algiers?.eventId ?? ''], (r) => r.rule === 'agreement-implemented'),
    ).toHaveLength(cooperative.length);
  });

  // The pair of actors matters (§5b): the superpowers, the Dawa Party and the opposition movements each side backed
  // are third parties, and the mediators are not the pair; their registrations never make the level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's or a mediator's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
