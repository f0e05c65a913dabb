/** Writes the generated negotiation log (negotiation-log.ts) to a store file or a JSONL export. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { openSqliteEventStore } from '@parley/event-store';
import { jsonlLine, type LogShape, logRuns } from './negotiation-log';

/** Straight into a SQLite store file, with batched appends (many runs per group-committed transaction). */
export async function writeLogToStore(path: string, shape: LogShape, prefix?: string): Promise<number> {
  const store = await openSqliteEventStore({ path });
  let events = 0;
  try {
    let pending: Promise<unknown>[] = [];
    for (const run of logRuns(shape, prefix)) {
      events += run.length;
      pending.push(store.append((run[0] as { stream: string }).stream, run, { expectedRevision: 'any' }));
      if (pending.length >= 500) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
  } finally {
    await store.close();
  }
  return events;
}

/** As `GET /admin/export` would write it: one stored event per line, in position order. */
export async function writeLogToJsonl(file: string, shape: LogShape, prefix?: string): Promise<number> {
  const out = createWriteStream(file);
  const revisions = new Map<string, number>();
  let position = 0;
  let chunk = '';
  for (const run of logRuns(shape, prefix)) {
    for (const row of run) {
      const revision = (revisions.get(row.stream) ?? -1) + 1;
      revisions.set(row.stream, revision);
      chunk += jsonlLine(row, ++position, revision);
    }
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return position;
}
