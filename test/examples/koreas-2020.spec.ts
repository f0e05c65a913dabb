/**
 * Escalation model v2 on a case it was never tuned on: North Korea and South Korea in 2020, from the exchange of fire
 * at Cheorwon (3 May) through the leaflet crisis, the liaison office at Kaesong blown up (16 June) and the army's plans
 * announced and suspended, to the killing of a South Korean official at sea, Kim Jong Un's apology and the law against
 * the leaflets (koreas-2020.ts, a test fixture). What it holds the model to that the other cases did not: one exchange
 * of fire at one place with no toll, then a month and more with nothing armed; an ultimatum without a deadline enforced
 * by destroying a building of the other party's on the one's own soil (a hostile act, not armed action); all lines cut;
 * military plans announced and then suspended, with no troops moved; a killing at sea and an apology; and the strained
 * months after. The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with
 * its reason.
 *
 * The first run agreed with all eighteen calls; the model is unchanged. Its reasons on the call dates are the
 * analyst's own: the fire of 3 May as armed action at one place with no toll (militarised for a week, coercive to the
 * end of the month), the ultimatum of 4 June, the lines cut of 9 June (talks broken off), the threats of war of 13, 16
 * and 17 June and the office destroyed (coercion, never armed action), strained from the start of July, the killing at
 * sea and the blame laid for it (coercive for two weeks), strained after.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itCitesNone,
  itReadsEachCall,
  itReadsNoArmedAction,
} from './case-log';
import definition from './koreas-2020';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for North Korea – South Korea, 2020: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- May: the fire at Cheorwon and the month after -----
  [
    '2020-05-03T12:00:00Z',
    4,
    'This morning bullets from the North hit a South Korean guard post in the DMZ and the South fired back: armed action today, at one place and with no one hurt (not heavy), whatever its intent; no ceasefire: militarised',
  ],
  [
    '2020-05-05T12:00:00Z',
    4,
    'Two days after the exchange of fire at Cheorwon, nothing since; no ceasefire was agreed: armed action in the last week',
  ],
  [
    '2020-05-07T12:00:00Z',
    4,
    'Four days after the exchange of fire; still within the week, and no ceasefire has held three days because none was agreed: militarised',
  ],
  [
    '2020-05-11T12:00:00Z',
    3,
    'Eight days after the exchange of fire, none since: armed action within the month but not the week: coercive',
  ],
  [
    '2020-05-30T12:00:00Z',
    3,
    'Twenty-seven days after the exchange of fire, nothing armed since and nothing threatened: armed action still within the month',
  ],
  [
    '2020-06-03T12:00:00Z',
    2,
    'A month and a day since the fire at Cheorwon; a defectors’ group (not the South’s state) floated leaflets over the border three days ago, but the North has not yet answered: no armed action in the month, no threat, no ultimatum, no agreement being carried out: strained',
  ],
  // ----- June: the ultimatum, the lines cut, the office destroyed, the plans -----
  [
    '2020-06-05T12:00:00Z',
    3,
    'Kim Yo Jong demanded yesterday that Seoul stop the leaflets, or the North would shut the liaison office, leave Kaesong and scrap the military agreement: an ultimatum in force: coercive',
  ],
  [
    '2020-06-10T12:00:00Z',
    3,
    'The North cut every line with the South yesterday and calls it the enemy, sees no need to talk: talks broken off within two weeks, and the ultimatum stands: coercive',
  ],
  [
    '2020-06-14T12:00:00Z',
    3,
    'Kim Yo Jong said yesterday the liaison office will soon be seen "completely collapsed" and the next action against "the enemy" is left to the army: a threat of force, the ultimatum in force, contact cut: coercive',
  ],
  [
    '2020-06-16T12:00:00Z',
    3,
    'The North blew up the liaison office at Kaesong this afternoon, on its own soil, no one inside, and its army says it will re-enter the demilitarized zones: a hostile act and threats of war, but no fire between the two sides’ forces and nothing on the South’s territory: coercive, not militarised',
  ],
  [
    '2020-06-18T12:00:00Z',
    3,
    'The General Staff announced yesterday troops for Kaesong and Mount Kumgang, the guard posts re-manned and drills at the line; Seoul warns the North will pay the price: threats of war within two weeks, still no armed action: coercive',
  ],
  [
    '2020-06-26T12:00:00Z',
    3,
    'Kim suspended the military plans three days ago and the loudspeakers came down, but the plans are suspended, not withdrawn: the office was destroyed ten days ago and the threats of war were made nine days ago, both within two weeks: coercive',
  ],
  // ----- July – September: the quiet, then the killing at sea -----
  [
    '2020-07-08T12:00:00Z',
    2,
    'Three weeks since the office was destroyed and the army’s threats, none since, the plans suspended; the lines stay cut and the US envoy is in Seoul: no armed action in the month, no threat of war or ultimatum in two weeks, nothing agreed being carried out: strained',
  ],
  [
    '2020-09-15T12:00:00Z',
    2,
    'A quiet summer: no armed action, no threat, Kim and Moon exchanged letters of sympathy, but the lines are still cut and no agreement is being implemented: strained, not cooperative',
  ],
  [
    '2020-09-25T12:00:00Z',
    3,
    'North Korean sailors shot a South Korean fisheries official at sea on the 22nd and Seoul laid it on the North yesterday; Kim apologised this morning, but the killing blamed on the other party is within two weeks: lethal force on the other’s national, not armed action between forces: coercive',
  ],
  [
    '2020-09-29T12:00:00Z',
    3,
    'A week since the killing and five days since the blame; the North warns the South’s search vessels off its waters, Seoul asks for a joint investigation: an attack blamed on the other party within two weeks: coercive',
  ],
  [
    '2020-10-12T12:00:00Z',
    2,
    'Eighteen days since the South laid the killing on the North, beyond two weeks; Kim hoped at the parade that the two would take each other’s hand again; nothing armed, no threat of war, lines still cut, nothing agreed: strained',
  ],
  [
    '2020-12-20T12:00:00Z',
    2,
    'Seoul passed the law against the leaflets the North demanded six days ago; nothing hostile for almost three months, but there is no agreement between the two being implemented and the lines are still cut: strained, not cooperative',
  ],
];

describe('escalation model v2 on North Korea – South Korea, 2020 (a case it was never tuned on)', () => {
  it('the fixture replays through decide and cites a dated, graded source for every event', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // From 11 May the case has no fire between the two sides' forces: the office blown up on the North's soil and the
  // killing at sea are force short of armed action (the header says why), so no call from then on reads militarised.
  itReadsNoArmedAction(
    escalation,
    CALLS.filter(([at]) => at >= '2020-05-11'),
  );

  // The office blown up and the killing at sea are hostile acts between the two, short of armed action: each weighs as
  // coercion for the two weeks after it (the killing from the day it happened, its blame from the day it was laid), and
  // not after.
  it('the office destroyed and the killing at sea weigh for two weeks, and no longer', () => {
    const ats = CALLS.map(([at]) => at);
    const id = (key: string) =>
      definition.events.find((e) => e.type === 'IncidentReported' && e.data.incidentId === key)?.eventId ?? key;
    expect(datesCiting(escalation, ats, id('inc-liaison-office'))).toEqual([
      '2020-06-16T12:00:00Z',
      '2020-06-18T12:00:00Z',
      '2020-06-26T12:00:00Z',
    ]);
    expect(datesCiting(escalation, ats, id('inc-official-killed'))).toEqual([
      '2020-09-25T12:00:00Z',
      '2020-09-29T12:00:00Z',
    ]);
  });

  // The pair of actors matters (§5b): the United States and the defectors' group are third parties; their statements,
  // the envoy's visit and their registrations make nothing of the pair's level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act",
    definition.events.filter(
      (e) =>
        e.type === 'ActorRegistered' ||
        e.type === 'ThirdPartyEngagement' ||
        (e.type === 'StatementMade' &&
          ['united-states', 'fighters-for-a-free-north-korea'].includes(e.data.speaker.actorId)),
    ),
  );
});
