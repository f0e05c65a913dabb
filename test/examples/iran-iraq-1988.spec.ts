/**
 * Escalation model v2 on a case it was never tuned on: Iran and Iraq from the last offensives of their war (February –
 * July 1988) through Resolution 598, the ceasefire of 20 August 1988 and the two years of stalled talks, to Iraq's
 * acceptance of Iran's terms, its withdrawal and the first exchanges of all prisoners (August 1990)
 * (iran-iraq-1988.ts, a test fixture). What it holds the model to that the other cases did not: a war's last offensives
 * with tolls mostly unknown (offensives recorded `major` where their sources say so), a partial truce (the war of the
 * cities only) that does not stop the war, a ceasefire agreed twelve days before it took effect with shelling alleged
 * in between, a violation with one killed in its first hours, an ultimatum and violations without casualties in its
 * first days, talks that stall for two years with the ceasefire holding, and a unilateral concession accepted and
 * carried out. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with
 * its reason. Eighteen are in CALLS, which the model must agree with; two are in LEFT, kept as written.
 *
 * The first run missed three of the twenty calls. None was a rule misread; the model is unchanged.
 * - 29 August 1988, called 3, read 4, and 20 September 1988, called 2, read 3: the recording was wrong (fixed in the
 *   fixture). The advances of 23 August on the central front, which each side charged the other with, were recorded as
 *   two ceasefire violations without casualties; the model reads such a violation as an exchange of fire (armed action),
 *   and the sources say "neither side fired a shot". They are now what the sources describe: troops moved forward, a
 *   show of force (`force-posture`) alleged by the other side. Both calls then read as called.
 * - 25 April 1989, called 2, read 1: left as the model reads it (LEFT): what the analyst sees — Iraqi troops still on
 *   380 square miles of Iranian territory, Resolution 598's withdrawal "without delay" not carried out — was a lasting
 *   condition the catalogue had no type for; the log held a ceasefire agreement in force and only critical words in the
 *   month. It moved to CALLS, unchanged, when the catalogue gained `occupation` (ground taken or held without fire,
 *   held until the holder's `withdrawal`): the Iraqi troops left on Iranian soil are now recorded as Iraq's occupation
 *   from the day the ceasefire took effect (20 August 1988) to its withdrawal (from 17 August 1990), and the model reads
 *   the call as written (2, strained: ground held keeps the month of calm from starting).
 * - 20 August and 10 September 1990, called 1: agreed until the model counted line 1's month from a withdrawal (Qatar –
 *   Bahrain, below LEFT); they read 2 since, and are left as written, in LEFT.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
  reasonsCiting,
} from './case-log';
import definition from './iran-iraq-1988';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Iran – Iraq: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- February – March 1988: the war of the cities -----
  [
    '1988-03-02T12:00:00Z',
    5,
    'The war of the cities: Iraqi missiles on Tehran, Iranian missiles on Baghdad and Iranian shelling of Basra in the last three days — heavy armed action in several places, and no ceasefire',
  ],
  [
    '1988-03-12T18:00:00Z',
    5,
    'A truce in the war of the cities since yesterday afternoon, but it covers the cities only and the war goes on on the fronts; yesterday eleven Iraqi missiles on Tehran and Qom killed 28: heavy armed action in the last three days, no ceasefire of the war',
  ],
  // ----- April – June 1988: the Iraqi offensives -----
  [
    '1988-04-18T12:00:00Z',
    5,
    'Iraq’s offensive on the Faw peninsula since the night of the 16th, the peninsula retaken today: heavy armed action (an offensive), no ceasefire; the US Navy’s clash with Iran is a third party’s',
  ],
  [
    '1988-04-22T12:00:00Z',
    4,
    'Four days after the Faw battle, no armed action recorded since: armed action within the week but not in the last three days, no ceasefire',
  ],
  [
    '1988-06-26T12:00:00Z',
    5,
    'Iraq’s offensive retook the Majnoon islands yesterday, its armour driving into Iran east of the Hawizeh marshes: heavy armed action in several places, no ceasefire',
  ],
  // ----- July 1988: Resolution 598 accepted, the fighting goes on -----
  [
    '1988-07-19T18:00:00Z',
    5,
    'Iran accepted Resolution 598 yesterday, but no ceasefire is in force; today Iraqi air raids on Bushehr and Ahvaz and an Iranian raid on Kirkuk: armed action in several places in the last three days',
  ],
  [
    '1988-07-23T12:00:00Z',
    5,
    'Iraq pushed into Iran yesterday on the central front (Khosravi, Qasr-e Shirin, Sar-e Pol-e Zahab taken; Iran charges chemical bombs on two villages): an invasion, heavy armed action, no ceasefire',
  ],
  [
    '1988-07-28T12:00:00Z',
    4,
    'The MEK’s offensive toward Kermanshah is a third party’s; Iraq’s own last armed action was the push of the 22nd, six days ago: armed action within the week, not in the last three days, no ceasefire',
  ],
  // ----- August 1988: the ceasefire date, the shelling, the ceasefire -----
  [
    '1988-08-09T12:00:00Z',
    3,
    'The ceasefire date was set yesterday (20 August) and both pledged restraint; the last armed action between them was eighteen days ago: armed action within the month, none within the week',
  ],
  [
    '1988-08-13T12:00:00Z',
    4,
    'Two days after the shelling Iraq charges Iran with around Basra and on the Faw peninsula (hundreds of rounds, two places, no casualties given); the ceasefire is not yet in force: armed action within the week, not heavy',
  ],
  [
    '1988-08-15T12:00:00Z',
    4,
    'Four days after the alleged shelling, the ceasefire still five days off: armed action within the week',
  ],
  [
    '1988-08-19T12:00:00Z',
    3,
    'Eight days after the last armed action, the UN observers deploying, the ceasefire due tomorrow: armed action within the month, none within the week',
  ],
  [
    '1988-08-23T12:00:00Z',
    4,
    'Three days into the ceasefire: Iraq says an Iranian sniper killed one of its soldiers three hours after it began, and today each side charges the other with advancing on the central front: a ceasefire violated with casualties in the last week',
  ],
  [
    '1988-08-29T12:00:00Z',
    3,
    'The talks opened in Geneva on the 25th; nine days since the violation with a death, six since Iraq’s midday ultimatum on the central front: an ultimatum within two weeks, armed action within the month',
  ],
  // ----- September 1988 – 1989: the talks stall, the ceasefire holds -----
  // Its reason, as written before the run, miscounts: the last armed action is not forty days back but the violations
  // alleged on 20 and 21 August (a sniper's shot, a volley near the observers), 30 and 31 days before — at the edge of
  // §5b's "~30 days"; the model reads them as just past it. The level stands as called.
  [
    '1988-09-20T12:00:00Z',
    2,
    'The ceasefire holds a month on, the talks stalled "at square one" over the Shatt al-Arab and the withdrawal, Aziz blaming Iran: no armed action for forty days, no ultimatum or threat in two weeks; talks and a ceasefire holding, accusations',
  ],
  [
    '1988-11-14T12:00:00Z',
    2,
    'The talks recessed three days ago with no progress; Khamenei calls the Iraqi troops on Iranian soil "a sign of war"; the prisoner exchange is agreed: the ceasefire holds, accusations',
  ],
  [
    '1988-12-10T12:00:00Z',
    2,
    'The exchange of sick and wounded prisoners under way since 24 November, Iraq accusing Iran of reneging on it; the ceasefire holds: strained, not cooperative, with accusations this month',
  ],
  // Left as the model read it (LEFT) until the catalogue gained `occupation`: the Iraqi troops on Iranian soil were a
  // lasting condition the log could not hold, and the model read 1. Recorded as ground held, it reads as called.
  [
    '1989-04-25T12:00:00Z',
    2,
    'The talks resumed in Geneva; Iraq holds Iranian territory until Iran signs on navigation and doubts Tehran wants peace: the ceasefire holds, critical rhetoric',
  ],
];

/**
 * Calls the model reads otherwise, kept as written. The withdrawal of August 1990 ends ground held for two years: the
 * analyst reads it as the agreement carried out, cooperative from its first day; the model counts line 1's month of
 * calm from it, as from a border reopened or an ultimatum resolved (found on Qatar – Bahrain, where the analyst called
 * the days after Qatar left the reef strained). The same analyst read the ground held as what kept April 1989 from 1.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1990-08-20T12:00:00Z',
      1,
      'Iraq accepted Iran’s terms on the 15th; since the 17th its troops leave Iranian territory and the prisoners cross home, Iran sending back Iraqis in turn: an agreement being implemented, and no hostile act or threat between them for more than a year',
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '1990-09-10T12:00:00Z',
      1,
      'The withdrawal done, the exchange of prisoners going on: an agreement being implemented, nothing hostile between them',
    ],
    model: 2,
    rule: 'strained',
  },
];

describe('escalation model v2 on Iran – Iraq, 1988–90 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): the US Navy's clash with Iran and the MEK's offensive are third parties' acts.
  it("no reason for the level is a third party's act or registration", () => {
    const outsiders = definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        (e.type === 'IncidentReported' && e.data.perpetrator !== 'iran' && e.data.perpetrator !== 'iraq'),
    );
    expect(outsiders.filter((e) => e.type === 'IncidentReported')).toHaveLength(2);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        outsiders.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
