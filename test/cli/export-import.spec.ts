/**
 * `parley export` → `parley import` into a fresh server gives the same views;
 * importing again stores nothing; a malformed file is refused whole, naming
 * the line. All through the CLI as a subprocess, against real servers.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE_EVENT_COUNT as N, EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import { parley, parleyJson, scratchDir } from './support';

const CASE = 'pak-afghan-2025';

describe('parley export / import (subprocess, two real servers)', () => {
  let source: TestApp;
  let target: TestApp;
  const dir = scratchDir();
  const exported = path.join(dir, 'parley-log.jsonl');

  beforeAll(async () => {
    [source, target] = await Promise.all([startTestApp(), startTestApp()]);
  });
  afterAll(async () => {
    await Promise.all([source.cleanup(), target.cleanup()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports the example, exports it, and a fresh server given the export answers the same views', async () => {
    const first = await parley(['import', EXAMPLE_LOG], { url: source.url });
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(
      new RegExp(
        `Imported .*pakistan-afghanistan-2025\\.jsonl: ${N} new events stored \\(${N} lines, 1 negotiation\\)`,
      ),
    );
    // The example carries its revisions, as an export does: who recorded what is kept, and the CLI says so.
    expect(first.stdout).toMatch(/recordedBy and recordedAt kept from the file/);
    // Not a terminal: no progress bar.
    expect(first.stderr).toBe('');

    const exportRun = await parley(['export', '-o', exported], { url: source.url, cwd: dir });
    expect(exportRun.code).toBe(0);
    expect(exportRun.stdout).toMatch(new RegExp(`Exported ${N} events to .*parley-log\\.jsonl`));
    const lines = fs.readFileSync(exported, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(N);
    const exampleIds = fs
      .readFileSync(EXAMPLE_LOG, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(exampleIds);

    // To stdout, one negotiation only: the same lines.
    const toStdout = await parley(['export', '--negotiation', CASE], { url: source.url });
    expect(toStdout.stdout.trim().split('\n')).toEqual(lines);

    const second = await parley(['import', 'parley-log.jsonl'], { url: target.url, cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`Imported parley-log\\.jsonl: ${N} new events stored`));

    // "Now" fixed once for both servers: the index decays continuously, so two calls a few ms apart differ in `at` and in the last digits.
    const now = new Date().toISOString();
    const views = (url: string) =>
      Promise.all([
        parleyJson(['status', CASE, '--at', now], { url }),
        parleyJson(['matrix', CASE, '--at', now], { url }),
        parleyJson(['escalation', CASE, '--at', now], { url }),
        parleyJson(['status', CASE, '--at', '2025-11-30'], { url }),
        parleyJson(['escalation', CASE, '--at', '2025-11-30', '--drivers', '10'], { url }),
        parleyJson(['timeline', CASE], { url }),
      ]);
    const [a, b] = await Promise.all([views(source.url), views(target.url)]);
    expect(b).toEqual(a);
    expect(a[0].at).toBe(now);
    // The round trip kept what the views are built from: recordedAt and recordedBy.
    expect(b[5].items.find((i: { type: string }) => i.type === 'NegotiationOpened')).toMatchObject({
      recordedAt: '2025-10-17T09:00:00Z',
      recordedBy: 'example-analyst',
    });
    // Seventeen CLI processes and two servers: on a loaded 2-core machine this outlasts the default 30 s.
  }, 120_000);

  it('importing the same file again stores nothing new, and says so', async () => {
    const again = await parley(['import', 'parley-log.jsonl'], { url: target.url, cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(`Nothing new: 0 new events stored — all ${N} events of parley-log\\.jsonl were already in the log`),
    );
    const summary = await parleyJson(['import', exported], { url: target.url, cwd: dir });
    expect(summary).toMatchObject({ lines: N, stored: 0, skipped: N, streams: 1 });
    expect((await parleyJson(['events', CASE], { url: target.url })).revision).toBe(N - 1);
  });

  it('a malformed line refuses the whole file: exit 1, the line number named, nothing stored', async () => {
    const fresh = await startTestApp();
    try {
      const good = fs.readFileSync(EXAMPLE_LOG, 'utf8').trim().split('\n').slice(0, 20);
      const broken = [...good.slice(0, 11), '{"stream":"negotiation-pak-afghan-2025","id":', ...good.slice(11)];
      const file = path.join(dir, 'broken.jsonl');
      fs.writeFileSync(file, `${broken.join('\n')}\n`);

      const refused = await parley(['import', file], { url: fresh.url });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/import refused: nothing of .*broken\.jsonl was stored/);
      expect(refused.stderr).toMatch(/line 12: not valid JSON/);
      expect(refused.stdout).toBe('');

      const asJson = await parley(['import', file, '--json'], { url: fresh.url });
      expect(asJson.code).toBe(1);
      expect(JSON.parse(asJson.stderr)).toMatchObject({
        statusCode: 400,
        errors: [{ field: 'line 12', problems: ['not valid JSON'] }],
      });

      const [list, health] = await Promise.all([
        parleyJson(['list'], { url: fresh.url }),
        parleyJson(['health'], { url: fresh.url }),
      ]);
      expect(list.negotiations).toEqual([]);
      expect(health.store.headPosition).toBe(0);
    } finally {
      await fresh.cleanup();
    }
  });

  it("export of a misspelt negotiation is refused (exit 1, the API's 404), not written as an empty backup", async () => {
    const cwd = scratchDir();
    const refused = await parley(['export', '--negotiation', 'pak-afghan-2052', '-o', 'backup.jsonl'], {
      url: source.url,
      cwd,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/404 Not Found · negotiation-not-found\n {2}no negotiation "pak-afghan-2052"/);
    expect(refused.stdout).toBe('');
    expect(fs.existsSync(path.join(cwd, 'backup.jsonl'))).toBe(false);

    const one = await parley(['export', '--negotiation', CASE, '-o', 'backup.jsonl'], { url: source.url, cwd });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(new RegExp(`Exported ${N} events to backup\\.jsonl`));
  });

  it('-o a path that cannot be written: a usage error naming it (exit 2), found before the server is asked', async () => {
    const cwd = scratchDir();
    // No server at all: the path is what is wrong, and what the user hears about.
    const nowhere = 'http://127.0.0.1:9';
    const [exportRun, briefRun, unreached] = await Promise.all([
      parley(['export', '-o', 'no-such-dir/log.jsonl'], { url: source.url, cwd }),
      parley(['brief', CASE, '-o', 'no-such-dir/brief.md'], { url: source.url, cwd }),
      parley(['export', '-o', 'no-such-dir/log.jsonl'], { url: nowhere, cwd }),
    ]);
    expect(exportRun.code).toBe(2);
    expect(exportRun.stderr).toMatch(/^error cannot write no-such-dir\/log\.jsonl: ENOENT\n/);
    expect(exportRun.stderr).not.toMatch(/cannot reach/);
    expect(briefRun.code).toBe(2);
    expect(briefRun.stderr).toMatch(/^error cannot write no-such-dir\/brief\.md: ENOENT\n/);
    expect(unreached.code).toBe(2);
    expect(unreached.stderr).toMatch(/^error cannot write no-such-dir\/log\.jsonl: ENOENT\n/);
  });
});
