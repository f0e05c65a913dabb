/**
 * The README and the docs point only at what a user of the repository has: every
 * relative link and every repository path written in code (`examples/…`,
 * `../…`) exists in the repository, every anchor names a heading of the file it
 * links to, and no text refers to a document that is not here (a `PRODUCT.md`,
 * a "DOMAIN §3" from the project's brief).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** README.md, docs/**, and the README of every app, lib, the examples and the benchmarks. */
function documents(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
    );
  const readmes = ['apps', 'libs'].flatMap((group) =>
    readdirSync(join(ROOT, group)).map((name) => join(ROOT, group, name, 'README.md')),
  );
  return [
    join(ROOT, 'README.md'),
    ...walk(join(ROOT, 'docs')),
    ...readmes,
    ...['examples', 'bench'].map((d) => join(ROOT, d, 'README.md')),
  ].filter((file) => existsSync(file));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => slug(m[1] ?? '')));
}

const inRepo = (path: string): boolean => !relative(ROOT, path).startsWith('..') && existsSync(path);
const TOP_LEVEL = new Set(readdirSync(ROOT));
/** A segment that stands for many names: `*.json`, `<case>.ts`, `{a,b}`, `…`. */
const PATTERN = /[*<>{}…]/;

/** Everything in `file` that points at something the repository does not have, one line each. */
/** The text with its code (fenced blocks and inline spans) blanked out, so that indices still point at lines. */
const proseOf = (text: string): string =>
  text.replace(/^```[\s\S]*?^```|`[^`\n]*`/gm, (code) => code.replace(/[^\n]/g, ' '));

/**
 * The repository paths written as code: each inline code span with a slash, and
 * in fenced blocks each word that starts with a top-level folder (`examples/…`).
 */
function codePaths(text: string): { path: string; index: number }[] {
  const spans = [...text.matchAll(/`([^`\s]+\/[^`\s]*)`/g)].map((m) => ({ path: m[1] ?? '', index: m.index }));
  const fenced = [...text.matchAll(/^```[\s\S]*?^```/gm)].flatMap((block) =>
    [...block[0].matchAll(/[^\s'"()=@]+\/[^\s'"()]*/g)]
      .filter((w) => TOP_LEVEL.has(w[0].split('/')[0] ?? ''))
      .map((w) => ({ path: w[0], index: block.index + w.index })),
  );
  return [...spans, ...fenced];
}

/** Everything in `file` that points at something the repository does not have, one line each. */
function brokenReferences(file: string, text: string = readFileSync(file, 'utf8')): string[] {
  const problems: string[] = [];
  const at = (index: number) => `${relative(ROOT, file)}:${text.slice(0, index).split('\n').length}`;
  const dir = dirname(file);
  const prose = proseOf(text);

  for (const m of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    const [path = '', anchor] = target.split('#');
    const resolved = path === '' ? file : resolve(dir, decodeURIComponent(path));
    if (!inRepo(resolved)) problems.push(`${at(m.index)}: link to ${target}: no such file in the repository`);
    else if (anchor !== undefined && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor))
      problems.push(`${at(m.index)}: link to ${target}: no heading "#${anchor}" in ${relative(ROOT, resolved)}`);
  }

  for (const { path: written, index } of codePaths(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('/') || written.startsWith('~')) continue;
    const segments = written.split('/');
    const wild = segments.findIndex((s) => PATTERN.test(s));
    const fixed = (wild === -1 ? segments : segments.slice(0, wild)).join('/');
    const first = segments[0] === '.' ? segments[1] : segments[0];
    if (written.startsWith('../')) {
      if (!inRepo(resolve(dir, fixed)))
        problems.push(`${at(index)}: \`${written}\`: outside the repository or missing`);
    } else if (first !== undefined && TOP_LEVEL.has(first)) {
      if (!existsSync(join(ROOT, fixed)) && !existsSync(join(dir, fixed)))
        problems.push(`${at(index)}: \`${written}\`: no such path in the repository`);
    }
  }

  for (const m of prose.matchAll(/§\s*\d+\w*/g))
    problems.push(`${at(m.index)}: "${m[0]}": a section of a document that is not in the repository; link a heading`);
  for (const m of text.matchAll(/(?<![\w/.-])([A-Za-z][\w-]*\.md)\b/g)) {
    const name = m[1] ?? '';
    if (!documents().some((doc) => doc.split(sep).pop() === name) && !existsSync(join(dir, name)))
      problems.push(`${at(m.index)}: ${name}: no such document in the repository`);
  }
  return problems;
}

describe('the README and the docs', () => {
  const files = documents();

  it('are found: the README, docs/ and the READMEs of the apps', () => {
    const names = files.map((f) => relative(ROOT, f).split(sep).join('/'));
    expect(names).toEqual(
      expect.arrayContaining(['README.md', 'docs/DESIGN.md', 'docs/DOMAIN.md', 'apps/cli/README.md']),
    );
    expect(files.every((f) => statSync(f).isFile())).toBe(true);
  });

  it('point only at files, headings and documents the repository has', () => {
    expect(files.flatMap((file) => brokenReferences(file))).toEqual([]);
  });

  it('name what is missing: a path outside the repository, a brief section, a missing file or heading', () => {
    const file = join(ROOT, 'README.md');
    const text = [
      'Calls are in `../shared/data/escalation-judgements.csv`, types in `DOMAIN` §3 (see PRODUCT.md).',
      'Built by `examples/build-example.ts`, see [the levels](docs/DOMAIN.md#no-such-heading) and [x](docs/NOPE.md).',
      'Fine: `examples/<case>.ts`, `bench/results/*.json`, `text/csv`, [levels](docs/DOMAIN.md#escalation-levels).',
    ].join('\n');
    expect(brokenReferences(file, text)).toEqual([
      'README.md:2: link to docs/DOMAIN.md#no-such-heading: no heading "#no-such-heading" in docs/DOMAIN.md',
      'README.md:2: link to docs/NOPE.md: no such file in the repository',
      'README.md:1: `../shared/data/escalation-judgements.csv`: outside the repository or missing',
      'README.md:2: `examples/build-example.ts`: no such path in the repository',
      'README.md:1: "§3": a section of a document that is not in the repository; link a heading',
      'README.md:1: PRODUCT.md: no such document in the repository',
    ]);
  });
});
