/**
 * What escalation model v2 reads of a development, kept on its folded record
 * (`DevelopmentRecord.facts`): who acted against whom, how heavily, and the
 * lasting conditions an event starts or ends (a ceasefire, a closed border,
 * an ultimatum, an agreement). Computed once per development at fold time
 * from the effective (corrected) event; null for developments v2 does not
 * read beyond their CAMEO weight.
 *
 * Pure data, no interpretation of windows or levels: that is the model's
 * (`escalation-v2.ts`), so changing the model's numbers needs no refold.
 */
import type { AgreementStatus, IncidentKind, NegotiationEvent, Range } from '@parley/domain';
import { ARMED_INCIDENT_KINDS, endInstant } from '@parley/domain';
import { NO_POOL, type StringPool } from './string-pool';

/** Force on the other party short of armed action (§5b): coercion between the two, never armed action. */
const FORCE_KINDS: readonly IncidentKind[] = ['non-lethal-force', 'lethal-force'];

/** A count recorded as a range, at the middle of its range (0 when not recorded). */
export function midpoint(range: Range | undefined | null): number {
  return range ? (range.min + range.max) / 2 : 0;
}

interface Scale {
  /** Killed, injured, civilians killed: middle of the recorded ranges. */
  readonly killed: number;
  readonly injured: number;
  readonly civilians: number;
  /** Where, as recorded (free text; an incident's `place`); null when not recorded (a reported violation). */
  readonly place: string | null;
  /** Present (true) when its sources call it a major operation (an incident's `scale`): heavy whatever its toll. */
  readonly major?: true;
}

/** The incident kinds by which a party takes and holds what is the other's without fire, and lets it go (see `HOLDINGS` in escalation-v2.ts). */
export const HOLDING_KINDS = [
  'occupation',
  'withdrawal',
  'detention',
  'release',
] as const satisfies readonly IncidentKind[];
export type HoldingKind = (typeof HOLDING_KINDS)[number];

export type EscalationFacts =
  /**
   * Armed action: an armed incident, or a ceasefire violation with casualties. `by` acted against `target`;
   * `blamedOn` is who `allegedBy` holds responsible besides `by` (Iran blaming the United States for Israel's strikes);
   * `harmed` is whom the act harmed though it was not aimed at it (Azerbaijan's airliner downed by Russian air defence
   * firing at Ukrainian drones): never `target`.
   * `ceasefireId`: the ceasefire a reported violation violates (absent on an incident).
   */
  | ({
      readonly f: 'armed';
      readonly by: string | null;
      readonly target: string | null;
      readonly allegedBy: string | null;
      readonly blamedOn: string | null;
      readonly harmed: string | null;
      readonly ceasefireId?: string;
    } & Scale)
  /** An attack by an armed group (e.g. the TTP in Pakistan); `blamedOn` is who the victim holds responsible. */
  | ({
      readonly f: 'attack';
      readonly by: string | null;
      readonly target: string | null;
      readonly allegedBy: string | null;
      readonly blamedOn: string | null;
      readonly harmed: string | null;
    } & Scale)
  /**
   * Non-lethal force by `by` on `target`'s vessels or people (water cannon, ramming, lasers, tear gas): coercion between
   * the two, never armed action (§5b); `blamedOn` as for an attack.
   */
  | ({
      readonly f: 'force';
      readonly by: string | null;
      readonly target: string | null;
      readonly allegedBy: string | null;
      readonly blamedOn: string | null;
      readonly harmed: string | null;
    } & Scale)
  /** A violation reported without casualties: alleged armed action of the minor kind (an exchange of fire). */
  | { readonly f: 'violation'; readonly by: string; readonly target: string; readonly ceasefireId: string }
  /**
   * A show of force (`force-posture`: exercises, launches, warships shadowing): no force used on the other, so neither
   * armed action nor coercion (§5b), but a hostile act of `by` toward `target` (with none recorded, the other party).
   */
  | { readonly f: 'posture'; readonly by: string | null; readonly target: string | null }
  /**
   * A border closed or reopened, with the place as recorded (the crossing, the airspace): null when none is.
   * `blamedOn` is who `allegedBy` holds responsible for a closure besides `by` (Nepal blaming India for the Madhesi
   * protesters' sit-in at the crossings), as for an attack.
   */
  | {
      readonly f: 'closure' | 'reopening';
      readonly by: string | null;
      readonly target: string | null;
      readonly place: string | null;
      readonly allegedBy: string | null;
      readonly blamedOn: string | null;
    }
  /**
   * Ground taken or held without fire by `by` against `target` (an incident's `occupation`), held until `by`'s `withdrawal` from
   * it; or `target`'s people or craft seized and held by `by` (a `detention`), held until `by`'s `release` of them — with
   * the place as recorded (null when none is).
   */
  | {
      readonly f: HoldingKind;
      readonly by: string | null;
      readonly target: string | null;
      readonly place: string | null;
    }
  | {
      readonly f: 'statement';
      readonly by: string;
      /** The audience when it is an actor id; else null. */
      readonly target: string | null;
      readonly tone: string;
    }
  | {
      readonly f: 'ultimatum';
      readonly id: string;
      readonly by: string;
      readonly to: readonly string[];
    }
  | { readonly f: 'ultimatum-resolved'; readonly id: string }
  | {
      readonly f: 'ceasefire';
      readonly id: string;
      readonly parties: readonly string[];
      /** Who brokered it (empty when none is recorded). */
      readonly mediatedBy: readonly string[];
      readonly duration: string;
      readonly until: number | null;
      /** It covers only some targets, weapons, areas or operations (`coverage: 'partial'`), not all hostilities. */
      readonly partial: boolean;
    }
  | {
      readonly f: 'ceasefire-extended';
      readonly id: string;
      readonly duration: string | null;
      readonly until: number | null;
    }
  | { readonly f: 'ceasefire-ended'; readonly id: string; readonly reason: string }
  /**
   * An agreement reached: `status` as reached (null: agreed and being implemented); `ceasefire`: of kind `ceasefire`
   * (implemented by a ceasefire holding, so it lapses when the ceasefire ends).
   */
  | {
      readonly f: 'agreement';
      readonly id: string;
      readonly signatories: readonly string[];
      readonly status: AgreementStatus | null;
      readonly ceasefire: boolean;
    }
  /** An agreement's status changes; `by`: whose act it is (a signatory suspending or withdrawing), when recorded. */
  | {
      readonly f: 'agreement-status';
      readonly id: string;
      readonly status: AgreementStatus;
      readonly by: string | null;
    }
  /** Talks collapsed: a round concluded `collapsed`, talks suspended, the negotiation closed without agreement. */
  | { readonly f: 'collapse'; readonly by: string | null }
  /** Talks suspended for a time by `by`'s own account (`temporary`): a pause, not a collapse. */
  | { readonly f: 'pause'; readonly by: string }
  /**
   * A round concluded otherwise, or the negotiation closed with an agreement (`settled`): ends a ceasefire that lasts
   * until the talks conclude.
   */
  | { readonly f: 'talks-concluded'; readonly settled: boolean };

/** Fields the catalogue may not carry on older events: read them only when present and of the right form. */
function optionalString(data: object, key: string): string | null {
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

function optionalRange(data: object, key: string): Range | null {
  const value = (data as Record<string, unknown>)[key];
  if (typeof value !== 'object' || value === null) return null;
  const { min, max } = value as Record<string, unknown>;
  return typeof min === 'number' && typeof max === 'number' ? { min, max } : null;
}

/**
 * An act by `by` against `target` with its scale from the recorded ranges: armed action, an attack, or force short
 * of armed action (spelled out: a spread into the literal costs a runtime call).
 */
function scaled(
  f: 'armed' | 'attack' | 'force',
  by: string | null,
  target: string | null,
  data: object,
  killedKey: string,
  allegedBy: string | null = null,
  blamedOn: string | null = null,
  harmed: string | null = null,
): EscalationFacts {
  return {
    f,
    by,
    target,
    allegedBy,
    blamedOn,
    harmed,
    killed: midpoint(optionalRange(data, killedKey)),
    injured: midpoint(optionalRange(data, 'injured')),
    civilians: midpoint(optionalRange(data, 'civilianFatalities')),
    place: optionalString(data, 'place'),
    ...(optionalString(data, 'scale') === 'major' ? { major: true as const } : {}),
  };
}

/** A stated end (a ceasefire's `until`): a date lasts to the end of its day. */
function endOrNull(value: string | undefined): number | null {
  return endInstant(value) ?? null;
}

const NONE: readonly string[] = Object.freeze([]);

/** The first part of a statement's facts' path in a pool (`StringPool.sharedObject`). */
const STATEMENT = Symbol('statement facts');
/** A statement's facts' path, reused by every statement (no array per development): its kind, speaker, audience, tone. */
const STATEMENT_PATH: unknown[] = [STATEMENT, null, null, null];

function shareOrNull(pool: StringPool, value: string | null): string | null {
  return value === null ? null : pool.share(value);
}

/** The facts v2 reads of one (effective) event; null when it reads only its weight. Its strings are taken through `pool`. */
export function escalationFacts(event: NegotiationEvent, pool: StringPool = NO_POOL): EscalationFacts | null {
  const facts = FACTS[event.type as FactType] as Facts<FactType> | undefined;
  return facts === undefined ? null : facts(event as Extract<NegotiationEvent, { readonly type: FactType }>, pool);
}

type Facts<T extends NegotiationEvent['type']> = (
  event: Extract<NegotiationEvent, { readonly type: T }>,
  pool: StringPool,
) => EscalationFacts | null;

/** What v2 reads of each type of event it reads beyond its weight: one function per type (see `ENTITY_REDUCERS` in view-state.ts). */
const FACTS = {
  IncidentReported(event, pool) {
    const data = event.data;
    const kind: string = data.kind;
    const by = shareOrNull(pool, data.perpetrator ?? null);
    const alleged = shareOrNull(pool, data.allegedBy ?? null);
    const against = shareOrNull(pool, optionalString(data, 'against'));
    const harmed = shareOrNull(pool, optionalString(data, 'harmed'));
    // Who the act was aimed at: as recorded, else the side that reported it when that is neither the perpetrator nor
    // the one it harmed though it was not aimed at it (`harmed`).
    const target = against ?? (alleged !== null && alleged !== by && alleged !== harmed ? alleged : null);
    const blamedOn = shareOrNull(pool, optionalString(data, 'blamedOn'));
    const f = (ARMED_INCIDENT_KINDS as readonly string[]).includes(kind)
      ? 'armed'
      : kind === 'militant-attack'
        ? 'attack'
        : (FORCE_KINDS as readonly string[]).includes(kind)
          ? 'force'
          : null;
    if (f !== null) return scaled(f, by, target, data, 'fatalities', alleged, blamedOn, harmed);
    if (kind === 'force-posture') return { f: 'posture', by: by ?? alleged, target: against };
    if ((HOLDING_KINDS as readonly string[]).includes(kind))
      return { f: kind as HoldingKind, by, target, place: optionalString(data, 'place') };
    if (kind === 'border-closure' || kind === 'border-reopening') {
      const place = optionalString(data, 'place');
      const f = kind === 'border-closure' ? 'closure' : 'reopening';
      return { f, by: by ?? alleged, target: against, place, allegedBy: alleged, blamedOn };
    }
    return null;
  },
  CeasefireViolationReported(event, pool) {
    const data = event.data;
    const by = pool.share(data.against);
    const target = pool.share(data.allegedBy);
    // `allegedBy` reports a violation by `against`: the act is by `against`, aimed at `allegedBy`.
    const casualties = midpoint(data.casualties) + midpoint(optionalRange(data, 'injured'));
    if (casualties > 0)
      return { ...scaled('armed', by, target, data, 'casualties'), ceasefireId: pool.share(data.ceasefireId) };
    return { f: 'violation', by, target, ceasefireId: pool.share(data.ceasefireId) };
  },
  StatementMade(event, pool) {
    // Who speaks to whom in what tone repeats across a negotiation's statements: one object for each (`sharedObject`),
    // built (its strings pooled) only the first time.
    const { speaker, audience, tone } = event.data;
    const path = STATEMENT_PATH;
    path[1] = speaker.actorId;
    path[2] = audience ?? null;
    path[3] = tone;
    return (
      pool.sharedObject<EscalationFacts>(path) ??
      pool.keepObject<EscalationFacts>(path, {
        f: 'statement',
        by: pool.share(speaker.actorId),
        target: shareOrNull(pool, audience ?? null),
        tone: pool.share(tone),
      })
    );
  },
  UltimatumIssued(event, pool) {
    return {
      f: 'ultimatum',
      id: pool.share(event.data.ultimatumId),
      by: pool.share(event.data.by),
      to: event.data.to,
    };
  },
  UltimatumResolved(event, pool) {
    return { f: 'ultimatum-resolved', id: pool.share(event.data.ultimatumId) };
  },
  CeasefireDeclared(event, pool) {
    return {
      f: 'ceasefire',
      id: pool.share(event.data.ceasefireId),
      parties: event.data.parties,
      mediatedBy: event.data.mediatedBy ?? NONE,
      duration: pool.share(event.data.duration),
      until: endOrNull(event.data.until),
      partial: event.data.coverage === 'partial',
    };
  },
  CeasefireExtended(event, pool) {
    return {
      f: 'ceasefire-extended',
      id: pool.share(event.data.ceasefireId),
      duration: shareOrNull(pool, event.data.duration ?? null),
      until: endOrNull(event.data.until),
    };
  },
  CeasefireEnded(event, pool) {
    return { f: 'ceasefire-ended', id: pool.share(event.data.ceasefireId), reason: pool.share(event.data.reason) };
  },
  AgreementReached(event, pool) {
    const { agreementId, signatories, status, kind } = event.data;
    return {
      f: 'agreement',
      id: pool.share(agreementId),
      signatories,
      status: status ?? null,
      ceasefire: kind === 'ceasefire',
    };
  },
  AgreementStatusChanged(event, pool) {
    const { agreementId, status, by } = event.data;
    return { f: 'agreement-status', id: pool.share(agreementId), status, by: shareOrNull(pool, by ?? null) };
  },
  TalksRoundConcluded(event) {
    return event.data.outcome === 'collapsed' ? { f: 'collapse', by: null } : { f: 'talks-concluded', settled: false };
  },
  TalksSuspended(event, pool) {
    return { f: event.data.temporary === true ? 'pause' : 'collapse', by: pool.share(event.data.by) };
  },
  NegotiationClosed(event) {
    return event.data.outcome === 'agreement' ? { f: 'talks-concluded', settled: true } : { f: 'collapse', by: null };
  },
} satisfies { readonly [T in NegotiationEvent['type']]?: Facts<T> };
type FactType = keyof typeof FACTS;

/**
 * The occurrence a development reports: the analyst's `occurrence` key, else
 * the round it names and its UTC day (a round's conclusion and the agreement
 * reached at it), else null (the development is an occurrence of its own).
 */
export function occurrenceOf(event: NegotiationEvent, pool: StringPool = NO_POOL): string | null {
  const explicit = optionalString(event, 'occurrence');
  if (explicit !== null) return pool.share(explicit);
  const roundId = optionalString(event.data, 'roundId');
  if (roundId === null || event.type === 'TalksRoundScheduled') return null;
  return pool.share(`round:${roundId}:${event.occurredAt.slice(0, 10)}`);
}
