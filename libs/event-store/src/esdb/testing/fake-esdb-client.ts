/**
 * An in-memory stand-in for the slice of `EventStoreDBClient` the adapter
 * uses (`EsdbClient`), for tests on machines without a server. It keeps the
 * server behaviours the adapter depends on, as read in the KurrentDB source —
 * and nothing more:
 *
 * - one transaction log with byte offsets: each event is a record of
 *   `RECORD_OVERHEAD + payload` bytes at offset L, reported at `{commit: L,
 *   prepare: L}`; system records (`$…` streams) are interleaved;
 * - expected revisions (`any`, `no_stream`, `stream_exists`, a number) with
 *   `WrongExpectedVersionError`; idempotent success when the ids of a
 *   numeric/`no_stream` append are already at the following revisions;
 * - stream reads: `StreamNotFoundError` for a missing stream; backwards reads
 *   the range `[from − maxCount + 1, from]` (no clamping past the end);
 * - `$all` reads: forwards inclusive, backwards exclusive of the start; a
 *   start inside a record fails with the server's "invalid position" error;
 * - `subscribeToAll` through the client's own `Subscription` class, fed with
 *   messages shaped like the server's: events after the start (exclusive),
 *   stream-name filtering, checkpoints `(postPosition, 0)` every
 *   `checkpointInterval × 32` filtered records and when going live,
 *   "caught up" on going live, then live events.
 *
 * Test controls: `dropSubscriptions()` fails every open subscription as a
 * leader loss would; `failNextSubscriptions(n)`; `unavailable` makes every
 * call fail as an unreachable cluster does.
 */
import { PassThrough, Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import {
  ANY,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendExpectedRevision,
  type AppendResult,
  type EventData,
  type Filter,
  type Position,
  type ReadPosition,
  type ReadRevision,
  type StreamingRead,
} from '@eventstore/db-client';
import { Subscription } from '@eventstore/db-client/dist/streams/utils/Subscription';
import type { EsdbClient } from '../client';

const RECORD_OVERHEAD = 80n;
/** `maxSearchWindow` default of the server (its read batch size). */
const SEARCH_WINDOW = 32;

interface LogRecord {
  readonly logPosition: bigint;
  readonly postPosition: bigint;
  readonly streamId: string;
  readonly revision: bigint;
  readonly id: string;
  readonly type: string;
  readonly dataJson: string;
  readonly metadataJson: string | undefined;
  readonly isJson: boolean;
  readonly created: Date;
}

/** A gRPC status error as grpc-js raises it (the client only looks at `code`, `details`, `message`). */
function serviceError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details, metadata: undefined });
}

const UNAVAILABLE = 14;
const INVALID_ARGUMENT = 3;
const CANCELLED = 1;

function invalidPosition(): Error {
  return new UnknownError(serviceError(INVALID_ARGUMENT, 'Trying to read from an invalid position.') as never);
}

function toResolved(record: LogRecord): AllStreamResolvedEvent {
  const position = { commit: record.logPosition, prepare: record.logPosition };
  const metadata = record.metadataJson === undefined ? undefined : JSON.parse(record.metadataJson);
  const event = {
    streamId: record.streamId,
    id: record.id,
    isJson: record.isJson,
    revision: record.revision,
    type: record.type,
    created: record.created,
    data: record.isJson ? JSON.parse(record.dataJson) : Buffer.from(record.dataJson),
    metadata,
    position,
  };
  return { event: event as AllStreamResolvedEvent['event'], commitPosition: record.logPosition };
}

function readable<T>(produce: () => T[]): StreamingRead<T> {
  const stream = Readable.from(
    (async function* () {
      await new Promise((resolve) => setImmediate(resolve));
      yield* produce();
    })(),
    { objectMode: true },
  );
  return Object.assign(stream, { cancel: async () => void stream.destroy() }) as unknown as StreamingRead<T>;
}

/** The server side of one `subscribeToAll` call. */
class ServerSubscription {
  readonly grpc = new PassThrough({ objectMode: true });
  private cursor: bigint | undefined;
  private considered = 0;
  private live = false;
  private closed = false;
  private pumping = false;
  private pending = false;

  constructor(
    private readonly server: FakeEventStoreDB,
    from: ReadPosition,
    private readonly filter: Filter | undefined,
    failure?: Error,
  ) {
    Object.assign(this.grpc, { cancel: () => this.cancel() });
    if (failure !== undefined) {
      this.closed = true;
      setImmediate(() => this.fail(failure));
      return;
    }
    this.send({ hasConfirmation: () => true, getConfirmation: () => ({ getSubscriptionId: () => randomUUID() }) });
    if (from === START) this.cursor = undefined;
    else if (from === END) this.cursor = server.end;
    else if (!server.isBoundary(from)) {
      setImmediate(() => this.fail(serviceError(INVALID_ARGUMENT, 'Trying to read from an invalid position.')));
      this.closed = true;
      return;
    } else this.cursor = from.prepare < from.commit ? from.commit - 1n : from.commit;
    setImmediate(() => this.pump());
  }

  notify(): void {
    if (!this.closed) setImmediate(() => this.pump());
  }

  fail(error: Error): void {
    this.closed = true;
    this.server.forget(this);
    this.grpc.destroy(error);
  }

  private cancel(): void {
    if (this.closed && this.grpc.destroyed) return;
    this.fail(serviceError(CANCELLED, 'Cancelled on client'));
  }

  private send(message: object): void {
    if (!this.closed) this.grpc.write(message);
  }

  private matches(record: LogRecord): boolean {
    if (this.filter === undefined) return true;
    const value = this.filter.filterOn === 'streamName' ? record.streamId : record.type;
    if ('regex' in this.filter) return new RegExp(this.filter.regex).test(value);
    return this.filter.prefixes.some((prefix) => value.startsWith(prefix));
  }

  private pump(): void {
    if (this.closed) return;
    if (this.pumping) {
      this.pending = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pending = false;
        const every = (this.filter?.checkpointInterval ?? 1) * SEARCH_WINDOW;
        for (const record of this.server.recordsAfter(this.cursor)) {
          this.cursor = record.logPosition;
          this.considered++;
          if (this.matches(record)) this.send({ hasEvent: () => true, getEvent: () => toResolved(record) });
          if (this.filter !== undefined && this.considered % every === 0) this.checkpoint(record.postPosition, 0n);
        }
        if (!this.live) {
          if (this.filter !== undefined) this.checkpoint(this.server.end, 0n);
          this.send({ hasCaughtUp: () => true });
          this.live = true;
        }
      } while (this.pending && !this.closed);
    } finally {
      this.pumping = false;
    }
  }

  private checkpoint(commit: bigint, prepare: bigint): void {
    this.send({
      hasCheckpoint: () => true,
      getCheckpoint: () => ({
        getCommitPosition: () => commit.toString(),
        getPreparePosition: () => prepare.toString(),
      }),
    });
  }
}

export class FakeEventStoreDB implements EsdbClient {
  private readonly log: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  private readonly subscriptions = new Set<ServerSubscription>();
  /** Post-position of the last record: where the next one starts. */
  end = 1024n;
  /** Every call fails as with an unreachable cluster. */
  unavailable = false;
  private subscribeFailures = 0;
  private appends = 0;
  /** Counts calls, for assertions on how much work an operation did. */
  readonly calls = { append: 0, readStream: 0, readAll: 0, subscribeToAll: 0 };

  constructor(private readonly options: { systemRecordEvery?: number } = {}) {
    this.writeSystemRecord();
  }

  // --- test controls ------------------------------------------------------

  /** Fails every open subscription the way a leader loss or a dropped connection does. */
  dropSubscriptions(): void {
    for (const subscription of [...this.subscriptions])
      subscription.fail(serviceError(UNAVAILABLE, 'Connection dropped'));
  }

  /** The next `count` subscriptions fail right after they start. */
  failNextSubscriptions(count: number): void {
    this.subscribeFailures += count;
  }

  get openSubscriptions(): number {
    return this.subscriptions.size;
  }

  /** Appends a record to a stream of another application / namespace, bypassing everything. */
  writeForeign(streamId: string, type = 'Foreign', data: unknown = {}): void {
    this.write(streamId, [
      { id: randomUUID(), type, data, metadata: undefined, contentType: 'application/json' } as never,
    ]);
  }

  // --- EsdbClient -----------------------------------------------------------

  appendToStream: EsdbClient['appendToStream'] = async (streamName, event, options = {}) => {
    this.calls.append++;
    await new Promise((resolve) => setImmediate(resolve));
    if (this.unavailable) throw new UnavailableError(serviceError(UNAVAILABLE, 'No connection established') as never);
    const events = (Array.isArray(event) ? event : [event]) as EventData[];
    const expected: AppendExpectedRevision = options.expectedRevision ?? ANY;
    const stream = this.streams.get(streamName) ?? [];
    const current = BigInt(stream.length - 1);

    // The server's idempotency check (IndexWriter.CheckCommit): the same ids at the revisions the
    // expectation names (numeric / no_stream), or already in the stream's recent events (any / stream_exists).
    const firstIndex =
      expected === ANY || expected === STREAM_EXISTS
        ? stream.findIndex((r) => r.id === events[0]?.id)
        : Number((expected === NO_STREAM ? -1n : expected) + 1n);
    if (
      events.length > 0 &&
      firstIndex >= 0 &&
      firstIndex < stream.length &&
      stream[firstIndex]?.id === events[0]?.id
    ) {
      const following = stream.slice(firstIndex, firstIndex + events.length);
      if (following.length === events.length && following.every((r, i) => r.id === events[i]?.id)) {
        const last = following[following.length - 1] as LogRecord;
        return {
          success: true,
          nextExpectedRevision: last.revision,
          position: { commit: last.logPosition, prepare: last.logPosition },
        };
      }
      // "Corrupted idempotency": part of the batch is there. The server answers wrong expected version.
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected,
        current: current === -1n ? NO_STREAM : current,
      });
    }
    const holds =
      expected === ANY ||
      (expected === NO_STREAM && current === -1n) ||
      (expected === STREAM_EXISTS && current >= 0n) ||
      (typeof expected === 'bigint' && expected === current);
    if (!holds) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected,
        current: current === -1n ? NO_STREAM : current,
      });
    }
    if (events.length === 0)
      return { success: true, nextExpectedRevision: current, position: undefined } as AppendResult;
    const written = this.write(streamName, events);
    this.appends++;
    const every = this.options.systemRecordEvery ?? 3;
    if (every > 0 && this.appends % every === 0) this.writeSystemRecord();
    this.notify();
    const last = written[written.length - 1] as LogRecord;
    return {
      success: true,
      nextExpectedRevision: last.revision,
      position: { commit: last.logPosition, prepare: last.logPosition },
    };
  };

  readStream: EsdbClient['readStream'] = (streamName, options = {}) => {
    this.calls.readStream++;
    const { fromRevision = START, direction = 'forwards', maxCount = Number.MAX_SAFE_INTEGER } = options;
    return readable(() => {
      if (this.unavailable) throw new UnavailableError(serviceError(UNAVAILABLE, 'No connection established') as never);
      const stream = this.streams.get(streamName);
      if (stream === undefined) throw new StreamNotFoundError(undefined, streamName);
      const count = Number(maxCount);
      const from = this.revisionIndex(fromRevision, stream.length, direction === 'backwards');
      const selected =
        direction === 'backwards'
          ? stream.slice(Math.max(0, from - count + 1), from + 1).reverse()
          : stream.slice(from, from + count);
      return selected.map(toResolved);
    }) as never;
  };

  readAll: EsdbClient['readAll'] = (options = {}) => {
    this.calls.readAll++;
    const { fromPosition = START, direction = 'forwards', maxCount = Number.MAX_SAFE_INTEGER } = options;
    return readable(() => {
      if (this.unavailable) throw new UnavailableError(serviceError(UNAVAILABLE, 'No connection established') as never);
      const count = Number(maxCount);
      if (fromPosition !== START && fromPosition !== END && !this.isBoundary(fromPosition)) throw invalidPosition();
      if (direction === 'backwards') {
        const before = fromPosition === END ? this.end : fromPosition === START ? 0n : fromPosition.commit;
        return this.log
          .filter((r) => r.postPosition <= before)
          .reverse()
          .slice(0, count)
          .map(toResolved);
      }
      const from = fromPosition === START ? 0n : fromPosition === END ? this.end : fromPosition;
      return this.log
        .filter((r) => (typeof from === 'bigint' ? r.logPosition >= from : this.atOrAfter(r, from)))
        .slice(0, count)
        .map(toResolved);
    }) as never;
  };

  subscribeToAll: EsdbClient['subscribeToAll'] = (options = {}) => {
    this.calls.subscribeToAll++;
    const { fromPosition = START, filter } = options;
    const failNow = this.unavailable || this.subscribeFailures > 0;
    if (!this.unavailable && this.subscribeFailures > 0) this.subscribeFailures--;
    const server = new ServerSubscription(
      this,
      fromPosition,
      filter,
      failNow ? serviceError(UNAVAILABLE, 'No connection established') : undefined,
    );
    if (!failNow) this.subscriptions.add(server);
    const createStream = async (): Promise<never> => server.grpc as never;
    const passThrough = (event: unknown): unknown => event;
    return new Subscription(
      createStream,
      passThrough as never,
      {},
      filter?.checkpointReached,
    ) as unknown as AllStreamSubscription;
  };

  dispose: EsdbClient['dispose'] = async () => {
    for (const subscription of [...this.subscriptions])
      subscription.fail(serviceError(CANCELLED, 'Cancelled on client'));
  };

  // --- server internals (used by ServerSubscription) ------------------------

  isBoundary(position: Position): boolean {
    if (position.commit >= this.end) return true;
    if (position.prepare !== position.commit && position.prepare !== 0n) return false;
    return this.log.some((r) => r.logPosition === position.commit);
  }

  recordsAfter(cursor: bigint | undefined): LogRecord[] {
    return this.log.filter((r) => cursor === undefined || r.logPosition > cursor);
  }

  forget(subscription: ServerSubscription): void {
    this.subscriptions.delete(subscription);
  }

  private atOrAfter(record: LogRecord, from: Position): boolean {
    if (record.logPosition !== from.commit) return record.logPosition > from.commit;
    return record.logPosition >= from.prepare;
  }

  private revisionIndex(from: ReadRevision, length: number, backwards: boolean): number {
    if (from === START) return 0;
    if (from === END) return backwards ? length - 1 : length;
    return Number(from);
  }

  private notify(): void {
    for (const subscription of this.subscriptions) subscription.notify();
  }

  private writeSystemRecord(): void {
    this.write('$stats-127.0.0.1:2113', [
      {
        id: randomUUID(),
        type: '$statsCollected',
        data: { proc: { mem: 1 } },
        metadata: undefined,
        contentType: 'application/json',
      } as never,
    ]);
  }

  private write(streamName: string, events: readonly EventData[]): LogRecord[] {
    const stream = this.streams.get(streamName) ?? [];
    const created = new Date();
    const written: LogRecord[] = [];
    for (const event of events) {
      const isJson = event.contentType === 'application/json';
      const dataJson = isJson ? JSON.stringify(event.data) : Buffer.from(event.data as Uint8Array).toString();
      const metadataJson = event.metadata === undefined ? undefined : JSON.stringify(event.metadata);
      const size =
        RECORD_OVERHEAD +
        BigInt(Buffer.byteLength(streamName) + Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson ?? ''));
      const record: LogRecord = {
        logPosition: this.end,
        postPosition: this.end + size,
        streamId: streamName,
        revision: BigInt(stream.length),
        id: event.id,
        type: event.type,
        dataJson,
        metadataJson,
        isJson,
        created,
      };
      this.end = record.postPosition;
      stream.push(record);
      this.log.push(record);
      written.push(record);
    }
    this.streams.set(streamName, stream);
    return written;
  }
}
