/**
 * Escalation model v2 on a case it was never tuned on: Yemen's internationally
 * recognised government and the Houthis, 2018–19 (yemen-houthis-2018.ts, a
 * test fixture). What it holds the model to that the other cases did not: a
 * major offensive on a port city, talks that fail for one party's absence, a
 * ceasefire in one governorate only (recorded `partial`, with its scope) while
 * the two fight on other fronts, violations alleged by both, and a
 * redeployment carried out by one side. The coalition fights for the
 * government and is recorded as its forces; every call is for the pair
 * government – Houthis. The calls below were written from DOMAIN.md §5b
 * alone, before the model was run on the case, each with its reason. Nineteen
 * are in CALLS, which the model must agree with; one is in LEFT, kept as
 * written.
 *
 * The first run missed two of the twenty calls. None was a rule misread; the
 * model is unchanged.
 * - 26 February 2019, called 2, read 4: the call was wrong by §5b (revised,
 *   see its comment): the government alleges Houthi shelling two days before,
 *   and alleged armed action counts.
 * - 25 October 2019, called 2, read 1: left as the model reads it (LEFT): the
 *   war goes on on other fronts, but the log holds no act between the two in
 *   the month before.
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
import definition from './yemen-houthis-2018';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the government of Yemen – the Houthis: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2018-06-14T12:00:00Z',
    5,
    'Operation Golden Victory began yesterday: a full-scale offensive on Hodeidah, with air and naval bombardment; no ceasefire',
  ],
  [
    '2018-06-25T12:00:00Z',
    4,
    "The battle for Hodeidah airport five days ago; the coalition's pause of the 23rd is its own, two days old, and agreed with no one",
  ],
  [
    '2018-07-05T12:00:00Z',
    3,
    'Armed action within the month (the airport, 20 June), none for two weeks; the coalition keeps its pause while the envoy seeks a Houthi withdrawal',
  ],
  [
    '2018-08-20T12:00:00Z',
    2,
    'No armed action recorded for two months; the pause holds and the Geneva consultations are called for September: talks, and pressure',
  ],
  [
    '2018-09-08T18:00:00Z',
    4,
    'Geneva collapsed today, the Houthis never came; operations around Hodeidah resumed yesterday with shelling of the city (armed action, one place, no toll given yet)',
  ],
  [
    '2018-09-10T12:00:00Z',
    5,
    'Eighty-four killed around Hodeidah since Saturday: heavy armed action within three days, the pause over, no ceasefire',
  ],
  [
    '2018-11-13T12:00:00Z',
    5,
    'Two days after street battles in Hodeidah killed some 140, in the "vast offensive" launched on the 9th; no ceasefire',
  ],
  [
    '2018-11-15T12:00:00Z',
    4,
    'Armed action four days ago; the coalition ordered its forces to halt last night, on its own, ready to resume if attacked: not a ceasefire agreed, not yet held three days',
  ],
  [
    '2018-11-19T12:00:00Z',
    3,
    "Eight days since the last fighting in Hodeidah; Hadi's spokesman says the battle to liberate Hodeidah is inevitable, through peace or war (a threat of war, four days old)",
  ],
  [
    '2018-12-14T12:00:00Z',
    2,
    "The Stockholm Agreement was reached yesterday, its ceasefire not yet in force; the last fighting (11 November) is a month old and Hadi's threat of war 29 days old: talks holding, not yet an agreement applied",
  ],
  [
    '2018-12-20T18:00:00Z',
    4,
    'The Hodeidah ceasefire is two days old and violated with casualties today (four soldiers killed by Houthi shelling, by the government); the coalition struck a Houthi air base at Sanaa yesterday',
  ],
  [
    '2018-12-21T18:00:00Z',
    5,
    'Three days after the Hodeidah ceasefire took hold: armed action in three places in three days (Sanaa, Hodeidah, al-Dhalea, where a Houthi offensive was foiled with 18 killed), 22 killed; the ceasefire covers Hodeidah governorate only, none covers the other fronts',
  ],
  [
    '2019-01-11T12:00:00Z',
    4,
    "A Houthi drone struck the government's parade at al-Anad yesterday, five or six killed: armed action outside the Hodeidah truce, one place, not tens killed",
  ],
  [
    '2019-02-26T12:00:00Z',
    // Called 2 before the run ("a ceasefire holding, with accusations"); revised after it. What the government alleges
    // on the 24th is shelling (of homes in al-Tuhayta and Hays, and of army positions east and north of the city), and
    // by §5b armed action alleged counts, graded by its sources: armed action two days ago, after the ceasefire was
    // agreed, is militarised. An allegation with no act in it would be an accusation.
    4,
    'Phase one of the redeployment agreed on the 17th, but the government alleges Houthi shelling in al-Tuhayta and Hays two days ago (its own outlet, no toll given): armed action alleged in the last week, after the Hodeidah ceasefire was agreed',
  ],
  [
    '2019-03-29T12:00:00Z',
    5,
    'Thirty Houthis killed in al-Dhalea yesterday (the Defence Ministry): tens killed, on a front no ceasefire covers',
  ],
  [
    '2019-05-15T12:00:00Z',
    2,
    'The Houthis completed their unilateral redeployment from the three ports yesterday; the government calls it a farce: accusations, the Hodeidah ceasefire holding, no armed action for six weeks',
  ],
  [
    '2019-05-22T12:00:00Z',
    4,
    'Fighting around Qataba in al-Dhalea yesterday, sixteen killed: armed action in the last week, one place, not tens',
  ],
  [
    '2019-09-21T12:00:00Z',
    4,
    'The coalition struck targets north of Hodeidah yesterday; the Houthis call it a dangerous escalation that could blow up the Stockholm Agreement: armed action within the week, no toll',
  ],
  [
    '2019-12-16T12:00:00Z',
    4,
    'A Houthi attack in ad-Durayhimi yesterday, nine killed, inside the governorate the Hodeidah ceasefire covers: a ceasefire violated with casualties',
  ],
];

/**
 * Calls the log cannot bear out, kept as written, with what the model reads instead. On 25 October 2019 the analyst
 * sees a war that goes on (the fronts of al-Dhalea, Saada and Taiz, the violations each side reports in Hodeidah
 * governorate day after day), but the record holds no act between the two from the coalition's strikes of 20 September
 * to the attack in ad-Durayhimi of 15 December: no dated report of that fighting was found. With the observation posts
 * agreed on the 22nd and nothing hostile in the last month, the model reads an agreement being implemented. A dated
 * report of the October fighting, once found, belongs in the fixture.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2019-10-25T12:00:00Z',
      2,
      "The joint observation posts agreed on the 22nd; the coalition's strikes north of Hodeidah are 35 days old; the war goes on on other fronts and the Hodeidah truce is tested: strained, not cooperative",
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

describe('escalation model v2 on the government of Yemen – the Houthis, 2018–19 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  const ALL_CALLS = [...CALLS, ...LEFT.map((l) => l.call)];

  // The pair of actors matters (§5b): the UAE is a third party; its registration and its words never make the level.
  itCitesNone(
    escalation,
    ALL_CALLS,
    "the UAE's registration or words",
    definition.events.filter(
      (e) =>
        (e.type === 'ActorRegistered' && e.data.actor.id === 'uae') ||
        (e.type === 'StatementMade' && e.data.speaker.actorId === 'uae'),
    ),
  );

  // Forces pulled back and detainees freed are not hostile acts: the Houthis' redeployment from the ports and their
  // release of 290 detainees are never a reason for the level, on the dates around them or after.
  it("no reason for the level is the Houthis' redeployment from the ports or their release of detainees", () => {
    const stepsBack = definition.events.filter(
      (e) => e.type === 'IncidentReported' && (e.data.kind === 'withdrawal' || e.data.kind === 'release'),
    );
    expect(stepsBack).toHaveLength(2);
    expect(
      reasonsCiting(
        escalation,
        [...ALL_CALLS, ['2019-05-12T12:00:00Z'], ['2019-10-01T12:00:00Z']],
        stepsBack.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
