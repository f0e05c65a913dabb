/**
 * Escalation model v2 on a case it was never tuned on: Kyrgyzstan and
 * Tajikistan from the clashes at the Golovnoy water intake (April 2021) to the
 * border treaty in force (March 2025) (kyrgyzstan-tajikistan-2021.ts, a test
 * fixture). What it holds the model to that the other cases did not: a border
 * war fought on several sectors at once, ceasefires that hold and ceasefires
 * broken within minutes or hours, a border closed against the other party for
 * almost four years while the commissions work (a lasting condition), and a
 * treaty taken through its statuses — text agreed, initialled, signed,
 * ratified, in force — with the border reopened on the day it is signed; and,
 * since the Kyrgyzstan – Tajikistan 2022–25 case was merged into this one (one
 * dispute, one record), the exchanges of fire of June 2022 and the four
 * ceasefires of 16 and 17 September 2022, agreed and broken within hours, the
 * last superseded by the Guliston protocol with no gap. The calls below were
 * written from DOMAIN.md §5b alone, before the model was run on the case, each
 * with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './kyrgyzstan-tajikistan-2021';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Kyrgyzstan – Tajikistan: [at, level, why]. All twenty agreed with the model on the first
 * run. Three were revised after it, when the Saudi Arabia – Qatar case (qatar-saudi-2017.spec.ts, whose calls were also
 * written before its run) read §5b's "no hostile act or threat for a month" the other way: its analyst called the two
 * days after the Gulf border reopened and the Al-Ula declaration 2, not 1, and the model was changed to agree. The two
 * readings cannot both stand. The lead kept that one: a border closed against the other party is coercion every day it
 * lasts (it held this case at 3 the day before), and 1 needs a month free of coercion, as after any other coercive act
 * — the level does not jump from coercive to cooperative overnight. So 13 March, 20 March and 1 April 2025, called 1,
 * are revised to 2, and one call is added a month after the reopening (see each). No call was written for 14 September
 * 2022 (exchanges of fire at Bulak-Bashy / Kekh and, hours later, at Kak-Sai and Pasky-Aryk, one or two killed): the
 * model reads it 4, not heavy; an analyst taking "several places" literally might say 5.
 *
 * Merged from the 2022–25 case (kyrgyzstan-tajikistan-2022, a separate record of the same dispute, now folded into
 * this fixture): its calls on dates this spec had no call on or within a day of — 4, 14 and 24 June 2022, 20 October
 * 2022 and 20 April 2025 — each with its analyst's why, and its check of the held ceasefire on 21 September 2022. Its
 * other thirteen calls fell on or within a day of a call here and were not moved. With the merged record two calls
 * here missed, both revised (b, see each): 17 September 2022, called 5, reads 4 — a ceasefire of the Tajik border
 * troops' account was in force at noon; 21 September 2022, called 4, reads 3 — the ceasefire agreed on the evening of
 * the 17th had held more than three days, continued by Guliston. That is the 2022–25 analyst's call on the date, and
 * the rule its first run found (commit 1342d08).
 */
const CALLS: readonly Call[] = [
  // ----- April – May 2021 -----
  [
    '2021-04-28T20:00:00Z',
    4,
    'Border troops exchanged fire today at the Golovnoy water intake after the stone-throwing, wounded on both sides, nobody reported killed: armed action in one place, not yet heavy',
  ],
  [
    '2021-04-29T12:00:00Z',
    5,
    'Fighting all day along the Batken – Sughd border — mortars, a helicopter, the Dostuk post burned, villages burning — with tens killed; the ceasefire is not agreed until this evening',
  ],
  [
    '2021-04-30T12:00:00Z',
    4,
    'The ceasefire agreed last evening is in force, so not hostilities; but tens were killed yesterday and firing was reported this morning: armed action within the week, the ceasefire has not held three days',
  ],
  [
    '2021-05-02T12:00:00Z',
    4,
    'The security chiefs reaffirmed the ceasefire at Batken yesterday; the last firing reported was two days ago, so the ceasefire has not yet held three days since',
  ],
  [
    '2021-05-06T12:00:00Z',
    3,
    'The ceasefire has held since 30 April (six days) and the troops are going back: no longer militarised; armed action within the month',
  ],
  [
    '2021-05-25T12:00:00Z',
    3,
    "Kyrgyzstan closed the crossings to Tajikistan's nationals, goods and vehicles on 21 May: a border closed against the other party; the fighting is within the month",
  ],
  // ----- January 2022 -----
  [
    '2022-01-28T12:00:00Z',
    4,
    "Last night's exchange of fire on the Batken – Isfana road (mortars, one or two killed): armed action in one place; the midnight truce failed in minutes and the governors' ceasefire of this morning has not yet held three days",
  ],
  [
    '2022-01-31T12:00:00Z',
    3,
    "The governors' ceasefire of 28 January has held more than three days: no longer militarised; armed action within the month, and the border is still closed",
  ],
  // ----- June 2022 (from the 2022–25 case, merged into this one) -----
  [
    '2022-06-04T12:00:00Z',
    4,
    'Yesterday border patrols fought at Bulak-Bashy with mortars, wounded on both sides: armed action in the last week, no ceasefire agreed after it',
  ],
  [
    '2022-06-14T12:00:00Z',
    4,
    'A Tajik border guard killed this morning at Kekh, where the 3 June clash was: armed action in one place, one dead, not heavy',
  ],
  [
    '2022-06-24T12:00:00Z',
    3,
    'Ten days since the last exchange of fire: armed action within the month, none in the last week; the border is still closed',
  ],
  // ----- September 2022 -----
  [
    '2022-09-16T08:00:00Z',
    5,
    'Tajik shelling of Kyrgyz posts along the whole Batken border since dawn, tanks and rocket launchers on Batken and its airport, Kyrgyz fire on Tajik villages: heavy armed action in several places, and no ceasefire yet',
  ],
  [
    // Called 5 before the merge, on a record with no ceasefire between the collapse of the 16th and Guliston: "The
    // ceasefire of yesterday afternoon broke within hours (the drone strike at Ovchi-Kalacha, the shelling each side
    // blames on the other), and today the Osh sector is shelled: heavy armed action with tens killed in the last three
    // days, no ceasefire holding". Revised to 4 with the merged record (b): the Tajik border troops report a ceasefire
    // agreed at 14:30 Dushanbe time (09:30 UTC) that was in force at noon, so §5b's "no ceasefire in force" fails for 5
    // — the reading the 2022–25 case's analyst gave the evening of the same day.
    '2022-09-17T12:00:00Z',
    4,
    'Tens killed yesterday and the Osh – Lakhsh sector shelled this morning, breaking the ceasefire agreed at dawn (four wounded); a new ceasefire was agreed two and a half hours ago and is in force: not hostilities by the letter of §5b, but armed action within the week and the ceasefire has not held three days',
  ],
  [
    '2022-09-19T20:00:00Z',
    4,
    'The security chiefs signed the Guliston protocol this evening, a ceasefire in force; the last shelling was two days ago: armed action within the week, and the ceasefire has not held three days',
  ],
  [
    // Called 4 before the merge, on a record with no ceasefire on the 17th: "Four days after the last armed action; the
    // Guliston ceasefire is two days old, not yet held three days". Revised to 3 with the merged record (b): the
    // ceasefire agreed on the evening of the 17th, after the last fire, has held more than three days, and Guliston
    // took its place with no gap (§5b: "unless a ceasefire agreed after it has held ~3 days"). The why is the 2022–25
    // case analyst's call on the same date.
    '2022-09-21T12:00:00Z',
    3,
    'Four days after the last armed action, the ceasefire agreed on the evening of the 17th has held more than three days, and the Guliston protocol on the withdrawal of forces was signed on the 19th: no longer militarised; armed action within the month',
  ],
  [
    '2022-09-25T12:00:00Z',
    3,
    'Eight days after the last armed action, and the Guliston ceasefire has held six days; the Kyzyl-Bel protocol today; armed action within the month and the border closed',
  ],
  [
    // From the 2022–25 case.
    '2022-10-20T12:00:00Z',
    3,
    'A month and three days after the last armed action, Putin brought the presidents together in Astana a week ago; but the border stays closed against the other party (a lasting condition)',
  ],
  // ----- 2023–24: the commissions, the border closed -----
  [
    '2023-03-20T12:00:00Z',
    3,
    'No armed action for six months and the commissions are meeting, but the border stays closed against Tajikistan (a lasting condition); Bishkek accuses Dushanbe of turning its citizens away',
  ],
  [
    '2023-12-24T12:00:00Z',
    3,
    'The topographic groups agreed another 12 km yesterday, but the border is still closed against the other party',
  ],
  [
    '2024-12-05T12:00:00Z',
    3,
    'The text of the whole border was agreed yesterday, but not signed; the crossings remain closed',
  ],
  [
    '2025-02-22T12:00:00Z',
    3,
    'The delegation heads signed the border agreement yesterday, to be signed by the presidents: initialled, not yet being implemented; the border still closed',
  ],
  // ----- 2025: the treaty -----
  [
    // Called 1 before the run; revised to 2 after it: see the note on CALLS.
    '2025-03-13T18:00:00Z',
    2,
    'The presidents signed the border treaty today, an agreement being implemented at once: the crossings closed since 2021 reopened today, flights resume tomorrow. No armed action for two and a half years; but the crossings were closed against Tajikistan until this morning, so a month free of coercion has not yet passed',
  ],
  [
    // Called 1 before the run; revised to 2 after it: see the note on CALLS.
    '2025-03-20T12:00:00Z',
    2,
    'Both parliaments ratified the treaty yesterday; the crossings and flights are open a week; nothing hostile between the two, but a month free of coercion has not yet passed since the closure ended',
  ],
  [
    // Called 1 before the run; revised to 2 after it: see the note on CALLS.
    '2025-04-01T12:00:00Z',
    2,
    'The instruments of ratification were exchanged in Khujand yesterday: the treaty is in force; the junction-point treaty with Uzbekistan and the declaration of eternal friendship signed. The crossings were closed against Tajikistan until 13 March: a month free of coercion has not yet passed',
  ],
  [
    // Added with the revision: the month since the reopening has passed.
    '2025-04-15T12:00:00Z',
    1,
    'The treaty is in force and being implemented, the crossings open for a month; nothing hostile between the two since',
  ],
  [
    // From the 2022–25 case.
    '2025-04-20T12:00:00Z',
    1,
    'The treaty is ratified and in force since 31 March, being implemented, and the crossings have been open for more than a month: no hostile act or threat for a month',
  ],
];

describe('escalation model v2 on Kyrgyzstan – Tajikistan, 2021–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // A border closed against the other party weighs while it lasts (§5b): from a month after the war of September 2022
  // to the reopening of 13 March 2025 nothing else hostile is recorded — commissions, protocols, the text agreed and
  // initialled — and every week reads coercive with the closure among the reasons; once reopened it is no reason for
  // coercion, only for not yet cooperative.
  // Added after the first run (every call agreed), as a check of the whole stalemate rather than of chosen dates.
  it('the closed border holds the level at coercive through the stalemate, and once reopened keeps it from cooperative for a month', () => {
    const closure = definition.events.find(
      (e) => e.type === 'IncidentReported' && (e.data as { kind: string }).kind === 'border-closure',
    );
    expect(closure).toBeDefined();
    const citesClosure = (T: string) =>
      escalation(T).reasons.some((r) => closure !== undefined && r.eventIds.includes(closure.eventId));
    const week = 7 * 24 * 3600 * 1000;
    const off: string[] = [];
    for (let t = Date.parse('2022-10-20T12:00:00Z'); t < Date.parse('2025-03-13T00:00:00Z'); t += week) {
      const T = new Date(t).toISOString();
      if (escalation(T).level !== 3 || !citesClosure(T)) off.push(T);
    }
    expect(off).toEqual([]);
    // Once reopened the closure is no reason for coercion; for a month it is the reason the level is not yet 1.
    expect(escalation('2025-03-14T12:00:00Z')).toMatchObject({
      level: 2,
      reasons: [expect.objectContaining({ text: expect.stringContaining('border closed until 2025-03-13') })],
    });
  });

  // From the 2022–25 case, added after its first run with the model's change (commit 1342d08): the quiet is counted
  // from the ceasefire agreed after the last fire, through the protocol that replaced it.
  it('four days after the last fire, the ceasefire of 17 September has held, continued by the Guliston protocol', () => {
    expect(escalation('2022-09-21T12:00:00Z').reasons[0]).toMatchObject({
      rule: 'ceasefire-held',
      text: 'The ceasefire agreed on 2022-09-17, after the last armed action, has held 3 days or more, continued by the ceasefire agreed on 2022-09-19',
    });
  });
});
