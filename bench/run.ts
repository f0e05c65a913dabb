/**
 * `npm run bench [-- --quick] [-- --only http,rebuild] [-- --markdown]`: runs
 * the workloads of the Quality bars (docs: bench/README.md), prints one table
 * of figures (value, baseline measured in the same run, ratio, goal, met),
 * then the growth tables, and writes the same to bench/results/<timestamp>.json
 * with the machine and the commit.
 *
 * A new area is a module in bench/workloads/ exporting a `Workload`, added to
 * the list in main() below.
 *
 * It runs compiled, from dist-bench/ (`npm run bench` builds it first with
 * tsconfig.bench.json): the store and peer workloads in this process, every
 * server and one-shot measurement in a child (lib/child.ts) — the `tsc` build
 * `npm start` runs, not a transpiler's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { assertCompiled, REPO_ROOT } from './lib/child';
import { metOf, ratioOf, renderExtraTable, renderMarkdown, renderTable } from './lib/table';
import { TempDirs } from './lib/temp';
import type { BenchContext, Figure, Table, Workload } from './lib/types';
import { httpWorkload } from './workloads/http';
import { importWorkload } from './workloads/import';
import { peerWorkload } from './workloads/peer';
import { queriesWorkload } from './workloads/queries';
import { rebuildWorkload } from './workloads/rebuild';
import { sseWorkload } from './workloads/sse';
import { storeWorkload } from './workloads/store';

interface Options {
  readonly quick: boolean;
  readonly only: readonly string[] | undefined;
  readonly markdown: boolean;
}

function parseArgs(argv: readonly string[], names: readonly string[]): Options {
  let quick = false;
  let markdown = false;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--quick') quick = true;
    else if (arg === '--markdown') markdown = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (!value) throw new Error('--only needs a workload name');
      only = [...(only ?? []), ...value.split(',')];
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        [
          'usage: npm run bench -- [--quick] [--only <workload>[,<workload>…]] [--markdown]',
          '  --quick     small sizes (the whole run in about a minute); the default is the full run (1M events)',
          `  --only      run only these workloads: ${names.join(', ')}`,
          '  --markdown  also print the table as Markdown (for bench/README.md)',
          'env: PARLEY_BENCH_DIR=<dir> puts the temp files on that disk; PARLEY_BENCH_CPU_PROF=<dir> profiles every child process',
        ].join('\n'),
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${arg} (try --help)`);
  }
  const unknown = (only ?? []).filter((name) => !names.includes(name));
  if (unknown.length) throw new Error(`unknown workload ${unknown.join(', ')}: pick from ${names.join(', ')}`);
  return { quick, only, markdown };
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  assertCompiled();
  const workloads: Workload[] = [
    storeWorkload,
    httpWorkload,
    importWorkload,
    rebuildWorkload,
    queriesWorkload,
    sseWorkload,
    peerWorkload,
  ];
  const options = parseArgs(
    process.argv.slice(2),
    workloads.map((w) => w.name),
  );
  const selected = workloads.filter((w) => options.only === undefined || options.only.includes(w.name));
  const temp = new TempDirs();
  const tables: Table[] = [];
  const context: BenchContext = {
    quick: options.quick,
    tempDir: async (label) => temp.create(label),
    log: (message) => console.error(message),
    table: (table) => tables.push(table),
  };
  const startedAt = new Date();
  // Other work on the machine shows here; the ratios are measured to cancel it, the latencies are not.
  const loadAtStart = loadavg()[0] as number;
  const figures: Figure[] = [];
  const failed: string[] = [];
  const interrupt = () => {
    temp.removeAll();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  try {
    for (const workload of selected) {
      console.error(`== ${workload.name}: ${workload.description}${options.quick ? ' (quick)' : ''}`);
      const started = Date.now();
      try {
        figures.push(...(await workload.run(context)));
      } catch (error) {
        // One broken workload must not hide the others' figures.
        console.error(`!! ${workload.name} failed:`, error);
        failed.push(workload.name);
      }
      console.error(`   (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    temp.removeAll();
    process.off('SIGINT', interrupt);
  }

  const durationSeconds = (Date.now() - startedAt.getTime()) / 1000;
  const machine = {
    loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] as number },
    node: process.version,
    platform: platform(),
    release: release(),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryBytes: totalmem(),
  };
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']);
  console.log(
    `\nParley bench ${options.quick ? '(quick)' : '(full)'} · ${machine.cpus} cpus · ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GiB · Node ${machine.node} · ${commit?.slice(0, 12) ?? 'no commit'}${dirty ? ' (+ local changes)' : ''} · ${durationSeconds.toFixed(0)} s · load average ${machine.loadAverage.atStart.toFixed(1)} → ${machine.loadAverage.atEnd.toFixed(1)}\n`,
  );
  console.log(renderTable(figures));
  for (const table of tables) console.log(`\n${renderExtraTable(table)}`);
  const missed = figures.filter((f) => metOf(f) === false);
  console.log(
    missed.length === 0
      ? '\nall goals met'
      : `\ngoals missed: ${missed.map((f) => `${f.workload}: ${f.name}`).join('; ')}`,
  );
  if (failed.length) console.log(`workloads failed: ${failed.join(', ')}`);
  const markdown = renderMarkdown(figures, tables);
  if (options.markdown) console.log(`\n${markdown}`);

  const resultsDir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const report = {
    startedAt: startedAt.toISOString(),
    durationSeconds,
    quick: options.quick,
    workloads: selected.map((w) => w.name),
    failed,
    machine,
    commit: { sha: commit, dirty: Boolean(dirty) },
    figures: figures.map((f) => ({ ...f, ratio: ratioOf(f), met: metOf(f) })),
    tables,
    markdown,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results: ${file}`);
  if (failed.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
