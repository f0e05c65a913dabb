/**
 * Moving a log between stores (`copyLog`, libs/event-store/src/migrate.ts, and
 * the `npm run migrate` command): SQLite → memory → SQLite and SQLite →
 * EventStoreDB (in-memory fake server, positions with gaps) → SQLite keep every
 * event's id, type, data, metadata, stream and revision, the log's order, and
 * therefore every view; an interrupted copy resumes without storing anything
 * twice.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromStoredEvent, negotiationIdFromStream } from '@parley/domain';
import {
  MemoryEventStore,
  openSqliteEventStore,
  WrongExpectedRevisionError,
  type EventStore,
  type JsonObject,
  type RecordedEvent,
} from '@parley/event-store';
import { EsdbEventStore } from '@parley/event-store/esdb/esdb-event-store';
import { silentLogger } from '@parley/event-store/esdb/logger';
import { FakeEventStoreDB } from '@parley/event-store/esdb/testing/fake-esdb-client';
import {
  copyLog,
  MigrationConflictError,
  MigrationGapError,
  readCheckpoint,
  writeCheckpoint,
  type CopyProgress,
} from '@parley/event-store/migrate';
import { escalationView, foldViews, matrixView, statusView, type LogEntry } from '@parley/projections';
import { importJsonl } from '../../apps/api/src/admin/jsonl-import';
import { run, type MigrateIo } from '../../apps/migrate/src/program';
import { tempDir } from '../store/temp-store';

const EXAMPLE = join(__dirname, '../../examples/pakistan-afghanistan-2025.jsonl');
/** The example's stored lines, one event each. */
const EXAMPLE_LINES = readFileSync(EXAMPLE, 'utf8').trim().split('\n');
/** The seed writes an audit event after every `AUDIT_EVERY`-th line of the second negotiation (its first line too). */
const AUDIT_EVERY = 7;
const T = Date.parse('2025-11-30T00:00:00Z');
const SECOND = 'pak-afghan-2025-replay';

/** Everything a copy must preserve, in log order (positions and store commit times are the store's own). */
function content(events: readonly RecordedEvent[]): unknown[] {
  return events.map(({ id, type, data, metadata, stream, revision }) => ({
    id,
    type,
    data,
    metadata,
    stream,
    revision,
  }));
}

/** Status, matrix and escalation of every negotiation at T, folded from the store's log. */
async function views(store: EventStore): Promise<Record<string, unknown>> {
  const byNegotiation = new Map<string, LogEntry[]>();
  for (const recorded of await store.readAll({ streamPrefix: 'negotiation-' })) {
    const negotiationId = negotiationIdFromStream(recorded.stream) as string;
    const entries = byNegotiation.get(negotiationId) ?? [];
    entries.push({ event: fromStoredEvent(recorded), position: recorded.position });
    byNegotiation.set(negotiationId, entries);
  }
  const result: Record<string, unknown> = {};
  for (const [negotiationId, entries] of byNegotiation) {
    const state = foldViews(entries, { at: T });
    result[negotiationId] = {
      status: statusView(state, T),
      matrix: matrixView(state),
      escalation: escalationView(state, T),
    };
  }
  return result;
}

/** A deterministic stand-in id for `id` in the second negotiation. */
function replayId(id: string): string {
  const hex = createHash('sha256').update(`${SECOND}/${id}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The example log imported as it is, then a second negotiation (the same
 * events under other ids and another negotiation id) interleaved with
 * non-negotiation streams, so the log has several streams whose events
 * alternate — the case where order across streams matters.
 */
async function seed(store: EventStore): Promise<void> {
  const summary = await importJsonl(store, createReadStream(EXAMPLE));
  const lines = EXAMPLE_LINES;
  expect(summary.stored).toBe(lines.length);
  const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
  for (let i = 0; i < lines.length; i++) {
    let text = (lines[i] as string).replaceAll('pak-afghan-2025', SECOND);
    for (const id of ids) text = text.replaceAll(id, replayId(id));
    const line = JSON.parse(text) as {
      stream: string;
      id: string;
      type: string;
      data: JsonObject;
      metadata: JsonObject;
    };
    await store.append(line.stream, [{ id: line.id, type: line.type, data: line.data, metadata: line.metadata }], {
      expectedRevision: i - 1,
    });
    if (i % AUDIT_EVERY === 0) {
      await store.append(`audit-${i % 3}`, [{ id: randomUUID(), type: 'KeyIssued', data: { i } }], {
        expectedRevision: 'any',
      });
    }
  }
}

/** A store whose appends fail after `limit` events have been appended through it: a crash mid-copy. */
function crashingAfter(store: EventStore, limit: number): EventStore {
  let appended = 0;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'append') {
        return async (...args: Parameters<EventStore['append']>) => {
          if (appended >= limit) throw new Error('simulated crash');
          const result = await target.append(...args);
          appended += result.events.length;
          return result;
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function fakeEsdb(): EsdbEventStore {
  const server = new FakeEventStoreDB();
  server.writeForeign('another-application-1');
  return new EsdbEventStore(server, { namespace: `migrate-${randomUUID()}/`, logger: silentLogger });
}

describe('copyLog: moving a log between stores', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let source: EventStore;
  let sourceLog: RecordedEvent[];
  let sourceViews: Record<string, unknown>;
  const opened: EventStore[] = [];

  async function sqlite(name: string): Promise<EventStore> {
    const store = await openSqliteEventStore({ path: temp.file(name) });
    opened.push(store);
    return store;
  }

  function memory(): EventStore {
    const store = new MemoryEventStore();
    opened.push(store);
    return store;
  }

  beforeEach(async () => {
    temp = await tempDir('parley-migrate-');
    source = await sqlite('source.sqlite');
    await seed(source);
    sourceLog = await source.readAll();
    sourceViews = await views(source);
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await temp.remove();
  });

  it('seeds a log of several interleaved streams, with views to compare', () => {
    expect(sourceLog.length).toBe(EXAMPLE_LINES.length * 2 + Math.ceil(EXAMPLE_LINES.length / AUDIT_EVERY));
    expect(new Set(sourceLog.map((e) => e.stream)).size).toBe(5);
    expect(Object.keys(sourceViews).sort()).toEqual(['pak-afghan-2025', SECOND]);
    expect(sourceViews['pak-afghan-2025']).toMatchObject({ status: { negotiationId: 'pak-afghan-2025' } });
  });

  it('SQLite → memory → SQLite: identical ids, types, data, metadata, revisions, order, and views', async () => {
    const middle = memory();
    const progress: CopyProgress[] = [];
    const there = await copyLog(source, middle, { batchSize: 16, onProgress: (p) => void progress.push(p) });
    expect(there).toMatchObject({
      read: sourceLog.length,
      copied: sourceLog.length,
      skipped: 0,
      streams: 5,
      aborted: false,
    });
    expect(there.lastPosition).toBe(sourceLog[sourceLog.length - 1]?.position);
    expect(progress[progress.length - 1]).toMatchObject({ total: sourceLog.length, done: sourceLog.length });
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]?.done).toBeGreaterThan(progress[i - 1]?.done as number);
    }

    const back = await sqlite('back.sqlite');
    const summary = await copyLog(middle, back);
    expect(summary).toMatchObject({ copied: sourceLog.length, skipped: 0, aborted: false });

    for (const store of [middle, back]) {
      const log = await store.readAll();
      expect(content(log)).toEqual(content(sourceLog));
      expect(await views(store)).toEqual(sourceViews);
    }
    // Domain recordedAt travels in metadata, whatever the stores' own commit times.
    const [firstBack] = await back.readAll({ maxCount: 1 });
    expect(firstBack?.metadata['recordedAt']).toBe('2025-10-17T09:00:00Z');
  });

  it('SQLite → EventStoreDB (fake server, positions with gaps) → SQLite: the same log and views', async () => {
    const esdb = fakeEsdb();
    opened.push(esdb);
    expect((await copyLog(source, esdb, { batchSize: 50 })).copied).toBe(sourceLog.length);
    const middleLog = await esdb.readAll();
    expect(content(middleLog)).toEqual(content(sourceLog));
    // Not 1, 2, 3…: the target numbers its own positions.
    expect(middleLog.map((e) => e.position)).not.toEqual(sourceLog.map((e) => e.position));
    expect(await views(esdb)).toEqual(sourceViews);

    const back = await sqlite('back.sqlite');
    expect((await copyLog(esdb, back)).copied).toBe(sourceLog.length);
    expect(content(await back.readAll())).toEqual(content(sourceLog));
    expect((await back.readAll()).map((e) => e.position)).toEqual(sourceLog.map((e) => e.position));
    expect(await views(back)).toEqual(sourceViews);
  });

  it('an aborted copy resumes from its last position: same result, nothing stored twice', async () => {
    const target = memory();
    const stop = new AbortController();
    const first = await copyLog(source, target, {
      batchSize: 10,
      signal: stop.signal,
      onProgress: (p) => {
        if (p.done >= 40) stop.abort();
      },
    });
    expect(first.aborted).toBe(true);
    expect(first.copied).toBeGreaterThanOrEqual(40);
    expect(first.copied).toBeLessThan(sourceLog.length);
    // What the target holds is a prefix of the source log, up to the reported position.
    const partial = await target.readAll();
    expect(content(partial)).toEqual(content(sourceLog.filter((e) => e.position <= first.lastPosition)));

    const second = await copyLog(source, target, { fromPosition: first.lastPosition + 1 });
    expect(second).toMatchObject({ aborted: false, skipped: 0, copied: sourceLog.length - first.copied });
    const log = await target.readAll();
    expect(content(log)).toEqual(content(sourceLog));
    expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
    expect(await views(target)).toEqual(sourceViews);
  });

  it('a copy that crashed mid-way, re-run from the start, skips what the target has and copies the rest', async () => {
    const target = await sqlite('target.sqlite');
    await expect(copyLog(source, crashingAfter(target, 57), { batchSize: 8 })).rejects.toThrow('simulated crash');
    const before = (await target.readAll()).length;
    expect(before).toBeGreaterThanOrEqual(57);
    expect(before).toBeLessThan(sourceLog.length);

    const again = await copyLog(source, target, { batchSize: 8 });
    expect(again).toMatchObject({ read: sourceLog.length, skipped: before, copied: sourceLog.length - before });
    const log = await target.readAll();
    expect(content(log)).toEqual(content(sourceLog));
    expect(await views(target)).toEqual(sourceViews);

    // Once complete, a re-run copies nothing.
    expect(await copyLog(source, target)).toMatchObject({ copied: 0, skipped: sourceLog.length });
    expect(await target.readAll()).toHaveLength(sourceLog.length);
  });

  it('crashing into EventStoreDB and resuming from a checkpoint gives the same log', async () => {
    const esdb = fakeEsdb();
    opened.push(esdb);
    let checkpoint: CopyProgress | undefined;
    await expect(
      copyLog(source, crashingAfter(esdb, 100), { batchSize: 25, onProgress: (p) => void (checkpoint = p) }),
    ).rejects.toThrow('simulated crash');
    expect(checkpoint?.position).toBeGreaterThan(0);
    const resumed = await copyLog(source, esdb, { fromPosition: (checkpoint?.position as number) + 1 });
    expect(resumed.skipped).toBe(0);
    expect(content(await esdb.readAll())).toEqual(content(sourceLog));
    expect(await views(esdb)).toEqual(sourceViews);
  });

  it('refuses a target whose stream differs from the source', async () => {
    const target = memory();
    const stream = sourceLog[0]?.stream as string;
    await target.append(stream, [{ id: randomUUID(), type: 'Foreign', data: {} }], { expectedRevision: 'no-stream' });
    await expect(copyLog(source, target)).rejects.toBeInstanceOf(MigrationConflictError);
  });

  it('refuses to leave holes when fromPosition skips events the target never got', async () => {
    const target = memory();
    const from = sourceLog[5]?.position as number;
    await expect(copyLog(source, target, { fromPosition: from })).rejects.toBeInstanceOf(MigrationGapError);
  });

  it('fails, rather than interleave, when someone writes to a target stream during the copy', async () => {
    const target = memory();
    const stream = sourceLog[0]?.stream as string;
    let interfered = false;
    const copy = copyLog(source, target, {
      batchSize: 4,
      onProgress: async () => {
        if (interfered) return;
        interfered = true;
        await target.append(stream, [{ id: randomUUID(), type: 'Foreign', data: {} }], { expectedRevision: 'any' });
      },
    });
    await expect(copy).rejects.toBeInstanceOf(WrongExpectedRevisionError);
  });

  describe('checkpoint file', () => {
    it('is trusted only for the same stores, when both hold the event it names', async () => {
      const target = memory();
      const file = temp.file('checkpoint.json');
      const stores = { from: 'sqlite:a', to: 'memory:', source, target };
      expect(await readCheckpoint(file, stores)).toEqual({ use: false, reason: 'no checkpoint file' });

      const stop = new AbortController();
      const summary = await copyLog(source, target, {
        batchSize: 10,
        signal: stop.signal,
        onProgress: (p) => {
          writeCheckpoint(file, {
            from: 'sqlite:a',
            to: 'memory:',
            position: p.position,
            eventId: p.eventId as string,
          });
          if (p.done >= 20) stop.abort();
        },
      });
      const verdict = await readCheckpoint(file, stores);
      expect(verdict).toMatchObject({ use: true, fromPosition: summary.lastPosition + 1 });
      expect((await readCheckpoint(file, { ...stores, to: 'sqlite:other' })).use).toBe(false);
      expect((await readCheckpoint(file, { ...stores, target: memory() })).use).toBe(false);

      writeFileSync(file, 'not json');
      expect((await readCheckpoint(file, stores)).use).toBe(false);
    });
  });

  describe('npm run migrate', () => {
    function io(): MigrateIo & { out: string[]; err: string[] } {
      const out: string[] = [];
      const err: string[] = [];
      return { out, err, stdout: (l) => void out.push(l), stderr: (l) => void err.push(l), tty: false };
    }

    it('copies SQLite to SQLite, keeps a checkpoint, and a second run resumes from it with nothing to copy', async () => {
      await source.close();
      const from = `sqlite:${temp.file('source.sqlite')}`;
      const to = `sqlite:${temp.file('copy/target.sqlite')}`;
      const checkpoint = temp.file('migrate.checkpoint.json');
      const first = io();
      expect(await run(['--from', from, '--to', to, '--checkpoint', checkpoint], first)).toBe(0);
      expect(first.out.join('\n')).toContain(`done: ${sourceLog.length} copied, 0 already there, 5 streams`);
      expect(existsSync(checkpoint)).toBe(true);
      expect(JSON.parse(readFileSync(checkpoint, 'utf8'))).toMatchObject({
        position: sourceLog[sourceLog.length - 1]?.position,
        eventId: sourceLog[sourceLog.length - 1]?.id,
      });

      const second = io();
      expect(await run(['--from', from, '--to', to, '--checkpoint', checkpoint], second)).toBe(0);
      expect(second.err.join('\n')).toContain('resuming after source position');
      expect(second.out.join('\n')).toContain('done: 0 copied, 0 already there');

      const copy = await sqlite('copy/target.sqlite');
      expect(content(await copy.readAll())).toEqual(content(sourceLog));
      expect(await views(copy)).toEqual(sourceViews);
    });

    it('stops on the abort signal with exit code 130, and the next run finishes the copy', async () => {
      await source.close();
      const from = `sqlite:${temp.file('source.sqlite')}`;
      const to = `sqlite:${temp.file('target.sqlite')}`;
      const checkpoint = temp.file('cp.json');
      const stop = new AbortController();
      stop.abort();
      const interrupted = io();
      expect(
        await run(['--from', from, '--to', to, '--checkpoint', checkpoint], { ...interrupted, signal: stop.signal }),
      ).toBe(130);
      expect(interrupted.err.join('\n')).toContain('run the same command again to resume');
      const done = io();
      expect(await run(['--from', from, '--to', to, '--checkpoint', checkpoint], done)).toBe(0);
      expect(done.out.join('\n')).toContain(`done: ${sourceLog.length} copied`);
    });

    it('refuses bad arguments with exit code 2', async () => {
      const same = `sqlite:${temp.file('source.sqlite')}`;
      for (const argv of [
        ['--from', same],
        ['--from', same, '--to', same],
        ['--from', 'mysql://x', '--to', 'memory:'],
        ['--from', same, '--to', 'memory:', '--batch-size', '0'],
      ]) {
        expect(await run(argv, io())).toBe(2);
      }
    });
  });
});
