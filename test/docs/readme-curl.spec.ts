/**
 * The curl examples of the documents, pasted as printed: every `curl` of the
 * README's sections "Recording developments (HTTP API)" and "Reading the views"
 * and of examples/README.md's "Loading it" is sent, in its document's order, to
 * a real server on a fresh SQLite file (localhost:3000 read as that server;
 * `@file` read from the repository's root). Each answers 2xx, unless the
 * comment printed under it shows another answer: then that status, and the bad
 * fields its message names, in its order, are the ones the API names.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestApp, type TestApp } from '../support/app';

const ROOT = resolve(__dirname, '../..');

/** The text of the `## heading` section of a document, up to the next `## `. */
function section(document: string, heading: string): string {
  const text = readFileSync(join(ROOT, document), 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`${document} has no section "${heading}"`);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

interface Command {
  /** The words of the command, quotes removed, as the shell would pass them. */
  words: string[];
  /** The `#` comment lines printed right under it (what it answers). */
  comment: string;
}

/** The commands of a shell block: words split as a shell would (quotes, `\` line continuations), comments kept apart. */
function commands(block: string): Command[] {
  const out: Command[] = [];
  let words: string[] = [];
  let word: string | undefined;
  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) out.push({ words, comment: '' });
    words = [];
  };
  const text = block.replace(/\\\n/g, ' ');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      word = (word ?? '') + text.slice(i + 1, close);
      i = close;
    } else if (c === '#' && word === undefined) {
      const eol = text.indexOf('\n', i);
      const line = text.slice(i + 1, eol < 0 ? undefined : eol);
      endCommand();
      const last = out[out.length - 1];
      if (last) last.comment += `${line}\n`;
      i = eol < 0 ? text.length : eol;
    } else if (c === '\n') endCommand();
    else if (/\s/.test(c)) endWord();
    else word = (word ?? '') + c;
  }
  endCommand();
  return out;
}

/** The README's shell blocks in `text` that hold a curl. */
function curlBlocks(text: string): string[] {
  return [...text.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '').filter((b) => /^curl /m.test(b));
}

/** A curl command as a request to `base`: its URL, headers and body (`-d`: a POST). */
function request(words: string[], base: string): { url: string; init: RequestInit } {
  const headers: Record<string, string> = {};
  let body: string | undefined;
  let url: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-H') {
      const [name = '', ...value] = words[++i]!.split(':');
      headers[name.trim()] = value.join(':').trim();
    } else if (w === '-d' || w === '--data' || w === '--data-binary') {
      const data = words[++i]!;
      // `@file`: the file's bytes, its path read from the repository's root (where the README's commands run).
      body = data.startsWith('@') ? readFileSync(join(ROOT, data.slice(1)), 'utf8') : data;
    } else if (w === '-X') i++;
    else if (w === '-s' || w === '-N') continue;
    else if (w.startsWith('-')) throw new Error(`the README's curl uses ${w}, which this spec does not read`);
    else url = w;
  }
  if (!url) throw new Error(`a curl without a URL: ${words.join(' ')}`);
  return {
    url: url.replace(/^(https?:\/\/)?localhost:3000/, base),
    init: { method: body === undefined && !words.includes('-X') ? 'GET' : 'POST', headers, body },
  };
}

/** What the comment under a command shows it answers: a status, and the fields its message names. */
function printed(comment: string): { status: number; fields: string[] } | undefined {
  const status = /"statusCode":\s*(\d+)/.exec(comment)?.[1];
  if (status === undefined) return undefined;
  const message = /"message":"([^"]*)"/.exec(comment)?.[1] ?? '';
  return { status: Number(status), fields: message.split(' | ').map((part) => part.split(': ')[0] ?? '') };
}

/** The curl commands of a document's sections, in order. */
function examples(document: string, headings: string[]): Command[] {
  return headings
    .flatMap((heading) => curlBlocks(section(document, heading)).flatMap(commands))
    .filter((c) => c.words[0] === 'curl');
}

/** Each command sent in order: what it answered, beside what its document says it answers (2xx unless a comment shows). */
async function run(list: Command[], base: string): Promise<{ answers: string[]; expected: string[] }> {
  const answers: string[] = [];
  const expected: string[] = [];
  for (const { words, comment } of list) {
    const { url, init } = request(words, base);
    const res = await fetch(url, init);
    const text = await res.text();
    const shown = printed(comment);
    const label = `${init.method} ${url.slice(base.length)}`;
    if (shown === undefined) {
      expected.push(`${label}: 2xx`);
      answers.push(`${label}: ${res.ok ? '2xx' : `${res.status} ${text.slice(0, 300)}`}`);
    } else {
      const fields = res.headers.get('content-type')?.includes('json')
        ? ((JSON.parse(text) as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field)
        : [];
      expected.push(`${label}: ${shown.status} ${shown.fields.join(', ')}`);
      answers.push(`${label}: ${res.status} ${fields.join(', ')}`);
    }
  }
  return { answers, expected };
}

describe('the curl examples of the README and examples/README.md, pasted as printed, each document on a fresh store', () => {
  const servers: TestApp[] = [];
  const fresh = async () => {
    const server = await startTestApp();
    servers.push(server);
    return server.url;
  };
  afterAll(() => Promise.all(servers.map((s) => s.cleanup())));

  const readme = examples('README.md', ['Recording developments (HTTP API)', 'Reading the views']);
  const loading = examples('examples/README.md', ['Loading it']);

  it('are found: the opening, two developments, the malformed one and the views; the import of the example', () => {
    expect(readme.length).toBeGreaterThanOrEqual(8);
    expect(readme.filter((c) => printed(c.comment) !== undefined)).toHaveLength(1);
    expect(loading).toHaveLength(1);
  });

  it('README: each answers as printed, in its order — 2xx, or the status and the bad fields its comment names', async () => {
    const { answers, expected } = await run(readme, await fresh());
    expect(answers).toEqual(expected);
  });

  it('examples/README.md: the import answers 2xx', async () => {
    const { answers, expected } = await run(loading, await fresh());
    expect(answers).toEqual(expected);
  });
});
