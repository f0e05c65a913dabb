import * as fs from 'node:fs';
import * as path from 'node:path';
import { DashboardFilesError } from './dashboard-files';

/**
 * The domain's own modules, served to the dashboard as ES modules: the page
 * reads dates with the very code the API, the projections and the CLI read
 * them with (`libs/domain/src/time.ts`), not a copy of it.
 *
 * Each module is compiled from its TypeScript source with TypeScript's
 * `transpileModule` (types stripped, nothing else changed) the first time it
 * is asked for, and kept. Its relative imports get the `.js` a browser needs
 * and are served the same way, so `time` brings `errors`; nothing else of the
 * domain is reachable. URL: `/assets/domain/<name>.js`.
 */
export const BROWSER_ENTRY_MODULES: readonly string[] = ['time'];

/** A relative import in compiled output: `from './errors'`. */
const RELATIVE_IMPORT = /(\bfrom\s*['"])\.\/([A-Za-z0-9-]+)(['"])/g;

/** `libs/domain/src`: walks up from `from` to the first directory holding `libs/domain/src/time.ts`. */
export function findDomainSourceDir(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'libs', 'domain', 'src');
    if (fs.existsSync(path.join(candidate, 'time.ts'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new DashboardFilesError(`the domain's sources (libs/domain/src/time.ts) were not found above ${from}`);
    dir = parent;
  }
}

/** TypeScript source → the ES module a browser loads (types stripped; relative imports end in `.js`). */
export function compileForBrowser(source: string, fileName: string): string {
  // Required here, not at the top: the compiler loads only when the page first asks for a module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof import('typescript');
  const { outputText } = ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      isolatedModules: true,
      sourceMap: false,
      removeComments: false,
    },
  });
  return outputText.replace(RELATIVE_IMPORT, '$1./$2.js$3');
}

/** The names a compiled module imports from beside it (`./errors.js` → `errors`). */
export function relativeImports(compiled: string): string[] {
  return [...compiled.matchAll(/\bfrom\s*['"]\.\/([A-Za-z0-9-]+)\.js['"]/g)].map((m) => m[1]!);
}

export class DomainModules {
  private readonly compiled = new Map<string, string>();
  private reachable: ReadonlySet<string> | undefined;

  constructor(private readonly dir: string) {}

  /** The compiled module `name` (without `.js`), or undefined when the page may not load it. */
  module(name: string): string | undefined {
    return this.served().has(name) ? this.compile(name) : undefined;
  }

  /** The entry modules and everything they import, transitively. */
  served(): ReadonlySet<string> {
    if (this.reachable) return this.reachable;
    const seen = new Set<string>();
    const queue = [...BROWSER_ENTRY_MODULES];
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...relativeImports(this.compile(name)));
    }
    this.reachable = seen;
    return seen;
  }

  private compile(name: string): string {
    let code = this.compiled.get(name);
    if (code === undefined) {
      const file = path.join(this.dir, `${name}.ts`);
      code = compileForBrowser(fs.readFileSync(file, 'utf8'), file);
      this.compiled.set(name, code);
    }
    return code;
  }
}
