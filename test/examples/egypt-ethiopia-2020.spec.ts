/**
 * Escalation model v2 on a case it was never tuned on: Egypt and Ethiopia over the Grand Ethiopian Renaissance Dam,
 * February 2020 – October 2024 (egypt-ethiopia-2020.ts, a test fixture). What it holds the model to that the other
 * cases did not: a long negotiation with no fighting at all and no closed border, where the level turns only on talks,
 * words and unilateral acts — rounds that end without progress (stalled, not collapsed, while the next one is set),
 * two breakdowns (Kinshasa, April 2021; Addis Ababa, December 2023), threats of war that are veiled ("all options are
 * open", "ready to exercise our right to defend … in accordance with the UN Charter"), the fillings of the dam that
 * Egypt calls a threat, a third party's words of war (Trump's "they'll blow up that dam"), and Egypt's arms and
 * officers sent to Somalia on Ethiopia's border. Every call is for the pair Egypt – Ethiopia. The calls below were
 * written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason; the model must agree
 * with every one.
 *
 * The first run missed four of the twenty: 30 March 2021, 3 and 12 September 2024 (3 called, 2 read) were the
 * recording's — Sisi's "beyond the reach of our capabilities" and Egypt's "ready to exercise our right to defend …
 * in accordance with the UN Charter" are threats of force, recorded at first with the tone `threat` (CAMEO 13, a
 * threat short of force) instead of `military-threat` (CAMEO 138), and re-recorded (the fixture's header says why);
 * 12 September 2023 (1 called, 2 read) was the call's, revised below with its reason. No call needed a rule changed;
 * but re-recording the threats showed the model read a threat of war by its tone alone, so a statement the analyst
 * coded 138 (threaten with military force) under another tone counted as words; it is now a threat of war
 * (escalation-v2.spec.ts, "a statement coded as a threat of military force"), and no call here moves.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './egypt-ethiopia-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Egypt – Ethiopia: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2020-02-29T18:00:00Z',
    2,
    'The Washington round ended yesterday without Ethiopia, Egypt alone having initialled the text; Ethiopia rejects the text and says it will fill in July, the US that filling should not start without an agreement. A round without progress, not talks broken off (the US keeps mediating, Ethiopia says the negotiation continues); critical words, no threat: strained',
  ],
  [
    '2020-06-28T12:00:00Z',
    2,
    'The AU summit two days ago sent the parties back to AU-led talks (Egypt and Sudan: no filling before an agreement); nothing signed, nothing being implemented: talks holding, strained',
  ],
  [
    '2020-07-23T12:00:00Z',
    2,
    'Ethiopia announced the first filling done (21 Jul), Abiy calls it historic: a unilateral act Egypt objects to, but not armed action, a closed border, an ultimatum or a threat of war; talks under the AU go on: strained',
  ],
  [
    '2020-10-25T12:00:00Z',
    2,
    "Trump said on 23 Oct that Egypt will 'blow up' the dam: a third party's words, not Egypt's; Ethiopia's 'incitement of war' and 'belligerent threats' are aimed at the United States. Nothing coercive between Egypt and Ethiopia: strained",
  ],
  [
    '2021-03-31T12:00:00Z',
    3,
    "Sisi yesterday: no one can take a drop of Egypt's water, 'unimaginable instability', 'no one should assume he is beyond the reach of our capabilities' — a veiled threat of force against Ethiopia, whatever 'we are not threatening anyone' adds: a threat of war within two weeks",
  ],
  [
    '2021-04-08T12:00:00Z',
    3,
    "The Kinshasa talks collapsed on 6 Apr (no progress, no agreement even on how to resume, no date set) and Sisi said yesterday 'all options are open', recalling 'the cost of any confrontation': collapsed talks and a threat of war in the last two weeks",
  ],
  [
    '2021-04-17T12:00:00Z',
    3,
    "Ten days after 'all options are open' and eleven after Kinshasa collapsed: both within two weeks",
  ],
  [
    '2021-04-23T12:00:00Z',
    2,
    "Sixteen days after 'all options are open', seventeen after Kinshasa: no threat, ultimatum or breakdown in the last two weeks; Egypt's demand for a binding agreement stands, no talks: strained",
  ],
  [
    '2021-07-09T12:00:00Z',
    2,
    "The second filling began (5 Jul) and Egypt rejects it as a threat to regional stability; at the Security Council yesterday Shoukry spoke of an existential threat and, asked about force, only that Egypt must protect its people's rights: accusations, no threat of war, no collapse: strained",
  ],
  [
    '2022-08-01T12:00:00Z',
    2,
    "Egypt's letter to the Council (29 Jul) rejects the third filling and keeps its 'legitimate right … to take all necessary measures' to protect its national security: a warning that asserts a right, not a threat of war; no talks since Kinshasa: strained",
  ],
  [
    '2023-08-20T12:00:00Z',
    1,
    "The Sisi–Abiy joint statement of 13 Jul (a deal within four months; no significant harm during this year's filling) is being implemented, the first round set for 27 Aug; nothing hostile and no threat between the two for more than a month: cooperative",
  ],
  [
    '2023-08-30T12:00:00Z',
    1,
    "The first Cairo round ended two days ago without tangible change, the next set for Addis Ababa in September: a round without progress under an agreement still being implemented, not a breakdown; Egypt's criticism is no hostile act or threat",
  ],
  [
    '2023-09-12T12:00:00Z',
    2,
    "Ethiopia announced the fourth filling (10 Sep) and Egypt accuses it of violating the 2015 Declaration of Principles and of complicating the talks: an accusation within the month, which makes it strained although the July agreement's rounds go on (Addis Ababa, 23 Sep)",
    // Revised after the first run (it was 1: "an accusation, not a hostile act or a threat … still cooperative").
    // §5b takes the first line that holds, and the line of 2 names accusations: the call read line 1 alone. Egypt's
    // "no tangible change" of 28 August (30 August, still 1) is a critical assessment, not an accusation.
  ],
  [
    '2023-12-20T12:00:00Z',
    3,
    "Egypt declared the talks over yesterday (the four months gone, Ethiopia refusing every compromise) and reserves its right to defend its water and national security; Ethiopia speaks of Cairo's 'colonial era mentality': collapsed talks within two weeks",
  ],
  ['2023-12-29T12:00:00Z', 3, 'Ten days after Egypt ended the talks: collapsed talks within two weeks'],
  [
    '2024-01-08T12:00:00Z',
    2,
    'Twenty days after the talks collapsed: no threat, ultimatum or breakdown in the last two weeks; the July agreement ended with the talks, so nothing is being implemented: strained',
  ],
  [
    '2024-08-29T12:00:00Z',
    2,
    "Egypt signed a defence pact with Somalia (14 Aug) and landed arms and officers in Mogadishu (27 Aug): a force posture on Ethiopia's flank, not armed action; Ethiopia warned it will take any necessary measures if its security is threatened — a warning, not a threat of war: strained",
  ],
  [
    '2024-09-03T12:00:00Z',
    3,
    "Egypt's letter to the Council two days ago: amicable means exhausted, ready to exercise its right to defend its people under the UN Charter — a veiled threat of force against Ethiopia within two weeks",
  ],
  [
    '2024-09-12T12:00:00Z',
    3,
    "Eleven days after Egypt's letter (a veiled threat of force); Abiy's 'anyone intending to invade Ethiopia should think ten times' (8 Sep) is deterrence, not a threat to attack, but the letter keeps it coercive",
  ],
  [
    '2024-09-20T12:00:00Z',
    2,
    "Nineteen days after Egypt's letter: no threat of war, ultimatum or breakdown in the last two weeks; Abiy's warning against an invasion and Egypt's arms in Mogadishu are deterrence and posture: strained",
  ],
];

describe('escalation model v2 on Egypt – Ethiopia over the GERD, 2020–24 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fighting and no closed border in the whole case: whatever the level, no call may rest on armed action or a
  // lasting closure. Egypt's arms and officers in Mogadishu are a force posture, not armed action.
  it('no call reads armed action or a closed border: the case has neither', () => {
    const read = CALLS.flatMap(([at]) =>
      escalation(at)
        .reasons.filter((r) => r.rule.endsWith('armed-action') || r.rule === 'border-closed')
        .map((r) => `${at}: ${r.rule}: ${r.text}`),
    );
    expect(read).toEqual([]);
  });

  // Trump's "they'll blow up that dam" is a third party's threat aimed at Ethiopia (§5b: the pair of actors matters):
  // two days later nothing coercive is read between Egypt and Ethiopia.
  it("the day after Ethiopia's answer to Trump, no coercion is read between Egypt and Ethiopia", () => {
    const trump = definition.events.find(
      (e) =>
        e.type === 'StatementMade' && e.data.speaker.actorId === 'united-states' && e.data.tone === 'military-threat',
    );
    expect(trump).toBeDefined();
    const view = escalation('2020-10-25T12:00:00Z');
    expect(view.reasons.filter((r) => r.rule === 'coercion')).toEqual([]);
    expect(view.reasons.some((r) => trump !== undefined && r.eventIds.includes(trump.eventId))).toBe(false);
  });
});
