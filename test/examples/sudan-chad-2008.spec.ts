/**
 * Escalation model v2 on a case it was never tuned on: Sudan and Chad from the rebel assault on N'Djamena (February
 * 2008) to the joint border force and the border reopened (April – May 2010) (sudan-chad-2008.ts, a test fixture).
 * What it holds the model to that the other cases did not: a proxy war between two states — each side's rebels
 * attack the other's capital and are blamed on the other government (coercion, however many die: Am Dam's 247 dead
 * are the UFR's battle with Chad's army) — beside a few acts of the states' own forces on each other's territory
 * (Chad's account of Sudanese aircraft at Adré, Sudan's of Chadian helicopters and aircraft in West Darfur: armed
 * action); agreements signed and broken (Dakar, Tripoli, Doha) while Chad's border stays closed against Sudan, and
 * one finally implemented (the N'Djamena accord: a joint force, the border reopened). Every call is for the pair
 * Sudan – Chad. The calls below were written from DOMAIN.md §5b alone (with the lead's two settled readings: a border
 * closed against the other party on any day of the last month keeps the level from 1; places are counted as
 * recorded), before the model was run on the case, each with its reason; the model must agree with every one.
 *
 * The first run missed none of the twenty calls, and the model is unchanged. Read day by day, the model puts the pair at
 * 1 from 10 May 2010 — a month after Chad reopened the border, the N'Djamena accord in force — and on one day before:
 * 9 May 2008, the eve of JEM's attack on Omdurman, when the record holds nothing hostile between the two for a month
 * (the last, Chad's warning of 9 April) and the Dakar Agreement stands as signed. An analyst would not call that day
 * cooperative (both had accused the other of breaking Dakar within weeks, and its monitoring force never deployed), but
 * the log cannot say so: no party suspended the agreement, and no act of the month was found to record. No call is
 * on that day.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition, { SUDAN_CHAD_IDS } from './sudan-chad-2008';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Sudan – Chad: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2008-02-03T20:00:00Z',
    4,
    "Chad says Sudanese helicopters and Antonov bombers backed the rebels at Adré today (armed action by Sudan's forces on Chad's territory, one side's claim, graded 3: it counts); one place and no toll: not heavy; no ceasefire. The assault on N'Djamena is the rebels', blamed on Sudan",
  ],
  ['2008-02-08T12:00:00Z', 4, 'Armed action at Adré five days ago, no ceasefire between the two'],
  [
    '2008-02-20T12:00:00Z',
    3,
    "Armed action within the month (Adré, 3 February), none in the last week; Chad's accusations stand",
  ],
  [
    '2008-03-14T12:00:00Z',
    3,
    'The Dakar Agreement was signed yesterday, but Chad blamed Sudan for the rebel columns at Moudeina on the 12th: an attack blamed on the other party within two weeks',
  ],
  [
    '2008-04-03T12:00:00Z',
    4,
    "Sudan says Chadian helicopters fired rockets at its positions near Beida yesterday (armed action by Chad's forces on Sudan's territory, graded 3); the rebels' attack on Adé two days ago blamed on Sudan; no ceasefire",
  ],
  [
    '2008-04-12T12:00:00Z',
    3,
    "Armed action ten days ago (Beida); Chad's defence minister warned three days ago of Sudanese-backed attacks; Adé blamed on Sudan within two weeks",
  ],
  [
    '2008-05-11T20:00:00Z',
    3,
    "JEM's attack on Omdurman yesterday, blamed on Chad; Sudan breaks off relations today and reserves the right to retaliate: coercion. No armed action between the two armies for over a month",
  ],
  [
    '2008-06-16T12:00:00Z',
    3,
    "Chad's border closed against Sudan since 12 May; the rebel offensive on Goz Beida (14 June) blamed on Sudan",
  ],
  [
    '2008-11-10T12:00:00Z',
    3,
    'Ambassadors exchanged yesterday and the Tripoli understanding of October, but the border Chad closed in May stays closed against Sudan',
  ],
  [
    '2009-03-01T12:00:00Z',
    3,
    'Nothing hostile recorded for months, relations restored, the Contact Group at work — but the border stays closed against Sudan',
  ],
  [
    '2009-05-04T12:00:00Z',
    3,
    'The Doha agreement was signed yesterday (refrain from force, implement past accords); the border is still closed',
  ],
  [
    '2009-05-16T12:00:00Z',
    4,
    "Chad's aircraft bombed Jebel Sindo inside West Darfur yesterday (armed action by Chad's forces on Sudan's territory; Sudan calls it an act of war): one place, no toll, not heavy. Am Dam's 247 dead are the UFR's battle with Chad's army, blamed on Sudan: coercion. Doha is an agreement, not a ceasefire",
  ],
  ['2009-05-25T12:00:00Z', 3, 'Armed action ten days ago (Jebel Sindo), none in the last week; the border closed'],
  [
    '2009-07-17T12:00:00Z',
    4,
    "Sudan says two Chadian planes raided Umm Dukhun in West Darfur yesterday (graded 3: it counts); the Sudanese army awaits 'the green light for retaliation'; no ceasefire",
  ],
  [
    '2009-07-28T12:00:00Z',
    3,
    "Armed action twelve days ago (Umm Dukhun); Sudan's complaint to the Security Council within two weeks; the border closed",
  ],
  [
    '2010-01-16T12:00:00Z',
    3,
    'The N’Djamena accord was signed yesterday (normalisation, a joint border force), but the border stays closed against Sudan',
  ],
  [
    '2010-02-09T12:00:00Z',
    3,
    'Déby in Khartoum for the first time since 2004, sealing the accord — the border Chad closed in May 2008 is still closed',
  ],
  [
    '2010-04-12T12:00:00Z',
    2,
    'The border reopened two days ago; it was closed against Sudan within the last month, so not cooperative yet; nothing hostile since July 2009; the accord is being implemented',
  ],
  [
    '2010-05-05T12:00:00Z',
    2,
    'The border was closed until 25 days ago (within the month); no hostile act or threat since July 2009',
  ],
  [
    '2010-05-20T12:00:00Z',
    1,
    "The N'Djamena accord is being implemented (the joint force operating from El Geneina, the border open since 10 April, more than a month); Chad turned JEM's leader away yesterday; no hostile act or threat between the two since July 2009",
  ],
];

describe('escalation model v2 on Sudan – Chad, 2008–10 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // A proxy war is coercion (§5b): the rebels' offensives — the assault on N'Djamena, Moudeina, Adé, Goz Beida, Am Dam —
  // and JEM's attack on Omdurman are third parties' acts, blamed on the other state; however many die in them, they are
  // never the pair's armed action.
  it("no armed-action reason for the pair is a rebel offensive, however deadly (Am Dam's 247 dead)", () => {
    const rebels = Object.values(SUDAN_CHAD_IDS);
    const cited = reasonsCiting(escalation, CALLS, rebels, (r) => r.rule === 'armed-action');
    expect(cited).toEqual([]);
  });
});
