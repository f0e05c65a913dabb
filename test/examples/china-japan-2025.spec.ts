/**
 * Escalation model v2 on a case it was never tuned on: China and Japan after Prime Minister Sanae Takaichi's answer in
 * the Diet (7 November 2025) that a Chinese attack on Taiwan with warships could be a survival-threatening situation,
 * to her words of 20 February 2026 (china-japan-2025.ts, a test fixture; a separate negotiation from
 * china-japan-2012.ts). What it holds the model to that the other cases did not: a crisis of words and economic
 * pressure with no shot fired — a consul general's threat to behead the prime minister, a demand to retract refused,
 * a defence ministry's and a UN letter's threats of force if Japan intervenes over Taiwan, advisories against travel
 * and study, seafood and dual-use export bans, films withheld, talks that meet and make no progress — with coast guard
 * ships at the disputed islands and a carrier's fighters locking radar on Japan's. Every call is for the pair China –
 * Japan; Taiwan, the United States and the UN Secretary-General are third parties.
 *
 * How the analyst reads §5b here: a threat of force against the other's forces is a threat of war (coercive for about
 * two weeks), so the defence ministry's "crushing defeat" (14 November) and the letter to the UN saying China would
 * exercise self-defence if Japan intervened (21 November) make the level 3 until about 5 December. A threat against a
 * leader's person by a consul general, "a heavy blow" naming no force, a warning of "self-destruction", a demand
 * refused, and economic coercion (advisories, import and export bans) are none of §5b's coercive acts: critical
 * rhetoric and hostile acts, strained. Ships in the islands' waters, a drone, a radar lock and bombers off the coast
 * are shows of force with no force used on the other's ships or people: not armed action, strained. The directors-
 * general's talks made no progress but did not collapse. Never cooperative: there is no agreement to implement.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, escalationAt, itReadsEachCall, itReadsNoArmedAction, reasonsCiting } from './case-log';
import definition from './china-japan-2025';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for China – Japan: [at, level, why], unchanged since they were written. The first run of the model
 * agreed with all eighteen, for the reasons written beside them: the defence ministry's threat (14 November) and the
 * letter to the UN (21 November) are its threats of war, and the level reads strained again fifteen days after the
 * letter; the consul general's post and Sun Weidong's "heavy blow" (recorded as threats naming no force) count as
 * hostile statements, and the ships, the drone, the radar locks and the bombers as shows of force. Nothing was revised
 * and nothing is left (no LEFT list).
 */
const CALLS: readonly Call[] = [
  [
    '2025-11-09T12:00:00Z',
    2,
    "Takaichi told the Diet that a Chinese attack on Taiwan with warships could allow Japan's collective self-defence — a statement of when Japan could use force, not a threat against China; Osaka's consul general posted that 'that dirty neck' must be cut off, a threat to the prime minister's person naming no state force: critical rhetoric and a protest, no threat of war, no talks broken: strained",
  ],
  [
    '2025-11-11T12:00:00Z',
    2,
    "Japan protests the consul general's post and demands its deletion; Takaichi refuses to retract her remark; the US ambassador condemns the post: accusations, no threat of war: strained",
  ],
  [
    '2025-11-13T12:00:00Z',
    2,
    "China summons Japan's ambassador and demands that Takaichi retract, or Japan 'must take full responsibility'; 'a heavy blow' for anyone who interferes names no force and sets no deadline: a demand and a warning, not an ultimatum nor a threat of war: strained",
  ],
  [
    '2025-11-15T12:00:00Z',
    3,
    "China's defence ministry said yesterday that if Japan uses force over Taiwan it will 'suffer a crushing defeat' and 'pay a heavy price': a threat of force against the other's forces within two weeks; China also tells its citizens to avoid Japan: coercive",
  ],
  [
    '2025-11-17T12:00:00Z',
    3,
    "The defence ministry's threat is three days old; coast guard ships patrolled the islands' waters yesterday and a drone flew near Yonaguni (shows of force); students are told to reconsider Japan: coercive",
  ],
  [
    '2025-11-19T12:00:00Z',
    3,
    'The directors-general met in Beijing yesterday without progress (not broken off); China suspends seafood imports today — economic pressure with no force; the threat of force is five days old: coercive',
  ],
  [
    '2025-11-22T12:00:00Z',
    3,
    "China's letter to the UN Secretary-General yesterday: if Japan intervenes by force it is aggression and China will exercise its right of self-defence — a threat of war against Japan, to be circulated to all members: coercive",
  ],
  [
    '2025-11-27T12:00:00Z',
    3,
    "The letter's threat is six days old (the defence ministry's thirteen); Japan answered it in writing; the advisories and the seafood suspension stand: coercive",
  ],
  [
    '2025-12-03T12:00:00Z',
    3,
    "Coast guard ships entered the islands' waters yesterday and made for a Japanese fishing boat, with no force used; the letter's threat of self-defence is twelve days old; China's second letter repeats the demand without the threat: coercive",
  ],
  [
    '2025-12-04T12:00:00Z',
    3,
    "The threat in the letter to the UN is thirteen days old, still within §5b's two weeks; nothing coercive since: coercive",
  ],
  [
    '2025-12-06T06:00:00Z',
    2,
    'The last threat of force (the letter to the UN, 21 November) is fifteen days old, and nothing coercive since — a second letter of accusations, ships at the islands: the demand stands refused, the bans and advisories stay: strained',
  ],
  [
    '2025-12-07T12:00:00Z',
    2,
    "The Liaoning's J-15s locked fire-control radar on Japanese F-15s twice yesterday over international waters, by Japan's account; no weapon fired, nobody harmed, China denies and protests back; Japan summons the ambassador: a show of force, not armed action nor a threat of war: strained",
  ],
  [
    '2025-12-10T12:00:00Z',
    2,
    "Chinese and Russian bombers flew together towards Shikoku yesterday, which Tokyo calls 'coercive action'; no airspace violated, no force used, no threat stated: a show of force: strained",
  ],
  [
    '2025-12-24T12:00:00Z',
    2,
    'Two weeks with nothing new recorded; the demand to retract stands refused, the advisories and the seafood suspension stay; no agreement to implement and hostile acts within the month: strained',
  ],
  [
    '2026-01-07T12:00:00Z',
    2,
    'China banned dual-use exports to Japan yesterday over the remark, and Japan demands their withdrawal: economic coercion with no force and no threat of war: strained',
  ],
  [
    '2026-02-09T12:00:00Z',
    2,
    "After Takaichi's election victory China says its policy is unchanged and she should retract: critical rhetoric, a demand long refused: strained",
  ],
  [
    '2026-02-16T12:00:00Z',
    2,
    "Wang Yi at Munich: Japan's remark is 'absolutely unacceptable', militarism haunts it, and it courts 'self-destruction' if it strays again — a warning naming no force of China's, not a threat of war: strained",
  ],
  [
    '2026-02-21T12:00:00Z',
    2,
    "Takaichi tells the Diet that China seeks to change the status quo 'by force or coercion' while Japan wants stable ties: critical rhetoric both ways, no threat: strained",
  ],
];

describe("escalation model v2 on China – Japan after Takaichi's Taiwan remarks, 2025–26 (a case it was never tuned on)", () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No shot between the two (§5b): ships in claimed waters, a drone, a radar lock and bombers are shows of force; the
  // threats are threats, not armed action.
  itReadsNoArmedAction(escalation, CALLS);

  // The pair of actors matters (§5b): the US ambassador's words are a third party's, never a reason for China – Japan.
  it("no reason for the pair's level is a third party's words", () => {
    const third = new Set(['united-states', 'taiwan', 'un-secretary-general']);
    const theirs = definition.events.flatMap((e) =>
      e.type === 'StatementMade' && third.has(e.data.speaker.actorId) ? [e.eventId] : [],
    );
    expect(theirs).toHaveLength(1);
    expect(reasonsCiting(escalation, CALLS, theirs)).toEqual([]);
  });

  // Economic coercion is none of §5b's coercive acts: the advisories, the films, the seafood and the dual-use ban
  // (CAMEO 163) are never the reason for a level of 3 or more.
  it('no advisory, import or export ban is a reason for coercive or worse', () => {
    const measures = definition.events.flatMap((e) => (e.cameo === '163' ? [e.eventId] : []));
    expect(measures).toHaveLength(5);
    expect(reasonsCiting(escalation, CALLS, measures, (r) => r.level >= 3)).toEqual([]);
  });

  // How long the level stays coercive: the letter to the UN's threat of self-defence is a reason from the day after it
  // to thirteen days on, and no longer at fifteen.
  it('the letter to the UN is the reason for coercive from the day after to thirteen days on, and not at fifteen', () => {
    const letter = definition.events.find(
      (e) => e.type === 'StatementMade' && e.data.tone === 'military-threat' && e.occurredAt === '2025-11-21',
    );
    expect(letter).toBeDefined();
    const coerciveOn = (at: string) =>
      escalation(at).reasons.some((r) => r.level === 3 && r.eventIds.includes(letter?.eventId ?? ''));
    expect(
      ['2025-11-22T12:00:00Z', '2025-12-04T12:00:00Z', '2025-12-06T06:00:00Z'].map((at) => [at, coerciveOn(at)]),
    ).toEqual([
      ['2025-11-22T12:00:00Z', true],
      ['2025-12-04T12:00:00Z', true],
      ['2025-12-06T06:00:00Z', false],
    ]);
  });
});
