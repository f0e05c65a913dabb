/**
 * `npm run torture`: the reliability scenarios of test/reliability at sizes
 * too long for `npm test` — many kill -9 rounds, 100,000 fuzzed requests,
 * more writers, retries and subscribers. Prints one line per scenario and a
 * markdown table of what was tried and what was lost; exits 1 if anything
 * broke. Every scenario asserts the same promises as its spec.
 *
 *   npm run torture                       everything, full size
 *   npm run torture -- --only crash,fuzz  some scenarios
 *   npm run torture -- --scale 0.1        everything, a tenth of the size
 *   npm run torture -- --seed 42          replay the fuzzing
 *   npm run torture -- --json out.json    also write the figures as JSON
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KEYS, KEYS_ENV, startTestApp } from '../../support/app';
import { concurrencyScenario } from '../scenarios/concurrency';
import { crashScenario } from '../scenarios/crash';
import { fuzzScenario } from '../scenarios/fuzz';
import { retriesScenario } from '../scenarios/retries';
import { sseScenario } from '../scenarios/sse';
import { startServer } from '../support/server';

interface Outcome {
  readonly name: string;
  readonly tried: string;
  readonly result: string;
  readonly ok: boolean;
  readonly seconds: number;
  readonly figures?: unknown;
}

function args(): { only?: Set<string>; scale: number; seed: number; json?: string } {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const only = value('--only');
  return {
    only: only ? new Set(only.split(',')) : undefined,
    scale: Number(value('--scale') ?? 1),
    seed: Number(value('--seed') ?? Date.now() % 1_000_000_007),
    json: value('--json'),
  };
}

const log = (line: string) => process.stderr.write(`  ${line}\n`);

/** Figures that count broken promises: a scenario with any of them above 0 failed, whatever else it reports. */
const BROKEN = [
  'lost',
  'duplicated',
  'halfBatches',
  'strangers',
  'viewMismatches',
  'misplaced',
  'duplicates',
  'gaps',
  'disordered',
  'serverErrors',
  'unnamed',
  'badAnswers',
];

function brokenPromises(figures: unknown): string[] {
  const f = (figures ?? {}) as Record<string, unknown>;
  return BROKEN.filter((k) => typeof f[k] === 'number' && (f[k] as number) > 0).map((k) => `${k} ${String(f[k])}`);
}

async function main(): Promise<void> {
  const { only, scale, seed, json } = args();
  const n = (full: number, min = 1) => Math.max(min, Math.round(full * scale));
  const outcomes: Outcome[] = [];
  const run = async (name: string, tried: string, work: () => Promise<{ result: string; figures: unknown }>) => {
    if (only && !only.has(name)) return;
    process.stderr.write(`${name}: ${tried}\n`);
    const started = Date.now();
    try {
      const { result, figures } = await work();
      const broken = brokenPromises(figures);
      if (broken.length) throw new Error(`${broken.join(', ')} (${result})`);
      outcomes.push({ name, tried, result, ok: true, seconds: (Date.now() - started) / 1000, figures });
      process.stderr.write(`${name}: ok — ${result}\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({
        name,
        tried,
        result: `FAILED: ${message.split('\n')[0]}`,
        ok: false,
        seconds: (Date.now() - started) / 1000,
      });
      process.stderr.write(`${name}: FAILED\n${message}\n`);
    }
  };

  const rounds = n(30);
  await run('crash', `${rounds} rounds of kill -9 of the service under 16 HTTP writers (single + batch)`, async () => {
    const f = await crashScenario({ rounds, writers: 16, negotiations: 6, killAfterMs: [20, 1500], log });
    return {
      result: `${f.ackedEvents} acknowledged events, ${f.lost} missing; ${f.unanswered} writes cut off by the kill (${f.unansweredStored} of them had committed, whole); ${f.halfBatches} half batches; ${f.strangers} events nobody wrote; views ≠ rebuild ≠ fold after ${f.viewMismatches} of ${f.rounds} restarts`,
      figures: f,
    };
  });

  const repetitions = n(10);
  await run('concurrency', `${repetitions} × 20 writers with If-Match on one negotiation, 9 writes each`, async () => {
    const t = await startTestApp({ env: { PARLEY_WRITE_RATE_LIMIT: '1000000' } });
    try {
      let requests = 0;
      let conflicts = 0;
      let events = 0;
      let lost = 0;
      let duplicated = 0;
      for (let r = 0; r < repetitions; r++) {
        const f = await concurrencyScenario({
          url: t.url,
          negotiationId: `contended-${r}`,
          writers: 20,
          writesEach: 9,
        });
        requests += f.requests;
        conflicts += f.conflicts;
        events += f.events;
        lost += f.lost;
        duplicated += f.duplicated;
        log(`repetition ${r + 1}: ${f.requests} requests, ${f.conflicts} × 412`);
      }
      return {
        result: `${requests} conditional requests: ${requests - conflicts} committed, ${conflicts} × 412; ${events} events, ${lost} lost, ${duplicated} duplicated`,
        figures: { requests, conflicts, events, lost, duplicated },
      };
    } finally {
      await t.cleanup();
    }
  });

  const writes = n(3000, 10);
  await run(
    'retries',
    `${writes} writes, each abandoned 1–3 times (aborted fetch / destroyed socket) and retried`,
    async () => {
      const t = await startTestApp({ env: { PARLEY_WRITE_RATE_LIMIT: '1000000' } });
      try {
        const f = await retriesScenario({
          url: t.url,
          writes,
          negotiations: ['retried-a', 'retried-b', 'retried-c', 'retried-d'],
          concurrency: 32,
        });
        return {
          result: `${f.abandonedAttempts} abandoned attempts (${f.abortedFetches} aborted, ${f.destroyedSockets} sockets destroyed); ${f.answeredAsDuplicate} retries found their write already stored; ${f.events} events, ${f.duplicated} duplicated, ${f.lost} lost, ${f.strangers} strangers, ${f.misplaced} answers not where the log has them`,
          figures: f,
        };
      } finally {
        await t.cleanup();
      }
    },
  );

  const requests = n(100_000, 100);
  await run('fuzz', `${requests} generated malformed or hostile requests (seed ${seed})`, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-torture-fuzz-'));
    const server = await startServer(dataDir, {
      PARLEY_API_KEYS: KEYS_ENV,
      PARLEY_WRITE_RATE_LIMIT: '1000000',
      PARLEY_AUTH_FAILURE_LIMIT: '1000000',
    });
    try {
      let last = 0;
      const f = await fuzzScenario({
        url: server.url,
        keys: KEYS,
        requests,
        seed,
        concurrency: 8,
        log: (line) => {
          const done = Number(/(\d+) requests/.exec(line)?.[1] ?? 0);
          if (done - last >= 10_000 || done === requests) {
            last = done;
            log(line);
          }
        },
      });
      const statuses = Object.entries(f.byStatus)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([s, c]) => `${c}×${s}`)
        .join(', ');
      return {
        result: `${statuses}; ${f.serverErrors} × 5xx; ${f.badAnswers} answers not as promised (${f.unnamed} 4xx not naming their problem); log ${f.logChanged ? 'CHANGED' : 'unchanged'} (+${f.acceptedWrites} valid odd-unicode writes, read back identical); ${Object.keys(f.byCategory).length} categories`,
        figures: f,
      };
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  const clients = n(40, 4);
  await run(
    'sse',
    `${clients} SSE clients dropping and resuming with Last-Event-ID under 8 writers × ${n(250, 10)} writes`,
    async () => {
      // Every client is this process, with one key: lift the per-client stream caps (read from the environment).
      process.env.PARLEY_LIVE_MAX_STREAMS_PER_KEY = process.env.PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS = String(
        clients * 4,
      );
      const t = await startTestApp({ env: { PARLEY_WRITE_RATE_LIMIT: '1000000' } });
      try {
        const f = await sseScenario({
          url: t.url,
          writers: 8,
          writesEach: n(250, 10),
          clients,
          dropAfterEvents: 60,
          prefix: 'torture-sse',
        });
        return {
          result: `${f.connections} connections (${f.resumes} resumes); ${f.received} events received; ${f.duplicates} duplicates, ${f.gaps} gaps, ${f.disordered} clients out of order`,
          figures: f,
        };
      } finally {
        await t.cleanup();
      }
    },
  );

  process.stdout.write('\n| scenario | tried | result | time |\n| --- | --- | --- | --- |\n');
  for (const o of outcomes)
    process.stdout.write(
      `| ${o.name} | ${o.tried} | ${o.ok ? '' : '**'}${o.result}${o.ok ? '' : '**'} | ${o.seconds.toFixed(0)} s |\n`,
    );
  if (json) fs.writeFileSync(json, JSON.stringify({ seed, scale, at: new Date().toISOString(), outcomes }, null, 2));
  process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
