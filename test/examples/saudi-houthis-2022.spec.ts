/**
 * Escalation model v2 on a case it was never tuned on: Saudi Arabia and the Houthis (Ansar Allah) in 2022–23
 * (saudi-houthis-2022.ts, a test fixture). What it holds the model to that the other cases did not: a truce that
 * formally lapses (2 October 2022) but holds in fact — its flights and fuel ships go on, neither side strikes the
 * other — so that what the level reads after the lapse is the threats and accusations between the two, then, once a
 * month passes without them, an agreement being implemented; the Houthis' drone attacks on the oil terminals of
 * Yemen's government, a third party, which are not armed action between the pair though the threats aimed at the oil
 * companies in Saudi Arabia are the pair's; an agreement implemented with no public text (the prisoner exchange of
 * April 2023); and one deadly attack on the coalition's troops on the Saudi border in a long calm. The calls below
 * were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason as in the
 * analysts' judgements file; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './saudi-houthis-2022';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Saudi Arabia – the Houthis: [at, level, why]. The first run of the model agreed with all
 * twenty, each for the reason the call gives (armed action and its days, threats of war in the two weeks, hostile words
 * in the month, an agreement being implemented). One reason differs in its wording only: on 24 December 2023 the model
 * names the Bern exchange agreement (reached 20 March 2023) as the agreement being implemented, the call the truce's
 * terms; the catalogue has no status for an agreement carried out in full, so a one-off exchange stays "being
 * implemented" once done — the level is the same, the truce's agreement being applied too.
 */
const CALLS: readonly Call[] = [
  [
    '2022-03-21T12:00:00Z',
    5,
    'Houthi drones and missiles hit Saudi energy and water sites in five places yesterday and the night before (Jizan, Yanbu, Al-Shaqeeq, Dhahran al-Janub, Khamis Mushait): heavy armed action in several places, no ceasefire',
  ],
  [
    '2022-03-27T12:00:00Z',
    5,
    "The Houthis struck Jeddah's Aramco depot (and claim Riyadh) two days ago; coalition air strikes on Sanaa and Hodeidah yesterday (eight killed by the Houthi count) and on Sanaa again last night: heavy armed action in several places. The Houthis' three-day suspension takes effect only this evening and binds them alone: no ceasefire in force",
  ],
  [
    '2022-03-31T12:00:00Z',
    4,
    "The last strikes (Sanaa, the night of 26–27 March) are four days old: armed action in the last week. The Houthis' own three-day suspension ran out yesterday; the coalition's halt has held a day and a half: no ceasefire agreed after the strikes has held three days",
  ],
  [
    '2022-04-05T12:00:00Z',
    3,
    'The UN truce has held three days (and the coalition halt six); the last armed action between the two was nine days ago: within the month, not the week',
  ],
  [
    '2022-05-20T12:00:00Z',
    2,
    'Seven weeks without armed action; the truce is being implemented (fuel ships at Hodeidah, the first Sanaa–Amman flight four days ago), but the Houthis\' deputy foreign minister warned three days ago that any obstruction "may mean a return to war": a warning within the month, not a threat of war — strained, not cooperative',
  ],
  [
    '2022-07-20T12:00:00Z',
    1,
    "The truce, renewed on 2 June, is being implemented — flights from Sanaa, fuel ships at Hodeidah, no strikes either way for almost four months — and no hostile act or threat between Saudi Arabia and the Houthis is recorded since al-Ezzi's warning of 17 May",
  ],
  [
    '2022-09-25T12:00:00Z',
    1,
    'The truce, extended on 2 August to 2 October, is still being implemented; no hostile act or threat between the two for over four months',
  ],
  [
    '2022-10-03T12:00:00Z',
    3,
    'The truce lapsed yesterday after the Houthis declared the talks at a "dead end" and blamed the coalition; their military spokesman told the oil companies in Saudi Arabia and the UAE to leave or be deprived of their resources: a threat of war and collapsed talks in the last two weeks, though no one has fired',
  ],
  [
    '2022-10-10T12:00:00Z',
    3,
    "Saree's threats to the oil companies in Saudi Arabia (2 and 5 October) are within two weeks; no armed action between the two",
  ],
  [
    '2022-10-22T18:00:00Z',
    2,
    "Saree's threats are 17 and 20 days old: outside the two weeks, inside the month. The Houthi drones on the al-Dhabba terminal yesterday struck the government's terminal, a third party's; Saudi Arabia's condemnation today (\"terrorist\") is an accusation. No armed action between the two since March",
  ],
  [
    '2022-10-31T12:00:00Z',
    3,
    'The Houthi defence minister threatened the coalition two days ago with "missiles and salaries": a threat of war within two weeks',
  ],
  [
    '2022-11-22T12:00:00Z',
    2,
    "Al-Atifi's threat is 24 days old: within the month, not the two weeks; yesterday's drone on al-Dhabba hit the government's terminal again, not Saudi Arabia; the truce's flights and fuel ships go on, no armed action between the two",
  ],
  [
    '2023-01-10T12:00:00Z',
    2,
    'The Houthi council warned on 19 December that "no war and no peace will not continue" and Abdulsalam accused the coalition of empty promises two days later: a warning and an accusation within the month, no threat of war, no armed action since March',
  ],
  [
    '2023-04-12T12:00:00Z',
    1,
    "The prisoner exchange agreed at Bern is being implemented (Saudi Arabia freed 13 Houthis on 8 April), the Saudi ambassador is in Sanaa for talks, the truce's flights and fuel ships go on, and no hostile act or threat between the two is recorded since December",
  ],
  [
    '2023-04-16T12:00:00Z',
    1,
    'The exchange under way: Houthis flown from Abha to Sanaa, Saudis from Sanaa to Riyadh yesterday; the Sanaa talks ended with progress three days ago; no hostile act or threat for months',
  ],
  [
    '2023-08-20T12:00:00Z',
    2,
    'Al-Mashat accused Saudi Arabia of looting Yemen\'s oil on 22 July and Mohammed Ali al-Houthi blamed its "rejection and evasion" for halting the talks on 6 August: accusations within the month; no threat of war in two weeks, no armed action',
  ],
  [
    '2023-09-27T12:00:00Z',
    4,
    'Two days after Houthi drones killed Bahraini soldiers of the coalition on Saudi territory (the Houthis report Saudi fire on Saada the same day): armed action in the last week, a handful killed in two places — not heavy; no ceasefire in force',
  ],
  [
    '2023-09-29T12:00:00Z',
    4,
    'Four days after the drone attack on the border (four dead by now): armed action in the last week, no ceasefire agreed after it',
  ],
  [
    '2023-10-03T12:00:00Z',
    3,
    'Eight days after the drone attack on the border: armed action within the month, none in the last week',
  ],
  [
    '2023-12-24T12:00:00Z',
    1,
    "Three months since the attack on the border with no hostile act or threat between the two; the truce's terms are still applied and yesterday the UN envoy announced the parties' commitments to a roadmap, which Saudi Arabia and Oman brought about",
  ],
];

describe('escalation model v2 on Saudi Arabia – Houthis of 2022–23 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the Houthis' drone attacks on the government's oil terminals, the threats and
  // designations between the Houthis and the government, and the airline's dispute with the Houthis are a third
  // pair's, never a reason for the Saudi Arabia – Houthis level.
  it("no reason for the pair's level is the Houthis' attacks on the government's terminals or a third party's words", () => {
    const PARTIES = ['saudi-arabia', 'houthis'];
    const party = (id: unknown) => typeof id === 'string' && PARTIES.includes(id);
    const outside = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const speaker = (d.speaker as { actorId?: string } | undefined)?.actorId;
        const thirdParty =
          (e.type === 'IncidentReported' && !(party(d.perpetrator) && party(d.against)) && !party(d.blamedOn)) ||
          (e.type === 'StatementMade' && !(party(speaker) && party(d.audience)));
        return thirdParty ? [e.eventId] : [];
      }),
    );
    // al-Dhabba (21 October, 21 November), Qena; al-Mashat's warning to the companies in government-held Yemen, the
    // government's terrorist designation, Yemenia's suspension of the Sanaa flights.
    expect(outside.size).toBe(6);
    const cited = reasonsCiting(escalation, CALLS, outside);
    expect(cited).toEqual([]);
  });

  // The headline is the negotiation's pair; the Houthis' drones on the government's oil ports are read for that pair,
  // beside it: the day after the drone on Qena, Houthis – government is militarised, while Saudi Arabia – Houthis is
  // coercive for al-Atifi's threat of 29 October alone.
  it('the day after the drone on Qena the pair is coercive while Houthis – government is militarised', () => {
    const view = escalation('2022-11-10T12:00:00Z');
    expect(view.pair).toMatchObject({ actors: ['houthis', 'saudi-arabia'], level: 3 });
    expect(view.pairs.find((p) => p.actors.join() === 'houthis,yemen-government')).toMatchObject({ level: 4 });
  });
});
