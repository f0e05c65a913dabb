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
import { parley, shell } from './support';

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

describe('the example of record <Type> --help, pasted as printed into a shell, is recorded in the example case', () => {
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

  it.each(DEVELOPMENT_TYPES)('%s', async (type) => {
    const help = await parley(['record', type, '--help']);
    expect(help.code).toBe(0);
    const line = exampleOf(help.stdout);
    expect(line).toMatch(new RegExp(`^parley record ${type} pak-afghan-2025 `));

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-help-example-'));
    copies.push(dataDir);
    fs.cpSync(seed, dataDir, { recursive: true });
    const server = await startTestApp({ dataDir });
    try {
      const result = await shell(line, { url: server.url });
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
    } finally {
      await server.close();
    }
  });
});

describe('the source every record example cites', () => {
  it('is one the example case cites: the title is the article at the link, from that publisher', async () => {
    const { stdout } = await parley(['record', 'StatementMade', '--help']);
    const [title, url, publisher] = /--source "([^"]*)"/.exec(exampleOf(stdout))![1]!.split('|');
    const cited = fs
      .readFileSync(EXAMPLE_LOG, 'utf8')
      .trim()
      .split('\n')
      .flatMap((line) => (JSON.parse(line) as { metadata: { sources: Source[] } }).metadata.sources)
      .filter((source) => source.url === url);
    expect(cited).not.toEqual([]);
    for (const source of cited)
      expect({ title, publisher }).toEqual({ title: source.title, publisher: source.publisher });
  });
});
