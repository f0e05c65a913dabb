/**
 * Escalation model v2 on a case it was never tuned on: Türkiye and Syria from the Öcalan crisis of autumn 1998 to the
 * thaw of 2004 (turkey-syria-1998.ts, a test fixture). What it holds the model to that the other cases did not: a
 * crisis brought to the brink of war by threats and troop movements alone, with no shot fired between the two; two
 * mediators shuttling between the capitals; a demand met within days of the ultimatum (Öcalan's departure); an
 * agreement signed under threat and carried out for years; and the month without a hostile act or a threat after it.
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * All eighteen are in CALLS, which the model must agree with; none is left.
 *
 * The first run missed one of the eighteen calls. No rule was misread; the model is unchanged.
 * - 1 November 1998, called 3, read 2: the recording was wrong (fixed in the fixture, see its header). Demirel's
 *   words in Hatay on 19 October ("we are now trying out the last [peaceful way] ... no one should test Turkey's
 *   power") had been recorded as a `threat`, not a `military-threat`, so the last threat of war the log held was
 *   Yılmaz's of 9 October. They threaten force if the Adana talks fail, as his speeches of 1 and 5 October (recorded
 *   `military-threat`) did, and as the call's own reason read them; an analyst codes them so. With the recording
 *   mended the model reads 3 on 1 November (13 days after the threat) and 2 from 2 November, as the calls say. The
 *   call was not changed.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction, reasonsCiting } from './case-log';
import definition from './turkey-syria-1998';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Türkiye – Syria: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- September 1998: the demand -----
  [
    '1998-09-20T12:00:00Z',
    2,
    'The land forces commander called on Damascus four days ago to expel Öcalan and the PKK: a demand and a warning, but no threat of force, no ultimatum and no armed action is recorded; no agreement between them is being carried out: strained',
  ],
  [
    '1998-09-30T12:00:00Z',
    2,
    'A fortnight after the commander’s demand, nothing harder has been said or done between the two: strained',
  ],
  // ----- 1–20 October: threats, troops, the shuttle, the ultimatum -----
  [
    '1998-10-02T12:00:00Z',
    3,
    'Demirel told parliament yesterday that Türkiye reserves the right to retaliate against Syria and its patience is nearing an end: a threat of war within two weeks, no armed action: coercive',
  ],
  [
    '1998-10-05T12:00:00Z',
    3,
    'The chief of staff speaks of an "undeclared war", Turkish jets buzz the border and troops gather there, Mubarak was in Damascus yesterday: threats of war within two weeks, no shot fired between the two: coercive, not militarised',
  ],
  [
    '1998-10-07T12:00:00Z',
    3,
    'Yılmaz’s "last warning" yesterday (an ultimatum, no deadline), leave cancelled for the frontier troops, Mubarak between Ankara and Damascus: an ultimatum and threats of war in force, no armed action: coercive',
  ],
  [
    '1998-10-10T12:00:00Z',
    3,
    'Öcalan has been made to leave Syria, Kharrazi is in Ankara, but Yılmaz said yesterday that Türkiye will "step forward" and the ultimatum awaits its answer: coercive',
  ],
  [
    '1998-10-16T12:00:00Z',
    3,
    'Syria’s answer brought by Moussa and the Adana meeting set for the 19th; the ultimatum still unanswered and Yılmaz’s threat a week old: coercive',
  ],
  [
    '1998-10-19T18:00:00Z',
    3,
    'The Adana security meeting opened today, while Demirel in Hatay calls it Syria’s "last chance" and warns that no one should test Türkiye’s power; Sezgin’s "all necessary measures" yesterday: coercive',
  ],
  // ----- 20 October 1998: Adana -----
  [
    '1998-10-20T18:00:00Z',
    3,
    'The Adana text is signed and the ultimatum complied with today, but Türkiye threatened force yesterday and the day before: threats of war within two weeks keep it coercive',
  ],
  [
    '1998-11-01T12:00:00Z',
    3,
    'Thirteen and a half days after Demirel’s last threat (19 October): within the two weeks, so still coercive though the agreement is being carried out',
  ],
  [
    '1998-11-05T12:00:00Z',
    2,
    'Seventeen days after the last threat, sixteen since the ultimatum was complied with: no coercion within two weeks, the Adana agreement is being carried out, but a threat and the ultimatum fall within the month: strained',
  ],
  [
    '1998-11-15T12:00:00Z',
    2,
    'Twenty-seven days after the last threat and twenty-six since the ultimatum was in force: the month without a hostile act or threat has not yet passed: strained',
  ],
  [
    '1998-11-22T12:00:00Z',
    1,
    'The Adana agreement is being carried out (Öcalan gone, the PKK banned); a month and more without a hostile act or threat between the two, the ultimatum settled 33 days ago: cooperative',
  ],
  // ----- 1999–2004: implementation and the thaw -----
  [
    '1999-02-17T12:00:00Z',
    1,
    'Öcalan was seized in Kenya two days ago: Türkiye against the PKK, in a third country, not an act between the pair; the Adana agreement is being carried out and nothing hostile between Türkiye and Syria since October: cooperative',
  ],
  [
    '2001-08-03T12:00:00Z',
    1,
    'Deputy foreign ministers drafted a friendship and cooperation document yesterday; the Adana agreement still carried out, nothing hostile for almost three years: cooperative',
  ],
  [
    '2003-12-20T12:00:00Z',
    1,
    'Syria handed over the Istanbul bombing suspects and signed a security memorandum three days ago: agreements being carried out, nothing hostile: cooperative',
  ],
  [
    '2004-01-07T12:00:00Z',
    1,
    'Bashar al-Assad’s visit, the first of a Syrian head of state to Türkiye: "from distrust to trust"; agreements being carried out, nothing hostile: cooperative',
  ],
  [
    '2004-12-23T12:00:00Z',
    1,
    'The free-trade agreement signed in Damascus yesterday; the security agreements carried out for six years: cooperative',
  ],
];

describe('escalation model v2 on Türkiye – Syria, 1998–2004 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No shot was fired between Turkish and Syrian forces: the jets on the border and the troops massed there are
  // force posture, and the capture of Öcalan in Kenya is Türkiye's act against the PKK.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the PKK, Israel and the United States are third parties; Öcalan's word that he
  // has left Syria and Israel's denial are theirs, and nothing of theirs makes the level.
  it("no reason for the level is a third party's act or registration", () => {
    const thirdParties = new Set(['pkk', 'israel', 'united-states']);
    const theirs = definition.events.filter(
      (e) =>
        (e.type === 'ActorRegistered' && thirdParties.has(e.data.actor.id)) ||
        (e.type === 'StatementMade' && thirdParties.has(e.data.speaker.actorId)) ||
        (e.type === 'ThirdPartyEngagement' && thirdParties.has(e.data.actorId)),
    );
    expect(theirs.length).toBeGreaterThan(0);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        theirs.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
