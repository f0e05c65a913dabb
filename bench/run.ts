/**
 * `npm run bench [-- --quick] [-- --only=store]`: runs the workloads, prints
 * one table of figures (value, baseline measured in the same run, ratio,
 * goal, met) and writes the same to bench/results/<timestamp>.json.
 *
 * A new area (HTTP, rebuild, SSE, peer) is a module in bench/workloads/
 * exporting a `Workload`, added to WORKLOADS below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { metOf, ratioOf, renderTable } from './lib/table';
import { TempDirs } from './lib/temp';
import type { BenchContext, Figure, Workload } from './lib/types';
import { storeWorkload } from './workloads/store';

const WORKLOADS: readonly Workload[] = [storeWorkload];

function parseArgs(argv: readonly string[]): { quick: boolean; only: string[] | undefined } {
  let quick = false;
  let only: string[] | undefined;
  for (const arg of argv) {
    if (arg === '--quick') quick = true;
    else if (arg.startsWith('--only=')) only = arg.slice('--only='.length).split(',');
    else if (arg === '--help') {
      console.log(`usage: npm run bench -- [--quick] [--only=${WORKLOADS.map((w) => w.name).join(',')}]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return { quick, only };
}

async function main(): Promise<void> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const selected = WORKLOADS.filter((w) => only === undefined || only.includes(w.name));
  const temp = new TempDirs();
  const context: BenchContext = {
    quick,
    tempDir: async (label) => temp.create(label),
    log: (message) => console.error(message),
  };
  const startedAt = new Date();
  const figures: Figure[] = [];
  try {
    for (const workload of selected) {
      console.error(`== ${workload.name}: ${workload.description}${quick ? ' (quick)' : ''}`);
      figures.push(...(await workload.run(context)));
    }
  } finally {
    temp.removeAll();
  }

  console.log(renderTable(figures));
  const missed = figures.filter((f) => metOf(f) === false);
  console.log(
    missed.length === 0
      ? '\nall goals met'
      : `\ngoals missed: ${missed.map((f) => `${f.workload}: ${f.name}`).join('; ')}`,
  );

  const resultsDir = join(__dirname, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const report = {
    startedAt: startedAt.toISOString(),
    durationSeconds: (Date.now() - startedAt.getTime()) / 1000,
    quick,
    machine: {
      node: process.version,
      platform: platform(),
      release: release(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryBytes: totalmem(),
    },
    figures: figures.map((f) => ({ ...f, ratio: ratioOf(f), met: metOf(f) })),
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results: ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
