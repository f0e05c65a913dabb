/**
 * A protocol-level EventStoreDB test cluster: gRPC servers on 127.0.0.1 that
 * speak the parts of the EventStoreDB protocol Parley's adapter uses, built
 * on `@grpc/grpc-js` with the service definitions `@eventstore/db-client`
 * itself ships — so the *real* client runs end to end against it:
 *
 * - `Streams.Append` and `Streams.BatchAppend` (expected revisions,
 *   idempotency, wrong-expected-version details as the server sends them);
 * - `Streams.Delete` and `Streams.Tombstone` (the client's `deleteStream`,
 *   `tombstoneStream`; what they write: `log.ts`, `deleteStream`);
 * - `Streams.Read`: stream reads (forwards, backwards, "stream not found",
 *   "stream deleted", `$tb` truncation — see `log.ts` for deleted streams),
 *   `$all` reads (forwards inclusive, backwards exclusive, "invalid
 *   position"), and `$all` subscriptions with stream-name / event-type
 *   filters (behind the server's default `$all` filter, as EventStoreDB's
 *   `EventFilter` applies it: `allowedInAll`), checkpoints every
 *   `checkpointInterval × 32` filtered records and
 *   when going live, and "caught up" (from 23.10 only, as the real server);
 * - `Gossip.Read` (members, leader and followers) and
 *   `ServerFeatures.GetSupportedMethods` (version, batch append).
 *
 * Followers answer appends and leader-only reads with `NotLeader` naming the
 * leader. The log (`log.ts`) is one, shared by every node.
 *
 * Faults (methods of the cluster and of its log): `log.holdReplication` (with the
 * dropped duplicate write and its `writeTimeoutMs`), `failNext` (any gRPC
 * status, `INTERNAL`, `UNAVAILABLE`, `DATA_LOSS`… on the next calls of a
 * kind), `stallSubscriptions` / `endSubscriptions` (a subscription that
 * stops sending, or ends with an error), `hangNext` (calls accepted and never
 * answered), `breakAppends` (append calls of one
 * connection that fail while others' replies are in flight), `electLeader` /
 * `killLeader` (a leader change, a node loss); `log.tombstone`, `log.softDelete`,
 * `log.truncateBefore` (an operator deleting a stream with EventStoreDB's tools).
 *
 * A test harness, not a store: the product's distributed engine is
 * EventStoreDB / KurrentDB.
 */
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { GossipService } from '@eventstore/db-client/generated/gossip_grpc_pb';
import { ClusterInfo, EndPoint, MemberInfo } from '@eventstore/db-client/generated/gossip_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import {
  Empty,
  StreamDeleted,
  StreamIdentifier,
  Timeout,
  UUID,
  WrongExpectedVersion,
  AllStreamPosition,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import {
  type AppendReq,
  AppendResp,
  type BatchAppendReq,
  BatchAppendResp,
  type DeleteReq,
  DeleteResp,
  ReadReq,
  ReadResp,
  type TombstoneReq,
  TombstoneResp,
} from '@eventstore/db-client/generated/streams_pb';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as ProtoEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import {
  ReplicatedLog,
  type AppendOutcome,
  type DeleteOutcome,
  type Expected,
  type LogRecord,
  type ProposedEvent,
} from './log';

/** The server's read batch: one checkpoint per `checkpointInterval ×` this many filtered records. */
const SEARCH_WINDOW = 32;

export interface TestClusterOptions {
  /** Nodes in the cluster (1 or more); node 0 starts as leader. Default 1. */
  readonly nodes?: number;
  /** What `ServerFeatures` reports. "Caught up" is sent from 23.10 on. Default 26.1.0. */
  readonly version?: string;
  /** How long a dropped duplicate write waits before the server's timeout reply (`WriteTimeoutMs`). Default 2000. */
  readonly writeTimeoutMs?: number;
  /** Whether `ServerFeatures` lists `BatchAppend` (the client then uses it). Default true. */
  readonly batchAppend?: boolean;
  /** A `$stats` record after every this many appends. Default 3. */
  readonly systemRecordEvery?: number;
  /**
   * `MaxAppendSize`: the largest append request, in bytes — the sum over its events of data,
   * metadata and type (since 24.10.4). The server refuses a larger one with INVALID_ARGUMENT and
   * metadata `exception: maximum-append-size-exceeded`, `maximum-append-size: <n>` (what the
   * client reads into `MaxAppendSizeExceededError.maxAppendSize`). Default 4 MiB, as the compose
   * file sets (the server's own default is 1 MiB).
   */
  readonly maxAppendSize?: number;
}

export type CallKind = 'append' | 'read' | 'subscribe';

interface InjectedFailure {
  readonly kind: CallKind;
  readonly code: grpc.status;
  readonly details: string;
  remaining: number;
}

function serviceError(code: grpc.status, details: string, metadata = new grpc.Metadata()): grpc.ServiceError {
  return Object.assign(new Error(details), { code, details, metadata }) as grpc.ServiceError;
}

/** What the server answers a read of a tombstoned stream (or of its metadata), and a unary append to one. */
function streamDeleted(stream: string): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'stream-deleted');
  metadata.set('stream-name', stream);
  return serviceError(grpc.status.FAILED_PRECONDITION, `Event stream '${stream}' is deleted.`, metadata);
}

/** The server's refusal of an append over `MaxAppendSize`. */
function maxAppendSizeExceeded(maxAppendSize: number): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'maximum-append-size-exceeded');
  metadata.set('maximum-append-size', String(maxAppendSize));
  return serviceError(grpc.status.INVALID_ARGUMENT, `Maximum Append Size of ${maxAppendSize} Exceeded.`, metadata);
}

function versionAtLeast(version: string, major: number, minor: number): boolean {
  const [a = 0, b = 0] = version.split('.').map((part) => Number.parseInt(part, 10));
  return a > major || (a === major && b >= minor);
}

function streamName(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

function uuidString(uuid: UUID | undefined): string {
  if (uuid === undefined) return randomUUID();
  if (uuid.hasString()) return uuid.getString();
  const structured = uuid.getStructured();
  const buffer = Buffer.alloc(16);
  buffer.writeBigInt64BE(BigInt(structured?.getMostSignificantBits() ?? '0'), 0);
  buffer.writeBigInt64BE(BigInt(structured?.getLeastSignificantBits() ?? '0'), 8);
  const hex = buffer.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function proposed(message: AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage): ProposedEvent {
  const map = message.getMetadataMap();
  return {
    id: uuidString(message.getId()),
    type: map.get('type') ?? '',
    contentType: map.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    metadata: message.getCustomMetadata_asU8(),
  };
}

/** The expected revision of an append's options (unary and batch name the numeric one differently). */
function expectation(
  options: { hasAny(): boolean; hasNoStream(): boolean; hasStreamExists(): boolean },
  revision: () => string,
): Expected {
  if (options.hasAny()) return 'any';
  if (options.hasNoStream()) return 'no_stream';
  if (options.hasStreamExists()) return 'stream_exists';
  return BigInt(revision());
}

/**
 * EventStoreDB's `DefaultAllFilter`, which every filter on `$all` applies before its own (kurrent-io/KurrentDB,
 * `src/KurrentDB.Core/Services/Storage/ReaderIndex/EventFilter.cs`): every record but those of
 * `$epoch-information` and of persistent subscriptions to `$all` (checkpoints, parked messages). So the
 * `$$<stream>` metadata records (soft deletes, truncations) reach a stream-name filter, which then matches
 * the regex or the prefixes against the record's stream id, `$$` included.
 */
function allowedInAll(record: LogRecord): boolean {
  const stream = record.streamId;
  if (!stream.startsWith('$')) return true;
  if (stream === '$epoch-information') return false;
  return !(
    stream.startsWith('$persistentsubscription-$all::') &&
    (stream.endsWith('-checkpoint') || stream.endsWith('-parked'))
  );
}

/** The client's expected revision of a delete or a tombstone. */
function deleteExpectation(options: DeleteReq.Options | TombstoneReq.Options): Expected {
  return expectation(options, () => options.getRevision());
}

/** What the server answers a delete whose expected revision does not hold (`RpcExceptions.WrongExpectedVersion`). */
function wrongExpectedVersion(stream: string, expected: Expected, current: bigint): grpc.ServiceError {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'wrong-expected-version');
  metadata.set('stream-name', stream);
  metadata.set('expected-version', typeof expected === 'bigint' ? expected.toString() : '-1');
  metadata.set('actual-version', current.toString());
  return serviceError(
    grpc.status.FAILED_PRECONDITION,
    `Append failed due to WrongExpectedVersion. Stream: ${stream}`,
    metadata,
  );
}

function readEvent(record: LogRecord): ReadResp {
  const event = new ReadResp.ReadEvent.RecordedEvent();
  const id = new UUID();
  id.setString(record.id);
  event.setId(id);
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Buffer.from(record.streamId, 'utf8'));
  event.setStreamIdentifier(identifier);
  event.setStreamRevision(record.revision.toString());
  event.setPreparePosition(record.logPosition.toString());
  event.setCommitPosition(record.logPosition.toString());
  const map = event.getMetadataMap();
  map.set('type', record.type);
  map.set('content-type', record.contentType);
  // Ticks of 100 ns since the Unix epoch.
  map.set('created', (BigInt(record.created.getTime()) * 10_000n).toString());
  event.setData(record.data);
  event.setCustomMetadata(record.metadata);
  const read = new ReadResp.ReadEvent();
  read.setEvent(event);
  read.setCommitPosition(record.logPosition.toString());
  const resp = new ReadResp();
  resp.setEvent(read);
  return resp;
}

function checkpoint(commit: bigint, prepare: bigint): ReadResp {
  const message = new ReadResp.Checkpoint();
  message.setCommitPosition(commit.toString());
  message.setPreparePosition(prepare.toString());
  const resp = new ReadResp();
  resp.setCheckpoint(message);
  return resp;
}

function packAny(message: { serializeBinary(): Uint8Array }, typeName: string): Any {
  const any = new Any();
  any.pack(message.serializeBinary(), typeName);
  return any;
}

/** The shared `WrongExpectedVersion` details the server packs into a batch append's error status. */
function wrongExpectedVersionDetails(expected: Expected, current: bigint): WrongExpectedVersion {
  const details = new WrongExpectedVersion();
  if (current < 0n) details.setCurrentNoStream(new ProtoEmpty());
  else details.setCurrentStreamRevision(current.toString());
  if (expected === 'any') details.setExpectedAny(new ProtoEmpty());
  else if (expected === 'no_stream') details.setExpectedNoStream(new ProtoEmpty());
  else if (expected === 'stream_exists') details.setExpectedStreamExists(new ProtoEmpty());
  else details.setExpectedStreamPosition(expected.toString());
  return details;
}

/** The server side of one `$all` subscription. */
class ServerSubscription {
  private cursor: bigint | undefined;
  private considered = 0;
  private live = false;
  private closed = false;
  stalled = false;
  private readonly unlisten: () => void;

  constructor(
    private readonly node: TestNode,
    private readonly call: grpc.ServerWritableStream<ReadReq, ReadResp>,
    start: bigint | undefined,
    private readonly matches: (record: LogRecord) => boolean,
    private readonly checkpointEvery: number | undefined,
    private readonly sendsCaughtUp: boolean,
  ) {
    this.cursor = start;
    const confirmation = new ReadResp.SubscriptionConfirmation();
    confirmation.setSubscriptionId(randomUUID());
    const resp = new ReadResp();
    resp.setConfirmation(confirmation);
    call.write(resp);
    this.unlisten = node.cluster.log.onCommit(() => this.pump());
    call.on('cancelled', () => this.close());
    call.on('error', () => this.close());
    setImmediate(() => this.pump());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unlisten();
    this.node.subscriptions.delete(this);
  }

  fail(error: grpc.ServiceError): void {
    if (this.closed) return;
    this.close();
    this.call.emit('error', error);
  }

  resume(): void {
    this.stalled = false;
    this.pump();
  }

  private pump(): void {
    if (this.closed || this.stalled) return;
    const log = this.node.cluster.log;
    const from = this.cursor === undefined ? 0 : log.firstAtOrAfter(this.cursor + 1n);
    for (let i = from; i < log.records.length; i++) {
      const record = log.records[i] as LogRecord;
      this.cursor = record.logPosition;
      this.considered++;
      if (this.matches(record)) this.call.write(readEvent(record));
      if (this.checkpointEvery !== undefined && this.considered % this.checkpointEvery === 0)
        this.call.write(checkpoint(record.postPosition, 0n));
    }
    if (!this.live) {
      if (this.checkpointEvery !== undefined) this.call.write(checkpoint(log.end, 0n));
      if (this.sendsCaughtUp) {
        const resp = new ReadResp();
        resp.setCaughtUp(new ReadResp.CaughtUp());
        this.call.write(resp);
      }
      this.live = true;
    }
  }
}

export class TestNode {
  readonly instanceId = randomUUID();
  readonly subscriptions = new Set<ServerSubscription>();
  private readonly batchCalls = new Set<grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>>();
  /** Unary appends waiting for their outcome: how to fail each now, and its connection's name. */
  private readonly unaryCalls = new Map<(error: grpc.ServiceError) => void, string | undefined>();
  private server: grpc.Server | undefined;
  port = 0;
  alive = false;

  constructor(readonly cluster: EsdbTestCluster) {}

  get isLeader(): boolean {
    return this.cluster.leader === this;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new grpc.Server();
    server.addService(StreamsService, {
      read: (call: grpc.ServerWritableStream<ReadReq, ReadResp>) => this.read(call),
      append: (call: grpc.ServerReadableStream<AppendReq, AppendResp>, callback: grpc.sendUnaryData<AppendResp>) =>
        this.append(call, callback),
      batchAppend: (call: grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => this.batchAppend(call),
      delete: (call: grpc.ServerUnaryCall<DeleteReq, DeleteResp>, callback: grpc.sendUnaryData<DeleteResp>) =>
        this.deleteStream(call.request.getOptions(), false, (error, position) => {
          if (error !== null) return callback(error);
          const resp = new DeleteResp();
          const at = new DeleteResp.Position();
          at.setCommitPosition(position.toString());
          at.setPreparePosition(position.toString());
          resp.setPosition(at);
          callback(null, resp);
        }),
      tombstone: (
        call: grpc.ServerUnaryCall<TombstoneReq, TombstoneResp>,
        callback: grpc.sendUnaryData<TombstoneResp>,
      ) =>
        this.deleteStream(call.request.getOptions(), true, (error, position) => {
          if (error !== null) return callback(error);
          const resp = new TombstoneResp();
          const at = new TombstoneResp.Position();
          at.setCommitPosition(position.toString());
          at.setPreparePosition(position.toString());
          resp.setPosition(at);
          callback(null, resp);
        }),
    });
    server.addService(GossipService, {
      read: (_call: grpc.ServerUnaryCall<Empty, ClusterInfo>, callback: grpc.sendUnaryData<ClusterInfo>) =>
        callback(null, this.cluster.clusterInfo()),
    });
    server.addService(ServerFeaturesService, {
      getSupportedMethods: (
        _call: grpc.ServerUnaryCall<Empty, SupportedMethods>,
        callback: grpc.sendUnaryData<SupportedMethods>,
      ) => callback(null, this.cluster.supportedMethods()),
    });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${this.port}`, grpc.ServerCredentials.createInsecure(), (error, port) =>
        error ? reject(error) : resolve(port),
      ),
    );
    this.server = server;
    this.alive = true;
  }

  /** Stops at once: open calls fail as with a crashed node. */
  kill(): void {
    this.alive = false;
    for (const subscription of [...this.subscriptions]) subscription.close();
    this.server?.forceShutdown();
    this.server = undefined;
  }

  /** Ends every open subscription on this node with `error`. */
  endSubscriptions(error: grpc.ServiceError): void {
    for (const subscription of [...this.subscriptions]) subscription.fail(error);
  }

  /** Fails the append calls in flight (batch streams, unary calls) of connections named `connectionName` (all when undefined). */
  breakAppends(error: grpc.ServiceError, connectionName?: string): number {
    let broken = 0;
    for (const [fail, name] of [...this.unaryCalls]) {
      if (connectionName !== undefined && name !== connectionName) continue;
      fail(error);
      broken++;
    }
    for (const call of [...this.batchCalls]) {
      if (connectionName !== undefined && call.metadata.get('connection-name')[0] !== connectionName) continue;
      this.batchCalls.delete(call);
      call.emit('error', error);
      broken++;
    }
    return broken;
  }

  /** `Streams.Delete` / `Streams.Tombstone`: on the leader only; the outcome as the server answers it. */
  private deleteStream(
    options: DeleteReq.Options | TombstoneReq.Options | undefined,
    hard: boolean,
    answer: (error: grpc.ServiceError | null, position: bigint) => void,
  ): void {
    if (!this.isLeader) return answer(this.notLeader(), 0n);
    if (options === undefined) return answer(serviceError(grpc.status.INVALID_ARGUMENT, 'no options'), 0n);
    const stream = streamName(options.getStreamIdentifier());
    const outcome: DeleteOutcome = this.cluster.log.deleteStream(stream, deleteExpectation(options), hard);
    if (outcome.kind === 'stream-deleted') return answer(streamDeleted(stream), 0n);
    if (outcome.kind === 'wrong-expected-version')
      return answer(wrongExpectedVersion(stream, outcome.expected, outcome.current), 0n);
    answer(null, outcome.position);
  }

  private notLeader(): grpc.ServiceError {
    const leader = this.cluster.leader;
    const metadata = new grpc.Metadata();
    metadata.set('exception', 'not-leader');
    metadata.set('leader-endpoint-host', '127.0.0.1');
    metadata.set('leader-endpoint-port', String(leader?.port ?? 0));
    return serviceError(grpc.status.NOT_FOUND, 'Leader info available', metadata);
  }

  private read(call: grpc.ServerWritableStream<ReadReq, ReadResp>): void {
    const options = call.request.getOptions();
    if (options === undefined) return void call.emit('error', serviceError(grpc.status.INVALID_ARGUMENT, 'no options'));
    const kind: CallKind = options.hasSubscription() ? 'subscribe' : 'read';
    const injected = this.cluster.takeFailure(kind);
    if (injected !== undefined) return void call.emit('error', injected);
    // Accepted, never answered: the call stays open until the client cancels it (or the node dies).
    const stream = options.hasStream()
      ? streamName((options.getStream() as ReadReq.Options.StreamOptions).getStreamIdentifier())
      : '$all';
    if (this.cluster.takeHang(kind, stream)) return;
    const requiresLeader = call.metadata.get('requires-leader')[0] === 'true';
    if (requiresLeader && !this.isLeader) return void call.emit('error', this.notLeader());
    const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
    const count = options.hasCount() ? Number(BigInt(options.getCount())) : Number.MAX_SAFE_INTEGER;
    const log = this.cluster.log;

    if (options.hasStream()) {
      const streamOptions = options.getStream() as ReadReq.Options.StreamOptions;
      const name = streamName(streamOptions.getStreamIdentifier());
      const events = log.readable(name);
      if (events === 'deleted') return void call.emit('error', streamDeleted(name));
      if (events === 'not-found') {
        const notFound = new ReadResp.StreamNotFound();
        notFound.setStreamIdentifier(streamOptions.getStreamIdentifier());
        const resp = new ReadResp();
        resp.setStreamNotFound(notFound);
        call.write(resp);
        return void call.end();
      }
      const last = events.at(-1)?.revision ?? -1n;
      const from = streamOptions.hasStart()
        ? 0n
        : streamOptions.hasEnd()
          ? backwards
            ? last
            : last + 1n
          : BigInt(streamOptions.getRevision());
      // By revision (a truncated stream starts above 0). Backwards reads take the range
      // [from − count + 1, from], as the server's index does.
      const selected = backwards
        ? events.filter((r) => r.revision <= from && r.revision > from - BigInt(count)).reverse()
        : events.filter((r) => r.revision >= from).slice(0, count);
      for (const record of selected) call.write(readEvent(record));
      return void call.end();
    }

    const all = options.getAll() as ReadReq.Options.AllOptions;
    let start: { commit: bigint; prepare: bigint } | 'start' | 'end' = 'start';
    if (all.hasEnd()) start = 'end';
    else if (all.hasPosition()) {
      const position = all.getPosition() as ReadReq.Options.Position;
      start = { commit: BigInt(position.getCommitPosition()), prepare: BigInt(position.getPreparePosition()) };
      if (!log.isBoundary(start.commit, start.prepare))
        return void call.emit(
          'error',
          serviceError(grpc.status.INVALID_ARGUMENT, 'Trying to read from an invalid position.'),
        );
    }
    const filter = options.hasFilter() ? (options.getFilter() as ReadReq.Options.FilterOptions) : undefined;
    const matches = (record: LogRecord): boolean => {
      if (filter === undefined) return true;
      if (!allowedInAll(record)) return false;
      const expression = filter.hasStreamIdentifier() ? filter.getStreamIdentifier() : filter.getEventType();
      const value = filter.hasStreamIdentifier() ? record.streamId : record.type;
      if (expression === undefined) return true;
      if (expression.getRegex() !== '') return new RegExp(expression.getRegex()).test(value);
      return expression.getPrefixList().some((prefix) => value.startsWith(prefix));
    };

    if (kind === 'subscribe') {
      // Events strictly after the start.
      const cursor =
        start === 'start'
          ? undefined
          : start === 'end'
            ? (log.records[log.records.length - 1]?.logPosition ?? -1n)
            : start.prepare < start.commit
              ? start.commit - 1n
              : start.commit;
      const every =
        filter === undefined
          ? undefined
          : (filter.getCheckpointintervalmultiplier() || 1) * (filter.hasMax() ? filter.getMax() : SEARCH_WINDOW);
      const subscription = new ServerSubscription(
        this,
        call,
        cursor,
        matches,
        every,
        versionAtLeast(this.cluster.version, 23, 10),
      );
      subscription.stalled = this.cluster.stalled;
      this.subscriptions.add(subscription);
      return;
    }

    // Forwards from the record at the position (inclusive); backwards from the one before it (exclusive).
    const records = log.records;
    const at = start === 'start' ? 0 : start === 'end' ? records.length : log.firstAtOrAfter(start.commit);
    let sent = 0;
    for (let i = backwards ? at - 1 : at; sent < count && i >= 0 && i < records.length; i += backwards ? -1 : 1) {
      const record = records[i] as LogRecord;
      if (!matches(record)) continue;
      call.write(readEvent(record));
      sent++;
    }
    call.end();
  }

  private append(
    call: grpc.ServerReadableStream<AppendReq, AppendResp>,
    callback: grpc.sendUnaryData<AppendResp>,
  ): void {
    let options: AppendReq.Options | undefined;
    const events: ProposedEvent[] = [];
    call.on('data', (req: AppendReq) => {
      if (req.hasOptions()) options = req.getOptions();
      else if (req.hasProposedMessage()) events.push(proposed(req.getProposedMessage() as AppendReq.ProposedMessage));
    });
    call.on('end', () => {
      const injected = this.cluster.takeFailure('append');
      if (injected !== undefined) return callback(injected);
      // Accepted, never answered (nothing stored): only the client's deadline ends the call.
      if (this.cluster.takeHang('append', streamName(options?.getStreamIdentifier()))) return;
      if (!this.isLeader) return callback(this.notLeader());
      const header = options;
      if (header === undefined) return callback(serviceError(grpc.status.INVALID_ARGUMENT, 'no options'));
      const expected = expectation(header, () => header.getRevision());
      const size = events.reduce(
        (sum, event) => sum + event.data.length + event.metadata.length + Buffer.byteLength(event.type),
        0,
      );
      if (size > this.cluster.maxAppendSize) return callback(maxAppendSizeExceeded(this.cluster.maxAppendSize));
      let answered = false;
      const answer: grpc.sendUnaryData<AppendResp> = (error, value) => {
        if (answered) return;
        answered = true;
        this.unaryCalls.delete(fail);
        callback(error, value);
      };
      const fail = (error: grpc.ServiceError): void => answer(error);
      this.unaryCalls.set(fail, call.metadata.get('connection-name')[0]?.toString());
      void this.cluster
        .appendWithTimeout(streamName(header.getStreamIdentifier()), expected, events)
        .then((outcome) => {
          // The server's write timeout on a unary append: ABORTED, "Operation timed out".
          if (outcome.kind === 'dropped') return answer(serviceError(grpc.status.ABORTED, 'Operation timed out'));
          if (outcome.kind === 'stream-deleted') return answer(streamDeleted(streamName(header.getStreamIdentifier())));
          const resp = new AppendResp();
          if (outcome.kind === 'success') {
            const success = new AppendResp.Success();
            if (outcome.revision < 0n) success.setNoStream(new Empty());
            else success.setCurrentRevision(outcome.revision.toString());
            if (outcome.position === undefined) success.setNoPosition(new Empty());
            else {
              const position = new AppendResp.Position();
              position.setCommitPosition(outcome.position.toString());
              position.setPreparePosition(outcome.position.toString());
              success.setPosition(position);
            }
            resp.setSuccess(success);
          } else {
            const wrong = new AppendResp.WrongExpectedVersion();
            if (outcome.current < 0n) wrong.setCurrentNoStream(new Empty());
            else wrong.setCurrentRevision(outcome.current.toString());
            const expectedOf = outcome.expected;
            if (expectedOf === 'any') wrong.setExpectedAny(new Empty());
            else if (expectedOf === 'no_stream') wrong.setExpectedNoStream(new Empty());
            else if (expectedOf === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
            else wrong.setExpectedRevision(expectedOf.toString());
            resp.setWrongExpectedVersion(wrong);
          }
          answer(null, resp);
        });
    });
  }

  private batchAppend(call: grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void {
    if (!this.isLeader) return void call.emit('error', this.notLeader());
    this.batchCalls.add(call);
    const requests = new Map<string, { options?: BatchAppendReq.Options; events: ProposedEvent[] }>();
    let open = true;
    const forget = (): void => {
      open = false;
      this.batchCalls.delete(call);
    };
    call.on('cancelled', forget);
    call.on('error', forget);
    call.on('end', () => {
      forget();
      call.end();
    });
    call.on('data', (req: BatchAppendReq) => {
      const correlation = uuidString(req.getCorrelationId());
      const request = requests.get(correlation) ?? { events: [] };
      requests.set(correlation, request);
      if (req.hasOptions()) request.options = req.getOptions();
      for (const message of req.getProposedMessagesList()) request.events.push(proposed(message));
      if (!req.getIsFinal()) return;
      requests.delete(correlation);
      const options = request.options as BatchAppendReq.Options;
      const stream = streamName(options.getStreamIdentifier());
      const reply = (fill: (resp: BatchAppendResp) => void): void => {
        // A reply to a call that failed meanwhile goes nowhere, as on a real server.
        if (!open || !this.alive) return;
        const resp = new BatchAppendResp();
        const id = new UUID();
        id.setString(correlation);
        resp.setCorrelationId(id);
        resp.setStreamIdentifier(options.getStreamIdentifier());
        fill(resp);
        call.write(resp);
      };
      const failWith = (code: grpc.status, message: string, details?: Any): void =>
        reply((resp) => {
          const status = new Status();
          status.setCode(code as number as ReturnType<Status['getCode']>);
          status.setMessage(message);
          if (details !== undefined) status.setDetails(details);
          resp.setError(status);
        });
      const injected = this.cluster.takeFailure('append');
      if (injected !== undefined) {
        // A failure of the whole call, as a dropped connection or a server error is.
        forget();
        return void call.emit('error', injected);
      }
      if (!this.isLeader) {
        forget();
        return void call.emit('error', this.notLeader());
      }
      const expected = expectation(options, () => options.getStreamPosition());
      void this.cluster.appendWithTimeout(stream, expected, request.events).then((outcome: AppendOutcome) => {
        if (outcome.kind === 'dropped')
          return failWith(
            grpc.status.DEADLINE_EXCEEDED,
            'Timeout',
            packAny(new Timeout(), 'event_store.client.Timeout'),
          );
        if (outcome.kind === 'stream-deleted') {
          const deleted = new StreamDeleted();
          deleted.setStreamIdentifier(options.getStreamIdentifier());
          return failWith(grpc.status.NOT_FOUND, 'StreamDeleted', packAny(deleted, 'event_store.client.StreamDeleted'));
        }
        if (outcome.kind === 'wrong-expected-version')
          return failWith(
            grpc.status.FAILED_PRECONDITION,
            'WrongExpectedVersion',
            packAny(
              wrongExpectedVersionDetails(outcome.expected, outcome.current),
              'event_store.client.WrongExpectedVersion',
            ),
          );
        reply((resp) => {
          const success = new BatchAppendResp.Success();
          if (outcome.revision < 0n) success.setNoStream(new ProtoEmpty());
          else success.setCurrentRevision(outcome.revision.toString());
          if (outcome.position === undefined) success.setNoPosition(new ProtoEmpty());
          else {
            const position = new AllStreamPosition();
            position.setCommitPosition(outcome.position.toString());
            position.setPreparePosition(outcome.position.toString());
            success.setPosition(position);
          }
          resp.setSuccess(success);
        });
      });
    });
  }
}

export class EsdbTestCluster {
  readonly log: ReplicatedLog;
  readonly nodes: TestNode[];
  readonly version: string;
  readonly writeTimeoutMs: number;
  readonly maxAppendSize: number;
  private readonly batchAppendSupported: boolean;
  private leaderNode: TestNode | undefined;
  private failures: InjectedFailure[] = [];
  private hangs: { readonly kind: CallKind; remaining: number; readonly matches: (stream: string) => boolean }[] = [];
  /** Subscriptions (open and new) send nothing while set. */
  stalled = false;

  private constructor(options: TestClusterOptions) {
    this.log = new ReplicatedLog(options.systemRecordEvery ?? 3);
    this.version = options.version ?? '26.1.0';
    this.writeTimeoutMs = options.writeTimeoutMs ?? 2000;
    this.maxAppendSize = options.maxAppendSize ?? 4 * 1024 * 1024;
    this.batchAppendSupported = options.batchAppend ?? true;
    this.nodes = Array.from({ length: options.nodes ?? 1 }, () => new TestNode(this));
    this.leaderNode = this.nodes[0];
  }

  static async start(options: TestClusterOptions = {}): Promise<EsdbTestCluster> {
    const cluster = new EsdbTestCluster(options);
    await Promise.all(cluster.nodes.map((node) => node.start()));
    return cluster;
  }

  get leader(): TestNode | undefined {
    return this.leaderNode;
  }

  get followers(): TestNode[] {
    return this.nodes.filter((node) => node.alive && node !== this.leaderNode);
  }

  /**
   * `esdb://` for the whole cluster (gossip seeds, so the client discovers the leader) or one node.
   * `tls=false`: loopback only.
   */
  connectionString(options: { node?: TestNode; nodePreference?: 'leader' | 'follower' } = {}): string {
    const hosts = options.node !== undefined ? [options.node] : this.nodes;
    const query = ['tls=false', 'discoveryInterval=20', 'maxDiscoverAttempts=100', 'gossipTimeout=1'];
    if (options.nodePreference !== undefined) query.push(`nodePreference=${options.nodePreference}`);
    const single = hosts.length === 1 && options.node !== undefined;
    return `esdb://${hosts.map((node) => node.address).join(',')}?${(single ? query.slice(0, 1) : query).join('&')}`;
  }

  /** The next `count` calls of `kind` (on any node) fail with `code`. */
  failNext(kind: CallKind, code: grpc.status, count = 1, details = `injected ${grpc.status[code]}`): void {
    this.failures.push({ kind, code, details, remaining: count });
  }

  /**
   * The next `count` calls of `kind` are accepted and never answered — a node whose HTTP/2 layer
   * still answers keep-alive pings while the request itself is stuck (a disk stall under the
   * reader threads; a read that never finishes, kurrent-io/KurrentDB#3471). The client sets no
   * deadline on reads (`deadline: Infinity` in its readAll/readStream; "for reads and
   * subscriptions, we do not use the deadline value at all", kurrent-io/KurrentDB-Client-Java#333),
   * and unary appends carry its `defaultDeadline`. A hung call ends when the client cancels it.
   * `matches` picks the calls by stream name (`$all` for reads of it).
   */
  hangNext(kind: CallKind, count = 1, matches: (stream: string) => boolean = () => true): void {
    this.hangs.push({ kind, remaining: count, matches });
  }

  /** Calls that `hangNext` made hang so far. */
  hungCalls = 0;

  /** Whether this call of `kind` on `stream` (`$all` for reads of it) hangs. */
  takeHang(kind: CallKind, stream: string): boolean {
    const hang = this.hangs.find((h) => h.kind === kind && h.remaining > 0 && h.matches(stream));
    if (hang === undefined) return false;
    hang.remaining--;
    if (hang.remaining === 0) this.hangs = this.hangs.filter((h) => h !== hang);
    this.hungCalls++;
    return true;
  }

  /** Forgets the failures `failNext` queued and not yet used. */
  clearFailures(): void {
    this.failures = [];
  }

  takeFailure(kind: CallKind): grpc.ServiceError | undefined {
    const failure = this.failures.find((f) => f.kind === kind && f.remaining > 0);
    if (failure === undefined) return undefined;
    failure.remaining--;
    if (failure.remaining === 0) this.failures = this.failures.filter((f) => f !== failure);
    return serviceError(failure.code, failure.details);
  }

  /** Open subscriptions stop sending (the call stays open), and new ones send nothing, until `resumeSubscriptions`. */
  stallSubscriptions(): void {
    this.stalled = true;
    for (const node of this.nodes) for (const subscription of node.subscriptions) subscription.stalled = true;
  }

  resumeSubscriptions(): void {
    this.stalled = false;
    for (const node of this.nodes) for (const subscription of [...node.subscriptions]) subscription.resume();
  }

  /** Ends every open subscription with `code`. */
  endSubscriptions(code: grpc.status, details = `injected ${grpc.status[code]}`): void {
    for (const node of this.nodes) node.endSubscriptions(serviceError(code, details));
  }

  /** Fails the append calls in flight (of one connection, or all) as a broken connection does. */
  breakAppends(connectionName?: string, code = grpc.status.UNAVAILABLE): number {
    return this.nodes.reduce(
      (sum, node) => sum + node.breakAppends(serviceError(code, `injected ${grpc.status[code]}`), connectionName),
      0,
    );
  }

  /** Makes `node` the leader: the old one answers `NotLeader` from now on. */
  electLeader(node: TestNode): void {
    if (!node.alive) throw new Error('cannot elect a dead node');
    this.leaderNode = node;
  }

  /** Kills the leader and elects the next live node. Returns the dead node. */
  killLeader(): TestNode {
    const dead = this.leaderNode;
    if (dead === undefined) throw new Error('no leader');
    dead.kill();
    this.leaderNode = this.nodes.find((node) => node.alive);
    return dead;
  }

  async stop(): Promise<void> {
    for (const node of this.nodes) if (node.alive) node.kill();
  }

  appendWithTimeout(stream: string, expected: Expected, events: readonly ProposedEvent[]): Promise<AppendOutcome> {
    const { outcome } = this.log.append(stream, expected, events);
    return outcome.then(async (result) => {
      // The server never answers a dropped write; the client hears of it when the write times out.
      if (result.kind === 'dropped') await new Promise((resolve) => setTimeout(resolve, this.writeTimeoutMs));
      return result;
    });
  }

  clusterInfo(): ClusterInfo {
    const info = new ClusterInfo();
    info.setMembersList(
      this.nodes.map((node) => {
        const member = new MemberInfo();
        const id = new UUID();
        id.setString(node.instanceId);
        member.setInstanceId(id);
        member.setTimeStamp(String(Date.now()));
        member.setState(
          !node.alive
            ? MemberInfo.VNodeState.SHUTDOWN
            : node === this.leaderNode
              ? MemberInfo.VNodeState.LEADER
              : MemberInfo.VNodeState.FOLLOWER,
        );
        member.setIsAlive(node.alive);
        const endpoint = new EndPoint();
        endpoint.setAddress('127.0.0.1');
        endpoint.setPort(node.port);
        member.setHttpEndPoint(endpoint);
        return member;
      }),
    );
    return info;
  }

  supportedMethods(): SupportedMethods {
    const methods = new SupportedMethods();
    methods.setEventStoreServerVersion(this.version);
    const method = (service: string, name: string): SupportedMethod => {
      const supported = new SupportedMethod();
      supported.setServiceName(service);
      supported.setMethodName(name);
      return supported;
    };
    const list = [
      method('event_store.client.streams.streams', 'read'),
      method('event_store.client.streams.streams', 'append'),
      method('event_store.client.gossip.gossip', 'read'),
    ];
    if (this.batchAppendSupported) list.push(method('event_store.client.streams.streams', 'batchappend'));
    methods.setMethodsList(list);
    return methods;
  }
}
