/**
 * Escalation model v2 on a case it was never tuned on: India and China from the expulsions of June 1967 to the end of
 * 1967 (india-china-1967.ts, a test fixture). What it holds the model to that the other cases did not: diplomats held,
 * expelled and beaten and the two embassies besieged (force and detention short of armed action, lasting while the
 * sieges last), an armed show of force and a scuffle over a wire fence, an artillery battle at one place with tens
 * killed on each side by each side's count, a de facto ceasefire for that sector, a second clash at another pass two
 * weeks later, and the months after with no talks and no agreement. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason. All twenty are in CALLS, which the model must
 * agree with; none is left.
 *
 * The first run missed three of the twenty calls. None was a rule misread; the model is unchanged.
 * - 24 August 1967, called 3, read 2: the call was wrong by §5b (revised, see its comment): an armed advance to the
 *   line without fire, force or a stated threat is none of the coercive line's items.
 * - 16 September 1967, called 4, read 5, and 18 September, called 3, read 4: the recording was wrong. The ceasefire
 *   of 15 September was recorded `partial` (India had proposed it "in the Nathu La area"), so the model rightly saw no
 *   ceasefire of all hostilities in force; but Nathu La was the only place the two were fighting, and the source says
 *   "a virtual termination of all hostile activity". Recorded now as a ceasefire of all hostilities (the fixture's
 *   header says so); the model then reads the calls as written, and Cho La (1 October) as heavy armed action after
 *   the ceasefire, which is not holding.
 */
import { caseKit, caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './india-china-1967';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);
const { idOf } = caseKit(definition.negotiationId, 'test-analyst', 1967);

/** The analyst's calls for India – China 1967: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- June – July 1967: the diplomats and the embassies -----
  [
    '1967-06-05T12:00:00Z',
    2,
    'Two Indian diplomats were held eight hours yesterday in Peking on charges of spying and released: the detention is over, what remains is the accusation: strained',
  ],
  [
    '1967-06-15T12:00:00Z',
    3,
    'The two diplomats expelled and beaten by Red Guards at Peking airport yesterday, a Chinese diplomat expelled from Delhi, and each embassy’s staff held in its compound: force and detention used on the other’s diplomats, still lasting: coercive',
  ],
  [
    '1967-06-25T12:00:00Z',
    3,
    'The staffs of both embassies are still held in their compounds, and China warned India’s chargé d’affaires eight days ago: coercion that lasts',
  ],
  [
    '1967-07-05T12:00:00Z',
    2,
    'The sieges were lifted two days ago; no armed action, no threat of war in the last two weeks; what remains is accusation and bad feeling: strained',
  ],
  [
    '1967-08-10T12:00:00Z',
    2,
    'Five weeks since the sieges ended, nothing hostile since, but no agreement is being implemented and no talks are held: strained, not cooperative',
  ],
  // ----- August – September 1967: the wire at Nathu La -----
  // Revised after the first run (b): written as 3 ("an armed show of force, a threat short of fire: coercive"). §5b's
  // coercive line names armed action, ultimatums, threats of war, collapsed talks, attacks blamed on the other and a
  // closed border; an armed advance to the line that stops and withdraws, with no fire, no force on anyone and no threat
  // stated, is none of them. What is left is the strained line.
  [
    '1967-08-24T12:00:00Z',
    2,
    'Yesterday some 75 armed Chinese soldiers advanced with fixed bayonets to the line at Nathu La, where India is fencing, and withdrew: a show of force with no fire, no force used and no threat stated; the sieges ended seven weeks ago: strained',
  ],
  [
    '1967-09-08T12:00:00Z',
    3,
    'A scuffle at Nathu La yesterday with soldiers injured on both sides after the Chinese commander’s "serious warning", and protest notes: force short of fire and warnings: coercive',
  ],
  // ----- 11–14 September: Nathu La -----
  [
    '1967-09-12T12:00:00Z',
    5,
    'Chinese machine-gun, mortar and artillery fire on the Indian posts at Nathu La since yesterday, Indian artillery in reply, tens killed on each side by each side’s count, no ceasefire: hostilities',
  ],
  [
    '1967-09-14T12:00:00Z',
    5,
    'The artillery duel at Nathu La goes on for a fourth day, tens dead on each side, India’s call for a ceasefire unanswered: hostilities',
  ],
  // ----- 15 September: the fighting stops -----
  [
    '1967-09-16T12:00:00Z',
    4,
    'The firing stopped by the 15th and the bodies are handed back today, but the last shells fell two days ago and the ceasefire has not held three days: militarised',
  ],
  [
    '1967-09-18T12:00:00Z',
    3,
    'The ceasefire at Nathu La has held three and a half days, the last fire four days ago: armed action within the month, none in the last days: coercive',
  ],
  [
    '1967-09-22T12:00:00Z',
    3,
    'Eight days after the last armed action at Nathu La, the ceasefire holding: armed action within the month',
  ],
  [
    '1967-09-29T12:00:00Z',
    3,
    'Fifteen days after the last armed action, the ceasefire holding: armed action within the month',
  ],
  // ----- 1 October: Cho La -----
  [
    '1967-10-02T12:00:00Z',
    5,
    'Chinese and Indian troops fought at Cho La yesterday, tens killed by the two sides’ counts; the Nathu La ceasefire did not cover it and no ceasefire followed: hostilities',
  ],
  [
    '1967-10-03T12:00:00Z',
    5,
    'Two days after the Cho La clash with tens killed, no ceasefire agreed for it: still within the three days of heavy armed action',
  ],
  [
    '1967-10-05T12:00:00Z',
    4,
    'Four days after the Cho La clash, no ceasefire agreed after it: armed action within the week: militarised',
  ],
  [
    '1967-10-09T12:00:00Z',
    3,
    'Eight days after the Cho La clash, nothing since: armed action within the month: coercive',
  ],
  // ----- The months after: notes, no talks -----
  [
    '1967-10-25T12:00:00Z',
    3,
    'Twenty-four days after Cho La, and India protested on the border again two days ago: armed action within the month',
  ],
  [
    '1967-11-05T12:00:00Z',
    2,
    'Five weeks since Cho La, no fire, no threat in the last two weeks; India’s last protest note is thirteen days old; no talks: strained',
  ],
  [
    '1967-12-20T12:00:00Z',
    2,
    'Eleven weeks since the last armed action and two months since the last note; the sectors are quiet, but no agreement is being implemented and no talks are held: strained, not cooperative',
  ],
];

describe('escalation model v2 on India – China, 1967 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Lasting conditions weigh while they last (§5b): each siege is a detention in force on the call dates while the
  // embassy staff are held, and no longer once both were lifted on 3 July (then it is only named as past).
  it.each(['inc-siege-peking', 'inc-siege-delhi'])('the siege %s is in force while it lasts, not after', (key) => {
    expect(definition.events.some((e) => e.type === 'IncidentReported' && e.eventId === idOf(key))).toBe(true);
    const summer = CALLS.map(([at]) => at).filter((at) => at < '1967-08-01');
    expect(summer).toHaveLength(4);
    const inForce = summer.filter((at) =>
      escalation(at).reasons.some((r) => r.rule === 'detention-in-force' && r.eventIds.includes(idOf(key))),
    );
    expect(inForce).toEqual(['1967-06-15T12:00:00Z', '1967-06-25T12:00:00Z']);
  });

  // The riots outside the Chinese embassy were civilians' (no perpetrator recorded): not an act of India's.
  it('no reason for the level is the riots by civilians in New Delhi', () => {
    const riots = definition.events.filter(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'riots-chinese-embassy-delhi-1967-06-14',
    );
    expect(riots).toHaveLength(1);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        riots.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
