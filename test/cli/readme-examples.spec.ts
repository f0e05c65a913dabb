/**
 * The `npx parley` lines of the README's CLI section and of apps/cli/README.md,
 * pasted as printed into a shell (`npx parley` as the package's bin, the server
 * pointed at by PARLEY_URL), against the example case as shipped: each one
 * runs to exit 0 with nothing on stderr. `watch` runs until stopped and
 * `record` is pasted by help-examples.spec.ts; the others are here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importExample, startTestApp, type TestApp } from '../support/app';
import { ROOT, shell } from './support';

/** The command lines of a document's shell blocks (between `from` and `to`) that run `npx parley`, continuations joined. */
function parleyLines(document: string, from: string, to?: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, document), 'utf8');
  const start = text.indexOf(from);
  const part = text.slice(start, to === undefined ? undefined : text.indexOf(to, start));
  return [...part.matchAll(/^```sh\n([\s\S]*?)^```/gm)]
    .flatMap((m) => (m[1] ?? '').replace(/\\\n/g, ' ').split('\n'))
    .filter((line) => /^npx parley /.test(line) && !line.includes('…'));
}

const LINES = [
  ...parleyLines('README.md', '## The CLI', '## The dashboard').map((line) => ({ document: 'README.md', line })),
  ...parleyLines('apps/cli/README.md', '# ').map((line) => ({ document: 'apps/cli/README.md', line })),
].filter(({ line }) => !/^npx parley (watch|record) /.test(line));

describe('the CLI examples of the READMEs, pasted as printed, against the example case', () => {
  let server: TestApp;
  beforeAll(async () => {
    server = await startTestApp();
    await importExample(server.url);
  });
  afterAll(() => server.cleanup());

  it('are found: the reads, the briefing, the series and the backup', () => {
    expect(LINES.length).toBeGreaterThanOrEqual(12);
    expect(LINES.map((l) => l.line)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^npx parley export .*&& npx parley import /)]),
    );
  });

  it.each(LINES)('$document: $line', async ({ line }) => {
    // `npx parley` in the repository runs the package's bin: `parley` on the PATH.
    const result = await shell(line.replace(/\bnpx parley\b/g, 'parley'), { url: server.url });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).not.toBe('');
  });
});
