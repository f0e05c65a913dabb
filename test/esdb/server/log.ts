/**
 * The replicated log behind the protocol-level test server (`server.ts`): what
 * an EventStoreDB leader decides, as read in the KurrentDB source — and
 * nothing more. One instance is shared by every node of a test cluster
 * (replication is instant unless a fault holds it).
 *
 * - One transaction log with byte offsets: each event is a record of
 *   `RECORD_OVERHEAD + payload` bytes at offset L, reported at
 *   `{commit: L, prepare: L}` (what gRPC appends write); system records (`$…`
 *   streams) are interleaved, as the server's own statistics are.
 * - A write is *accepted* (positions assigned, expected revisions checked
 *   against everything accepted, as the leader's index writer does) and later
 *   *committed* (readable, sent to subscriptions, acknowledged) in log order
 *   — at once, unless `holdReplication` delays it, as a slow follower does.
 * - Idempotency (`IndexWriter.CheckCommit`): the same ids at the revisions a
 *   numeric / `no_stream` expectation names, or among the stream's events for
 *   `any` / `stream_exists`, answer the original result. The same ids as a
 *   write still waiting for replication are *dropped*: the server never
 *   answers them, and the client's request times out (`WriteTimeoutMs`).
 * - Deletion, as an operator does it with EventStoreDB's own tools
 *   (`IndexWriter.CheckCommit`, `IndexReader.ReadStreamEvents*`):
 *   - `tombstone` (hard delete) writes a `$streamDeleted` record at revision
 *     2^63 − 1 into the stream: reads and appends (any expectation) of it
 *     fail with "stream deleted", and so do reads of its metadata stream;
 *   - `softDelete` writes `{"$tb": 2^63 − 1}` to the metadata stream `$$s`:
 *     reads answer "stream not found"; an append with `any`, `no_stream` or
 *     the last revision recreates it at the next revision (its old events stay
 *     hidden: the server writes `$tb` = the first new revision), one with
 *     `stream_exists` or another revision is a wrong expected version whose
 *     current revision is the last one, deleted;
 *   - `truncateBefore` writes `{"$tb": n}`: reads skip the revisions below n.
 *   `$all` keeps every record (a scavenge, which this log never runs, removes them).
 */
import { randomUUID } from 'node:crypto';

const RECORD_OVERHEAD = 80n;

/** `EventNumber.DeletedStream`: a tombstone's revision, and the `$tb` of a soft-deleted stream. */
export const DELETED_STREAM = 2n ** 63n - 1n;

/** The metadata stream of `stream`. */
export function metastreamOf(stream: string): string {
  return `$$${stream}`;
}

export interface LogRecord {
  readonly logPosition: bigint;
  readonly postPosition: bigint;
  readonly streamId: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
  readonly created: Date;
}

export interface ProposedEvent {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

/** `any`, `no_stream`, `stream_exists`, or the revision of the stream's last event. */
export type Expected = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type AppendOutcome =
  | { readonly kind: 'success'; readonly revision: bigint; readonly position: bigint | undefined }
  | { readonly kind: 'wrong-expected-version'; readonly expected: Expected; readonly current: bigint }
  | { readonly kind: 'dropped' }
  | { readonly kind: 'stream-deleted' };

export type DeleteOutcome =
  | { readonly kind: 'success'; readonly position: bigint }
  | { readonly kind: 'wrong-expected-version'; readonly expected: Expected; readonly current: bigint }
  | { readonly kind: 'stream-deleted' };

interface Accepted {
  readonly records: LogRecord[];
  readonly committed: Promise<void>;
}

export class ReplicatedLog {
  /** Committed records in log order: what reads and subscriptions see. */
  readonly records: LogRecord[] = [];
  private readonly committedStreams = new Map<string, LogRecord[]>();
  /** Revision of each stream's last accepted event (committed or not). */
  private readonly acceptedRevision = new Map<string, bigint>();
  /** Accepted writes not yet committed, by stream. */
  private readonly pending = new Map<string, Accepted[]>();
  /** Offset where the next record starts. */
  private next = 1024n;
  /** Where replication stands: everything accepted before it resolves is committed in order. */
  private replication: Promise<void> = Promise.resolve();
  private replicationBusy = 0;
  private holdNext: { readonly ms: number; readonly matches: (stream: string) => boolean } | undefined;
  private readonly listeners = new Set<() => void>();
  private appends = 0;

  constructor(private readonly systemRecordEvery = 3) {
    this.writeSystemRecord();
  }

  /** Offset after the last committed record. */
  get end(): bigint {
    const last = this.records[this.records.length - 1];
    return last === undefined ? 0n : last.postPosition;
  }

  /** Called after every commit. */
  onCommit(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The next write to a stream `matches` accepts stays uncommitted for `ms`
   * (a follower slow to acknowledge), and every later write waits behind it.
   */
  holdReplication(ms: number, matches: (stream: string) => boolean = () => true): void {
    this.holdNext = { ms, matches };
  }

  append(stream: string, expected: Expected, events: readonly ProposedEvent[]): { outcome: Promise<AppendOutcome> } {
    const pending = this.pending.get(stream) ?? [];
    const first = events[0];
    if (first !== undefined && pending.some((write) => write.records.some((r) => r.id === first.id))) {
      return { outcome: Promise.resolve({ kind: 'dropped' }) };
    }
    if (this.isTombstoned(stream)) return { outcome: Promise.resolve({ kind: 'stream-deleted' }) };
    const committed = this.committedStreams.get(stream) ?? [];
    const current = this.acceptedRevision.get(stream) ?? -1n;
    const softDeleted = this.truncatedBefore(stream) === DELETED_STREAM;
    if (first !== undefined) {
      const start =
        expected === 'any' || expected === 'stream_exists'
          ? committed.findIndex((r) => r.id === first.id)
          : Number((expected === 'no_stream' ? -1n : expected) + 1n);
      if (start >= 0 && start < committed.length && committed[start]?.id === first.id) {
        const following = committed.slice(start, start + events.length);
        if (following.length === events.length && following.every((r, i) => r.id === events[i]?.id)) {
          const last = following[following.length - 1] as LogRecord;
          return { outcome: Promise.resolve({ kind: 'success', revision: last.revision, position: last.logPosition }) };
        }
        // "Corrupted idempotency": part of the batch is there; the server answers wrong expected version.
        return { outcome: Promise.resolve({ kind: 'wrong-expected-version', expected, current }) };
      }
    }
    const holds =
      expected === 'any' ||
      (expected === 'no_stream' && (current === -1n || softDeleted)) ||
      (expected === 'stream_exists' && current >= 0n && !softDeleted) ||
      (typeof expected === 'bigint' && expected === current);
    if (!holds) return { outcome: Promise.resolve({ kind: 'wrong-expected-version', expected, current }) };
    if (events.length === 0)
      return { outcome: Promise.resolve({ kind: 'success', revision: current, position: undefined }) };

    const created = new Date();
    const records = events.map((event, i): LogRecord => {
      const size =
        RECORD_OVERHEAD + BigInt(Buffer.byteLength(stream) + event.data.byteLength + event.metadata.byteLength);
      const record = {
        logPosition: this.next,
        postPosition: this.next + size,
        streamId: stream,
        revision: current + 1n + BigInt(i),
        id: event.id,
        type: event.type,
        contentType: event.contentType,
        data: event.data,
        metadata: event.metadata,
        created,
      };
      this.next = record.postPosition;
      return record;
    });
    this.acceptedRevision.set(stream, current + BigInt(events.length));
    const hold = this.holdNext !== undefined && this.holdNext.matches(stream) ? this.holdNext : undefined;
    if (hold !== undefined) this.holdNext = undefined;
    const last = records[records.length - 1] as LogRecord;
    const success: AppendOutcome = { kind: 'success', revision: last.revision, position: last.logPosition };

    // Writing to a soft-deleted stream recreates it: its metadata then hides only the events before these
    // (written after them, not in the same transaction, as the server does).
    const undelete = (): void => {
      if (softDeleted) this.writeMetadata(stream, { $tb: current + 1n });
    };

    if (hold === undefined && this.replicationBusy === 0) {
      this.commit(records);
      undelete();
      this.afterAppend();
      return { outcome: Promise.resolve(success) };
    }
    this.replicationBusy++;
    const committedPromise = this.replication.then(async () => {
      if (hold !== undefined) await new Promise((resolve) => setTimeout(resolve, hold.ms));
      this.commit(records);
      this.replicationBusy--;
      undelete();
      const left = (this.pending.get(stream) ?? []).filter((write) => write !== accepted);
      if (left.length === 0) this.pending.delete(stream);
      else this.pending.set(stream, left);
    });
    const accepted: Accepted = { records, committed: committedPromise };
    this.pending.set(stream, [...pending, accepted]);
    this.replication = committedPromise;
    this.afterAppend();
    return { outcome: committedPromise.then(() => success) };
  }

  /** Accepted writes not yet committed. */
  get pendingWrites(): number {
    let count = 0;
    for (const writes of this.pending.values()) count += writes.length;
    return count;
  }

  /** Committed events of a stream, in revision order; undefined when it has none. */
  stream(stream: string): readonly LogRecord[] | undefined {
    return this.committedStreams.get(stream);
  }

  /** Whether the stream was hard-deleted (its last record is a tombstone). */
  isTombstoned(stream: string): boolean {
    const base = stream.startsWith('$$') ? stream.slice(2) : stream;
    return this.acceptedRevision.get(base) === DELETED_STREAM;
  }

  /** The stream's `$tb` metadata (the revisions below it are hidden), or undefined. */
  truncatedBefore(stream: string): bigint | undefined {
    const last = this.committedStreams.get(metastreamOf(stream))?.at(-1);
    if (last === undefined) return undefined;
    const value = /"\$tb"\s*:\s*(\d+)/.exec(Buffer.from(last.data).toString('utf8'))?.[1];
    return value === undefined ? undefined : BigInt(value);
  }

  /**
   * What a read of `stream` sees: its events from `$tb` on, or 'not-found' (never written, or
   * soft-deleted), or 'deleted' (tombstoned, or the metadata stream of a tombstoned stream).
   */
  readable(stream: string): readonly LogRecord[] | 'not-found' | 'deleted' {
    if (this.isTombstoned(stream)) return 'deleted';
    const events = this.committedStreams.get(stream);
    const truncatedBefore = this.truncatedBefore(stream) ?? 0n;
    if (events === undefined || truncatedBefore === DELETED_STREAM) return 'not-found';
    return truncatedBefore === 0n ? events : events.filter((record) => record.revision >= truncatedBefore);
  }

  /**
   * `Streams.Delete` (`hard`: `Streams.Tombstone`), as the leader's `StorageWriterService` handles
   * `WriteDelete` (kurrent-io/KurrentDB, `src/KurrentDB.Core/Services/Storage/StorageWriterService.cs`):
   * the expected revision checked against the stream's; a hard delete writes the tombstone, a soft
   * one `{"$tb": 2^63 − 1}` as the metadata stream's next `$metadata` record — refused as a wrong
   * expected version when neither the stream nor its metadata exists. A tombstoned stream answers
   * "stream deleted". The answer names the record's position.
   */
  deleteStream(stream: string, expected: Expected, hard: boolean): DeleteOutcome {
    if (this.isTombstoned(stream)) return { kind: 'stream-deleted' };
    const current = this.acceptedRevision.get(stream) ?? -1n;
    const holds =
      expected === 'any' ||
      (expected === 'no_stream' && current === -1n) ||
      (expected === 'stream_exists' && current >= 0n) ||
      expected === current;
    const nothing = current === -1n && this.acceptedRevision.get(metastreamOf(stream)) === undefined;
    if (!holds || (!hard && nothing)) return { kind: 'wrong-expected-version', expected, current };
    return { kind: 'success', position: hard ? this.tombstone(stream) : this.softDelete(stream) };
  }

  /** A hard delete (`$streamDeleted` at revision 2^63 − 1), as `Streams.Tombstone` writes it; returns its position. */
  tombstone(stream: string): bigint {
    const record = this.systemRecord(
      stream,
      DELETED_STREAM,
      '$streamDeleted',
      new Uint8Array(),
      'application/octet-stream',
    );
    this.acceptedRevision.set(stream, DELETED_STREAM);
    this.commitSystemRecord(record);
    return record.logPosition;
  }

  /** A soft delete, as `Streams.Delete` writes it: `$tb` = 2^63 − 1 in the stream's metadata; returns its position. */
  softDelete(stream: string): bigint {
    return this.writeMetadata(stream, { $tb: DELETED_STREAM });
  }

  /** Truncate-before metadata (`$tb`): reads of the stream skip the revisions below `revision`. */
  truncateBefore(stream: string, revision: bigint): void {
    this.writeMetadata(stream, { $tb: revision });
  }

  /** Whether a `$all` position falls on a record boundary (or at/after the end). */
  isBoundary(commit: bigint, prepare: bigint): boolean {
    if (commit >= this.end) return true;
    if (prepare !== commit && prepare !== 0n) return false;
    return this.records[this.firstAtOrAfter(commit)]?.logPosition === commit;
  }

  /** Index of the first committed record at or after log offset `position` (binary search: records are in log order). */
  firstAtOrAfter(position: bigint): number {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.records[middle] as LogRecord).logPosition < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Appends a record of another application, bypassing everything. */
  writeForeign(streamId: string, type = 'Foreign'): void {
    this.append(streamId, 'any', [
      {
        id: randomUUID(),
        type,
        contentType: 'application/json',
        data: Buffer.from('{}'),
        metadata: new Uint8Array(),
      },
    ]);
  }

  private afterAppend(): void {
    this.appends++;
    if (this.systemRecordEvery > 0 && this.appends % this.systemRecordEvery === 0) this.writeSystemRecord();
  }

  private writeSystemRecord(): void {
    this.appendSystemRecord('$stats-127.0.0.1:2113', '$statsCollected', Buffer.from('{"proc":{"mem":1}}'));
  }

  /** A `$metadata` event in the stream's metadata stream (bigints written as JSON numbers). */
  private writeMetadata(stream: string, metadata: Record<string, bigint>): bigint {
    const json = `{${Object.entries(metadata)
      .map(([key, value]) => `${JSON.stringify(key)}:${value}`)
      .join(',')}}`;
    return this.appendSystemRecord(metastreamOf(stream), '$metadata', Buffer.from(json));
  }

  private appendSystemRecord(stream: string, type: string, data: Uint8Array): bigint {
    const revision = (this.acceptedRevision.get(stream) ?? -1n) + 1n;
    this.acceptedRevision.set(stream, revision);
    const record = this.systemRecord(stream, revision, type, data, 'application/json');
    this.commitSystemRecord(record);
    return record.logPosition;
  }

  private systemRecord(
    stream: string,
    revision: bigint,
    type: string,
    data: Uint8Array,
    contentType: string,
  ): LogRecord {
    const record: LogRecord = {
      logPosition: this.next,
      postPosition: this.next + RECORD_OVERHEAD + BigInt(data.byteLength),
      streamId: stream,
      revision,
      id: randomUUID(),
      type,
      contentType,
      data,
      metadata: new Uint8Array(),
      created: new Date(),
    };
    this.next = record.postPosition;
    return record;
  }

  /** Committed at once, or behind the writes replication holds. */
  private commitSystemRecord(record: LogRecord): void {
    if (this.replicationBusy === 0) this.commit([record]);
    else {
      this.replicationBusy++;
      this.replication = this.replication.then(() => {
        this.commit([record]);
        this.replicationBusy--;
      });
    }
  }

  private commit(records: readonly LogRecord[]): void {
    for (const record of records) {
      this.records.push(record);
      const stream = this.committedStreams.get(record.streamId) ?? [];
      stream.push(record);
      this.committedStreams.set(record.streamId, stream);
    }
    for (const listener of this.listeners) listener();
  }
}
