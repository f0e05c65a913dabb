/**
 * Escalation model v2 on a case it was never tuned on: India and Pakistan from the attack on India's Parliament
 * (13 December 2001) to the weeks after the demobilisation was announced (16 October 2002) (india-pakistan-2001.ts, a
 * test fixture; a different crisis of the same pair as india-pakistan-2019 and the shipped example
 * india-pakistan-2025). What it holds the model to: a third party's attacks blamed on the other party (coercion, not
 * armed action between the two), demands and cut links as coercion, a standing mobilisation recorded as what the
 * sources date, firing across the Line of Control with no ceasefire in force, a threat of war, a pledge under a
 * mediator and a slow easing in which the land links stay cut. The calls below were written from DOMAIN.md §5b alone,
 * before the model was run on the case, each with its reason. Eighteen are in CALLS, which the model must agree with;
 * two are in LEFT, kept as written.
 *
 * The first run missed five of the twenty calls.
 * - 17 October and 20 November 2002 were called 3 and read 2: the model misread a rule (c). It kept one closure per
 *   pair, and any reopening ended it: India's lifting of the overflight ban (10 June) read as the border reopened,
 *   though the train and the bus it stopped on 1 January stayed stopped. Fixed in escalation-v2.ts (closures kept by
 *   place; a reopening of one of several closed places lifts that one only), with a unit spec in
 *   escalation-v2.spec.ts that fails before the fix; every other case and the calibration read as before.
 * - 3 August 2002 was called 5 and read 4: the recording was wrong (a). The firing in the Kargil, Tangdhar and Gurez
 *   sectors had been given one `occurrence` key, which counts them as one act in one place; it is three firings in
 *   three places, and is now recorded so (see the fixture's judgement calls).
 * - 25 March and 24 May 2002 were called 5 and read 4: the log cannot say what the analyst sees (d); both are in
 *   LEFT, with the reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itLeavesEachCall, itReadsEachCall } from './case-log';
import definition from './india-pakistan-2001';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for India – Pakistan, 2001–02: [at, level, why]. */
const CALLS: readonly Call[] = [
  [
    '2001-12-15T12:00:00Z',
    3,
    "The attack on Parliament two days ago (12 to 14 killed with the attackers), blamed by India on the Lashkar-e-Taiba and the Jaish-e-Mohammed and on Pakistan's ISI; India demands that Pakistan act against them. An attack blamed on the other party within two weeks; no armed action between the two",
  ],
  [
    '2001-12-23T12:00:00Z',
    3,
    "India recalls its High Commissioner (the first time since 1971), announces the end of the train and the bus, moves its strike formations to the border; Pakistan warns of 'all appropriate countermeasures'. The blamed attack ten days old; coercion, no fire recorded",
  ],
  [
    '2002-01-05T12:00:00Z',
    3,
    'The Samjhauta Express and the Lahore bus stopped and Pakistani aircraft barred from Indian skies since 1 January: a border closed against the other party; India demands 20 fugitives (31 December)',
  ],
  [
    '2002-01-14T12:00:00Z',
    3,
    "Musharraf bans the two groups but will hand over no Pakistani, and warns India 'we will retaliate with full force' if it crosses the border: a threat within two weeks; the links still cut",
  ],
  [
    '2002-02-20T12:00:00Z',
    3,
    'Five weeks after the speech, no fire recorded between the two: the links India cut stay cut, a border closed against the other party',
  ],
  [
    '2002-03-29T12:00:00Z',
    4,
    'Five days after the firing of 23–24 March: armed action within the week, none in the last three days',
  ],
  ['2002-04-20T12:00:00Z', 3, 'Four weeks after the March firing: armed action within the month; the links still cut'],
  [
    '2002-05-15T12:00:00Z',
    3,
    'The Kaluchak massacre yesterday (31 killed, most of them the families of soldiers), blamed by India on Pakistan-based groups: an attack blamed on the other party; no fire between the two recorded for seven weeks',
  ],
  [
    '2002-05-19T12:00:00Z',
    4,
    "Two days of fierce artillery exchanges along the LoC (the most intense of the year, thousands flee; four injured in one frontier district on the 18th); Pakistan's envoy expelled. Armed action, but no count of dead and one place recorded: militarised, not yet hostilities",
  ],
  [
    '2002-05-28T12:00:00Z',
    4,
    "A heavy exchange of fire on the LoC yesterday, spreading to new areas, several casualties (not counted); Pakistan's missile tests of the 25th and 26th; Straw arrives. Armed action in one place recorded, no toll: militarised; the threat of war stands",
  ],
  [
    '2002-06-03T12:00:00Z',
    4,
    'Heavy artillery and mortar duels in the night to 31 May, three and a half days ago: armed action within the week, no ceasefire agreed',
  ],
  [
    '2002-06-12T12:00:00Z',
    3,
    "Musharraf's pledge to Armitage to end infiltration 'permanently'; India lifts the overflight ban (10 June) and the shelling has dropped sharply; the last firing recorded twelve days ago: armed action within the month; the train and the bus still stopped",
  ],
  [
    '2002-07-10T12:00:00Z',
    4,
    'Pakistani artillery killed an Indian soldier in Kargil two days ago and the duel went on to the next morning: armed action within the week',
  ],
  ['2002-07-20T12:00:00Z', 3, 'Twelve days after the Kargil duel: armed action within the month, none in the week'],
  [
    '2002-08-03T12:00:00Z',
    5,
    'Heavy artillery traded overnight in the Kargil, Tangdhar and Gurez sectors, three Indian soldiers killed: heavy armed action in several places yesterday, no ceasefire',
  ],
  ['2002-08-07T12:00:00Z', 4, 'Five days after the shelling of 2 August: armed action within the week'],
  [
    '2002-10-17T12:00:00Z',
    3,
    'India announces its troops will leave the international border (not the LoC), and no dialogue while cross-border terrorism continues; no firing recorded since 2 August. The train and the bus stay stopped: a border closed against the other party',
  ],
  [
    '2002-11-20T12:00:00Z',
    3,
    'Both armies going back to peacetime locations, but the land links India cut in January are still cut: a border closed against the other party keeps the level at coercive',
  ],
];

/**
 * Left as the model reads it: the log cannot say what the analyst sees.
 * - 25 March 2002: PTI has the firing 'in several areas along the LoC and the border' but names none, so it is
 *   recorded in one place; the nine Pakistani dead (India's claim) are not tens. The analyst reads heavy firing in
 *   several places; the log has one place and a toll under tens: armed action within the week, 4.
 * - 24 May 2002: the dead the analyst sees ('dozens' along the frontier in five days, The Guardian) are a count over a
 *   period, recorded as a `casualty-report`, which says neither when nor where and is not read as an act; the acts
 *   dated in the last three days are in two places (the LoC, villages in Punjab) with six killed: not several places,
 *   not tens. The model reads armed action within the week, 4.
 * Both stayed here when the catalogue gained an armed incident's `scale` (`major`: an offensive, a full-scale battle
 * by its sources' account): the sources of the acts of those days describe exchanges of fire and shelling across the
 * line, not an offensive or a battle, so none is recorded major.
 */
const LEFT: readonly Call[] = [
  [
    '2002-03-25T12:00:00Z',
    5,
    "Heavy firing and mortar shelling 'in several areas along the LoC and the border' since Saturday (23 March), 11 Indian soldiers injured, nine Pakistani soldiers killed by India's claim; no ceasefire in force: heavy armed action in several places in the last three days",
  ],
  [
    '2002-05-24T12:00:00Z',
    5,
    "Shelling across the LoC yesterday (six killed by the two sides' counts) and Pakistani shells on villages in Indian Punjab, a second place; 'dozens killed' along the frontier in five days; Vajpayee's 'decisive battle' two days ago; no ceasefire: heavy armed action in several places",
  ],
];

describe('escalation model v2 on India – Pakistan, 2001–02 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(
    escalation,
    LEFT.map((call) => ({ call, model: 4, rule: 'armed-action' })),
  );

  // The pair of actors matters (§5b): the attacks on Parliament and at Kaluchak are the groups'; between India and
  // Pakistan they are coercion, because India blames Pakistan for them, never armed action.
  it('the attacks blamed on Pakistan are coercion, not armed action between India and Pakistan', () => {
    for (const at of ['2001-12-15T12:00:00Z', '2002-05-15T12:00:00Z']) {
      const view = escalation(at);
      expect(view.level).toBe(3);
      expect(view.reasons.map((r) => r.rule)).toContain('coercion');
      expect(view.reasons.filter((r) => r.rule.includes('armed-action'))).toEqual([]);
    }
  });

  // The land links stay cut after the overflight ban is lifted (10 June): the border is closed against Pakistan on
  // every call date from January to the end of the log, since the train and the bus were stopped.
  it('the border closed on 1 January (the train and the bus) is a reason for the level before and after the airspace reopened', () => {
    const closure = definition.events.find(
      (e) => e.type === 'IncidentReported' && e.data.incidentId === 'rail-bus-closed-2002-01-01',
    );
    expect(closure).toBeDefined();
    const dates = ['2002-02-20T12:00:00Z', '2002-06-12T12:00:00Z', '2002-07-20T12:00:00Z', '2002-11-20T12:00:00Z'];
    expect(datesCiting(escalation, dates, closure?.eventId ?? '')).toEqual(dates);
  });
});
