import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  decide,
  evolve,
  foldEvents,
  EVENT_ID_PATTERN,
  fromStoredEvent,
  isDomainError,
  type NegotiationEvent,
  type NegotiationState,
  negotiationIdFromStream,
  streamName,
  toStoredEvent,
} from '@parley/domain';
import type { EventStore, ExpectedRevision, NewEvent, RecordedEvent } from '@parley/event-store';
import {
  commandOf,
  contextOf,
  httpWriteProblems,
  type ImportLine,
  type Provenance,
  provenanceOf,
  type Stamped,
} from './import-line';

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
  /** Whether `recordedBy`/`recordedAt` were kept from the file or stamped by the import, and why. */
  readonly recorded: Provenance;
}

const MAX_LINE = 2 * 1024 * 1024;
const MAX_PROBLEMS = 100;
/** A new event's id: the domain's UUID pattern, in lowercase only. */
const UUID = new RegExp(EVENT_ID_PATTERN.source);

/** What the file holds of one stream, and (once the streams are held) what the store holds of it. */
interface StreamInFile {
  /** The file's line and revision of the stream's last line so far. */
  last?: { readonly line: number; readonly revision: number };
}

export interface ImportOptions {
  /**
   * Where the checked lines wait between the check and the append (files
   * removed when the import ends): on the data disk, not in memory — a log of
   * millions of events would not fit, and parsed events held by the million
   * keep the garbage collector busy. Default: the system's temp directory.
   */
  readonly spoolDir?: string;
  /** The importing key's name: `recordedBy` of a file that is not a faithful export. Default `import`. */
  readonly importedBy?: string;
  /** The import's clock (ISO date-time): `recordedAt` of a file that is not a faithful export. Default: now. */
  readonly now?: string;
  /**
   * Runs the check against the store and the append with the file's streams
   * to the import alone (the command loop's `exclusive`): writers of this
   * process wait until the import ends, so it is stored whole or not at all.
   */
  readonly exclusive?: <T>(streams: Iterable<string>, work: () => Promise<T>) => Promise<T>;
}

/**
 * Reads a whole JSONL log, checks every line, and only then appends — so a
 * line an HTTP write would refuse refuses the file with nothing stored.
 *
 * Every line goes the way of an HTTP write: the codec (`fromStoredEvent`),
 * the edge's validation of the request it would have been (import-line.ts),
 * then `decide` on its stream's state — replayed stream by stream in the
 * file's order, on top of what the store holds — and what is stored is the
 * event `decide` made, not the line. On top of that, the import's own rules:
 * ids are UUIDs, once in the file and not stored elsewhere; a stream's lines
 * are consecutive revisions (`revision`, or from 0 in file order); what the
 * store already holds of a stream must be the very same events at the same
 * revisions (skipped: a re-import is a no-op), and what is new continues it.
 *
 * The checked lines wait in spool files, not in memory: memory holds one id
 * per event, the state of each stream of the file, and a window of appends.
 * The check against the store and the append run with the file's streams held
 * (`options.exclusive`), so a concurrent write of this process waits for the
 * import and then meets the imported history.
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
    return await importVia(dir, store, input, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines of a spool file, appended in order. */
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

async function importVia(
  dir: string,
  store: EventStore,
  input: Readable,
  options: ImportOptions,
): Promise<ImportSummary> {
  const checkedFile = join(dir, 'checked.jsonl');
  const decidedFile = join(dir, 'decided.jsonl');
  const checked = spoolTo(checkedFile);
  const decided = spoolTo(decidedFile);
  try {
    const file = await checkLines(checked, input);
    const importedBy = options.importedBy ?? 'import';
    const now = options.now ?? new Date().toISOString();
    const provenance = provenanceOf(file.faithfulExport, importedBy, now);
    const exclusive = options.exclusive ?? (<T>(_streams: Iterable<string>, work: () => Promise<T>) => work());
    return await exclusive(file.streams.keys(), async () => {
      const plan = await decideAgainstStore(store, checkedFile, decided, file, { importedBy, now, provenance });
      const appended = await appendSpooled(store, decidedFile, plan);
      return {
        lines: file.count,
        ...appended,
        skipped: file.count - appended.stored,
        streams: file.streams.size,
        recorded: provenance,
      };
    });
  } finally {
    checked.destroy();
    decided.destroy();
  }
}

/** What the first pass learnt of the file. */
interface CheckedFile {
  readonly count: number;
  readonly streams: ReadonlyMap<string, StreamInFile>;
  /** Every line carries its stream `revision`, as an export writes it. */
  readonly faithfulExport: boolean;
}

/**
 * The first pass, without the store: each line parsed, decoded by the codec,
 * checked as the HTTP write it would have been, ids and revisions checked
 * across the file. Accepted lines go to the spool, each with its revision.
 */
async function checkLines(spool: Spool, input: Readable): Promise<CheckedFile> {
  const streams = new Map<string, StreamInFile>();
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  let lineNo = 0;
  let count = 0;
  let faithfulExport = true;
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
      const missing = ['stream', 'id', 'type', 'data', 'metadata'].filter((k) => o[k] === undefined);
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
      const importLine = { id: o.id, type: o.type as string, data: o.data, metadata: o.metadata };
      try {
        const event = fromStoredEvent(importLine);
        if (streamName(event.negotiationId) !== o.stream) {
          problem(`metadata.negotiationId "${event.negotiationId}" does not match stream ${o.stream}`);
          continue;
        }
      } catch (error) {
        problem((error as Error).message);
        continue;
      }
      const refused = httpWriteProblems(importLine);
      if (refused.length) {
        problem(
          `an HTTP write would refuse it: ${refused.slice(0, 5).join('; ')}${refused.length > 5 ? ` (and ${refused.length - 5} more)` : ''}`,
        );
        continue;
      }
      if (seen.has(o.id)) {
        problem(`event id ${o.id} appears twice in the file`);
        continue;
      }
      let inFile = streams.get(o.stream);
      if (!inFile) {
        inFile = {};
        streams.set(o.stream, inFile);
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
      if (o.revision === undefined) faithfulExport = false;
      seen.add(o.id);
      const revision = (o.revision as number | undefined) ?? expectedRevision ?? 0;
      inFile.last = { line: lineNo, revision };
      if (problems.length === 0)
        accepted.push(JSON.stringify({ line: lineNo, stream: o.stream, revision, ...importLine }));
      count++;
    }
    if (problems.length === 0 && accepted.length > 0 && !spool.write(`${accepted.join('\n')}\n`)) await spool.drained();
  }
  await spool.close();
  if (problems.length) throw new ImportRejectedError(problems);
  return { count, streams, faithfulExport: faithfulExport && count > 0 };
}

/** Who recorded a checked line and when, as its metadata says (the codec has checked them). */
function stampedOf(line: ImportLine): Stamped {
  const metadata = line.metadata as Stamped;
  return { recordedAt: metadata.recordedAt, recordedBy: metadata.recordedBy };
}

/** A checked line, as the spool holds it. */
interface SpooledLine extends ImportLine {
  readonly line: number;
  readonly stream: string;
  readonly revision: number;
}

/** One stream during the second pass: what the store holds of it, and its state as the file's lines are decided. */
interface StreamState {
  /** Its revision in the store when the streams were taken (-1: none). */
  readonly stored: number;
  /** The stored events, to compare the file's first lines with. */
  readonly held: readonly RecordedEvent[];
  state: NegotiationState;
  /** Events decided for it so far (the next one takes revision stored + 1 + decided). */
  decided: number;
  /** A line of this stream was refused: its later lines are not decided (they would only repeat the news). */
  refused: boolean;
}

/** What the second pass found, for the append. */
interface Plan {
  /** Runs of consecutive decided events of one stream, in file order, as the decided spool holds them. */
  readonly runs: readonly { readonly stream: string; readonly count: number }[];
  /** Each stream's revision in the store before the import (-1: none). */
  readonly stored: ReadonlyMap<string, number>;
}

/**
 * The second pass, with the streams held: each stream's stored history is
 * compared with the file's first lines of it, and every new line is decided —
 * in file order, on its stream's state — as the HTTP write it would have been.
 * The events `decide` made go to the decided spool.
 */
async function decideAgainstStore(
  store: EventStore,
  checkedFile: string,
  decided: Spool,
  file: CheckedFile,
  who: { readonly importedBy: string; readonly now: string; readonly provenance: Provenance },
): Promise<Plan> {
  const problems: ImportProblem[] = [];
  const refuse = (line: number, p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ line, problem: p });
  };
  const storeIsEmpty = (await store.headPosition()) === 0;
  const streams = new Map<string, StreamState>();
  for (const stream of file.streams.keys()) {
    const stored = storeIsEmpty ? -1 : await store.streamRevision(stream);
    const held = stored >= 0 ? await store.readStream(stream) : [];
    const state = foldEvents(held.map((e) => fromStoredEvent(e)));
    streams.set(stream, { stored, held, state, decided: 0, refused: false });
  }
  const runs: { stream: string; count: number }[] = [];
  const source = createReadStream(checkedFile);
  source.on('error', () => undefined);
  const nowInstant = Date.parse(who.now);
  try {
    for await (const batch of lineBatches(source)) {
      const out: string[] = [];
      for (const text of batch) {
        const line = JSON.parse(text) as SpooledLine;
        const s = streams.get(line.stream)!;
        if (s.refused) continue;
        if (line.revision <= s.stored) {
          // What the store already holds of the stream must be this very event.
          const mine = s.held[line.revision];
          if (mine && mine.id === line.id && sameEvent(mine, line)) continue;
          refuse(
            line.line,
            `${line.stream} already holds ${mine ? `event ${mine.id} (${mine.type})` : 'another event'} at revision ${line.revision}, ` +
              `where the file has ${line.id} (${line.type}): the file is not the stored history of ${line.stream}; nothing was imported`,
          );
          s.refused = true;
          continue;
        }
        const next = s.stored + 1 + s.decided;
        if (line.revision !== next) {
          refuse(
            line.line,
            `${line.stream} is at revision ${s.stored} in the store, but the file's events of it start at revision ${line.revision}: ` +
              `revisions ${next} to ${line.revision - 1} are missing; nothing was imported`,
          );
          s.refused = true;
          continue;
        }
        if (!storeIsEmpty) {
          const existing = await store.readEvent(line.id);
          if (existing) {
            refuse(
              line.line,
              `event id ${line.id} is already stored in ${existing.stream} at revision ${existing.revision}`,
            );
            s.refused = true;
            continue;
          }
        }
        // The codec checked the line's envelope in the first pass: its stamped fields are read, not decoded again.
        const event = stampedOf(line);
        if (who.provenance.kept && Date.parse(event.recordedAt) > nowInstant) {
          refuse(
            line.line,
            `metadata.recordedAt ${event.recordedAt} is after the import (${who.now}): a faithful export records nothing in the future`,
          );
          s.refused = true;
          continue;
        }
        let made: NegotiationEvent[];
        try {
          made = decide(
            commandOf(line, negotiationIdFromStream(line.stream) as string),
            s.state,
            contextOf(event, who.provenance, who.importedBy, who.now),
          );
        } catch (error) {
          if (!isDomainError(error)) throw error;
          refuse(line.line, `an HTTP write would refuse it (${error.code}): ${error.message}`);
          s.refused = true;
          continue;
        }
        for (const e of made) {
          s.state = evolve(s.state, e);
          out.push(JSON.stringify(toStoredEvent(e)));
          let run = runs[runs.length - 1];
          if (!run || run.stream !== line.stream || run.count >= 1000) {
            run = { stream: line.stream, count: 0 };
            runs.push(run);
          }
          run.count++;
        }
        s.decided += made.length;
      }
      if (problems.length === 0 && out.length > 0 && !decided.write(`${out.join('\n')}\n`)) await decided.drained();
    }
  } finally {
    source.destroy();
  }
  await decided.close();
  if (problems.length) throw new ImportRejectedError(problems.sort((a, b) => a.line - b.line));
  return { runs, stored: new Map([...streams].map(([stream, s]) => [stream, s.stored])) };
}

/**
 * The decided events again, from their spool, appended run by run. Appends
 * issued together are group-committed by the SQLite store in issue order: few
 * transactions, and the imported log keeps the file's order. Each stream's
 * first append expects the revision it had when the streams were taken.
 */
async function appendSpooled(
  store: EventStore,
  spoolFile: string,
  plan: Plan,
): Promise<{ stored: number; position: number }> {
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
    return JSON.parse(buffered[next++] as string) as NewEvent;
  };
  try {
    for (let i = 0; i < plan.runs.length;) {
      const window: Promise<void>[] = [];
      let size = 0;
      for (; i < plan.runs.length && size < WINDOW; i++) {
        const run = plan.runs[i]!;
        const events: NewEvent[] = [];
        for (let k = 0; k < run.count; k++) events.push(await nextEvent());
        size += events.length;
        const firstAppend = !appended.has(run.stream);
        appended.add(run.stream);
        const current = plan.stored.get(run.stream) ?? -1;
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
  return { stored, position };
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

/** The same fact: type, data and metadata equal (key order aside). */
function sameEvent(recorded: RecordedEvent, event: ImportLine): boolean {
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
