/**
 * No module of ours imports itself back (issue #17: "no import cycles"). A
 * cycle makes load order matter and hides which module owns a rule; this reads
 * every relative import and path-alias import (`@parley/…`) of the production
 * TypeScript under apps/ and libs/ and names each cycle it finds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const ALIASES: Record<string, string> = {
  '@parley/domain': 'libs/domain/src',
  '@parley/event-store': 'libs/event-store/src',
  '@parley/projections': 'libs/projections/src',
  '@parley/ids': 'libs/ids/src',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string | undefined;
  if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else {
    const alias = Object.keys(ALIASES).find((a) => specifier === a || specifier.startsWith(`${a}/`));
    if (alias) base = path.join(ROOT, ALIASES[alias]!, specifier.slice(alias.length));
  }
  if (base === undefined) return undefined;
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
}

/** Each file's imported files (imports and re-exports, `import type` included: a type cycle is still a cycle of meaning). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms)].map((m) => m[1]!);
    graph.set(file, [...new Set(specifiers.map((s) => resolveImport(file, s)).filter((f): f is string => !!f))]);
  }
  return graph;
}

function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe('module imports', () => {
  const files = ['apps', 'libs'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const graph = importGraph(files);

  it('reads the imports of every production module (the check sees the code it judges)', () => {
    expect(files.length).toBeGreaterThan(100);
    const viewState = path.join(ROOT, 'libs/projections/src/view-state.ts');
    expect(graph.get(viewState)).toContain(path.join(ROOT, 'libs/projections/src/summary.ts'));
  });

  it('form no cycle', () => {
    const named = cyclesOf(graph).map((cycle) => cycle.map((f) => path.relative(ROOT, f)).join(' → '));
    expect(named).toEqual([]);
  });
});
