/**
 * `npm run calibrate`: for every case under examples/ with analysts' calls in
 * the judgements file, prints per date the wanted level, each model's level
 * and index with the reasons and drivers behind it, then the exact and
 * within-one counts per model.
 *
 *   npm run calibrate                       # examples/escalation-judgements.csv
 *   npm run calibrate -- --judgements FILE  # another file (same columns)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import pc from 'picocolors';
import { fromStoredEvent } from '@parley/domain';
import { calibrate, ESCALATION_MODELS, parseJudgements, type Calibration, type LogEntry } from '@parley/projections';

const ROOT = path.resolve(__dirname, '..');
export const DEFAULT_JUDGEMENTS = path.join(ROOT, 'examples', 'escalation-judgements.csv');
export const EXAMPLES = path.join(ROOT, 'examples');

/** Every example log, by negotiation id, decoded with the codec. */
export function readExamples(dir: string = EXAMPLES): Map<string, LogEntry[]> {
  const logs = new Map<string, LogEntry[]>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const event = fromStoredEvent(JSON.parse(line) as Parameters<typeof fromStoredEvent>[0]);
      const list = logs.get(event.negotiationId) ?? [];
      list.push({ event, position: i + 1 });
      logs.set(event.negotiationId, list);
    });
  }
  return logs;
}

function fixed(n: number): string {
  return n.toFixed(1).padStart(5);
}

export function renderCalibration(result: Calibration, versions: readonly string[]): string {
  const out: string[] = [];
  for (const c of result.cases) {
    out.push(pc.bold(`\n${c.negotiationId}`));
    if (c.rows.length === 0) {
      out.push(
        pc.dim("  no analysts' calls for this case in the judgements file; the days each model's level changes:"),
      );
      for (const change of c.changes)
        out.push(`  ${change.at.slice(0, 10)}  ${versions.map((v) => `${v} ${change.levels[v] ?? '—'}`).join('   ')}`);
      continue;
    }
    for (const { judgement, readings } of c.rows) {
      const cells = versions.map((v) => {
        const r = readings[v];
        if (r === undefined) return `${v} —`;
        const mark =
          r.level === judgement.level
            ? pc.green('✓')
            : Math.abs(r.level - judgement.level) <= 1
              ? pc.yellow('~')
              : pc.red('✗');
        return `${v} ${r.level}${mark} ${fixed(r.index)}`;
      });
      out.push(`${judgement.at.slice(0, 16)}  wanted ${judgement.level}   ${cells.join('   ')}`);
      out.push(pc.dim(`    analysts: ${judgement.why}`));
      for (const v of versions) {
        const r = readings[v];
        if (r === undefined) continue;
        for (const reason of r.reasons.slice(0, 3)) out.push(pc.dim(`    ${v} why: ${reason.text}`));
        for (const d of r.drivers.slice(0, 3))
          out.push(
            pc.dim(
              `    ${v} driver ${d.contribution.toFixed(1).padStart(6)}  ${d.occurredAt.slice(0, 10)} ${d.summary}`,
            ),
          );
      }
    }
  }
  out.push(pc.bold('\nper model'));
  for (const s of result.scores) {
    out.push(`${s.version}: ${s.exact}/${s.total} exact, ${s.withinOne}/${s.total} within one level`);
  }
  return out.join('\n');
}

export function main(argv: readonly string[]): number {
  const i = argv.indexOf('--judgements');
  const file = i >= 0 ? argv[i + 1] : DEFAULT_JUDGEMENTS;
  if (file === undefined || !fs.existsSync(file)) {
    console.error(`calibrate: no judgements file at ${file ?? '(missing after --judgements)'}; pass --judgements FILE`);
    return 2;
  }
  const judgements = parseJudgements(fs.readFileSync(file, 'utf8'));
  const models = Object.values(ESCALATION_MODELS);
  const result = calibrate(readExamples(), judgements, models);
  console.log(
    renderCalibration(
      result,
      models.map((m) => m.version),
    ),
  );
  const missing = [...new Set(judgements.map((j) => j.negotiationId))].filter(
    (id) => !result.cases.some((c) => c.negotiationId === id),
  );
  console.log(pc.dim(`\njudgements: ${file}`));
  if (missing.length > 0) console.log(pc.yellow(`\njudged cases with no example log: ${missing.join(', ')}`));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
