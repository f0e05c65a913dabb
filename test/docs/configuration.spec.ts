/**
 * The README's configuration is the service's: every variable its
 * Configuration table (and the EventStoreDB section) names is read by the
 * config loaders, every default it prints is the one the loaders use when the
 * variable is unset, every variable the loaders read is named in the README,
 * and every `npm run` script a document names exists in package.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../apps/api/src/config/config';
import { loadLiveConfig } from '../../apps/api/src/live/live.config';

const ROOT = resolve(__dirname, '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const README = read('README.md');

/** The two loaders of the service's settings, as one value to compare (not a terminal: the log format's default is `json`). */
function settings(env: NodeJS.ProcessEnv): unknown {
  return { app: loadConfig(env, false), live: loadLiveConfig(env) };
}

/** What the loaders make of `env`: their settings, or the error they refuse it with. */
function outcome(env: NodeJS.ProcessEnv): unknown {
  try {
    return settings(env);
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

/** The rows of the README's Configuration table: each variable it names and the default cell of its row. */
function configurationTable(text: string): { variables: string[]; default: string }[] {
  const section = /^## Configuration\n([\s\S]*?)^## /m.exec(text)?.[1] ?? '';
  return [...section.matchAll(/^\|([^|\n]+)\|([^|\n]+)\|/gm)]
    .map((m) => ({
      variables: [...(m[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((v) => v[1] ?? ''),
      default: (m[2] ?? '').trim(),
    }))
    .filter((row) => row.variables.length > 0);
}

/** Defaults written in prose as "`PARLEY_X` (60000…": the EventStoreDB section's. */
function proseDefaults(text: string): { variable: string; default: string }[] {
  return [...text.matchAll(/`([A-Z][A-Z0-9_]+)` \((\d+)\b/g)].map((m) => ({
    variable: m[1] ?? '',
    default: m[2] ?? '',
  }));
}

/** Every default the README prints as a literal (a cell that is one code span; `$VAR/…` read with VAR's own default). */
function documentedDefaults(text: string): { variable: string; default: string }[] {
  const rows = configurationTable(text);
  const literal = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1];
  const table = rows.flatMap((row) => {
    const value = literal(row.default);
    return value === undefined || row.variables.length !== 1 ? [] : [{ variable: row.variables[0]!, default: value }];
  });
  const expand = (value: string) =>
    value.replace(/\$([A-Z][A-Z0-9_]+)/g, (_, name: string) => table.find((d) => d.variable === name)?.default ?? '');
  return [...table, ...proseDefaults(text)].map((d) => ({ variable: d.variable, default: expand(d.default) }));
}

/** The variables a loader's source reads: `env.NAME`, or a name passed with `env` to a reader (`int(env, 'NAME', …)`). */
function variablesReadBy(path: string): string[] {
  const source = read(path);
  return [
    ...new Set(
      [...source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)|\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2] ?? ''),
    ),
  ];
}

/** The variables `text`'s table and prose name that no loader reads: setting one leaves the settings as they were. */
function unread(text: string): string[] {
  const named = [
    ...configurationTable(text).flatMap((r) => r.variables),
    ...proseDefaults(text).map((d) => d.variable),
  ];
  return named.filter((variable) => {
    const probe = variable === 'PORT' ? '4321' : 'a-value-no-default-has';
    return JSON.stringify(outcome({ [variable]: probe })) === JSON.stringify(outcome({}));
  });
}

describe("the README's configuration", () => {
  const rows = configurationTable(README);

  it('is found: the table and the defaults written beside the EventStoreDB variables', () => {
    expect(rows.length).toBeGreaterThan(10);
    expect(documentedDefaults(README).length).toBeGreaterThan(10);
    expect(proseDefaults(README).length).toBeGreaterThan(0);
  });

  it('names only variables the config loaders read: setting one changes the settings or is refused', () => {
    expect(unread(README)).toEqual([]);
  });

  it('tells an unread variable apart: a table row naming a variable no loader reads is caught', () => {
    const altered = README.replace('| `PARLEY_LIVE_MAX_DELAY_MS` |', '| `PARLEY_LIVE_MAX_DELAY` |');
    expect(altered).not.toBe(README);
    expect(unread(altered)).toEqual(['PARLEY_LIVE_MAX_DELAY']);
  });

  it('prints the defaults the loaders use: each set to its documented default gives the settings of none set', () => {
    const wrong = documentedDefaults(README)
      .filter((d) => JSON.stringify(outcome({ [d.variable]: d.default })) !== JSON.stringify(outcome({})))
      .map((d) => `${d.variable}=${d.default}`);
    expect(wrong).toEqual([]);
  });

  it('names every variable the loaders read', () => {
    const read = [
      ...variablesReadBy('apps/api/src/config/config.ts'),
      ...variablesReadBy('apps/api/src/live/live.config.ts'),
    ];
    const inReadme = new Set([...README.matchAll(/\b[A-Z][A-Z0-9_]+\b/g)].map((m) => m[0]));
    // NODE_ENV=test only silences the test runs' logs; PARLEY_PUBLISHED_ADDRESS is set by docker-compose.yml (docs/EVENTSTOREDB.md).
    const internal = new Set(['NODE_ENV', 'PARLEY_PUBLISHED_ADDRESS']);
    expect(read.filter((v) => !internal.has(v) && !inReadme.has(v))).toEqual([]);
  });

  it('tells a wrong default apart: a table that printed another default is caught', () => {
    const altered = README.replace('| `PARLEY_BODY_LIMIT` | `1mb` |', '| `PARLEY_BODY_LIMIT` | `2mb` |');
    expect(altered).not.toBe(README);
    const wrong = documentedDefaults(altered).filter(
      (d) => JSON.stringify(outcome({ [d.variable]: d.default })) !== JSON.stringify(outcome({})),
    );
    expect(wrong.map((d) => d.variable)).toEqual(['PARLEY_BODY_LIMIT']);
  });
});

describe('the npm scripts the documents name', () => {
  it('exist in package.json', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const documents = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...['apps', 'libs'].flatMap((group) =>
        readdirSync(join(ROOT, group))
          .map((name) => `${group}/${name}/README.md`)
          .filter((f) => existsSync(join(ROOT, f))),
      ),
      'examples/README.md',
      'bench/README.md',
    ];
    const missing = documents.flatMap((doc) =>
      [...read(doc).matchAll(/\bnpm run ([a-z][\w:-]*)/g)]
        .map((m) => m[1] ?? '')
        .filter((name) => !scripts.includes(name))
        .map((name) => `${doc}: npm run ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
