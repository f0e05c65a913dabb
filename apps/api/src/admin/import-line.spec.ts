/**
 * The import's shortcut past class-validator (`edgeAccepts`) must never let
 * through a line the edge refuses: every line it accepts is checked again here
 * by `httpWriteProblems` (the DTOs themselves), over the shipped examples, one
 * line per development type from the catalogue's examples, and thousands of
 * their mutations — each field removed, set to odd values, or joined by an
 * unknown or forbidden one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_TYPES, exampleDevelopment, exampleOpening } from '@parley/domain';
import { ODD_VALUES } from '../http/testing/odd-values';
import { commandOf, edgeAccepts, httpWriteProblems, type ImportLine } from './import-line';

const EXAMPLES = join(__dirname, '../../../../examples');

function shippedLines(): ImportLine[] {
  return ['pakistan-afghanistan-2025.jsonl', 'india-pakistan-2025.jsonl'].flatMap((file) =>
    readFileSync(join(EXAMPLES, file), 'utf8')
      .trim()
      .split('\n')
      .map((text) => {
        const { id, type, data, metadata } = JSON.parse(text) as ImportLine;
        return { id, type, data, metadata };
      }),
  );
}

const STAMPS = { schema: 1, negotiationId: 'ex-1', recordedAt: '2025-11-01T00:00:00Z', recordedBy: 'ana' };

/** A stored line of each development type, and an opening, from the catalogue's examples. */
function catalogueLines(): ImportLine[] {
  const { id: negotiationId, eventId, title, subject, parties, mediators, ...envelope } = exampleOpening();
  const lines: ImportLine[] = [
    {
      id: eventId ?? '3b241101-e2bb-4255-8caf-4136c566a962',
      type: 'NegotiationOpened',
      data: { negotiationId: negotiationId ?? 'ex-1', title, subject, parties, mediators },
      metadata: { ...STAMPS, ...envelope },
    },
  ];
  for (const type of DEVELOPMENT_TYPES) {
    const { eventId: id, type: _type, data, ...rest } = exampleDevelopment(type);
    lines.push({ id: id ?? '3b241101-e2bb-4255-8caf-4136c566a962', type, data, metadata: { ...STAMPS, ...rest } });
  }
  return lines;
}

type Json = Record<string, unknown> | unknown[];
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every object or list inside `value`, with the path to it (the root included). */
function containers(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; at: Json }[] {
  if (value === null || typeof value !== 'object') return [];
  const here = [{ path, at: value as Json }];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return here.concat(entries.flatMap(([key, v]) => containers(v, [...path, key])));
}

function at(root: unknown, path: readonly (string | number)[]): Json {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], root) as Json;
}

/** The line with one change made by `change` to the container at `path` of its data or metadata (a fresh copy). */
function mutants(line: ImportLine): ImportLine[] {
  const out: ImportLine[] = [];
  for (const part of ['data', 'metadata'] as const) {
    for (const { path } of containers(line[part])) {
      const keys = Object.keys(at(line[part], path));
      const change = (edit: (target: Json) => void) => {
        const copy = clone(line) as { -readonly [K in keyof ImportLine]: ImportLine[K] };
        edit(at(copy[part], path));
        out.push(copy);
      };
      for (const key of keys) {
        for (const odd of ODD_VALUES)
          change((target) => {
            if (odd === undefined && !Array.isArray(target)) delete target[key];
            else (target as Record<string, unknown>)[key] = clone(odd ?? null);
          });
      }
      change((target) => {
        if (Array.isArray(target)) target.push('extra');
        else target.unknownField = 'x';
      });
      if (!Array.isArray(at(line[part], path))) {
        // Written as JSON would carry it: an own `__proto__` key.
        change((target) => Object.defineProperty(target, '__proto__', { value: {}, enumerable: true }));
      }
    }
  }
  return out;
}

describe('edgeAccepts: the edge verdict without class-validator', () => {
  const lines = [...shippedLines(), ...catalogueLines()];

  it('given every shipped example line and a line of each development type, then it accepts each, as the edge does', () => {
    for (const line of lines) {
      expect(httpWriteProblems(line)).toEqual([]);
      expect({ id: line.id, type: line.type, accepted: edgeAccepts(line) }).toEqual({
        id: line.id,
        type: line.type,
        accepted: true,
      });
    }
  });

  it('given a "__proto__" key in the metadata or in an opening\'s data (as JSON.parse leaves it), then neither it nor the edge accepts the line', () => {
    const opening = lines.find((l) => l.type === 'NegotiationOpened')!;
    const development = lines.find((l) => l.type !== 'NegotiationOpened')!;
    const withProto = (line: ImportLine, where: 'metadata' | 'data'): ImportLine => {
      const text = JSON.stringify(line).replace(`"${where}":{`, `"${where}":{"__proto__":{"isAdmin":true},`);
      return JSON.parse(text) as ImportLine;
    };
    for (const line of [
      withProto(development, 'metadata'),
      withProto(opening, 'metadata'),
      withProto(opening, 'data'),
    ]) {
      expect({ type: line.type, accepted: edgeAccepts(line) }).toEqual({ type: line.type, accepted: false });
      expect(httpWriteProblems(line)).not.toEqual([]);
    }
  });

  it('given any line, then its command carries the request body an HTTP write would have sent, key for key and in order', () => {
    const stamped = new Set(['schema', 'negotiationId', 'recordedAt', 'recordedBy']);
    for (const line of lines) {
      const envelope = Object.fromEntries(Object.entries(line.metadata as object).filter(([key]) => !stamped.has(key)));
      const { negotiationId: _negotiationId, ...opening } = line.data as Record<string, unknown>;
      const expected =
        line.type === 'NegotiationOpened'
          ? { type: 'OpenNegotiation', negotiationId: 'n-1', ...opening, ...envelope, eventId: line.id }
          : {
              type: 'RecordDevelopments',
              negotiationId: 'n-1',
              developments: [{ ...envelope, eventId: line.id, type: line.type, data: line.data }],
            };
      expect(JSON.stringify(commandOf(line, 'n-1'))).toBe(JSON.stringify(expected));
    }
  });

  it('given thousands of mutations of those lines, then every one it accepts the edge accepts too', () => {
    // One line per type is enough to reach every field's checks; the shipped logs repeat types.
    const byType = new Map<string, ImportLine>();
    for (const line of lines) if (!byType.has(line.type)) byType.set(line.type, line);
    let accepted = 0;
    let refused = 0;
    for (const line of byType.values()) {
      for (const mutant of mutants(line)) {
        if (edgeAccepts(mutant)) {
          accepted++;
          expect({ mutant, problems: httpWriteProblems(mutant) }).toEqual({ mutant, problems: [] });
        } else refused++;
      }
    }
    // The mutations reach both verdicts: odd values that are still well formed, and ones that are not.
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(1000);
  });
});
