/**
 * Escalation model v2 on a case it was never tuned on: China and Japan over the Senkaku (Diaoyu) Islands from the
 * Hong Kong activists' landing of August 2012 to the four-point consensus (November 2014), the talks on a maritime
 * communication mechanism (2015) and its signature (May 2018) (china-japan-2012.ts, a test fixture). What it holds the
 * model to that the other cases did not: years of coast guard ships, aircraft and warships pressing a claim with no
 * shot fired between the two — government ships in the territorial sea, a plane over the islands, a fire-control
 * radar lock, fighters passing within 30 metres, an air defence zone declared over the other's islands — and a thaw
 * agreed in four points and carried out in talks while the ships keep coming. Every call is for the pair China –
 * Japan; the Hong Kong activists, the rioters in Chinese cities and the United States are third parties.
 *
 * How the analyst reads §5b here: a ship in the other's claimed waters, a plane over its islands, a radar lock or a
 * close pass is a show of force with no force used on the other's ships or people — not armed action, and none of
 * §5b's coercive acts — so strain (level 2), and a hostile act that keeps the level from 1 for a month. The one
 * threat of force is the air defence zone's "defensive emergency measures" against aircraft that do not obey
 * (coercive for about two weeks). The riots are the protesters' acts, and Japan did not lay them on the Chinese state.
 * Never cooperative on the dates called: the ships are in the islands' waters every few weeks, before and after the
 * four points.
 *
 * The calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason.
 * Nineteen are in CALLS, which the model must agree with; one is in LEFT, kept as written with the model's level
 * asserted beside it.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itLeavesEachCall,
  itReadsEachCall,
  itReadsNoArmedAction,
  reasonsCiting,
  type LeftCall,
} from './case-log';
import definition from './china-japan-2012';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for China – Japan: [at, level, why], unchanged since they were written. The first run agreed with
 * seventeen of twenty and missed three, all reading 1 where the call is 2 — "an agreement being implemented; no hostile
 * act or threat in the last 30 days" — because the log recorded no entry of the ships in the month before; the model
 * read the log as it stood, and is unchanged.
 * - 8 and 11 November 2014 (a: the recording was thin). The calls rest on the coast guard's entries going on around the
 *   four points; the fixture then held none between the close pass of 11 June and 23 December. A dated report of 25
 *   November (Jiji, via Sputnik) gives an entry that day and the one before it, on 3 November: an analyst following the
 *   news would have recorded both when they were reported, as the fixture records every entry a dated report names.
 *   They were found by a search made after the run, and added; the model then reads 2 on both dates.
 * - 10 May 2018 (d: LEFT below). Japan counted 19 entries in 2018 by 11 November, but no dated report of one between
 *   7 January and the signature was found, so the log cannot say what the analyst knows.
 */
const CALLS: readonly Call[] = [
  [
    '2012-08-16T12:00:00Z',
    2,
    "Hong Kong activists (a third party) landed on Uotsuri yesterday and were arrested by Japan; Japan protests to China and summoned its ambassador, China protests the detentions: accusations, no act of either state's forces against the other, no threat: strained",
  ],
  [
    '2012-09-12T12:00:00Z',
    2,
    "Japan bought three of the islands yesterday; China declared baselines around them and sent two surveillance ships to their waters, and its defence ministry 'reserves the right to adopt corresponding measures': a show of force and warnings naming no force, not a threat of war; no talks broken off: strained",
  ],
  [
    '2012-09-17T12:00:00Z',
    2,
    "Six Chinese government ships entered the territorial sea on the 14th (a show of force, no force used on Japanese ships); over the weekend protesters burned and vandalised Japanese plants and shops in Chinese cities — a third party's acts, which Japan does not lay on the Chinese state (it asks Beijing to protect its nationals, and Beijing says it will): not coercion between the two: strained",
  ],
  [
    '2012-09-21T12:00:00Z',
    2,
    "Japan will claim compensation from China for the damage to its missions, an issue 'between the governments', and weighs a special envoy; the riots have stopped: a demand and accusations, no threat, no ultimatum: strained",
  ],
  [
    '2012-09-25T12:00:00Z',
    2,
    'China postponed the 40th-anniversary reception and its ships entered the territorial sea again yesterday: relations reduced and a show of force, no coercion in §5b’s sense: strained',
  ],
  [
    '2012-12-14T12:00:00Z',
    2,
    'A Chinese government plane flew over the islands yesterday, the first such intrusion, and Japan scrambled fighters; Chinese ships were in the territorial sea the day before: shows of force with no force used, protests both ways: strained',
  ],
  [
    '2013-02-06T12:00:00Z',
    2,
    'Japan reveals that a Chinese frigate locked its fire-control radar on the destroyer Yūdachi (30 January) and protests; no weapon fired, nobody harmed, no threat stated: a show of force, not armed action nor a threat of war: strained',
  ],
  [
    '2013-04-24T12:00:00Z',
    2,
    'Eight Chinese ships in the territorial sea yesterday, the most yet; Japan summons the ambassador and Abe vows to expel any landing by force — a warning to defend islands Japan holds, not a threat of war against China: strained',
  ],
  [
    '2013-11-24T12:00:00Z',
    3,
    "China declared an air defence identification zone over the islands yesterday, its armed forces to take 'defensive emergency measures' against aircraft that do not obey: a threat of military force against the other's aircraft over islands the other holds, within the last two weeks: coercive",
  ],
  [
    '2013-12-04T12:00:00Z',
    3,
    "The zone's threat of force is eleven days old; Japan and the United States refuse to recognise it and China refuses to revoke it: coercive",
  ],
  [
    '2013-12-12T12:00:00Z',
    2,
    'The threat of 23 November is nineteen days old and nothing coercive since (China did not act against the flights that ignored the zone); the refusals stand: strained',
  ],
  [
    '2013-12-27T12:00:00Z',
    2,
    "Abe visited Yasukuni yesterday; China condemns it, summons the ambassador and warns that Japan 'must bear the responsibility for all the consequences': critical rhetoric and a warning naming no force: strained",
  ],
  [
    '2014-05-26T12:00:00Z',
    2,
    'Chinese Su-27s carrying missiles passed within 30–50 metres of Japanese surveillance planes two days ago, and each side calls the other dangerous: a show of force, no force used, no threat: strained',
  ],
  [
    '2014-09-25T12:00:00Z',
    2,
    'The maritime consultations resumed in Qingdao after two years, defence liaison to resume in principle; no agreement yet to implement: talks holding, strained',
  ],
  [
    '2014-11-08T12:00:00Z',
    2,
    'The four points were agreed yesterday and the foreign ministers met today: an agreement being implemented; but Chinese government ships keep entering the territorial sea (on 32 days of 2014), so not a month without a hostile act: strained',
  ],
  [
    '2014-11-11T12:00:00Z',
    2,
    "Xi and Abe met yesterday, 'the first step' under the four points; the coast guard's entries into the territorial sea go on every few weeks: not a month without a hostile act: strained",
  ],
  [
    '2014-12-31T12:00:00Z',
    2,
    'Three China Coast Guard ships were in the territorial sea yesterday, and some on the 23rd: a show of force within the month, though the four points are being implemented: strained',
  ],
  [
    '2015-01-13T12:00:00Z',
    2,
    'The defence talks on the communication mechanism resumed yesterday under the four points; the coast guard entries of late December are two weeks old: strained',
  ],
  [
    '2018-11-12T12:00:00Z',
    2,
    'Four China Coast Guard ships entered the territorial sea yesterday, the first entry since 17 October: a show of force; the mechanism is in force and the talks go on: strained',
  ],
];

/**
 * Left as the model reads it (d: the log cannot say what the analyst sees), the call kept as written, with the model's
 * level and the rule it gives.
 */
const LEFT: readonly LeftCall[] = [
  {
    call: [
      '2018-05-10T12:00:00Z',
      2,
      'The maritime and air communication mechanism was signed yesterday in Tokyo with Li Keqiang: an agreement being implemented; but the coast guard keeps entering the territorial sea (19 times in 2018 by November), so not a month without a hostile act: strained',
    ],
    model: 1,
    rule: 'agreement-implemented',
  },
];

describe('escalation model v2 on China – Japan over the Senkaku (Diaoyu) Islands, 2012–18 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // No shot between the two (§5b): ships in claimed waters, a plane over the islands, a radar lock and close passes
  // are shows of force; the zone's threat is a threat, not armed action.
  itReadsNoArmedAction(escalation, [...CALLS, ...LEFT.map((l) => l.call)]);

  // The pair of actors matters (§5b): the activists' landing, the riots and the United States' words and flights are
  // third parties' acts, never a reason for China – Japan.
  it("no reason for the pair's level is the activists', the rioters' or the United States' act or words", () => {
    const third = new Set(['hk-activists', 'chinese-protesters', 'united-states']);
    const theirs = new Set(
      definition.events.flatMap((e) => {
        const d = e.data as Record<string, unknown>;
        const byThird =
          (e.type === 'IncidentReported' && third.has(d.perpetrator as string)) ||
          (e.type === 'StatementMade' && third.has((d.speaker as { actorId: string }).actorId)) ||
          (e.type === 'PositionTaken' && third.has(d.actorId as string));
        return byThird ? [e.eventId] : [];
      }),
    );
    // The landing, the two riots, the B-52s; Kerry and the US embassy; the US refusal of the zone's rules.
    expect(theirs.size).toBe(7);
    expect(reasonsCiting(escalation, CALLS, theirs)).toEqual([]);
  });

  // The one coercive stretch: the zone's threat of force is why the level is 3 the day after, and only for §5b's two
  // weeks.
  it('the air defence zone is the reason for coercive the day after and eleven days after, and no longer after nineteen', () => {
    const adiz = definition.events.find(
      (e) => e.type === 'StatementMade' && e.data.tone === 'military-threat' && e.occurredAt.startsWith('2013-11-23'),
    );
    expect(adiz).toBeDefined();
    const coerciveOn = (at: string) =>
      escalation(at).reasons.some((r) => r.level === 3 && r.eventIds.includes(adiz?.eventId ?? ''));
    expect(
      ['2013-11-24T12:00:00Z', '2013-12-04T12:00:00Z', '2013-12-12T12:00:00Z'].map((at) => [at, coerciveOn(at)]),
    ).toEqual([
      ['2013-11-24T12:00:00Z', true],
      ['2013-12-04T12:00:00Z', true],
      ['2013-12-12T12:00:00Z', false],
    ]);
  });

  itLeavesEachCall(escalation, LEFT);
});
