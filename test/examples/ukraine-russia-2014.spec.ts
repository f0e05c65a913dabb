/**
 * Escalation model v2 on a case it was never tuned on: Ukraine – Russia, July
 * 2014 – October 2015, the war in Donbas and the Minsk agreements
 * (ukraine-russia-2014.ts, a test fixture). What it holds the model to that
 * the other cases did not: a war fought largely through proxies, with one
 * party's forces acting at times. Every call is for the pair Ukraine – Russia.
 * The separatists' acts are a third party's; they weigh on the pair as
 * coercion where Ukraine blames Russia for them, and as armed action only
 * where a source reports Russia's own forces acting (Novoazovsk, Ilovaisk;
 * Ukraine's claims on Mariupol and Marinka, graded 3). Two ceasefires signed
 * by the pair and broken at once, heavy fighting after a ceasefire that is the
 * separatists' (Debaltseve), and a package of measures never fully
 * implemented. The calls below were written from DOMAIN.md §5b alone, before
 * the model was run on the case, each with its reason; the model must agree
 * with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './ukraine-russia-2014';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Ukraine – Russia: [at, level, why]. One was revised after the first run of the model: on 18
 * July 2014 the call was 3 ("a show of force, a threat within two weeks"), the model read 2. §5b's coercive line lists
 * ultimatums, threats of war, collapsed talks, attacks blamed on the other party and a closed border; a grouping of
 * troops at the border and a convoy crossing it without a shot is none of them — a force posture, not armed action and
 * not a threat of war — and the other cases read it so (Azerbaijan's troops in Armenia in May 2021, China's patrols
 * off Zambales, Turkey's escorted survey ship): strained. The call stretched "threats of war" to cover it.
 */
const CALLS: readonly Call[] = [
  [
    '2014-07-18T12:00:00Z',
    2,
    // Called 3 before the run; revised after it: see the note on CALLS.
    "MH17 was downed yesterday over separatist-held ground, 298 killed: the separatists' act, and Ukraine blames them, not Russia, in the record; what weighs on the pair is Ukraine's report five days ago of a Russian military grouping at the border and a convoy breaking through it — a show of force, not armed action or a threat of war",
  ],
  [
    '2014-08-28T12:00:00Z',
    4,
    'Russian troops took Novoazovsk yesterday (the NSDC; NATO counts over 1,000 Russian troops fighting in Ukraine): armed action by Russia on Ukrainian territory, in one place, no toll reported — not yet heavy; no ceasefire',
  ],
  [
    '2014-08-30T12:00:00Z',
    5,
    'Russian units shelled the Ukrainian columns leaving Ilovaisk yesterday, in a battle that cost 366 Ukrainian soldiers, three days after Novoazovsk: heavy armed action (tens killed, two places) and no ceasefire',
  ],
  [
    '2014-09-02T12:00:00Z',
    4,
    "Armed action by Russia's forces four days ago (Ilovaisk); the Contact Group met yesterday without result; no ceasefire",
  ],
  [
    '2014-09-09T12:00:00Z',
    3,
    "The Minsk Protocol's ceasefire, agreed after Ilovaisk, has held between the two for nearly four days; Russia's armed action eleven days ago is within the month",
  ],
  [
    '2014-10-05T12:00:00Z',
    3,
    "The separatists' attack on Donetsk airport six days ago (16 soldiers killed) in breach of the ceasefire, which Kyiv lays on Russia's heavy weapons: an attack blamed on the other party within two weeks",
  ],
  [
    '2014-11-05T12:00:00Z',
    2,
    "Poroshenko calls the separatists' elections a farce encouraged by Moscow two days ago: an accusation; the Protocol's ceasefire stands, nothing blamed on Russia for five weeks, Russia's last armed action over two months old",
  ],
  [
    '2015-01-22T12:00:00Z',
    3,
    "Donetsk airport fell to the separatists yesterday, Kyiv calling them Russian forces: an attack blamed on Russia, not Russia's own armed action in the record",
  ],
  [
    '2015-01-25T12:00:00Z',
    5,
    'Rockets killed 30 in Mariupol yesterday; Ukraine says the Russian military was responsible with the rebels (its claim, graded 3: it counts); the Protocol ceasefire collapsed the day before: heavy armed action (tens killed), no ceasefire in force',
  ],
  ['2015-01-28T12:00:00Z', 4, 'Armed action four days ago (Mariupol), more than three days old; no ceasefire'],
  ['2015-02-01T12:00:00Z', 3, 'Armed action eight days ago (Mariupol), within the month, none in the last week'],
  [
    '2015-02-13T12:00:00Z',
    3,
    'The package of measures was signed yesterday, its ceasefire not yet in effect (from the 15th); Mariupol is within the month',
  ],
  [
    '2015-02-18T12:00:00Z',
    3,
    "The separatists' assault on Debaltseve after the Minsk II ceasefire is theirs (no source here puts Russian units in it); Poroshenko blames Russia for it today and Putin called on the troops to surrender yesterday; Mariupol is within the month",
  ],
  [
    '2015-02-28T12:00:00Z',
    3,
    'Mariupol is over a month old, but Poroshenko blamed Russia for Debaltseve ten days ago: an attack blamed on the other party within two weeks',
  ],
  [
    '2015-03-10T12:00:00Z',
    2,
    "The Minsk II ceasefire holds between the pair and the OSCE follows the heavy weapons pulled back; Russia's last armed action (Mariupol) is six weeks old, its blame for Debaltseve three weeks: not yet a month without a hostile act or threat",
  ],
  [
    '2015-06-05T12:00:00Z',
    4,
    'Ukraine says the Russian military took part in the assault on Marinka two days ago (its claim, graded 3): armed action within the week, in breach of the Minsk II ceasefire, which is still in force — militarised, not hostilities',
  ],
  ['2015-06-12T12:00:00Z', 3, 'Armed action nine days ago (Marinka), within the month; none in the last week'],
  [
    '2015-09-04T12:00:00Z',
    1,
    "The package of measures is being implemented: the 'school ceasefire' holds (the OSCE sees few violations, all at Donetsk airport, between Ukraine's forces and the separatists); nothing hostile between Ukraine and Russia since Marinka in June",
  ],
  [
    '2015-10-05T12:00:00Z',
    1,
    'The withdrawal of weapons under 100 mm initialled, the Paris summit three days ago moves the elections past 2015 but keeps to the package of measures; no hostile act or threat between the pair for four months',
  ],
];

describe('escalation model v2 on Ukraine – Russia, 2014–2015 (Donbas and Minsk; a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the separatists' acts that Ukraine blamed on no one (MH17), their words, the
  // OSCE's reports and the violations alleged of the separatists are never a reason for the Ukraine – Russia level.
  it("no reason for the pair's level is the separatists' acts blamed on no one, their words, the OSCE's, or violations alleged of them", () => {
    const PARTIES = ['ukraine', 'russia'];
    const blamedByStatement = new Set(
      definition.events.flatMap((e) =>
        e.type === 'StatementMade' && e.data.blames !== undefined ? [e.data.blames.incidentId] : [],
      ),
    );
    const outside = new Set(
      definition.events.flatMap((e) => {
        const theirs =
          (e.type === 'IncidentReported' &&
            !PARTIES.includes(e.data.perpetrator ?? '') &&
            e.data.blamedOn === undefined &&
            !blamedByStatement.has(e.data.incidentId)) ||
          (e.type === 'StatementMade' && !PARTIES.includes(e.data.speaker.actorId)) ||
          (e.type === 'CeasefireViolationReported' && !PARTIES.includes(e.data.against));
        return theirs ? [e.eventId] : [];
      }),
    );
    // MH17; Zakharchenko's threat and the OSCE's two reports; the violations alleged of the DPR at the airport,
    // Debaltseve and Marinka.
    expect(outside.size).toBe(7);
    expect(reasonsCiting(escalation, CALLS, outside)).toEqual([]);
  });
});
