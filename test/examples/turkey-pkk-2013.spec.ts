/**
 * Escalation model v2 on a case it was never tuned on: the Solution Process between Türkiye and the PKK, 2013–2015
 * (turkey-pkk-2013.ts, a test fixture). What it holds the model to that the other cases did not: a long ceasefire
 * between a state and an armed group, with a declared peace process and no signed agreement (never cooperative: no
 * agreement is being implemented); a withdrawal begun and halted with the ceasefire kept; street violence in the
 * cities (the Kobani protests) that is not the pair's armed action; a third party's bombing (ISIS at Suruç) that
 * sets off the collapse; and the collapse from a ceasefire into heavy fighting within days. Every call is for the
 * pair Türkiye – PKK. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case,
 * each with its reason; the model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './turkey-pkk-2013';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Türkiye – PKK: [at, level, why]. One was revised after the run: on 11 August 2015 the call
 * was 5 ("a day of fighting in two districts of a war resumed, no ceasefire, talks broken off"), the model read 4. The
 * call's own facts are two places (Silopi, Beytüşşebap; the helicopters' answer was at the second) and five killed:
 * by §5b that is neither "several places" nor "tens killed", and "a war resumed" is not a line of §5b — the heavy
 * fighting before it (the strikes of 24–25 July) is over a fortnight old. The fighting of those weeks was heavier than
 * the two dated reports this record holds for the day; an analyst who records more of it (more places, the tolls of
 * the army's strikes) reads 5 from the log, not from the call.
 */
const CALLS: readonly Call[] = [
  [
    '2013-01-10T12:00:00Z',
    2,
    'The talks with Öcalan are public and deputies have visited him on İmralı; the BDP asks for a halt to operations, but no armed action between the pair is recorded in the last month, and no threat or ultimatum',
  ],
  [
    '2013-03-26T12:00:00Z',
    2,
    "The PKK's ceasefire, declared three days ago at Öcalan's Newroz call, holds and the talks go on; no agreement has been signed or published, so nothing is being implemented: not cooperative",
  ],
  [
    '2013-06-15T12:00:00Z',
    2,
    "The PKK's withdrawal to northern Iraq is under way since 8 May and the ceasefire holds, but it follows Öcalan's unpublished roadmap, not an agreement; the PKK complains of drones and troop movements",
  ],
  [
    '2013-09-12T12:00:00Z',
    2,
    'The PKK halted its withdrawal three days ago, accusing the government of not keeping its side, but keeps the ceasefire: accusations while a ceasefire holds, no armed action, no ultimatum',
  ],
  [
    '2014-10-09T12:00:00Z',
    2,
    "The Kobani protests of 6–8 October killed at least 14 in Turkey's cities, in fights between protesters, police and rival groups: street violence, not armed action between the army and the PKK; the ceasefire holds",
  ],
  [
    '2014-10-14T12:00:00Z',
    4,
    "Turkish jets struck the PKK at Dağlıca last night and helicopters near Geyiksuyu, after the PKK's attacks on the Dağlıca post: armed action between the pair, the first since the ceasefire; the PKK calls it a breach but reports no casualties, and the ceasefire stands: not hostilities",
  ],
  [
    '2014-10-22T12:00:00Z',
    3,
    'The strikes at Dağlıca are nine days old: armed action within the month, none in the last week',
  ],
  [
    '2014-10-27T12:00:00Z',
    4,
    'Three soldiers shot dead in Yüksekova two days ago, blamed by the army on the PKK: armed action in the last week, one place and three killed',
  ],
  [
    '2014-11-02T18:00:00Z',
    3,
    'The Yüksekova killings are eight days old: armed action within the month, none in the last week',
  ],
  [
    '2015-03-03T12:00:00Z',
    2,
    "Öcalan's ten points were read three days ago at Dolmabahçe beside two ministers, who welcomed them: a step in the talks, not an agreement being implemented; the ceasefire holds, the last armed action four months old",
  ],
  [
    '2015-04-01T12:00:00Z',
    2,
    'Erdoğan distances himself from the process (23 March: no step until the PKK disarms): critical rhetoric; the ceasefire and the talks hold',
  ],
  [
    '2015-04-13T12:00:00Z',
    4,
    'The clash at Diyadin two days ago (five PKK fighters killed, four soldiers wounded, by the General Staff): armed action in the last week, one place',
  ],
  ['2015-04-15T12:00:00Z', 4, 'The Diyadin clash is four days old: armed action in the last week'],
  [
    '2015-04-19T12:00:00Z',
    3,
    'The Diyadin clash is eight days old: armed action within the month, none in the last week',
  ],
  [
    '2015-06-20T12:00:00Z',
    2,
    'After the elections of 7 June; the last armed action (Diyadin) over two months old; the ceasefire holds',
  ],
  [
    '2015-07-21T12:00:00Z',
    4,
    "ISIS's bombing at Suruç yesterday (32 killed) is a third party's; but the PKK killed a soldier in Adıyaman the same day (as Türkiye alleges): armed action between the pair in the last week; the ceasefire still stands",
  ],
  [
    '2015-07-25T18:00:00Z',
    5,
    "Türkiye's jets struck the PKK's camps in the Badinan region, Qandil and Khakurk overnight, three days after the PKK's killing of two police officers in Ceylanpınar; the PKK declares the ceasefire meaningless: heavy armed action in several places, no ceasefire",
  ],
  [
    '2015-07-27T12:00:00Z',
    5,
    'The air strikes of 24–25 July in several places and a car bomb that killed two soldiers in Lice yesterday; the ceasefire is over',
  ],
  [
    '2015-09-07T12:00:00Z',
    5,
    "Sixteen soldiers killed at Dağlıca yesterday (31 by the PKK's claim) and 23 targets bombed overnight: tens killed, no ceasefire",
  ],
  [
    '2015-09-09T12:00:00Z',
    5,
    'Twelve to fourteen police officers killed by a bomb in Iğdır yesterday, more than 40 warplanes over northern Iraq overnight, Dağlıca three days ago: heavy armed action, no ceasefire',
  ],
  // Written from §5b after the first run (which read all twenty above as called), before the model was run on these dates.
  [
    '2014-12-27T12:00:00Z',
    2,
    'The government and the HDP announced a new phase of the talks five days ago; the last armed action (Yüksekova) two months old; the ceasefire holds',
  ],
  [
    '2015-08-11T12:00:00Z',
    4,
    // Called 5 before the run; revised after it: see the note on CALLS.
    'A land mine killed four police officers in Silopi yesterday and the PKK fired on an army helicopter in Beytüşşebap (one killed), which Cobra helicopters answered: armed action in two places, five killed — neither several places nor tens killed; no ceasefire, talks broken off',
  ],
  [
    '2015-09-15T12:00:00Z',
    4,
    'Three police officers killed in two attacks two days ago and the Cizre curfew restored; the heavy fighting of Dağlıca and Iğdır is a week old: armed action in the last week, not heavy in the last three days',
  ],
  [
    '2015-09-27T12:00:00Z',
    4,
    'A sergeant shot dead in Silvan four days ago, soldiers killed in Hakkari ten days ago: armed action in the last week, no ceasefire',
  ],
];

describe('escalation model v2 on Türkiye – PKK, 2013–2015 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The pair of actors matters (§5b): the Kobani protests (street violence with no perpetrator of the pair) and ISIS's
  // bombing at Suruç are never a reason for the Türkiye – PKK level, though the fighting that followed Suruç is.
  it("no reason for the pair's level is the Kobani protests or the Suruç bombing", () => {
    const PARTIES = ['turkiye', 'pkk'];
    const outside = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const theirs =
          e.type === 'IncidentReported' && !PARTIES.includes(d.perpetrator as string) && d.blamedOn === undefined;
        return theirs ? [e.eventId] : [];
      }),
    );
    expect(outside.size).toBe(2);
    const cited = reasonsCiting(escalation, CALLS, outside);
    expect(cited).toEqual([]);
  });
});
