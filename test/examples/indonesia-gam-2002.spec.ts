/**
 * Escalation model v2 on a case it was never tuned on: the Government of Indonesia and the Free Aceh Movement (GAM)
 * from the Cessation of Hostilities Agreement of 9 December 2002 to the elections of December 2006
 * (indonesia-gam-2002.ts, a test fixture). What it holds the model to that the other cases did not: a signed cessation of
 * hostilities monitored by a joint committee whose offices are attacked by crowds; an ultimatum, a Joint Council
 * meeting called off and talks in Tokyo that fail, followed the next day by martial law and the largest offensive since
 * East Timor; the arrests of the other side's negotiators; a natural disaster and a unilateral truce broken by fire; a
 * mediated agreement initialled, then signed and implemented in stages (amnesty, weapons handed in, troops withdrawn, the
 * armed wing dissolved); and the fall to 1. The calls below were written from DOMAIN.md §5b alone, before the model was
 * run on the case, each with its reason. Nineteen are in CALLS, which the model must agree with; one is in LEFT, kept as
 * written.
 *
 * The first run missed nine of the twenty calls. None was a rule misread; the model is unchanged.
 * - 5 March, 20 July, 18 August, 25 September and 28 December 2005, 20 March and 30 December 2006 (called 2, 2, 1, 1,
 *   1, 2, 1; all read 3, "ultimatum issued on 2003-05-17 still active"): the recording was wrong (fixed in the
 *   fixture). The fixture's header said Yudhoyono's Tokyo conditions were enforced on 19 May 2003, but the resolution
 *   was never recorded, so the ultimatum stayed in force for three years. With the `enforced` resolution recorded (the
 *   same occurrence as martial law) all seven read as called.
 * - 19 July 2006, called 2, read 1: the call was wrong by §5b (revised, below).
 * - 11 June 2003, called 5, read 4: the log cannot say it (LEFT, below).
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  type LeftCall,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
} from './case-log';
import definition from './indonesia-gam-2002';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2003-01-10T12:00:00Z',
    1,
    'The Cessation of Hostilities Agreement signed on 9 December is in force and being implemented under the Joint Security Committee; nothing hostile between the two recorded for a month',
  ],
  [
    '2003-03-05T12:00:00Z',
    2,
    'A crowd attacked the monitors’ office at Takengon two days ago and the military accuses GAM of the extortion that angered it: accusations, but the cessation of hostilities holds, no fire between the two and no threat',
  ],
  [
    '2003-04-08T12:00:00Z',
    3,
    'The monitors’ office at Langsa torched two days ago, an attack GAM blames on militias nurtured by the military: an attack blamed on the other party in the last two weeks',
  ],
  [
    '2003-05-05T12:00:00Z',
    3,
    'The government’s ultimatum is in force (accept autonomy and disarm by 12 May, or all-out operations), and it pulled out of the Joint Council meeting on 24 April: an ultimatum and collapsed talks in the last two weeks',
  ],
  [
    '2003-05-18T12:00:00Z',
    4,
    'Troops killed seven rebels in South Aceh yesterday while the Tokyo talks went on: armed action in the last week, the cessation of hostilities violated with casualties; not hostilities yet — one place, seven killed, the agreement not yet ended',
  ],
  [
    '2003-05-20T12:00:00Z',
    5,
    'Martial law declared and a massive air, land and sea offensive launched yesterday, the Tokyo talks having collapsed; the cessation of hostilities is over: heavy armed action in the last three days, no ceasefire in force',
  ],
  [
    '2003-05-22T12:00:00Z',
    5,
    'The third and bloodiest day of the assault yesterday, in Bireuen and Aceh Besar, up to 13 killed, three days after the offensive began: heavy armed action, no ceasefire',
  ],
  [
    '2003-05-26T12:00:00Z',
    5,
    'A week of war, 69 dead; yesterday an ambush and a two-hour gunfight in North Aceh and killings in Bireuen: heavy armed action in several places in the last three days, no ceasefire',
  ],
  [
    '2005-01-31T12:00:00Z',
    4,
    'Two days after the military killed four GAM rebels in a skirmish, in breach of the ceasefire GAM declared after the tsunami: armed action in the last week, a ceasefire violated with casualties',
  ],
  [
    '2005-02-02T12:00:00Z',
    4,
    'Four days after the skirmish of 29 January: still within the week, and no ceasefire agreed since',
  ],
  [
    '2005-02-06T12:00:00Z',
    3,
    'Eight days after the last armed action: within the month, not the week; the Helsinki talks going on',
  ],
  [
    '2005-03-05T12:00:00Z',
    2,
    'Five weeks after the last armed action; the second Helsinki round made progress on autonomy: talks holding, no agreement yet being implemented',
  ],
  [
    '2005-07-20T12:00:00Z',
    2,
    'The memorandum initialled on the 17th, to be signed on 15 August: talks holding and nothing hostile for months, but the agreement is not yet being implemented',
  ],
  [
    '2005-08-18T12:00:00Z',
    1,
    'The MoU signed three days ago and being implemented (the first 298 prisoners freed yesterday), the end of hostilities holding; no hostile act or threat for six months',
  ],
  [
    '2005-09-25T12:00:00Z',
    1,
    'The first stage of decommissioning done and 7,800 troops and police withdrawn: an agreement being implemented, no hostile act or threat',
  ],
  [
    '2005-12-28T12:00:00Z',
    1,
    'All 840 weapons handed in and GAM’s armed wing dissolved yesterday: the agreement implemented, nothing hostile since August',
  ],
  [
    '2006-03-20T12:00:00Z',
    2,
    'The government’s representative to the monitors threatened five days ago to dissolve GAM once the Aceh law is passed: a threat in the last month keeps the level from 1; not a threat of war, so not coercive',
  ],
  // Written before the run as 2 ("GAM protests that the Law on the Governing of Aceh passed on the 11th falls short of
  // the MoU, with a general strike: critical rhetoric, the agreement and the end of hostilities holding"). Revised: §5b's
  // level 1 asks for an agreement being implemented and no hostile act or threat for a month; GAM's complaint about how
  // the MoU was written into law is criticism of the implementation, neither a hostile act nor a threat, and GAM says
  // it will take it to the monitors — the way the agreement provides. Critical rhetoric alone does not lift the level.
  [
    '2006-07-19T12:00:00Z',
    1,
    'GAM protests that the Law on the Governing of Aceh passed on the 11th falls short of the MoU and will take it to the monitors: criticism of the implementation, not a hostile act or threat; the agreement is being implemented',
  ],
  [
    '2006-12-30T12:00:00Z',
    1,
    'A former GAM leader elected governor in the elections the MoU provided for; the agreement being implemented, no hostile act or threat for months',
  ],
];

/**
 * A call the log cannot bear out, kept as written, with what the model reads instead. 11 June 2003: the analyst sees the
 * martial-law offensive going on across the province — reinforcements sent to Bireuen, 20 soldiers and 160 rebels
 * killed since 19 May by the military's count — but no dated source read names any act of 7–11 June besides the battle
 * at Matang Kumbang (12 killed at most, one place, not called an offensive by its source), so the log holds one
 * armed action of that size in the last three days: armed action in the week, not heavy action.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2003-06-11T12:00:00Z',
      5,
      'The heaviest battle since martial law at Matang Kumbang on the 9th–10th, 12 killed, reinforcements sent, the offensive going on: heavy armed action in the last three days, no ceasefire',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Indonesia – GAM, 2002–06 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair matters (§5b): the registrations and the monitors' reports are not the pair's acts.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's registration or the monitors' reports",
    definition.events.filter(
      (e) => e.type === 'ActorRegistered' || (e.type === 'StatementMade' && e.data.speaker.actorId === 'amm'),
    ),
  );
});
