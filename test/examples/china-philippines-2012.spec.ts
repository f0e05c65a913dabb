/**
 * Escalation model v2 on a case it was never tuned on: China and the Philippines at Scarborough Shoal from the
 * Philippine Navy's attempt to arrest Chinese fishermen (10 April 2012) to China's rejection of the arbitration Manila
 * filed (19 February 2013) (china-philippines-2012.ts, a test fixture; a separate negotiation from
 * china-philippines-2025). What it holds the model to that the other cases did not: a standoff of government ships in
 * which no force is used on either side's ships or people, an arrest stopped by ships placing themselves in the way,
 * economic pressure with no border closed (tour groups suspended, fruit held at the ports), a withdrawal agreed and
 * carried out by one side only, a lasting loss of access after which the log records few acts, and a turn to
 * arbitration — one party's legal step, not an agreement of the pair. Every call is for the pair China – Philippines;
 * the United States is a third party, and the fishermen, protesters and hackers are the parties' nationals, not their
 * forces.
 *
 * How the analyst reads §5b here: ships holding a claim, an arrest blocked by position, aircraft over a coast guard
 * ship, a rope across a lagoon are shows of force — not armed action, not force used on the other's ships or people,
 * not a border closed between the two states; Fu Ying's "fully prepared to respond to any escalation" names no force
 * (a warning, not a threat of war); no ultimatum was issued; del Rosario stopped meeting the ambassador but his
 * subordinates went on negotiating (talks not collapsed); the tour suspensions and fruit inspections are economic
 * pressure, which §5b does not list among coercive acts. So strain (level 2) throughout, never cooperative: the ships
 * are there while the understanding to leave the lagoon is young, and once China stopped applying it (26 June) no
 * agreement between the two is being implemented.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction, reasonsCiting } from './case-log';
import definition from './china-philippines-2012';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for China – Philippines over Scarborough Shoal: [at, level, why], unchanged since they were
 * written. The first run agreed with all eighteen; nothing was revised, and the model is unchanged. What the calls from
 * September on rest on is the recording of the lagoon understanding as withdrawn by China on 26 June (the analyst's
 * reading of its boats back in the lagoon, written in the fixture before the run): left with no status, it would read
 * as an agreement being implemented, and with no act recorded between the barrier (July) and the ships of 29 November,
 * nor after them, the model would read 1 on 24 September, 5 October, 10 and 23 January (checked after the run).
 */
const CALLS: readonly Call[] = [
  [
    '2012-04-11T12:00:00Z',
    2,
    "Yesterday two Chinese surveillance ships placed themselves between the Philippine warship and the fishing boats and stopped the arrest: no weapon, no contact, nobody harmed — a show of force, not armed action nor force used on the other's ships; both governments protest, China demands the warship leave (no deadline, no consequence), Manila is 'prepared to secure the territory' (a warning): strained",
  ],
  [
    '2012-04-14T12:00:00Z',
    2,
    "The del Rosario – Ma talks ended last night in 'a stalemate', each demanding the other's ship leave first — no progress, not a collapse; a Chinese ship and aircraft are back over the coast guard vessel: shows of force and critical words: strained",
  ],
  [
    '2012-04-24T12:00:00Z',
    2,
    "China says it pulled two ships out, the DFA says two are still there with fishing boats, and Aquino keeps a coast guard ship 'showing the flag': each side's government ships hold the shoal, no force used, talks go on: strained",
  ],
  [
    '2012-05-01T12:00:00Z',
    2,
    'China refused to take the dispute to ITLOS (29 April); del Rosario stopped meeting Ambassador Ma and protested her reports, but his subordinates negotiate with her: talks not collapsed, a refusal and accusations, no threat: strained',
  ],
  [
    '2012-05-08T12:00:00Z',
    2,
    "Fu Ying summoned the Philippine chargé a third time yesterday: China is 'fully prepared to respond to any escalation' and its government ships stay on alert — a warning naming no force, not a threat of war nor an ultimatum: strained",
  ],
  [
    '2012-05-12T12:00:00Z',
    2,
    'Chinese tour groups to the Philippines suspended on official order and Philippine fruit held for stiffer inspections; about 200 protest peacefully in Makati and Beijing says Manila incited them: economic pressure and accusations, no border closed, no threat of force: strained',
  ],
  [
    '2012-06-01T12:00:00Z',
    2,
    'Seven Chinese government ships and eight fishing boats at the shoal against two Philippine vessels (30 May), weeks into the standoff: shows of force with no force used, no threat, no talks broken off: strained',
  ],
  [
    '2012-06-17T12:00:00Z',
    2,
    "The two agreed to leave the lagoon and the Philippines ordered its two ships home on the 15th, but China's ships are still there (del Rosario is 'waiting for them to remove those vessels'): the agreement is young and Chinese ships held the shoal within the month — not a month without a hostile act: strained",
  ],
  [
    '2012-06-20T12:00:00Z',
    2,
    "China will 'maintain administration and vigilance' over the shoal's waters and six of its government ships stay there, no Philippine ship left: a show of force within the month: strained",
  ],
  [
    '2012-06-28T12:00:00Z',
    2,
    "Chinese boats are back inside the lagoon (25 June) and its ships outside; the DFA says they 'obviously returned': China does not apply the understanding, which only the Philippines carried out — no agreement being implemented, shows of force: strained",
  ],
  [
    '2012-07-19T12:00:00Z',
    2,
    "The DFA discloses a Chinese barrier of rope, nets and dinghies across the lagoon's mouth and says China has not fulfilled the agreement: a show of force barring access to a disputed shoal, not a border closed between the two states nor force used on Philippine ships: strained",
  ],
  [
    '2012-07-27T12:00:00Z',
    2,
    'Sansha City established on the 24th with a garrison, its jurisdiction over the shoal; Manila summons the ambassador: an administrative claim and a protest, no force and no threat: strained',
  ],
  [
    '2012-09-24T12:00:00Z',
    2,
    'Roxas met Xi in Nanning on the 21st: neither budged on the shoal; no agreement between the two is being implemented (China dropped the lagoon understanding) and China holds the shoal: talks holding, rival claims: strained',
  ],
  [
    '2012-10-05T12:00:00Z',
    2,
    'Ambassador Ma says the Nanning meeting eased tensions: conciliatory words, but no agreement being implemented: strained, not cooperative',
  ],
  [
    '2012-11-30T12:00:00Z',
    2,
    "Del Rosario yesterday: three Chinese ships are still at the shoal, 'they never really left', China violates the agreement to pull out: a show of force and accusations: strained",
  ],
  [
    '2013-01-10T12:00:00Z',
    2,
    'China keeps the shoal and Philippine boats out of it; no agreement of the two is being implemented, no force or threat since: rival claims and accusations: strained',
  ],
  [
    '2013-01-23T12:00:00Z',
    2,
    'The Philippines filed arbitration under UNCLOS yesterday, having exhausted "almost all political and diplomatic avenues": a legal step by one party, not an agreement of the two, not a threat: strained',
  ],
  [
    '2013-02-20T12:00:00Z',
    2,
    "China returned the notification yesterday and rejects the arbitration, calling the claims 'false accusations'; Manila says it proceeds with or without China: a rejection and criticism, no force, no threat: strained",
  ],
];

describe('escalation model v2 on China – Philippines at Scarborough Shoal, 2012–13 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No shot between the two (§5b): ships at the shoal, an arrest blocked by position, aircraft and a rope barrier are
  // shows of force; the warnings name no force.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the United States is a third party, never a reason for China – Philippines.
  it("no reason for the pair's level is the United States' registration or act", () => {
    const us = definition.events.filter(
      (e) =>
        (e.type === 'ActorRegistered' && e.data.actor.id === 'united-states') ||
        (e.type === 'StatementMade' && e.data.speaker.actorId === 'united-states'),
    );
    expect(us).toHaveLength(1);
    expect(
      reasonsCiting(
        escalation,
        CALLS,
        us.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });

  // A withdrawal carried out by one side only: once China stopped applying the lagoon understanding (26 June), no call
  // date rests on it as an agreement being implemented.
  it('after China stopped applying the lagoon understanding, no call is cooperative on the strength of it', () => {
    const agreement = definition.events.find((e) => e.type === 'AgreementReached');
    const withdrawn = definition.events.find((e) => e.type === 'AgreementStatusChanged');
    expect(withdrawn?.occurredAt).toBe('2012-06-26');
    const after = CALLS.filter(([at]) => at > '2012-06-26');
    expect(after).toHaveLength(9);
    expect(
      reasonsCiting(escalation, after, [agreement?.eventId ?? '', withdrawn?.eventId ?? ''], (r) => r.level === 1),
    ).toEqual([]);
  });
});
