/**
 * Escalation model v2 on a case it was never tuned on: Nepal and India, September 2015 – March 2016, the constitution
 * and the border blockade (nepal-india-2015.ts, a test fixture; the United Democratic Madhesi Front, China and the UN
 * third parties). What it holds the model to that the other cases did not: a closure done by a third party (the front's
 * sit-in at Birgunj–Raxaul, against Nepal's government) that one party blames on the other; a border formally open
 * while one party's officials, by the other's account, halt the trade (a closure by India, alleged by Nepal); no armed
 * action at all, and one party's police killing the other's national in a crackdown on its own protesters; and a visit
 * with agreements that restores cooperation. The calls below were written from DOMAIN.md §5b alone, before the model
 * was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  datesCiting,
  escalationAt,
  itReadsEachCall,
  itReadsNoArmedAction,
  reasonsCiting,
} from './case-log';
import definition from './nepal-india-2015';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Nepal – India: [at, level, why]. The first run of the model agreed with all seventeen; none
 * was revised.
 */
const CALLS: readonly Call[] = [
  [
    '2015-09-19T12:00:00Z',
    2,
    "Jaishankar in Kathmandu as Modi's envoy on the eve of the constitution, warning against 'agitation and violence': India's displeasure in words only, nothing closed, no threat — strained",
  ],
  [
    '2015-09-21T06:00:00Z',
    2,
    "India only 'notes' the constitution promulgated yesterday and is concerned at the violence: critical rhetoric, the crossings open — strained",
  ],
  [
    '2015-09-22T12:00:00Z',
    2,
    "India 'deeply concerned', blaming Nepal's leadership for not defusing the tension; seven amendments reportedly asked for: accusations and demands, no coercive act yet — strained",
  ],
  [
    '2015-09-26T12:00:00Z',
    3,
    "Since the 23rd–24th trucks are halted: the Madhesi front sits in at Birgunj (Nepal blames India for it), and at the other crossings Indian customs and the SSB hold the trucks by Nepal's officials' account — a border closed against Nepal by India's officials, alleged: coercive",
  ],
  [
    '2015-10-08T12:00:00Z',
    3,
    "Two weeks of the blockade: Indian Oil fills a tenth of Nepal's tankers, Nepal's ambassador threatens to turn to China; India's alleged halting of trucks at the other crossings goes on — a border closed against Nepal",
  ],
  [
    '2015-10-29T12:00:00Z',
    3,
    "Nepal signed a fuel deal with China yesterday (a third party's support, not an act between the two); India's officials still halt the trucks by Nepal's account — coercive",
  ],
  [
    '2015-11-03T12:00:00Z',
    3,
    "Nepal's police killed an Indian national yesterday firing on Madhesi protesters at Birgunj — force aimed at its own protesters, not armed action between the two; Oli accuses India of propping up the blockade (an act blamed on the other party), and India's alleged halting of trucks goes on — coercive",
  ],
  [
    '2015-11-06T12:00:00Z',
    3,
    "Nepal took the obstruction to the UN Human Rights Council, India replied there that it is the protesters'; India's spokesman: 'no blockade by India'. The halting at the other crossings alleged by Nepal goes on, Oli's blame is four days old — coercive",
  ],
  [
    '2015-12-04T12:00:00Z',
    3,
    "A month on, Indian Oil still fills only part of Nepal's tankers at the other crossings: the closure by India's officials alleged by Nepal is still in force — coercive",
  ],
  [
    '2015-12-10T12:00:00Z',
    2,
    "India's depots fill Nepal's tankers again since about 7 December: India's alleged halting is lifted. What remains is the front's own sit-in at Birgunj — a third party's closure, against Nepal's government — and Nepal's last blame on India is five weeks old: no border closed by one party against the other, no blame in two weeks — strained",
  ],
  [
    '2015-12-23T12:00:00Z',
    2,
    "India welcomes the cabinet's decision to amend the constitution as 'positive steps'; no agreement between the two being implemented, the front's sit-in at Birgunj goes on — strained",
  ],
  [
    '2016-01-25T12:00:00Z',
    2,
    "The first amendment passed on the 23rd, India calls it a 'positive development'; the Birgunj sit-in is the front's; nothing hostile between the two since November — strained, not yet cooperative (no agreement between them being implemented)",
  ],
  [
    '2016-02-04T12:00:00Z',
    2,
    "The day before the Birgunj blockade ends: the front's sit-in (a third party's) still holds the main crossing; no act or threat between the two — strained",
  ],
  [
    '2016-02-06T12:00:00Z',
    2,
    'Traders and front activists cleared the Miteri bridge yesterday and trucks move: nothing closed; but no agreement between the two being implemented yet — strained',
  ],
  [
    '2016-02-19T12:00:00Z',
    2,
    'Oli arrives in New Delhi today for the first visit of his premiership; nothing agreed yet — strained',
  ],
  [
    '2016-02-21T12:00:00Z',
    1,
    "Modi and Oli signed the agreements yesterday (reconstruction grant, Terai roads, the Muzaffarpur–Dhalkebar line), 'misunderstandings' over: an agreement being implemented, and no hostile act or threat between the two for over a month (India's alleged halting lifted about 7 December, the last accusations in early November) — cooperative",
  ],
  [
    '2016-03-15T12:00:00Z',
    1,
    'Three weeks after the visit: the agreements signed in New Delhi being implemented, supplies normal, nothing hostile between the two for months — cooperative',
  ],
];

const eventIdOf = (incidentId: string): string =>
  definition.events.find((e) => e.type === 'IncidentReported' && e.data.incidentId === incidentId)?.eventId ?? '';

describe('escalation model v2 on Nepal – India, 2015–16 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No fire between the two sides' forces in the whole crisis (§5b): the Birgunj killing of 2 November is Nepal's
  // police firing on its own protesters (an Indian national among them), not armed action between the parties.
  itReadsNoArmedAction(escalation, CALLS);

  // A border closed against the other party weighs while it lasts (§5b): India's officials halting the trucks at the
  // other crossings, as Nepal alleges, is a reason for the level until its lifting in early December. After it, it is
  // named only in the strained reading (closed on a day of the last month keeps the level from 1), not as coercion.
  // Revised after the first run: as first written, this test expected the lifted closure to be cited by no reason at
  // all on 10 December; the model cites it in its strained reason, which is what the lead's settled reading asks.
  it("India's alleged halting of trucks is a reason for the level while it lasts, and not coercion after it is lifted", () => {
    const halting = eventIdOf('india-halting-2015-09-24');
    const dates = ['2015-10-08T12:00:00Z', '2015-10-29T12:00:00Z', '2015-12-04T12:00:00Z'];
    expect(datesCiting(escalation, dates, halting)).toEqual(dates);
    const after = reasonsCiting(escalation, [['2015-12-10T12:00:00Z']], [halting], (r) => r.rule !== 'strained');
    expect(after).toEqual([]);
  });

  // A third party's closure blamed on the other party is coercion between the two for two weeks from each laying of
  // the blame (§5b, as for an attack): the front's sit-in, blamed on India when it began and again by Oli on 2
  // November, is a reason on the days after; the blame is said as a closure's. Added after the model's fix of the
  // closure's own `blamedOn` (not read before it): the calls are unchanged, the first run agreed with all of them.
  it("the Madhesi front's sit-in, blamed on India, is coercion in the two weeks after each blame", () => {
    const sitIn = eventIdOf('birgunj-sitin-2015-09-23');
    const blamed = (at: string) => reasonsCiting(escalation, [[at]], [sitIn], (r) => r.rule === 'coercion');
    expect(blamed('2015-09-26T12:00:00Z')).toEqual([expect.stringContaining('Border closure blamed on India')]);
    expect(blamed('2015-11-03T12:00:00Z')).toEqual([
      expect.stringContaining('Border closure of 2015-09-23 blamed on India by Nepal'),
    ]);
    expect(blamed('2015-10-29T12:00:00Z')).toEqual([]);
  });

  // A closure by a third party is not a border closed by one party against the other: once Nepal's blame on India is
  // more than two weeks old, the front's sit-in at Birgunj is no reason for the pair's level.
  it("the Madhesi front's sit-in, once its blame on India is old, is no reason for the level", () => {
    const sitIn = eventIdOf('birgunj-sitin-2015-09-23');
    const quiet = CALLS.filter(([at]) => at >= '2015-12-10' && at < '2016-02-05');
    expect(quiet.length).toBeGreaterThan(0);
    expect(reasonsCiting(escalation, quiet, [sitIn])).toEqual([]);
  });
});
