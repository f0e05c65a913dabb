/**
 * Escalation model v2 on a case it was never tuned on: Kyrgyzstan and
 * Tajikistan from the clash on the Batken – Isfana road (January 2022) to the
 * border treaty in force (March 2025) (kyrgyzstan-tajikistan-2022.ts, a test
 * fixture; a separate negotiation from kyrgyzstan-tajikistan-2021). What it
 * holds the model to: ceasefires agreed and broken within hours while the
 * fighting goes on in several places with tens killed (four agreements on 16
 * and 17 September 2022), a war of a few days with a clear end and a
 * ceasefire that then holds, a border closed against the other party through
 * years of delimitation talks, and a treaty signed with the crossings
 * reopened. The calls below were written from DOMAIN.md §5b alone, before the
 * model was run on the case, each with its reason; the model must agree with
 * every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './kyrgyzstan-tajikistan-2022';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Kyrgyzstan – Tajikistan, 2022–25: [at, level, why]. No call is written for 14–15 September
 * 2022 (exchanges of fire at Bulak-Bashy – Kekh and, hours later, at Kak-Sai and Pasky-Aryk, one or two killed, no
 * ceasefire recorded): two places recorded, one or two dead — whether two places are "several" is a reading the
 * analyst would not stake a call on.
 *
 * First run: seventeen of eighteen agreed. The model read 21 September 2022 as 4, not 3: it took the ceasefire agreed
 * on the evening of the 17th, after the last fire, as over when the Guliston protocol superseded it on the 19th (two
 * days), and the protocol's ceasefire as not yet held three days — so a week of silence under one ceasefire or the
 * other read as militarised. That misreads §5b's "a ceasefire agreed after it has held ~3 days" on any case where a
 * ceasefire is replaced by a formal one: the model was changed (escalation-v2.ts, with a unit spec) so the quiet a
 * ceasefire began holds on through the one that superseded it with no gap. The call stands as written.
 */
const CALLS: readonly Call[] = [
  // ----- January 2022 -----
  [
    '2022-01-27T20:00:00Z',
    4,
    'Border guards exchanged fire this evening on the Batken – Isfana road with mortars, one or two killed: armed action in one place, not heavy; the midnight truce failed within minutes, no ceasefire holds',
  ],
  [
    '2022-01-29T12:00:00Z',
    4,
    "The governors' ceasefire of yesterday morning is in force but has not held three days since the fire of the 27th",
  ],
  [
    '2022-02-01T12:00:00Z',
    3,
    "The governors' ceasefire has held four days since the last fire: no longer militarised; armed action within the month, and the border stays closed against Tajikistan",
  ],
  // ----- June 2022 -----
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
  // ----- September 2022: the war -----
  [
    '2022-09-16T08:00:00Z',
    5,
    'Since dawn the Kyrgyz posts of Batken and Leilek districts, Batken town and its airport are shelled with tanks, mortars and rocket launchers, Kyrgyz fire falls on Tajik villages, tens killed: heavy armed action in several places, and no ceasefire yet (it is agreed from 10:00 UTC)',
  ],
  [
    '2022-09-16T18:00:00Z',
    5,
    'The ceasefire of this afternoon broke within hours — intense battles by the Kyrgyz account, the Ovchi-Kalacha drone strike killing civilians by the Tajik — and is gone: heavy armed action today, tens killed, no ceasefire in force',
  ],
  [
    '2022-09-17T03:00:00Z',
    5,
    'Tens killed yesterday, the ceasefire of yesterday collapsed and none agreed since; mortar fire on Pasky-Aryk this morning: heavy armed action in the last three days and no ceasefire in force',
  ],
  [
    '2022-09-17T18:00:00Z',
    4,
    "A ceasefire agreed this evening (the third today) is in force: not hostilities by the letter of §5b; but Grad fire on Lakhsh in the afternoon broke the one before it, and four were wounded in this morning's violation: armed action and a ceasefire violated with casualties within the week",
  ],
  [
    '2022-09-19T12:00:00Z',
    4,
    'The last fire reported was two days ago (Lakhsh, the afternoon of the 17th); the ceasefire agreed that evening has held since, not yet three days',
  ],
  [
    '2022-09-21T12:00:00Z',
    3,
    'Four days after the last armed action, the ceasefire agreed on the evening of the 17th has held more than three days, and the Guliston protocol on the withdrawal of forces was signed on the 19th: no longer militarised; armed action within the month',
  ],
  [
    '2022-09-25T12:00:00Z',
    3,
    'Eight days after the last armed action; the Kyzyl-Bel protocol today, the withdrawal under way; armed action within the month and the border closed against Tajikistan',
  ],
  [
    '2022-10-20T12:00:00Z',
    3,
    'A month and three days after the last armed action, Putin brought the presidents together in Astana a week ago; but the border stays closed against the other party (a lasting condition)',
  ],
  // ----- 2023–24: the commissions, the border closed -----
  [
    '2023-12-24T12:00:00Z',
    3,
    'The topographic groups agreed another 12 km yesterday; nothing hostile for over a year, but the border is still closed against Tajikistan',
  ],
  [
    '2024-12-05T12:00:00Z',
    3,
    'The description of the whole border was agreed yesterday, not yet signed; the crossings remain closed against the other party',
  ],
  // ----- 2025: the treaty -----
  [
    '2025-03-14T12:00:00Z',
    2,
    'The presidents signed the border treaty yesterday and reopened the crossings; no armed action for two and a half years; but the border was closed against Tajikistan until yesterday, so a month free of coercion has not yet passed',
  ],
  [
    '2025-04-20T12:00:00Z',
    1,
    'The treaty is ratified and in force since 31 March, being implemented, and the crossings have been open for more than a month: no hostile act or threat for a month',
  ],
];

describe('escalation model v2 on Kyrgyzstan – Tajikistan, 2022–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Added after the first run, with the model's change: the quiet is counted from the ceasefire agreed after the last
  // fire, through the protocol that replaced it.
  it('four days after the last fire, the ceasefire of 17 September has held, continued by the Guliston protocol', () => {
    expect(escalation('2022-09-21T12:00:00Z').reasons[0]).toMatchObject({
      rule: 'ceasefire-held',
      text: 'The ceasefire agreed on 2022-09-17, after the last armed action, has held 3 days or more, continued by the ceasefire agreed on 2022-09-19',
    });
  });
});
