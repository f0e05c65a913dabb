/**
 * Escalation model v2 on a case it was never tuned on: Israel and Hezbollah in 1996, from the rockets and the killings
 * in the security zone through Operation Grapes of Wrath, the shuttle of Christopher and de Charette, the April
 * Understanding and the ceasefire of 27 April, to the ambushes in the security zone after it and the Monitoring Group's
 * arrangements (israel-hezbollah-1996.ts, a test fixture). What it holds the model to that the other cases did not:
 * rockets against an air campaign while two outside mediators shuttle; a third party's civilians killed by the pair's
 * fire (Qana: Israel's shelling aimed at Hezbollah, Lebanese refugees killed); a written understanding whose ceasefire
 * ends the cross-border fire but not the war in the security zone, and the level after it. The calls below were written
 * from DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Seventeen are in CALLS, which
 * the model must agree with; three are in LEFT, kept as written.
 *
 * The first run missed three of the twenty calls, all in the days after the ceasefire of 27 April. None was a rule
 * misread; neither the fixture nor the model was changed.
 * - 27 and 29 April, called 4, read 5; 30 April, called 3, read 4: left as the model reads them (LEFT, see its
 *   comment). The ceasefire is recorded partial, as the understanding is (it keeps the fight in the security zone
 *   open), and for the model a partial ceasefire stops no hostilities and does not hold, so the war of the previous
 *   week "goes on" for it until 7 days after the last shots and is armed action for a week. The catalogue cannot say
 *   that this partial ceasefire covers the very fire that made the war heavy; recording it as one of all hostilities
 *   would make the ambushes of 29 May and 10 June breaches of it, which the understanding's self-defence clause says
 *   they are not.
 */
import { caseKit, caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './israel-hezbollah-1996';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);
const { idOf } = caseKit(definition.negotiationId, 'test-analyst', 1996);

/** The analyst's calls for Israel – Hezbollah 1996: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- March – early April: the security zone and the first Katyushas -----
  [
    '1996-03-21T12:00:00Z',
    4,
    "Hezbollah's suicide bomber killed an Israeli soldier at Taibeh yesterday and Israel shelled the villages north of it: armed action within the week, one dead, no ceasefire: militarised, not heavy",
  ],
  [
    '1996-03-31T12:00:00Z',
    4,
    "An Israeli helicopter killed two civilians at Yater yesterday and Hezbollah answered with 14 Katyushas on the Galilee (one wounded); Nasrallah's threat to hit back: armed action within the week at two places with two dead: militarised, not hostilities",
  ],
  [
    '1996-04-08T12:00:00Z',
    3,
    'Nine days since the exchange of 30 March, nothing armed recorded since; Nasrallah threatened to hit back nine days ago: armed action within the month and a threat of force within two weeks: coercive',
  ],
  [
    '1996-04-10T12:00:00Z',
    4,
    'Hezbollah fired 30 rockets into northern Israel yesterday and the Northern Command promised to hit south Lebanon harder: armed action within the week, one place, no toll: militarised',
  ],
  // ----- 11 – 26 April: Operation Grapes of Wrath and the shuttle -----
  [
    '1996-04-12T12:00:00Z',
    5,
    'The offensive (CNN: "the broad-scale offensive, code-named Grapes of Wrath"): air strikes on Beirut\'s southern suburbs two days running and across the south, Katyushas on Kiryat Shmona and the north: heavy armed action in several places, no ceasefire',
  ],
  [
    '1996-04-16T12:00:00Z',
    5,
    'The ambulance at Mansouri (six killed, 13 April), 81 Katyushas on the 14th, nine killed at Nabatieh al-Fawqa this morning: armed action in several places within three days, no ceasefire: hostilities',
  ],
  [
    '1996-04-19T12:00:00Z',
    5,
    "Israel's shells killed over a hundred Lebanese refugees at the UN compound in Qana yesterday, aimed (Israel says) at Hezbollah's crews beside it: tens killed in the pair's fighting, and the shelling goes on; no ceasefire",
  ],
  [
    '1996-04-21T12:00:00Z',
    5,
    'Christopher begins his shuttle; yesterday Israeli gunboats fired on the coastal highway, 72 Katyushas fell on the north, the artillery still fires in the south: heavy armed action in several places, no ceasefire',
  ],
  [
    '1996-04-25T12:00:00Z',
    5,
    'A third week of bombardment: water works, bridges and the coastal highway hit in the south (23–25 April), 45 and 60 Katyushas on the north (23, 24 April) while Christopher and de Charette shuttle: several places within three days, no ceasefire',
  ],
  // ----- 27 April – May: the April Understanding -----
  [
    '1996-05-05T12:00:00Z',
    3,
    'Eight days after the last armed action, the ceasefire holding: armed action within the month',
  ],
  [
    '1996-05-28T12:00:00Z',
    2,
    "A month and a day without armed action recorded; the understanding's ceasefire holds. Strained, not cooperative: the understanding leaves the war in the security zone open, Hezbollah refuses any halt to its attacks on the troops there and demands Israel's withdrawal",
  ],
  // ----- 29 May – July: the security zone after the understanding -----
  [
    '1996-05-31T12:00:00Z',
    4,
    "Hezbollah's ambush killed three Israeli officers and a soldier two days ago: armed action within the week; the April ceasefire, agreed before it, does not cover the security zone and does not make it calm",
  ],
  [
    '1996-06-02T12:00:00Z',
    4,
    'Four days after the ambush of 29 May: armed action within the week, no ceasefire agreed since',
  ],
  [
    '1996-06-06T12:00:00Z',
    3,
    'Eight days after the ambush of 29 May, nothing armed recorded since: armed action within the month',
  ],
  [
    '1996-06-11T12:00:00Z',
    4,
    "Five Israeli soldiers killed at Ali Taher yesterday and two Lebanese killed by Israel's retaliatory shelling around Nabatieh: armed action within the week, seven dead (not tens), and the April ceasefire is in force: militarised, not hostilities",
  ],
  [
    '1996-06-18T12:00:00Z',
    3,
    'Eight days after the fighting at Ali Taher, nothing armed recorded since: armed action within the month, the ceasefire holding',
  ],
  [
    '1996-07-13T12:00:00Z',
    2,
    'A month and three days since the last armed action recorded; the five governments approved the Monitoring Group yesterday and the ceasefire holds. Strained, not cooperative: the fight for the security zone is not settled, Hezbollah still demands the withdrawal',
  ],
];

/**
 * Calls the log cannot bear out, kept as written, with what the model reads instead (see the header). The April
 * Understanding's ceasefire is recorded as what it is, partial: it bars fire on civilians and from civilian areas and
 * the rockets into Israel, and keeps "the right of self-defense", so the fighting between the forces in the security
 * zone goes on under it. A partial ceasefire neither stops hostilities nor holds (the model's reading for every case,
 * e.g. a moratorium on strikes on energy plants while the war goes on); the catalogue has no way to say that this one
 * covers exactly the fire that made the war heavy (the operation and the Katyushas), which the analyst sees stop at
 * 04:00 on 27 April.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1996-04-27T12:00:00Z',
      4,
      'The ceasefire took effect at 04:00 local this morning; Israeli artillery fired and a Katyusha hit the north minutes before: armed action within the week, and the ceasefire has not held three days',
    ],
    model: 5,
    rule: 'heavy-armed-action',
  },
  {
    call: [
      '1996-04-29T12:00:00Z',
      4,
      'Two days since the last shots; the ceasefire agreed after them has held two and a half days, not yet three: still militarised',
    ],
    model: 5,
    rule: 'heavy-armed-action',
  },
  {
    call: [
      '1996-04-30T12:00:00Z',
      3,
      'The ceasefire agreed after the last armed action has held three and a half days: no longer militarised; the fighting is within the month: coercive',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on Israel – Hezbollah, 1996 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT, (view) =>
    expect(view.conditions.map((c) => [c.kind, c.since.slice(0, 10), c.text])).toContainEqual([
      'ceasefire',
      '1996-04-27',
      'Partial ceasefire in force since 1996-04-27',
    ]),
  );

  // Who is the target at Qana? Israel's shells were aimed at Hezbollah and killed Lebanese refugees: armed action between
  // the pair (with a third party harmed), and the day after, the level's reason is that shelling.
  it("the Qana shelling is the pair's armed action, and the reason for the level the day after cites it", () => {
    const view = escalation('1996-04-19T12:00:00Z');
    expect(view.reasons[0]?.eventIds).toContain(idOf('inc-qana-apr18'));
  });

  // The understanding's ceasefire stops the cross-border fire, not the security zone: after the ambush of 10 June it is
  // still in force (the reason the level is not hostilities), agreed on 27 April.
  it('the April ceasefire is in force through the ambushes of the summer', () => {
    for (const at of ['1996-05-31T12:00:00Z', '1996-06-11T12:00:00Z', '1996-07-13T12:00:00Z'])
      expect(escalation(at).conditions.map((c) => [c.kind, c.since.slice(0, 10)])).toContainEqual([
        'ceasefire',
        '1996-04-27',
      ]);
  });

  // The pair of actors matters (§5b): the mediators' visits and proposals, and the registration of the third parties,
  // are not the pair's acts.
  itCitesNone(
    escalation,
    CALLS,
    "a mediator's act or a third party's registration",
    definition.events.filter((e) => e.type === 'MediationAction' || e.type === 'ActorRegistered'),
  );
});
