/**
 * One id pattern (issue #17: "one home per rule … one id pattern"): what a
 * UUID looks like is written once, in `libs/ids` — the leaf that libs/domain
 * and libs/event-store may both import under the layer rule — and every other
 * module derives from it (the domain's `EVENT_ID_PATTERN`, the field rules, the
 * EventStoreDB adapter's id mapping, the import). This reads every production
 * source (apps, libs, examples, bench, scripts; not tests or test fixtures) and
 * names each file that spells a UUID pattern itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CANONICAL_UUID } from '@parley/ids';
import { EVENT_ID_PATTERN, isValidEventId } from '@parley/domain';
import { toEsdbEventId } from '@parley/event-store/esdb/ids';

const ROOT = path.resolve(__dirname, '../..');

/** Eight hex digits then a dash, however the character class is written: the head of a UUID pattern. */
const SPELLS_A_UUID = /\[(?:0-9a-f|0-9a-fA-F|0-9A-Fa-f|a-f0-9|\\da-f|\\dA-Fa-f|0-9A-F)\]\{8\}-/;

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'testing', 'dist', 'results'].includes(entry.name) ? [] : sources(full);
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('the id pattern', () => {
  const files = ['apps', 'libs', 'examples', 'bench', 'scripts'].flatMap((dir) => sources(path.join(ROOT, dir)));

  it('is recognised however its character class is written (the check sees what it judges)', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const planted of [
      'const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;',
      "const uuid = new RegExp('^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-');",
      String.raw`const UUID = /^[\da-f]{8}-[\da-f]{4}/i;`,
    ]) {
      expect(planted).toMatch(SPELLS_A_UUID);
    }
  });

  it('is spelled in one production module, libs/ids', () => {
    const spelling = files
      .filter((file) => SPELLS_A_UUID.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(spelling).toEqual(['libs/ids/src/index.ts']);
  });

  it('means the same to the domain and to the EventStoreDB store: an id the domain takes in lowercase is stored as is', () => {
    const id = '3b241101-e2bb-4255-8caf-4136c566a962';
    expect(CANONICAL_UUID.test(id) && isValidEventId(id) && toEsdbEventId(id) === id).toBe(true);
    // Uppercase: the domain takes it (any case); the store maps it to a name-based UUID and keeps the original.
    expect(isValidEventId(id.toUpperCase())).toBe(true);
    expect(toEsdbEventId(id.toUpperCase())).not.toBe(id.toUpperCase());
    expect(EVENT_ID_PATTERN.source).toBe(CANONICAL_UUID.source);
  });
});
