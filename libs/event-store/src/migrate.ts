/**
 * Copying a whole log from one store to another (SQLite → EventStoreDB and
 * back, or to/from memory), through the port only.
 *
 * What is preserved: every event's id, type, data, metadata (which carries the
 * domain's `recordedAt`, so bi-temporal views are unchanged), its stream and
 * its stream revision, and the order of the log. What is not: global positions
 * (the target numbers its own; EventStoreDB's have gaps) and the store's own
 * commit time (`RecordedEvent.recordedAt`, informational).
 *
 * How:
 * - The source is read with `readAll` in pages, in position order, and cut
 *   into runs of consecutive events of one stream. Each run is one atomic
 *   append, issued one after the other, so the target's log order is the
 *   source's and, at any moment, what the target holds is a prefix of the
 *   source log.
 * - Each append names the expected revision the source had before the run
 *   (`firstRevision - 1`), so revisions come out identical, and a target
 *   stream that differs from the source (someone else wrote to it) fails the
 *   copy with `WrongExpectedRevisionError` instead of interleaving.
 *
 * Resuming (idempotent by event id): before the first run of a stream the
 * target's `streamRevision` says how much of that stream it already has, and
 * its last event's id is compared with the source's event at that revision
 * (`MigrationConflictError` if they differ). Events at or below that revision
 * are skipped, the rest appended. That check alone makes a re-run after any
 * interruption — abort, crash, kill -9 — correct, at the cost of re-reading
 * the source. `fromPosition` (e.g. `lastPosition + 1` from a checkpoint, see
 * `readCheckpoint`) skips re-reading what an earlier run had already copied;
 * a stream whose earlier events were skipped that way is still checked, and a
 * gap (the target lacks events before `fromPosition`) is refused
 * (`MigrationGapError`) rather than copied with holes. Should an append be
 * retried after all, the stores' idempotency by event id stores it once.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EventStoreError } from './errors';
import type { EventStore, NewEvent, RecordedEvent } from './port';
import { APPEND_BYTES_BUDGET, appendBytesOf } from './shared/staging';

export interface CopyProgress {
  /** Source events to look at (from `fromPosition`), counted before the copy starts; undefined when not counted. */
  readonly total: number | undefined;
  /** Source events handled so far: copied + skipped. */
  readonly done: number;
  readonly copied: number;
  readonly skipped: number;
  /** Every source event up to this position is in the target (0: none yet). Resume from `position + 1`. */
  readonly position: number;
  /** The source event at `position`, for checking a checkpoint against the target. */
  readonly eventId: string | undefined;
}

export interface CopyLogOptions {
  /** Called after each append (or skipped run), once the target has stored it. */
  readonly onProgress?: (progress: CopyProgress) => void | Promise<void>;
  /** Inclusive: the first source position to read. Default 0 (the whole log). */
  readonly fromPosition?: number;
  /** Stops between two appends (what is appended stays appended); the summary says `aborted`. */
  readonly signal?: AbortSignal;
  /** Source events per read page, and at most this many events per append. Default 500. */
  readonly batchSize?: number;
  /**
   * Upper bound for one append's bytes: its events' data and metadata JSON
   * and type, in UTF-8 (a single larger event still goes alone). Default
   * APPEND_BYTES_BUDGET (512 KiB), well under EventStoreDB's default 1 MiB
   * per append.
   */
  readonly maxBatchBytes?: number;
  /** Count the source events first, so progress has a total. Default true. */
  readonly countFirst?: boolean;
}

export interface CopySummary {
  /** Source events looked at (from `fromPosition`). */
  readonly read: number;
  /** Appended to the target by this run. */
  readonly copied: number;
  /** Already in the target (an earlier, interrupted run): not appended again. */
  readonly skipped: number;
  /** Streams the copied or skipped events belong to. */
  readonly streams: number;
  /** Every source event up to this position is in the target; 0 when nothing was read. */
  readonly lastPosition: number;
  readonly lastEventId: string | undefined;
  /** True when `signal` stopped the copy before the end of the source. */
  readonly aborted: boolean;
  readonly ms: number;
}

/** The target holds a stream that is not a prefix of the source's stream of that name. */
export class MigrationConflictError extends EventStoreError {
  readonly code = 'migration-conflict';
  constructor(
    readonly stream: string,
    readonly revision: number,
    detail: string,
  ) {
    super(`stream ${stream} differs between source and target at revision ${revision}: ${detail}`);
    this.name = 'MigrationConflictError';
  }
}

/** The target lacks earlier events of a stream the copy reached (a `fromPosition` too far ahead). */
export class MigrationGapError extends EventStoreError {
  readonly code = 'migration-gap';
  constructor(
    readonly stream: string,
    readonly targetRevision: number,
    readonly sourceRevision: number,
  ) {
    super(
      `stream ${stream}: the target has revisions up to ${targetRevision}, the next source event is revision ` +
        `${sourceRevision}; events before the starting position were never copied (start again from position 0)`,
    );
    this.name = 'MigrationGapError';
  }
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_MAX_BATCH_BYTES = APPEND_BYTES_BUDGET;

function toNewEvent(event: RecordedEvent): NewEvent {
  return { id: event.id, type: event.type, data: event.data, metadata: event.metadata };
}

function sizeOf(event: RecordedEvent): number {
  return appendBytesOf({
    id: event.id,
    type: event.type,
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
  });
}

/** Consecutive events of one stream, cut at `maxEvents` / `maxBytes`. */
function runsOf(page: readonly RecordedEvent[], maxEvents: number, maxBytes: number): RecordedEvent[][] {
  const runs: RecordedEvent[][] = [];
  let run: RecordedEvent[] = [];
  let bytes = 0;
  for (const event of page) {
    const size = sizeOf(event);
    const first = run[0];
    if (
      first !== undefined &&
      (first.stream !== event.stream || run.length >= maxEvents || (bytes + size > maxBytes && run.length > 0))
    ) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
    run.push(event);
    bytes += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Source events with position ≥ `from`, counted page by page. */
async function countFrom(source: EventStore, from: number, pageSize: number): Promise<number> {
  let count = 0;
  let cursor = from;
  for (;;) {
    const page = await source.readAll({ fromPosition: cursor, maxCount: pageSize });
    count += page.length;
    const last = page[page.length - 1];
    if (last === undefined || page.length < pageSize) return count;
    cursor = last.position + 1;
  }
}

/**
 * Copies the source's log (from `fromPosition`) into the target, preserving
 * ids, order, data, metadata and stream revisions; re-running after an
 * interruption copies only what is missing. See the top of this file.
 */
export async function copyLog(
  source: EventStore,
  target: EventStore,
  options: CopyLogOptions = {},
): Promise<CopySummary> {
  const started = Date.now();
  const from = options.fromPosition ?? 0;
  if (!Number.isSafeInteger(from) || from < 0) throw new RangeError('fromPosition must be a non-negative integer');
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
  const maxBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  if (!(maxBytes > 0)) throw new RangeError('maxBatchBytes must be positive');

  const total = options.countFirst === false ? undefined : await countFrom(source, from, batchSize);
  /** What the target holds of each stream seen so far: its current revision, checked against the source. */
  const targetRevisions = new Map<string, number>();
  let read = 0;
  let copied = 0;
  let skipped = 0;
  let position = 0;
  let eventId: string | undefined;
  let aborted = false;

  const progress = (): CopyProgress => ({ total, done: copied + skipped, copied, skipped, position, eventId });

  /** The target's revision of `stream`, after checking that what it holds is the source's stream so far. */
  const targetRevisionOf = async (stream: string): Promise<number> => {
    const known = targetRevisions.get(stream);
    if (known !== undefined) return known;
    const revision = await target.streamRevision(stream);
    if (revision >= 0) {
      const [theirs] = await target.readStream(stream, { fromRevision: revision, maxCount: 1 });
      const [ours] = await source.readStream(stream, { fromRevision: revision, maxCount: 1 });
      if (ours === undefined) {
        throw new MigrationConflictError(stream, revision, 'the target has more events than the source');
      }
      if (theirs?.id !== ours.id) {
        throw new MigrationConflictError(
          stream,
          revision,
          `event ${String(theirs?.id)} in the target, ${ours.id} in the source`,
        );
      }
    }
    targetRevisions.set(stream, revision);
    return revision;
  };

  let cursor = from;
  copying: for (;;) {
    const page = await source.readAll({ fromPosition: cursor, maxCount: batchSize });
    read += page.length;
    for (const run of runsOf(page, batchSize, maxBytes)) {
      if (options.signal?.aborted === true) {
        aborted = true;
        break copying;
      }
      const first = run[0] as RecordedEvent;
      const last = run[run.length - 1] as RecordedEvent;
      const have = await targetRevisionOf(first.stream);
      const fresh = run.filter((event) => event.revision > have);
      skipped += run.length - fresh.length;
      const next = fresh[0];
      if (next !== undefined) {
        if (next.revision !== have + 1) throw new MigrationGapError(first.stream, have, next.revision);
        const result = await target.append(first.stream, fresh.map(toNewEvent), { expectedRevision: have });
        // A retry of an append that did land (the stores' idempotency): stored once, counted as skipped.
        if (result.duplicate) skipped += fresh.length;
        else copied += fresh.length;
        if (result.nextRevision !== last.revision) {
          throw new MigrationConflictError(
            first.stream,
            last.revision,
            `the target stored it at revision ${result.nextRevision}`,
          );
        }
        targetRevisions.set(first.stream, result.nextRevision);
      }
      position = last.position;
      eventId = last.id;
      await options.onProgress?.(progress());
    }
    const end = page[page.length - 1];
    if (end === undefined || page.length < batchSize) break;
    cursor = end.position + 1;
  }

  return {
    read,
    copied,
    skipped,
    streams: targetRevisions.size,
    lastPosition: position,
    lastEventId: eventId,
    aborted,
    ms: Date.now() - started,
  };
}

// ---------------------------------------------------------------------------
// The checkpoint file: where an interrupted copy had got to.

export interface CopyCheckpoint {
  readonly version: 1;
  /** Identify the source and the target (without passwords). */
  readonly from: string;
  readonly to: string;
  /** Every source event up to this position is in the target. */
  readonly position: number;
  /** The source event at `position`; the checkpoint is trusted only if the target has it. */
  readonly eventId: string;
  readonly updatedAt: string;
}

/** Writes the checkpoint atomically (temporary file, then rename), creating its directory. */
export function writeCheckpoint(file: string, checkpoint: Omit<CopyCheckpoint, 'version' | 'updatedAt'>): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  const content: CopyCheckpoint = { version: 1, ...checkpoint, updatedAt: new Date().toISOString() };
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`);
  renameSync(temporary, file);
}

export type CheckpointVerdict =
  | { readonly use: true; readonly fromPosition: number; readonly checkpoint: CopyCheckpoint }
  | { readonly use: false; readonly reason: string };

/**
 * Whether a checkpoint file may be used to resume the copy from `from` to
 * `to`: it must exist, name the same stores, the source must hold the event
 * it names at the position it names, and the target must hold that event too
 * (a store that was wiped or replaced since does not).
 */
export async function readCheckpoint(
  file: string,
  stores: { readonly from: string; readonly to: string; readonly source: EventStore; readonly target: EventStore },
): Promise<CheckpointVerdict> {
  const { from, to, source, target } = stores;
  if (!existsSync(file)) return { use: false, reason: 'no checkpoint file' };
  let checkpoint: CopyCheckpoint;
  try {
    checkpoint = JSON.parse(readFileSync(file, 'utf8')) as CopyCheckpoint;
  } catch (error) {
    return { use: false, reason: `unreadable checkpoint file: ${(error as Error).message}` };
  }
  if (
    checkpoint?.version !== 1 ||
    !Number.isSafeInteger(checkpoint.position) ||
    checkpoint.position < 0 ||
    typeof checkpoint.eventId !== 'string'
  ) {
    return { use: false, reason: 'not a checkpoint file of this tool' };
  }
  if (checkpoint.from !== from || checkpoint.to !== to) {
    return { use: false, reason: `the checkpoint is for ${checkpoint.from} → ${checkpoint.to}` };
  }
  if ((await source.readEvent(checkpoint.eventId))?.position !== checkpoint.position) {
    return {
      use: false,
      reason: `the source does not hold event ${checkpoint.eventId} at position ${checkpoint.position}`,
    };
  }
  if ((await target.readEvent(checkpoint.eventId)) === undefined) {
    return { use: false, reason: `the target does not hold event ${checkpoint.eventId} the checkpoint names` };
  }
  return { use: true, fromPosition: checkpoint.position + 1, checkpoint };
}
