/**
 * `npm start` compiles only when the sources changed since the last build
 * (TypeScript's build mode and its build info in dist/): in a copy of the
 * repository's sources, the first start compiles everything, a second start
 * writes nothing under dist/, and after an edit the edited file is compiled
 * again. The start itself is made to stop at once, after the build step, by a
 * bad PARLEY_STORE: its configuration error proves the service was reached.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { copyOfSources, filesUnder } from '../support/sources';

const run = promisify(execFile);

/** Every file under dist/ with its modification time. */
function distFiles(dir: string): Map<string, number> {
  const dist = join(dir, 'dist');
  const files = new Map<string, number>();
  for (const path of filesUnder(dist)) files.set(relative(dist, path), statSync(path).mtimeMs);
  return files;
}

/** `npm start` in `dir`: its build step, then the service, which refuses its configuration and exits. */
async function npmStart(dir: string): Promise<void> {
  const env = { ...process.env, PARLEY_STORE: 'nowhere' };
  const done = await run('npm', ['start'], { cwd: dir, env }).then(
    () => ({ stderr: 'npm start exited 0 with a bad PARLEY_STORE' }),
    (error: { stderr: string }) => error,
  );
  expect(done.stderr).toContain('configuration PARLEY_STORE: must be sqlite, memory or eventstoredb, got "nowhere"');
}

describe('npm start', () => {
  let dir = '';
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('builds on the first start, writes nothing on the second, and compiles an edited file again', async () => {
    dir = copyOfSources('parley-start-', ['apps', 'libs', 'package.json', 'tsconfig.json', 'tsconfig.build.json']);

    await npmStart(dir);
    const first = distFiles(dir);
    const main = join('apps', 'api', 'src', 'main.js');
    expect(first.has(main)).toBe(true);
    const compiled = [...first.keys()].filter((file) => file.endsWith('.js'));
    // tsc-alias ran: no compiled file still requires a path alias.
    expect(
      compiled.filter((file) => readFileSync(join(dir, 'dist', file), 'utf8').includes('require("@parley/')),
    ).toEqual([]);

    await npmStart(dir);
    expect(distFiles(dir)).toEqual(first);

    const source = join(dir, 'apps', 'api', 'src', 'main.ts');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\n// edited after the first build\n`);
    await npmStart(dir);
    const third = distFiles(dir);
    expect(readFileSync(join(dir, 'dist', main), 'utf8')).toContain('// edited after the first build');
    const rewritten = [...third].filter(([file, mtime]) => first.get(file) !== mtime).map(([file]) => file);
    expect(rewritten).toContain(main);
    expect(rewritten.length).toBeLessThan(first.size / 2);
  }, 600_000);
});
