/**
 * Escalation model v2 on a case it was never tuned on: the government of Mali and the Coordination of Azawad Movements
 * from the prime minister's visit to Kidal (May 2014) to the autumn of 2015 (mali-cma-2014.ts, a test fixture). What it
 * holds the model to that the other cases did not: a visit that turns to fighting, with officials seized and freed;
 * an offensive that fails (the army routed at Kidal); a ceasefire obtained by a third party's head of state; soldiers
 * held by the rebels until a prisoner swap; talks rounds with a roadmap; a draft accord initialled by one side and
 * refused by the other; a third party's attack (the Platform at Ménaka) blamed by one party on the other; the pair's
 * own clashes a year after the ceasefire; the accord signed by one side first and by the other a month later; a third
 * party's fighting after the signature, and one party's walkout from the follow-up committee. The calls below were
 * written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Nineteen are in
 * CALLS, which the model must agree with; one is in LEFT, kept as written.
 *
 * The first run missed three of the twenty calls.
 * - 26 February 2015, called 3, read 2: the recording was wrong (a). The CMA's threat to break the ceasefire had been
 *   recorded with the tone `threat` (CAMEO 13, a threat short of force); to break a ceasefire is to resume fire, a
 *   threat of military force (`military-threat`, CAMEO 138). Corrected in the fixture (see its header).
 * - 8 June 2015, called 2, read 1: the call was wrong by §5b (b), revised with its reason beside it: the 2014
 *   ceasefire and the Algiers roadmap were being implemented and nothing hostile had passed for a month. (The model
 *   names the accord "signed by Mali" as the agreement being implemented — an accord signed by one side only, which the
 *   other refuses, is not being implemented; the level does not turn on it here, and it is left as a finding.)
 * - 30 September 2015, called 1, read 2: the model misreads a rule (c), not fixed here, so the call is kept in LEFT at
 *   the model's level: a collapse of talks after an agreement bars level 1 for good, even after the talks resumed
 *   (the facts do not keep `TalksResumed`), so the CMA's walkout from the accord's follow-up committee (24 August),
 *   ended by its return in late September, keeps the signed accord from ever reading as implemented again. A fix
 *   (talks resumed undo a collapse of talks before them) was written, with a unit spec that failed before it, and
 *   reverted: with it, Colombia – ELN reads 1 on 8 November and 26 December 2024 (called 2) from its 2023 ceasefire
 *   agreement whose ceasefire had expired in August 2024 — a second misreading (an agreement whose ceasefire ended is
 *   still read as implemented) that the suspension had hidden there. Both belong to one change of the model.
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
} from './case-log';
import definition from './mali-cma-2014';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Mali – the CMA: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- May 2014: the visit, the offensive, the ceasefire -----
  [
    '2014-05-18T12:00:00Z',
    5,
    'Yesterday the rebels attacked the governorate during the prime minister’s visit and seized it: at least 8 soldiers killed, 36 dead by the government’s count — tens killed — and no ceasefire; the prime minister says Mali is at war',
  ],
  [
    '2014-05-20T18:00:00Z',
    4,
    'Three and a half days since the fighting at Kidal; troops sent to retake the town, the officials freed: armed action within the week and no ceasefire, but the heavy fighting is more than three days old',
  ],
  [
    '2014-05-22T12:00:00Z',
    5,
    'The army’s offensive on Kidal failed yesterday after hours of fighting (20 to 40 soldiers killed), the rebels overran Ménaka; the president’s one-sided "ceasefire" binds nobody else: hostilities',
  ],
  [
    '2014-05-24T12:00:00Z',
    4,
    'The ceasefire obtained by the AU chairman was signed last night, after the fighting; it has not yet held three days, and the rout of Kidal is within the week: militarised',
  ],
  [
    '2014-05-27T12:00:00Z',
    3,
    'The ceasefire agreed after the fighting has held three and a half days; armed action within the month, and the rebels still hold the soldiers taken at Kidal: coercive',
  ],
  [
    '2014-06-25T12:00:00Z',
    3,
    'A month and more since the last fighting, and the rebels have signed the Algiers Declaration; but the soldiers captured at Kidal are still held by them: a lasting coercive condition',
  ],
  // ----- July 2014 – February 2015: the Algiers talks -----
  [
    '2014-07-28T12:00:00Z',
    2,
    'Prisoners swapped two weeks ago, the first Algiers round ended with a roadmap and a declaration of cessation of hostilities four days ago: talks and the ceasefire holding, but the soldiers were held until less than a month ago',
  ],
  [
    '2014-10-15T12:00:00Z',
    1,
    'The ceasefire and the Algiers roadmap are being carried out; nothing hostile between the government and the movements for three months',
  ],
  [
    '2015-02-26T12:00:00Z',
    3,
    'Two days ago, less than a week after the declaration of 19 February, the MNLA and its allies threatened to break the ceasefire: a threat of hostilities within two weeks',
  ],
  [
    '2015-03-20T12:00:00Z',
    2,
    'The government initialled the accord on 1 March, the CMA refused it as it stands and its demand for Azawad’s status was rejected; the threat is more than two weeks old, the talks and the ceasefire hold: strained, with a threat within the month',
  ],
  // ----- April – May 2015: Ménaka, Léré, Ténenkou -----
  [
    '2015-04-28T12:00:00Z',
    3,
    'The pro-government Platform took Ménaka from the MNLA yesterday (a third party’s fighting), and the CMA blames the government for a manifest breach of the ceasefire and warns it will defend itself: an attack blamed on the other party',
  ],
  [
    '2015-04-30T12:00:00Z',
    4,
    'Yesterday the CMA attacked the army at Léré, and Mali blames it for the killing of two guards and a child at Goundam: armed action between the pair, the ceasefire of 2014 broken (agreed before it), two places and three dead — not heavy',
  ],
  [
    '2015-05-07T12:00:00Z',
    4,
    'Two days after the army and the CMA clashed at Ténenkou: armed action within the week, no new ceasefire',
  ],
  ['2015-05-09T12:00:00Z', 4, 'Four days after the Ténenkou clash: armed action within the week'],
  [
    '2015-05-13T12:00:00Z',
    3,
    'Eight days after the last clash with the army; the CMA now agrees to initial the accord: armed action within the month, none in the last week',
  ],
  // ----- June – September 2015: the signatures and after -----
  // Revised after the first run (b): written as 2 ("the accord not yet signed by both"). §5b's first line asks for an
  // agreement being implemented, not this accord: the ceasefire of 23 May 2014 and the Algiers roadmap were being
  // carried out (the CMA reaffirmed the ceasefire on 6 May), and nothing hostile had passed between the pair for a
  // month (Ténenkou was 34 days before): cooperative, whatever the accord's state.
  [
    '2015-06-08T12:00:00Z',
    1,
    'Thirty-four days since the clash at Ténenkou; the ceasefire of May 2014 and the Algiers roadmap are carried out, the CMA having reaffirmed the ceasefire, and it says it will sign the accord on 20 June: no hostile act or threat for a month',
  ],
  [
    '2015-06-25T12:00:00Z',
    1,
    'The CMA signed the accord on 20 June: the agreement signed by both is being implemented, and nothing hostile between them for seven weeks',
  ],
  [
    '2015-08-19T12:00:00Z',
    1,
    'The Platform took Anéfis from the CMA two days ago, a third party’s fighting the CMA blames on the Platform, not on the government; between the pair the signed accord stands and nothing hostile for three months',
  ],
  [
    '2015-08-27T12:00:00Z',
    3,
    'Three days ago the CMA suspended its part in the accord’s follow-up committee over Anéfis: the talks between the pair broken off within two weeks',
  ],
];

/**
 * Left as the model reads it (a rule misread, not fixed in this branch: see the header).
 * - 30 September 2015: the analyst sees the signed accord implemented again — the Platform gone from Anéfis, the CMA
 *   back on the follow-up committee, the walkout more than a month old. The model holds the CMA's suspension of 24
 *   August against the accord for good (a resumption of talks is not read) and says strained.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2015-09-30T12:00:00Z',
      1,
      'The Platform has left Anéfis and the CMA is back on the follow-up committee; the walkout is more than a month old and the signed accord is being implemented',
    ],
    model: 2,
    rule: 'strained',
  },
];

describe('escalation model v2 on Mali – the CMA, 2014–15 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): France and the Platform are third parties; the Platform's fights with the CMA at
  // Ménaka's approaches and at Anéfis (blamed on nobody but the Platform) never make the pair's level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's registration or its fighting",
    definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        (e.type === 'IncidentReported' &&
          e.data.perpetrator === 'platform' &&
          e.data.incidentId !== 'menaka-platform-2015-04-27'),
    ),
  );
});
