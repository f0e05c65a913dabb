/**
 * Escalation model v2 on a case it was never tuned on: the break between Mali and Algeria, December 2023 – October 2025
 * (mali-algeria-2023.ts, a test fixture; the Azawad rebel coalition, the Wagner Group, the AES and the ICJ third
 * parties). What it holds the model to that the other cases did not: a break between neighbours with no fire between
 * their forces except one drone downed — armed action by one party on the other's aircraft, in one place, no one killed:
 * militarised for a week, never hostilities; an agreement withdrawn from that the other party mediated but did not
 * sign, which §5b does not list as coercion; fighting near the border that is a third party's (FAMa and Wagner against
 * the rebels); years of accusations that the other shelters one's enemies, which name no attack and stay strained; and
 * airspace closed both ways, a lasting condition that holds the pair at coercive once the drone is a month old. The
 * calls below were written from DOMAIN.md §5b alone, before the model was run on the case, each with its reason; the
 * model must agree with every one.
 */
import { caseProblems } from '../../examples/case-builder';
import { type Call, caseEntries, datesCiting, escalationAt, itReadsEachCall, reasonsCiting } from './case-log';
import definition from './mali-algeria-2023';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/**
 * The analyst's calls for Mali – Algeria: [at, level, why]. Nineteen were written before the model was run (commit
 * "calls written before the model was run"); the first run agreed with all nineteen, so none was revised and none is
 * left to the model's reading.
 */
const CALLS: readonly Call[] = [
  [
    '2023-12-21T18:00:00Z',
    2,
    "Mali summoned Algeria's ambassador yesterday over 'unfriendly acts' and interference (Dicko received by Tebboune, meetings with the rebels); Algeria summoned Mali's today: accusations and protests, no threat, ultimatum, closure or force; the Algiers agreement is Mali's with the rebels, not an agreement between the pair, so not cooperative",
  ],
  [
    '2023-12-27T12:00:00Z',
    2,
    'Both ambassadors recalled for consultations: a diplomatic protest, nothing §5b counts as coercion',
  ],
  [
    '2024-01-20T12:00:00Z',
    2,
    "Goïta's 'inter-Malian dialogue' leaves Algeria's mediation aside; the ambassadors are still recalled; no threat or act of force between the two: strained",
  ],
  [
    '2024-01-27T12:00:00Z',
    2,
    "Mali ended the Algiers agreement two days ago, charging Algeria with 'hostile acts'; Algeria regrets it and warns that the military option threatens Mali's unity — a warning about Mali's course, not a threat against Mali. Leaving an agreement Algeria mediated but did not sign is not in §5b's list, the charge names no attack, and the rebels' talk of war is a third party's: accusations, strained",
  ],
  [
    '2024-07-28T12:00:00Z',
    2,
    'The battle of Tinzaouaten near the border is between FAMa with Wagner and the rebel coalition; no source has Algeria in it or Mali blaming Algeria for it: a third party fighting one party is not armed action between the pair',
  ],
  [
    '2024-08-31T12:00:00Z',
    2,
    "Mali's drone strikes on Tinzaouaten hit the rebels' town, not Algeria; Algeria's envoy condemns them at the UN and Mali's envoy says he relays terrorist propaganda: critical rhetoric and accusations",
  ],
  [
    '2024-10-01T12:00:00Z',
    2,
    "At the General Assembly Maïga accuses Algeria of harbouring terrorists and says Mali will answer 'every bullet fired against us' in kind — an answer to words, conditional, not a threat of war; Attaf deplores the language: strained",
  ],
  [
    '2025-01-03T12:00:00Z',
    2,
    "Mali accuses Algeria of sheltering and supporting 'terrorist groups' after Attaf's words on a military solution: blame without an attack named is an accusation, not coercion",
  ],
  [
    '2025-03-31T12:00:00Z',
    2,
    'The day before the drone: three months of words since the last exchange, no threat, closure or force between the two: strained',
  ],
  [
    '2025-04-01T12:00:00Z',
    4,
    "Overnight Algeria's air defence shot down a Malian military drone near Tinzaouaten (Algeria: inside its airspace; Mali: over Mali): armed action between the parties' forces in the last seven days, no ceasefire; one aircraft, one place, no one killed — not heavy, so not hostilities",
  ],
  [
    '2025-04-04T12:00:00Z',
    4,
    'Three and a half days after the drone was downed; Mali now says it was a premeditated hostile act: armed action within the week',
  ],
  [
    '2025-04-07T18:00:00Z',
    4,
    'Six days after the downing: still within the week of armed action; the AES and Algeria recalled their ambassadors and each closed its airspace to the other today',
  ],
  [
    '2025-04-10T12:00:00Z',
    3,
    'Nine days after the downing: armed action within the month but not the week; the airspaces are closed against each other',
  ],
  [
    '2025-05-15T12:00:00Z',
    3,
    'Six weeks after the downing: no armed action in the month, but each side keeps its airspace closed against the other — a border closed against the other party',
  ],
  [
    '2025-07-21T12:00:00Z',
    3,
    'Tebboune offers to help negotiate between Bamako and the rebels and refuses mercenaries on the border: words, no agreement between the pair; the closures stand',
  ],
  [
    '2025-09-06T12:00:00Z',
    3,
    "Mali takes the downing to the ICJ as 'an aggression' and charges Algeria with collusion with terrorists: accusations; what holds the level is the airspace closed both ways",
  ],
  [
    '2025-09-30T12:00:00Z',
    3,
    "Insults at the General Assembly ('exporter of terrorism', 'putschists') and Mali's right of reply: rhetoric; the airspaces still closed against each other",
  ],
  [
    '2025-10-20T12:00:00Z',
    3,
    "Algeria answers Mali at the Non-Aligned Movement ('the putschists of Bamako spread lies'): rhetoric; the closures stand",
  ],
  [
    '2025-12-20T12:00:00Z',
    3,
    'Eight months after the drone, nothing new recorded between the two; neither airspace has reopened, so coercive, never cooperative',
  ],
];

const eventIdsWhere = (keep: (e: (typeof definition.events)[number]) => boolean): string[] =>
  definition.events.filter(keep).map((e) => e.eventId);

describe('escalation model v2 on Mali – Algeria, 2023–25 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  // The one act of force between the two (§5b): the drone downed by Algeria is armed action for the week after it and
  // weighs within the month; it is not heavy (one place, no one killed), so no call date reads hostilities.
  it('the drone downed on 1 April 2025 is the armed action behind 4, and nothing reads 5', () => {
    const downing = eventIdsWhere(
      (e) => e.type === 'IncidentReported' && e.data.kind === 'airstrike' && e.data.perpetrator === 'algeria',
    );
    expect(downing).toHaveLength(1);
    const week = ['2025-04-01T12:00:00Z', '2025-04-04T12:00:00Z', '2025-04-07T18:00:00Z'];
    expect(datesCiting(escalation, week, downing[0]!)).toEqual(week);
    expect(CALLS.map(([at]) => escalation(at).level).filter((level) => level === 5)).toEqual([]);
  });

  // A border closed against the other party weighs while it lasts (§5b): once the drone is over a month old, what
  // holds the pair at coercive is the airspace each closed against the other on 7 April 2025. The two closures are one
  // lasting condition between the pair (the border closed since the first closure still in force), so the reason
  // rests on one of them; the first draft of this test wanted each cited, which §5b does not ask (see the report).
  it('after the month of the downing, the airspace closed both ways is the reason for the level', () => {
    const closures = eventIdsWhere((e) => e.type === 'IncidentReported' && e.data.kind === 'border-closure');
    expect(closures).toHaveLength(2);
    const dates = ['2025-05-15T12:00:00Z', '2025-09-30T12:00:00Z', '2025-12-20T12:00:00Z'];
    const citing = dates.filter((at) =>
      escalation(at).reasons.some((r) => r.rule === 'border-closed' && r.eventIds.some((id) => closures.includes(id))),
    );
    expect(citing).toEqual(dates);
  });

  // The pair of actors matters (§5b): the rebels' fighting with FAMa and Wagner, Mali's strikes on the rebels, and
  // what the rebels, the AES and the ICJ said are never a reason for the Mali – Algeria level.
  it('no reason for the pair’s level is a third party’s fighting or statement, or Mali’s strikes on the rebels', () => {
    const pair = ['mali', 'algeria'];
    const outside = eventIdsWhere(
      (e) =>
        (e.type === 'IncidentReported' &&
          !(pair.includes(e.data.perpetrator ?? '') && pair.includes(e.data.against ?? ''))) ||
        (e.type === 'StatementMade' && !pair.includes(e.data.speaker.actorId)),
    );
    // The two border closures are the pair's; the battle, the drone strikes and the statements of the CSP, AES, ICJ are not.
    expect(outside).toHaveLength(6);
    expect(reasonsCiting(escalation, CALLS, outside)).toEqual([]);
  });
});
