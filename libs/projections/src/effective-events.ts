/**
 * Bi-temporal effective events (DOMAIN.md §4, DESIGN.md "Time").
 *
 * Input: one negotiation's events in log order, each with its log position.
 * Output: the developments as they stood — corrected, without retracted ones —
 * filtered by `knownAt` (recordedAt) and `at` (occurredAt), in fold order
 * (occurredAt instant, ties by log order).
 *
 * Corrections and retractions:
 * - apply when their own recordedAt ≤ knownAt, whatever their occurredAt;
 * - several corrections of one event apply in log order; envelope fields are
 *   replaced, `data` is merged shallowly, and a `null` in `changes.data`
 *   removes that field (how a correction clears an optional field);
 * - a correction that changes occurredAt without a precision re-derives the
 *   precision from the new form, unless the event was marked `approximate`;
 * - a retraction of a correction (or of a retraction) withdraws it; a
 *   correction aimed at a correction or retraction has no effect (retract it
 *   and record a new one instead);
 * - corrections aimed at an event not known at knownAt are ignored.
 * Duplicate event ids (a replayed append) count once: the first in log order.
 */
import { correctedEvent, type CorrectionChanges, type EventCorrected, type EventRetracted, type NegotiationEvent } from '@parley/domain';
import { toInstant } from '@parley/domain';

/** One stored event of the negotiation's stream: the domain event and its log order (global position or stream revision). */
export interface LogEntry {
  readonly event: NegotiationEvent;
  readonly position: number;
}

/** `at`: the world as it stood at T (occurredAt ≤ T). `knownAt`: what Parley knew at K (recordedAt ≤ K). ms; absent = no bound. */
export interface AsOf {
  readonly at?: number;
  readonly knownAt?: number;
}

export type CorrectionEvent = Extract<NegotiationEvent, { type: 'EventCorrected' | 'EventRetracted' }>;
export type Development = Exclude<NegotiationEvent, CorrectionEvent>;

/** A development as it counts: corrections applied, with its occurredAt instant and log position. */
export interface EffectiveEvent {
  readonly event: Development;
  readonly position: number;
  /** occurredAt as ms since epoch. */
  readonly instant: number;
}

export interface AppliedCorrection {
  readonly eventId: string;
  readonly position: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly reason: string;
  readonly changes: CorrectionChanges;
  /** True when a retraction known at knownAt withdrew this correction; it was then not applied. */
  readonly withdrawn: boolean;
}

export interface AppliedRetraction {
  readonly eventId: string;
  readonly position: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly reason: string;
}

/** A development known at knownAt, retracted or not, with what was done to it (the timeline's input). */
export interface ResolvedEvent extends EffectiveEvent {
  /** The event as first recorded. */
  readonly original: Development;
  /** In log order, including withdrawn ones (flagged). */
  readonly corrections: readonly AppliedCorrection[];
  readonly retraction: AppliedRetraction | null;
}

export function isCorrectionEvent(event: NegotiationEvent): event is CorrectionEvent {
  return event.type === 'EventCorrected' || event.type === 'EventRetracted';
}

/** Fold order: occurredAt instant, ties by log position. */
export function compareFoldOrder(
  a: { readonly instant: number; readonly position: number },
  b: { readonly instant: number; readonly position: number },
): number {
  return a.instant - b.instant || a.position - b.position;
}

/** A development entry as it arrives, uncorrected (what the engine applies incrementally). */
export function toEffectiveEvent(entry: LogEntry): EffectiveEvent {
  if (isCorrectionEvent(entry.event)) {
    throw new TypeError(`${entry.event.type} is not a development: refold instead (see needsRefold)`);
  }
  return { event: entry.event, position: entry.position, instant: toInstant(entry.event.occurredAt) };
}

/** Applies one correction's changes to an event: the domain's `correctedEvent`, the one way a correction applies. */
export function applyCorrection<E extends Development>(event: E, changes: CorrectionChanges): E {
  return correctedEvent(event, changes);
}

function knownEntries(entries: readonly LogEntry[], knownAt: number | undefined): LogEntry[] {
  const seen = new Set<string>();
  const known: LogEntry[] = [];
  // Log order first, so "first occurrence" and "corrections in log order" mean what they say.
  const ordered = [...entries].sort((a, b) => a.position - b.position);
  for (const entry of ordered) {
    if (seen.has(entry.event.eventId)) continue;
    seen.add(entry.event.eventId);
    if (knownAt !== undefined && toInstant(entry.event.recordedAt) > knownAt) continue;
    known.push(entry);
  }
  return known;
}

/**
 * Every development known at knownAt with its corrections and retraction,
 * corrected, in fold order — retracted ones included (flagged). No `at` filter.
 */
export function resolveLog(entries: readonly LogEntry[], knownAt?: number): ResolvedEvent[] {
  const known = knownEntries(entries, knownAt);

  // A correction or retraction counts unless a later retraction withdrew it.
  // Retractions only point backwards in the log, so one pass from the end
  // settles every chain (a retraction of a retraction of …).
  const withdrawnBy = new Map<string, EventRetracted>();
  for (let i = known.length - 1; i >= 0; i--) {
    const event = (known[i] as LogEntry).event;
    if (event.type !== 'EventRetracted' || withdrawnBy.has(event.eventId)) continue;
    if (!withdrawnBy.has(event.data.eventId)) withdrawnBy.set(event.data.eventId, event.data);
  }

  const developments = new Map<
    string,
    { entry: LogEntry; corrections: AppliedCorrection[]; retraction: AppliedRetraction | null }
  >();
  for (const entry of known) {
    const event = entry.event;
    if (!isCorrectionEvent(event)) {
      developments.set(event.eventId, { entry, corrections: [], retraction: null });
      continue;
    }
    const target = developments.get(event.data.eventId);
    if (target === undefined) continue;
    const meta = {
      eventId: event.eventId,
      position: entry.position,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      recordedBy: event.recordedBy,
      reason: event.data.reason,
    };
    const withdrawn = withdrawnBy.has(event.eventId);
    if (event.type === 'EventCorrected') {
      target.corrections.push({ ...meta, changes: (event.data as EventCorrected).changes, withdrawn });
    } else if (!withdrawn && target.retraction === null) {
      target.retraction = meta;
    }
  }

  const resolved: ResolvedEvent[] = [];
  for (const { entry, corrections, retraction } of developments.values()) {
    const original = entry.event as Development;
    let event = original;
    for (const correction of corrections) if (!correction.withdrawn) event = applyCorrection(event, correction.changes);
    resolved.push({
      event,
      original,
      position: entry.position,
      instant: toInstant(event.occurredAt),
      corrections,
      retraction,
    });
  }
  return resolved.sort(compareFoldOrder);
}

/** The developments that count at `at` as known at `knownAt`, corrected, retracted ones gone, in fold order. */
export function effectiveEvents(entries: readonly LogEntry[], asOf: AsOf = {}): EffectiveEvent[] {
  const { at } = asOf;
  return resolveLog(entries, asOf.knownAt)
    .filter((r) => r.retraction === null && (at === undefined || r.instant <= at))
    .map(({ event, position, instant }) => ({ event, position, instant }));
}
