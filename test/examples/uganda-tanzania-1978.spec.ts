/**
 * Escalation model v2 on a case it was never tuned on: Uganda and Tanzania from the border incidents of October 1978
 * through Uganda's invasion and annexation of the Kagera Salient, the OAU's failed mediation, Tanzania's
 * counter-offensive and its advance into Uganda with Libyan troops fighting for Amin, the fall of Kampala and of Amin's
 * government (April 1979), to the Tanzanian troops' stay in Uganda and their pull-out (May 1981)
 * (uganda-tanzania-1978.ts, a test fixture). What it holds the model to that the other cases did not: an invasion and
 * an annexation of the other's ground (held, then retaken by a counter-offensive), a counter-offensive that crosses
 * into the aggressor's territory and goes on to its capital, a third party's troops in the war, and a government
 * overthrown by the other party — after which the pair's Uganda is Tanzania's ally. The calls below were written from
 * DOMAIN.md §5b alone, before the model was run on the case, each with its reason. Seventeen are in CALLS, which the
 * model must agree with; three are in LEFT, kept as written.
 *
 * The first run missed four of the twenty calls. None was a rule misread; the model is unchanged.
 * - 8 April 1979, called 5, read 4: the call was wrong by §5b (revised, its reason beside it): the hundreds killed at
 *   Entebbe were Libya's troops, a third party's; between the pair's own forces the battle was in one place, with no
 *   toll given.
 * - 10 January 1979, called 3, read 2: left as the model reads it (LEFT): a war declared and fronts facing each other,
 *   but no act dated in the sources read between late November and 21 January.
 * - 15 July 1979 and 1 June 1981, called 1, read 2: left as the model reads them (LEFT): the agreement under which the
 *   Tanzanian troops stayed in Uganda is known only from a report of March 1980, with no date, and is not recorded.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
  reasonsCiting,
} from './case-log';
import definition from './uganda-tanzania-1978';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Uganda – Tanzania: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- October 1978: the border incidents -----
  [
    '1978-10-15T12:00:00Z',
    4,
    'Ugandan aircraft bombed villages and roads around Bukoba two days ago; Uganda claims a Tanzanian battalion crossed near Mbarara, Tanzania denies: armed action within the week, in one place with no toll known, not heavy',
  ],
  [
    '1978-10-21T12:00:00Z',
    3,
    'Eight days after the raid around Bukoba, nothing fired since; Ugandan charges of invasion: armed action within the month, none within the week',
  ],
  [
    '1978-10-27T12:00:00Z',
    4,
    'A large Ugandan attack across the border into Kagera two days ago and a raid on Bukoba yesterday; Uganda again claims it was invaded: armed action within the week, in two places with no toll — not yet the war',
  ],
  // ----- 30 October – November 1978: the invasion, the annexation, the counter-offensive -----
  [
    '1978-11-01T18:00:00Z',
    5,
    'Uganda invaded the Kagera Salient two days ago with some 3,000 troops and tanks and today annexes it up to the Kagera River; Nyerere mobilises: an invasion, heavy armed action, no ceasefire',
  ],
  [
    '1978-11-05T12:00:00Z',
    4,
    'Six days after the invasion, Uganda holding the annexed Salient and Tanzania at war since the 2nd; no fighting recorded since the 31st: armed action within the week, not in the last three days',
  ],
  [
    '1978-11-08T12:00:00Z',
    3,
    'Nine days after the invasion, no armed action recorded since; Uganda holds the Salient it annexed, Nyerere has declared war and the OAU has not got a mediation going: armed action within the month and threats of war within two weeks',
  ],
  [
    '1978-11-21T12:00:00Z',
    5,
    'The Tanzanian counter-offensive is driving the Ugandans out of the Salient: an offensive, heavy armed action, no ceasefire',
  ],
  [
    '1978-12-10T12:00:00Z',
    3,
    'The Salient retaken about three weeks ago; Amin’s claim to it stands and the two remain at war, no talks: armed action within the month, none within the week',
  ],
  // ----- January – March 1979: into Uganda -----
  [
    '1979-01-23T12:00:00Z',
    4,
    'The Tanzanians crossed the border yesterday and took Mutukula, 17 killed: armed action in one place, not tens killed, no ceasefire',
  ],
  [
    '1979-02-25T18:00:00Z',
    5,
    'The battle for the Gayaza hills four days ago, Masaka shelled and taken on the 23rd–24th, Mbarara under shelling today: heavy armed action in several places, no ceasefire',
  ],
  [
    '1979-03-12T12:00:00Z',
    5,
    'The battle of Lukaya yesterday: about 200 Ugandan soldiers killed in the Tanzanian counterattack (and about 200 of the Libyans sent to fight for Amin); tens killed, no ceasefire',
  ],
  [
    '1979-03-19T12:00:00Z',
    3,
    'Eight days since Lukaya, no armed action recorded since; the Libyans’ attack on the Tanzanians there is a third party’s: armed action within the month, none within the week',
  ],
  // ----- April 1979: Entebbe, Kampala, the fall of Amin -----
  // Revised after the first run (written 5: "Entebbe taken yesterday after three days of bombardment, the Ugandan air
  // force surrendering and hundreds of Amin's Libyan allies killed on the road to Kampala: a battle of the war at full
  // pitch, no ceasefire"). By §5b the call was wrong: armed action is between the parties' own forces, and the hundreds
  // killed were Libya's troops, a third party's (as the Lukaya call itself keeps them apart); between Uganda's and
  // Tanzania's own forces the sources give no toll, and the battle and the bombardment before it were in one place.
  [
    '1979-04-08T12:00:00Z',
    4,
    'Entebbe taken yesterday after three days of bombardment, the Ugandan air force surrendering: armed action between the two yesterday, in one place with no toll of their own forces given (the hundreds of Libyans killed are a third party’s dead): not heavy, no ceasefire',
  ],
  [
    '1979-04-12T12:00:00Z',
    5,
    'Kampala taken yesterday by an invasion force of three Tanzanian brigades and the UNLF, dozens of Ugandan soldiers killed; Amin has fled: heavy armed action in the last three days',
  ],
  [
    '1979-04-15T12:00:00Z',
    4,
    'Four days after the fall of Kampala; the UNLF government now speaks for Uganda and is Tanzania’s ally, but the last armed action between the two states is within the week',
  ],
  [
    '1979-04-19T12:00:00Z',
    3,
    'Eight days after the fall of Kampala, nothing fired between the two states since (the fighting against Amin’s remnants is not the pair’s): armed action within the month, none within the week',
  ],
  // ----- After the war -----
  [
    '1980-03-12T12:00:00Z',
    2,
    'Nyerere presses Binaisa to put his house in order, complains of factionalism and corruption and threatens to pull his troops out: critical rhetoric between allies, no hostile act',
  ],
];

/**
 * Calls the model reads otherwise, kept as written: what the analyst sees is not in the log. In January 1979 the two
 * are at war — Nyerere's declaration stands, the armies face each other on the border — but the sources read date no
 * act between the counter-offensive of November and the crossing at Mutukula, so the log holds seven quiet weeks. After
 * the war the Tanzanian troops stay in Uganda under an agreement with its new government, which no source read dates:
 * the log holds no agreement being implemented, so line 1 cannot hold.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '1979-01-10T12:00:00Z',
      3,
      'Seven weeks since the counter-offensive, but the two are still at war — Tanzania’s declaration stands, no talks, no ceasefire, the armies face each other on the border and Nyerere will not stop at it while Amin keeps his claim: coercive at least',
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '1979-07-15T12:00:00Z',
      1,
      'Three months since Amin’s fall; Uganda’s new government has Tanzania’s troops on its soil at its own request, to keep order and train its army: cooperation being carried out, no hostile act or threat between them for three months',
    ],
    model: 2,
    rule: 'strained',
  },
  {
    call: [
      '1981-06-01T12:00:00Z',
      1,
      'The Tanzanian troops leave as the agreement under which they stayed expires, Uganda asking them to stay longer: nothing hostile between the two in two years',
    ],
    model: 2,
    rule: 'strained',
  },
];

describe('escalation model v2 on Uganda – Tanzania, 1978–81 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The pair of actors matters (§5b): Libya's troops and the UNLF are third parties while Amin rules.
  it("no reason for the level is a third party's act or registration", () => {
    const outsiders = definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        e.type === 'ThirdPartyEngagement' ||
        (e.type === 'IncidentReported' && e.data.perpetrator !== 'uganda' && e.data.perpetrator !== 'tanzania'),
    );
    expect(outsiders.filter((e) => e.type === 'IncidentReported')).toHaveLength(1);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        outsiders.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
});
