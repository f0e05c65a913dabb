/**
 * Test helpers: build a negotiation's log tersely.
 *
 *   const log = new LogBuilder();
 *   const opened = log.add('NegotiationOpened', { … }, { occurredAt: '2025-10-01' });
 *   log.add('EventRetracted', { eventId: opened.eventId, reason: '…' });
 *   foldViews(log.entries);
 *
 * Ids are `ev-1`, `ev-2`, … (log order); positions 1, 2, …; recordedAt
 * defaults to one minute per event after 2026-01-01 (so log order and
 * recordedAt agree unless a test says otherwise).
 */
import {
  defaultPrecision,
  type Actor,
  type EventDataByType,
  type EventType,
  type NegotiationEvent,
  type Source,
} from '@parley/domain';
import type { LogEntry } from '../effective-events';

export const TEST_NEGOTIATION = 'test-talks';
export const RECORDING_START = Date.UTC(2026, 0, 1);
export const SOURCE: Source = { title: 'Wire report', publisher: 'Test Wire', url: 'https://example.org/report' };

export const PAKISTAN: Actor = { id: 'pakistan', name: 'Pakistan', kind: 'state' };
export const TALIBAN: Actor = { id: 'afghan-taliban', name: 'Afghan Taliban', kind: 'de-facto-authority' };
export const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'mediator' };
export const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'mediator' };

export interface EnvelopeOverrides {
  readonly eventId?: string;
  readonly occurredAt?: string;
  readonly precision?: NegotiationEvent['precision'];
  readonly recordedAt?: string;
  readonly recordedBy?: string;
  readonly sources?: readonly Source[];
  readonly cameo?: string;
  readonly note?: string;
  /** The occurrence it reports (shared by developments that report one fact). */
  readonly occurrence?: string;
  /** Log position; default: next. */
  readonly position?: number;
}

export class LogBuilder {
  readonly entries: LogEntry[] = [];
  private next = 1;

  constructor(
    readonly negotiationId = TEST_NEGOTIATION,
    /** occurredAt used when an event does not say. */
    public defaultOccurredAt = '2025-10-01',
  ) {}

  add<T extends EventType>(
    type: T,
    data: EventDataByType[T],
    overrides: EnvelopeOverrides = {},
  ): Extract<NegotiationEvent, { type: T }> {
    const n = this.next++;
    const occurredAt = overrides.occurredAt ?? this.defaultOccurredAt;
    const event = {
      eventId: overrides.eventId ?? `ev-${n}`,
      negotiationId: this.negotiationId,
      type,
      data,
      occurredAt,
      precision: overrides.precision ?? defaultPrecision(occurredAt),
      recordedAt: overrides.recordedAt ?? new Date(RECORDING_START + n * 60_000).toISOString(),
      recordedBy: overrides.recordedBy ?? 'analyst',
      sources: overrides.sources ?? [SOURCE],
      ...(overrides.cameo !== undefined ? { cameo: overrides.cameo } : {}),
      ...(overrides.note !== undefined ? { note: overrides.note } : {}),
      ...(overrides.occurrence !== undefined ? { occurrence: overrides.occurrence } : {}),
    } as Extract<NegotiationEvent, { type: T }>;
    this.entries.push({ event, position: overrides.position ?? n });
    return event;
  }

  /** The usual opening: Pakistan and the Afghan Taliban, mediated by Qatar and Türkiye. */
  open(overrides: EnvelopeOverrides = {}) {
    return this.add(
      'NegotiationOpened',
      {
        negotiationId: this.negotiationId,
        title: 'Pakistan – Afghan Taliban talks',
        subject: 'Cross-border militancy',
        parties: [PAKISTAN, TALIBAN],
        mediators: [QATAR, TURKIYE],
      },
      overrides,
    );
  }
}

/** ms of a date string in tests (`'2025-10-12'`, `'2025-10-12T10:00:00Z'`). */
export function ms(date: string): number {
  const value = Date.parse(date.length === 7 ? `${date}-01` : date);
  if (!Number.isFinite(value)) throw new Error(`bad test date ${date}`);
  return value;
}

export const DAY = 86_400_000;

/** Stored JSONL lines → log entries, as DESIGN.md maps them (the codec's job in the app; spelled out here to keep this lib standalone). */
export function entriesOfJsonl(text: string): LogEntry[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const stored = JSON.parse(line) as {
        id: string;
        type: string;
        data: unknown;
        metadata: Record<string, unknown>;
        position?: number;
      };
      const { schema: _schema, ...metadata } = stored.metadata;
      const event = {
        ...metadata,
        eventId: stored.id,
        type: stored.type,
        data: stored.data,
      } as unknown as NegotiationEvent;
      return { event, position: stored.position ?? i + 1 };
    });
}
