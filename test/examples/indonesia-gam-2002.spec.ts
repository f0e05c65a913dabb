/**
 * Escalation model v2 on a case it was never tuned on: the Government of Indonesia and the Free Aceh Movement (GAM)
 * from the Cessation of Hostilities Agreement of 9 December 2002 to the elections of December 2006
 * (indonesia-gam-2002.ts, a test fixture). What it holds the model to that the other cases did not: a signed cessation of
 * hostilities monitored by a joint committee whose offices are attacked by crowds; an ultimatum, a Joint Council
 * meeting called off and talks in Tokyo that fail, followed the next day by martial law and the largest offensive since
 * East Timor; the arrests of the other side's negotiators; a natural disaster and a unilateral truce broken by fire; a
 * mediated agreement initialled, then signed and implemented in stages (amnesty, weapons handed in, troops withdrawn, the
 * armed wing dissolved); and the fall to 1. The calls below were written from DOMAIN.md §5b alone, before the model was
 * run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itCitesNone, itReadsEachCall } from './case-log';
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
    '2003-06-11T12:00:00Z',
    5,
    'The heaviest battle since martial law at Matang Kumbang on the 9th–10th, 12 killed, reinforcements sent, the offensive going on: heavy armed action in the last three days, no ceasefire',
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
  [
    '2006-07-19T12:00:00Z',
    2,
    'GAM protests that the Law on the Governing of Aceh passed on the 11th falls short of the MoU, with a general strike: critical rhetoric, the agreement and the end of hostilities holding',
  ],
  [
    '2006-12-30T12:00:00Z',
    1,
    'A former GAM leader elected governor in the elections the MoU provided for; the agreement being implemented, no hostile act or threat for months',
  ],
];

describe('escalation model v2 on Indonesia – GAM, 2002–06 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

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
