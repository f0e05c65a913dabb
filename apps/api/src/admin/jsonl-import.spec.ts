/**
 * The import's spool: checked lines wait in a file of the data directory
 * between the check and the append, and the file goes when the import ends —
 * stored or refused. Real SQLite file, the example log.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type EventStore, openSqliteEventStore } from '@parley/event-store';
import { ImportRejectedError, importJsonl } from './jsonl-import';

const EXAMPLE = join(__dirname, '../../../../examples/pakistan-afghanistan-2025.jsonl');
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The example log's lines as negotiation `to`, with ids of its own (wherever they appear). */
function exampleAs(to: string): string[] {
  const ids = new Map<string, string>();
  return readFileSync(EXAMPLE, 'utf8')
    .trim()
    .replaceAll('pak-afghan-2025', to)
    .replace(UUIDS, (id) => ids.get(id) ?? (ids.set(id, randomUUID()), ids.get(id)!))
    .split('\n');
}

type Methods<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R : never };

/** `target` with some of its methods replaced, each made from the method it replaces; the others as they are. */
function replacing<T extends object>(
  target: T,
  replace: { [K in keyof T]?: (original: Methods<T>[K]) => Methods<T>[K] },
): T {
  return new Proxy(target, {
    get(of, key) {
      const value = Reflect.get(of, key) as unknown;
      if (typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(of);
      const make = replace[key as keyof T] as ((original: unknown) => unknown) | undefined;
      return make ? make(bound) : bound;
    },
  });
}

describe('importJsonl spool', () => {
  let dir: string;
  let spoolDir: string;
  let store: EventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-import-spec-'));
    spoolDir = join(dir, 'data');
    store = await openSqliteEventStore({ path: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a log, when imported, then every line is stored in file order and no spool file is left behind', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const summary = await importJsonl(store, Readable.from([text]), { spoolDir });
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(summary).toMatchObject({ lines: lines.length, stored: lines.length, skipped: 0 });
    expect((await store.readAll()).map((e) => e.id)).toEqual(lines.map((l) => l.id));
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('given a log with a bad last line, when imported, then nothing is stored and no spool file is left behind', async () => {
    const example = readFileSync(EXAMPLE, 'utf8').trim();
    const text = `${example}\n{"stream":"negotiation-x"}\n`;
    const refused = importJsonl(store, Readable.from([text]), { spoolDir });
    await expect(refused).rejects.toBeInstanceOf(ImportRejectedError);
    // Named by its line: the one after the example's.
    const badLine = example.split('\n').length + 1;
    await expect(refused).rejects.toMatchObject({
      problems: [{ line: badLine, problem: 'missing id, type, data, metadata' }],
    });
    expect(await store.headPosition()).toBe(0);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('given a window that is not a whole number of events from 1 on, when imported, then it is refused before the file is read, naming the window, and nothing is stored', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    for (const window of [0, -5, 2.5, Number.NaN]) {
      const input = Readable.from([text]);
      await expect(importJsonl(store, input, { spoolDir, window })).rejects.toThrow(
        `import window must be a positive integer, got ${window}`,
      );
      expect(input.readableDidRead).toBe(false);
    }
    expect(await store.headPosition()).toBe(0);
    // Windows of 7: the same log stored whole, in file order.
    const summary = await importJsonl(store, Readable.from([text]), { spoolDir, window: 7 });
    expect(summary.stored).toBe(summary.lines);
    expect(await store.headPosition()).toBe(summary.lines);
  });

  it('given a log imported before, when imported again, then nothing new is stored (the held events are compared, not spooled twice)', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    await importJsonl(store, Readable.from([text]), { spoolDir });
    const again = await importJsonl(store, Readable.from([text]), { spoolDir });
    expect(again).toMatchObject({ stored: 0, skipped: again.lines });
    expect(await store.headPosition()).toBe(again.lines);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('given an empty file, when imported, then nothing is stored and nothing is left behind', async () => {
    const summary = await importJsonl(store, Readable.from(['\n\n']), { spoolDir });
    expect(summary).toMatchObject({ lines: 0, stored: 0, skipped: 0, streams: 0, position: 0 });
    // A spool read that was never started must not fail later, once its file is gone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('given two imports at once meeting the same two streams in opposite orders, when each holds a stream as it meets it, then both end (one after the other): the first stores the file, the second skips it', async () => {
    // Per stream, one holder at a time, as the command loop's `exclusive` does.
    const queues = new Map<string, Promise<void>>();
    const exclusive = async <T>(streams: Iterable<string>, work: () => Promise<T>): Promise<T> => {
      const [stream] = [...streams];
      const previous = queues.get(stream!) ?? Promise.resolve();
      let release!: () => void;
      queues.set(
        stream!,
        previous.then(() => new Promise<void>((resolve) => (release = resolve))),
      );
      await previous;
      try {
        return await work();
      } finally {
        release();
      }
    };
    const lines = readFileSync(EXAMPLE, 'utf8').trim().split('\n');
    const [p, q] = [exampleAs('talks-p'), exampleAs('talks-q')];
    const pq = `${[...p, ...q].join('\n')}\n`;
    const qp = `${[...q, ...p].join('\n')}\n`;
    const [first, second] = await Promise.all([
      importJsonl(store, Readable.from([pq]), { spoolDir, exclusive }),
      importJsonl(store, Readable.from([qp]), { spoolDir, exclusive }),
    ]);
    expect([first.stored, second.stored]).toEqual([2 * lines.length, 0]);
    expect(second.skipped).toBe(2 * lines.length);
  });

  it('given a file of many streams interleaved, when imported, then its appends reach the store in one turn of the event loop: one group commit, not one per chunk of the spool', async () => {
    const copies = Array.from({ length: 20 }, (_, n) => exampleAs(`talks-${n}`));
    // Line by line in turn, as analysts recording at once leave a log: every append is of one event.
    const interleaved = copies[0]!.flatMap((_, i) => copies.map((lines) => lines[i]!));
    const file = `${interleaved.join('\n')}\n`;
    expect(file.length).toBeGreaterThan(10 * 64 * 1024); // a spool of many read chunks
    // The turns of the event loop, counted: the store group-commits what is queued in one turn.
    let turn = 0;
    let counting = true;
    const tick = () => {
      turn++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    const turns = new Set<number>();
    const appending = () => turns.add(turn);
    // Its commits, counted: the store reads its clock once per committed batch.
    let commits = 0;
    const counted = await openSqliteEventStore({
      path: join(dir, 'counted.db'),
      clock: () => {
        commits++;
        return new Date();
      },
    });
    // The import appends its events from the store's staging (or, were it to, as encoded: `appendEncoded`).
    const reported =
      <A extends unknown[], R>(call: (...args: A) => R) =>
      (...args: A): R => {
        appending();
        return call(...args);
      };
    const watched = replacing(counted, {
      appendEncoded: reported,
      openStaging: (open) => (into: string) => replacing(open(into), { append: reported }),
    });
    try {
      const summary = await importJsonl(watched, Readable.from([file]), { spoolDir });
      expect(summary.stored).toBe(interleaved.length);
      expect((await counted.readAll()).map((e) => e.id)).toEqual(
        interleaved.map((l) => (JSON.parse(l) as { id: string }).id),
      );
    } finally {
      counting = false;
      await counted.close();
    }
    expect(turns.size).toBe(1);
    expect(commits).toBe(1);
  });

  it('given a correction at the end of a stream that would break a later event, when imported, then the file is refused naming its line and rule, and nothing is stored', async () => {
    // The events it is checked against were decided from the file and kept in the spool, not in memory: read back.
    const lines = readFileSync(EXAMPLE, 'utf8').trim().split('\n');
    const parsed = lines.map(
      (l) =>
        JSON.parse(l) as {
          stream: string;
          revision: number;
          id: string;
          type: string;
          data: Record<string, unknown>;
          metadata: Record<string, unknown>;
        },
    );
    const position = parsed.find((l) => l.type === 'PositionTaken')!;
    const demandId = position.data.demandId as string;
    const tabled = parsed.find((l) => l.type === 'DemandTabled' && l.data.demandId === demandId)!;
    // Its target's row longer than the spool reads at once: twenty sources with long addresses.
    tabled.metadata.sources = Array.from({ length: 20 }, (_, i) => ({
      title: `Report ${i}`,
      publisher: 'Wire',
      url: `https://example.org/${String(i).padStart(1500, 'x')}`,
    }));
    const last = parsed[parsed.length - 1]!;
    // The demand's proposer corrected to the actor that later takes a position on it: a position on its own demand.
    const correction = {
      stream: last.stream,
      revision: last.revision + 1,
      id: randomUUID(),
      type: 'EventCorrected',
      data: {
        eventId: tabled.id,
        changes: { data: { by: position.data.actorId, addressedTo: [tabled.data.by] } },
        reason: 'misattributed',
      },
      metadata: {
        ...last.metadata,
        recordedAt: last.metadata.recordedAt,
        note: undefined,
        occurrence: undefined,
        cameo: undefined,
      },
    };
    const file = [...parsed, correction].map((l) => JSON.stringify(l)).join('\n');
    const error = await importJsonl(store, Readable.from([file]), {
      spoolDir,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const { problems } = error as ImportRejectedError;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(lines.length + 1);
    expect(problems[0]!.problem).toContain('correction-breaks-later-events');
    expect(problems[0]!.problem).toContain(position.id);
    expect(await store.headPosition()).toBe(0);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  describe('a file that looks like a faithful export until a line without its revision', () => {
    const now = '2026-06-01T00:00:00.000Z';
    const lines = () =>
      readFileSync(EXAMPLE, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { revision?: number; metadata: { recordedAt: string; recordedBy: string } });
    const withoutLastRevision = (all: ReturnType<typeof lines>) => {
      const { revision: _revision, ...last } = all[all.length - 1]!;
      return [...all.slice(0, -1), last].map((l) => JSON.stringify(l)).join('\n');
    };

    it('given such a file, when imported, then every line is stamped by the importer, now, and the answer says so', async () => {
      const all = lines();
      const summary = await importJsonl(store, Readable.from([withoutLastRevision(all)]), {
        spoolDir,
        importedBy: 'adam',
        now,
      });
      expect(summary).toMatchObject({ stored: all.length, recorded: { kept: false } });
      const stored = await store.readAll();
      expect(stored).toHaveLength(all.length);
      expect(
        new Set(stored.map((e) => `${e.metadata.recordedBy as string} ${e.metadata.recordedAt as string}`)),
      ).toEqual(new Set([`adam ${now}`]));
      expect(readdirSync(spoolDir)).toEqual([]);
    });

    it('given such a file with an early line recorded after the import, then it is not refused for it: the file is stamped, not kept', async () => {
      const all = lines();
      // Refused in a faithful export (nothing is recorded in the future), fine in a stamped file.
      all[3]!.metadata.recordedAt = '2027-01-01T00:00:00.000Z';
      const summary = await importJsonl(store, Readable.from([withoutLastRevision(all)]), { spoolDir, now });
      expect(summary).toMatchObject({ stored: all.length, recorded: { kept: false } });
    });
  });

  describe('reading lines', () => {
    const exampleLines = () => readFileSync(EXAMPLE, 'utf8').trim().split('\n');

    it('given CRLF line ends and no newline after the last line, when imported, then every line is stored', async () => {
      const lines = exampleLines();
      const summary = await importJsonl(store, Readable.from([lines.join('\r\n')]), { spoolDir });
      expect(summary).toMatchObject({ lines: lines.length, stored: lines.length });
    });

    it('given chunks that split a character in two, when imported, then the text is stored as written', async () => {
      const bytes = Buffer.from(`${exampleLines().join('\n')}\n`, 'utf8');
      const at = bytes.indexOf(Buffer.from('ü', 'utf8'));
      expect(at).toBeGreaterThan(0);
      const chunks = [bytes.subarray(0, at + 1), bytes.subarray(at + 1)];
      await importJsonl(store, Readable.from(chunks), { spoolDir });
      const stored = JSON.stringify(await store.readAll());
      expect(stored).toContain('Türkiye');
      expect(stored).not.toContain('\ufffd');
    });

    it('given a line longer than the limit, when imported, then it is refused by its number and nothing is stored', async () => {
      const lines = exampleLines();
      const long = JSON.stringify({ stream: 'negotiation-x', note: 'x'.repeat(2 * 1024 * 1024 + 10) });
      const text = [lines[0], long, ...lines.slice(1)].join('\n');
      const chunks = text.match(/[\s\S]{1,65536}/g) as string[];
      const refused = importJsonl(store, Readable.from(chunks), { spoolDir });
      await expect(refused).rejects.toMatchObject({
        problems: [{ line: 2, problem: 'longer than 2097152 characters' }],
      });
      expect(await store.headPosition()).toBe(0);
    });
  });

  it("given a log long enough for the store's writer thread, when imported in windows, then every line is stored in file order, and a write to another stream between its windows is stored too", async () => {
    const onWriter = await openSqliteEventStore({ path: join(dir, 'writer.db'), stagingWriterFrom: 100 });
    const lines = Array.from({ length: 8 }, (_, n) => exampleAs(`talks-${n}`)).flat();
    // As an analyst's write would come in during the import: with its first window.
    const other = { id: randomUUID(), type: 'StatementMade', data: { text: 'meanwhile' } };
    let written: Promise<unknown> | undefined;
    const watched = replacing(onWriter, {
      openStaging: (open) => (into: string) =>
        replacing(open(into), {
          append:
            (append) =>
            (...args) => {
              written ??= onWriter.append('elsewhere', [other], { expectedRevision: 'no-stream' });
              return append(...args);
            },
        }),
    });
    try {
      const window = Math.ceil(lines.length / 4);
      expect(window).toBeGreaterThanOrEqual(100);
      const summary = await importJsonl(watched, Readable.from([`${lines.join('\n')}\n`]), { spoolDir, window });
      await written;
      expect(summary).toMatchObject({ lines: lines.length, stored: lines.length });
      const stored = await onWriter.readAll();
      const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
      expect(stored.filter((e) => e.stream !== 'elsewhere').map((e) => e.id)).toEqual(ids);
      expect(stored.filter((e) => e.stream === 'elsewhere').map((e) => e.id)).toEqual([other.id]);
      expect(summary.position).toBe(stored.length);
      expect(readdirSync(spoolDir)).toEqual([]);
    } finally {
      await onWriter.close();
    }
  });

  describe('with the check worker', () => {
    /** Forty copies of the example log (ids of their own), read in chunks of 16 KiB cut anywhere, a turn of the event loop apart. */
    const longLog = () => Array.from({ length: 40 }, (_, n) => exampleAs(`talks-${n}`)).flat();
    async function* chunked(text: string) {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += 16 * 1024) {
        await new Promise((resolve) => setImmediate(resolve));
        yield bytes.subarray(at, at + 16 * 1024);
      }
    }

    it('given a long log, when imported with the worker from its first line, then every line is stored in file order', async () => {
      const lines = longLog();
      const summary = await importJsonl(store, Readable.from(chunked(`${lines.join('\n')}\n`)), {
        spoolDir,
        checkWorkerFrom: 0,
      });
      expect(summary).toMatchObject({ lines: lines.length, stored: lines.length });
      expect((await store.readAll()).map((e) => e.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
    });

    it('given a long log with bad lines late in it, when imported with the worker or without, then both refuse it with the same problems, the lowest line first, and store nothing', async () => {
      const lines = longLog();
      const at = lines.length - 500;
      const o = JSON.parse(lines[at]!) as Record<string, unknown>;
      lines[at] = JSON.stringify({ ...o, metadata: { ...(o.metadata as object), sources: 'none' } });
      lines[at + 200] = '{"stream":';
      const text = `${lines.join('\n')}\n`;
      const refusal = (checkWorkerFrom: number) =>
        importJsonl(store, Readable.from(chunked(text)), { spoolDir, checkWorkerFrom }).then(
          () => [],
          (error: ImportRejectedError) => error.problems,
        );
      const [withWorker, without] = [await refusal(0), await refusal(Infinity)];
      expect(withWorker[0]).toMatchObject({ line: at + 1, problem: expect.stringContaining('sources') });
      expect(withWorker).toContainEqual({ line: at + 201, problem: 'not valid JSON' });
      expect(withWorker).toEqual(without);
      expect(await store.headPosition()).toBe(0);
    });
  });
});
