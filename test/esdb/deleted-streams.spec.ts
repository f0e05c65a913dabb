/**
 * A stream deleted behind Parley's back — an operator's tombstone, soft delete or truncation with
 * EventStoreDB's own tools — met by the real client against the protocol-level test cluster, which
 * answers as EventStoreDB does (see `server/log.ts`). Parley must answer a typed error naming the
 * stream and the kind of deletion, and change nothing: no recreated stream, no second copy of an
 * acknowledged event.
 */
import { randomUUID } from 'node:crypto';
import {
  ANY,
  ErrorType,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  streamNameFilter,
} from '@eventstore/db-client';
import { StreamDeletedError, type NewEvent, type RecordedEvent, type StreamDeletedNotice } from '@parley/event-store';
import { openEsdbEventStore, type EsdbEventStore } from '@parley/event-store/esdb/esdb-event-store';
import { silentLogger } from '@parley/event-store/esdb/logger';
import { newEvents } from '@parley/event-store/testing/contract';
import { EsdbTestCluster } from './server/server';
import { DELETED_STREAM, metastreamOf } from './server/log';

let cluster: EsdbTestCluster;
let store: EsdbEventStore;
let namespace: string;

beforeEach(async () => {
  cluster = await EsdbTestCluster.start();
  namespace = `deleted-${randomUUID()}/`;
  store = await openEsdbEventStore({ connectionString: cluster.connectionString(), namespace, logger: silentLogger });
});

afterEach(async () => {
  await store.close();
  await cluster.stop();
});

/** What EventStoreDB holds for the store's `stream`: its records (tombstone included) and its metadata records. */
function held(stream: string): { ids: string[]; metadata: number } {
  return {
    ids: (cluster.log.stream(namespace + stream) ?? []).map((record) => record.id),
    metadata: cluster.log.stream(metastreamOf(namespace + stream))?.length ?? 0,
  };
}

async function refusal(call: Promise<unknown>): Promise<StreamDeletedError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StreamDeletedError);
  return error as StreamDeletedError;
}

/** Every way the port reads or writes one stream, each expected to be refused as deleted `deletion`. */
async function expectRefusedEverywhere(stream: string, stored: readonly NewEvent[], deletion: string): Promise<void> {
  const before = held(stream);
  const calls: Array<[string, Promise<unknown>]> = [
    ['readStream', store.readStream(stream)],
    ['readStream backwards', store.readStream(stream, { direction: 'backwards' })],
    ['append at the last revision', store.append(stream, newEvents(1), { expectedRevision: stored.length - 1 })],
    ['append no-stream', store.append(stream, newEvents(1), { expectedRevision: 'no-stream' })],
    ['append any', store.append(stream, newEvents(1), { expectedRevision: 'any' })],
    ['append exists', store.append(stream, newEvents(1), { expectedRevision: 'exists' })],
    ['a retried append', store.append(stream, stored, { expectedRevision: 'no-stream' })],
    ['readEvent', store.readEvent((stored[0] as NewEvent).id)],
  ];
  for (const [what, call] of calls) {
    const error = await refusal(call);
    expect({ what, stream: error.stream, deletion: error.deletion, code: error.code }).toEqual({
      what,
      stream,
      deletion,
      code: 'stream-deleted',
    });
    expect(error.message).toContain(`stream ${stream} was deleted in EventStoreDB outside Parley`);
  }
  // Nothing appended, nothing recreated: the stream and its metadata are as the operator left them.
  expect(held(stream)).toEqual(before);
}

describe('a stream deleted in EventStoreDB outside Parley', () => {
  it('tombstoned (hard delete): every read and every append is refused as deleted, and nothing is written', async () => {
    const stored = newEvents(2);
    await store.append('s', stored, { expectedRevision: 'no-stream' });
    cluster.log.tombstone(namespace + 's');

    await expectRefusedEverywhere('s', stored, 'tombstone');
    await expect(store.streamRevision('s')).rejects.toBeInstanceOf(StreamDeletedError);
    // $all keeps the events until a scavenge; the tombstone's own record is not Parley's, and skipped.
    expect((await store.readAll()).map((event) => event.id)).toEqual(stored.map((event) => event.id));
  });

  it("deleted while a subscription follows, with the client's own calls: each deletion is a typed notice in order with the events, its position the checkpoint", async () => {
    const warned: Array<[string, unknown]> = [];
    const watched = await openEsdbEventStore({
      connectionString: cluster.connectionString(),
      namespace,
      logger: { ...silentLogger, warn: (message, context) => void warned.push([message, context]) },
    });
    const raw = EventStoreDBClient.connectionString(cluster.connectionString());
    const seen: Array<string | StreamDeletedNotice> = [];
    const subscription = watched.subscribe(
      { afterPosition: 0, filter: { streamPrefix: 's-' } },
      {
        onEvents: (events) => void seen.push(...events.map((e) => e.id)),
        onStreamDeleted: (notice) => void seen.push(notice),
      },
    );
    const events = {
      tombstoned: newEvents(2),
      softDeleted: newEvents(1),
      truncated: newEvents(3),
      after: newEvents(1),
      outside: newEvents(1),
    };
    await store.append('s-t', events.tombstoned, { expectedRevision: 'no-stream' });
    await store.append('s-d', events.softDeleted, { expectedRevision: 'no-stream' });
    await store.append('s-r', events.truncated, { expectedRevision: 'no-stream' });
    await store.append('x-other', events.outside, { expectedRevision: 'no-stream' });
    await raw.tombstoneStream(namespace + 's-t');
    await raw.deleteStream(namespace + 's-d');
    await raw.setStreamMetadata(namespace + 's-r', { truncateBefore: 1 });
    // Outside the subscription's filter: not told.
    await raw.deleteStream(namespace + 'x-other');
    await store.append('s-after', events.after, { expectedRevision: 'no-stream' });
    const deadline = Date.now() + 5_000;
    while (seen.length < 10 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const position = subscription.position;
    await subscription.close();
    await raw.dispose();

    const ids = (list: readonly NewEvent[]) => list.map((event) => event.id);
    const notice = (stream: string, deletion: string) => ({ stream, deletion, position: expect.any(Number) });
    expect(seen).toEqual([
      ...ids(events.tombstoned),
      ...ids(events.softDeleted),
      ...ids(events.truncated),
      notice('s-t', 'tombstone'),
      notice('s-d', 'soft-delete'),
      notice('s-r', 'truncated'),
      ...ids(events.after),
    ]);
    const notices = seen.filter((item): item is StreamDeletedNotice => typeof item !== 'string');
    const [last] = await watched.readAll({ fromPosition: 0, streamPrefix: 's-after' });
    const stored = await watched.readAll({ streamPrefix: 's-r' });
    // Between the events before and after them, in the order the cluster recorded them.
    expect(notices.map((n) => n.position)).toEqual([...notices.map((n) => n.position)].sort((a, b) => a - b));
    expect((notices[0] as StreamDeletedNotice).position).toBeGreaterThan(
      (stored.at(-1) as { position: number }).position,
    );
    expect((notices[2] as StreamDeletedNotice).position).toBeLessThan((last as { position: number }).position);
    expect(position).toBe((last as { position: number }).position);
    expect(warned).toEqual(
      [
        ['s-t', 'tombstone'],
        ['s-d', 'soft-delete'],
        ['s-r', 'truncated'],
        ['x-other', 'soft-delete'],
      ].map(([stream, deletion]) => ['a stream was deleted in EventStoreDB outside Parley', { stream, deletion }]),
    );

    // A subscription resuming from a notice's position is not told of it again; one without the callback skips it.
    const resumed: Array<string | StreamDeletedNotice> = [];
    const checkpoints: number[] = [];
    const again = watched.subscribe(
      { afterPosition: (notices[1] as StreamDeletedNotice).position, filter: { streamPrefix: 's-' } },
      {
        onEvents: (batch) => void resumed.push(...batch.map((e) => e.id)),
        onStreamDeleted: (n) => void resumed.push(n),
      },
    );
    const plain = watched.subscribe(
      { afterPosition: (stored.at(-1) as { position: number }).position, filter: { streamPrefix: 's-' } },
      { onEvents: () => undefined, onCheckpoint: (at) => void checkpoints.push(at) },
    );
    const until = Date.now() + 5_000;
    const lastNotice = (notices[2] as StreamDeletedNotice).position;
    while ((resumed.length < 2 || !checkpoints.includes(lastNotice)) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await again.close();
    await plain.close();
    await watched.close();
    expect(resumed).toEqual([notice('s-r', 'truncated'), ...ids(events.after)]);
    // Each notice's position is reported as a checkpoint (with those of the events the filter skipped).
    expect(checkpoints).toEqual(expect.arrayContaining(notices.map((n) => n.position)));
  });

  it("readAllPages tells a caller that asks of each deletion of the pages' streams", async () => {
    const raw = EventStoreDBClient.connectionString(cluster.connectionString());
    await store.append('s-a', newEvents(2), { expectedRevision: 'no-stream' });
    await store.append('s-b', newEvents(2), { expectedRevision: 'no-stream' });
    await raw.tombstoneStream(namespace + 's-a');
    await raw.setStreamMetadata(namespace + 's-b', { truncateBefore: 1 });
    await store.append('s-c', newEvents(1), { expectedRevision: 'no-stream' });
    // Written again without $tb: EventStoreDB shows its events again; no notice.
    await raw.setStreamMetadata(namespace + 's-b', {});
    await raw.dispose();
    const told: StreamDeletedNotice[] = [];
    const pages: number[] = [];
    for await (const page of store.readAllPages({
      pageSize: 2,
      streamPrefix: 's-',
      onStreamDeleted: (n) => void told.push(n),
    }))
      pages.push(page.length);
    expect(pages).toEqual([2, 2, 1]);
    expect(told.map(({ stream, deletion }) => [stream, deletion])).toEqual([
      ['s-a', 'tombstone'],
      ['s-b', 'truncated'],
    ]);
    await expect(store.readStream('s-b')).resolves.toHaveLength(2);
  });

  it('readAll tells a caller that asks of each deletion it reads past: up to its last event, or to the end of the log', async () => {
    const raw = EventStoreDBClient.connectionString(cluster.connectionString());
    await store.append('s-a', newEvents(2), { expectedRevision: 'no-stream' });
    await store.append('s-b', newEvents(2), { expectedRevision: 'no-stream' });
    await raw.tombstoneStream(namespace + 's-a');
    await raw.setStreamMetadata(namespace + 's-b', { truncateBefore: 1 });
    await store.append('s-c', newEvents(1), { expectedRevision: 'no-stream' });
    const told: StreamDeletedNotice[] = [];
    const onStreamDeleted = (n: StreamDeletedNotice) => void told.push(n);

    // Four events: the read ends at the fourth, before the deletions recorded after it.
    const first = await store.readAll({ streamPrefix: 's-', maxCount: 4, onStreamDeleted });
    expect(first.map((e) => e.stream)).toEqual(['s-a', 's-a', 's-b', 's-b']);
    expect(told).toEqual([]);
    const after = (first[3] as RecordedEvent).position;
    const rest = await store.readAll({ streamPrefix: 's-', fromPosition: after + 1, maxCount: 4, onStreamDeleted });
    expect(rest.map((e) => e.stream)).toEqual(['s-c']);
    expect(told.map(({ stream, deletion }) => [stream, deletion])).toEqual([
      ['s-a', 'tombstone'],
      ['s-b', 'truncated'],
    ]);
    // In order with the events: after the fourth, before the one read next.
    const next = (rest[0] as RecordedEvent).position;
    expect(told.every(({ position }) => position > after && position < next)).toBe(true);

    // Fewer events than asked for: the read went to the end of the log, and tells what it recorded after the last.
    told.length = 0;
    await raw.tombstoneStream(namespace + 's-c');
    await raw.dispose();
    expect(await store.readAll({ streamPrefix: 's-', fromPosition: next + 1, maxCount: 4, onStreamDeleted })).toEqual(
      [],
    );
    expect(told.map(({ stream, deletion }) => [stream, deletion])).toEqual([['s-c', 'tombstone']]);
    expect((told[0] as StreamDeletedNotice).position).toBeGreaterThan(next);
  });

  it('soft-deleted: refused as deleted where EventStoreDB would read "not found" and let an append recreate the stream', async () => {
    const stored = newEvents(2);
    await store.append('s', stored, { expectedRevision: 'no-stream' });
    cluster.log.softDelete(namespace + 's');

    await expectRefusedEverywhere('s', stored, 'soft-delete');
    await expect(store.streamRevision('s')).rejects.toMatchObject({ code: 'stream-deleted', deletion: 'soft-delete' });
    // Still soft-deleted: EventStoreDB rewrites $tb only when an append recreates the stream.
    expect(cluster.log.truncatedBefore(namespace + 's')).toBe(DELETED_STREAM);
    // A stream that never existed has no metadata: still only empty, and still opened by a first write.
    await expect(store.readStream('never')).resolves.toEqual([]);
    await expect(store.streamRevision('never')).resolves.toBe(-1);
    await expect(store.append('never', newEvents(1), { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextRevision: 0,
    });
  });

  it('truncated ($tb): reads that would skip the first events and appends are refused; other streams are untouched', async () => {
    const stored = newEvents(3);
    await store.append('s', stored, { expectedRevision: 'no-stream' });
    await store.append('other', newEvents(1), { expectedRevision: 'no-stream' });
    cluster.log.truncateBefore(namespace + 's', 1n);

    await expectRefusedEverywhere('s', stored, 'truncated');
    // Reads that skip nothing still answer.
    await expect(store.readStream('s', { fromRevision: 1 })).resolves.toHaveLength(2);
    await expect(store.readStream('s', { direction: 'backwards', maxCount: 2 })).resolves.toHaveLength(2);
    await expect(store.append('other', newEvents(1), { expectedRevision: 0 })).resolves.toMatchObject({
      nextRevision: 1,
    });
    // Truncated past its last event (what "truncate the whole stream" does): it still exists, and reads as nothing.
    cluster.log.truncateBefore(namespace + 's', 3n);
    await expectRefusedEverywhere('s', stored, 'truncated');
    await expect(refusal(store.readStream('s', { direction: 'backwards', fromRevision: 1 }))).resolves.toMatchObject({
      deletion: 'truncated',
    });
  });

  it('soft-deleted, then recreated by another writer: refused as truncated (the recreation hides the old events)', async () => {
    const stored = newEvents(2);
    await store.append('s', stored, { expectedRevision: 'no-stream' });
    cluster.log.softDelete(namespace + 's');
    cluster.log.writeForeign(namespace + 's');
    expect(cluster.log.truncatedBefore(namespace + 's')).toBe(2n);

    const error = await refusal(store.readStream('s'));
    expect(error.deletion).toBe('truncated');
    await expect(store.append('s', newEvents(1), { expectedRevision: 2 })).rejects.toMatchObject({
      deletion: 'truncated',
    });
  });
});

/** The test cluster itself, through the bare client: what EventStoreDB answers (KurrentDB's IndexWriter.CheckCommit / IndexReader). */
describe.each([
  ['BatchAppend', true],
  ['unary Append', false],
])('the test cluster deletes streams as EventStoreDB does (appends by %s)', (_name, batchAppend) => {
  let raw: EventStoreDBClient;
  let own: EsdbTestCluster;

  beforeEach(async () => {
    own = await EsdbTestCluster.start({ batchAppend });
    raw = EventStoreDBClient.connectionString(own.connectionString());
  });

  afterEach(async () => {
    await raw.dispose();
    await own.stop();
  });

  const events = (n: number) => Array.from({ length: n }, () => jsonEvent({ type: 'E', data: {} }));
  const read = async (stream: string) => {
    const found: bigint[] = [];
    for await (const resolved of raw.readStream(stream)) if (resolved.event) found.push(resolved.event.revision);
    return found;
  };
  const typeOf = (call: Promise<unknown>) =>
    call.then(
      () => 'no error',
      (e: { type?: string }) => e.type,
    );

  it('a soft-deleted stream reads as not found; an append with its last revision, or no_stream, recreates it at the next', async () => {
    await raw.appendToStream('a', events(2), { expectedRevision: NO_STREAM });
    own.log.softDelete('a');
    expect(await typeOf(read('a'))).toBe(ErrorType.STREAM_NOT_FOUND);
    expect(await typeOf(raw.appendToStream('a', events(1), { expectedRevision: STREAM_EXISTS }))).toBe(
      ErrorType.WRONG_EXPECTED_VERSION,
    );
    await expect(raw.appendToStream('a', events(1), { expectedRevision: 1n })).resolves.toMatchObject({
      nextExpectedRevision: 2n,
    });
    expect(await read('a')).toEqual([2n]);

    await raw.appendToStream('b', events(2), { expectedRevision: NO_STREAM });
    own.log.softDelete('b');
    await expect(raw.appendToStream('b', events(3), { expectedRevision: NO_STREAM })).resolves.toMatchObject({
      nextExpectedRevision: 4n,
    });
    expect(await read('b')).toEqual([2n, 3n, 4n]);
  });

  it('deleteStream and tombstoneStream check the expected revision; a `$all` subscription whose regex matches `$$` streams gets the `$metadata` and `$streamDeleted` records', async () => {
    await raw.appendToStream('m', events(2), { expectedRevision: NO_STREAM });
    await raw.appendToStream('n', events(1), { expectedRevision: NO_STREAM });
    expect(await typeOf(raw.deleteStream('m', { expectedRevision: 0n }))).toBe(ErrorType.WRONG_EXPECTED_VERSION);
    // Nothing to delete: neither the stream nor its metadata exists (StorageWriterService refuses it so).
    expect(await typeOf(raw.deleteStream('never'))).toBe(ErrorType.WRONG_EXPECTED_VERSION);
    const soft = await raw.deleteStream('m', { expectedRevision: 1n });
    const hard = await raw.tombstoneStream('n');
    expect(await typeOf(raw.tombstoneStream('n'))).toBe(ErrorType.STREAM_DELETED);
    expect(soft.position?.commit).toBeLessThan(hard.position?.commit ?? 0n);

    const got: Array<[string, string]> = [];
    const subscription = raw.subscribeToAll({
      fromPosition: START,
      filter: streamNameFilter({ regex: '^(?:\\$\\$)?[mn]$' }),
    });
    for await (const resolved of subscription) {
      if (resolved.event) got.push([resolved.event.streamId, resolved.event.type]);
      if (got.length === 5) break;
    }
    await subscription.unsubscribe();
    expect(got).toEqual([
      ['m', 'E'],
      ['m', 'E'],
      ['n', 'E'],
      ['$$m', '$metadata'],
      ['n', '$streamDeleted'],
    ]);
  });

  it('a tombstoned stream refuses reads and appends (any expectation) with "stream deleted", naming it', async () => {
    await raw.appendToStream('t', events(1), { expectedRevision: NO_STREAM });
    own.log.tombstone('t');
    const refused = await read('t').catch((e: unknown) => e);
    expect(refused).toMatchObject({ type: ErrorType.STREAM_DELETED, streamName: 't' });
    for (const expectedRevision of [ANY, NO_STREAM, 0n] as const)
      expect(await typeOf(raw.appendToStream('t', events(1), { expectedRevision }))).toBe(ErrorType.STREAM_DELETED);
  });
});
