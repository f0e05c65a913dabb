/**
 * What every `EventStaging` shares: the file it spools to, the checks of what
 * is staged, and the append of a staged range through `appendEncoded` — the
 * whole staging for the memory and EventStoreDB stores, SQLite's when its
 * one-statement append cannot take a range as it is (it then does exactly this).
 */
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type {
  EncodedNewEvent,
  EventStaging,
  EventStore,
  ExpectedRevision,
  StagedAppendResult,
  StagedEvent,
} from '../port';

/** The spool's write buffer: rows appended since the last flush. */
const SPOOL_BUFFER = 1024 * 1024;

/**
 * A file of rows (each a line of text), appended in order and written
 * synchronously a batch at a time: a row appended can be read back at once
 * by its offset. Each row is encoded as it is appended into one reused
 * buffer (no row string outlives its caller, no join per batch), written to
 * the page cache, so a batch's write costs a copy, not a wait on the disk.
 */
export class SpoolFile {
  private fd: number | undefined;
  /** Rows appended since the last flush, encoded: `pending[0, used)`. */
  private pending = Buffer.allocUnsafe(SPOOL_BUFFER);
  private used = 0;
  /** Bytes in the file. */
  private written = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w+');
  }

  /** Bytes appended so far (flushed or not): the offset the next row will start at. */
  get size(): number {
    return this.written + this.used;
  }

  /** Appends `text` (rows with their newlines); returns its byte offset. */
  append(text: string): number {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.used + text.length * 3 > this.pending.length) {
      this.flush();
      if (text.length * 3 > this.pending.length) this.pending = Buffer.allocUnsafe(text.length * 3);
    }
    const offset = this.written + this.used;
    this.used += this.pending.write(text, this.used);
    return offset;
  }

  /** Writes the rows appended since the last flush (once per batch of rows). */
  flush(): void {
    for (let done = 0; done < this.used;)
      done += writeSync(this.open(), this.pending, done, this.used - done, this.written + done);
    this.written += this.used;
    this.used = 0;
  }

  /** The row that starts at `offset` (appended, flushed or not), without its newline. */
  rowAt(offset: number): string {
    if (offset >= this.written) this.flush();
    let bytes = Buffer.allocUnsafe(16 * 1024);
    let filled = 0;
    for (;;) {
      const read = readSync(this.open(), bytes, filled, bytes.length - filled, offset + filled);
      if (read === 0) throw new Error('spool file ended early');
      const end = bytes.indexOf(10, filled);
      filled += read;
      if (end !== -1 && end < filled) return bytes.toString('utf8', 0, end);
      if (filled === bytes.length) bytes = Buffer.concat([bytes, Buffer.allocUnsafe(bytes.length)]);
    }
  }

  /** The rows in bytes `[from, to)` (whole rows, appended, flushed or not), without their newlines. */
  rowsBetween(from: number, to: number): string[] {
    if (to > this.written) this.flush();
    const bytes = Buffer.allocUnsafe(to - from);
    for (let filled = 0; filled < bytes.length;) {
      const read = readSync(this.open(), bytes, filled, bytes.length - filled, from + filled);
      if (read === 0) throw new Error('spool file ended early');
      filled += read;
    }
    const rows = bytes.toString('utf8').split('\n');
    rows.pop();
    return rows;
  }

  close(): void {
    this.flush();
    this.destroy();
  }

  /** Lets go of the file whatever happened (before it is deleted). */
  destroy(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    if (this.fd === undefined) throw new Error('spool file already closed');
    return this.fd;
  }
}

/** A staged event and its place among its stream's staged events (0: the stream's first). */
export interface NumberedStagedEvent extends StagedEvent {
  readonly nth: number;
}

/** What `stage` checks: strings only (the rest is checked by the append, as `appendEncoded` checks it). */
export function checkStaged(stream: string, event: EncodedNewEvent): void {
  if (typeof stream !== 'string') throw new TypeError('a staged stream must be a string');
  for (const field of ['id', 'type', 'data', 'metadata'] as const)
    if (typeof event?.[field] !== 'string') throw new TypeError(`a staged event's ${field} must be a string`);
}

/** `from` and `to` as `EventStaging.append` takes them, of a staging holding `count` events. */
export function checkStagedRange(from: number, to: number, count: number): void {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 1 || to < from || to > count)
    throw new RangeError(`staged events ${from} to ${to} are not among the ${count} staged`);
}

/** Most events of one `appendEncoded` of a staged range. */
export const STAGING_RUN = 1000;

/**
 * Most bytes (events' data, metadata and type, as UTF-8) of one append that
 * copies many events — a staged run, a migration's batch — unless one event
 * alone is larger: well under EventStoreDB's default `MaxAppendSize` (1 MiB),
 * which counts the same.
 */
export const APPEND_BYTES_BUDGET = 512 * 1024;

/** An encoded event's bytes as a budgeted append counts them (UTF-8, as EventStoreDB's MaxAppendSize does). */
export function appendBytesOf(event: EncodedNewEvent): number {
  return Buffer.byteLength(event.data) + Buffer.byteLength(event.metadata) + Buffer.byteLength(event.type);
}

/**
 * `EventStaging.append` through `appendEncoded`: each run of consecutive
 * events of one stream (at most STAGING_RUN events and, unless one event is
 * larger, APPEND_BYTES_BUDGET bytes) one append; the runs of
 * different streams issued together (a store that group-commits writes them
 * in one transaction, in this order), a stream's runs in staging order, each
 * once the one before it is done.
 */
export async function appendInRuns(
  store: Pick<EventStore, 'appendEncoded'>,
  events: Iterable<NumberedStagedEvent>,
  expected: ReadonlyMap<string, ExpectedRevision>,
): Promise<StagedAppendResult> {
  const runs: { stream: string; first: boolean; events: EncodedNewEvent[]; bytes: number }[] = [];
  for (const { stream, nth, event } of events) {
    const bytes = appendBytesOf(event);
    let run = runs[runs.length - 1];
    if (!run || run.stream !== stream || run.events.length >= STAGING_RUN || run.bytes + bytes > APPEND_BYTES_BUDGET) {
      run = { stream, first: nth === 0, events: [], bytes: 0 };
      runs.push(run);
    }
    run.events.push(event);
    run.bytes += bytes;
  }
  let stored = 0;
  let position = 0;
  // A stream's runs one after another: issued together, a later run could be stored first (EventStoreDB takes
  // concurrent appends in the order they reach the leader), out of staging order — or, taking the revisions the
  // first run expects, make it fail. A run is tried whatever became of the one before it, as before.
  const last = new Map<string, Promise<unknown>>();
  const appended = runs.map(({ stream, first, events: run }) => {
    const append = (): Promise<void> =>
      store
        .appendEncoded(stream, run, { expectedRevision: first ? (expected.get(stream) ?? 'any') : 'any' })
        .then((result) => {
          stored += result.stored;
          if (result.position > position) position = result.position;
        });
    const before = last.get(stream);
    const done = before === undefined ? append() : before.then(append, append);
    last.set(stream, done);
    return done;
  });
  // Every run settles before the range's outcome is told (the first failure's error, the others stored).
  let failure: { readonly error: unknown } | undefined;
  await Promise.all(appended.map((done) => done.catch((error: unknown) => void (failure ??= { error }))));
  if (failure !== undefined) throw failure.error;
  return { stored, position };
}

/** Each stream's count of staged events: the `nth` of its next one. */
export class StagedCounts {
  private readonly counts = new Map<string, number>();

  next(stream: string): number {
    const nth = this.counts.get(stream) ?? 0;
    this.counts.set(stream, nth + 1);
    return nth;
  }
}

/**
 * A staging in a file of `dir` (one JSON array per event, so that no text
 * can break a row), appended through `appendEncoded`: the memory and
 * EventStoreDB stores' staging.
 */
export class FileStaging implements EventStaging {
  private readonly spool: SpoolFile;
  /** Where each staged event's row starts (`seq - 1`), and the end of the last. */
  private readonly offsets: number[] = [];
  private readonly counts = new StagedCounts();
  private closed = false;

  constructor(
    private readonly store: Pick<EventStore, 'appendEncoded'>,
    dir: string,
  ) {
    this.spool = new SpoolFile(join(dir, `staging-${randomUUID()}.jsonl`));
  }

  get count(): number {
    return this.offsets.length;
  }

  stage(stream: string, event: EncodedNewEvent): number {
    this.assertOpen();
    checkStaged(stream, event);
    const row = [stream, this.counts.next(stream), event.id, event.type, event.data, event.metadata];
    this.offsets.push(this.spool.append(`${JSON.stringify(row)}\n`));
    return this.offsets.length;
  }

  staged(seq: number): StagedEvent {
    this.assertOpen();
    checkStagedRange(seq, seq, this.count);
    const { stream, event } = eventOfRow(this.spool.rowAt(this.offsets[seq - 1] as number));
    return { stream, event };
  }

  append(from: number, to: number, expected: ReadonlyMap<string, ExpectedRevision>): Promise<StagedAppendResult> {
    try {
      this.assertOpen();
      checkStagedRange(from, to, this.count);
      const end = to < this.count ? (this.offsets[to] as number) : this.spool.size;
      const rows = this.spool.rowsBetween(this.offsets[from - 1] as number, end);
      return appendInRuns(this.store, rows.map(eventOfRow), expected);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.spool.destroy();
    rmSync(this.spool.file, { force: true });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('this staging is closed');
  }
}

function eventOfRow(text: string): NumberedStagedEvent {
  const [stream, nth, id, type, data, metadata] = JSON.parse(text) as [string, number, string, string, string, string];
  return { stream, nth, event: { id, type, data, metadata } };
}
