/**
 * Escalation model v2 on a case it was never tuned on: China and Vietnam from the deterioration of 1978 (the Hoa, the
 * end of Chinese aid, Vietnam's treaty with the Soviet Union and its invasion of Cambodia) through Deng's "lesson",
 * the Chinese invasion of 17 February 1979 on many fronts, the capture of Lang Son, the announced and completed
 * withdrawal (5 and 16 March), the talks opened in Hanoi, to the bombardments and the battle for the Lao Son heights
 * at Vi Xuyen in 1984 and the fighting there in 1985 (china-vietnam-1979.ts, a test fixture). What it holds the model
 * to that the other cases did not: a large invasion in several places with tens of thousands killed that no ceasefire
 * ever ended — the withdrawal is unilateral, so the level falls by the days since the last armed act; a threat of war
 * told to third parties before it; a third party's war (Vietnam in Cambodia) that is not armed action between the
 * pair; and years later bombardments in four provinces and a battle at one place.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * All twenty are in CALLS, which the model must agree with.
 *
 * The first run agreed with nineteen of twenty and missed one; no rule is misread, and the model is unchanged.
 * - 4 March 1979, called 5, read 4: the war was still going on, but the log cannot say so (d). The acts recorded in
 *   the three days before are two — Vietnam's counter-attacks in Cao Bang (2 March) and the capture of Lang Son
 *   (3 March) — and no toll is recorded for either (the sources give the battles' tolls over weeks, kept in the text,
 *   not the days'). Two places with no toll are armed action, not the heavy armed action the analyst sees; the
 *   record of the war's last days before the withdrawal is thin. The call was kept as written, in LEFT, with the
 *   model's level beside it (helper's first revision to 4 undone by the lead: the call was right about the war). It
 *   moved into CALLS, unchanged, when the catalogue gained an armed incident's `scale`: the capture of Lang Son is
 *   recorded `scale: 'major'`, its source (Wikipedia's "Battle of Lạng Sơn (1979)") giving it as the battle of Lạng
 *   Sơn, fought by several Chinese armies against reinforced Vietnamese divisions, and the model reads heavy armed
 *   action.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './china-vietnam-1979';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for China – Vietnam: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- 1978: the deterioration -----
  [
    '1978-06-20T12:00:00Z',
    2,
    'China charges Vietnam with persecuting the Hoa and Deng has halted aid ("we have given Viet Nam too much"): accusations and critical rhetoric, no armed action, no threat of war, no border closed',
  ],
  [
    '1978-07-05T12:00:00Z',
    2,
    'China has recalled its ambassador, closed three Vietnamese consulates and added troops on the frontier; Vietnam is on alert: a show of force and a diplomatic break, but no armed action, no threat of war, no ultimatum, no border closed',
  ],
  [
    '1978-11-10T12:00:00Z',
    2,
    "Vietnam's treaty with the Soviet Union (a third party's support) and Le Duan's charge that China pursues a 'fiercely hostile policy': accusations, nothing more between the two",
  ],
  [
    '1979-01-10T12:00:00Z',
    2,
    'Vietnam invaded Cambodia on 25 December and took Phnom Penh three days ago: a war on a third party, not armed action between China and Vietnam; no threat from China yet in the record: strained',
  ],
  // ----- January – February 1979: the lesson -----
  [
    '1979-02-05T12:00:00Z',
    3,
    "Deng told the American press on 31 January that against Vietnam only a 'necessary lesson' will work, and 'we Chinese mean what we say': a threat of war within the last two weeks",
  ],
  [
    '1979-02-16T12:00:00Z',
    4,
    "Vietnam says two Chinese companies pushed into Dong Dang yesterday; Deng's message to Carter announces 'necessary self-defense operations': armed action within the week, at one place, no toll reported — militarised, not yet hostilities",
  ],
  // ----- 17 February – 16 March 1979: the war -----
  [
    '1979-02-18T12:00:00Z',
    5,
    'China attacked yesterday along the whole border — Lao Cai, Cao Bang, Dong Dang (118 Vietnamese killed on Hill 386), Mong Cai: heavy armed action in several places, no ceasefire',
  ],
  [
    '1979-02-19T12:00:00Z',
    5,
    'The invasion goes on: the Chinese column stalled at Muong Khuong yesterday, the fronts of the 17th within three days: hostilities',
  ],
  [
    '1979-03-04T12:00:00Z',
    5,
    'Vietnamese counter-attacks at Cao Bang (2 March) and the capture of Lang Son yesterday: heavy armed action in several places within three days, no ceasefire',
  ],
  [
    '1979-03-07T12:00:00Z',
    4,
    'China announced its withdrawal two days ago, unilaterally (no ceasefire); the last armed acts recorded, Cao Bang and Lang Son, are four days old: armed action within the week, none within three days',
  ],
  [
    '1979-03-11T12:00:00Z',
    5,
    'Chinese soldiers killed 43 women and children at Tong Chup (Cao Bang) two days ago, by Vietnam’s account, during the withdrawal: tens killed within three days and no ceasefire in force',
  ],
  [
    '1979-03-13T12:00:00Z',
    4,
    'Four days after Tong Chup, the withdrawal still under way and no ceasefire agreed: armed action within the week',
  ],
  [
    '1979-03-17T12:00:00Z',
    3,
    'China completed its withdrawal yesterday; the last armed act (Tong Chup) is eight days old; no ceasefire, but none needed to fall: armed action within the month, not within the week. The war’s toll (tens of thousands) counts the same fighting, not new fighting',
  ],
  // ----- April 1979: the notes and the talks -----
  [
    '1979-04-05T12:00:00Z',
    3,
    "Hanoi accused China on 1 April of paving the road for 'another criminal aggression' and China charged Hanoi with lies; the last armed act (9 March) is within the month: coercive",
  ],
  [
    '1979-04-25T12:00:00Z',
    2,
    'Vice-ministerial talks in Hanoi since mid-April, Vietnam having dropped its precondition; the last armed act is over a month old and the accusations of 1 April over two weeks: strained, talks under way',
  ],
  // ----- 1984 – 85: the border war -----
  [
    '1984-04-04T12:00:00Z',
    5,
    "China's heaviest bombardment since 1979 since the 2nd, in Lang Son, Cao Bang, Ha Tuyen and Hoang Lien Son: heavy armed action in several places within three days, no ceasefire",
  ],
  [
    '1984-04-30T12:00:00Z',
    4,
    'The PLA attacked the Lao Son heights at Vi Xuyen two days ago: armed action at one place, no toll recorded for it, within the week; the bombardments of the 2nd and 6th are older than three days: militarised',
  ],
  [
    '1984-07-13T12:00:00Z',
    5,
    "Vietnam's counter-offensive MB84 at Vi Xuyen last night, more than 600 Vietnamese soldiers killed: hundreds killed within three days, no ceasefire",
  ],
  [
    '1984-07-16T12:00:00Z',
    4,
    'Four days after the first night of MB84: armed action within the week, none recorded in the last three days',
  ],
  [
    '1985-01-18T12:00:00Z',
    4,
    "A third day of fighting at Laoshan (Vi Xuyen) on the 16th, each side claiming to have repulsed the other, no toll counted; Vietnam's call for a ceasefire is not a ceasefire: armed action within the week at one place",
  ],
];

describe('escalation model v2 on China – Vietnam, 1978–85 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // Vietnam's war in Cambodia (25 December 1978, Phnom Penh 7 January 1979) is a war on a third party: it is no reason
  // given for the pair's level on any call date.
  it("Vietnam's war in Cambodia is never a reason for the pair's level", () => {
    const cambodia = definition.events
      .filter(
        (e) =>
          e.type === 'IncidentReported' &&
          (e.data.against === 'democratic-kampuchea' || e.data.perpetrator === 'democratic-kampuchea'),
      )
      .map((e) => e.eventId);
    expect(cambodia).toHaveLength(2);
    expect(reasonsCiting(escalation, CALLS, cambodia)).toEqual([]);
  });
});
