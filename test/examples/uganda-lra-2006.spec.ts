/**
 * Escalation model v2 on a case it was never tuned on: the Juba talks between Uganda's government and the Lord's
 * Resistance Army, July 2006 – December 2008 (uganda-lra-2006.ts, a test fixture). What it holds the model to that the
 * other cases did not: a cessation of hostilities agreed for fixed terms, lapsed and renewed, extended after its term
 * had run out, until it lapsed for good; talks suspended by one party three times and resumed, then by the other;
 * agreements on agenda items signed one by one, a permanent ceasefire signed that was never to take effect, and a final
 * agreement whose text was agreed and never signed; then an offensive by one party on the other's camps abroad, and the
 * other's massacres of a third party's civilians. The calls below were written from DOMAIN.md §5b alone, before the
 * model was run on the case, each with its reason; those in CALLS the model must agree with, the one in LEFT is kept as
 * written beside the model's reading.
 *
 * The first run: 20 calls, 16 agreed at once. The model is unchanged.
 * - 2 December 2006, called 3, read 4, and 20 December 2006, called 2, read 3: revised (see their comments). The LRA's
 *   charge that the army ambushed its column (29 November) is an alleged attack by the other party itself, which §5b
 *   counts as armed action ("alleged counts, graded by its sources"), not as an attack blamed on the other party (the
 *   table's words for a third party's attack).
 * - 1 May 2007, called 3, read 4: revised for the same reason (the LRA's charge of an army attack on 28 April, in
 *   breach of the Ri-Kwangba truce).
 * - 25 April 2008, called 2, read 1 (agreement-implemented): left (LEFT). The disarmament agreement of 29 February was
 *   signed, so the log holds it as being implemented; the analyst reads it, like every agenda item, as hanging on the
 *   final agreement Kony had just refused to sign.
 * Fixture fix after the first run: the LRA's two charges of an army attack (29 November 2006, 28 April 2007) were
 * graded C2 like the reports carrying them; one side's unverified claim about the other is graded 3 (examples/README.md).
 * The regrading changed no reading.
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
import definition from './uganda-lra-2006';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Uganda – LRA: [at, level, why] (three revised after the first run, each with its first call). */
const CALLS: readonly Call[] = [
  [
    '2006-07-20T12:00:00Z',
    2,
    'The talks opened in Juba six days ago under Machar; nothing hostile between the two is recorded, but no agreement is being implemented yet: talks holding',
  ],
  [
    '2006-08-14T12:00:00Z',
    4,
    "The army killed the LRA commander Raska Lukwiya in Kitgum two days ago: armed action between the parties within the week; the LRA's unilateral truce of 4 August is no ceasefire agreed after it. One place, one dead: not hostilities",
  ],
  [
    '2006-08-31T12:00:00Z',
    3,
    'The Cessation of Hostilities has been in force for two days; the last armed action (the clashes the army reported on 16 August) is fifteen days old: armed action within the month, not within the week',
  ],
  [
    '2006-09-25T12:00:00Z',
    2,
    "The truce's first term ran out six days ago with the LRA not assembled; the last armed action is forty days old and no threat is recorded; the talks go on: strained, no agreement being implemented",
  ],
  [
    '2006-10-06T12:00:00Z',
    3,
    'Two days ago the army went back to its former positions and its spokesman said LRA fighters left in Uganda would be "dealt with militarily": a threat of force against the other party within two weeks, no ceasefire in force',
  ],
  [
    '2006-11-10T12:00:00Z',
    1,
    "Addendum 1 renewed the cessation of hostilities on 1 November and it holds; the army's threat of 4 October is over a month old and nothing hostile has followed: an agreement being implemented, no hostile act or threat for a month",
  ],
  // Revised after the first run (first call 3: "The LRA walked out of Juba on 29 November accusing the army of ambushing
  // its fighters, and Kony warned yesterday that his men would 'go back to war': an attack blamed on the other party and
  // a threat of war within two weeks"; the model read 4). The ambush the LRA alleges is the other party's own attack:
  // alleged armed action, not a blamed attack, which the table keeps for a third party's.
  [
    '2006-12-02T12:00:00Z',
    4,
    'The LRA walked out of Juba on 29 November accusing the army of ambushing its column in southern Sudan: armed action alleged three days ago, and Addendum 1 was agreed before it; Kony warned yesterday that his men would "go back to war". No one reported killed, one place: not hostilities',
  ],
  // Revised after the first run (first call 2: "The talks resumed on 14 December and the truce was extended on the 16th
  // to the end of February; the LRA's charge and Kony's threat are three weeks old: ceasefire and talks holding, but not
  // a month without a hostile act"; the model read 3). The ambush alleged on 29 November is armed action, three weeks old.
  [
    '2006-12-20T12:00:00Z',
    3,
    'The talks resumed on 14 December and the truce was extended on the 16th to the end of February, but the ambush the LRA alleged on 29 November is three weeks old: armed action within the month',
  ],
  [
    '2007-01-24T12:00:00Z',
    3,
    'On 19 January the LRA refused to return to Juba, rejected Machar as mediator and declared the talks in Sudan "closed forever": talks collapsed within two weeks (the truce still runs)',
  ],
  [
    '2007-03-05T12:00:00Z',
    2,
    "The truce expired on 28 February unrenewed and the LRA's delegation stays away from Juba; its walkout is six weeks old and no threat or armed action is recorded: strained",
  ],
  [
    '2007-04-20T12:00:00Z',
    1,
    'The new truce signed before Kony at Ri-Kwangba six days ago holds, and the talks are to resume on 26 April; the last threat (Kony, 1 December) and the walkout of January are months old: an agreement being implemented, no hostile act or threat for a month',
  ],
  // Revised after the first run (first call 3: "On 28 April the LRA accused the army of attacking its fighters in
  // southern Sudan and withdrew from the talks: an attack blamed on the other party within two weeks, though no one is
  // reported killed and the truce stands"; the model read 4). The attack alleged is the other party's: armed action.
  [
    '2007-05-01T12:00:00Z',
    4,
    'On 28 April the LRA accused the army of attacking its fighters in southern Sudan, in breach of the Ri-Kwangba truce, and withdrew from the talks: armed action alleged three days ago, after the truce was agreed; no one reported killed, so not a violation with casualties',
  ],
  [
    '2007-07-10T12:00:00Z',
    1,
    'Agenda items two and three (comprehensive solutions, accountability and reconciliation) signed on 2 May and 29 June; the truce renewed at the end of June holds; the last hostile act (the LRA charge of 28 April) is ten weeks old: agreements being implemented',
  ],
  [
    '2008-02-18T12:00:00Z',
    3,
    'The government delegation said on 13 February that after the 29 February deadline for a final deal it would have "an array of options, including the military option": an ultimatum within two weeks',
  ],
  [
    '2008-06-06T12:00:00Z',
    3,
    'Two days ago the army said "the negotiations are no more ... we have resolved to go the military way", with the Congolese and Southern Sudanese armies: talks broken off and a threat of war within two weeks, no ceasefire',
  ],
  [
    '2008-12-01T12:00:00Z',
    3,
    'Kony failed to come to sign for the second time on 29–30 November and the government delegation left Ri-Kwangba saying it would not go back: talks collapsed within two weeks',
  ],
  [
    '2008-12-15T12:00:00Z',
    5,
    "Yesterday the Ugandan army, with the Congolese and Southern Sudanese, bombed the LRA's camps in Garamba and sent in ground troops (Operation Lightning Thunder): heavy armed action, several camps, a major offensive, no ceasefire in force",
  ],
  [
    '2008-12-20T12:00:00Z',
    4,
    'The Garamba strikes are six days old; no fighting between the two is recorded in the last three days: armed action within the week, no ceasefire',
  ],
  [
    '2008-12-29T12:00:00Z',
    3,
    "The LRA's Christmas massacres killed nearly 200 Congolese villagers (a third party's civilians, not armed action between the pair); the last armed action between Uganda and the LRA (14 December) is fifteen days old: armed action within the month",
  ],
];

/**
 * Left as the model reads it. On 25 April 2008 the analyst calls 2: the truce has lapsed, the permanent ceasefire never
 * took effect, and the agenda items (comprehensive solutions, accountability, disarmament) were signed as parts of a
 * final agreement that Kony refused to sign on 10 April, so none of them is being carried out. The model reads 1: the
 * disarmament agreement of 29 February was signed and no status since says otherwise, so it is "being implemented", and
 * nothing hostile is recorded in the month. The catalogue has no status for an agreement signed to take effect only with
 * another (text-agreed would deny the signatures), and no source records either party setting the agenda items aside;
 * the log cannot bear the call out.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2008-04-25T12:00:00Z',
      2,
      'Kony did not come to sign the final agreement on 10 April; the truce expired on the 15th unrenewed and the permanent ceasefire signed in February never took effect; the agenda items hang on the unsigned final agreement. No threat or armed action for two months: strained, nothing being implemented',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

describe('escalation model v2 on the Uganda – LRA Juba talks of 2006–2008 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): the LRA's massacres of Congolese villagers are its attack on a third party, never
  // a reason for the Uganda – LRA level.
  itCitesNone(
    escalation,
    CALLS,
    "the LRA's Christmas massacres in the DR Congo",
    definition.events.filter((e) => e.type === 'IncidentReported' && e.data.against === 'drc'),
  );
});
