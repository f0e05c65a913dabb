/**
 * Escalation model v2 on a case it was never tuned on: Thailand and Cambodia over the Preah Vihear temple, 2008–13
 * (thailand-cambodia-2008.ts, a test fixture; the 2025 crisis is a separate negotiation). What it holds the model to
 * that the other cases did not: two rounds of real fighting years apart (October 2008 and April 2009; February and
 * April–May 2011) with a long armed stand-off between them while the two sides talked; artillery fighting at several
 * places at once; and a dispute taken to a court whose order both carried out (the troops left the demilitarised zone
 * in July 2012) and whose judgment both accepted. Every call is for the pair Thailand – Cambodia; ASEAN's chair
 * (Indonesia), the Security Council and the court are third parties. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason; the model must agree with every one.
 *
 * The first run missed none of the twenty calls, and the model is unchanged. Reading the reasons given on the call
 * dates showed one slip of the recording, fixed after the run (it changed no level): the shelling of the Thai side on
 * 4 February 2011 had been dated 18:00 local time from a report the fixture does not cite, after the commanders'
 * ceasefire of that evening, so the model read it as a breach of that ceasefire; the cited reports give no hour, and it
 * is now dated within the two hours of fighting, before the ceasefire.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './thailand-cambodia-2008';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Thailand – Cambodia, 2008–13: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2008-07-25T12:00:00Z',
    2,
    'Ten days into the stand-off at the temple: hundreds of troops on each side in trenches metres apart, no shot fired; the border committee met on the 21st without a breakthrough but both undertook not to use force; Cambodia takes its complaint to the Security Council. Accusations and talks, no armed action, ultimatum or threat of war: strained',
  ],
  [
    '2008-10-14T00:00:00Z',
    3,
    "Hun Sen's ultimatum of yesterday is in force (Thai troops out by noon today, or the area becomes a 'life-and-death battle zone'), the Phnom Penh talks broke down on it, and a brief exchange of fire wounded soldiers on both sides about ten days ago: coercive",
  ],
  [
    '2008-10-15T12:00:00Z',
    4,
    'An hour-long gunfight near the temple this afternoon: two Cambodian soldiers killed, several wounded on both sides, no ceasefire. Armed action today, but one place and a handful killed: militarised, not hostilities',
  ],
  [
    '2008-10-20T12:00:00Z',
    3,
    'The commanders agreed on the 16th that soldiers would not fire and to patrol jointly, and it has held four days; the gunfight was five days ago: armed action within the month, the ceasefire agreed after it holding: coercive',
  ],
  [
    '2008-11-20T12:00:00Z',
    2,
    "Over a month since the gunfight; the commanders' understanding holds and the ultimatum was settled on 14 October; troops and heavy weapons still face each other: strained",
  ],
  [
    '2009-04-05T12:00:00Z',
    4,
    "Two clashes at Veal Intry near the temple two days ago, two to four soldiers killed, in breach of the commanders' understanding: armed action in the last week, a ceasefire violated with casualties; one place: not hostilities",
  ],
  [
    '2009-04-11T12:00:00Z',
    3,
    'The Veal Intry clashes are eight days old: armed action within the month; both prime ministers say the border committee goes on: coercive',
  ],
  [
    '2010-10-05T12:00:00Z',
    2,
    'The stand-off in its third year: troops entrenched on both sides, but no fire between them reported for eighteen months; Hun Sen and Abhisit met in New York and will meet again in Brussels. Talks going on, no threat, no armed action: strained',
  ],
  [
    '2011-02-04T14:00:00Z',
    4,
    'Two hours of artillery and rockets near the temple this afternoon, a Thai village shelled, several dead; the commanders agreed a ceasefire this evening after the Thai defence minister called Hun Sen. Heavy armed action, but a ceasefire agreed after it is in force: militarised',
  ],
  [
    '2011-02-07T03:00:00Z',
    5,
    "Three hours of artillery last evening at Phnom Trap, Veal Intry and the temple, a wing of which collapsed (Cambodia's account), the shelling going on into a fourth day; Saturday's ceasefire broken: heavy armed action in several places in the last three days, no ceasefire in force: hostilities",
  ],
  [
    '2011-02-11T12:00:00Z',
    4,
    "The last shelling was on the 7th, four days ago; no ceasefire in force since Saturday's was broken; Indonesia's foreign minister shuttles between the capitals: militarised",
  ],
  [
    '2011-02-24T12:00:00Z',
    3,
    'Both committed in Jakarta two days ago to avoid further armed clashes and to accept Indonesian observers; the fighting ended seventeen days ago: armed action within the month: coercive',
  ],
  [
    '2011-03-15T12:00:00Z',
    2,
    'Five weeks since the last shelling; the Jakarta commitment has held three weeks and the observers are awaited; accusations, no threat: strained',
  ],
  [
    '2011-04-23T12:00:00Z',
    5,
    'Artillery duels yesterday and today at Ta Moan and Ta Krabey, 150 km west of Preah Vihear, and shells on Cambodian villages far behind the line; eleven soldiers killed in two days, thousands evacuated; the Jakarta ceasefire shattered: heavy armed action in several places, no ceasefire: hostilities',
  ],
  [
    '2011-04-30T12:00:00Z',
    4,
    "The commanders' ceasefire of the 28th was broken the same night (a Thai soldier killed yesterday) and again this morning by Cambodia's account: a ceasefire violated with casualties in the last week; it has not been declared over: militarised",
  ],
  [
    '2011-05-07T12:00:00Z',
    3,
    "The six-point ceasefire agreed at O'Smach on the 4th has held three days, the last fire reported at Ta Krabey on the morning of the 3rd: no longer militarised; armed action within the month: coercive",
  ],
  [
    '2011-07-22T12:00:00Z',
    2,
    "The court ordered both sides out of a demilitarised zone around the temple four days ago; Bangkok's caretaker prime minister says no observers until Cambodia's troops leave; no fire since early May, the O'Smach ceasefire holding: strained",
  ],
  [
    '2011-10-15T12:00:00Z',
    1,
    "Yingluck and Hun Sen agreed on 15 September to redeploy troops away from the disputed area and abide by the court's order; Cambodia keeps pulling battalions back; nothing hostile between the two since May: an agreement being implemented: cooperative",
  ],
  [
    '2012-07-25T12:00:00Z',
    1,
    "Both withdrew their troops from the demilitarised zone a week ago, as the border committee agreed in December under the court's order; a Thai minister's jibe that Cambodia must honour the agreement is no hostile act or threat: an agreement being implemented: cooperative",
  ],
  [
    '2013-11-14T12:00:00Z',
    1,
    "The court's judgment of the 11th gives Cambodia the whole promontory; both governments had agreed to comply, Hun Sen welcomes it, Yingluck calls it a win-win and will negotiate its implementation; the commanders met to keep the peace and the border is calm: cooperative",
  ],
];

describe('escalation model v2 on Thailand – Cambodia, 2008–13 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): what the court orders, what the Security Council urges and where ASEAN's chair
  // travels are not the pair's acts; the parties' answers to them are.
  it("no reason for the pair's level is the court's, the Security Council's or Indonesia's own development", () => {
    const PARTIES = ['thailand', 'cambodia'];
    const outside = new Set(
      definition.events.flatMap((e) => {
        const theirs =
          (e.type === 'StatementMade' && !PARTIES.includes(e.data.speaker.actorId)) || e.type === 'MediationAction';
        return theirs ? [e.eventId] : [];
      }),
    );
    // The court's order and judgment, the Council's statement, Natalegawa's visits.
    expect(outside.size).toBe(4);
    expect(reasonsCiting(escalation, CALLS, outside)).toEqual([]);
  });
});
