/**
 * Escalation model v2 on a case it was never tuned on: the government of the Islamic Republic of Afghanistan and the
 * Taliban from the release of the last Taliban prisoners (August 2020) through the intra-Afghan talks in Doha to the
 * fall of Kabul (15 August 2021) (afghanistan-taliban-2020.ts, a test fixture). What it holds the model to that the
 * other cases did not: talks rounds that go on while one party fights on, a procedural agreement that stops no
 * fighting, a three-day ceasefire for a holiday, an offensive that takes the country (cities taken mostly without
 * fire), and the end of one party as a government. The calls below were written from DOMAIN.md §5b alone, before the
 * model was run on the case, each with its reason. Nineteen calls, all in CALLS.
 *
 * The first run missed one of the nineteen; no rule was misread and the model is unchanged.
 * - 15 August 2021 (evening), called 5, read 4: the recording was wrong (a). The fixture held the fall of Mazar-i-Sharif
 *   (14 August) only as ground taken without fire; the AP reported that morning "a multi-pronged assault" on the city
 *   from several directions, "setting off heavy fighting on its outskirts", in the Taliban's "rapid offensive": an act
 *   an analyst following the news records. It is now a clash beside the occupation, `major` by the AP's words, and the
 *   call reads 5 on it.
 * Reading the model on dates between the calls showed more gaps in the recording (a): with no clash recorded in
 * late August 2020, from mid-November 2020 to late March 2021 (bar the Ghazni car bomb, claimed by no one) and from
 * mid-July to 6 August 2021, late August 2020 read 2 and late December 2020 and early March 2021 read 1 (the rules agreement being implemented and
 * nothing hostile for a month) in a war fought daily. The attacks found in the press for those weeks were recorded: 11
 * and 15 August 2020; 15–16 December 2020 (Pul-e-Khumri; the Uruzgan offensive, `major` by AFP's word); 8 and 14
 * January and 4 February 2021 (with the two captives of Khan Abad); early April 2021 (Nahr-e-Saraj, 22 killed, 14
 * captives); the battles for Lashkar Gah, Herat and Kandahar of 1 and 4 August 2021. With them the call of 18 January
 * 2021, written as 3, was revised to 4 (b, see its comment); the other calls read as written. The weeks from 4
 * February to 26 March 2021 still hold no clash (none dated was found): the Khan Abad captives keep them coercive.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
import definition from './afghanistan-taliban-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Afghanistan – the Taliban: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- September 2020: the talks open while the Taliban attack -----
  [
    '2020-09-12T18:00:00Z',
    4,
    'The talks opened in Doha today; yesterday the Taliban attacked checkpoints in Khogyani and killed 16: armed action within the week, at one place, a toll short of tens, no ceasefire: militarised',
  ],
  [
    '2020-09-24T12:00:00Z',
    5,
    'Two days after the Taliban attacks on the Uruzgan checkpoints that killed 28 police, while the talks sit in Doha: heavy armed action (tens killed) within three days and no ceasefire: hostilities',
  ],
  // ----- October – November 2020: Helmand, Takhar, Kandahar -----
  [
    '2020-10-13T12:00:00Z',
    5,
    'The Taliban offensive on Lashkar Gah is in its third day (Reuters: "a major insurgent offensive"), the government counter-attacks today: heavy armed action, no ceasefire',
  ],
  [
    '2020-10-22T12:00:00Z',
    5,
    'The Taliban attacks in Baharak killed at least 37 troops in three days and the government air strike yesterday hit a religious school (12 dead): heavy armed action by its toll, no ceasefire',
  ],
  [
    '2020-10-25T12:00:00Z',
    4,
    'Four days after the Takhar fighting and air strike: no armed action recorded in the last three days, but within the week, and no ceasefire: militarised',
  ],
  [
    '2020-11-17T12:00:00Z',
    5,
    'Yesterday the defence ministry reported more than 100 Taliban killed in the fighting in Panjwai, Zherai and Maiwand (its own claim): tens killed within three days, no ceasefire: hostilities',
  ],
  [
    '2020-11-24T12:00:00Z',
    3,
    'Eight days after the last recorded fighting (Kandahar, 16 November); talks going on in Doha with no ceasefire: armed action within the month, none within the week: coercive',
  ],
  // ----- December 2020 – January 2021: the rules, the second round, the killings -----
  [
    '2020-12-03T12:00:00Z',
    3,
    'The two sides agreed the rules and procedures of the talks yesterday, their first written agreement; the Kandahar fighting of mid-November is within the month, and the Ghazni car bomb of 29 November (30 killed) is unclaimed: coercive, not yet strained',
  ],
  // Revised after the first run (b), once the recording was completed (a): written as 3 on a log that held no clash
  // between mid-November and late March. The log now holds the Taliban raids on the Kunduz checkpoints of 14–15 January
  // (9–10 killed), so §5b's first line that holds is armed action within the week: 4, the blamed killing beside it.
  [
    '2021-01-18T12:00:00Z',
    4,
    'The second round is sitting; three days ago Taliban raids on two Kunduz checkpoints killed 9 or 10 security personnel, and yesterday two Supreme Court judges were shot dead in Kabul and Ghani blamed the Taliban (who deny it): armed action within the week, not heavy, no ceasefire: militarised',
  ],
  // ----- March – April 2021: the US plan, Istanbul -----
  [
    '2021-03-28T12:00:00Z',
    4,
    'Two days after the Taliban attack on a checkpoint outside Lashkar Gah that killed 10 police: armed action within the week at one place, not tens killed, no ceasefire: militarised',
  ],
  [
    '2021-04-21T12:00:00Z',
    4,
    'The Istanbul conference was postponed yesterday because the Taliban refused to attend, and the Taliban stormed an outpost in Zibak the same day (8 killed): armed action within the week, not heavy, no ceasefire',
  ],
  // ----- May 2021: the offensive and the Eid ceasefire -----
  [
    '2021-05-04T12:00:00Z',
    5,
    'The Taliban launched a large-scale offensive on Lashkar Gah yesterday as the US withdrawal began; government air strikes and commandos answer (100 Taliban killed by the ministry’s claim): heavy armed action, no ceasefire',
  ],
  [
    '2021-05-15T12:00:00Z',
    3,
    'Third day of the Eid al-Fitr ceasefire both sides observe; the last recorded fighting (Helmand, 4 May) is eleven days old: armed action within the month, none within the week, a ceasefire holding: coercive',
  ],
  [
    '2021-05-20T12:00:00Z',
    4,
    'The ceasefire expired on the 15th and fighting resumed around Lashkar Gah on the 16th (21 Taliban killed by the governor’s count): armed action within the week after the ceasefire ended, none in the last three days: militarised',
  ],
  // ----- June – July 2021: districts, border crossings, Doha -----
  [
    '2021-06-07T12:00:00Z',
    5,
    'Yesterday the Taliban car-bombed and overran the Qaisar police headquarters: 14 to about 30 security personnel killed, 37 taken captive, the district near collapse: heavy armed action (tens killed), no ceasefire',
  ],
  [
    '2021-07-18T18:00:00Z',
    4,
    'The high-level Doha meeting ended today with a joint statement to keep talking and spare civilians, but no ceasefire; days of heavy fighting in Kandahar province in the past week, and the Taliban hold Spin Boldak since the 14th: armed action within the week: militarised',
  ],
  // ----- August 2021: the provincial capitals and Kabul -----
  [
    '2021-08-09T12:00:00Z',
    5,
    'Kunduz fell yesterday after fierce fighting (the offensive the sources call a northern blitz), with Sar-e-Pul and Taloqan; Zaranj and Sheberghan fell before: heavy armed action, no ceasefire: hostilities',
  ],
  [
    '2021-08-13T06:00:00Z',
    5,
    'Yesterday the Taliban took Ghazni and Herat and fought their way into Lashkar Gah, while the government offered them a share of power in Doha: heavy armed action within three days, no ceasefire',
  ],
  [
    '2021-08-15T18:00:00Z',
    5,
    'Ghani has fled and the Taliban are in Kabul after taking Mazar-i-Sharif and Jalalabad: the offensive that took the country in days, the fighting for Lashkar Gah three days ago, no ceasefire: hostilities',
  ],
];

describe('escalation model v2 on Afghanistan – the Taliban, 2020–21 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the mediators' registrations and the United States' plan are not the pair's acts.
  itCitesNone(
    escalation,
    CALLS,
    "a mediator's registration or proposal",
    definition.events.filter((e) => e.type === 'ActorRegistered' || e.type === 'MediationAction'),
  );
});
