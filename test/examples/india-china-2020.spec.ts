/**
 * Escalation model v2 on a case it was never tuned on: India and China over the Line of Actual Control in eastern
 * Ladakh, May 2020 – March 2021 (india-china-2020.ts, a test fixture). What it holds the model to that the other cases
 * did not: deadly force without firearms (the Galwan Valley clash, fought with rods, clubs and stones, 20 Indian
 * soldiers killed and at least 4 Chinese), shots fired in the air with nobody hit, disengagement agreements carried out
 * on the ground, and long months of talks with few incidents. Every call is for the pair India – China; there is no
 * mediator and no third party.
 *
 * How the analyst reads §5b here: the Galwan clash is armed action — the two armies' own troops fought with weapons
 * (iron-studded rods, clubs), and tens were killed, so it is heavy; that no firearm was fired changes the weapon, not
 * the act. The brawls with fists and stones (Pangong and Naku La in May 2020, Naku La in January 2021) are force used
 * on the other's soldiers short of armed action: attacks blamed on the other party, coercion (level 3) for about two
 * weeks. The shots of 7–8 September 2020 were fired in the air, at nobody: not armed action (no clash, strike or
 * shelling), but firearms used to intimidate the other's troops, blamed by each on the other — coercion too. The
 * disengagement understandings and the Moscow consensus are agreements, not ceasefires: nobody called them one.
 * Cooperative (1) when an agreement is being implemented and a month has passed without a hostile act or threat.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason;
 * the model must agree with every one.
 */
import { toInstant } from '@parley/domain';
import { escalationView, foldViews } from '@parley/projections';
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './india-china-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for India – China: [at, level, why]. The first run missed three of the nineteen, each called 2
 * where the model read 1:
 * - 20 July 2020 ("India's ban on 59 Chinese apps is a hostile measure within the month"): the model read the ban,
 *   recorded as the ministry's statement with CAMEO 163 (embargo), by the statement's tone alone, and critical words do
 *   not end the calm. The call stands; the model was fixed (a statement coded as material conflict is a hostile act:
 *   escalation-v2.spec.ts) and now agrees.
 * - 10 November and 20 December 2020 (both "strained — not cooperative: the disengagement the Moscow consensus called
 *   for is not being carried out and the standoff goes on"): revised to 1. §5b's cooperative asks for an agreement
 *   being implemented and a month without a hostile act or threat. The sixth round's measures of 21 September (no more
 *   troops to the frontline, no unilateral change) were being kept, and the record holds no hostile act or threat
 *   between the two from mid-September to January (the sources searched report no incident in those months). That the
 *   troops still faced each other and that the agreement kept was a freeze rather than the disengagement is the
 *   analyst's reading of what cooperation should mean, not a test §5b sets: the call added a criterion the table does
 *   not have.
 */
const CALLS: readonly Call[] = [
  [
    '2020-05-07T12:00:00Z',
    3,
    "Some 200 soldiers fought with fists and stones on the north bank of Pangong Tso on the night of 5–6 May, injuring soldiers on both sides; India says the PLA was transgressing: force used on the other's soldiers, blamed on China — an attack blamed on the other party. Nobody killed, no weapon used: not armed action",
  ],
  [
    '2020-05-12T12:00:00Z',
    3,
    'A second brawl at Naku La in Sikkim three days ago, punches exchanged, about ten injured on both sides: force on the other’s troops within the fortnight',
  ],
  [
    '2020-05-28T12:00:00Z',
    2,
    'No force since Naku La (19 days); both armies build up around Pangong and Galwan and accuse each other (China: India crossed the LAC; India: China hinders its patrols): a show of force and accusations, with local commanders talking',
  ],
  [
    '2020-06-08T12:00:00Z',
    2,
    'The corps commanders met two days ago and agreed to resolve the situation peacefully; no force for a month, but the troops stay massed and the disengagement is not yet carried out: talks holding, strained — not cooperative',
  ],
  [
    '2020-06-16T12:00:00Z',
    5,
    'The Galwan Valley clash last night: the two armies fought for hours with iron-studded rods, clubs and stones, 20 Indian soldiers killed and Chinese casualties unacknowledged: armed force between the parties’ own forces, tens killed — heavy armed action, no ceasefire',
  ],
  [
    '2020-06-17T12:00:00Z',
    5,
    'Two days after Galwan; the foreign ministers agreed today to cool down the situation and not escalate it, but no ceasefire was agreed or declared (none was needed before: nobody was shooting) — heavy armed action in the last three days',
  ],
  [
    '2020-06-19T12:00:00Z',
    4,
    'Four days after Galwan: no longer within three days, but armed action within the week; the ministers’ commitment not to escalate is not a ceasefire',
  ],
  [
    '2020-06-23T12:00:00Z',
    3,
    'Eight days after Galwan: armed action within the month, not the week; the corps commanders agreed yesterday on a mutual consensus to disengage',
  ],
  [
    '2020-07-10T12:00:00Z',
    3,
    'The Special Representatives agreed complete disengagement on 5 July and the PLA has pulled back at Galwan, but the clash is 25 days old: armed action within the month',
  ],
  [
    '2020-07-20T12:00:00Z',
    2,
    'Galwan is 35 days old and no force since; disengagement under way under the 5 July agreement; but India’s ban on 59 Chinese apps (29 June) is a hostile measure within the month: strained, not cooperative',
  ],
  [
    '2020-09-08T12:00:00Z',
    3,
    'Shots fired in the air at Mukhpari last night, the first on the LAC in 45 years, each side blaming the other; nobody hit: not armed action (nobody fired at the other’s forces), but firearms used to intimidate the other’s troops — an attack blamed on the other party, after the PLA’s moves on the south bank of 29–31 August',
  ],
  [
    '2020-09-11T12:00:00Z',
    3,
    'The foreign ministers agreed the five-point consensus in Moscow yesterday, but the shots in the air of 7–8 September are three days old: coercion within the fortnight',
  ],
  [
    '2020-09-25T12:00:00Z',
    2,
    'The shots in the air are 17 days old, nothing since; the sixth round agreed on 21 September to stop sending troops to the frontline; the Defence Minister’s accusations in Parliament (15 September): talks holding, strained',
  ],
  [
    '2020-11-10T12:00:00Z',
    1,
    // Called 2 before the run; revised after it: see the note on CALLS.
    'The sixth round’s measures (no more troops to the frontline, no unilateral change on the ground) are being kept and the eighth round (6 November) agreed on restraint: an agreement being implemented; no hostile act or threat since the shots of September and the accusations of 15 September, two months ago',
  ],
  [
    '2020-12-20T12:00:00Z',
    1,
    // Called 2 before the run; revised after it: see the note on CALLS.
    'The sixth round’s measures are still kept and the WMCC (18 December) agreed to keep working towards complete disengagement: an agreement being implemented, three months without a hostile act or threat',
  ],
  [
    '2021-01-26T12:00:00Z',
    3,
    'A brawl at Naku La on 20 January when Indian troops stopped a Chinese patrol, injuries on both sides (the Army calls it a minor face-off): force on the other’s soldiers blamed on China, within the fortnight; the ninth round agreed yesterday to push for early disengagement',
  ],
  [
    '2021-02-12T12:00:00Z',
    2,
    'The Pangong disengagement is agreed and under way since 10 February: an agreement being implemented; but the Naku La brawl is 23 days old — not a month without a hostile act',
  ],
  [
    '2021-02-22T12:00:00Z',
    2,
    'The Pangong disengagement is complete and verified (19 February), welcomed by the tenth round; China’s accusation of 19 February (honouring its Galwan dead, blaming India for crossing the line) is critical rhetoric three days old: strained',
  ],
  [
    '2021-03-31T12:00:00Z',
    1,
    'The Pangong disengagement has been carried out and holds (troops pulled back, patrolling suspended); the WMCC (12 March) agreed to keep the ground stable; no hostile act or threat since Naku La (20 January) and no accusation since 19 February: an agreement being implemented, a month without a hostile act',
  ],
];

describe('escalation model v2 on India – China in eastern Ladakh, 2020–21 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Deadly force without firearms is armed action (heavy, tens killed); shots in the air with nobody hit are not.
  it('the Galwan clash is read as heavy armed action, and no reason from September on is armed action', () => {
    expect(escalation('2020-06-16T12:00:00Z').reasons[0]).toMatchObject({ level: 5, rule: 'heavy-armed-action' });
    const ARMED = ['heavy-armed-action', 'armed-action', 'recent-armed-action'];
    const armed = CALLS.filter(([at]) => at >= '2020-09-01').flatMap(([at]) =>
      escalation(at)
        .reasons.filter((r) => ARMED.includes(r.rule))
        .map((r) => `${at}: ${r.text}`),
    );
    expect(armed).toEqual([]);
  });

  // Tens killed is heavy on what was known the day after (India's 20 dead), before China's own count came in.
  it('known on 17 June 2020, with India’s 20 dead alone, Galwan already reads as hostilities', () => {
    const T = toInstant('2020-06-17T12:00:00Z');
    const known = escalationView(foldViews(entries, { at: T, knownAt: T }), T);
    expect(known.level).toBe(5);
    expect(known.reasons[0]?.text).toContain('about 20 killed');
  });
});
