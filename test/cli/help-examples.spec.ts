/**
 * `parley record <Type> --help` ends with an example "(the Pakistan–Afghanistan
 * case)". Pasted into a shell as printed, with the server pointed at by
 * PARLEY_URL (README, The CLI), against the example case as shipped
 * (examples/pakistan-afghanistan-2025.jsonl imported into a fresh store), each
 * one is recorded: the ids it names are the case's, and what it introduces is
 * new to it. Each type gets its own copy of the imported store, so no example
 * leans on another's.
 *
 * Six are the case's own developments, which its final state rightly refuses
 * to take a second time: no round came after the third (Asif, 7 Nov: no plan
 * for a fourth), every round scheduled was held, and the truce and the
 * retracted "expired" are settled. Those are refused for that reason only.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEVELOPMENT_TYPES, type DevelopmentType, type Source } from '@parley/domain';
import { EXAMPLE_LOG, importExample, startTestApp } from '../support/app';
import { ROOT, parley, shell } from './support';

/** The types whose example the case already holds, and the rule that refuses it again. */
const ALREADY_IN_THE_CASE: Partial<Record<DevelopmentType, string>> = {
  // istanbul-2, scheduled on 30 Oct for 6 Nov.
  TalksRoundScheduled: 'round-already-exists',
  // doha-2025-10, opened on 18 Oct.
  TalksRoundOpened: 'round-already-opened',
  // istanbul-1, adjourned on 30 Oct.
  TalksRoundConcluded: 'round-already-concluded',
  // No round of the case was called off: istanbul-2 was held.
  TalksRoundCancelled: 'round-already-opened',
  // truce-48h-2025-10-15, superseded by the Doha ceasefire on 19 Oct.
  CeasefireEnded: 'ceasefire-already-ended',
  // The truce's premature "expired" of 17 Oct, withdrawn the same day.
  EventRetracted: 'event-already-retracted',
};

/** The command under "Example (the Pakistan–Afghanistan case):", continuation lines and all. */
function exampleOf(help: string): string {
  const match = /Example \(the Pakistan–Afghanistan case\):\n {2}\$ ((?:[^\n]* \\\n)*[^\n]*)/.exec(help);
  if (!match) throw new Error(`no example in:\n${help}`);
  return match[1]!;
}

let seed: string;
const copies: string[] = [];

beforeAll(async () => {
  const server = await startTestApp();
  await importExample(server.url);
  await server.close();
  seed = server.dataDir;
});
afterAll(() => {
  for (const dir of [seed, ...copies]) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs a command line in bash against a server on a fresh copy of the imported example case. */
async function inTheCase(line: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-help-example-'));
  copies.push(dataDir);
  fs.cpSync(seed, dataDir, { recursive: true });
  const server = await startTestApp({ dataDir });
  try {
    return await shell(line, { url: server.url });
  } finally {
    await server.close();
  }
}

/** The `parley record` commands of the README's CLI section (`npx parley` there), continuation lines and all. */
function readmeRecordExamples(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The CLI'), readme.indexOf('## The dashboard'));
  return [...section.matchAll(/^npx (parley record (?:[^\n]* \\\n)*[^\n]*)/gm)].map((m) => m[1]!);
}

/** The commands under "Examples (the Pakistan–Afghanistan case):" of `parley record --help`. */
async function overviewExamples(): Promise<string[]> {
  const { stdout } = await parley(['record', '--help']);
  const block = stdout.slice(stdout.indexOf('Examples (the Pakistan–Afghanistan case):'));
  return [...block.matchAll(/^ {2}\$ ((?:[^\n]* \\\n)*[^\n]*)/gm)].map((m) => m[1]!);
}

describe('the example of record <Type> --help, pasted as printed into a shell, is recorded in the example case', () => {
  it.each(DEVELOPMENT_TYPES)('%s', async (type) => {
    const help = await parley(['record', type, '--help']);
    expect(help.code).toBe(0);
    const line = exampleOf(help.stdout);
    expect(line).toMatch(new RegExp(`^parley record ${type} pak-afghan-2025 `));

    const result = await inTheCase(line);
    const refusal = ALREADY_IN_THE_CASE[type];
    if (refusal === undefined) {
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^Recorded ${type} in pak-afghan-2025\\n`));
    } else {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`^error 4\\d\\d [A-Za-z ]+ · ${refusal}\\n {2}refused: nothing was stored\\n`),
      );
    }
  });
});

describe('the examples of record --help and of the README, pasted as printed, are recorded in the example case', () => {
  it('record --help has two, the README one', async () => {
    expect((await overviewExamples()).length).toBe(2);
    expect(readmeRecordExamples().length).toBe(1);
  });

  it.each([0, 1])('record --help, example %d', async (i) => {
    const result = await inTheCase((await overviewExamples())[i]!);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Recorded \w+ in pak-afghan-2025\n/);
  });

  it('the README', async () => {
    const result = await inTheCase(readmeRecordExamples()[0]!);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Recorded \w+ in pak-afghan-2025\n/);
  });
});

describe('the sources the record examples cite', () => {
  it('are ones the example case cites: each title is the article at its link, from that publisher', async () => {
    const lines = [
      ...(await Promise.all(
        DEVELOPMENT_TYPES.map(async (t) => exampleOf((await parley(['record', t, '--help'])).stdout)),
      )),
      ...(await overviewExamples()),
      ...readmeRecordExamples(),
    ];
    const cited = fs
      .readFileSync(EXAMPLE_LOG, 'utf8')
      .trim()
      .split('\n')
      .flatMap((line) => (JSON.parse(line) as { metadata: { sources: Source[] } }).metadata.sources);
    const sources = new Set(lines.flatMap((line) => [...line.matchAll(/--source "([^"]*)"/g)].map((m) => m[1]!)));
    expect(sources.size).toBeGreaterThan(0);
    for (const source of sources) {
      const [title, url, publisher] = source.split('|');
      const same = cited.filter((c) => c.url === url);
      expect({ url, cited: same.length > 0 }).toEqual({ url, cited: true });
      for (const c of same) expect({ title, publisher }).toEqual({ title: c.title, publisher: c.publisher });
    }
  });
});
