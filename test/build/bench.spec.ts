/**
 * `npm run bench` measures the `tsc` build, as `npm start` runs it: in a copy
 * of the repository's sources with no dist-bench/ (a fresh clone), it first
 * compiles bench/, apps/ and libs/ (tsconfig.bench.json, the `@parley/*` paths
 * rewritten) and then runs the compiled bench — here only its `--help`, which
 * names every workload. Run from its TypeScript sources, the bench refuses and
 * says how to start it.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');
const run = promisify(execFile);

/** Every .js file under `dir`. */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

describe('npm run bench', () => {
  let dir = '';
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('compiles the bench on a fresh clone and runs it compiled', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-bench-build-'));
    const entries = ['apps', 'libs', 'bench', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
    for (const entry of [...entries, 'tsconfig.bench.json'])
      cpSync(join(ROOT, entry), join(dir, entry), {
        recursive: true,
        filter: (source) => !source.includes(`${sep}bench${sep}results${sep}`),
      });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');

    const { stdout } = await run('npm', ['run', 'bench', '--', '--help'], { cwd: dir });
    expect(stdout).toContain('usage: npm run bench -- [--quick] [--only <workload>');
    expect(stdout).toContain('store, http, import, rebuild, queries, sse, peer');
    for (const child of ['app-child', 'floor-child', 'rebuild-child'])
      expect(existsSync(join(dir, 'dist-bench', 'bench', 'lib', `${child}.js`))).toBe(true);
    expect(
      scripts(join(dir, 'dist-bench')).filter((file) => readFileSync(file, 'utf8').includes('require("@parley/')),
    ).toEqual([]);

    const fromSource = await run('node', ['-r', '@swc-node/register', 'bench/run.ts', '--help'], { cwd: dir }).then(
      () => ({ stderr: 'the bench ran from its sources' }),
      (error: { stderr: string }) => error,
    );
    expect(fromSource.stderr).toContain('the bench runs the tsc build: start it with `npm run bench`');
  }, 600_000);
});
