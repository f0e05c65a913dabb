/**
 * Escalation model v2 on a case it was never tuned on: NATO and Yugoslavia from the activation orders of October 1998
 * to the Kumanovo agreement and the Yugoslav withdrawal from Kosovo (June 1999) (nato-yugoslavia-1999.ts, a test
 * fixture). What it holds the model to that the other cases did not: an alliance as a party, activation orders and
 * warnings (threats of war) with an agreement implemented in between, talks between others that end in one side's
 * refusal, an ultimatum carried by a mediator's last mission, an air campaign of eleven weeks against the other's forces
 * and territory with no fire on the alliance's own soil, soldiers captured and released during the war, mediation by
 * third parties while the bombs fall, and an agreement that ends it with a withdrawal carried out. The calls below were
 * written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Seventeen are in CALLS,
 * which the model must agree with; three are in LEFT, kept as written.
 *
 * The first run missed three of the twenty calls, each called 5 and read 4 (armed action). None was a rule misread, none
 * a recording error; the model is unchanged. All three are left as the model reads them (LEFT, d): the analyst sees an
 * air campaign going on night after night, the log holds for each date acts at two places or one in the three days
 * before, with fewer than twenty killed, and no more than two places and twenty killed in the week before.
 * - 8 May 1999: the Chinese embassy in Belgrade (2–3 killed) and the cluster bombs on Niš (at least 15): two places,
 *   17–18 killed. The AP's "heaviest night of attacks on the capital" is no offensive or battle by its words.
 * - 31 May 1999: the Varvarin bridge (9 killed) and a strike in Kosovo (1 killed): two places, 10 killed.
 * - 9 June 1999: the strikes of the night of 6–7 June, all in Kosovo (western Kosovo, B-52s on positions near the
 *   Albanian border): one place, no toll.
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
import definition from './nato-yugoslavia-1999';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for NATO – Yugoslavia: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- October – December 1998: the activation orders and the October agreement -----
  [
    '1998-10-14T12:00:00Z',
    3,
    'NATO issued activation orders for air strikes yesterday, to be executed in about 96 hours unless Belgrade complies with resolution 1199: an ultimatum in force and a threat of war, no fire; the agreement announced the same day is not yet signed',
  ],
  [
    '1998-11-20T12:00:00Z',
    2,
    'The October agreement is signed and being carried out (verifiers, air surveillance), but the generals’ warning (24 October) and the ultimatum in force until 27 October are within the month: not yet cooperative; nothing coercive in the last two weeks',
  ],
  [
    '1998-12-01T12:00:00Z',
    1,
    'The October agreement is being implemented; the last threat (24 October) and the ultimatum (judged complied with on 27 October) are more than a month old, and nothing hostile has passed between NATO and Belgrade since',
  ],
  // ----- January – March 1999: Račak, Rambouillet, Paris -----
  [
    '1999-01-18T12:00:00Z',
    3,
    'After Račak, NATO reaffirmed yesterday that its activation orders for air operations remain in effect and sent its generals to Belgrade: a threat of force within two weeks',
  ],
  [
    '1999-02-15T12:00:00Z',
    2,
    'The Rambouillet talks have been under way for nine days; Solana’s warning of 28 January is more than two weeks old, and nothing armed between the two: strained',
  ],
  [
    '1999-02-21T12:00:00Z',
    3,
    'NATO threatened air strikes two days ago unless Belgrade accepted the settlement by noon yesterday, and Milošević said he would rather be bombed: a threat of war within two weeks',
  ],
  [
    '1999-03-12T12:00:00Z',
    2,
    'Rambouillet adjourned with a political framework and a second round set for 15 March; the last threat is three weeks old: talks, no coercion in the last two weeks',
  ],
  [
    '1999-03-20T12:00:00Z',
    3,
    'The Paris talks collapsed two days ago with Belgrade refusing the NATO-led force: collapsed talks within two weeks',
  ],
  [
    '1999-03-24T12:00:00Z',
    3,
    'Holbrooke’s last mission failed yesterday (the ultimatum rejected), Solana ordered operations and Belgrade declared an imminent threat of war; no bomb has fallen yet: coercive at its height',
  ],
  // ----- 24 March – June 1999: the air campaign -----
  [
    '1999-03-25T12:00:00Z',
    5,
    'NATO struck Pristina, Belgrade, Pančevo and Montenegro last night, Yugoslavia says 10 were killed: heavy armed action in several places, no ceasefire',
  ],
  [
    '1999-03-29T12:00:00Z',
    5,
    'The air campaign is in its sixth day: Yugoslav air defence downed an F-117 two days ago while NATO bombed, no ceasefire: hostilities',
  ],
  [
    '1999-04-24T12:00:00Z',
    5,
    'NATO struck Serbian television in Belgrade yesterday (15–16 killed), and Niš and Kuršumlija: heavy armed action in several places, no ceasefire',
  ],
  [
    '1999-06-04T12:00:00Z',
    5,
    'Belgrade accepted the peace plan yesterday, but NATO struck a Belgrade television station and Serbian units in Kosovo the same day and will go on until a verifiable withdrawal: heavy armed action, no ceasefire',
  ],
  // ----- June – July 1999: the suspension, the withdrawal -----
  [
    '1999-06-11T12:00:00Z',
    4,
    'NATO suspended the bombing yesterday under the Kumanovo agreement; the last strikes reported were four days ago: armed action within the week, the ceasefire not yet held three days',
  ],
  [
    '1999-06-14T12:00:00Z',
    3,
    'The suspension agreed after the last strikes has held four days and the Yugoslav forces are leaving: armed action within the month, none since',
  ],
  [
    '1999-06-15T12:00:00Z',
    3,
    'Eight days after the last strikes, the ceasefire holding and the withdrawal under way: armed action within the month',
  ],
  [
    '1999-07-15T12:00:00Z',
    1,
    'The Kumanovo agreement is carried out (the withdrawal completed on 20 June, the campaign terminated); no armed action or threat for more than a month',
  ],
];

/**
 * Left as the model reads it (the log cannot say what the analyst sees). The campaign was nightly, over the whole of
 * Yugoslavia; the fixture records the nights its sources give, at the places they name, and no more (see the fixture's
 * header: nothing recorded for 9–29 May and 1 June but the acts listed). On these three dates the acts recorded in the
 * three days before are at two places or one, with fewer than twenty killed, and those of the week before add up to no
 * more than two places and twenty killed: armed action, not heavy by its places or its toll. The model reads 4. What a fuller record of those nights would add
 * (the Surdulica sanatorium and Novi Pazar strikes the Telegraph and the Los Angeles Times report for 31 May, the
 * strikes of 8–9 June) belongs in the fixture once found in a dated source, not here.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1999-05-08T12:00:00Z',
      5,
      'The heaviest night on Belgrade, the Chinese embassy hit, cluster bombs on Niš killing at least 15: heavy armed action in several places, no ceasefire',
    ],
    model: 4,
    rule: 'armed-action',
  },
  {
    call: [
      '1999-05-31T12:00:00Z',
      5,
      'The Varvarin bridge bombed yesterday (at least 9 civilians killed) and a strike in Kosovo: air strikes in several places within three days, no ceasefire',
    ],
    model: 4,
    rule: 'armed-action',
  },
  {
    call: [
      '1999-06-09T12:00:00Z',
      5,
      'The military talks broke down two days ago and NATO intensified its bombing (western Kosovo, B-52s on army positions); the generals meet again, no ceasefire: hostilities',
    ],
    model: 4,
    rule: 'armed-action',
  },
];

describe('escalation model v2 on NATO – Yugoslavia, 1998–99 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): the Kosovo Albanians, the OSCE, China and the Security Council are third parties
  // or observers, Russia and Finland mediators; their registration never makes the level.
  itCitesNone(
    escalation,
    [...CALLS, ...LEFT.map((l) => l.call)],
    "a third party's registration",
    definition.events.filter((e) => e.type === 'ActorRegistered'),
  );
});
