/**
 * `npm run bench` measures the `tsc` build, as `npm start` runs it: in a copy
 * of the repository's sources with no dist-bench/ (a fresh clone), it first
 * compiles bench/, apps/ and libs/ (tsconfig.bench.json, the `@parley/*` paths
 * rewritten) and then runs the compiled bench — here only its `--help`, which
 * names every workload. Run from its TypeScript sources, the bench refuses and
 * says how to start it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { copyOfSources, filesUnder } from '../support/sources';

const run = promisify(execFile);

describe('npm run bench', () => {
  let dir = '';
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('compiles the bench on a fresh clone and runs it compiled', async () => {
    const entries = [
      'apps',
      'libs',
      'bench',
      'package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'tsconfig.bench.json',
    ];
    dir = copyOfSources('parley-bench-build-', entries, (source) => source.includes(`${sep}bench${sep}results${sep}`));

    const { stdout } = await run('npm', ['run', 'bench', '--', '--help'], { cwd: dir });
    expect(stdout).toContain('usage: npm run bench -- [--quick] [--only <workload>');
    expect(stdout).toContain('store, http, import, rebuild, queries, sse, peer');
    for (const child of ['app-child', 'floor-child', 'rebuild-child'])
      expect(existsSync(join(dir, 'dist-bench', 'bench', 'lib', `${child}.js`))).toBe(true);
    expect(
      filesUnder(join(dir, 'dist-bench')).filter(
        (file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes('require("@parley/'),
      ),
    ).toEqual([]);

    const fromSource = await run('node', ['-r', '@swc-node/register', 'bench/run.ts', '--help'], { cwd: dir }).then(
      () => ({ stderr: 'the bench ran from its sources' }),
      (error: { stderr: string }) => error,
    );
    expect(fromSource.stderr).toContain('the bench runs the tsc build: start it with `npm run bench`');
  }, 600_000);
});
