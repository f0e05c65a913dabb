/**
 * Escalation model v2 on a case it was never tuned on: Morocco and the Polisario Front from the blockade of the
 * Guerguerat crossing (October 2020) to the end of 2021 (morocco-polisario-2020.ts, a test fixture). What it holds the
 * model to that the other cases did not: a road blocked by the other party's civilians, backed by its armed men (a
 * closure against Morocco); an operation its author calls non-offensive, which took ground in a buffer strip (an
 * occupation) with fire only by the other side's account; a ceasefire of 29 years declared over by one party while the
 * other says it still keeps it; a war claimed in one side's daily communiqués, sector by sector, and denied or
 * minimised by the other; a targeted killing by a drone; and a third party's recognition of one party's claim. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * Eighteen are in CALLS, which the model must agree with; two are in LEFT, kept as written.
 *
 * The first run missed two of the twenty calls. None was a rule misread; the model is unchanged.
 * - 20 March and 8 October 2021, called 4, read 2: left as the model reads it (LEFT). The analyst knows the Polisario
 *   kept issuing communiqués of attacks on the berm almost every day (No. 81 on 1 February, No. 353 on 1 November),
 *   and the Secretary-General's report speaks of a "resumption of hostilities"; but the log holds no armed act between
 *   1 February and 6 April, nor between mid-May and 31 October 2021, because no source read gives what was claimed on
 *   those days. With no armed action in the windows, the model read strained, naming the ground Morocco holds at
 *   Guerguerat since 13 November 2020; it now reads coercive on it (ground held with no truce between the two weighs
 *   as coercion while it lasts), closer to the call but short of the armed action the analyst knows of. Dated
 *   communiqués for those months, once found, belong in the fixture.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './morocco-polisario-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Morocco – Polisario: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- October 2020: the ceasefire, the road blocked -----
  [
    '2020-10-19',
    2,
    'The 1991 ceasefire holds under MINURSO, but the political process has been frozen since 2019 with no envoy and Sahrawi protests have begun near the berm: a ceasefire holding, not an agreement being carried out between them: strained',
  ],
  [
    '2020-10-24',
    3,
    'Since 21 October the road at Guerguerat, Morocco’s only crossing to Mauritania, is blocked by Polisario supporters with armed Polisario men in the buffer strip: a border crossing closed against the other party: coercive',
  ],
  // ----- 13–20 November 2020: the operation, the end of the ceasefire -----
  [
    '2020-11-14',
    5,
    'Morocco took the buffer strip yesterday; fire at Guerguerat (as the Polisario tells it) and at Mahbes (both sides agree), and the Polisario claims attacks in three more sectors of the berm; the Polisario has declared the ceasefire over: armed action in several places within three days, alleged and graded, and no ceasefire in force: hostilities',
  ],
  [
    '2020-11-16',
    5,
    'Three days after the attacks in five places along the berm, Moroccan fire destroyed a Polisario vehicle at Mahbes yesterday; no ceasefire in force: hostilities',
  ],
  [
    '2020-11-20',
    5,
    'Shots fired along the berm near Smara and Awsard (MINURSO) on the 17th and the Polisario’s communiqué of attacks in four sectors yesterday: armed action in several places within three days, no ceasefire: hostilities',
  ],
  [
    '2020-11-24',
    4,
    'The last attack recorded is at Amgala four days ago, at one place: armed action within the week, none heavy in the last three days, no ceasefire: militarised',
  ],
  // ----- December 2020: the communiqués, the US recognition -----
  [
    '2020-12-11',
    5,
    'The Polisario’s war report of the 9th claims attacks in five sectors of the berm, two days ago, and no ceasefire is in force; the US recognition of Moroccan sovereignty yesterday is a third party’s act and changes nothing between the two: hostilities',
  ],
  [
    '2020-12-14',
    4,
    'Five days after the attacks claimed in five sectors: armed action within the week, none in the last three days: militarised',
  ],
  // ----- January – June 2021 -----
  [
    '2021-01-25',
    4,
    'Rockets fired towards Guerguerat two days ago (claimed by the Polisario, confirmed as harassing fire by a Moroccan official), at one place, no one hurt: armed action within the week, not heavy: militarised',
  ],
  [
    '2021-02-02',
    5,
    'The Polisario’s communiqué No. 81 claims bombardments in the Awsard, Bagari and Mahbes sectors on 31 January and 1 February: armed action in several places within three days, graded as one side’s claim, no ceasefire: hostilities',
  ],
  [
    '2021-04-08',
    4,
    'Two days ago a Moroccan drone killed the Polisario’s gendarmerie commander near Tifariti, hours after an attack on the berm at Bir Lahlou: armed action within the week, two places and one dead, heavy by neither measure: militarised',
  ],
  [
    '2021-04-14',
    3,
    'Eight days after the drone strike and the attack at Bir Lahlou: armed action within the month, none in the last week; Morocco still holds the buffer strip it took: coercive',
  ],
  [
    '2021-06-03',
    3,
    'Ghali has left Spain for Algeria; Moroccan artillery destroyed two Polisario vehicles at the berm about 19 days ago: armed action within the month, none within the week: coercive',
  ],
  // ----- October – November 2021: the envoy, resolution 2602, the communiqués -----
  [
    '2021-10-30T20:00:00Z',
    3,
    'The Polisario rejects resolution 2602 today, says there will be no new ceasefire and that it will intensify its armed struggle: a threat of war within two weeks; Morocco holds the Guerguerat strip: coercive',
  ],
  [
    '2021-11-03',
    5,
    'The Polisario’s communiqué No. 353 claims attacks in the Kalta, Mahbes and Awsard sectors on 31 October and 1 November: armed action in several places within three days, one side’s claim, no ceasefire: hostilities',
  ],
  [
    '2021-11-05',
    4,
    'Four days after the last attacks claimed: armed action within the week, none in the last three days: militarised',
  ],
  [
    '2021-11-09',
    3,
    'Eight days after the last attacks claimed; the Polisario’s threat of an intensified armed struggle ten days ago: armed action within the month and a threat of war within two weeks: coercive',
  ],
  [
    '2021-11-25',
    3,
    'Ghali vowed six days ago to intensify the war of liberation by all means, first of all armed struggle; the last attacks claimed were 24 days ago: a threat of war within two weeks and armed action within the month: coercive',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees).
 * - 20 March and 8 October 2021: the analyst sees the low-intensity war the Polisario's daily communiqués claim and the
 *   Secretary-General reports, and calls militarised. The log holds no armed act in the month before either date (the
 *   last are those of 1 February and of mid-May): no source read gives the communiqués of those weeks, and the days
 *   between recorded communiqués are not filled in. The model reads coercive: no armed action, ultimatum or threat of
 *   war in its windows, but the ground Morocco holds at Guerguerat, with no truce between the two since the 1991
 *   ceasefire was declared over, weighs while it is held (first read strained, before the model read ground held with
 *   no truce as coercion while it lasts).
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2021-03-20',
      4,
      'The Polisario still issues its daily communiqués of attacks on the berm, Morocco still calls them provocations, no ceasefire: the analyst sees low-intensity armed action going on week after week: militarised',
    ],
    model: 3,
    rule: 'occupation-in-force',
  },
  {
    call: [
      '2021-10-08',
      4,
      'The Secretary-General reports the resumption of hostilities between Morocco and the Polisario and asks them to cease; the Polisario welcomes the new envoy but its war goes on along the berm: armed action going on, no ceasefire: militarised',
    ],
    model: 3,
    rule: 'occupation-in-force',
  },
];

describe('escalation model v2 on Morocco – Polisario Front, 2020–21 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // A road blocked by the other party's people is a border closed against it while it lasts, and no longer once Morocco
  // reopened it (13 November 2020).
  it('the blockade of Guerguerat weighs while the road is blocked, and not after Morocco reopened it', () => {
    const blockade = definition.events.find((e) => e.type === 'IncidentReported' && e.data.kind === 'border-closure');
    expect(blockade).toBeDefined();
    expect(
      datesCiting(escalation, ['2020-10-24', '2020-11-10', '2020-11-24', '2021-01-25'], blockade!.eventId),
    ).toEqual(['2020-10-24', '2020-11-10']);
  });

  // The drone strike that killed the gendarmerie commander (Morocco's, as the Polisario alleges it) and the attack on the
  // berm at Bir Lahlou hours before are armed action between the pair: two days later one of them is the armed action
  // the level is read on.
  it('the acts of 6 April 2021 (the drone strike, the attack at Bir Lahlou) make the level two days later', () => {
    const acts = definition.events
      .filter((e) => e.type === 'IncidentReported' && e.occurredAt === '2021-04-06')
      .map((e) => e.eventId);
    expect(acts).toHaveLength(2);
    const armed = escalation('2021-04-08').reasons.filter((r) => r.rule === 'armed-action');
    expect(armed.flatMap((r) => r.eventIds).filter((id) => acts.includes(id))).not.toEqual([]);
  });

  // The pair of actors matters (§5b): Algeria, the United States, Mauritania and Spain are third parties.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's engagement (the US recognition, Spain's and Algeria's care for Ghali)",
    definition.events.filter((e) => e.type === 'ThirdPartyEngagement'),
  );
});
