import { createReadStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  type EventKeeper,
  foldEvents,
  fromStoredEvent,
  isDomainError,
  type NegotiationEvent,
  type NegotiationState,
  negotiationIdFromStream,
  storedMetadata,
  TransientNegotiation,
} from '@parley/domain';
import {
  type EncodedNewEvent,
  type EventStaging,
  type EventStore,
  type ExpectedRevision,
  type RecordedEvent,
  type StagedEvent,
  SpoolFile,
} from '@parley/event-store';
import { CheckWorker, GROUPS_AHEAD } from './check-worker';
import { IMPORT_WINDOW } from './import-window';
import { commandOf, contextOf, type ImportLine, type Provenance, provenanceOf, type Stamped } from './import-line';
import { type CheckedLine, checkedLine, checkLine, linesOf, MAX_LINE } from './line-check';

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

const MAX_PROBLEMS = 100;

export interface ImportOptions {
  /**
   * Where the decided events wait between the check and the append (the
   * store's staging and the import's own rows; files removed when the import
   * ends): on the data disk, not in memory — a log of
   * millions of events would not fit, and parsed events held by the million
   * keep the garbage collector busy. Default: the system's temp directory.
   */
  readonly spoolDir?: string;
  /** The importing key's name: `recordedBy` of a file that is not a faithful export. Default `import`. */
  readonly importedBy?: string;
  /** The import's clock (ISO date-time): `recordedAt` of a file that is not a faithful export. Default: now. */
  readonly now?: string;
  /**
   * Runs `work` with `streams` to the import alone (the command loop's
   * `exclusive`): writers of this process wait until it ends. The import
   * takes each of the file's streams this way as the stream first appears in
   * the file, before reading what the store holds of it, and keeps it until
   * the import ends — so it is checked and stored whole or not at all.
   */
  readonly exclusive?: <T>(streams: Iterable<string>, work: () => Promise<T>) => Promise<T>;
  /**
   * From how many lines on the checks a line needs nothing else for run on a
   * second thread (`CheckWorker`), ahead of the decisions; `Infinity`: never.
   * Default: from CHECK_WORKER_FROM lines with 4 cores or more, else never.
   */
  readonly checkWorkerFrom?: number;
  /** Events appended per write transaction (`PARLEY_IMPORT_WINDOW`). Default: IMPORT_WINDOW. */
  readonly window?: number;
}

/** A file this long gets a check worker: below it, loading the checks on a second thread costs more than it saves. */
export const CHECK_WORKER_FROM = 2000;

/**
 * The default check worker needs 4 cores: on 2, beside V8's GC helpers (and,
 * in the bench, the client sending the file), it took 10–15 µs per event off
 * the import's thread but added 20–40 µs of CPU in all, and no wall time could
 * be shown saved — measured again quiet in session 29 (0.72× against 0.71× of
 * raw, 180 MiB more), unlike the store's read-ahead, which pays there
 * (bench/README.md, "The 1M rebuild read ahead on 2 cores").
 */
const WORKER_CORES = 4;

/** Bytes of lines per group handed to the check worker. */
const GROUP_BYTES = 64 * 1024;

/** Imports into one store run one after another: each holds its streams as it meets them, so two could wait on each other. */
const importing = new WeakMap<EventStore, Promise<unknown>>();

/**
 * Reads a whole JSONL log, checks and decides every line, and only then
 * appends — so a line an HTTP write would refuse refuses the file with
 * nothing stored.
 *
 * Every line goes the way of an HTTP write: the codec (`fromStoredEvent`),
 * the edge's validation of the request it would have been (import-line.ts),
 * then `decide` on its stream's state — kept in memory from what the store
 * holds and the file's lines so far — and what is stored is the event
 * `decide` made, not the line. On top of that, the import's own rules: ids
 * are UUIDs, once in the file and not stored elsewhere; a stream's lines are
 * consecutive revisions (`revision`, or from 0 in file order); what the store
 * already holds of a stream must be the very same events at the same
 * revisions (skipped: a re-import is a no-op), and what is new continues it.
 *
 * One pass over the file parses, checks, decides and encodes each line once;
 * the encoded events wait staged in the store (`EventStaging`, on disk, not in
 * memory: memory holds one id per event and the state of each stream of the
 * file), and are appended from there in large group-committed windows. Each
 * stream is held (`options.exclusive`)
 * from its first line on, so a concurrent write of this process waits for the
 * import and then meets the imported history.
 */
export async function importJsonl(
  store: EventStore,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  // Before anything is read: a window it could not append by would only show after the whole file was checked.
  const window = options.window ?? IMPORT_WINDOW;
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`import window must be a positive integer, got ${window}`);
  const before = importing.get(store) ?? Promise.resolve();
  const run = before.then(async () => {
    const parent = options.spoolDir ?? tmpdir();
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(join(parent, 'parley-import-'));
    try {
      return await importVia(dir, store, input, { ...options, window });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const settled = run.catch(() => undefined);
  importing.set(store, settled);
  void settled.then(() => {
    if (importing.get(store) === settled) importing.delete(store);
  });
  return run;
}

/**
 * Where a pass over the file leaves what it decided: each decided event
 * staged in the store (`EventStaging`: the append stores it from there), and
 * a row per line in file order (`rows`: a decided event's place in the
 * staging, or a line kept undecided) for a re-decision.
 */
interface Spool {
  readonly rows: SpoolFile;
  readonly staging: EventStaging;
}

/**
 * Keeps each decided event where the append stores it from — staged in the
 * store, encoded once — and reads it back from there when a rule needs it
 * again (a correction's target, the replay a correction or retraction is
 * checked by): the streams' states hold each event's id and place, not the
 * parsed event.
 */
class SpoolKeeper implements EventKeeper {
  /** The line being decided: its events' rows carry its number, revision and stream. */
  line: SpooledLine | undefined;

  constructor(readonly spool: Spool) {}

  keep(event: NegotiationEvent): number {
    const line = this.line;
    if (!line) throw new Error('SpoolKeeper: no line being decided');
    // Encoded once, as the codec encodes (JSON drops what is undefined, as its copy does).
    const seq = this.spool.staging.stage(line.stream, {
      id: line.id,
      type: line.type,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(storedMetadata(event)),
    });
    this.spool.rows.append(`d\t${line.line}\t${line.revision}\t${line.stream}\t${seq}\n`);
    return seq;
  }

  recall(seq: number): NegotiationEvent {
    return eventOfStaged(this.spool.staging.staged(seq));
  }
}

/** The file's streams, each held for the import from its first line until the import ends. */
class StreamHolds {
  private readonly releases: (() => void)[] = [];

  constructor(private readonly exclusive: ImportOptions['exclusive']) {}

  /** Resolves once `stream` is the import's alone. */
  take(stream: string): Promise<void> {
    const exclusive = this.exclusive;
    if (!exclusive) return Promise.resolve();
    return new Promise((held) => {
      const released = new Promise<void>((release) => this.releases.push(release));
      exclusive([stream], () => {
        held();
        return released;
      }).catch(() => undefined);
    });
  }

  releaseAll(): void {
    for (const release of this.releases) release();
  }
}

async function importVia(
  dir: string,
  store: EventStore,
  input: Readable,
  options: ImportOptions & { readonly window: number },
): Promise<ImportSummary> {
  const holds = new StreamHolds(options.exclusive);
  const spools: Spool[] = [];
  const spool = (name: string): Spool => {
    const rows = new SpoolFile(join(dir, name));
    let staging: EventStaging;
    try {
      staging = store.openStaging(dir);
    } catch (error) {
      rows.destroy();
      throw error;
    }
    const made = { rows, staging };
    spools.push(made);
    return made;
  };
  try {
    const plan = await decideFile(
      store,
      input,
      spool,
      holds,
      {
        importedBy: options.importedBy ?? 'import',
        now: options.now ?? new Date().toISOString(),
      },
      options.checkWorkerFrom,
    );
    const appended = await appendStaged(plan, options.window);
    return {
      lines: plan.count,
      ...appended,
      skipped: plan.count - appended.stored,
      streams: plan.stored.size,
      recorded: plan.provenance,
    };
  } finally {
    holds.releaseAll();
    for (const s of spools) {
      s.rows.destroy();
      s.staging.close();
    }
  }
}

/** What the append needs of the decided file (the streams' states, every decided event in them, are let go of). */
interface Plan {
  /** The decided events, staged in the store. */
  readonly staging: EventStaging;
  readonly count: number;
  readonly provenance: Provenance;
  /** How many events are staged to append. */
  readonly decided: number;
  /** Each stream's revision in the store when it was taken (-1: none). */
  readonly stored: ReadonlyMap<string, number>;
}

/** The file checked and decided (again, if it stopped being a faithful export midway); refused if a line is bad. */
async function decideFile(
  store: EventStore,
  input: Readable,
  spool: (name: string) => Spool,
  holds: StreamHolds,
  who: { readonly importedBy: string; readonly now: string },
  checkWorkerFrom: number | undefined,
): Promise<Plan> {
  const first = spool('decided.tsv');
  let pass = await checkAndDecide(store, input, first, holds, who, checkWorkerFrom);
  let staging = first.staging;
  if (pass.redecide) {
    // Its first lines carried revisions, a later one not: stamped like any other file, its lines decided again so.
    const again = spool('redecided.tsv');
    pass = await redecide(store, pass, first, again, who);
    first.staging.close();
    staging = again.staging;
  }
  const problems = [...pass.fileProblems, ...pass.ruleProblems].sort((a, b) => a.line - b.line);
  if (problems.length) throw new ImportRejectedError(problems.slice(0, MAX_PROBLEMS));
  const { count, provenance } = pass;
  let decided = 0;
  for (const s of pass.streams.values()) decided += s.decided;
  return {
    staging,
    count,
    provenance,
    decided,
    stored: new Map([...pass.streams].map(([name, s]) => [name, s.stored])),
  };
}

/** One stream of the file: its lines so far, what the store held of it when it was taken, and its state as decided. */
interface StreamState {
  /** The file's line and revision of the stream's last line so far. */
  last?: { readonly line: number; readonly revision: number };
  /** Its revision in the store when it was taken (-1: none). */
  readonly stored: number;
  /** The stored events, to compare the file's first lines with. */
  readonly held: readonly RecordedEvent[];
  /** Its state from the stored events alone (a re-decision starts from it). */
  readonly storedState: NegotiationState;
  /** Its state as decided so far: the import's alone, so changed in place rather than copied per event. */
  state: TransientNegotiation;
  /** Events decided for it so far (the next one takes revision stored + 1 + decided). */
  decided: number;
  /** A line of this stream was refused: its later lines are not decided (they would only repeat the news). */
  refused: boolean;
}

/** Who decides, and how the file's recordings are taken: `provenance` may change once the whole file is read. */
interface Deciding {
  readonly importedBy: string;
  readonly now: string;
  readonly nowInstant: number;
  readonly storeIsEmpty: boolean;
  provenance: Provenance;
}

/** A line that passed the file's checks, as decided (or kept for a re-decision). */
interface SpooledLine extends ImportLine {
  readonly line: number;
  readonly stream: string;
  readonly revision: number;
  /** The HTTP body the line stands for (`requestBody`), as the check built it; a line read back from the spool has none. */
  readonly body?: Record<string, unknown>;
}

/** What the pass over the file found. */
interface Pass {
  readonly count: number;
  readonly streams: ReadonlyMap<string, StreamState>;
  readonly provenance: Provenance;
  /** Problems of the file itself (its lines, ids, revisions, what the store holds): they stand whatever the provenance. */
  readonly fileProblems: readonly ImportProblem[];
  /** Refusals by the rules (and the recording's time): they depend on the provenance they were decided under. */
  readonly ruleProblems: readonly ImportProblem[];
  /** The lines were decided as a faithful export's, and the file turned out not to be one. */
  readonly redecide: boolean;
  /** The store held nothing when the import began (no id of the file can be stored elsewhere). */
  readonly storeIsEmpty: boolean;
}

/**
 * A spool row, tab-separated: `d` a decided event (its line, revision,
 * stream and number in the staging), `u` a line kept undecided (only for a
 * re-decision: its line, revision, stream, id, type, then its data and
 * metadata as JSON text, which never holds a raw tab).
 */
function undecidedRow(line: SpooledLine): string {
  return `u\t${line.line}\t${line.revision}\t${line.stream}\t${line.id}\t${line.type}\t${JSON.stringify(line.data)}\t${JSON.stringify(line.metadata)}\n`;
}

/** An encoded event's data and metadata decoded (`JSON.parse` of the text the append will store). */
function decoded(event: EncodedNewEvent): { id: string; type: string; data: unknown; metadata: unknown } {
  return { id: event.id, type: event.type, data: JSON.parse(event.data), metadata: JSON.parse(event.metadata) };
}

/** A staged event back as the event (the codec decodes what the append will store). */
function eventOfStaged({ event }: StagedEvent): NegotiationEvent {
  return fromStoredEvent(decoded(event));
}

/** A spool row back as its line (a decided event's read from the staging). */
function readRow(text: string, staging: EventStaging): SpooledLine {
  const [kind, line, revision, stream, ...rest] = text.split('\t') as [string, string, string, string, ...string[]];
  const [id, type, data, metadata] = rest as [string, string, string, string];
  const event = kind === 'd' ? staging.staged(Number(rest[0])).event : { id, type, data, metadata };
  return { line: Number(line), revision: Number(revision), stream, ...decoded(event) };
}

/**
 * The pass over the file: each line parsed, decoded by the codec, checked as
 * the HTTP write it would have been, ids and revisions checked across the
 * file; then, its stream held and its stored history read at the stream's
 * first line, compared with what the store holds or decided on the stream's
 * state. The decided events go to the spool, encoded.
 *
 * Whether the file is a faithful export (every line with its `revision`) is
 * known only at its end; the lines are decided as its first line says. A file
 * whose first lines have revisions and a later one not is decided again
 * (`redecide`), from the spool, as the stamped file it is.
 */
async function checkAndDecide(
  store: EventStore,
  input: Readable,
  spool: Spool,
  holds: StreamHolds,
  who: { readonly importedBy: string; readonly now: string },
  checkWorkerFrom: number | undefined,
): Promise<Pass> {
  const streams = new Map<string, StreamState>();
  const seen = new Set<string>();
  const fileProblems: ImportProblem[] = [];
  const ruleProblems: ImportProblem[] = [];
  let lineNo = 0;
  let count = 0;
  /** Every line so far carries its revision; `undefined` until the first line. */
  let withRevisions: boolean | undefined;
  let redecide = false;
  const deciding: Deciding = {
    importedBy: who.importedBy,
    now: who.now,
    nowInstant: Date.parse(who.now),
    storeIsEmpty: (await store.headPosition()) === 0,
    provenance: provenanceOf(true, who.importedBy, who.now),
  };
  const problem = (p: string) => {
    if (fileProblems.length < MAX_PROBLEMS) fileProblems.push({ line: lineNo, problem: p });
  };
  const keeper = new SpoolKeeper(spool);
  const checking = new LineChecks(checkWorkerFrom);
  try {
    for await (const group of checking.groups(lineChunks(input))) {
      const { texts } = group;
      // Vouched for by the check worker: every line passed the checks it needs nothing else for.
      const vouched = checking.passed(group);
      for (const raw of texts) {
        lineNo++;
        const text = raw.trim();
        if (text === '') continue;
        let o: CheckedLine;
        if (vouched) {
          o = checkedLine(text);
        } else {
          const check = checkLine(text);
          if (check.line === undefined) {
            problem(check.problem);
            continue;
          }
          o = check.line;
        }
        if (seen.has(o.id)) {
          problem(`event id ${o.id} appears twice in the file`);
          continue;
        }
        let s = streams.get(o.stream);
        if (!s) {
          s = await takeStream(store, holds, o.stream, deciding.storeIsEmpty, keeper);
          streams.set(o.stream, s);
        }
        const previous = s.last;
        const expectedRevision = previous ? previous.revision + 1 : undefined;
        if (
          o.revision !== undefined &&
          (typeof o.revision !== 'number' || !Number.isSafeInteger(o.revision) || o.revision < 0)
        ) {
          problem(`revision must be a whole number ≥ 0, got ${JSON.stringify(o.revision).slice(0, 40)}`);
          continue;
        }
        // (After a bad line, a stream's revisions are bound to jump: only the first problem is news.)
        if (o.revision !== undefined && previous && o.revision !== expectedRevision && fileProblems.length === 0) {
          problem(
            `revision ${o.revision} of ${o.stream} does not follow revision ${previous.revision} on its line ${previous.line}: a stream's revisions must be consecutive`,
          );
          continue;
        }
        const hasRevision = o.revision !== undefined;
        if (withRevisions === undefined) {
          withRevisions = hasRevision;
          if (!hasRevision) deciding.provenance = provenanceOf(false, who.importedBy, who.now);
        } else if (withRevisions && !hasRevision) {
          // Decided so far as a faithful export's lines: they are all decided again once the file is read.
          withRevisions = false;
          redecide = true;
        }
        seen.add(o.id);
        const revision = (o.revision as number | undefined) ?? expectedRevision ?? 0;
        s.last = { line: lineNo, revision };
        count++;
        if (fileProblems.length > 0) continue;
        const line: SpooledLine = {
          id: o.id,
          type: o.type,
          data: o.data,
          metadata: o.metadata,
          line: lineNo,
          stream: o.stream,
          revision,
          body: o.body,
        };
        if (redecide || s.refused) {
          spool.rows.append(undecidedRow(line));
          continue;
        }
        const existing = deciding.storeIsEmpty ? undefined : await storedUnder(store, s, line, deciding);
        decideLine(s, line, existing, deciding, { fileProblems, ruleProblems }, keeper);
      }
      // The group's rows go to the spool in one write.
      if (fileProblems.length === 0) spool.rows.flush();
    }
  } finally {
    checking.stop();
  }
  spool.rows.close();
  const faithful = withRevisions === true && count > 0;
  return {
    count,
    streams,
    provenance: faithful ? deciding.provenance : provenanceOf(false, who.importedBy, who.now),
    fileProblems,
    ruleProblems,
    redecide: redecide && fileProblems.length === 0,
    storeIsEmpty: deciding.storeIsEmpty,
  };
}

/** Holds `stream` for the import, then reads what the store holds of it. */
async function takeStream(
  store: EventStore,
  holds: StreamHolds,
  stream: string,
  storeIsEmpty: boolean,
  keeper: SpoolKeeper,
): Promise<StreamState> {
  await holds.take(stream);
  const stored = storeIsEmpty ? -1 : await store.streamRevision(stream);
  const held = stored >= 0 ? await store.readStream(stream) : [];
  const state = foldEvents(held.map((e) => fromStoredEvent(e)));
  return {
    stored,
    held,
    storedState: state,
    state: new TransientNegotiation(state, keeper),
    decided: 0,
    refused: false,
  };
}

/**
 * The event stored under a line's id, if any, when the line would be new to
 * its stream: it may not be stored elsewhere. Nothing to look up in a store
 * that was empty, or for a line the store holds (compared with what it holds).
 */
async function storedUnder(store: EventStore, s: StreamState, line: SpooledLine, who: Deciding) {
  return who.storeIsEmpty || line.revision <= s.stored ? undefined : store.readEvent(line.id);
}

/**
 * One checked line against its stream: skipped when the store already holds
 * it, refused when it does not continue what the store holds or its id is
 * stored (`existing`, from `storedUnder`), else decided as the HTTP write it
 * would have been; its rows go to the keeper's spool. Synchronous: a line
 * costs no promise.
 */
function decideLine(
  s: StreamState,
  line: SpooledLine,
  existing: RecordedEvent | undefined,
  who: Deciding,
  found: {
    readonly fileProblems: ImportProblem[];
    readonly ruleProblems: ImportProblem[];
  },
  keeper: SpoolKeeper,
): void {
  const refuse = (list: ImportProblem[], p: string, keep: boolean): void => {
    if (list.length < MAX_PROBLEMS) list.push({ line: line.line, problem: p });
    s.refused = true;
    // A refusal by the rules may not stand if the file is decided again: the line is kept for it.
    if (keep) keeper.spool.rows.append(undecidedRow(line));
  };
  if (line.revision <= s.stored) {
    // What the store already holds of the stream must be this very event.
    const mine = s.held[line.revision];
    if (mine && mine.id === line.id && sameEvent(mine, line)) return;
    return refuse(
      found.fileProblems,
      `${line.stream} already holds ${mine ? `event ${mine.id} (${mine.type})` : 'another event'} at revision ${line.revision}, ` +
        `where the file has ${line.id} (${line.type}): the file is not the stored history of ${line.stream}; nothing was imported`,
      false,
    );
  }
  const next = s.stored + 1 + s.decided;
  if (line.revision !== next) {
    return refuse(
      found.fileProblems,
      `${line.stream} is at revision ${s.stored} in the store, but the file's events of it start at revision ${line.revision}: ` +
        `revisions ${next} to ${line.revision - 1} are missing; nothing was imported`,
      false,
    );
  }
  if (existing) {
    return refuse(
      found.fileProblems,
      `event id ${line.id} is already stored in ${existing.stream} at revision ${existing.revision}`,
      false,
    );
  }
  // The codec checked the line's envelope: its stamped fields are read, not decoded again.
  const stamped = stampedOf(line);
  if (who.provenance.kept && Date.parse(stamped.recordedAt) > who.nowInstant) {
    return refuse(
      found.ruleProblems,
      `metadata.recordedAt ${stamped.recordedAt} is after the import (${who.now}): a faithful export records nothing in the future`,
      true,
    );
  }
  // (Not vouched for as checked: `decide`'s own allocation-free shape check costs less than a WeakSet entry per line.)
  let made: NegotiationEvent[];
  try {
    // The keeper writes each decided event's row (the event encoded once) as the state records it.
    keeper.line = line;
    made = s.state.decide(
      commandOf(line, negotiationIdFromStream(line.stream) as string, line.body),
      contextOf(
        stamped,
        who.provenance,
        who.importedBy,
        who.provenance.kept ? who.now : s.state.recordingTime(who.now),
      ),
    );
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return refuse(found.ruleProblems, `an HTTP write would refuse it (${error.code}): ${error.message}`, true);
  } finally {
    keeper.line = undefined;
  }
  s.decided += made.length;
  // Decided to nothing (already in its state): kept for a re-decision, never appended.
  if (made.length === 0) keeper.spool.rows.append(undecidedRow(line));
}

/**
 * The lines of a file decided as a faithful export's that turned out not to
 * be one, decided again from the spool — every stream from what the store
 * held of it — as a stamped file's: by the importing key, now.
 */
async function redecide(
  store: EventStore,
  pass: Pass,
  spooled: Spool,
  spool: Spool,
  who: { readonly importedBy: string; readonly now: string },
): Promise<Pass> {
  const provenance = provenanceOf(false, who.importedBy, who.now);
  const deciding: Deciding = { ...who, nowInstant: Date.parse(who.now), storeIsEmpty: pass.storeIsEmpty, provenance };
  const found = {
    fileProblems: [...pass.fileProblems],
    ruleProblems: [] as ImportProblem[],
  };
  const keeper = new SpoolKeeper(spool);
  for (const s of pass.streams.values()) {
    s.state = new TransientNegotiation(s.storedState, keeper);
    s.decided = 0;
    s.refused = false;
  }
  const source = createReadStream(spooled.rows.file);
  source.on('error', () => undefined);
  try {
    for await (const { lines } of lineChunks(source)) {
      for (const text of lines) {
        if (text === '') continue;
        const line = readRow(text, spooled.staging);
        const s = pass.streams.get(line.stream)!;
        if (s.refused) continue;
        decideLine(s, line, await storedUnder(store, s, line, deciding), deciding, found, keeper);
      }
      spool.rows.flush();
    }
  } finally {
    source.destroy();
  }
  spool.rows.close();
  return { ...pass, provenance, ...found, redecide: false };
}

/** Who recorded a checked line and when, as its metadata says (the codec has checked them). */
function stampedOf(line: ImportLine): Stamped {
  const metadata = line.metadata as Stamped;
  return { recordedAt: metadata.recordedAt, recordedBy: metadata.recordedBy };
}

/**
 * The decided events, from the store's staging, appended a window at a
 * time: each window as `appendEncoded` of its runs of one stream issued
 * together would append it (group-committed by the SQLite store in one
 * transaction, in file order; there one statement, no event bound again).
 * Each stream's first run expects the revision the stream had when it was
 * taken.
 *
 * Each event is stored as the text it was staged with: the import made
 * every event itself, through the codec, the edge's verdict and `decide`, and
 * encoded it once; the store checks the text is an object's JSON and stores
 * it as it is.
 */
async function appendStaged(plan: Plan, window: number): Promise<{ stored: number; position: number }> {
  const { staging } = plan;
  if (staging.count !== plan.decided)
    throw new Error(`import staging holds ${staging.count} of ${plan.decided} decided events`);
  const expected = new Map<string, ExpectedRevision>();
  for (const [stream, revision] of plan.stored) expected.set(stream, revision === -1 ? 'no-stream' : revision);
  let stored = 0;
  let position = 0;
  for (let from = 1; from <= staging.count; from += window) {
    const done = await staging.append(from, Math.min(from + window - 1, staging.count), expected);
    stored += done.stored;
    if (done.position > position) position = done.position;
  }
  return { stored, position };
}

/** Whole lines of the file as read: their bytes (up to a chunk's last newline) and their text (`linesOf`). */
interface LineChunk {
  readonly bytes: Buffer;
  /** The first line's start was too long to keep: the line is TOO_LONG. */
  readonly firstTooLong: boolean;
  readonly lines: string[];
}

/**
 * The lines of a stream, a chunk's worth at a time: the bytes up to the
 * chunk's last newline (with the unfinished line carried before them) and
 * their lines. Cheaper than readline's event and promise per line on a file
 * of a million lines. A line longer than MAX_LINE is not held: its bytes are
 * dropped once it is surely too long (3 bytes or more per UTF-16 unit of
 * text), and it comes out as TOO_LONG.
 */
async function* lineChunks(input: Readable): AsyncGenerator<LineChunk> {
  let carry: Buffer[] = [];
  let carried = 0;
  let tooLong = false;
  const hold = (bytes: Buffer) => {
    if (tooLong || bytes.length === 0) return;
    carry.push(bytes);
    carried += bytes.length;
    if (carried > 3 * MAX_LINE) {
      tooLong = true;
      carry = [];
      carried = 0;
    }
  };
  const take = (bytes: Buffer): LineChunk => {
    const whole = carried > 0 ? Buffer.concat([...carry, bytes]) : bytes;
    const chunk = { bytes: whole, firstTooLong: tooLong, lines: linesOf(whole, tooLong) };
    carry = [];
    carried = 0;
    tooLong = false;
    return chunk;
  };
  for await (const read of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof read === 'string' ? Buffer.from(read) : read;
    const end = bytes.lastIndexOf(10);
    if (end === -1) {
      hold(bytes);
      continue;
    }
    const chunk = take(bytes.subarray(0, end + 1));
    hold(bytes.subarray(end + 1));
    yield chunk;
  }
  if (carried > 0 || tooLong) yield take(Buffer.alloc(0));
}

/** A group of the file's lines, and its number if it was offered to the check worker. */
interface LineGroup {
  readonly texts: string[];
  readonly offered: number | undefined;
}

/**
 * The file's lines in groups of about GROUP_BYTES, each offered to the check
 * worker — started once the file is long enough — as it is read,
 * GROUPS_AHEAD groups before it is decided, so the worker checks while this
 * thread decides. A group the worker has not vouched for when its turn comes
 * is checked here: the import never waits for the worker.
 */
class LineChecks {
  private worker: CheckWorker | undefined;
  /** Whether the worker is still to be started (or not) when the file is long enough. */
  private undecided = true;

  /** `workerFrom`: as `ImportOptions.checkWorkerFrom`. */
  constructor(private readonly workerFrom: number | undefined) {}

  async *groups(chunks: AsyncIterable<LineChunk>): AsyncGenerator<LineGroup> {
    const ahead: LineGroup[] = [];
    let lines = 0;
    let texts: string[] = [];
    let parts: Buffer[] = [];
    let size = 0;
    /** A group with a line too long to hold is checked here (the worker reads whole lines only). */
    let whole = true;
    const hand = () => {
      ahead.push({ texts, offered: whole ? this.worker?.offer(parts, size) : undefined });
      texts = [];
      parts = [];
      size = 0;
      whole = true;
    };
    for await (const chunk of chunks) {
      for (const text of chunk.lines) texts.push(text);
      parts.push(chunk.bytes);
      size += chunk.bytes.length;
      if (chunk.firstTooLong) whole = false;
      lines += chunk.lines.length;
      if (this.undecided && lines >= (this.workerFrom ?? CHECK_WORKER_FROM)) {
        this.undecided = false;
        if (this.workerFrom !== undefined || availableParallelism() >= WORKER_CORES) this.worker = new CheckWorker();
      }
      if (size >= GROUP_BYTES) hand();
      while (ahead.length > GROUPS_AHEAD) yield ahead.shift() as LineGroup;
    }
    if (texts.length > 0) hand();
    while (ahead.length > 0) yield ahead.shift() as LineGroup;
  }

  /** Whether the check worker found every line of the group good (else they are checked here). */
  passed(group: LineGroup): boolean {
    return group.offered !== undefined && this.worker !== undefined && this.worker.passed(group.offered);
  }

  stop(): void {
    this.worker?.stop();
  }
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
