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
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
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
  [
    '1989-04-27T12:00:00Z',
    3,
    'Both countries have reinforced their troops along the river in the last days while mobs attack each other’s nationals; Senegal’s "enough is enough" over the Diawara killings ten days ago: coercive, no armed action between the forces',
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
  [
    '1989-08-10T12:00:00Z',
    2,
    'Ten weeks since the last threat, three months since the expulsions, no armed action ever between the two, no border closed yet; relations are bad (ambassador recalled) and the OAU committee has been formed: strained',
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

describe('escalation model v2 on Mauritania – Senegal, 1989–92 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

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
        CALLS,
        outsiders.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
