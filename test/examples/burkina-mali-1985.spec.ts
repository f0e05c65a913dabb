/**
 * Escalation model v2 on a case it was never tuned on: Burkina Faso and Mali over the Agacher Strip, from the special
 * agreement that referred their frontier to the International Court of Justice (1983) through the "Christmas war" of
 * 25–30 December 1985 to both presidents' acceptance of the Chamber's judgment (January 1987) (burkina-mali-1985.ts, a
 * test fixture). What it holds the model to that the other cases did not: a six-day war heavy by its places (air raids
 * on towns deep inside Burkina, a claimed raid on Sikasso, ground fighting in the strip and at Koloko) with a toll
 * known only as counts over the whole war; two ceasefires that did not hold (one superseded within a day, one broken
 * the day it began) and a third, agreed through Nigeria's and Libya's mediation a day before it took effect, that held
 * under ANAD's observers; a court's provisional measures, which are not an agreement of the pair; a reconciliation
 * summit; and a judgment both accept. The calls below were written from DOMAIN.md §5b alone, before the model was run
 * on the case, each with its reason (committed on their own first).
 *
 * The first run agreed with all eighteen calls, for the reasons the analyst gave: hostilities by places on 25, 26, 28
 * and 29 December (the toll is known only as counts over the war, which are not acts), militarised while each
 * ceasefire in force had not held three days, coercive from the third day of the ceasefire to a month after the last
 * raid, and cooperative on the agreements carried out. Nothing was revised, nothing is left as the model reads it, and
 * the model is unchanged.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './burkina-mali-1985';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Burkina Faso – Mali: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- Before the war: the referral to the Court, the census -----
  [
    '1985-11-15T12:00:00Z',
    1,
    'The special agreement of 1983 is being carried out (the Chamber formed in April, the case before it); the expulsion of a Malian diplomat was four months ago; nothing hostile between them in the last month: cooperative',
  ],
  [
    '1985-12-20T12:00:00Z',
    2,
    'Mali protests that Burkina’s census agents violated its sovereignty and says Burkinabé troops sit in the disputed villages; Traoré appeals to African leaders to press Sankara. Accusations and critical rhetoric, but no armed action, no threat of war, no ultimatum, no border closed: strained',
  ],
  [
    '1985-12-24T12:00:00Z',
    2,
    'The eve of the war: the same accusations over the census and the villages within the fortnight, Burkina’s troops pulled back this week; still no armed action or threat: strained',
  ],
  // ----- 25–29 December 1985: the war and the failed ceasefires -----
  [
    '1985-12-25T18:00:00Z',
    5,
    'Malian planes raided Ouahigouya and Djibo today (four civilians killed) and Malian tanks attacked the disputed villages: heavy armed action in several places, no ceasefire',
  ],
  [
    '1985-12-26T22:00:00Z',
    5,
    'Burkina claims a raid on Sikasso and heavy fighting in the strip today, after yesterday’s Malian raids on two towns and the villages: heavy armed action in several places within three days; the ceasefire Libya announced starts only at midnight',
  ],
  [
    '1985-12-27T12:00:00Z',
    4,
    'Libya’s ceasefire has been in force since midnight, twelve hours; the raids and fighting of the last two days stand: armed action within the week and a ceasefire agreed after it that has not held three days; not hostilities while a ceasefire is in force',
  ],
  [
    '1985-12-28T18:00:00Z',
    5,
    'The second ceasefire, from midnight, is ignored: Mali’s planes raid four towns deep inside Burkina and Malian tanks attack Koloko: heavy armed action in several places, and the ceasefire has collapsed',
  ],
  [
    '1985-12-29T18:00:00Z',
    5,
    'Yesterday’s raids on four towns and the fight at Koloko are within three days; a third ceasefire was agreed today through Nigeria and Libya but takes effect only tomorrow: none in force, so hostilities',
  ],
  // ----- 30 December 1985 – January 1986: the ceasefire holds, the Court, Yamoussoukro -----
  [
    '1985-12-30T18:00:00Z',
    4,
    'The ceasefire took effect this morning and ANAD’s observers are arriving; the last raids were two days ago: armed action within the week, the ceasefire not yet held three days',
  ],
  [
    '1986-01-01T12:00:00Z',
    4,
    'Four days after the last armed action, the ceasefire two and a half days old: armed action within the week, and the ceasefire agreed after it has not yet held three days',
  ],
  [
    '1986-01-02T12:00:00Z',
    3,
    'The ceasefire agreed after the fighting has held three and a half days under ANAD’s observers: armed action within the month, none since',
  ],
  [
    '1986-01-05T12:00:00Z',
    3,
    'Eight days after the last armed action, the ceasefire holding: armed action within the month, none in the last week',
  ],
  [
    '1986-01-11T12:00:00Z',
    3,
    'The Chamber indicated provisional measures yesterday (keep the ceasefire, withdraw the forces, change nothing on the ground): a court’s order, not an agreement of the pair. Armed action two weeks ago, within the month',
  ],
  [
    '1986-01-20T12:00:00Z',
    3,
    'Sankara and Traoré embraced at the ANAD summit in Yamoussoukro three days ago and agreed to avoid further hostilities; but the war ended only 23 days ago: armed action within the month',
  ],
  // ----- After the war: the agreements carried out, the judgment accepted -----
  [
    '1986-02-03T12:00:00Z',
    1,
    'Five weeks since the last armed action; the ceasefire and the Yamoussoukro agreement are being carried out, nothing hostile between them since: cooperative',
  ],
  [
    '1986-06-15T12:00:00Z',
    1,
    'The ceasefire and the Yamoussoukro agreement carried out for months, the case before the Chamber, nothing hostile or threatening for five months: cooperative',
  ],
  [
    '1986-12-23T12:00:00Z',
    1,
    'The Chamber delivered its judgment yesterday, dividing the strip; the agreements are being carried out and nothing hostile has passed between the two for a year: cooperative',
  ],
  [
    '1987-01-20T12:00:00Z',
    1,
    'Both presidents have written to the Chamber accepting its judgment and undertaking to carry it out on the ground: an agreement being implemented, nothing hostile for a year: cooperative',
  ],
];

describe('escalation model v2 on Burkina Faso – Mali, 1985–87 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the mediators and the Court are registered, but no registration makes the level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's or a mediator's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );

  // A court's order and judgment are the Court's acts, not an agreement of the pair (§5b's "an agreement being
  // implemented" is the pair's): on no call date is the Chamber's order or judgment the agreement the level rests on.
  it("the Chamber's order and judgment are never read as an agreement of the pair", () => {
    const court = definition.events.filter((e) => e.type === 'StatementMade' && e.data.speaker.actorId === 'icj');
    expect(court).toHaveLength(2);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        court.map((e) => e.eventId),
        (r) => r.rule === 'agreement-implemented',
      ),
    ).toEqual([]);
  });
});
