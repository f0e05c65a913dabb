/**
 * The import's spool: checked lines wait in a file of the data directory
 * between the check and the append, and the file goes when the import ends —
 * stored or refused. Real SQLite file, the example log.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type EventStore, openSqliteEventStore } from '@parley/event-store';
import { ImportRejectedError, importJsonl } from './jsonl-import';

const EXAMPLE = join(__dirname, '../../../../examples/pakistan-afghanistan-2025.jsonl');

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
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(summary).toMatchObject({ lines: lines.length, stored: lines.length, skipped: 0 });
    expect((await store.readAll()).map((e) => e.id)).toEqual(lines.map((l) => l.id));
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('given a log with a bad last line, when imported, then nothing is stored and no spool file is left behind', async () => {
    const text = `${readFileSync(EXAMPLE, 'utf8').trim()}\n{"stream":"negotiation-x"}\n`;
    const refused = importJsonl(store, Readable.from([text]), { spoolDir });
    await expect(refused).rejects.toBeInstanceOf(ImportRejectedError);
    await expect(refused).rejects.toMatchObject({ problems: [{ line: 90, problem: 'missing id, type, data, metadata' }] });
    expect(await store.headPosition()).toBe(0);
    expect(readdirSync(spoolDir)).toEqual([]);
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
    expect(summary).toEqual({ lines: 0, stored: 0, skipped: 0, streams: 0, position: 0 });
    // A spool read that was never started must not fail later, once its file is gone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(spoolDir)).toEqual([]);
  });
});
