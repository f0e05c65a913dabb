/**
 * kill -9 during heavy appends: every append the store acknowledged is in the
 * file after reopening, no multi-event append is half there, and positions
 * and revisions have no gaps. A few rounds on the same file, each killed at a
 * random moment, so recovery from a WAL left mid-write is exercised too.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { openSqliteEventStore, type RecordedEvent } from '@parley/event-store';
import { tempDir } from './temp-store';

const ROOT = resolve(__dirname, '../..');
const WRITER = join(__dirname, 'fixtures', 'crash-writer.ts');
const ROUNDS = 3;

interface Round {
  acked: string[];
  killedAfterMs: number;
}

/** Runs the writer until a random moment after its first acknowledgement, then SIGKILLs it. */
function runAndKill(path: string): Promise<Round> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', WRITER, path, '16'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let pending = '';
    let stderr = '';
    let killTimer: NodeJS.Timeout | undefined;
    const killedAfterMs = 20 + Math.floor(Math.random() * 300);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      // The last piece may be a line cut by the kill: only whole lines count.
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(...line.slice(4).split(' '));
      }
      if (killTimer === undefined && acked.length > 0)
        killTimer = setTimeout(() => child.kill('SIGKILL'), killedAfterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (killTimer !== undefined) clearTimeout(killTimer);
      if (signal === 'SIGKILL') resolvePromise({ acked, killedAfterMs });
      else reject(new Error(`writer exited on its own (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

describe('sqlite event store under kill -9', () => {
  it('keeps every acknowledged append, whole, with contiguous positions', async () => {
    const temp = await tempDir('parley-crash-');
    const path = temp.file();
    const acked = new Set<string>();
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const result = await runAndKill(path);
        for (const id of result.acked) acked.add(id);
        expect(result.acked.length).toBeGreaterThan(0);

        const store = await openSqliteEventStore({ path });
        try {
          const all = await store.readAll();
          const stored = new Set(all.map((e) => e.id));
          const missing = [...acked].filter((id) => !stored.has(id));
          expect({ round, killedAfterMs: result.killedAfterMs, missing }).toEqual({
            round,
            killedAfterMs: result.killedAfterMs,
            missing: [],
          });

          expect(all.map((e) => e.position)).toEqual(all.map((_, i) => i + 1));
          expect(await store.headPosition()).toBe(all.length);

          const byAppend = new Map<string, RecordedEvent[]>();
          const byStream = new Map<string, number[]>();
          for (const event of all) {
            const appendId = event.data['appendId'] as string;
            byAppend.set(appendId, [...(byAppend.get(appendId) ?? []), event]);
            byStream.set(event.stream, [...(byStream.get(event.stream) ?? []), event.revision]);
          }
          for (const group of byAppend.values()) {
            expect(group.map((e) => e.data['index'])).toEqual([0, 1, 2]);
            expect(new Set(group.map((e) => e.stream)).size).toBe(1);
            const first = group[0] as RecordedEvent;
            expect(group.map((e) => e.revision)).toEqual([first.revision, first.revision + 1, first.revision + 2]);
          }
          for (const revisions of byStream.values()) expect(revisions).toEqual(revisions.map((_, i) => i));
        } finally {
          await store.close();
        }
      }
    } finally {
      await temp.remove();
    }
  });
});
