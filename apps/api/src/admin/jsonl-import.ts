import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fromStoredEvent, negotiationIdFromStream } from '@parley/domain';
import type { EventStore, JsonObject, NewEvent } from '@parley/event-store';

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

/**
 * Reads a whole JSONL log, checks every line, and only then appends — so a
 * malformed line refuses the file with nothing stored. Idempotent: events
 * whose id is already stored on the same stream are skipped; an id stored on
 * another stream refuses the file.
 */
export async function importJsonl(store: EventStore, input: Readable): Promise<ImportSummary> {
  // Runs of consecutive lines of one stream, in file order, so the log keeps its order across streams.
  const runs: { stream: string; events: NewEvent[] }[] = [];
  const streams = new Set<string>();
  const seen = new Map<string, string>();
  const problems: ImportProblem[] = [];
  let lineNo = 0;
  let count = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (line === '') continue;
    const problem = (p: string) => {
      if (problems.length < MAX_PROBLEMS) problems.push({ line: lineNo, problem: p });
    };
    if (line.length > MAX_LINE) {
      problem(`longer than ${MAX_LINE} characters`);
      continue;
    }
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
    seen.set(o.id, o.stream);
    let run = runs[runs.length - 1];
    if (!run || run.stream !== o.stream || run.events.length >= 1000) {
      run = { stream: o.stream, events: [] };
      runs.push(run);
    }
    run.events.push({ id: o.id, type: o.type as string, data: o.data as JsonObject, metadata: o.metadata as JsonObject });
    streams.add(o.stream);
    count++;
  }
  if (problems.length) throw new ImportRejectedError(problems);

  // Ids already stored: the same stream is a re-import (skip), another stream refuses the file.
  const alreadyStored = new Set<string>();
  if ((await store.headPosition()) > 0) {
    for (const [id, stream] of seen) {
      const existing = await store.readEvent(id);
      if (!existing) continue;
      if (existing.stream !== stream) {
        if (problems.length < MAX_PROBLEMS) problems.push({ line: 0, problem: `event id ${id} is already stored in ${existing.stream}, not ${stream}` });
      } else alreadyStored.add(id);
    }
    if (problems.length) throw new ImportRejectedError(problems);
  }

  let stored = 0;
  let position = 0;
  // Appends issued together are group-committed by the SQLite store in issue order:
  // few transactions, and the imported log keeps the file's order.
  const WINDOW = 5000;
  for (let i = 0; i < runs.length; ) {
    const window: Promise<void>[] = [];
    let size = 0;
    for (; i < runs.length && size < WINDOW; i++) {
      const run = runs[i]!;
      const fresh = alreadyStored.size ? run.events.filter((e) => !alreadyStored.has(e.id)) : run.events;
      if (fresh.length === 0) continue;
      size += fresh.length;
      window.push(
        store.append(run.stream, fresh, { expectedRevision: 'any' }).then((result) => {
          if (!result.duplicate) stored += result.events.length;
          const last = result.events[result.events.length - 1];
          if (last && last.position > position) position = last.position;
        }),
      );
    }
    await Promise.all(window);
  }
  return { lines: count, stored, skipped: count - stored, streams: streams.size, position };
}
