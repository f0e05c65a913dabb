/**
 * Escalation model v2 (DOMAIN.md §5b): the level says what analysts mean by
 * it, for a pair of actors, from what happened in fixed windows before T and
 * from the conditions in force at T. The first line that holds:
 *
 *   5 hostilities  heavy armed action (tens killed, or occurrences at several
 *                  places, a place recorded alike counted once) in
 *                  the last `heavyDays` — or in the last `armedDays` with
 *                  armed action in the last `heavyDays`, between two that
 *                  have been at hostilities before (the fighting goes on) —
 *                  and no ceasefire in force (one that heavy fighting went
 *                  on after is not)
 *   4 militarised  armed action in the last `armedDays`, unless a ceasefire
 *                  agreed after it has held `ceasefireHoldDays` (in force
 *                  still, or run out or ended since with no fire after it;
 *                  superseded by another with no gap, it holds on through
 *                  the one that took its place)
 *   3 coercive     armed action in the last `recentArmedDays`; or, in the last
 *                  `coercionDays`, an ultimatum, a threat of war, collapsed
 *                  talks, an attack blamed on the other side, non-lethal
 *                  force (water cannon, ramming) on the other's vessels or
 *                  people; or, while they last, a closed border, an active
 *                  ultimatum or a detention (the other's people or craft held
 *                  until their release: not after it)
 *   1 cooperative  an agreement being implemented and no hostile act or threat
 *                  for `calmDays` (a sanction or embargo announced — a
 *                  statement coded as material conflict — is a hostile act,
 *                  and so is a party's show of force, `force-posture`;
 *                  a closed border, an active ultimatum, ground held
 *                  without fire or a detention is one every day it lasts,
 *                  so one lifted (reopened, resolved, withdrawn from,
 *                  released) within `calmDays` ends the calm too;
 *                  an attack nobody is recorded as the author of is not one)
 *   2 strained     otherwise
 *
 * An agreement is being implemented while its latest status (by when each
 * happened) is none recorded (agreed and applied: every agreement recorded
 * before statuses existed), signed, ratified or in force — not while its text
 * is only agreed or initialled, nor once suspended, withdrawn from or
 * terminated, until a later status puts it back in force — and no collapse of
 * the talks came after it. A party suspending or withdrawing from an agreement
 * is a hostile act against the other signatories: it ends the month of calm
 * line 1 needs. It is not on line 3's list, which names what is coercive
 * (ultimatums, threats of war, collapsed talks, attacks blamed on the other
 * party, a closed border): a party stepping back from an agreement while the
 * talks go on is none of these — the talks have not collapsed (a round
 * concluded `collapsed`, talks suspended or closed without agreement are
 * recorded as such and are line 3's), and no force is threatened. So alone
 * it makes 2, with the agreement it stepped back from said in the reason.
 * An agreement terminated (ended by its terms) with the negotiation closed
 * with an agreement when or after it ended was carried out to its end: line 1
 * reads it as it read the agreement while it was applied.
 *
 * Talks suspended for a time, by the suspending party's own account
 * (`temporary`: Iran putting the Baghdad talks on hold "temporarily"), are not
 * collapsed talks: not coercion, and neither a hostile act nor a threat, so
 * alone they end no month of calm and no agreement's implementation; they
 * weigh in the index and are said in the reason ("talks paused by …") for
 * `coercionDays`. A suspension not said to be temporary is collapsed talks.
 *
 * "A ceasefire" on lines 5 and 4, and the one an armed act is "in breach
 * of", covers all hostilities: a partial one (`coverage: 'partial'`, e.g. a
 * moratorium on strikes on energy infrastructure) neither stops hostilities
 * nor holds, and only a violation reported of it is said to violate it (still
 * armed action). It is said as partial where the level-2 line names a
 * ceasefire in force, and in the conditions.
 *
 * "Armed action" is between the pair's own forces or by one on the other
 * (clash, air / drone / missile strike, shelling, an alleged ceasefire
 * violation — one without casualties never counts as heavy, and is the
 * non-lethal force it is when the same occurrence is recorded as such), attributed as
 * the analyst recorded it (perpetrator, allegedBy, against; with no perpetrator recorded, nobody's: the other party
 * is not inferred as its author); an act graded below `minConfidence` is shown but triggers nothing.
 * A third party's act is its pair's, not the negotiation's (Israel striking Iran, in US–Iran talks); the victim blaming a
 * party for it (`blamedOn`) is coercion between those two, whatever kind of attack it was. An act of one party that
 * harmed another though it was aimed elsewhere (`harmed`: Azerbaijan's airliner downed by Russian air defence firing
 * at Ukrainian drones) is an attack blamed on its author, coercion between those two whatever its toll, never armed
 * action between them; with no target recorded, the one it harmed is not taken for its target.
 * One fact counts once: developments sharing an occurrence (the analyst's
 * `occurrence` key, else the same round on the same day) count as one, at the
 * weight of the heaviest, and as what any of them says it is (a strike also
 * recorded as the violation it is alleged to be is a strike, with the largest
 * toll any report gives).
 *
 * The index is continuous inside the level's band: from + width · p/(p + scale),
 * p the decayed weight of the pair's hostile occurrences (scaled by
 * fatalities, injured and civilians for armed acts) plus the lasting
 * conditions. The headline is the negotiation's parties' pair (the highest
 * pair when there are more than two parties); every pair seen is broken down.
 *
 * Pure: a function of the folded state and T, so any recording order gives
 * the same reading, and no rule names a date, an event or a negotiation.
 */
import type { EscalationFacts, HoldingKind } from './escalation-facts';
import {
  bandRange,
  confidenceOfGrade,
  type ConditionsModel,
  type LevelName,
  type LevelNumber,
} from './escalation-model';
import {
  AGREEMENT_STATUS_FINAL,
  AGREEMENT_STATUSES_REPUDIATING,
  type AgreementStatus,
  assertNever,
  DAY_MS,
  isAgreementImplemented,
} from '@parley/domain';
import { getOwn } from './own';
import { actorNameOf, type DevelopmentRecord, type ViewState } from './view-state';
import { agreementStatusPhrase, incidentKindSaid } from './summary';

/** Why a level holds: a sentence with the developments behind it. */
export interface EscalationReason {
  readonly level: LevelNumber;
  readonly rule: ReasonRule;
  readonly text: string;
  readonly eventIds: readonly string[];
}

export type ReasonRule =
  | 'heavy-armed-action'
  | 'armed-action'
  | 'ceasefire-held'
  | 'recent-armed-action'
  | 'coercion'
  | 'border-closed'
  | 'ultimatum-active'
  | 'occupation-in-force'
  | 'detention-in-force'
  | 'agreement-implemented'
  | 'strained';

/** A lasting condition in force at T. */
export interface EscalationCondition {
  readonly kind: 'ceasefire' | 'border-closed' | 'ultimatum' | 'occupation' | 'detention' | 'agreement';
  readonly since: string;
  readonly eventId: string;
  readonly text: string;
}

export interface PairReading {
  /** Actor ids, sorted. */
  readonly actors: readonly [string, string];
  readonly names: readonly [string, string];
  readonly index: number;
  readonly level: LevelNumber;
  readonly levelName: LevelName;
  readonly reasons: readonly EscalationReason[];
  /** occurredAt of the latest armed action between the two (any age), if any. */
  readonly lastArmedAction: string | null;
}

/** A hostile or cooperative occurrence and what it weighs at T (negative: hostile). */
export interface Weighed {
  readonly record: DevelopmentRecord;
  /** Every development of the occurrence (the record first). */
  readonly eventIds: readonly string[];
  readonly occurrence: string;
  readonly weight: number;
  readonly ageDays: number;
  readonly decay: number;
  readonly contribution: number;
}

export interface ConditionsReading {
  readonly index: number;
  readonly level: LevelNumber;
  readonly levelName: LevelName;
  readonly conflict: number;
  readonly cooperation: number;
  readonly net: number;
  /** Why the headline level holds, most severe first. */
  readonly reasons: readonly EscalationReason[];
  /** The headline pair, or null when the negotiation names no two actors yet. */
  readonly pair: PairReading | null;
  readonly pairs: readonly PairReading[];
  readonly conditions: readonly EscalationCondition[];
  /** Nothing recorded for `quietDays` or more: how long, and since when. */
  readonly quiet: { readonly days: number; readonly since: string | null } | null;
  readonly weighed: readonly Weighed[];
}

/**
 * `repudiation`: a party suspending or withdrawing from an agreement, a hostile act below coercion (see the header).
 * `pause`: talks suspended for a time by the suspending party's own account — neither coercion nor a hostile act.
 */
type Kind = 'armed' | 'coercion' | 'rhetoric' | 'repudiation' | 'pause' | 'cooperation';

/** One development as v2 counts it: for a pair (null = the negotiation as a whole), of a kind, with a weight. */
interface Act {
  readonly record: DevelopmentRecord;
  readonly pair: string | null;
  readonly kind: Kind;
  readonly weight: number;
  readonly killed: number;
  readonly what: string;
  /** Armed action reported with no casualties and no strike or shelling (an alleged exchange of fire): it counts as armed action, never as heavy. */
  readonly minor: boolean;
  /** Armed action its sources call a major operation (an offensive, a full-scale battle: `scale` major): heavy whatever its toll or places. */
  readonly major?: true;
  /** The ceasefire a reported violation violates; null for any other act. */
  readonly violates: string | null;
  /** Other developments the act rests on (the attack a blame laid later names, an earlier laying of that blame). */
  readonly also?: readonly string[];
  /** True for a blame (`blame`): the act is the blaming, not the act blamed (a closure blamed is no closure of this pair). */
  readonly blame?: true;
}

const HOSTILE_TONES = ['critical', 'accusation', 'warning', 'threat'];
const THREAT_OF_WAR = 'military-threat';
/** Rhetoric that ends "no threat for a month" (critical words alone do not). */
const THREAT_TONES = ['accusation', 'warning', 'threat', THREAT_OF_WAR];
/**
 * CAMEO's material-conflict roots (15 exhibit force posture, 16 reduce relations, 17 coerce, 18 assault, 19 fight, 20
 * mass violence). A statement the analyst codes with one of them reports an act, not words (sanctions or an embargo
 * announced, relations cut: the catalogue has no type for them): a hostile act that ends the month of calm (§5b level
 * 1) whatever the statement's tone, though not one of §5b's coercive acts.
 */
const MATERIAL_CONFLICT_ROOTS = ['15', '16', '17', '18', '19', '20'];

function isHostileMeasure(record: DevelopmentRecord): boolean {
  return record.code !== null && MATERIAL_CONFLICT_ROOTS.includes(record.code.slice(0, 2));
}

/**
 * A statement coded as a threat of military force: the code is the model's default for the tone `military-threat`
 * (CAMEO 138, "threaten with military force"), or one of its sub-codes (1381–1384). The analyst's code says what the
 * words are — "if talks fail, only war will happen" recorded as a conditional `threat` and coded 138 — so it is a
 * threat of war whatever its tone (§5b); the tone `threat` alone (CAMEO 13) is a threat short of force.
 */
function isThreatOfForce(record: DevelopmentRecord, model: ConditionsModel): boolean {
  const byTone = model.defaultCodes.StatementMade;
  const code = typeof byTone === 'object' ? getOwn(byTone.codes, THREAT_OF_WAR) : undefined;
  return record.code !== null && code !== undefined && record.code.startsWith(code);
}

const LEVEL_NAME: Readonly<Record<LevelNumber, LevelName>> = {
  1: 'cooperative',
  2: 'strained',
  3: 'coercive',
  4: 'militarised',
  5: 'hostilities',
};

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The id of the incident a record reports; null for any other development. */
function incidentIdOf(record: DevelopmentRecord): string | null {
  return record.type === 'IncidentReported' ? record.data.incidentId : null;
}

function pairActors(key: string): [string, string] {
  const [a, b] = key.split('\u0000');
  return [a as string, b as string];
}

function day(record: { readonly occurredAt: string }): string {
  return record.occurredAt.slice(0, 10);
}

function isoDay(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** "the ceasefire agreed on D", and "and extended on E" when the moment meant is one of its extensions. */
function agreedSaid(c: Ceasefire, moment: number): string {
  const agreed = `the ceasefire agreed on ${isoDay(c.moments[0] as number)}`;
  return moment === c.moments[0] ? agreed : `${agreed} and extended on ${isoDay(moment)}`;
}

function ago(T: number, instant: number): string {
  const days = (T - instant) / DAY_MS;
  return days < 1 ? 'less than a day ago' : `${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'} ago`;
}

/** How many developments have instant ≤ T: they are a prefix of the fold order (ascending instants). */
function countUpTo(state: ViewState, T: number): number {
  const list = state.developments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as DevelopmentRecord).instant <= T) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Ceasefire {
  readonly record: DevelopmentRecord;
  /** It covers only part of the hostilities: never "in force" against fighting, never "held", never breached by an act it does not cover. */
  readonly partial: boolean;
  readonly parties: readonly string[];
  readonly mediators: readonly string[];
  /** When it was agreed: the declaration and each extension. */
  readonly moments: number[];
  duration: string;
  until: number | null;
  ended: number | null;
  /** Why it ended, when its end is recorded (`superseded`: another ceasefire took its place). */
  endedAs: string | null;
}

interface Agreement {
  readonly record: DevelopmentRecord;
  readonly id: string;
  readonly pairs: readonly string[];
  readonly signatories: readonly string[];
  /** Of kind `ceasefire`: implemented by a ceasefire holding (`agreementsAt`, `lapsedAt`). */
  readonly ceasefire: boolean;
}

/** An agreement's latest status (null: agreed and applied), whose act it was, and the development that gave it. */
interface AgreementStatusNow {
  readonly status: AgreementStatus | null;
  readonly by: string | null;
  readonly record: DevelopmentRecord;
}

/**
 * An agreement carried out to its end: terminated (ended by its terms, expired), and the negotiation closed with an
 * agreement (outcome `agreement`) when or after it ended — the settlement the two reached stands, and line 1 reads it
 * as it read the agreement while it was applied (the United Kingdom and Iceland's Oslo agreement of June 1976, run to
 * its six-month term). A termination with no such closure after it ends the agreement and nothing stands on it.
 */
function carriedOut(scene: Scene, agreement: Agreement): boolean {
  const latest = scene.agreementStatus.get(agreement.id);
  if (latest === undefined || latest.status !== AGREEMENT_STATUS_FINAL) return false;
  return scene.settlements.some((s) => s.instant >= latest.record.instant);
}

/** " (initialled on 2025-08-08)": an agreement's latest status as the level and the conditions say it; '' when none is recorded. */
function statusSaid(scene: Scene, agreement: Agreement): string {
  const latest = scene.agreementStatus.get(agreement.id);
  if (latest === undefined || latest.status === null) return '';
  const by = latest.by === null ? '' : ` by ${scene.name(latest.by)}`;
  const when = latest.record === agreement.record ? '' : ` on ${day(latest.record)}`;
  return ` (${agreementStatusPhrase(latest.status, latest.by !== null)}${by}${when})`;
}

interface Ultimatum {
  readonly record: DevelopmentRecord;
  readonly pairs: readonly string[];
  resolved: boolean;
  /** The development that resolved it, once resolved. */
  ended: DevelopmentRecord | null;
}

interface Closure {
  /** The first closure still in force. */
  record: DevelopmentRecord;
  open: boolean;
  /** The reopening that ended it, once reopened. */
  ended: DevelopmentRecord | null;
  /** The closures in force, by who closed and place as recorded (see `closureKey`), in the order they were closed. */
  readonly places: Map<string, ClosedPlace>;
}

/** One closure in force: who closed (none recorded: null), where (`placeKey`), and the development that closed it. */
interface ClosedPlace {
  readonly by: string | null;
  readonly place: string;
  readonly record: DevelopmentRecord;
}

/**
 * A place as recorded, for telling places apart (counting several places, matching a reopening to its closure): case
 * and spacing aside. With no place recorded, a key of its own from `unnamed` (the occurrence, the development).
 */
function placeKey(place: string | null, unnamed: string): string {
  return place === null ? `\u0000${unnamed}` : place.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The key of a closure in force: who closed (none recorded: '') and the place (see `placeKey`). */
function closureKey(by: string | null, place: string): string {
  return `${by ?? ''}\u0001${place}`;
}

/**
 * What one party takes and holds of the other's with no fire, until it lets it go: ground (an `occupation`, until the
 * `withdrawal`) and people or craft (a `detention`, until the `release`). Each is held, by pair, by its holder and
 * place (`holdKey`); the end of it from a place held recorded alike ends that one, from no place held, all its author's
 * against the other. Either is coercion as long as it is held, and no longer (the release or the withdrawal ends the
 * force, with no tail): force standing on the other's people or ground every day, weightier than a border closed
 * against it, which line 3 keeps coercive while it lasts. Ground held is the line a truce froze while a ceasefire
 * between the two is in force or an agreement between them is being implemented (`frozenByTruce`; line 2's "a
 * ceasefire holding"): then it is hostile every day it is held — no month of calm — but not coercion (Iraq on Iranian
 * ground under the 1988 ceasefire, M23 in Goma under the Doha truce). People held stay coercive whatever truce holds:
 * a hostage's weight, with their release demanded. Once let go, either ends the month of calm for `calmDays` from its
 * end, as a border reopened does.
 */
interface Holding {
  readonly takes: Extract<HoldingKind, 'occupation' | 'detention'>;
  readonly ends: Extract<HoldingKind, 'withdrawal' | 'release'>;
  /** The lasting condition's rule while it is coercion. */
  readonly rule: Extract<ReasonRule, 'occupation-in-force' | 'detention-in-force'>;
  /** A ceasefire in force between the two, or an agreement between them being implemented, makes it no coercion. */
  readonly frozenByTruce: boolean;
  /** What is held, and by whom: "ground held by Eritrea", "people or craft of the United States held by China". */
  readonly said: (holder: string, other: string) => string;
  /** Said after "since …" while it lasts: "(occupation in force)". */
  readonly inForce: string;
}

const OCCUPATION: Holding = {
  takes: 'occupation',
  ends: 'withdrawal',
  rule: 'occupation-in-force',
  frozenByTruce: true,
  said: (holder) => `ground held by ${holder}`,
  inForce: 'occupation in force',
};
const DETENTION: Holding = {
  takes: 'detention',
  ends: 'release',
  rule: 'detention-in-force',
  frozenByTruce: false,
  said: (holder, other) => `people or craft of ${other} held by ${holder}`,
  inForce: 'detention in force',
};
const HOLDINGS: { readonly [K in HoldingKind]: Holding } = {
  occupation: OCCUPATION,
  withdrawal: OCCUPATION,
  detention: DETENTION,
  release: DETENTION,
};

/** A holding in force: the development that took it, what it is, who holds what of whose, and where (as recorded). */
interface Held {
  readonly record: DevelopmentRecord;
  readonly holding: Holding;
  readonly holder: string;
  readonly other: string;
  readonly place: string | null;
}

/** The key of a holding in force: its kind, who holds, and the place (see `closureKey`). */
function holdKey(holding: Holding, by: string, place: string): string {
  return `${holding.takes}\u0002${closureKey(by, place)}`;
}

/** What v2 reads of an act of force: armed action, an attack, force short of armed action. */
type ActFacts = Extract<EscalationFacts, { readonly f: 'armed' | 'attack' | 'force' }>;

/**
 * Everything v2 needs of the developments up to T, read in one pass in time order. It reads forward only: a
 * development never changes how an earlier one was read, so a scene read up to T is the scene of T however many
 * instants it was read through on the way (a series reads each development once).
 */
class Scene {
  readonly acts: Act[] = [];
  readonly ceasefires = new Map<string, Ceasefire>();
  readonly ultimatums = new Map<string, Ultimatum>();
  readonly closures = new Map<string, Closure>();
  /** Ground or people held without fire (`HOLDINGS`), by pair: by kind, holder and place (`holdKey`), the development that took it. */
  readonly holdings = new Map<string, Map<string, Held>>();
  /** Ground or people held and since let go, by pair: the holding and the development that ended it. */
  readonly holdingsEnded = new Map<string, { readonly taken: Held; readonly ended: DevelopmentRecord }[]>();
  readonly agreements: Agreement[] = [];
  /** Each agreement's latest status by when it happened (null: agreed and applied), and the development that gave it. */
  readonly agreementStatus = new Map<string, AgreementStatusNow>();
  /** Talks collapsed, and ceasefires collapsed with the pair they were between (null: the negotiation as a whole). */
  readonly collapses: { readonly record: DevelopmentRecord; readonly pair: string | null }[] = [];
  readonly talksEnded: number[] = [];
  /** The negotiation closed with an agreement (outcome `agreement`), by when. */
  readonly settlements: DevelopmentRecord[] = [];
  readonly seenPairs = new Set<string>();
  /** Each incident read, by its id: the attack a blame laid later names (`StatementMade.blames`). */
  private readonly incidents = new Map<string, DevelopmentRecord>();
  /** Where in `acts` each blame is (its incident, alleger and actor blamed): one blame counts once, from its latest laying. */
  private readonly blames = new Map<string, number>();
  /** How many of the state's developments, in time order, it has read. */
  private count = 0;

  constructor(
    private readonly state: ViewState,
    private readonly parties: readonly string[],
    private readonly model: ConditionsModel,
  ) {}

  /** Reads on to the developments that happened by T. */
  readTo(T: number): void {
    const list = this.state.developments;
    for (const end = countUpTo(this.state, T); this.count < end; this.count++)
      this.read(list[this.count] as DevelopmentRecord);
  }

  /** The latest development read. */
  get latest(): DevelopmentRecord | undefined {
    return this.state.developments[this.count - 1];
  }

  name(id: string): string {
    return actorNameOf(this.state, id);
  }

  /** The other party when there are exactly two and `id` is one of them. */
  private other(id: string | null): string | null {
    if (id === null || this.parties.length !== 2 || !this.parties.includes(id)) return null;
    return this.parties[0] === id ? (this.parties[1] as string) : (this.parties[0] as string);
  }

  private pairOf(by: string | null, target: string | null): string | null {
    const a = by ?? this.other(target);
    const b = target ?? this.other(by);
    if (a === null || b === null || a === b) return null;
    const key = pairKey(a, b);
    this.seenPairs.add(key);
    return key;
  }

  private isActor(id: string | null): id is string {
    return id !== null && getOwn(this.state.actors, id) !== undefined;
  }

  /** |g|/10 × c: the CAMEO weight as a 0–1 severity (an act with no code weighs as a mid one). */
  private base(record: DevelopmentRecord): number {
    return (record.g === null ? 0.5 : Math.abs(record.g) / 10) * confidenceOfGrade(record.grade, this.model);
  }

  private scale(f: { readonly killed: number; readonly injured: number; readonly civilians: number }): number {
    const k = this.model.intensity;
    return (
      1 +
      k.fatalities * Math.log2(1 + f.killed) +
      k.injured * Math.log2(1 + f.injured) +
      k.civilians * Math.log2(1 + f.civilians)
    );
  }

  private act(
    record: DevelopmentRecord,
    pair: string | null,
    kind: Kind,
    weight: number,
    what: string,
    killed = 0,
    minor = false,
    violates: string | null = null,
    major?: true,
  ) {
    this.acts.push({ record, pair, kind, weight, killed, what, minor, violates, ...(major ? { major } : {}) });
  }

  /** Every pair among `actors` (the signatories of an agreement, the parties a ceasefire binds). */
  private pairsAmong(actors: readonly string[]): string[] {
    const pairs: string[] = [];
    for (let i = 0; i < actors.length; i++)
      for (let j = i + 1; j < actors.length; j++) {
        const p = this.pairOf(actors[i] as string, actors[j] as string);
        if (p !== null) pairs.push(p);
      }
    return pairs;
  }

  /**
   * `allegedBy` holding `blamedOn` responsible for an attack: coercion between the two, from the day `record` lays the
   * blame. `incidentId`: the attack's (null: not recorded). `laidLater`: given when the blame is a statement's, laid
   * apart from the attack (`StatementMade.blames`): the attack's record, or null when it is not read (it occurred after
   * T). One blame — the same attack, alleger and actor blamed — counts once, from its latest laying, resting on every
   * laying and on the attack.
   */
  private blame(
    record: DevelopmentRecord,
    allegedBy: string | null,
    blamedOn: string | null,
    incidentId: string | null,
    laidLater?: DevelopmentRecord | null,
  ): void {
    if (blamedOn === null || allegedBy === null || blamedOn === allegedBy) return;
    const of = laidLater === undefined || laidLater === null ? '' : ` of ${day(laidLater)}`;
    const by = laidLater === undefined ? '' : ` by ${this.name(allegedBy)}`;
    const pair = this.pairOf(allegedBy, blamedOn);
    // What is blamed, as recorded: a closure is said as one, any other incident as an attack.
    const blamed = laidLater === undefined ? record : laidLater;
    const noun = blamed?.facts?.f === 'closure' ? 'border closure' : 'attack';
    const what = `${noun}${of} blamed on ${this.name(blamedOn)}${by}`;
    const key = incidentId === null ? null : `${incidentId}\u0000${allegedBy}\u0000${blamedOn}`;
    const earlier = key === null ? undefined : this.blames.get(key);
    const previous = earlier === undefined ? undefined : this.acts[earlier];
    const also = [
      ...(laidLater === undefined || laidLater === null ? [] : [laidLater.eventId]),
      ...(previous === undefined ? [] : [previous.record.eventId, ...(previous.also ?? [])]),
    ].filter((id, i, ids) => id !== record.eventId && ids.indexOf(id) === i);
    const act: Act = {
      record,
      pair,
      kind: 'coercion',
      weight: Math.max(this.base(record), previous?.weight ?? 0),
      killed: 0,
      what,
      minor: false,
      violates: null,
      ...(also.length > 0 ? { also } : {}),
      blame: true,
    };
    if (earlier !== undefined) this.acts[earlier] = act;
    else {
      if (key !== null) this.blames.set(key, this.acts.length);
      this.acts.push(act);
    }
  }

  /**
   * An act by `by` that harmed `harmed` though it was not aimed at it (Russia's air defence, firing at Ukrainian drones,
   * downing Azerbaijan's airliner): an attack blamed on `by` between the two — coercion for the coercion window, never
   * armed action between them, whatever its toll (§5b: not force between their forces, nor on the harmed one's
   * territory).
   */
  private harm(record: DevelopmentRecord, f: ActFacts): void {
    if (f.by === null || f.harmed === null || f.harmed === f.target) return;
    const pair = this.pairOf(f.by, f.harmed);
    if (pair === null) return;
    const kind = record.type === 'IncidentReported' ? incidentKindSaid(record.data.kind) : 'act';
    const aimed = f.target === null ? '' : ` aimed at ${this.name(f.target)}`;
    const what = `${kind} by ${this.name(f.by)}${aimed} harmed ${this.name(f.harmed)}`;
    this.act(record, pair, 'coercion', this.base(record) * this.scale(f), what);
  }

  /**
   * The pair of an act by `by` against `target`: as `pairOf`, except that with no target recorded the other party is
   * not taken as its target when the act harmed someone (`harm`): the other party itself, or a third party (Iran's air
   * defence downing a Ukrainian airliner it took for a hostile target). The analyst named whom it hit and no one it was
   * aimed at, so it is not armed action against the other party.
   */
  private actPair(f: ActFacts): string | null {
    if (f.target === null && f.harmed !== null) return null;
    return this.pairOf(f.by, f.target);
  }

  private read(record: DevelopmentRecord): void {
    const f: EscalationFacts | null = record.facts;
    if (record.type === 'IncidentReported') this.incidents.set(record.data.incidentId, record);
    if (f === null) {
      // Read for its weight only: cooperation or hostile words for the negotiation as a whole.
      if (record.g !== null && record.g > 0) this.act(record, null, 'cooperation', this.base(record), record.type);
      else if (record.g !== null && record.g < 0) this.act(record, null, 'rhetoric', this.base(record), record.type);
      return;
    }
    switch (f.f) {
      case 'armed': {
        // As for an attack (below): a strike or shelling whose author is not recorded (a rocket nobody claimed, fired
        // from ground third parties also fire from) is nobody's armed action; the other party is not inferred as its
        // author. A reported violation always names whom it is alleged against.
        const pair = f.by === null ? null : this.actPair(f);
        this.act(
          record,
          pair,
          'armed',
          this.base(record) * this.scale(f),
          'armed action',
          f.killed,
          false,
          f.ceasefireId ?? null,
          f.major,
        );
        // A third party's strike (Israel's on Iran) is armed action between those two only; the victim blaming a party
        // of this negotiation for it (Iran blaming the United States) is coercion between them (§5b), as for an attack.
        if (f.blamedOn !== f.by) this.blame(record, f.allegedBy, f.blamedOn, incidentIdOf(record));
        this.harm(record, f);
        return;
      }
      case 'attack': {
        // An attack whose author is not recorded (a mine, an unclaimed bombing) is nobody's armed action: the other
        // party is not inferred as its author (§5b: blaming the other party for it is coercion, read below).
        const pair = f.by === null ? null : this.actPair(f);
        this.act(record, pair, 'armed', this.base(record) * this.scale(f), 'attack', f.killed);
        this.blame(record, f.allegedBy, f.blamedOn, incidentIdOf(record));
        this.harm(record, f);
        return;
      }
      case 'force': {
        // Water cannon, ramming, a civilian of the other's shot at sea: force on the other's vessels or people outside
        // fighting between their forces. Coercion between the two for the coercion window, never armed action; an
        // author not recorded is not inferred (as for an attack). Said lethal when it killed.
        const target = f.target ?? (f.harmed === this.other(f.by) ? null : this.other(f.by));
        const pair = f.by === null || target === null ? null : this.pairOf(f.by, target);
        if (pair !== null) {
          const what = `${f.killed > 0 ? 'lethal' : 'non-lethal'} force by ${this.name(f.by as string)} against ${this.name(target as string)}`;
          this.act(record, pair, 'coercion', this.base(record) * this.scale(f), what);
        }
        if (f.blamedOn !== f.by) this.blame(record, f.allegedBy, f.blamedOn, incidentIdOf(record));
        this.harm(record, f);
        return;
      }
      case 'violation':
        // An alleged violation is alleged armed action (firing across the line), if a minor one without casualties.
        this.act(
          record,
          this.pairOf(f.by, f.target),
          'armed',
          this.base(record),
          'ceasefire violation',
          0,
          true,
          f.ceasefireId,
        );
        return;
      case 'posture': {
        // A show of force: no force used on the other, so neither armed action nor coercion (§5b), but a hostile act
        // toward the other party (as a statement coded 15, exhibit force posture, is) that ends line 1's month of calm.
        // With no target recorded it is toward the other party; a third party's, toward no one of the pair.
        const pair = this.pairOf(f.by, f.target);
        const what = f.by === null ? 'show of force' : `show of force by ${this.name(f.by)}`;
        this.act(record, pair, 'rhetoric', this.base(record), what);
        return;
      }
      case 'closure':
      case 'reopening': {
        // A closure blamed on a party besides its author (a third party's sit-in at the crossings that the victim
        // blames on the other party) is coercion between the victim and the party blamed, as for an attack (§5b).
        if (f.f === 'closure' && f.blamedOn !== f.by) this.blame(record, f.allegedBy, f.blamedOn, incidentIdOf(record));
        const pair = this.pairOf(f.by, f.target);
        if (pair === null) return;
        const place = placeKey(f.place, record.eventId);
        if (f.f === 'closure') {
          // Closed since the first closure still in force (a later one, e.g. of the airspace, or the other party's in
          // return, adds to it).
          const key = closureKey(f.by, place);
          const closed: ClosedPlace = { by: f.by, place, record };
          const open = this.closures.get(pair);
          if (open?.open) open.places.set(key, closed);
          else this.closures.set(pair, { record, open: true, ended: null, places: new Map([[key, closed]]) });
          this.act(record, pair, 'coercion', this.base(record), 'border closed');
        } else {
          const closure = this.closures.get(pair);
          if (closure?.open) {
            // A party reopens what it closed: the other party's closures against it stay in force (Kosovo lifted its
            // ban on Serbian goods on 16 September 2011; Serbia let Kosovo's goods in after the 22nd). A reopening by
            // no one recorded, or by a party with no closure in force, reopens any party's.
            const keys = [...closure.places.keys()];
            const own = f.by === null ? [] : keys.filter((k) => closure.places.get(k)?.by === f.by);
            const liftable = own.length > 0 ? own : keys;
            // A reopening of one place closed among others (the airspace, not the land crossings) lifts that one only:
            // the border stays closed against the other party, since the first closure still in force. A reopening of
            // no place closed, or of the last one, lifts all the reopener closed.
            const here = liftable.filter((k) => closure.places.get(k)?.place === place);
            const lifted = here.length > 0 && here.length < closure.places.size ? here : liftable;
            for (const k of lifted) closure.places.delete(k);
            const first = closure.places.values().next();
            if (first.done === true) {
              closure.open = false;
              closure.ended = record;
            } else closure.record = first.value.record;
          }
          this.act(record, pair, 'cooperation', 0.5 * confidenceOfGrade(record.grade, this.model), 'border reopened');
        }
        return;
      }
      case 'statement': {
        // A blame laid in the statement (`blames`): an attack blamed on that actor, from the statement's day (§5b). Read
        // before its words, so that the statement, one occurrence, is said as the blame it lays.
        const blames = record.type === 'StatementMade' ? record.data.blames : undefined;
        if (blames !== undefined)
          this.blame(record, f.by, blames.on, blames.incidentId, this.incidents.get(blames.incidentId) ?? null);
        const target = this.isActor(f.target) ? f.target : null;
        const pair = this.pairOf(f.by, target);
        // Hostile words of someone outside the parties, aimed at no actor (Israel's defence minister on Israeli
        // television), threaten no party: they are nobody's pair's, not the negotiation's as a whole (§5b: the pair
        // of actors matters). Addressed to a party, they are that pair's.
        const outsiders = pair === null && !this.parties.includes(f.by);
        if (f.tone === THREAT_OF_WAR || isThreatOfForce(record, this.model)) {
          if (!outsiders) this.act(record, pair, 'coercion', this.base(record), 'threat of war');
        } else if (isHostileMeasure(record)) {
          if (!outsiders) this.act(record, pair, 'rhetoric', this.base(record), 'hostile measure');
        } else if (HOSTILE_TONES.includes(f.tone)) {
          if (!outsiders) this.act(record, pair, 'rhetoric', this.base(record), f.tone);
        } else if (record.g !== null && record.g > 0) {
          this.act(record, pair, 'cooperation', this.base(record), f.tone);
        }
        return;
      }
      case 'ultimatum': {
        const pairs = f.to.map((to) => this.pairOf(f.by, to)).filter((p): p is string => p !== null);
        this.ultimatums.set(f.id, { record, pairs, resolved: false, ended: null });
        for (const pair of pairs) this.act(record, pair, 'coercion', this.base(record), 'ultimatum');
        return;
      }
      case 'ultimatum-resolved': {
        const u = this.ultimatums.get(f.id);
        if (u && !u.resolved) {
          u.resolved = true;
          u.ended = record;
        }
        // Between those the ultimatum was between (Iran rejecting the E3's is not the United States' and Iran's).
        if (record.g !== null && record.g !== 0)
          for (const pair of u === undefined || u.pairs.length === 0 ? [null] : u.pairs)
            this.act(record, pair, record.g > 0 ? 'cooperation' : 'rhetoric', this.base(record), 'ultimatum resolved');
        return;
      }
      case 'ceasefire':
        this.ceasefires.set(f.id, {
          record,
          partial: f.partial,
          parties: f.parties,
          mediators: f.mediatedBy,
          moments: [record.instant],
          duration: f.duration,
          until: f.until,
          ended: null,
          endedAs: null,
        });
        this.act(record, null, 'cooperation', this.base(record), 'ceasefire');
        return;
      case 'ceasefire-extended': {
        const c = this.ceasefires.get(f.id);
        if (c) {
          c.moments.push(record.instant);
          if (f.duration !== null) c.duration = f.duration;
          c.until = f.until ?? (f.duration !== null && f.duration !== 'temporary' ? null : c.until);
        }
        this.act(record, null, 'cooperation', this.base(record), 'ceasefire extended');
        return;
      }
      case 'ceasefire-ended': {
        const c = this.ceasefires.get(f.id);
        if (c && c.ended === null) {
          c.ended = record.instant;
          c.endedAs = f.reason;
        }
        if (f.reason === 'collapsed') {
          // The collapse is coercion between those the ceasefire bound (a truce between a party and a third party
          // collapsing is not the parties' own); a unilateral or unknown one counts for the negotiation as a whole,
          // unless it bound a third party alone (M23's own truce, in DR Congo – Rwanda talks): that is nobody's pair.
          const unilateral = c === undefined || c.parties.length < 2;
          const own = c === undefined || c.parties.some((p) => this.parties.includes(p));
          for (const pair of unilateral ? (own ? [null] : []) : this.pairsAmong(c.parties)) {
            this.collapses.push({ record, pair });
            this.act(record, pair, 'coercion', this.base(record), 'ceasefire collapsed');
          }
        }
        return;
      }
      case 'agreement': {
        const pairs = this.pairsAmong(f.signatories);
        this.agreements.push({ record, id: f.id, pairs, signatories: f.signatories, ceasefire: f.ceasefire });
        this.agreementStatus.set(f.id, { status: f.status, by: null, record });
        this.act(record, null, 'cooperation', this.base(record), 'agreement');
        return;
      }
      case 'agreement-status': {
        this.agreementStatus.set(f.id, { status: f.status, by: f.by, record });
        const agreement = this.agreements.find((a) => a.id === f.id);
        if ((AGREEMENT_STATUSES_REPUDIATING as readonly string[]).includes(f.status) && f.by !== null) {
          // Against each other signatory (the other party when the agreement is not read yet).
          const others = agreement === undefined ? [null] : agreement.signatories.filter((s) => s !== f.by);
          const what = `${f.status === 'suspended' ? 'suspension' : 'withdrawal'} by ${this.name(f.by)} of the agreement of ${agreement === undefined ? f.id : day(agreement.record)}`;
          for (const other of others)
            this.act(record, this.pairOf(f.by, other), 'repudiation', this.base(record), what);
        } else if (record.g !== null && record.g > 0) {
          this.act(record, null, 'cooperation', this.base(record), `agreement ${f.status}`);
        }
        return;
      }
      case 'collapse':
        this.collapses.push({ record, pair: null });
        this.talksEnded.push(record.instant);
        this.act(
          record,
          null,
          'coercion',
          this.base(record),
          f.by === null ? 'talks collapsed' : `talks suspended by ${this.name(f.by)}`,
        );
        return;
      case 'pause':
        // Talks put on hold for a time, by the suspending party's own account (Iran, "temporarily", March 2022): not
        // collapsed talks, and neither a hostile act nor a threat. It weighs in the pressure and is said, nothing more.
        this.act(record, null, 'pause', this.base(record), `talks paused by ${this.name(f.by)}`);
        return;
      case 'occupation':
      case 'withdrawal':
      case 'detention':
      case 'release': {
        // Ground taken without fire (a landing on a disputed island unopposed), people or craft of the other seized
        // (a crew held): not armed action but coercion between the two, and held until its holder withdraws from it or
        // releases them (§5b: lasting conditions weigh while they last). Whose act it was must be recorded, as for an
        // attack: the other party is not inferred as its author.
        if (f.by === null) return;
        const by = f.by;
        const pair = this.pairOf(by, f.target);
        if (pair === null) return;
        const holding = HOLDINGS[f.f];
        const key = holdKey(holding, by, placeKey(f.place, record.eventId));
        const held = this.holdings.get(pair) ?? new Map<string, Held>();
        this.holdings.set(pair, held);
        if (f.f === holding.takes) {
          const other = pairActors(pair).find((a) => a !== by) ?? by;
          held.set(key, { record, holding, holder: by, other, place: f.place });
          this.act(record, pair, 'coercion', this.base(record), `${f.f} by ${this.name(by)}`);
        } else {
          // An end at a place held ends that holding; at no place held recorded alike, all its author's of that kind.
          const ends = held.has(key) ? [key] : [...held.keys()].filter((k) => k.startsWith(holdKey(holding, by, '')));
          const left = this.holdingsEnded.get(pair) ?? [];
          this.holdingsEnded.set(pair, left);
          for (const k of ends) {
            const taken = held.get(k);
            if (taken !== undefined) left.push({ taken, ended: record });
            held.delete(k);
          }
          this.act(record, pair, 'cooperation', this.base(record), `${f.f} by ${this.name(by)}`);
        }
        return;
      }
      case 'talks-concluded':
        this.talksEnded.push(record.instant);
        if (f.settled) this.settlements.push(record);
        if (record.g !== null && record.g > 0) this.act(record, null, 'cooperation', this.base(record), 'talks');
        return;
      default:
        return assertNever(f, 'escalation fact');
    }
  }

  /**
   * Ceasefires between the actors of the pair (every party when the pair is null): binding them all, or binding one
   * and brokered by the other (the United States proposing the ceasefire that ends Israel's war with Iran, two days
   * after striking Iran itself: the broker is held to what it brokered).
   */
  ceasefiresOf(pair: string | null): Ceasefire[] {
    const actors = pair === null ? this.parties : pairActors(pair);
    return [...this.ceasefires.values()].filter(
      (c) =>
        actors.some((a) => c.parties.includes(a)) &&
        actors.every((a) => c.parties.includes(a) || c.mediators.includes(a)),
    );
  }

  /**
   * When the ceasefire stopped being in force, by T: its end recorded, its term run out, or the talks it lasted until
   * concluded, whichever came first; null while it is in force at T.
   */
  endOf(c: Ceasefire, T: number): number | null {
    const ends: number[] = [];
    if (c.ended !== null) ends.push(c.ended);
    if (c.duration === 'temporary' && c.until !== null) ends.push(c.until);
    if (c.duration === 'until-talks-conclude') {
      const since = c.moments[c.moments.length - 1] as number;
      ends.push(...this.talksEnded.filter((t) => t > since));
    }
    const end = Math.min(...ends.filter((t) => t <= T));
    return Number.isFinite(end) ? end : null;
  }

  /**
   * When the quiet a ceasefire began stopped being kept, by T: its own end — unless it was superseded, and a ceasefire
   * of the pair covering all hostilities, agreed after it and by then, was in force when it ended: then the end of that
   * one, and so on (the ceasefire agreed in the field, replaced by the protocol the security chiefs signed, is one
   * quiet). With the ceasefire that continued it, if any; null while the quiet is kept at T.
   */
  quietUntil(c: Ceasefire, pair: string | null, T: number): { until: number | null; continuedBy: Ceasefire | null } {
    let until = this.endOf(c, T);
    let continuedBy: Ceasefire | null = null;
    const seen = new Set<Ceasefire>([c]);
    let current = c;
    while (until !== null && current.endedAs === 'superseded' && current.ended === until) {
      const end = until;
      const first = current.moments[0] as number;
      const next = this.ceasefiresOf(pair).find(
        (s) =>
          !seen.has(s) &&
          !s.partial &&
          (s.moments[0] as number) > first &&
          s.moments.some((m) => m <= end) &&
          this.endOf(s, end) === null,
      );
      if (next === undefined) break;
      seen.add(next);
      continuedBy = next;
      current = next;
      until = this.endOf(next, T);
    }
    return { until, continuedBy };
  }

  /** Ceasefires in force at T between the actors of the pair (`ceasefiresOf`). */
  ceasefiresInForce(pair: string | null, T: number): Ceasefire[] {
    return this.ceasefiresOf(pair).filter((c) => this.endOf(c, T) === null);
  }
}

/**
 * Parties of the negotiation: the actors registered with the role `party`. Before the opening occurred (a development
 * backdated before it: the crisis's pre-history), the parties its opening names, as the other views name them
 * (`laterNames`): the acts of that time are between the same two, not of nobody's pair.
 */
function partiesOf(state: ViewState): string[] {
  if (state.negotiation === null && state.laterNames?.negotiation != null)
    return [...state.laterNames.negotiation.parties];
  return state.actorOrder.filter((id) => getOwn(state.actors, id)?.role === 'party');
}

/**
 * One representative per occurrence among the acts of one reading (a report of armed action that `counts` first, then
 * a collapse of talks, then coercion (a threat of war, force short of fire), else the heaviest; not minor if any armed report of it is not, with the largest toll and the weight of its heaviest report;
 * a violation without casualties reported of non-lethal force is that force;
 * ties: the earliest in fold order), with its members' ids. The acts are the reading's pair's and, for the headline, the negotiation's as a whole: a speech
 * recorded as a statement to the other party and a position on a demand is one occurrence of that reading.
 */
function byOccurrence(
  acts: readonly Act[],
  counts: (act: Act) => boolean = () => true,
): { act: Act; eventIds: string[]; occurrence: string }[] {
  const groups = new Map<string, { act: Act; eventIds: string[]; occurrence: string }>();
  for (const act of acts) {
    // An attack nobody is recorded as the author of (pair null) is no act of the pair: it stays apart from the blame it
    // carries, which is.
    const unattributed = act.kind === 'armed' && act.pair === null ? '\u0001' : '';
    const key = `${unattributed}${act.record.occurrence ?? act.record.eventId}`;
    const group = groups.get(key);
    if (group === undefined) {
      const eventIds = act.also === undefined ? [act.record.eventId] : [act.record.eventId, ...act.also];
      groups.set(key, { act, eventIds, occurrence: act.record.occurrence ?? act.record.eventId });
    } else {
      // Each development once (a statement's blame and its words are two acts of one record).
      for (const id of [act.record.eventId, ...(act.also ?? [])])
        if (!group.eventIds.includes(id)) group.eventIds.push(id);
      // A violation reported without casualties reads as an exchange of fire only when nothing else recorded of the
      // occurrence says what the act was: a report of it as non-lethal force (water cannon, people seized at gunpoint, no
      // shot fired) makes it that force — coercion, in breach of the ceasefire — not armed action, in either order.
      const bareViolation = (a: Act) => a.record.facts?.f === 'violation';
      const force = (a: Act) => a.record.facts?.f === 'force';
      if ((bareViolation(act) && force(group.act)) || (force(act) && bareViolation(group.act))) {
        group.act = { ...(force(act) ? act : group.act), weight: Math.max(act.weight, group.act.weight) };
        continue;
      }
      // A report of armed action that counts makes the occurrence armed action, at the weight of its heaviest report:
      // an armed group's attack blamed on a party, whose own forces are reported fighting in it, is that party's armed
      // action, whichever report was recorded first or weighs more.
      const armed = (a: Act) => a.kind === 'armed' && counts(a);
      // A round that collapsed is a collapse, whatever else was recorded of it that day: a meeting that opened and
      // broke down the same day came to its collapse, not to the opening of talks, which weighs as much. Likewise an
      // occasion that carried coercion (a threat of war, force short of fire) is that coercion, whatever words or
      // measures were recorded of it too: a press conference announcing sanctions and threatening military action is a
      // threat of war, whichever of its two statements was recorded first.
      const rank = (a: Act) => (armed(a) ? 3 : a.record.facts?.f === 'collapse' ? 2 : a.kind === 'coercion' ? 1 : 0);
      const first = rank(act) !== rank(group.act) ? rank(act) > rank(group.act) : act.weight > group.act.weight;
      const lead = first ? act : group.act;
      const other = first ? group.act : act;
      // What the fact is comes from every armed report of it, whichever weighs most: a strike also recorded as the
      // violation it is alleged to be (which alone reads as an exchange of fire) is a strike, with the toll any report
      // gives, and a violation of the ceasefire either names.
      const both = lead.kind === 'armed' && other.kind === 'armed';
      group.act = {
        ...lead,
        weight: Math.max(act.weight, group.act.weight),
        minor: both ? lead.minor && other.minor : lead.minor,
        ...(both && other.major ? { major: other.major } : {}),
        killed: both ? Math.max(lead.killed, other.killed) : lead.killed,
        violates: both ? (lead.violates ?? other.violates) : lead.violates,
      };
    }
  }
  return [...groups.values()];
}

/** Where an occurrence was, for counting places: its place as recorded (`placeKey`), else itself. */
function placeOf(o: { act: Act; occurrence: string }): string {
  const f = o.act.record.facts;
  return placeKey(f !== null && 'place' in f ? f.place : null, o.occurrence);
}

/** Who held what and where, said: "ground held by Eritrea at Lesser Hanish", "people or craft of the United States held by China at Hainan". */
function heldWhere(scene: Scene, h: Held): string {
  return `${h.holding.said(scene.name(h.holder), scene.name(h.other))}${h.place === null ? '' : ` at ${h.place}`}`;
}

/** Held without fire, said: "ground held by Eritrea at Lesser Hanish since 1996-08-10 (occupation in force)". */
function heldSaid(scene: Scene, h: Held): string {
  return `${heldWhere(scene, h)} since ${day(h.record)} (${h.holding.inForce})`;
}

/** What a pair holds of the other's (`HOLDINGS`), by when it was taken. */
function heldBy(scene: Scene, pair: string | null): Held[] {
  const held = pair === null ? undefined : scene.holdings.get(pair);
  return [...(held?.values() ?? [])];
}

/** What a pair holds of the other's that is coercion at T: all of it, but ground held under a truce (`frozenByTruce`). */
function heldCoercive(scene: Scene, pair: string | null, T: number): Held[] {
  const held = heldBy(scene, pair);
  if (!held.some((h) => h.holding.frozenByTruce)) return held;
  const ceasefire = scene.ceasefiresInForce(pair, T).length > 0;
  const truce = ceasefire || agreementsAt(scene, pair, T, ceasefire).implemented.length > 0;
  return truce ? held.filter((h) => !h.holding.frozenByTruce) : held;
}

/**
 * The agreements between the pair (`null`: any) that stand at T (`standing`), split: those being implemented, and the
 * ceasefire agreements lapsed with their ceasefire (`lapsedAt`), with when it ended. `ceasefireInForce`: a ceasefire
 * of the pair is in force at T (the caller has read them).
 */
function agreementsAt(
  scene: Scene,
  pair: string | null,
  T: number,
  ceasefireInForce: boolean,
): { implemented: Agreement[]; lapsed: { agreement: Agreement; ended: number }[] } {
  const implemented: Agreement[] = [];
  const lapsed: { agreement: Agreement; ended: number }[] = [];
  for (const agreement of scene.agreements) {
    if (!standing(scene, agreement, pair)) continue;
    const ended = agreement.ceasefire && !ceasefireInForce ? lapsedAt(scene, agreement, pair, T) : null;
    if (ended === null) implemented.push(agreement);
    else lapsed.push({ agreement, ended });
  }
  return { implemented, lapsed };
}

/** Between the pair, its latest status one of being implemented (or carried out), and no collapse recorded after it. */
function standing(scene: Scene, a: Agreement, pair: string | null): boolean {
  return (
    (pair === null || a.pairs.includes(pair)) &&
    (isAgreementImplemented(scene.agreementStatus.get(a.id)?.status) || carriedOut(scene, a)) &&
    !scene.collapses.some(
      (c) => c.record.instant > a.record.instant && (c.pair === null || pair === null || c.pair === pair),
    )
  );
}

/**
 * A ceasefire agreement is implemented by a ceasefire holding: with none of the pair in force at T (the caller's
 * check), it has lapsed when a ceasefire of the pair ended after it was reached (expired, or with the talks it was to
 * last through), whatever the agreement's status says — the Havana agreement between Colombia and the ELN, whose
 * ceasefire expired in August 2024, is no agreement being implemented that November. The latest such end, or null (one
 * recorded with no ceasefire of its own, which stands as recorded).
 */
function lapsedAt(scene: Scene, agreement: Agreement, pair: string | null, T: number): number | null {
  let latest: number | null = null;
  for (const c of scene.ceasefiresOf(pair)) {
    const end = scene.endOf(c, T);
    if (end !== null && end > agreement.record.instant && (latest === null || end > latest)) latest = end;
  }
  return latest;
}

function uniq(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function readPair(
  scene: Scene,
  pair: string | null,
  T: number,
  model: ConditionsModel,
  headline: boolean,
): { reading: PairReading | null; level: LevelNumber; index: number; reasons: EscalationReason[]; weighed: Weighed[] } {
  const w = model.windows;
  const relevant = scene.acts.filter((a) => a.pair === pair || (headline && a.pair === null));
  const counts = (a: Act) => confidenceOfGrade(a.record.grade, model) >= model.minConfidence;
  const occurrences = byOccurrence(relevant, counts);
  const confident = occurrences.filter((o) => counts(o.act));
  const within = (days: number) => (o: { act: Act }) => T - o.act.record.instant <= days * DAY_MS;
  const armed = confident.filter((o) => o.act.kind === 'armed' && o.act.pair !== null);
  const lastArmed = armed.reduce<(typeof armed)[number] | null>(
    (last, o) => (last === null || o.act.record.instant > last.act.record.instant ? o : last),
    null,
  );
  const names = pair === null ? null : pairActors(pair).map((id) => scene.name(id));
  const between = names === null ? 'the parties' : `${names[0]} and ${names[1]}`;
  const inForce = scene.ceasefiresInForce(pair, T);
  // Only a ceasefire of all hostilities stops fighting, holds or is breached by any armed act; a partial one (energy
  // infrastructure only) is said as what it is.
  const ceasefires = inForce.filter((c) => !c.partial);
  const partials = inForce.filter((c) => c.partial);
  const partialSaid =
    partials.length === 1
      ? `the partial ceasefire agreed on ${day(partials[0]!.record)}`
      : `the partial ceasefires agreed on ${partials.map((c) => day(c.record)).join(' and ')}`;
  const reasons: EscalationReason[] = [];
  let level: LevelNumber = 2;

  // "In several places" (§5b): occurrences at places recorded alike count as one place (three days of firing at one
  // crossing is not fighting in several places); an occurrence with no place recorded is a place of its own. A major
  // operation by its sources' account (an offensive, a full-scale battle) is heavy by its size, whatever toll is known.
  const isHeavy = (list: typeof armed) =>
    list.length > 0 &&
    (list.some((o) => o.act.major === true) ||
      list.reduce((sum, o) => sum + o.act.killed, 0) >= model.heavy.fatalities ||
      new Set(list.filter((o) => !o.act.minor).map(placeOf)).size >= model.heavy.occurrences);
  const recent = armed.filter(within(w.heavyDays));
  // The fighting goes on: heavy armed action over the last `armedDays`, and armed action in the last `heavyDays`, is
  // as much hostilities as heavy action in the last `heavyDays` alone (a record thin on a war's last days does not end
  // the war); a ceasefire agreed since still stops it unless heavy fighting went on after it (`broken`). It is a war's
  // fighting going on only if the two have been at war: hostilities (heavy action within `heavyDays`) at some point
  // before, however thin the record since (a month of a war with nothing recorded). Light acts of a pair never at war
  // spread over the week (a strike, then a retaliation five days later elsewhere) are not hostilities, however many
  // places they add up to.
  const week = armed.filter(within(w.armedDays));
  // Every span of `heavyDays` that ends at an occurrence, in one pass over the occurrences in time order.
  const heavyOnce = (list: typeof armed) => {
    const inOrder = [...list].sort((a, b) => a.act.record.instant - b.act.record.instant);
    let start = 0;
    return inOrder.some((end, i) => {
      while (end.act.record.instant - inOrder[start]!.act.record.instant > w.heavyDays * DAY_MS) start++;
      return isHeavy(inOrder.slice(start, i + 1));
    });
  };
  const goesOn = !isHeavy(recent) && recent.some((o) => !o.act.minor) && isHeavy(week) && heavyOnce(armed);
  const heavy = goesOn ? week : recent;
  const heavyDays = goesOn ? w.armedDays : w.heavyDays;
  const killed = heavy.reduce((sum, o) => sum + o.act.killed, 0);
  const majors = heavy.filter((o) => o.act.major === true).length;
  // A ceasefire stops hostilities unless heavy fighting went on after it was agreed (then the fighting broke it); fighting
  // reported as violations of it is its breach, not its end (§5b: a ceasefire violated with casualties is militarised).
  const broken = (c: Ceasefire) => {
    const since = Math.max(...c.moments);
    return isHeavy(
      heavy.filter((o) => o.act.record.instant > since && scene.ceasefires.get(o.act.violates ?? '') !== c),
    );
  };
  if (isHeavy(heavy)) {
    if (ceasefires.every(broken)) {
      level = 5;
      reasons.push({
        level: 5,
        rule: 'heavy-armed-action',
        text: `Heavy armed action between ${between} in the last ${heavyDays} days (${heavy.length} occurrence${heavy.length === 1 ? '' : 's'}${Math.round(killed) > 0 ? `, about ${Math.round(killed)} killed` : ''}${majors > 0 ? `, ${majors === 1 ? 'one' : majors} called a major operation by its sources` : ''})${
          ceasefires.length === 0
            ? partials.length === 0
              ? ' and no ceasefire in force'
              : ` and no ceasefire of all hostilities in force (only ${partialSaid})`
            : ceasefires.length === 1
              ? `, after the ceasefire of ${day(ceasefires[0]!.record)} was agreed: it is not holding`
              : `, after the ceasefires of ${ceasefires.map((c) => day(c.record)).join(' and ')} were agreed: they are not holding`
        }`,
        eventIds: uniq(heavy.flatMap((o) => o.eventIds)),
      });
    }
  }
  if (level < 5 && lastArmed !== null && within(w.armedDays)(lastArmed)) {
    const after = lastArmed.act.record.instant;
    // A ceasefire agreed after the last armed action that held `ceasefireHoldDays` — in force now, or over since by its
    // term or its end (the Eid pause run out with no fire after it): what it stopped stays stopped.
    // Superseded by another with no gap, it holds on through the one that took its place (`quietUntil`).
    let held: { c: Ceasefire; since: number; until: number | null; continuedBy: Ceasefire | null } | null = null;
    for (const c of scene.ceasefiresOf(pair)) {
      if (c.partial) continue;
      const own = scene.endOf(c, T);
      const agreed = c.moments.find((m) => m > after && (own === null || m < own));
      if (agreed === undefined) continue;
      const { until, continuedBy } = scene.quietUntil(c, pair, T);
      const heldLongEnough = (until ?? T) - agreed >= w.ceasefireHoldDays * DAY_MS;
      // One still in force is named before one that is over.
      if (heldLongEnough && (held === null || until === null || held.until !== null))
        held = { c, since: agreed, until, continuedBy };
    }
    if (held === null) {
      level = 4;
      // A ceasefire in force was agreed after the armed action (it has not held long enough yet), or before it (breached).
      const latest = (moments: readonly { c: Ceasefire; m: number | undefined }[]) =>
        moments.reduce<{ c: Ceasefire; m: number } | null>(
          (best, x) => (x.m !== undefined && (best === null || x.m > best.m) ? { c: x.c, m: x.m } : best),
          null,
        );
      const agreedAfter = latest(ceasefires.map((c) => ({ c, m: c.moments.find((m) => m > after) })));
      const agreedBefore = latest(ceasefires.map((c) => ({ c, m: c.moments.findLast((m) => m <= after) })));
      // A reported violation of a partial ceasefire is a violation of it (it covers what was hit), not of the fighting.
      const violated = lastArmed.act.violates === null ? undefined : scene.ceasefires.get(lastArmed.act.violates);
      const ceasefireSaid =
        agreedAfter !== null
          ? `; ${agreedSaid(agreedAfter.c, agreedAfter.m)} has not yet held ${w.ceasefireHoldDays} days`
          : agreedBefore !== null
            ? `, in breach of ${agreedSaid(agreedBefore.c, agreedBefore.m)}`
            : violated?.partial
              ? `, reported as a violation of the partial ceasefire agreed on ${day(violated.record)}`
              : partials.length > 0
                ? `; only ${partialSaid} ${partials.length === 1 ? 'is' : 'are'} in force`
                : '';
      reasons.push({
        level: 4,
        rule: 'armed-action',
        text: `Armed action between ${between} on ${day(lastArmed.act.record)} (${ago(T, after)})${ceasefireSaid}`,
        eventIds: lastArmed.eventIds,
      });
    } else {
      reasons.push({
        level: 3,
        rule: 'ceasefire-held',
        text: `T${agreedSaid(held.c, held.since).slice(1)}, after the last armed action, ${
          held.until === null
            ? `has held ${w.ceasefireHoldDays} days or more`
            : `held ${w.ceasefireHoldDays} days or more, until ${isoDay(held.until)}`
        }${held.continuedBy === null ? '' : `, continued by ${agreedSaid(held.continuedBy, held.continuedBy.moments[0] as number)}`}`,
        eventIds: [held.c.record.eventId],
      });
    }
  }
  if (level < 4) {
    const coercive: EscalationReason[] = [];
    if (lastArmed !== null && within(w.recentArmedDays)(lastArmed)) {
      coercive.push({
        level: 3,
        rule: 'recent-armed-action',
        text: `Armed action between ${between} on ${day(lastArmed.act.record)} (${ago(T, lastArmed.act.record.instant)}, within ${w.recentArmedDays} days)`,
        eventIds: lastArmed.eventIds,
      });
    }
    // A closed border is coercive while it lasts, and then only (§5b lists it apart from the acts of the last two
    // weeks): closing one is said as the condition, below, and is no coercion once it reopened (for the negotiation as
    // a whole, which has no closed border of its own, the act of closing stays coercion for two weeks). An ultimatum is
    // coercive for two weeks once issued, and while it is active: one still active is said once, as the condition. A
    // closure blamed on a party besides its author is that blame, coercion for two weeks like any blame.
    // A detention is coercive while it lasts and not after: said as the condition while held, below, never for two
    // weeks from the seizure. Ground taken is coercion for two weeks from the taking, and while it is held with no
    // truce: then said as the condition, below.
    const lastingNow = lastingCoercion(scene, pair, T);
    const lastingRecords = new Set(lastingNow.map((l) => l.record));
    const lasting = (o: { act: Act }) =>
      (o.act.record.facts?.f === 'closure' && pair !== null && o.act.blame !== true) ||
      o.act.record.facts?.f === 'detention' ||
      (o.act.record.facts?.f === 'occupation' && lastingRecords.has(o.act.record)) ||
      (o.act.record.facts?.f === 'ultimatum' && scene.ultimatums.get(o.act.record.facts.id)?.resolved === false);
    for (const o of confident.filter((x) => x.act.kind === 'coercion' && within(w.coercionDays)(x) && !lasting(x))) {
      coercive.push({
        level: 3,
        rule: 'coercion',
        text: `${o.act.what[0]?.toUpperCase()}${o.act.what.slice(1)} on ${day(o.act.record)} (${ago(T, o.act.record.instant)})`,
        eventIds: o.eventIds,
      });
    }
    coercive.push(...lastingNow.map((l) => l.reason));
    if (coercive.length > 0) {
      level = 3;
      reasons.push(...coercive);
    }
  }
  if (level === 2) {
    // A closed border, an active ultimatum or ground held is hostile every day it lasts (§5b: lasting conditions weigh
    // while they last): one lifted within the month ends the calm as an act of that day would, however long ago it began.
    const lifted = liftedCoercion(scene, pair, T).filter((l) => T - l.ended.instant <= w.calmDays * DAY_MS);
    // A report graded below `minConfidence` raises no level: it does not end the calm either (1 would become 2).
    // An attack nobody is recorded as the author of (pair null) is no hostile act of either party: it ends no calm; the
    // blame it carries, if any, is coercion of its own.
    const endsCalm = (o: (typeof confident)[number]) =>
      ((o.act.kind === 'armed' && o.act.pair !== null) ||
        o.act.kind === 'coercion' ||
        o.act.kind === 'repudiation' ||
        (o.act.kind === 'rhetoric' &&
          o.act.record.facts?.f === 'statement' &&
          (THREAT_TONES.includes(o.act.record.facts.tone) || isHostileMeasure(o.act.record))) ||
        (o.act.kind === 'rhetoric' && o.act.pair !== null && o.act.record.facts?.f === 'posture')) &&
      within(w.calmDays)(o);
    // Ground held without fire is hostile every day it is held, as a closed border is: here, under a truce (with none it
    // is coercion, above), still no month of calm while it lasts.
    const held = heldBy(scene, pair);
    const calm = lifted.length === 0 && held.length === 0 && !confident.some(endsCalm);
    const { implemented, lapsed: lapsedAll } = agreementsAt(scene, pair, T, inForce.length > 0);
    const agreement = implemented[implemented.length - 1];
    // Talks paused for a time within the coercion window (where collapsed talks would make 3): said, never a cause.
    const paused = confident.filter((o) => o.act.kind === 'pause' && within(w.coercionDays)(o));
    // An act said in a reason with its date: "; show of force by … on 2025-03-01 (3 days ago)".
    const dated = (list: readonly { act: Act }[]) =>
      list.map((o) => `; ${o.act.what} on ${day(o.act.record)} (${ago(T, o.act.record.instant)})`).join('');
    const pausedSaid = dated(paused);
    if (calm && agreement !== undefined) {
      level = 1;
      reasons.push({
        level: 1,
        rule: 'agreement-implemented',
        text: `Agreement of ${day(agreement.record)}${statusSaid(scene, agreement)} ${carriedOut(scene, agreement) ? 'carried out to its end, the negotiation closed with it' : 'being implemented'}; no hostile act or threat in the last ${w.calmDays} days${pausedSaid}`,
        eventIds: uniq([agreement.record.eventId, ...paused.flatMap((o) => o.eventIds)]),
      });
    } else {
      const isShow = (o: { act: Act }) => o.act.record.facts?.f === 'posture';
      const recentWords = occurrences.filter(
        (o) => o.act.kind === 'rhetoric' && !isShow(o) && within(w.coercionDays)(o),
      );
      // A party's show of force within the month: what keeps the level from 1, said with its date.
      const shows = confident.filter((o) => isShow(o) && o.act.pair !== null && within(w.calmDays)(o));
      // A party stepping back from an agreement within the month: what keeps the level from 1, said with its date.
      const steppedBack = confident.filter((o) => o.act.kind === 'repudiation' && within(w.calmDays)(o));
      // With an agreement being implemented, the acts past the coercion window that still end its month of calm (a
      // threat of war of three weeks ago): what keeps the level from 1, said with their dates. Shows of force and steps
      // back are said above; words within the coercion window are counted among the hostile statements.
      const older =
        agreement === undefined
          ? []
          : confident.filter(
              (o) => endsCalm(o) && !isShow(o) && o.act.kind !== 'repudiation' && !within(w.coercionDays)(o),
            );
      // No agreement being implemented, where a ceasefire agreement would be but for its ceasefire's end: the latest said.
      const lapsed = agreement === undefined ? lapsedAll.slice(-1) : [];
      reasons.push({
        level: 2,
        rule: 'strained',
        text:
          `No armed action, ultimatum, threat of war or collapse of talks in the windows` +
          (ceasefires.length > 0
            ? `; ceasefire in force since ${day(ceasefires[0]!.record)}`
            : partials.length > 0
              ? `; partial ceasefire in force since ${day(partials[0]!.record)}`
              : '') +
          (recentWords.length > 0
            ? `; ${recentWords.length} hostile statement${recentWords.length === 1 ? '' : 's'} in the last ${w.coercionDays} days`
            : '') +
          dated([...steppedBack, ...shows, ...older]) +
          held.map((h) => `; ${heldSaid(scene, h)}`).join('') +
          pausedSaid +
          lifted.map((l) => `; ${l.text}`).join('') +
          lapsed
            .map(
              (l) =>
                `; the ceasefire agreement of ${day(l.agreement.record)} lapsed when its ceasefire ended on ${isoDay(l.ended)}`,
            )
            .join(''),
        eventIds: uniq([
          ...[...recentWords, ...steppedBack, ...shows, ...older, ...paused].flatMap((o) => o.eventIds),
          ...lapsed.map((l) => l.agreement.record.eventId),
          ...held.map((h) => h.record.eventId),
          ...lifted.flatMap((l) => l.eventIds),
        ]),
      });
    }
  }

  // Pressure: the decayed weight of hostile occurrences, plus each lasting condition.
  const p = model.pressure;
  const weighed: Weighed[] = [];
  let conflict = 0;
  for (const o of occurrences) {
    const ageDays = (T - o.act.record.instant) / DAY_MS;
    if (ageDays > p.lookbackDays) continue;
    const decay = Math.pow(2, -ageDays / p.halfLifeDays);
    const hostile = o.act.kind !== 'cooperation';
    const contribution = (hostile ? -1 : 1) * o.act.weight * decay;
    if (hostile) conflict -= contribution;
    weighed.push({
      record: o.act.record,
      eventIds: o.eventIds,
      occurrence: o.occurrence,
      weight: o.act.weight,
      ageDays,
      decay,
      contribution,
    });
  }
  const lasting = reasons.filter((r) => (LASTING_RULES as readonly string[]).includes(r.rule)).length;
  const pressure = conflict + p.lasting * lasting;
  const band = bandRange(level, model);
  const index = band.from + ((band.to - band.from) * pressure) / (pressure + p.scale);
  const reading: PairReading | null =
    pair === null
      ? null
      : {
          actors: pairActors(pair),
          names: names as [string, string],
          index,
          level,
          levelName: LEVEL_NAME[level],
          reasons,
          lastArmedAction: lastArmed === null ? null : lastArmed.act.record.occurredAt,
        };
  return { reading, level, index, reasons, weighed };
}

/** The reasons that are a lasting condition, each with the condition's kind in the conditions listed. */
const LASTING_CONDITION = {
  'border-closed': 'border-closed',
  'ultimatum-active': 'ultimatum',
  'occupation-in-force': 'occupation',
  'detention-in-force': 'detention',
} as const satisfies { readonly [R in ReasonRule]?: EscalationCondition['kind'] };
type LastingRule = keyof typeof LASTING_CONDITION;
const LASTING_RULES = Object.keys(LASTING_CONDITION) as LastingRule[];

/** A lasting condition in force: the reason it gives and the development it stands on. */
interface Lasting {
  readonly reason: EscalationReason & { readonly rule: LastingRule };
  readonly record: DevelopmentRecord;
}

/**
 * The coercion that lasts while it lasts, for a pair (`null`: the negotiation as a whole): a closed border, active
 * ultimatums, detentions in force, ground held with no truce (`heldCoercive`) — each as the reason it gives and the
 * development it stands on.
 */
function lastingCoercion(scene: Scene, pair: string | null, T: number): Lasting[] {
  const lasting: Lasting[] = [];
  const closure = pair === null ? undefined : scene.closures.get(pair);
  if (closure?.open) {
    // Said from the first closure still in force; where several are (crossings closed one after another, or each
    // party's), the reason counts them, names the latest, and stands on each of them.
    const { record } = closure;
    const inForce = [...closure.places.values()].map((c) => c.record);
    const latest = inForce.reduce((a, b) => (b.instant > a.instant ? b : a), record);
    lasting.push({
      reason: {
        level: 3,
        rule: 'border-closed',
        text: `Border closed since ${day(record)}${inForce.length > 1 ? ` (${inForce.length} closures in force, the latest on ${day(latest)})` : ''}`,
        eventIds: uniq([record.eventId, ...inForce.map((r) => r.eventId)]),
      },
      record,
    });
  }
  for (const u of scene.ultimatums.values()) {
    if (u.resolved || !(pair === null ? true : u.pairs.includes(pair))) continue;
    const { record } = u;
    lasting.push({
      reason: {
        level: 3,
        rule: 'ultimatum-active',
        text: `Ultimatum issued on ${day(record)} still active`,
        eventIds: [record.eventId],
      },
      record,
    });
  }
  // People, craft or ground of the other held: coercive until their release or withdrawal, ground only with no truce
  // (`heldCoercive`; the pair's own, never the negotiation's as a whole).
  for (const h of heldCoercive(scene, pair, T)) {
    const said = heldSaid(scene, h);
    lasting.push({
      reason: {
        level: 3,
        rule: h.holding.rule,
        text: `${said[0]?.toUpperCase()}${said.slice(1)}`,
        eventIds: [h.record.eventId],
      },
      record: h.record,
    });
  }
  return lasting;
}

/**
 * The lasting coercion of a pair (`null`: the negotiation as a whole) that has been lifted by T: the closed border
 * reopened, ultimatums resolved — each said with when it ended, and the developments that began and ended it.
 */
function liftedCoercion(
  scene: Scene,
  pair: string | null,
  T: number,
): { readonly text: string; readonly eventIds: readonly string[]; readonly ended: DevelopmentRecord }[] {
  const lifted: { text: string; eventIds: readonly string[]; ended: DevelopmentRecord }[] = [];
  const closure = pair === null ? undefined : scene.closures.get(pair);
  if (closure?.ended) {
    const { record, ended } = closure;
    lifted.push({
      text: `border closed until ${day(ended)} (${ago(T, ended.instant)})`,
      eventIds: [record.eventId, ended.eventId],
      ended,
    });
  }
  // Ground held without fire until its holder withdrew, people held until released, as a border closed until it reopened.
  for (const { taken, ended } of pair === null ? [] : (scene.holdingsEnded.get(pair) ?? [])) {
    lifted.push({
      text: `${heldWhere(scene, taken)} until ${day(ended)} (${ago(T, ended.instant)})`,
      eventIds: [taken.record.eventId, ended.eventId],
      ended,
    });
  }
  for (const u of scene.ultimatums.values()) {
    if (u.ended === null || !(pair === null ? true : u.pairs.includes(pair))) continue;
    lifted.push({
      text: `ultimatum of ${day(u.record)} in force until ${day(u.ended)} (${ago(T, u.ended.instant)})`,
      eventIds: [u.record.eventId, u.ended.eventId],
      ended: u.ended,
    });
  }
  return lifted;
}

export function conditionsReadingAt(state: ViewState, T: number, model: ConditionsModel): ConditionsReading {
  return conditionsReader(state, model)(T);
}

/**
 * Readings at instants that never go back (a series' points, oldest first): one scene read forward, each reading
 * reading only the developments since the one before. Equal, reading by reading, to `conditionsReadingAt`.
 */
export function conditionsReader(state: ViewState, model: ConditionsModel): (T: number) => ConditionsReading {
  const parties = partiesOf(state);
  const scene = new Scene(state, parties, model);
  let previous = Number.NEGATIVE_INFINITY;
  return (T) => {
    if (T < previous) throw new RangeError(`a reader reads forward only: ${isoDay(T)} is before ${isoDay(previous)}`);
    previous = T;
    scene.readTo(T);
    return readingOf(scene, parties, T, model);
  };
}

function readingOf(scene: Scene, parties: readonly string[], T: number, model: ConditionsModel): ConditionsReading {
  // Candidate headline pairs: every pair of parties; with fewer than two parties, the negotiation as a whole.
  const partyPairs: string[] = [];
  for (let i = 0; i < parties.length; i++)
    for (let j = i + 1; j < parties.length; j++) partyPairs.push(pairKey(parties[i] as string, parties[j] as string));
  const headlines = (partyPairs.length > 0 ? partyPairs : [null]).map((pair) => readPair(scene, pair, T, model, true));
  const head = headlines.reduce((best, r) =>
    r.level > best.level || (r.level === best.level && r.index > best.index) ? r : best,
  );
  const pairs = [...scene.seenPairs]
    .filter((key) => !partyPairs.includes(key))
    .map((key) => readPair(scene, key, T, model, false).reading as PairReading)
    .concat(headlines.map((h) => h.reading).filter((r): r is PairReading => r !== null))
    .sort((a, b) => b.level - a.level || b.index - a.index || (a.actors.join() < b.actors.join() ? -1 : 1));

  const conditions: EscalationCondition[] = [];
  const headPair = head.reading === null ? null : pairKey(...head.reading.actors);
  for (const c of scene.ceasefiresInForce(headPair, T)) {
    conditions.push({
      kind: 'ceasefire',
      since: c.record.occurredAt,
      eventId: c.record.eventId,
      text: `${c.partial ? 'Partial ceasefire' : 'Ceasefire'} in force since ${day(c.record)}`,
    });
  }
  // A closed border, an active ultimatum, a detention and ground held with no truce last whatever the level: under
  // fighting too, not only where they make it 3.
  for (const { reason, record } of lastingCoercion(scene, headPair, T)) {
    conditions.push({
      kind: LASTING_CONDITION[reason.rule],
      since: record.occurredAt,
      eventId: record.eventId,
      text: reason.text,
    });
  }
  for (const r of head.reasons) {
    if (r.rule === 'agreement-implemented') {
      const record = scene.agreements.find((a) => a.record.eventId === r.eventIds[0])?.record;
      conditions.push({
        kind: 'agreement',
        since: record?.occurredAt ?? '',
        eventId: r.eventIds[0] as string,
        text: r.text,
      });
    }
  }
  // An agreement of the pair that is not being implemented — its text only agreed or initialled, or suspended or
  // withdrawn from — lasts as such until a later status changes it (a terminated one is over: no condition).
  for (const a of scene.agreements) {
    if (headPair !== null && !a.pairs.includes(headPair)) continue;
    const latest = scene.agreementStatus.get(a.id);
    if (latest === undefined || isAgreementImplemented(latest.status) || latest.status === AGREEMENT_STATUS_FINAL)
      continue;
    conditions.push({
      kind: 'agreement',
      since: latest.record.occurredAt,
      eventId: latest.record.eventId,
      text: `Agreement of ${day(a.record)}${statusSaid(scene, a)}: not being implemented`,
    });
  }

  const last = scene.latest;
  const quietFor = last === undefined ? Number.POSITIVE_INFINITY : (T - last.instant) / DAY_MS;
  const quiet =
    quietFor >= model.windows.quietDays
      ? { days: Number.isFinite(quietFor) ? Math.floor(quietFor) : 0, since: last?.occurredAt ?? null }
      : null;

  const cooperation = head.weighed.filter((x) => x.contribution > 0).reduce((s, x) => s + x.contribution, 0);
  const conflict = head.weighed.filter((x) => x.contribution < 0).reduce((s, x) => s - x.contribution, 0);
  return {
    index: head.index,
    level: head.level,
    levelName: LEVEL_NAME[head.level],
    conflict,
    cooperation,
    net: Math.max(0, conflict - cooperation),
    reasons: head.reasons,
    pair: head.reading,
    pairs,
    conditions,
    quiet,
    weighed: head.weighed,
  };
}
