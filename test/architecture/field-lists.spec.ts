/**
 * A development type's field list lives in `libs/domain` only (issue #17: "no
 * production file outside libs/domain spells out a development type's field
 * list"): the catalogue says per type which fields it has, and the edges (the
 * HTTP validation, the CLI, the form, the views' summary) derive them. This
 * parses every production module under apps/ and libs/ outside libs/domain —
 * TypeScript and the dashboard's JavaScript — and names each literal that
 * restates a type's fields:
 *
 * - one that names every field of a type (of three or more) and nothing else
 *   but the envelope's fields: an object literal copying them one by one, an
 *   interface or type literal restating them, a list of their names;
 * - a list of three or more field names of one type (an array of strings, a
 *   union of string literals), as a hand-kept "which fields" list would be.
 *
 * Reading fields (`event.data.by`, `const { by, to } = data`) is not listing
 * them; view shapes that add their own fields to a type's are the views' own.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { ENVELOPE, EVENT_TYPES, fieldsOf, type EventType } from '@parley/domain';

const ROOT = path.resolve(__dirname, '../..');

/** Names a request or a command carries beside a type's own fields. */
const ENVELOPE_NAMES = new Set(['type', 'id', 'negotiationId', ...Object.keys(ENVELOPE)]);
const FIELDS = EVENT_TYPES.map((type) => [type, new Set(fieldsOf(type).map(([field]) => field))] as const);

function productionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'testing', 'dist'].includes(entry.name) ? [] : productionFiles(full);
    return /\.(ts|js|mjs)$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The names a literal lists, when it is a kind of literal that lists names. */
function listedNames(node: ts.Node): { names: string[]; strings: boolean } | undefined {
  if (ts.isArrayLiteralExpression(node) && node.elements.length && node.elements.every(ts.isStringLiteralLike)) {
    return { names: node.elements.map((e) => (e as ts.StringLiteralLike).text), strings: true };
  }
  if (
    ts.isUnionTypeNode(node) &&
    node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteralLike(t.literal))
  ) {
    return {
      names: node.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteralLike).text),
      strings: true,
    };
  }
  const members = ts.isObjectLiteralExpression(node)
    ? node.properties
    : ts.isTypeLiteralNode(node) || ts.isInterfaceDeclaration(node)
      ? node.members
      : undefined;
  if (!members) return undefined;
  const names = members.flatMap((m) => (m.name && !ts.isComputedPropertyName(m.name) ? [m.name.text] : []));
  return { names, strings: false };
}

/** Each literal of `source` that restates a type's field list: "line: what". */
function fieldLists(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const listed = listedNames(node);
    if (listed) {
      const { names, strings } = listed;
      for (const [type, fields] of FIELDS) {
        const restatesAll =
          fields.size >= 3 &&
          [...fields].every((f) => names.includes(f)) &&
          names.every((n) => fields.has(n) || ENVELOPE_NAMES.has(n));
        const listsSome = strings && names.length >= 3 && names.every((n) => fields.has(n));
        if (restatesAll || listsSome) {
          const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push(
            `${line}: ${restatesAll ? 'every field' : 'fields'} of ${type as EventType} (${names.join(', ')})`,
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('development types’ field lists', () => {
  const files = ['apps', 'libs']
    .flatMap((dir) => productionFiles(path.join(ROOT, dir)))
    .filter((file) => !file.startsWith(path.join(ROOT, 'libs/domain/')));

  it('reads every production module outside libs/domain, the dashboard’s JavaScript included', () => {
    const relative = files.map((file) => path.relative(ROOT, file));
    expect(relative.length).toBeGreaterThan(100);
    expect(relative).toEqual(
      expect.arrayContaining([
        'apps/api/src/recording/dto/event-data.dto.ts',
        'apps/cli/src/record/fields.ts',
        'apps/dashboard/src/views/record-form.js',
        'libs/projections/src/summary.ts',
      ]),
    );
  });

  it('finds a planted list: a copy field by field, an interface, a list of names, a union of names', () => {
    const planted = [
      'const body = { type: "UltimatumIssued", ultimatumId, by, to, demandIds, deadline, consequences, channel, occurredAt };',
      // Every field the catalogue gives a ceasefire, whatever it gives it now.
      `interface Ceasefire { ${fieldsOf('CeasefireDeclared')
        .map(([field]) => `${field}?: string;`)
        .join(' ')} }`,
      "const kept = pick(event.data, ['label', 'venue', 'plannedFor']);",
      "type Kept = 'kind' | 'perpetrator' | 'place';",
    ].join('\n');
    expect(fieldLists('planted.ts', planted)).toEqual([
      expect.stringMatching(/^1: every field of UltimatumIssued/),
      expect.stringMatching(/^2: every field of CeasefireDeclared/),
      expect.stringMatching(/^3: fields of TalksRoundScheduled/),
      expect.stringMatching(/^4: fields of IncidentReported/),
    ]);
  });

  it('lets code read fields and views add their own to them', () => {
    const reading = [
      'const { roundId, outcome, summary } = event.data;',
      'const round = { roundId, label, venue, hosts, plannedFor, openedAt, concludedAt, outcome, summary, nextSteps };',
      "const order = ['accepted', 'rejected', 'ambiguous'];",
    ].join('\n');
    expect(fieldLists('reading.ts', reading)).toEqual([]);
  });

  it('are spelled out by no production file outside libs/domain', () => {
    const found = files.flatMap((file) =>
      fieldLists(file, fs.readFileSync(file, 'utf8')).map((what) => `${path.relative(ROOT, file)}:${what}`),
    );
    expect(found).toEqual([]);
  });
});
