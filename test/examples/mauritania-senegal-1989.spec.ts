/**
 * Escalation model v2 on a case it was never tuned on: Mauritania and Senegal from the shooting at Diawara (9 April
 * 1989) to the reopening of their border (2 May 1992) and the calm after (mauritania-senegal-1989.ts, a test fixture).
 * What it holds the model to that the other cases did not: riots and killings in both capitals with hundreds dead that
 * are the work of mobs, not of either party's forces (no armed action: the coercion is the governments' own acts — a
 * border guards' shooting, a warning, mass expulsions, talk of war); a break of relations with a border closed for
 * nearly three years, a lasting condition on line 3 through mediation, failed talks and an agreement signed but not yet
 * carried out; a few days of fighting between the two armies at one place, with a toll short of tens; and the
 * reopening of the border, after which the level may read 1 only once a month has passed with the border open. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * Eighteen are in CALLS, which the model must agree with; one is in LEFT, kept as written.
 *
 * The first run missed two of the nineteen calls. Neither was a rule misread; the model is unchanged.
 * - 27 April 1989, called 3, read 2: the call was wrong by §5b (revised, see its comment): a show of force and an
 *   accusation are not on the coercive line, and the Diawara shooting was older than two weeks.
 * - 10 August 1989, called 2, read 1: left as the model reads it (LEFT): the log holds no act between the two for six
 *   weeks and an agreement (the repatriation) applied as agreed. The fixture gained the Monitor's report of the
 *   expulsions going on (27 June), which an analyst would have recorded anyway; it does not change that reading.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
  reasonsCiting,
} from './case-log';
import definition from './mauritania-senegal-1989';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Mauritania – Senegal: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- April – June 1989: Diawara, the riots, the expulsions, the talk of war -----
  [
    '1989-04-12T12:00:00Z',
    3,
    'Mauritanian border guards shot two Senegalese villagers dead off Diawara three days ago and took thirteen hostage: force by one party on the other’s nationals, blamed on Mauritania — coercion, not fire between the two forces',
  ],
  // Revised after the first run (b): written as 3 ("troops reinforced along the river, Senegal's accusation: coercive").
  // §5b's coercive line lists armed action within the month and, within two weeks, ultimatums, threats of war, collapsed
  // talks or attacks blamed on the other party. A show of force is none of these, the Diawara shooting is eighteen days
  // old (beyond the two weeks) and Sonko's "enough is enough" is an accusation: strained.
  [
    '1989-04-27T12:00:00Z',
    2,
    'Both countries have reinforced their troops along the river in the last days while mobs attack each other’s nationals; Senegal’s "enough is enough" ten days ago is an accusation, and the Diawara shooting is eighteen days old: no armed action, threat of war or attack within two weeks — strained',
  ],
  [
    '1989-05-01T12:00:00Z',
    3,
    'Tens killed by mobs in Dakar and hundreds in Nouakchott — not the parties’ forces, so not armed action; but Senegal warned on Friday it reserves the right to retaliate, and Mauritania has begun expelling black Mauritanians and Senegalese across the river: coercive, though the two agreed to repatriate each other’s nationals',
  ],
  [
    '1989-05-07T12:00:00Z',
    3,
    'Mauritania’s expulsions across the river go on; Senegal’s warning of retaliation is nine days old: coercive',
  ],
  [
    '1989-06-04T12:00:00Z',
    3,
    'Mauritania’s interior minister said a few days ago his country is prepared for war if Senegal starts it, the armies poised on opposite banks; the Bamako meetings have brought no progress: a threat of war within two weeks',
  ],
  // ----- August 1989 – 1990: the break, the closed border, Kanel -----
  [
    '1989-08-25T12:00:00Z',
    3,
    'Relations broken four days ago after Mauritania expelled Senegal’s ambassador, and the border is closed against each other: coercive, a lasting condition',
  ],
  [
    '1989-09-15T12:00:00Z',
    3,
    'Mubarak visited both capitals last week for the OAU, but the border stays closed and relations broken: coercive',
  ],
  [
    '1989-12-29T12:00:00Z',
    4,
    'The two armies have been fighting at Kanel since yesterday, after Mauritanian grenade fire killed two Senegalese soldiers there on the 27th: armed action at one place, a toll short of tens, no ceasefire: militarised',
  ],
  [
    '1990-01-02T12:00:00Z',
    4,
    'Two days after the last day of fighting at Kanel: armed action within the week, no ceasefire agreed: militarised',
  ],
  [
    '1990-01-04T12:00:00Z',
    4,
    'Four days after the fighting at Kanel ended, with no ceasefire: armed action within the week',
  ],
  [
    '1990-01-08T12:00:00Z',
    3,
    'Eight days after the last fighting: armed action within the month, none in the last week; Dakar complains of Mauritania’s repeated provocations and the border stays closed',
  ],
  [
    '1990-03-01T12:00:00Z',
    3,
    'Two months since Kanel and the Cairo meeting under Mubarak brought no settlement; the border is still closed against each other: coercive by the lasting condition',
  ],
  [
    '1990-12-15T12:00:00Z',
    3,
    'Nouakchott says Senegal backed the coup attempt it announced last month; the border is still closed: coercive',
  ],
  // ----- July 1991 – 1992: the agreement, relations restored, the border reopened -----
  [
    '1991-08-01T12:00:00Z',
    3,
    'The two signed an agreement two weeks ago to reopen the border and end the skirmishes, but the border is still closed: coercive while it lasts',
  ],
  [
    '1992-04-25T12:00:00Z',
    3,
    'Relations restored two days ago, the land border to open "at a later date": still closed against each other, so coercive',
  ],
  [
    '1992-05-04T12:00:00Z',
    2,
    'The border reopened two days ago and relations are restored; nothing hostile between them, but the border was closed within the last month, so not yet cooperative: strained',
  ],
  [
    '1992-06-10T12:00:00Z',
    1,
    'Five weeks with the border open, relations restored and the agreement being carried out; no hostile act or threat between the two for well over a month: cooperative',
  ],
  [
    '1992-12-01T12:00:00Z',
    1,
    'Seven months of open border and restored relations, nothing hostile between the two: cooperative',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 10 August 1989: the analyst sees relations at their worst short of a break — ambassador recalled, the armies poised
 *   on the two banks, black Mauritanians still being pushed across the river — and calls strained. The log holds no act
 *   between the two from the Monitor's report of the expulsions (27 June) to the expulsion of Senegal's ambassador (20
 *   August): no dated source of July or early August was found, and the armies' posture of late May is a report, not a
 *   lasting condition the catalogue keeps. What the log does hold is the repatriation agreed by Diouf and Taya on 28
 *   April, with no status recorded — agreed and applied as agreed — so §5b's first line holds on the record: an
 *   agreement being implemented and no hostile act or threat for a month. A dated report of the expulsions or of fire
 *   on the river in July, once found, belongs in the fixture.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1989-08-10T12:00:00Z',
      2,
      'Ten weeks since the last threat and six since the last report of expulsions; no armed action ever between the two, no border closed yet; relations are bad (ambassador recalled) and the OAU committee has been formed: strained',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

describe('escalation model v2 on Mauritania – Senegal, 1989–92 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The riots were the work of mobs: their tolls are recorded with no perpetrator, and no level may rest on them as a
  // party's act (armed action, force) — only the governments' own acts count.
  it('no reason for the level on a call date is the mobs’ killings as armed action', () => {
    const tolls = definition.events.filter((e) => e.type === 'IncidentReported' && e.data.kind === 'casualty-report');
    expect(tolls.length).toBe(2);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        tolls.map((e) => e.eventId),
        (r) => r.rule === 'armed-action',
      ),
    ).toEqual([]);
  });

  // The pair of actors matters (§5b): the airlift of France and Morocco and the Twelve's support are third parties'
  // acts; none of them makes the level.
  it("no reason for the level is a third party's act", () => {
    const outsiders = definition.events.filter(
      (e) => e.type === 'ActorRegistered' || e.type === 'ThirdPartyEngagement',
    );
    expect(outsiders.length).toBeGreaterThan(0);
    expect(
      reasonsCiting(
        escalation,
        [...CALLS, ...LEFT.map((l) => l.call)],
        outsiders.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
