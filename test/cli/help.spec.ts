/**
 * `--help` on every command: what it does, an example (from the
 * Pakistan–Afghanistan case where the command takes one), and the exit codes;
 * for each event type, every data field as a flag. Plus the pieces the
 * commands are built from: flag parsing and the sparkline.
 */
import { DEVELOPMENT_TYPES } from '@parley/domain';
import { fieldEntries, flagOf } from '../../apps/cli/src/record/fields';
import { applySet, parseActor, parseDelegation, parseRange, parseSource } from '../../apps/cli/src/record/parse';
import { downsample, sparkChar } from '../../apps/cli/src/render/escalation';
import { textWidth } from '../../apps/cli/src/output';
import { runInProcess } from './support';

const COMMANDS = [
  'open',
  'record',
  'events',
  'list',
  'status',
  'matrix',
  'escalation',
  'timeline',
  'changes',
  'brief',
  'watch',
  'export',
  'import',
  'rebuild',
  'health',
  'config',
];
/** Commands that take no negotiation: their examples cannot name the case. */
const CASELESS = new Set(['rebuild', 'health', 'config', 'list']);

describe('parley --help', () => {
  it('the top level lists every command, the connection settings and the exit codes', async () => {
    const { code, stdout } = await runInProcess(['--help']);
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    expect(stdout).toMatch(/flag > environment > config file > default/);
    expect(stdout).toMatch(
      /Exit codes:\n {2}0 {2}done\n {2}1 {2}the API refused the request \(4xx\)[^\n]*(\n {5}\S[^\n]*)*\n {2}2 {2}usage error[^\n]*(\n {5}\S[^\n]*)*\n {2}3 {2}cannot reach the server, or the server failed \(5xx\)/,
    );
  });

  it.each(COMMANDS)('%s --help has an example and the exit codes', async (command) => {
    const { code, stdout } = await runInProcess([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples?( \(the Pakistan–Afghanistan case\))?:\n {2}\$ parley /);
    if (!CASELESS.has(command)) expect(stdout).toMatch(/pak-afghan-2025|pakistan-afghanistan-2025/);
    // At 80 columns the line wraps: any space may be a line break.
    expect(stdout).toMatch(
      /Exit codes:\s+0\s+done\s+·\s+1\s+refused\s+by\s+the\s+API\s+\(4xx\)\s+·\s+2\s+usage\s+error\s+·\s+3\s+server\s+unreachable\s+or\s+failed\s+\(5xx\)/,
    );
  });

  it('record --help lists every event type and its data fields', async () => {
    const { stdout } = await runInProcess(['record', '--help']);
    for (const type of DEVELOPMENT_TYPES) {
      expect(stdout).toMatch(new RegExp(`^  ${type}\\|`, 'm'));
      const fields = fieldEntries(type).map(([name]) => name);
      expect(stdout).toMatch(new RegExp(`^  ${type} +${fields.map((f) => `${f}\\*?`).join(',\\s+')}$`, 'm'));
    }
  });

  it.each(DEVELOPMENT_TYPES)('record %s --help has a flag for every data field and an example', async (type) => {
    const { code, stdout } = await runInProcess(['record', type, '--help']);
    expect(code).toBe(0);
    for (const [field, spec] of fieldEntries(type)) {
      expect(stdout).toContain(`--${flagOf(field, spec)}`);
      expect(stdout).toContain(`data.${field}`);
    }
    expect(stdout).toMatch(new RegExp(`\\$ parley record ${type} pak-afghan-2025( \\\\\n +| )--occurred-at `));
    expect(stdout).toMatch(/--source "/);
  });
});

describe('parley --help at 80 columns (piped)', () => {
  const HELPS = [[], ...COMMANDS.map((c) => [c]), ...DEVELOPMENT_TYPES.map((t) => ['record', t])];
  /** The words of a help, without the backslashes that continue a shell line. */
  const words = (text: string) => text.split(/\s+/).filter((w) => w && w !== '\\');

  it.each(HELPS)(
    'parley %s --help fits: lists wrap in their column, examples between their arguments, nothing lost',
    async (...args) => {
      const [narrow, wide] = await Promise.all([
        runInProcess([...args, '--help']),
        runInProcess([...args, '--help'], { env: { COLUMNS: '1000' } }),
      ]);
      const over = narrow.stdout
        .split('\n')
        .filter((line) => textWidth(line) > 80)
        // An argument longer than a line is left whole, alone on its line: breaking it would break the command.
        .filter((line) => !/^ +(--[\w-]+ )?"[^"]*"( \\)?$/.test(line));
      expect(over).toEqual([]);
      expect(words(narrow.stdout)).toEqual(words(wide.stdout));
      // A wrapped example still pastes: a line that follows a "$ parley" line ending in a backslash is indented under it.
      const lines = narrow.stdout.split('\n');
      lines.forEach((line, i) => {
        if (i > 0 && / \\$/.test(lines[i - 1]!) && /\$ parley|^ {4,}/.test(lines[i - 1]!))
          expect(line).toMatch(/^ {4,}\S/);
      });
    },
  );
});

describe('flag parsing', () => {
  it('reads a source as title|url|publisher|publishedAt|grade, leaving out empty parts', () => {
    expect(parseSource('Istanbul talks end in stalemate|https://dunyanews.tv/x|Dunya News|2025-10-29|B2')).toEqual({
      title: 'Istanbul talks end in stalemate',
      url: 'https://dunyanews.tv/x',
      publisher: 'Dunya News',
      publishedAt: '2025-10-29',
      reliability: 'B',
      credibility: 2,
    });
    expect(parseSource('A title||Dawn')).toEqual({ title: 'A title', publisher: 'Dawn' });
    expect(parseSource('A title||||f')).toEqual({ title: 'A title', reliability: 'F' });
    expect(parseSource('{"title":"JSON","credibility":3}')).toEqual({ title: 'JSON', credibility: 3 });
    expect(() => parseSource('|https://x.org')).toThrow(/title/);
    expect(() => parseSource('t|u|p|d|G7')).toThrow(/grade/);
  });

  it('reads actors, ranges and delegations', () => {
    expect(parseActor('afghan-taliban:Afghan Taliban: the government:de-facto-authority', '--party')).toEqual({
      id: 'afghan-taliban',
      name: 'Afghan Taliban: the government',
      kind: 'de-facto-authority',
    });
    expect(() => parseActor('pakistan', '--party')).toThrow(/id:Name:kind/);
    expect(parseRange('23-58', '--fatalities')).toEqual({ min: 23, max: 58 });
    expect(parseRange('23..58', '--fatalities')).toEqual({ min: 23, max: 58 });
    expect(parseRange('11', '--fatalities')).toEqual({ min: 11, max: 11 });
    expect(parseDelegation('pakistan:Khawaja Muhammad Asif:Defence Minister')).toEqual({
      actorId: 'pakistan',
      head: { name: 'Khawaja Muhammad Asif', title: 'Defence Minister', actorId: 'pakistan' },
    });
    expect(parseDelegation('afghan-taliban')).toEqual({ actorId: 'afghan-taliban' });
  });

  it('--set takes dotted paths and JSON values, else text', () => {
    const data = {};
    applySet(data, 'speaker.name=Khawaja Muhammad Asif');
    applySet(data, 'casualties.min=8');
    applySet(data, 'data.hosts=["turkiye","qatar"]');
    applySet(data, 'delegations.0.actorId=pakistan');
    applySet(data, 'textPublic=false');
    expect(data).toEqual({
      speaker: { name: 'Khawaja Muhammad Asif' },
      casualties: { min: 8 },
      hosts: ['turkiye', 'qatar'],
      delegations: [{ actorId: 'pakistan' }],
      textPublic: false,
    });
    expect(() => applySet(data, '__proto__.x=1')).toThrow(/not a usable path/);
  });
});

describe('the sparkline', () => {
  it('maps the index on a fixed 0–100 scale', () => {
    expect([0, 12, 13, 50, 87.4, 87.5, 100].map(sparkChar).join('')).toBe('▁▁▂▅▇██');
  });

  it('keeps the highest point of each bucket when there are more points than columns', () => {
    const points = [5, 9, 70, 3, 2, 1, 40, 0].map((index, i) => ({
      t: String(i),
      index,
      level: 1 as const,
      levelName: 'cooperative' as const,
      conflict: 0,
      cooperation: 0,
    }));
    expect(downsample(points, 4).map((p) => p.index)).toEqual([9, 70, 2, 40]);
    expect(downsample(points, 10)).toHaveLength(8);
  });
});
