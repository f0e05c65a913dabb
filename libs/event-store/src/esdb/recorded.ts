/**
 * An event as EventStoreDB returns it → the port's `RecordedEvent`.
 */
import type { Position } from '@eventstore/db-client';
import { EventStoreError } from '../errors';
import type { JsonObject, RecordedEvent } from '../port';
import { decodeIdAndMetadata } from './ids';
import { toParleyPosition } from './positions';
import { fromEsdbRevision } from './revisions';

/** The fields both `RecordedEvent` and `AllStreamRecordedEvent` of the client carry. */
export interface EsdbEvent {
  readonly streamId: string;
  readonly id: string;
  readonly isJson: boolean;
  readonly revision: bigint;
  readonly type: string;
  readonly created: Date;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly position?: Position;
}

/** Stream reads carry `$all` positions only from EventStoreDB 22.6 on; older servers send none or 2^64 − 1. */
export class PositionUnavailableError extends EventStoreError {
  readonly code = 'position-unavailable';
  constructor(stream: string, revision: bigint) {
    super(
      `EventStoreDB returned no $all position for ${stream}@${revision}; ` +
        'Parley needs EventStoreDB 22.10 or later (or KurrentDB), which report positions on stream reads',
    );
    this.name = 'PositionUnavailableError';
  }
}

const NO_POSITION = 0xffff_ffff_ffff_ffffn;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/**
 * `undefined` for what this adapter cannot have written: a non-JSON event, or
 * JSON data that is not an object. `stream` is the caller's stream name (the
 * namespace already removed).
 */
export function toRecordedEvent(event: EsdbEvent, stream: string): RecordedEvent | undefined {
  if (!event.isJson || !isJsonObject(event.data)) return undefined;
  const position = event.position;
  if (position === undefined || position.commit === NO_POSITION)
    throw new PositionUnavailableError(event.streamId, event.revision);
  const stored = isJsonObject(event.metadata) ? event.metadata : {};
  const { id, metadata } = decodeIdAndMetadata(event.id, stored);
  return {
    id,
    type: event.type,
    data: event.data,
    metadata,
    stream,
    revision: fromEsdbRevision(event.revision),
    position: toParleyPosition(position),
    recordedAt: event.created.toISOString(),
  };
}
