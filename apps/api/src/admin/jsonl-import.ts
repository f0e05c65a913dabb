import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fromStoredEvent, negotiationIdFromStream } from '@parley/domain';
import type { EventStore, ExpectedRevision, JsonObject, NewEvent, RecordedEvent } from '@parley/event-store';

/** One bad line of an import: nothing of the file is stored. */
export interface ImportProblem {
  readonly line: number;
  readonly problem: string;
}

export class ImportRejectedError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(
      `import refused, nothing stored: ${problems
        .slice(0, 5)
        .map((p) => `line ${p.line}: ${p.problem}`)
        .join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
    );
    this.name = 'ImportRejectedError';
  }
}

export interface ImportSummary {
  readonly lines: number;
  readonly stored: number;
  /** Already in the log with the same id on the same stream: skipped (re-import is a no-op). */
  readonly skipped: number;
  readonly streams: number;
  /** Position of the last stored event: pass it as `minPosition` to read the imported views. */
  readonly position: number;
}

const MAX_LINE = 2 * 1024 * 1024;
const MAX_PROBLEMS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One event of the file: its line, and the stream revision it takes (the file's `revision`, or its place among the stream's lines). */
interface FileEvent {
  readonly line: number;
  readonly revision: number;
  readonly id: string;
  /** The event itself, kept only for a stream the store already has (to compare with it). */
  readonly event: NewEvent | undefined;
}

/** What the file holds of one stream. */
interface StreamInFile {
  /** The stream's revision in the store when the import started (-1: none). */
  readonly stored: number;
  first?: FileEvent;
  last?: FileEvent;
  /** Every event of the stream, kept only when the store has the stream (to compare with it). */
  readonly items?: FileEvent[];
}

export interface ImportOptions {
  /**
   * Where the checked lines wait between the check and the append (a file
   * removed when the import ends): on the data disk, not in memory — a log of
   * millions of events would not fit, and parsed events held by the million
   * keep the garbage collector busy. Default: the system's temp directory.
   */
  readonly spoolDir?: string;
}

/**
 * Reads a whole JSONL log, checks every line, and only then appends — so a
 * malformed line refuses the file with nothing stored. The checked lines wait
 * in a spool file, not in memory: memory holds one id per event and a window
 * of appends. Idempotent: events
 * whose id is already stored on the same stream are skipped; an id stored on
 * another stream refuses the file.
 *
 * A file is a log: each stream's lines are its history, at the `revision` they
 * carry (consecutive) or, without one, from revision 0 in file order. Before
 * anything is stored, every stream of the file is checked against the store:
 * what the store already holds must be the same events at the same revisions,
 * and what is new must continue the stored stream at its next revision. So a
 * different log for a negotiation that already exists (another opening, other
 * events) refuses the whole file, naming the stream, instead of being mixed in.
 */
export async function importJsonl(
  store: EventStore,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const parent = options.spoolDir ?? tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'parley-import-'));
  try {
    return await importVia(join(dir, 'checked.jsonl'), store, input);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines of the spool file: the checked events, appended in this order. */
interface Spool {
  /** Writes text as it is (lines with their newlines); false when the file's buffer is full: await `drained()` before writing more. */
  write(text: string): boolean;
  drained(): Promise<void>;
  close(): Promise<void>;
  /** Lets go of the file whatever happened (before it is deleted). */
  destroy(): void;
}

function spoolTo(file: string): Spool {
  const out: WriteStream = createWriteStream(file);
  let failed: Error | undefined;
  out.on('error', (error) => (failed = error));
  return {
    write(text) {
      if (failed) throw failed;
      return out.write(text);
    },
    async drained() {
      // (`once` also rejects if the stream fails while we wait.)
      await once(out, 'drain');
    },
    async close() {
      if (failed) throw failed;
      out.end();
      await once(out, 'finish');
    },
    destroy() {
      out.destroy();
    },
  };
}

async function importVia(spoolFile: string, store: EventStore, input: Readable): Promise<ImportSummary> {
  const spool = spoolTo(spoolFile);
  try {
    return await checkThenAppend(spool, spoolFile, store, input);
  } finally {
    spool.destroy();
  }
}

async function checkThenAppend(
  spool: Spool,
  spoolFile: string,
  store: EventStore,
  input: Readable,
): Promise<ImportSummary> {
  // Runs of consecutive lines of one stream, in file order (their events are in the spool), so the log keeps its order across streams.
  const runs: { stream: string; count: number }[] = [];
  const streams = new Set<string>();
  /** Event id → its line. */
  const seen = new Map<string, number>();
  const byStream = new Map<string, StreamInFile>();
  const storeIsEmpty = (await store.headPosition()) === 0;
  const problems: ImportProblem[] = [];
  let lineNo = 0;
  let count = 0;
  const problem = (p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line: lineNo, problem: p });
  };
  for await (const batch of lineBatches(input)) {
    // The batch's accepted lines go to the spool in one write.
    const accepted: string[] = [];
    for (const raw of batch) {
      lineNo++;
      if (raw === TOO_LONG) {
        problem(`longer than ${MAX_LINE} characters`);
        continue;
      }
      const line = raw.trim();
      if (line === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        problem('not valid JSON');
        continue;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        problem('must be a JSON object');
        continue;
      }
      const o = parsed as Record<string, unknown>;
      const missing =
        o.stream === undefined ||
        o.id === undefined ||
        o.type === undefined ||
        o.data === undefined ||
        o.metadata === undefined
          ? ['stream', 'id', 'type', 'data', 'metadata'].filter((k) => o[k] === undefined)
          : [];
      if (missing.length) {
        problem(`missing ${missing.join(', ')}`);
        continue;
      }
      if (typeof o.stream !== 'string' || !negotiationIdFromStream(o.stream)) {
        problem(`stream must be "negotiation-<id>", got ${JSON.stringify(o.stream).slice(0, 80)}`);
        continue;
      }
      if (typeof o.id !== 'string' || !UUID.test(o.id)) {
        problem('id must be a lowercase UUID');
        continue;
      }
      try {
        const event = fromStoredEvent({ id: o.id, type: o.type as string, data: o.data, metadata: o.metadata });
        if (`negotiation-${event.negotiationId}` !== o.stream) {
          problem(`metadata.negotiationId "${event.negotiationId}" does not match stream ${o.stream}`);
          continue;
        }
      } catch (error) {
        problem((error as Error).message);
        continue;
      }
      const before = seen.get(o.id);
      if (before !== undefined) {
        problem(`event id ${o.id} appears twice in the file`);
        continue;
      }
      let inFile = byStream.get(o.stream);
      if (!inFile) {
        const stored = storeIsEmpty ? -1 : await store.streamRevision(o.stream);
        inFile = { stored, items: stored >= 0 ? [] : undefined };
        byStream.set(o.stream, inFile);
      }
      const previous = inFile.last;
      const expectedRevision = previous ? previous.revision + 1 : undefined;
      if (
        o.revision !== undefined &&
        (typeof o.revision !== 'number' || !Number.isSafeInteger(o.revision) || o.revision < 0)
      ) {
        problem(`revision must be a whole number ≥ 0, got ${JSON.stringify(o.revision).slice(0, 40)}`);
        continue;
      }
      // (After a bad line, a stream's revisions are bound to jump: only the first problem is news.)
      if (o.revision !== undefined && previous && o.revision !== expectedRevision && problems.length === 0) {
        problem(
          `revision ${o.revision} of ${o.stream} does not follow revision ${previous.revision} on its line ${previous.line}: a stream's revisions must be consecutive`,
        );
        continue;
      }
      seen.set(o.id, lineNo);
      const revision = (o.revision as number | undefined) ?? expectedRevision ?? 0;
      // Only a stream the store already has needs its events at hand (to compare with what is stored); the rest wait in the spool.
      const item: FileEvent = { line: lineNo, revision, id: o.id, event: inFile.items ? toNewEvent(o) : undefined };
      inFile.first ??= item;
      inFile.last = item;
      inFile.items?.push(item);
      if (problems.length === 0) accepted.push(line);
      let run = runs[runs.length - 1];
      if (!run || run.stream !== o.stream || run.count >= 1000) {
        run = { stream: o.stream, count: 0 };
        runs.push(run);
      }
      run.count++;
      streams.add(o.stream);
      count++;
    }
    if (problems.length === 0 && accepted.length > 0 && !spool.write(`${accepted.join('\n')}\n`)) await spool.drained();
  }
  await spool.close();
  if (problems.length) throw new ImportRejectedError(problems);

  // Before storing anything: each stream's history against the store, and ids stored elsewhere.
  const alreadyStored = new Set<string>();
  const refuse = (line: number, p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, problem: p });
  };
  for (const [stream, { stored: current, first, items }] of byStream) {
    if (!first) continue;
    if (first.revision > current + 1) {
      refuse(
        first.line,
        `${stream} is at revision ${current} in the store, but the file's events of it start at revision ${first.revision}: ` +
          `revisions ${current + 1} to ${first.revision - 1} are missing; nothing was imported`,
      );
      continue;
    }
    if (!items || first.revision > current) continue;
    // What the store already holds of the stream must be these very events.
    const held = await store.readStream(stream, {
      fromRevision: first.revision,
      maxCount: Math.min(items.length, current - first.revision + 1),
    });
    for (const item of items) {
      if (item.revision > current) break;
      const mine = held[item.revision - first.revision];
      const event = item.event as NewEvent;
      if (mine && mine.id === item.id && sameEvent(mine, event)) {
        alreadyStored.add(item.id);
        continue;
      }
      refuse(
        item.line,
        `${stream} already holds ${mine ? `event ${mine.id} (${mine.type})` : 'another event'} at revision ${item.revision}, ` +
          `where the file has ${item.id} (${event.type}): the file is not the stored history of ${stream}; nothing was imported`,
      );
      break;
    }
  }
  if (!storeIsEmpty) {
    // An id the store holds on another stream (or at another place of this one) cannot be imported here.
    for (const [id, line] of seen) {
      if (alreadyStored.has(id)) continue;
      const existing = await store.readEvent(id);
      if (existing)
        refuse(line, `event id ${id} is already stored in ${existing.stream} at revision ${existing.revision}`);
    }
  }
  if (problems.length) throw new ImportRejectedError(problems);
  seen.clear();

  return appendSpooled(store, spoolFile, { runs, byStream, alreadyStored, lines: count, streams: streams.size });
}

/** What the check found, for the append. */
interface Plan {
  /** Runs of consecutive lines of one stream, in file order, as the spool holds them. */
  readonly runs: readonly { readonly stream: string; readonly count: number }[];
  readonly byStream: ReadonlyMap<string, StreamInFile>;
  /** Ids of the file already stored where the file puts them: skipped. */
  readonly alreadyStored: ReadonlySet<string>;
  readonly lines: number;
  readonly streams: number;
}

/**
 * The checked lines again, from the spool, appended run by run. Appends issued
 * together are group-committed by the SQLite store in issue order: few
 * transactions, and the imported log keeps the file's order.
 */
async function appendSpooled(store: EventStore, spoolFile: string, plan: Plan): Promise<ImportSummary> {
  const WINDOW = Number(process.env['PARLEY_IMPORT_WINDOW'] || 5000);
  let stored = 0;
  let position = 0;
  const appended = new Set<string>();
  const source = createReadStream(spoolFile);
  // Read errors reach the loop below through the iterator; one after the loop is over (the spool is
  // let go of, then deleted, possibly before the file was even opened) concerns nobody.
  source.on('error', () => undefined);
  const spooled = lineBatches(source);
  let buffered: string[] = [];
  let next = 0;
  const nextEvent = async (): Promise<NewEvent> => {
    while (next >= buffered.length) {
      const batch = await spooled.next();
      if (batch.done) throw new Error('import spool ended early');
      buffered = batch.value;
      next = 0;
    }
    return toNewEvent(JSON.parse(buffered[next++] as string) as Record<string, unknown>);
  };
  try {
    for (let i = 0; i < plan.runs.length;) {
      const window: Promise<void>[] = [];
      let size = 0;
      for (; i < plan.runs.length && size < WINDOW; i++) {
        const run = plan.runs[i]!;
        const events: NewEvent[] = [];
        for (let k = 0; k < run.count; k++) {
          const event = await nextEvent();
          if (!plan.alreadyStored.has(event.id)) events.push(event);
        }
        if (events.length === 0) continue;
        size += events.length;
        const firstAppend = !appended.has(run.stream);
        appended.add(run.stream);
        const current = plan.byStream.get(run.stream)?.stored ?? -1;
        const expectedRevision: ExpectedRevision = firstAppend ? (current === -1 ? 'no-stream' : current) : 'any';
        window.push(
          store.append(run.stream, events, { expectedRevision }).then((result) => {
            if (!result.duplicate) stored += result.events.length;
            const last = result.events[result.events.length - 1];
            if (last && last.position > position) position = last.position;
          }),
        );
      }
      await Promise.all(window);
    }
  } finally {
    // Before the spool is deleted, whether or not it was read to the end.
    source.destroy();
  }
  return { lines: plan.lines, stored, skipped: plan.lines - stored, streams: plan.streams, position };
}

/** Stands for a line longer than MAX_LINE (which is not kept): no line of text can equal it. */
const TOO_LONG = '\u0000(line too long)';

/**
 * The lines of a text stream, a chunk's worth at a time (`\n` ends a line, a
 * `\r` before it is dropped; the last line needs no `\n`). Cheaper than
 * readline's event and promise per line on a file of a million lines. A line
 * longer than MAX_LINE is not held: it comes out as TOO_LONG.
 */
async function* lineBatches(input: Readable): AsyncGenerator<string[]> {
  input.setEncoding('utf8');
  let carry = '';
  let overlong = false;
  const line = (text: string): string =>
    overlong || text.length > MAX_LINE ? TOO_LONG : text.endsWith('\r') ? text.slice(0, -1) : text;
  for await (const chunk of input as AsyncIterable<string>) {
    const batch: string[] = [];
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      batch.push(line(carry + chunk.slice(start, end)));
      carry = '';
      overlong = false;
      start = end + 1;
    }
    if (!overlong) carry += chunk.slice(start);
    if (carry.length > MAX_LINE) {
      overlong = true;
      carry = '';
    }
    if (batch.length > 0) yield batch;
  }
  if (carry !== '' || overlong) yield [line(carry)];
}

function toNewEvent(o: Record<string, unknown>): NewEvent {
  return { id: o.id as string, type: o.type as string, data: o.data as JsonObject, metadata: o.metadata as JsonObject };
}

/** The same fact: type, data and metadata equal (key order aside). */
function sameEvent(recorded: RecordedEvent, event: NewEvent): boolean {
  return (
    recorded.type === event.type &&
    canonical(recorded.data) === canonical(event.data) &&
    canonical(recorded.metadata) === canonical(event.metadata ?? {})
  );
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
