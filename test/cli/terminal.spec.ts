/**
 * The CLI at a terminal and in a pipe, on the example case, with the real
 * `parley` process: a reader that closes the pipe early ends it quietly
 * (exit 0, no stack trace); piped output fits 80 columns; actors and demands
 * are named, not given by id; a range flag of another command is called
 * unknown, with the one this command takes.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import stringWidth from 'string-width';
import { EXAMPLE_EVENT_COUNT, EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import { citations } from '../support/brief';
import { BIN, cliBuild, parley, scratchDir, spawnParley } from './support';

const CASE = 'pak-afghan-2025';
// Each test runs one to three CLI processes (the watch test the example's events' worth): room for a loaded 2-core machine.
jest.setTimeout(120_000);
/** Piped, with no COLUMNS: the width the output must fit. */
const PIPED = { COLUMNS: undefined };

/** Lines wider than `width` terminal columns (colour is off in tests; wide characters count two). */
function overWidth(text: string, width = 80): string[] {
  return text.split('\n').filter((line) => stringWidth(line) > width);
}

/** Runs parley with its stdout pipe closed by the reader before anything is written; resolves to the exit code and stderr. */
function withClosedPipe(args: string[], url?: string): Promise<{ code: number | null; stderr: string }> {
  const cwd = scratchDir();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: {
        PATH: process.env.PATH,
        HOME: cwd,
        NO_COLOR: '1',
        PARLEY_CLI_BUILD: cliBuild(),
        ...(url ? { PARLEY_URL: url } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader has had enough (as `| head -2` has after two lines): every write from now on meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`parley ${args.join(' ')} did not end after its pipe closed\nstderr: ${stderr}`));
    }, 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('the CLI in a pipe and at 80 columns (the example case)', () => {
  let server: TestApp;
  const piped = (args: string[]) => parley(args, { url: server.url, env: PIPED, timeoutMs: 60_000 });

  beforeAll(async () => {
    server = await startTestApp();
    const imported = await parley(['import', EXAMPLE_LOG], { url: server.url, timeoutMs: 60_000 });
    if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
  });
  afterAll(() => server.cleanup());

  it.each([[['timeline', CASE]], [['--help']], [['matrix', CASE, '--evidence']]])(
    'parley %j into a pipe the reader has closed: exit 0, nothing on stderr',
    async (args) => {
      const result = await withClosedPipe(args, server.url);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it.each([
    [['list']],
    [['status', CASE]],
    [['status', CASE, '--at', '2025-11-30']],
    [['escalation', CASE, '--at', '2025-11-30']],
    [['escalation', CASE, '--at', '2025-10-15', '--model', 'v1']],
    [['changes', CASE, '--since', '2025-10-01', '--until', '2025-12-01']],
    [['matrix', CASE]],
    [['matrix', CASE, '--at', '2025-11-30']],
  ])('parley %j piped: every line within 80 columns', async (args) => {
    const result = await piped(args);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').length).toBeGreaterThan(3);
    expect(overWidth(result.stdout)).toEqual([]);
  });

  it('list says the trend in a word beside its arrow, and the ceasefire as status says it', async () => {
    const [list, status] = await Promise.all([piped(['list']), piped(['status', CASE])]);
    const api = (await (await fetch(`${server.url}/negotiations/${CASE}/status`)).json()) as {
      escalation: { trend: string };
    };
    const block = list.stdout.slice(list.stdout.indexOf(CASE));
    // "index 34.0 →" read as a change to something; "→ steady" says what it is.
    expect(block).toMatch(new RegExp(`index \\d+\\.\\d [↑↓→] ${api.escalation.trend} · `));
    const ceasefire = /Ceasefire +(in force|violated|ended|none)/.exec(status.stdout)?.[1];
    expect(ceasefire).toBeDefined();
    expect(block).toContain(`ceasefire ${ceasefire} · `);
    expect(list.stdout).not.toMatch(/in-force/);
  });

  it('timeline gives each event its weight in a word, and its help says what the weight is', async () => {
    const [timeline, help] = await Promise.all([piped(['timeline', CASE]), piped(['timeline', '--help'])]);
    // The militant attack of 8 Oct weighs towards conflict.
    expect(timeline.stdout).toMatch(/IncidentReported weight −\d+\.\d\n {2}Militant attack/);
    expect(timeline.stdout).not.toMatch(/ g[−+]?\d/);
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/weight: how hard it pushes towards conflict .* Goldstein score/);
  });

  it('watch counts in words: “1 ultimatum”, never “1 ultimatums”', async () => {
    const status = (await (await fetch(`${server.url}/negotiations/${CASE}/status`)).json()) as {
      rounds: { held: number };
      ultimatums: unknown[];
    };
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const watch = spawnParley(['watch', CASE], { url: server.url, env: PIPED });
    try {
      await watch.waitFor(/ status /);
    } finally {
      expect(await watch.interrupt()).toBe(0);
    }
    const line = watch.stdout().replace(/\n {4}/g, ' ');
    expect(line).toContain(`${count(status.rounds.held, 'round')} · ceasefire`);
    expect(line).toContain(`${count(status.ultimatums.length, 'ultimatum')} · `);
    expect(status.ultimatums).toHaveLength(1);
  });

  it('COLUMNS sets another width, and --wide none: the same status then has lines over 80 columns', async () => {
    const [narrow, wide] = await Promise.all([
      parley(['status', CASE, '--at', '2025-11-30'], { url: server.url, env: { COLUMNS: '60' } }),
      piped(['status', CASE, '--at', '2025-11-30', '--wide']),
    ]);
    expect(overWidth(narrow.stdout, 60)).toEqual([]);
    expect(overWidth(wide.stdout).length).toBeGreaterThan(0);
    // Wrapped, nothing is lost: the same words in the same order.
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    expect(words(narrow.stdout)).toEqual(words(wide.stdout));
  });

  it('a source link is printed whole on one line, so it opens when copied: the only lines over 80 columns are links', async () => {
    const [timeline, evidence, served] = await Promise.all([
      piped(['timeline', CASE, '--sources']),
      piped(['matrix', CASE, '--evidence']),
      fetch(`${server.url}/negotiations/${CASE}/timeline`).then((r) => r.json()),
    ]);
    const links = new Set<string>(
      (served as { items: { sources: { url?: string }[] }[] }).items.flatMap((i) =>
        i.sources.flatMap((s) => (s.url?.startsWith('http') ? [new URL(s.url).href] : [])),
      ),
    );
    // Some of the case's links are longer than a piped line: the case for keeping them whole.
    expect([...links].some((l) => l.length > 80)).toBe(true);
    const printed = (out: string) => new Set(out.split('\n').flatMap((l) => l.match(/https?:\/\/\S+/g) ?? []));
    expect([...links].filter((l) => !printed(timeline.stdout).has(l))).toEqual([]);
    for (const out of [timeline.stdout, evidence.stdout]) {
      expect(overWidth(out).filter((l) => !/^ *https?:\/\/\S+$/.test(l))).toEqual([]);
      // Every link the evidence shows is one the log holds, whole.
      for (const link of printed(out)) expect(links).toContain(link);
    }
  });

  it('the matrix piped names its actors (a table of names, or a block per demand at a narrower width)', async () => {
    const [table, blocks] = await Promise.all([
      piped(['matrix', CASE, '--at', '2025-11-30']),
      parley(['matrix', CASE, '--at', '2025-11-30'], { url: server.url, env: { COLUMNS: '60' } }),
    ]);
    expect(table.stdout).toMatch(/│ Pakistan\s+│ Afghan Taliban\s+│/);
    expect(overWidth(blocks.stdout, 60)).toEqual([]);
    expect(blocks.stdout).toMatch(/^ {2}Afghan Taliban government: ✘ rejected/m);
    for (const out of [table.stdout, blocks.stdout]) expect(out).not.toMatch(/\bafghan-taliban\b/);
  });

  it('changes names who issued an ultimatum, who tabled a demand and on which demand a stance changed', async () => {
    const result = await piped(['changes', CASE, '--since', '2025-10-25', '--until', '2025-11-08']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/issued by Pakistan to Afghan Taliban government on 2025-10-26/);
    expect(result.stdout).toMatch(/tabled by Afghan Taliban government on 2025-10-26/);
    expect(result.stdout).toMatch(
      /Afghan Taliban government: no-position → rejected \(2025-11-07\)\n\s+on “Transfer to Pakistan/,
    );
    expect(result.stdout).not.toMatch(/\b(by|to) (pakistan|afghan-taliban)\b/);
  });

  it('watch names the actor and the demand of a position, and fits 80 columns', async () => {
    const watch = spawnParley(['watch', '--from', '0'], { url: server.url, env: PIPED });
    try {
      // The example's last event.
      await watch.waitFor(new RegExp(` #${EXAMPLE_EVENT_COUNT} `), 'stdout', 60_000);
    } finally {
      expect(await watch.interrupt()).toBe(0);
    }
    const text = watch.stdout().replace(/\s+/g, ' ');
    // As the timeline words it (the sentence `parley timeline` and the page show).
    expect(text).toMatch(/PositionTaken — Afghan Taliban government rejected "Transfer to Pakistan of key/);
    expect(text).not.toMatch(/PositionTaken — (pakistan|afghan-taliban) /);
    expect(overWidth(watch.stdout())).toEqual([]);
  });

  it('--type with a misspelt type is a usage error naming it, not an empty list; a short name selects its type', async () => {
    const [timeline, events, byAlias, byType] = await Promise.all([
      piped(['timeline', CASE, '--type', 'StatementMde']),
      piped(['events', CASE, '--type', 'PositionTaken,UltimatumIsued']),
      piped(['timeline', CASE, '--type', 'statement']),
      piped(['timeline', CASE, '--type', 'StatementMade']),
    ]);
    expect(timeline.code).toBe(2);
    expect(timeline.stderr).toMatch(/--type StatementMde: no such event type \(did you mean StatementMade\?\)/);
    expect(timeline.stdout).toBe('');
    expect(events.code).toBe(2);
    expect(events.stderr).toMatch(/--type UltimatumIsued: no such event type \(did you mean UltimatumIssued\?\)/);
    expect(byType.code).toBe(0);
    expect(byType.stdout).toMatch(/· [1-9]\d* events\n/);
    expect(byAlias.stdout).toBe(byType.stdout);
  });

  it('changes --from/--to: "unknown option", with the flag it takes instead; nothing about --since first', async () => {
    const [from, to, none] = await Promise.all([
      piped(['changes', CASE, '--from', '2025-10-01', '--to', '2025-11-01']),
      piped(['changes', CASE, '--since', '2025-10-01', '--to', '2025-11-01']),
      piped(['changes', CASE]),
    ]);
    expect(from.code).toBe(2);
    expect(from.stderr).toMatch(/unknown option '--from' \(did you mean --since\?\)/);
    expect(from.stderr).not.toMatch(/required option/);
    expect(to.code).toBe(2);
    expect(to.stderr).toMatch(/unknown option '--to' \(did you mean --until\?\)/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/required option '--since <date>'/);
  });

  it('brief --at: "unknown option", with the flag brief takes for its date (--to); the help says which read takes which', async () => {
    const [at, help] = await Promise.all([piped(['brief', CASE, '--at', '2025-10-20']), piped(['--help'])]);
    expect(at.code).toBe(2);
    expect(at.stderr).toMatch(/unknown option '--at' \(did you mean --to\?/);
    expect(at.stdout).toBe('');
    expect(help.stdout).not.toMatch(/Read \(each takes --at/);
  });

  it("watch <negotiation> --from: a usage error saying --events replays the negotiation's events (its views have no position)", async () => {
    const result = await parley(['watch', CASE, '--from', '0'], { url: server.url, env: PIPED, timeoutMs: 20_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`watch ${CASE} --events --from 0 replays its events`);
    expect(result.stdout).toBe('');
  });

  it('brief: the briefing the API serves, to stdout or with -o to a file; its sources numbered and every number cited listed', async () => {
    const period = ['--from', '2025-11-01', '--to', '2025-11-30'];
    const cwd = scratchDir();
    const [printed, written, served, status] = await Promise.all([
      piped(['brief', CASE, ...period]),
      parley(['brief', CASE, ...period, '-o', 'brief.md'], { url: server.url, cwd, timeoutMs: 60_000 }),
      fetch(`${server.url}/negotiations/${CASE}/brief?from=2025-11-01&to=2025-11-30`).then((r) => r.text()),
      fetch(`${server.url}/negotiations/${CASE}/status?at=2025-11-30`).then((r) => r.json()),
    ]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(served);
    expect(printed.stdout).toContain(`- **Phase:** ${status.phase}`);
    const { cited, listed } = citations(printed.stdout);
    expect(listed.length).toBeGreaterThan(10);
    expect([...cited].sort((a, b) => a - b)).toEqual(listed);
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/Wrote the briefing to brief\.md/);
    expect(fs.readFileSync(path.join(cwd, 'brief.md'), 'utf8')).toBe(served);

    const bad = await piped(['brief', CASE, '--from', '2025-12-01', '--to', '2025-11-01']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /from: from \(2025-12-01T00:00:00\.000Z\) must not be after to \(2025-11-01T23:59:59\.999Z\)/,
    );
  });
});
