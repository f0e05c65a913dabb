/**
 * Escalation model v2 on a case it was never tuned on: the war between Ethiopia's federal government and the Tigray
 * People's Liberation Front, November 2020 to March 2023 (ethiopia-tplf-2020.ts, a test fixture). What it holds the
 * model to that the other cases did not: a long civil war with lulls; a ceasefire declared by one party alone and
 * rejected by the other; a truce of two declarations that holds five months with no agreement behind it; a war that
 * resumes; and an agreement implemented step by step — cooperative only once it is being implemented and a month has
 * passed with no hostile act or threat between the two. Eritrea's army and the Amhara forces fought beside the federal
 * army: they are third parties, and only what passes between the government and the TPLF makes the level. The calls
 * below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason as in the
 * analysts' judgements file.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall } from './case-log';
import definition from './ethiopia-tplf-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2020-11-05T12:00:00Z',
    5,
    "The TPLF attacked the Northern Command in Mekelle and bases across Tigray and at Dansha yesterday, and the federal army was ordered into an offensive ('forced into a military confrontation'): heavy armed action in several places, no ceasefire",
  ],
  [
    '2020-11-29T12:00:00Z',
    5,
    'Federal forces took Mekelle yesterday after half a day of air strikes with mechanised brigades and infantry; Debretsion vows to fight on. The 72-hour ultimatum was enforced: heavy armed action on a city of half a million, no ceasefire. The rocket on Asmara is against Eritrea, a third party',
  ],
  [
    '2021-01-14T12:00:00Z',
    4,
    'The army killed Seyoum Mesfin and two other TPLF leaders with their guards in a shoot-out by the Tekeze yesterday: armed action between the two today, one place, no toll beyond the leaders and their guards — militarised, not hostilities',
  ],
  [
    '2021-06-24T12:00:00Z',
    5,
    'The air strike on the Togoga market two days ago killed 51 to 80, during the Tigray Defence Forces’ offensive of this week: tens killed, no ceasefire',
  ],
  [
    '2021-06-30T12:00:00Z',
    4,
    'The Tigrayan forces retook Mekelle on the 28th after clashes on its outskirts; the government declared a ceasefire the same evening, alone, and the TPLF says it will fight on. Armed action two days ago, not heavy; Togoga is over a week old',
  ],
  [
    '2021-07-03T12:00:00Z',
    4,
    "The government's ceasefire is one-sided: the TPLF rejected it ('until all our enemies leave Tigray, we will fight') and pursues the federal troops, so it is no ceasefire agreed after the fighting of the 28th, five days ago — militarised, with threats of war",
  ],
  [
    '2021-07-08T12:00:00Z',
    3,
    "The last armed action between the two (Mekelle's outskirts, 28 June) is ten days old; the TPLF's vows to fight on and to pursue 'until every square inch is cleared' are within the two weeks: coercive",
  ],
  [
    '2021-10-22T18:00:00Z',
    5,
    'The air force struck Mekelle on the 18th (three killed), the 20th and today (eleven injured), while the TPLF fights the government and Amhara militias towards Dessie: armed action in several places in the last three days, no ceasefire',
  ],
  [
    '2021-11-01T12:00:00Z',
    5,
    'The TPLF says it took Dessie (30 October) and Kombolcha (31 October); the government says fierce fighting goes on for both; Getachew speaks of marching on Addis Ababa: heavy armed action in several places, no ceasefire',
  ],
  [
    '2021-12-07T12:00:00Z',
    5,
    "The government retook Dessie and Kombolcha yesterday after Lalibela and Shewa Robit last week — 'the enemy will be hit and the victory will continue' (Abiy): heavy armed action in several places, no ceasefire",
  ],
  [
    '2022-01-09T12:00:00Z',
    5,
    'The drone strike on the Dedebit camp for displaced people (night of the 7th) killed 55 to 56: tens killed, no ceasefire — the TPLF’s withdrawal to Tigray in December brought no truce',
  ],
  [
    '2022-03-27T12:00:00Z',
    2,
    'The humanitarian truce declared by the government on the 24th and accepted by the Tigray authorities the same evening holds; the last armed action between the two (Dedebit) is eleven weeks old; the government calls the TPLF insurgents and aggressors: strained. A truce of two declarations is not an agreement being implemented',
  ],
  [
    '2022-06-15T12:00:00Z',
    2,
    'The truce has held almost three months and the TPLF left Afar, but no agreement has been reached — two declarations, no signed text — and the TPLF accuses the government of blocking aid: a truce holding, with accusations: strained, not cooperative',
  ],
  [
    '2022-08-25T12:00:00Z',
    5,
    'The fighting resumed yesterday on the eastern and southern fronts around Kobo and Alamata, each side blaming the other for breaking the truce, which has collapsed: heavy armed action in several places, no ceasefire',
  ],
  [
    '2022-10-19T12:00:00Z',
    5,
    'Ethiopian and Eritrean forces took Shire on the 17th and the government says its army seized Alamata and Korem: heavy armed action in several places, no ceasefire; the Pretoria talks have not begun',
  ],
  [
    '2022-11-05T12:00:00Z',
    4,
    'The Pretoria agreement and its permanent cessation of hostilities were signed three days ago, but the TPLF accuses the government of a drone strike and shelling on Maychew on the 3rd that killed and wounded civilians: armed action after the ceasefire was agreed, so it is in breach of it — militarised',
  ],
  [
    '2022-11-07T12:00:00Z',
    4,
    'The alleged strike on Maychew is four days old, within the week; the commanders meet in Nairobi today: a ceasefire violated within the week',
  ],
  [
    '2022-11-11T12:00:00Z',
    3,
    'The alleged strike on Maychew is eight days old and nothing armed between the two since: armed action within the month; the Nairobi talks go on, the agreement is being implemented — coercive until the month has passed',
  ],
  [
    '2022-12-07T12:00:00Z',
    1,
    "The Pretoria agreement is being implemented (the Nairobi declaration, aid flowing, Mekelle back on the national grid yesterday); no hostile act or threat between the two for over a month since Maychew. The Eritrean army's killings in Tigray are a third party's",
  ],
  [
    '2023-03-23T20:00:00Z',
    1,
    'Parliament lifted the TPLF’s terrorist designation yesterday and Abiy appointed Getachew Reda to head the interim administration today, after the heavy weapons were handed over and the leaders met: an agreement being implemented, four months without a hostile act',
  ],
];

describe('escalation model v2 on the Ethiopia – TPLF war, 2020–23 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);
});
