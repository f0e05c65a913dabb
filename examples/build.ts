/**
 * Builds an example case declared as data:
 *
 *   node -r @swc-node/register examples/build.ts india-pakistan-2025
 *
 * loads `examples/<name>.ts` (its default export is a `CaseDefinition`),
 * writes the JSONL file it names, reads it back and checks it
 * (case-builder.ts: codec round trip, replay through `decide`, log order,
 * citable sources). Exits 1, naming every problem, when a check fails; the
 * file is written anyway so that the problem can be looked at.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaseDefinition, caseProblems, caseText } from './case-builder';

function main(argv: readonly string[]): number {
  const name = argv[0];
  if (name === undefined || !/^[a-z0-9-]+$/.test(name)) {
    console.error('usage: node -r @swc-node/register examples/build.ts <case>   (e.g. india-pakistan-2025)');
    return 2;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const def = (require(join(__dirname, name)) as { default: CaseDefinition }).default;
  const output = join(__dirname, def.file);
  writeFileSync(output, caseText(def), 'utf8');
  const problems = caseProblems(def, readFileSync(output, 'utf8'));
  if (problems.length > 0) {
    console.error(`examples: ${problems.length} problem(s) in ${output}:\n  - ${problems.join('\n  - ')}`);
    return 1;
  }
  const counts = new Map<string, number>();
  for (const e of def.events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  console.log(
    `wrote ${def.events.length} events to ${output}; codec round trip, replay through decide and source checks passed`,
  );
  for (const [type, n] of [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`  ${String(n).padStart(3)}  ${type}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
