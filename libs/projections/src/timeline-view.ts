/**
 * The timeline: every development known at `knownAt` that occurred by `at`,
 * in fold order (occurredAt, ties log order), as corrected — with its
 * corrections and retraction attached rather than listed as events of their
 * own. Retracted events stay visible, flagged with the reason (they count for
 * nothing in the other views). Withdrawn corrections are listed, flagged.
 */
import { occurrenceOf } from './escalation-facts';
import { isoOf, type EventType, type NegotiationEvent, type Precision, type Source } from '@parley/domain';
import {
  resolveLog,
  type AppliedCorrection,
  type AppliedRetraction,
  type AsOf,
  type LogEntry,
} from './effective-events';
import {
  codeName,
  confidenceOf,
  DEFAULT_ESCALATION_MODEL,
  eventCode,
  goldsteinOf,
  type CodeSource,
  type EscalationModel,
} from './escalation-model';
import { summaryLine } from './summary';
import { summaryContext } from './view-state';
import { checkTime } from './errors';
import { knownAtOf } from './known-at';
import { foldViews } from './view-state';

export interface TimelineItem {
  readonly eventId: string;
  readonly type: EventType;
  readonly occurredAt: string;
  readonly precision: Precision;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly summary: string;
  readonly sources: readonly Source[];
  readonly note: string | null;
  /** The occurrence it reports with other developments (the analyst's key, or its round and day), when shared: the escalation counts them once. */
  readonly occurrence: string | null;
  readonly cameo: {
    readonly code: string;
    readonly source: CodeSource;
    readonly name: string | null;
    /** null for a code the model does not know (it then weighs nothing). */
    readonly g: number | null;
  } | null;
  readonly confidence: number;
  /** The event's data, corrected. */
  readonly data: NegotiationEvent['data'];
  readonly corrections: readonly AppliedCorrection[];
  readonly retracted: AppliedRetraction | null;
}

export interface TimelineView {
  readonly negotiationId: string;
  readonly modelVersion: string;
  readonly at: string | null;
  readonly knownAt: string | null;
  readonly items: readonly TimelineItem[];
}

export function timelineView(
  entries: readonly LogEntry[],
  asOf: AsOf = {},
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
): TimelineView {
  const { at, knownAt } = asOf;
  if (at !== undefined) checkTime(at, 'at');
  if (knownAt !== undefined) checkTime(knownAt, 'knownAt');
  // Names (actors, rounds, demands) as they stood at the same point.
  const ctx = summaryContext(foldViews(entries, asOf, model));
  const resolved = resolveLog(entries, knownAt).filter((r) => at === undefined || r.instant <= at);
  // An occurrence is shown where it groups developments: shared by two or more that count.
  const shared = new Map<string, number>();
  for (const { event, retraction } of resolved) {
    const key = retraction === null ? occurrenceOf(event) : null;
    if (key !== null) shared.set(key, (shared.get(key) ?? 0) + 1);
  }
  const items = resolved.map(({ event, corrections, retraction }) => {
    const code = eventCode(event, model);
    const occurrence = occurrenceOf(event);
    return {
      eventId: event.eventId,
      type: event.type,
      occurredAt: event.occurredAt,
      precision: event.precision,
      recordedAt: event.recordedAt,
      recordedBy: event.recordedBy,
      summary: summaryLine(event, ctx),
      sources: event.sources,
      note: event.note ?? null,
      occurrence: occurrence !== null && (shared.get(occurrence) ?? 0) > 1 ? occurrence : null,
      cameo: code === null ? null : { ...code, name: codeName(code.code, model), g: goldsteinOf(code.code, model) },
      confidence: confidenceOf(event.sources, model),
      data: event.data,
      corrections,
      retracted: retraction,
    };
  });
  return {
    negotiationId: entries[0]?.event.negotiationId ?? '',
    modelVersion: model.version,
    at: at === undefined ? null : isoOf(at),
    knownAt: knownAtOf(asOf),
    items,
  };
}
