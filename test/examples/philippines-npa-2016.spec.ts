/**
 * Escalation model v2 on a case it was never tuned on: the peace talks between the Philippines' government and the
 * CPP-NPA-NDF, June 2016 – December 2017 (philippines-npa-2016.ts, a test fixture). What it holds the model to:
 * unilateral ceasefires on each side, declared separately and never agreed between the two; talks ended and resumed,
 * a round cancelled, backchannel talks cancelled; the NPA's ambushes of soldiers, militiamen and police (an armed
 * group that is itself the other party, so its attacks are armed action between the pair); an agreement on an interim
 * joint ceasefire whose text was signed but which never took effect; the termination of the talks and the designation
 * of the CPP-NPA as terrorists. The calls below were written from DOMAIN.md §5b alone, before the model was run on
 * the case, each with its reason. First run: 20 calls, 19 agreed at once; one revised (8 April 2017: called 1, the
 * model 2 — the interim joint ceasefire agreed on 5 April is not in force, and nothing recorded puts the Oslo joint
 * statement back into implementation after the talks' breakdown); none left, no fixture fix.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './philippines-npa-2016';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Philippines – CPP-NPA-NDF: [at, level, why]. First run: 20 calls, 19 agreed at once. One
 * revised: 8 April 2017, first called 1 (an agreement being implemented), the model read 2 — the call had counted the
 * Oslo joint statement as implemented again after the talks' breakdown, though nothing recorded says so, and the
 * agreement of 5 April is an interim joint ceasefire whose text is agreed, not in force (the comment beside the call).
 * No fixture fix; no call left.
 */
const CALLS: readonly Call[] = [
  [
    '2016-06-20T12:00:00Z',
    2,
    'The incoming government and the NDF agreed in Oslo five days ago to resume formal talks in July; nothing hostile between them is recorded, but no agreement is being implemented yet: talks holding',
  ],
  [
    '2016-07-28T12:00:00Z',
    4,
    "The NPA killed a CAFGU militiaman and wounded four at Kapalong yesterday, two days after Duterte's unilateral ceasefire, which the NPA never reciprocated: armed action within the week, no ceasefire agreed after it; one dead, not hostilities",
  ],
  [
    '2016-08-08T12:00:00Z',
    4,
    "Four soldiers killed in Compostela Valley three days ago, the government's ceasefire lifted on 30 July after its ultimatum lapsed, Duterte warning he will call off the talks: armed action within the week, no ceasefire",
  ],
  [
    '2016-08-24T12:00:00Z',
    3,
    'Both sides hold unilateral ceasefires since 21 August and the Oslo round is in session, but the Compostela Valley attack (5 August) is 19 days old: armed action within the month',
  ],
  [
    '2016-12-01T12:00:00Z',
    1,
    'The Oslo joint statement (26 August) is being implemented, both unilateral ceasefires hold and the second round in October made progress; no hostile act or threat recorded since August: cooperative',
  ],
  [
    '2017-01-24T12:00:00Z',
    4,
    "The NDF says the AFP and police attacked an NPA camp at Makilala three days ago, one rebel killed, in breach of the government's ceasefire: armed action within the week and a ceasefire violated with casualties, while the Rome round sits",
  ],
  [
    '2017-01-30T12:00:00Z',
    3,
    'Makilala is nine days old: armed action within the month, not the week; the Rome round ended with progress and both unilateral ceasefires still stand',
  ],
  [
    '2017-02-02T12:00:00Z',
    4,
    "The NPA lifted its ceasefire yesterday and ambushed soldiers at Manay and Malaybalay the same day, four killed; the government's unilateral ceasefire still formally stands: armed action within the week; two ambushes and four dead, not heavy fighting",
  ],
  [
    '2017-02-04T12:00:00Z',
    4,
    'Duterte lifted the government ceasefire yesterday and told the troops to be ready to fight; the ambushes of 1 February are three days old: armed action within the week, no ceasefire in force; four dead in two ambushes, not hostilities',
  ],
  [
    '2017-02-10T12:00:00Z',
    3,
    'The last armed action (1 February) is nine days old; Duterte ended the talks on 4 February and called the CPP-NPA-NDF terrorists on the 5th, threatening a long fight: armed action within the month, threats and collapsed talks within two weeks',
  ],
  [
    '2017-03-20T12:00:00Z',
    2,
    'The talks were agreed to resume in Utrecht on 11 March; no armed action recorded since 1 February and the threats of early February are over a month old; no ceasefire restored yet: talks holding',
  ],
  // Revised after the first run (the model read 2): first called 1, "The fourth round closed two days ago with an
  // interim joint ceasefire agreed (not yet in force) and progress on reforms; the Oslo agreement is being implemented
  // again, and no hostile act or threat is recorded for two months: cooperative". That misread line 1 by its letter:
  // the one agreement reached since the talks broke down is the interim joint ceasefire, whose text is agreed and
  // which is not in force, so it is no agreement being implemented; "the Oslo agreement implemented again" rests on
  // nothing recorded since Duterte ended the talks on 4 February (the call of 20 March, with the same record, said
  // 2); and the NDF's critical statement of 31 March is line 2's critical rhetoric.
  [
    '2017-04-08T12:00:00Z',
    2,
    "The fourth round closed two days ago with an interim joint ceasefire whose text is agreed but which is not in force, and progress on reforms; no armed action since 1 February, the NDF critical of the government's refusal to restore its ceasefire: talks holding, no agreement being implemented",
  ],
  [
    '2017-05-26T12:00:00Z',
    3,
    'After martial law in Mindanao the CPP ordered the NPA two days ago to intensify its offensives: a threat of war against the other party within two weeks',
  ],
  [
    '2017-06-05T12:00:00Z',
    3,
    "The government withdrew from the fifth round on 27 May, citing the CPP's call to intensify attacks (24 May): collapsed talks and a threat of war within two weeks",
  ],
  [
    '2017-06-20T12:00:00Z',
    2,
    "The CPP's order (24 May) and the cancelled round (27 May) are more than two weeks old; no armed action recorded in the month: accusations and stalled talks, strained",
  ],
  [
    '2017-07-20T12:00:00Z',
    4,
    'The NPA fired on a Presidential Security Group convoy at Arakan and killed two Marines in Palawan yesterday; the government cancelled the backchannel talks: armed action within the week, no ceasefire; three dead in two ambushes, not hostilities',
  ],
  [
    '2017-08-25T12:00:00Z',
    2,
    'The ambushes of 19 July are over a month old and the backchannel talks were cancelled more than two weeks ago; no armed action or threat since: strained, the talks stalled',
  ],
  [
    '2017-11-10T12:00:00Z',
    4,
    'Suspected NPA rebels ambushed a police patrol at Talakag yesterday, a police officer and a baby killed: armed action within the week, no ceasefire; one place, two dead',
  ],
  [
    '2017-11-25T12:00:00Z',
    3,
    'Duterte terminated the talks by Proclamation 360 two days ago; the Talakag ambush is 16 days old: collapsed talks within two weeks and armed action within the month',
  ],
  [
    '2017-12-20T12:00:00Z',
    2,
    'The Talakag ambush is 41 days old and the termination of the talks 27 days; the CPP-NPA was designated a terrorist organisation on 5 December (an accusation): strained, no talks and no armed action within the month',
  ],
];

describe('escalation model v2 on the Philippines – CPP-NPA-NDF talks of 2016–2017 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
