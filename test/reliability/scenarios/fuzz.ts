/**
 * Thousands of generated malformed or hostile requests (fast-check) against
 * every write and query route of one running app: bodies with wrong types,
 * missing and unknown fields, huge strings and arrays, odd unicode, hostile
 * keys (`__proto__`, `constructor`, `toString`), deep nesting, too many
 * fields, impossible dates, unknown ids; broken JSON, wrong content types and
 * encodings, oversized bodies; odd headers (If-Match, Idempotency-Key, keys);
 * odd query and path parameters; broken import files; unknown routes and
 * methods.
 *
 * For every answer: never a 5xx; every 4xx is JSON with a `code` and a
 * `message`, and the message names what is wrong (the field, parameter,
 * header, line or rule the case broke). A request that must store nothing
 * is never answered 2xx, and at the end the log is exactly what it was plus
 * the few generated writes that were valid after all (odd but legal unicode
 * in a summary), each of which reads back byte for byte.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ACTOR_ID_PATTERN, ENTITY_ID_PATTERN } from '@parley/domain';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import {
  call,
  demandBatch,
  exportLog,
  expectStatus,
  openBody,
  pool,
  statement,
  toJsonl,
  type Json,
  type LogLine,
  type Reply,
} from '../support/api';

export interface FuzzKeys {
  readonly viewer: string;
  readonly analyst: string;
  readonly admin: string;
}

export interface FuzzOptions {
  readonly url: string;
  readonly keys: FuzzKeys;
  readonly requests: number;
  readonly seed: number;
  readonly concurrency: number;
  readonly log?: (line: string) => void;
}

export interface FuzzFigures {
  readonly requests: number;
  readonly seed: number;
  readonly byStatus: Record<string, number>;
  readonly byCategory: Record<string, number>;
  readonly serverErrors: number;
  readonly unnamed: number;
  /** Every answer that broke a promise (`unnamed` among them), counted; the first 25 described in `failures`. */
  readonly badAnswers: number;
  readonly failures: readonly string[];
  /** Generated writes that were valid after all (stored, and read back identical). */
  readonly acceptedWrites: number;
  readonly logChanged: boolean;
}

/** What a case expects. */
interface Expect {
  /** Allowed statuses. */
  readonly status: readonly number[];
  /** The message must match (names the field, parameter, header, line or rule). */
  readonly mention?: RegExp;
  /** May this request store something? (only cases that can be valid after all) */
  readonly mayStore?: boolean;
}

interface FuzzCase {
  readonly category: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  /** Built when sent, so that huge bodies are not all held at once. */
  readonly body?: () => string | Buffer;
  readonly expect: Expect;
  /** For an accepted write: the text fields that must read back exactly. */
  readonly readBack?: { readonly eventId: string; readonly summary: string };
  /** SSE routes: a 200 would stream forever, so the request is cut and the 200 reported. */
  readonly stream?: boolean;
}

const TARGET = 'fuzz-target';
const UNOPENED = 'fuzz-never-opened';

// ---------------------------------------------------------------------------
// Building blocks

/**
 * encodeURIComponent, except that lone surrogates (which it refuses) are sent
 * as their WTF-8 bytes: not UTF-8, so the server cannot decode them.
 */
function enc(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff)
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(ch);
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Strings that have broken parsers, databases and terminals. */
const NASTY = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\u2060',
  '\ufeff',
  '\u2028\u2029',
  '𝕏𝕐',
  '👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301',
  'مرحبا بالعالم',
  'שלום',
  "'; DROP TABLE events; --",
  '" OR 1=1 --',
  '${process.exit()}',
  '{{constructor.constructor("return process")()}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '\r\nX-Injected: 1',
  '\\',
  '\t\n\r',
  ' ',
];

/** What a header value may hold: printable ASCII. */
function printable(maxLength: number): fc.Arbitrary<string> {
  return fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength,
  });
}

const nastyString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.tuple(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 10 })).map(([a, b]) => a + b),
);

/** A JSON value of any kind but `kind` (and never null: null is "absent" for optional fields). */
function otherKind(kind: string): fc.Arbitrary<unknown> {
  const kinds: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.oneof(fc.constantFrom('', 'x', '2025-10-19'), nastyString),
    number: fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, -1, 1e308, -0, 0.5),
    ),
    boolean: fc.boolean(),
    array: fc.oneof(fc.constant([]), fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 3 })),
    object: fc.oneof(
      fc.constant({}),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
    ),
  };
  return fc.oneof(
    ...Object.entries(kinds)
      .filter(([k]) => k !== kind)
      .map(([, a]) => a),
  );
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

type Path = readonly (string | number)[];

/** Every path in a JSON value (not the root), skipping the free-form replacement data of a correction. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  const out: Path[] = [];
  for (const [k, v] of entries) {
    const path = [...prefix, k];
    if (path.join('.').startsWith('data.changes')) continue;
    out.push(path, ...pathsOf(v, path));
  }
  return out;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

/** A deep copy with the value at `path` replaced (or deleted when `replacement` is DELETE). */
const DELETE = Symbol('delete');
function setAt(value: unknown, path: Path, replacement: unknown): Json {
  const copy = structuredClone(value) as Json;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => v[k], copy);
  const last = path[path.length - 1]!;
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

/** Sets an own, enumerable property — even `__proto__`, which plain assignment would treat as the prototype. */
function defineKey(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** The field a message must name for a problem at `path`: its last non-index segment. */
function fieldOf(path: Path): string {
  const names = path.filter((k) => typeof k === 'string');
  return String(names[names.length - 1] ?? 'body');
}

function nest(depth: number, leaf: unknown, kind: 'array' | 'object'): string {
  const inner = JSON.stringify(leaf);
  return kind === 'array'
    ? '['.repeat(depth) + inner + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
}

const RECORDABLE = Object.values(EXAMPLE_EVENTS) as Json[];
/** A valid development of any type, with a fresh event id (it may still break a business rule here). */
const anyDevelopment = fc
  .constantFrom(...RECORDABLE)
  .map((d) => ({ ...structuredClone(d), eventId: randomUUID() }) as Json);

const JSON_HEADERS = { 'Content-Type': 'application/json' };

interface WriteRoute {
  readonly path: string;
  /** Wraps one development into this route's body. */
  readonly wrap: (development: Json) => Json;
  /** Where the development sits in the body, for naming fields. */
  readonly prefix: Path;
}

const WRITE_ROUTES: readonly WriteRoute[] = [
  { path: `/negotiations/${TARGET}/events`, wrap: (d) => d, prefix: [] },
  { path: `/negotiations/${TARGET}/events:batch`, wrap: (d) => ({ events: [d] }), prefix: ['events', 0] },
];
const writeRoute = fc.constantFrom(...WRITE_ROUTES);

const BAD_DATES = [
  '2025-02-29',
  '2025-04-31',
  '2025-00-10',
  '2025-13',
  '2025-13-01',
  '2025-10-32',
  '2025-10-19T24:00:01Z',
  '2025-10-19T23:60:00Z',
  '2025-10-19T06:00:00',
  '2025-10-19 06:00:00Z',
  '2025-10-19T06:00:00+25:00',
  '19/10/2025',
  'yesterday',
  'now',
  '2025',
  '2025-1-9',
  '+275760-09-13',
  '-002025-10-19',
  '99999-01-01',
  '2999-01-01',
  '0000-00-00',
  '1e12',
  ' 2025-10-19',
  '2025-10-19\u0000',
];
/** In a query, a future date is a fine question (`knownAt=2999-01-01` folds everything). */
const badQueryDate = fc.oneof(
  fc.constantFrom(...BAD_DATES.filter((d) => d !== '2999-01-01')),
  fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
    .filter((s) => !/^\d{4}-\d{2}(-\d{2})?/.test(s) && s.trim() !== ''),
);
const badDate = fc.oneof(
  fc.constantFrom(...BAD_DATES),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}(-\d{2})?/.test(s)),
);

// ---------------------------------------------------------------------------
// Recording bodies

/** A required envelope field removed. */
const missingField = fc
  .tuple(writeRoute, anyDevelopment, fc.constantFrom('type', 'data', 'occurredAt', 'sources'))
  .map(([route, d, field]): FuzzCase => {
    const { [field]: _gone, ...rest } = d;
    return {
      category: 'missing field',
      method: 'POST',
      path: route.path,
      headers: JSON_HEADERS,
      body: () => JSON.stringify(route.wrap(rest)),
      expect: { status: [400], mention: new RegExp(escapeRe(field)) },
    };
  });

/** A field (envelope or data, at any depth) given a value of another JSON kind. */
const wrongType = fc
  .tuple(writeRoute, anyDevelopment, fc.nat())
  .chain(([route, d, pick]) => {
    const paths = pathsOf(d).filter((p) => getAt(d, p) !== null);
    const path = paths[pick % paths.length]!;
    return otherKind(kindOf(getAt(d, path))).map((value) => ({ route, d, path, value }));
  })
  .map(({ route, d, path, value }): FuzzCase => ({
    category: 'wrong type',
    method: 'POST',
    path: route.path,
    headers: JSON_HEADERS,
    body: () => JSON.stringify(route.wrap(setAt(d, path, value))),
    expect: { status: [400], mention: new RegExp(escapeRe(fieldOf(path))) },
  }));

/** An object of the body given a field it does not have. */
const unknownField = fc
  .tuple(
    writeRoute,
    anyDevelopment,
    fc.nat(),
    fc.oneof(
      fc.stringMatching(/^[a-zA-Z_$][\w$]{0,30}$/),
      nastyString.filter((s) => s.trim().length > 0 && s.length <= 40),
    ),
  )
  .map(([route, d, pick, key]): FuzzCase => {
    const objects: Path[] = [[], ...pathsOf(d).filter((p) => kindOf(getAt(d, p)) === 'object')];
    const at = objects[pick % objects.length]!;
    const copy = structuredClone(d) as Json;
    const target = at.reduce<Json>((v, k) => v[k], copy);
    const name =
      Object.prototype.hasOwnProperty.call(target, key) || ['__proto__', 'constructor', 'prototype'].includes(key)
        ? `${key}-extra`
        : key;
    defineKey(target, name, 'unexpected');
    return {
      category: 'unknown field',
      method: 'POST',
      path: route.path,
      headers: JSON_HEADERS,
      body: () => JSON.stringify(route.wrap(copy)),
      expect: { status: [400], mention: new RegExp(escapeRe(name.slice(0, 60))) },
    };
  });

/** `__proto__`, `constructor` and friends as keys, anywhere. */
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
  'then',
];
const hostileKey = fc
  .tuple(
    writeRoute,
    anyDevelopment,
    fc.nat(),
    fc.constantFrom(...HOSTILE_KEYS),
    fc.constantFrom<unknown>({ isAdmin: true }, { polluted: 'yes' }, 'x', 1, [], null),
  )
  .map(([route, d, pick, key, value]): FuzzCase => {
    const objects: Path[] = [[], ...pathsOf(d).filter((p) => kindOf(getAt(d, p)) === 'object')];
    const at = objects[pick % objects.length]!;
    const copy = structuredClone(d) as Json;
    defineKey(
      at.reduce<Json>((v, k) => v[k], copy),
      key,
      value,
    );
    return {
      category: 'hostile key',
      method: 'POST',
      path: route.path,
      headers: JSON_HEADERS,
      body: () => JSON.stringify(route.wrap(copy)),
      expect: { status: [400], mention: new RegExp(escapeRe(key)) },
    };
  });

/** Nesting far deeper than any real field, at the root or in place of a field. */
const deepNesting = fc
  .tuple(
    writeRoute,
    anyDevelopment,
    fc.nat(),
    fc.integer({ min: 22, max: 20_000 }),
    fc.constantFrom<'array' | 'object'>('array', 'object'),
    fc.boolean(),
  )
  .map(([route, d, pick, depth, kind, atRoot]): FuzzCase => {
    const paths = pathsOf(d);
    const path = paths[pick % paths.length]!;
    const marker = '"__deep__"';
    return {
      category: 'deep nesting',
      method: 'POST',
      path: route.path,
      headers: JSON_HEADERS,
      body: () =>
        atRoot
          ? nest(depth, 1, kind)
          : JSON.stringify(route.wrap(setAt(d, path, '__deep__'))).replace(marker, nest(depth, 1, kind)),
      expect: {
        status: [400],
        mention: atRoot && route.path.endsWith(':batch') ? /nested too deeply|events/ : /nested too deeply/,
      },
    };
  });

/** Objects with more fields than are read. */
const wideObject = fc
  .tuple(writeRoute, anyDevelopment, fc.integer({ min: 1001, max: 30_000 }))
  .map(([route, d, width]): FuzzCase => ({
    category: 'too many fields',
    method: 'POST',
    path: route.path,
    headers: JSON_HEADERS,
    body: () =>
      JSON.stringify(
        route.wrap({ ...d, data: Object.fromEntries(Array.from({ length: width }, (_, i) => [`f${i}`, i])) }),
      ),
    expect: { status: [400, 413], mention: /fields|too large/ },
  }));

/** A string field far longer than allowed (still under the body limit). */
const hugeString = fc
  .tuple(
    writeRoute,
    anyDevelopment,
    fc.nat(),
    fc.integer({ min: 4001, max: 400_000 }),
    fc.constantFrom('x', 'é', '𝕏', '\u0000', ' '),
  )
  .map(([route, d, pick, length, unit]): FuzzCase => {
    const paths = pathsOf(d).filter((p) => typeof getAt(d, p) === 'string');
    const path = paths[pick % paths.length]!;
    return {
      category: 'huge string',
      method: 'POST',
      path: route.path,
      headers: JSON_HEADERS,
      body: () => JSON.stringify(route.wrap(setAt(d, path, unit.repeat(Math.ceil(length / unit.length))))),
      expect: { status: [400, 413], mention: new RegExp(`${escapeRe(fieldOf(path))}|too large`) },
    };
  });

/** An array far longer than allowed. */
const hugeArray = fc
  .tuple(writeRoute, anyDevelopment, fc.nat(), fc.integer({ min: 501, max: 5_000 }))
  .map(([route, d, pick, length]): FuzzCase => {
    const paths = pathsOf(d).filter((p) => Array.isArray(getAt(d, p)));
    const path = paths[pick % paths.length]!;
    const item = (getAt(d, path) as unknown[])[0] ?? 'x';
    return {
      category: 'huge array',
      method: 'POST',
      path: route.path,
      headers: JSON_HEADERS,
      body: () =>
        JSON.stringify(
          route.wrap(
            setAt(
              d,
              path,
              Array.from({ length }, () => item),
            ),
          ),
        ),
      expect: { status: [400, 413], mention: new RegExp(`${escapeRe(fieldOf(path))}|too large`) },
    };
  });

/** Impossible, malformed or future dates in occurredAt. */
const impossibleDate = fc.tuple(writeRoute, anyDevelopment, badDate).map(([route, d, date]): FuzzCase => ({
  category: 'impossible date',
  method: 'POST',
  path: route.path,
  headers: JSON_HEADERS,
  body: () => JSON.stringify(route.wrap({ ...d, occurredAt: date })),
  // A well-formed date in the future breaks a business rule (422 occurred-in-future), not the format.
  expect: { status: [400, 422], mention: /occurredAt|occurred at/ },
}));

/** Odd unicode in a statement's free text: may be stored, and must then read back exactly. */
const oddText = fc.tuple(nastyString, fc.nat()).map(([text, n]): FuzzCase => {
  const eventId = randomUUID();
  const summary = `Fuzz ${n}: ${text}`;
  const body = { ...statement(n, eventId), data: { ...statement(n, eventId).data, summary } };
  return {
    category: 'odd unicode text',
    method: 'POST',
    path: `/negotiations/${TARGET}/events`,
    headers: JSON_HEADERS,
    body: () => JSON.stringify(body),
    expect: { status: [201, 400], mention: /summary/, mayStore: true },
    readBack: { eventId, summary },
  };
});

/** Odd unicode where an id goes: refused. */
const oddId = fc
  .tuple(nastyString, fc.constantFrom('eventId', 'data.demandId', 'data.speaker.actorId'))
  // Only what the field's own pattern refuses (a demand id may well be `valueOf`: ids are compared as own keys).
  .filter(
    ([text, field]) =>
      !(
        field === 'eventId' ? /^[0-9a-f-]{36}$/ : field === 'data.demandId' ? ENTITY_ID_PATTERN : ACTOR_ID_PATTERN
      ).test(text),
  )
  .map(([text, field]): FuzzCase => {
    const base: Json =
      field === 'data.demandId'
        ? { ...structuredClone(EXAMPLE_EVENTS.DemandTabled), eventId: randomUUID() }
        : statement(1);
    const path = field.split('.');
    return {
      category: 'odd unicode id',
      method: 'POST',
      path: `/negotiations/${TARGET}/events`,
      headers: JSON_HEADERS,
      body: () => JSON.stringify(setAt(base, path, text)),
      expect: { status: [400], mention: new RegExp(escapeRe(path[path.length - 1]!)) },
    };
  });

/** Ids that are well formed but name nothing: a position on an unknown demand, a correction of an unknown event, a speaker nobody registered. */
const unknownReference = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9]{2,12}$/).map((s) => `zz-${s}`),
    fc.constantFrom('position', 'correction', 'retraction', 'speaker', 'withdrawal'),
  )
  .map(([id, kind]): FuzzCase => {
    const uuid = randomUUID();
    const bodies: Record<string, Json> = {
      position: {
        ...EXAMPLE_EVENTS.PositionTaken,
        eventId: randomUUID(),
        data: { ...EXAMPLE_EVENTS.PositionTaken.data, demandId: id },
      },
      correction: {
        ...EXAMPLE_EVENTS.EventCorrected,
        eventId: randomUUID(),
        data: { ...EXAMPLE_EVENTS.EventCorrected.data, eventId: uuid },
      },
      retraction: {
        ...EXAMPLE_EVENTS.EventRetracted,
        eventId: randomUUID(),
        data: { ...EXAMPLE_EVENTS.EventRetracted.data, eventId: uuid },
      },
      speaker: { ...statement(3), data: { ...statement(3).data, speaker: { name: 'Nobody', actorId: id } } },
      withdrawal: {
        ...EXAMPLE_EVENTS.DemandWithdrawn,
        eventId: randomUUID(),
        data: { ...EXAMPLE_EVENTS.DemandWithdrawn.data, demandId: id },
      },
    };
    const named = kind === 'correction' || kind === 'retraction' ? uuid : id;
    return {
      category: 'unknown id in body',
      method: 'POST',
      path: `/negotiations/${TARGET}/events`,
      headers: JSON_HEADERS,
      body: () => JSON.stringify(bodies[kind]),
      expect: { status: [404, 422], mention: new RegExp(escapeRe(named)) },
    };
  });

/** A valid development for a negotiation that was never opened, or a path id that is no negotiation id at all. */
const unknownNegotiation = fc
  .tuple(
    anyDevelopment,
    fc.oneof(
      fc.constant(UNOPENED),
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/).map((s) => `nx-${s}`),
      nastyString,
      fc.string({ minLength: 65, maxLength: 3000 }),
    ),
    fc.boolean(),
  )
  .map(([d, id, batch]): FuzzCase => ({
    category: 'unknown negotiation',
    method: 'POST',
    path: `/negotiations/${enc(id)}/events${batch ? ':batch' : ''}`,
    headers: JSON_HEADERS,
    body: () => JSON.stringify(batch ? { events: [d] } : d),
    // An id whose bytes are not UTF-8 cannot even be decoded: 400.
    expect: { status: [400, 404], mention: /negotiation|decode/i },
  }));

/** Bodies that are not JSON, declared as JSON. */
const brokenJson = fc
  .tuple(
    writeRoute,
    anyDevelopment,
    fc.nat(),
    fc.constantFrom('truncate', 'garbage', 'single-quotes', 'trailing-comma', 'nan', 'comment', 'unquoted'),
  )
  .map(([route, d, pick, how]): FuzzCase => {
    const text = JSON.stringify(route.wrap(d));
    const broken: Record<string, () => string> = {
      truncate: () => text.slice(0, 1 + (pick % (text.length - 1))),
      garbage: () => `${text}${['x', '}', ']', ',', '{}'][pick % 5]}`,
      'single-quotes': () => text.replace(/"/g, "'"),
      'trailing-comma': () => `${text.slice(0, -1)},}`,
      nan: () => text.replace(/:\s*"[^"]*"/, ':NaN'),
      comment: () => `/* fuzz */${text}`,
      unquoted: () => text.replace(/"(\w+)":/, '$1:'),
    };
    return {
      category: 'broken JSON',
      method: 'POST',
      path: route.path,
      headers: JSON_HEADERS,
      body: broken[how]!,
      expect: { status: [400], mention: /JSON/ },
    };
  });

/** A JSON body sent under another content type, an unsupported charset or encoding, or none. */
const wrongContentType = fc
  .tuple(
    fc.constantFrom(...WRITE_ROUTES.map((r) => r.path), '/negotiations'),
    anyDevelopment,
    fc.constantFrom(
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/json',
      'application/jsonx',
      'application/javascript',
      'image/png',
      'none',
      'charset',
      'encoding',
      'gzip',
    ),
  )
  .map(([path, d, type]): FuzzCase => {
    const text = JSON.stringify(path.endsWith(':batch') ? { events: [d] } : d);
    const special: Record<string, { headers: Record<string, string>; mention: RegExp; status: number[] }> = {
      none: { headers: {}, mention: /application\/json/, status: [415] },
      charset: {
        headers: {
          'Content-Type': `application/json; charset=${['utf-16', 'latin1', 'ebcdic', 'x-unknown'][d.eventId.charCodeAt(0) % 4]}`,
        },
        mention: /encoding|UTF-8|JSON/,
        status: [400, 415],
      },
      encoding: {
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'compress' },
        mention: /encoding|UTF-8/,
        status: [415],
      },
      gzip: {
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        mention: /decompress|gzip/,
        status: [400],
      },
    };
    const chosen = special[type] ?? { headers: { 'Content-Type': type }, mention: /application\/json/, status: [415] };
    return {
      category: 'wrong content type',
      method: 'POST',
      path,
      headers: chosen.headers,
      body: () => Buffer.from(text),
      expect: { status: chosen.status, mention: chosen.mention },
    };
  });

/** Bodies over the 1 MB limit. */
const oversized = fc
  .tuple(
    fc.constantFrom(...WRITE_ROUTES.map((r) => r.path), '/negotiations', '/admin/rebuild'),
    fc.integer({ min: 1_048_700, max: 3_000_000 }),
  )
  .map(([path, size]): FuzzCase => ({
    category: 'oversized body',
    method: 'POST',
    path,
    headers: JSON_HEADERS,
    body: () => JSON.stringify({ type: 'StatementMade', data: { summary: 'x'.repeat(size) } }),
    expect: { status: [413], mention: /too large/ },
  }));

/** Malformed If-Match and Idempotency-Key headers on an otherwise valid write. */
const badHeader = fc
  .tuple(
    fc.constantFrom('If-Match', 'Idempotency-Key'),
    fc.oneof(
      printable(40),
      fc.constantFrom('"abc"', '*', 'W/"x"', '-2', '"1.5"', '1e3', '0x10', '""', '"1" "2"', '9999999999999999', 'a b'),
    ),
    fc.nat(),
  )
  .filter(([name, value]) =>
    name === 'If-Match'
      ? value.trim() !== '' && !/^(?:W\/)?"?(-1|\d{1,15})"?$/.test(value.trim())
      : value.trim().length > 0 && /\s/.test(value.trim()),
  )
  .map(([name, value, n]): FuzzCase => {
    const body = statement(n);
    return {
      category: `bad ${name}`,
      method: 'POST',
      path: `/negotiations/${TARGET}/events`,
      headers: { ...JSON_HEADERS, [name]: value },
      body: () => JSON.stringify(body),
      expect: { status: [400], mention: new RegExp(name) },
    };
  });

/** Batches that are not arrays of 1…500 developments. */
const badBatch = fc
  .tuple(
    anyDevelopment,
    fc.constantFrom('not-array', 'empty', 'too-many', 'extra-key', 'bad-item', 'null-body', 'array-body'),
    fc.nat(),
  )
  .map(([d, how, n]): FuzzCase => {
    const bodies: Record<string, () => Json> = {
      'not-array': () => ({ events: [d, 'x', 1, null, {}][n % 5] }),
      empty: () => ({ events: [] }),
      'too-many': () => ({ events: Array.from({ length: 501 + (n % 500) }, () => statement(n)) }),
      'extra-key': () => ({ events: [d], isAdmin: true }),
      'bad-item': () => ({ events: [statement(n), { ...d, occurredAt: 'never' }] }),
      'null-body': () => null,
      'array-body': () => [d],
    };
    const mention: Record<string, RegExp> = {
      'extra-key': /isAdmin/,
      'bad-item': /events\.1/,
      'null-body': /events|JSON/,
      'array-body': /events/,
    };
    return {
      category: 'bad batch',
      method: 'POST',
      path: `/negotiations/${TARGET}/events:batch`,
      headers: JSON_HEADERS,
      body: () => JSON.stringify(bodies[how]!()),
      expect: { status: [400], mention: mention[how] ?? /events/ },
    };
  });

/** POST /negotiations with a mutated opening. */
const badOpening = fc
  .tuple(
    fc.nat(),
    fc.constantFrom('missing', 'wrong-type', 'unknown', 'bad-id', 'bad-date'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  )
  .chain(([pick, how, text]) => {
    const base = openBody(`open-${randomUUID().slice(0, 8)}`);
    const paths = pathsOf(base);
    const path = paths[pick % paths.length]!;
    return otherKind(kindOf(getAt(base, path))).map((value) => ({ base, path, how, value, text }));
  })
  .map(({ base, path, how, value, text }): FuzzCase => {
    const cases: Record<string, () => { body: Json; mention: RegExp }> = {
      missing: () => ({ body: setAt(base, ['title'], DELETE), mention: /title/ }),
      'wrong-type': () => ({ body: setAt(base, path, value), mention: new RegExp(escapeRe(fieldOf(path))) }),
      unknown: () => ({ body: { ...base, role: 'admin' }, mention: /role/ }),
      'bad-id': () => ({ body: { ...base, id: `${text}!` }, mention: /id/ }),
      'bad-date': () => ({
        body: { ...base, occurredAt: BAD_DATES[text.length % BAD_DATES.length] },
        mention: /occurredAt|occurred at/,
      }),
    };
    const { body, mention } = cases[how]!();
    // A well-formed future date breaks a rule (422), a malformed one the format (400).
    return {
      category: 'bad opening',
      method: 'POST',
      path: '/negotiations',
      headers: JSON_HEADERS,
      body: () => JSON.stringify(body),
      expect: { status: how === 'bad-date' ? [400, 422] : [400], mention },
    };
  });

// ---------------------------------------------------------------------------
// Queries

const VIEWS = ['status', 'matrix', 'escalation', 'escalation/series', 'timeline', 'changes'] as const;

/** One query parameter with a value it cannot take. */
const badQuery = fc
  .tuple(
    fc.constantFrom(...VIEWS),
    fc.constantFrom('at', 'knownAt', 'minPosition', 'step', 'format', 'drivers', 'from', 'to', 'since', 'until'),
    badQueryDate,
    fc.constantFrom('-1', '1.5', 'abc', '1e3', '0x10', ' 1', '9999999999999999', '+1', '٣'),
    fc.constantFrom('0s', '0d', '0m', 'P', 'PT', '-1d', '1y', 'abc', '1.5d', 'P0D', '1000000d', '1 d', 'PT0H'),
    fc.constantFrom('xml', 'CSV', 'json ', 'html', '', 'yaml', 'csv,json'),
  )
  .filter(([view, param]) => {
    const allowed: Record<string, string[]> = {
      status: ['at', 'knownAt', 'minPosition'],
      matrix: ['at', 'knownAt', 'minPosition', 'format'],
      escalation: ['at', 'knownAt', 'minPosition', 'drivers'],
      'escalation/series': ['at', 'knownAt', 'minPosition', 'step', 'from', 'to'],
      timeline: ['at', 'knownAt', 'minPosition'],
      changes: ['knownAt', 'minPosition', 'since', 'until'],
    };
    return allowed[view]!.includes(param);
  })
  .filter(([, param, , , , format]) => !(param === 'format' && format === ''))
  .map(([view, param, date, number, step, format]): FuzzCase => {
    const value =
      param === 'minPosition' || param === 'drivers'
        ? number
        : param === 'step'
          ? step
          : param === 'format'
            ? format
            : date;
    const since = view === 'changes' && param !== 'since' ? '&since=2025-10-01' : '';
    return {
      category: 'bad query parameter',
      method: 'GET',
      path: `/negotiations/${TARGET}/${view}?${param}=${enc(value)}${since}`,
      headers: {},
      expect: { status: [400], mention: new RegExp(escapeRe(param)) },
    };
  });

/** Random parameter sets, valid or not: any 2xx or a named 4xx, never a 5xx. */
const anyQuery = fc
  .tuple(
    fc.constantFrom(...VIEWS, 'events'),
    fc.dictionary(
      fc.constantFrom(
        'at',
        'knownAt',
        'minPosition',
        'step',
        'format',
        'drivers',
        'from',
        'to',
        'since',
        'until',
        'type',
        'limit',
        'fromRevision',
        'x',
        '__proto__',
        'constructor',
      ),
      fc.oneof(
        fc.constantFrom(
          '',
          '0',
          '1',
          '2025-10',
          '2025-11-02',
          '2025-10-19T06:00:00Z',
          '1d',
          'csv',
          'json',
          '5',
          'StatementMade',
        ),
        badDate,
        nastyString,
      ),
      { maxKeys: 4 },
    ),
  )
  .map(([view, params]): FuzzCase => {
    const query = Object.entries(params)
      // minPosition beyond the head makes a view wait, then answer 503 "views-behind" (retry later) — by design, not fuzzed.
      .filter(([k, v]) => !(k === 'minPosition' && /^\d{1,15}$/.test(v) && Number(v) > 1))
      .map(([k, v]) => `${enc(k)}=${enc(v)}`)
      .join('&');
    return {
      category: 'any query',
      method: 'GET',
      path: `/negotiations/${TARGET}/${view}?${query}`,
      headers: {},
      expect: { status: [200, 400] },
    };
  });

/** Path parameters that are not ids, or ids of nothing. */
const oddPath = fc
  .tuple(
    fc.constantFrom(...VIEWS, 'events', 'stream'),
    fc.oneof(
      nastyString.map(enc),
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2F',
        'a%2Fb',
        '%',
        '%E0%A4%A',
        '%C0%AF',
        'UPPER',
        'a_b',
        '-a',
        'a-',
        ' ',
        '%20',
      ),
      fc.string({ minLength: 65, maxLength: 4000 }).map(enc),
      fc.constant(UNOPENED),
    ),
  )
  .map(([view, id]): FuzzCase => ({
    category: 'odd path parameter',
    method: 'GET',
    path: `/negotiations/${id}/${view}${view === 'changes' ? '?since=2025-10-01' : ''}`,
    headers: {},
    expect: { status: [400, 404], mention: /negotiation|decode|no route/i },
    stream: view === 'stream',
  }));

/** A URL over Node's 16 KB limit for the request head. */
const oversizedUrl = fc
  .tuple(fc.constantFrom(...VIEWS), fc.integer({ min: 17_000, max: 60_000 }))
  .map(([view, length]): FuzzCase => ({
    category: 'oversized URL',
    method: 'GET',
    path: `/negotiations/${TARGET}/${view}?at=${'9'.repeat(length)}`,
    headers: {},
    expect: { status: [431], mention: /too large/ },
  }));

const oddEventId = fc
  .oneof(fc.uuid(), nastyString.map(enc), fc.constantFrom('%', '%zz', 'x'.repeat(5000)))
  .map((id): FuzzCase => ({
    category: 'unknown event id',
    method: 'GET',
    path: `/events/${id}`,
    headers: {},
    expect: { status: [400, 404], mention: /event|decode/ },
  }));

const badEventsListing = fc
  .tuple(
    fc.constantFrom('limit', 'fromRevision'),
    fc.constantFrom('0', '-1', '1001', 'abc', '1.5', '1e2', '99999999999999999999', ' 5'),
  )
  .filter(([param, value]) => !(param === 'fromRevision' && (value === '0' || value === '1001')))
  .map(([param, value]): FuzzCase => ({
    category: 'bad events listing',
    method: 'GET',
    path: `/negotiations/${TARGET}/events?${param}=${enc(value)}`,
    headers: {},
    expect: { status: [400], mention: new RegExp(param) },
  }));

/** SSE routes asked for something they cannot serve (a valid request would stream forever). */
const badStream = fc
  .tuple(
    fc.constantFrom('from', 'Last-Event-ID', 'negotiation', 'beyond', 'unknown', 'views-minPosition'),
    fc.constantFrom('-1', 'abc', '1.5', '', 'NaN', 'Infinity', '0x1'),
    nastyString,
  )
  .filter(([how, number]) => !(how !== 'negotiation' && how !== 'unknown' && number === ''))
  .map(([how, number, text]): FuzzCase => {
    const cases: Record<string, { path: string; headers?: Record<string, string>; mention: RegExp; status: number[] }> =
      {
        from: { path: `/stream/events?from=${enc(number)}`, mention: /from/, status: [400] },
        'Last-Event-ID': {
          path: '/stream/events',
          headers: { 'Last-Event-ID': number.replace(/[^\x21-\x7e]/g, '') || 'x' },
          mention: /Last-Event-ID/,
          status: [400],
        },
        negotiation: { path: `/stream/events?negotiation=${enc(`${text}!`)}`, mention: /negotiation/, status: [400] },
        beyond: { path: '/stream/events?from=999999999', mention: /beyond the end/, status: [400] },
        unknown: { path: `/negotiations/${UNOPENED}/stream`, mention: /negotiation|fuzz-never-opened/i, status: [404] },
        'views-minPosition': {
          path: `/negotiations/${TARGET}/stream?minPosition=${enc(number)}`,
          mention: /minPosition/,
          status: [400],
        },
      };
    const c = cases[how]!;
    return {
      category: 'bad stream request',
      method: 'GET',
      path: c.path,
      headers: c.headers ?? {},
      expect: { status: c.status, mention: c.mention },
      stream: true,
    };
  });

// ---------------------------------------------------------------------------
// Admin, auth, routes

/** Import files with at least one bad line among good ones. */
function badImport(exported: readonly LogLine[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(
      fc.nat(),
      fc.constantFrom(
        'broken-json',
        'missing-field',
        'bad-stream',
        'bad-id',
        'bad-type',
        'bad-data',
        'mismatch',
        'bad-revision',
        'twice',
        'other-history',
        'gap',
        'not-object',
      ),
      fc.nat(),
    )
    .map(([pick, how, n]): FuzzCase => {
      const lines = exported.slice(0, 1 + (pick % exported.length)).map((l) => structuredClone(l) as Json);
      const i = n % lines.length;
      const line = lines[i];
      const texts = lines.map((l) => JSON.stringify(l));
      const fresh = randomUUID();
      switch (how) {
        case 'broken-json':
          texts[i] = texts[i]!.slice(0, Math.max(1, texts[i]!.length - 1 - (n % 20)));
          break;
        case 'missing-field':
          delete line[['stream', 'id', 'type', 'data', 'metadata'][n % 5]!];
          texts[i] = JSON.stringify(line);
          break;
        case 'bad-stream':
          texts[i] = JSON.stringify({ ...line, stream: ['orders-1', 'negotiation-', 'negotiation-UPPER', 42][n % 4] });
          break;
        case 'bad-id':
          texts[i] = JSON.stringify({ ...line, id: ['x', 42, fresh.toUpperCase(), `${fresh}0`][n % 4] });
          break;
        case 'bad-type':
          texts[i] = JSON.stringify({ ...line, type: ['NoSuchEvent', '', 7, '__proto__'][n % 4] });
          break;
        case 'bad-data':
          texts[i] = JSON.stringify({ ...line, data: [null, 'x', [], { nonsense: true }][n % 4] });
          break;
        case 'mismatch':
          texts[i] = JSON.stringify({ ...line, metadata: { ...line.metadata, negotiationId: 'someone-else' } });
          break;
        case 'bad-revision':
          texts[i] = JSON.stringify({ ...line, revision: [-1, 1.5, 'x', line.revision + 2][n % 4] });
          break;
        case 'twice':
          texts.push(texts[i]!);
          break;
        case 'other-history':
          // Another event where the store already has one: not the stored history.
          texts[i] = JSON.stringify({ ...line, id: fresh });
          break;
        case 'gap':
          texts.push(
            JSON.stringify({ ...lines[lines.length - 1], id: fresh, revision: lines[lines.length - 1].revision + 5 }),
          );
          break;
        case 'not-object':
          texts[i] = ['[]', '42', '"x"', 'null'][n % 4]!;
          break;
      }
      return {
        category: 'bad import',
        method: 'POST',
        path: '/admin/import',
        headers: { 'Content-Type': 'application/x-ndjson' },
        body: () => texts.join('\n'),
        expect: { status: [400], mention: /line \d+/ },
      };
    });
}

const otherAdmin = fc
  .tuple(
    fc.constantFrom('export-bad', 'export-bad', 'import-type', 'import-type', 'rebuild-body', 'rebuild-broken'),
    nastyString,
    fc.jsonValue({ maxDepth: 3 }),
  )
  .map(([how, text, value]): FuzzCase => {
    switch (how) {
      case 'export-bad':
        return {
          category: 'admin',
          method: 'GET',
          path: `/admin/export?negotiation=${enc(`${text}!`)}`,
          headers: {},
          expect: { status: [400], mention: /negotiation/ },
        };
      case 'import-type':
        return {
          category: 'admin',
          method: 'POST',
          path: '/admin/import',
          headers: JSON_HEADERS,
          body: () => JSON.stringify(value),
          expect: { status: [400, 415], mention: /x-ndjson|JSON/ },
        };
      case 'rebuild-body':
        // Rebuild takes no body: whatever comes is ignored, and the log is untouched.
        return {
          category: 'admin',
          method: 'POST',
          path: '/admin/rebuild',
          headers: JSON_HEADERS,
          body: () => JSON.stringify(value),
          expect: { status: [200, 400], mention: /JSON/ },
        };
      default:
        return {
          category: 'admin',
          method: 'POST',
          path: '/admin/rebuild',
          headers: JSON_HEADERS,
          body: () => `{${text}`,
          expect: { status: [400], mention: /JSON/ },
        };
    }
  });

/** Writes and admin calls without a key, with a wrong one, or with too low a role. */
function badAuth(keys: FuzzKeys): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(
      fc.constantFrom(
        { path: `/negotiations/${TARGET}/events`, role: 'analyst' },
        { path: `/negotiations/${TARGET}/events:batch`, role: 'analyst' },
        { path: '/negotiations', role: 'analyst' },
        { path: '/admin/import', role: 'admin' },
        { path: '/admin/rebuild', role: 'admin' },
      ),
      fc.constantFrom('none', 'garbage', 'basic', 'empty-bearer', 'low-role', 'query-key'),
      printable(60),
    )
    .map(([route, how, junk]): FuzzCase => {
      const lower = route.role === 'admin' ? keys.analyst : keys.viewer;
      const auth: Record<string, Record<string, string>> = {
        none: {},
        garbage: { Authorization: `Bearer ${junk}x` },
        basic: { Authorization: `Basic ${Buffer.from(`admin:${junk}`).toString('base64')}` },
        'empty-bearer': { Authorization: 'Bearer ' },
        'low-role': { Authorization: `Bearer ${lower}` },
        'query-key': {},
      };
      const body = route.path.endsWith(':batch')
        ? { events: [statement(1)] }
        : route.path === '/negotiations'
          ? openBody(`auth-${randomUUID().slice(0, 8)}`)
          : statement(1);
      return {
        category: 'auth',
        method: 'POST',
        path: how === 'query-key' ? `${route.path}?api_key=${enc(junk)}` : route.path,
        headers: { ...JSON_HEADERS, ...auth[how] },
        body: () => (route.path === '/admin/import' ? '' : JSON.stringify(body)),
        expect:
          how === 'low-role'
            ? { status: [403], mention: new RegExp(route.role) }
            : { status: [401], mention: /API key/ },
      };
    });
}

const unknownRoute = fc
  .tuple(
    fc.constantFrom('PUT', 'PATCH', 'DELETE', 'POST', 'GET'),
    fc.oneof(
      fc.constantFrom(
        '/negotiations/fuzz-target/status',
        '/negotiations/fuzz-target',
        '/events',
        '/admin',
        '/admin/drop',
        '/negotiations/fuzz-target/events:delete',
        '/.env',
        '/../../etc/passwd',
      ),
      fc
        // (A segment of dots only is resolved away by the URL itself, before any server sees it.)
        .array(
          fc.stringMatching(/^[a-z0-9._-]{1,12}$/).filter((part) => !/^\.+$/.test(part)),
          { minLength: 1, maxLength: 5 },
        )
        .map((parts) => `/x/${parts.join('/')}`),
    ),
  )
  .filter(([method, path]) => !(method === 'GET' && (path === '/negotiations/fuzz-target/status' || path === '/admin')))
  .map(([method, path]): FuzzCase => ({
    category: 'unknown route or method',
    method,
    path,
    headers: method === 'GET' ? {} : JSON_HEADERS,
    body: method === 'GET' ? undefined : () => '{}',
    // A path the service has, with a method it does not take: 405 naming the methods it takes.
    expect:
      path === '/negotiations/fuzz-target/status'
        ? { status: [405], mention: /is not a method of .*: it takes GET, HEAD/ }
        : { status: [404], mention: /no route/ },
  }));

// ---------------------------------------------------------------------------
// Running

function casesFor(keys: FuzzKeys, exported: readonly LogLine[]): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    { arbitrary: missingField, weight: 6 },
    { arbitrary: wrongType, weight: 14 },
    { arbitrary: unknownField, weight: 8 },
    { arbitrary: hostileKey, weight: 8 },
    { arbitrary: deepNesting, weight: 3 },
    { arbitrary: wideObject, weight: 1 },
    { arbitrary: hugeString, weight: 2 },
    { arbitrary: hugeArray, weight: 2 },
    { arbitrary: impossibleDate, weight: 5 },
    { arbitrary: oddText, weight: 1 },
    { arbitrary: oddId, weight: 4 },
    { arbitrary: unknownReference, weight: 4 },
    { arbitrary: unknownNegotiation, weight: 4 },
    { arbitrary: brokenJson, weight: 6 },
    { arbitrary: wrongContentType, weight: 4 },
    { arbitrary: oversized, weight: 1 },
    { arbitrary: badHeader, weight: 4 },
    { arbitrary: badBatch, weight: 4 },
    { arbitrary: badOpening, weight: 4 },
    { arbitrary: badQuery, weight: 8 },
    { arbitrary: anyQuery, weight: 6 },
    { arbitrary: oddPath, weight: 5 },
    { arbitrary: oddEventId, weight: 2 },
    { arbitrary: oversizedUrl, weight: 1 },
    { arbitrary: badEventsListing, weight: 2 },
    { arbitrary: badStream, weight: 3 },
    { arbitrary: badImport(exported), weight: 4 },
    { arbitrary: otherAdmin, weight: 2 },
    { arbitrary: badAuth(keys), weight: 4 },
    { arbitrary: unknownRoute, weight: 2 },
  );
}

/** Which key a case is sent with (auth cases bring their own headers). */
function keyFor(c: FuzzCase, keys: FuzzKeys): string | undefined {
  if (c.category === 'auth') return undefined;
  if (c.path.startsWith('/admin')) return keys.admin;
  return c.method === 'GET' ? keys.viewer : keys.analyst;
}

/** What is wrong with an answer, or undefined. */
function judge(c: FuzzCase, reply: Reply): string | undefined {
  if (reply.status >= 500) return `a ${reply.status}`;
  if (!c.expect.status.includes(reply.status))
    return `status ${reply.status}, expected ${c.expect.status.join(' or ')}`;
  if (reply.status >= 400) {
    if (c.method === 'HEAD') return undefined;
    const body = reply.body as Json;
    if (!body || typeof body !== 'object') return 'a 4xx without a JSON body';
    if (typeof body.message !== 'string' || body.message.trim() === '') return 'a 4xx without a message';
    if (typeof body.code !== 'string' || body.code === '') return 'a 4xx without a code';
    if (body.statusCode !== reply.status) return `statusCode ${body.statusCode} in the body of a ${reply.status}`;
    if (/\bat \w+ \(|node_modules|\/src\/|\.ts:\d+/.test(reply.text))
      return 'the body shows internals (a stack trace or a source path)';
    if (c.expect.mention && !c.expect.mention.test(body.message))
      return `the message does not name the problem (${c.expect.mention}): ${body.message.slice(0, 300)}`;
  }
  return undefined;
}

async function send(url: string, c: FuzzCase, keys: FuzzKeys): Promise<Reply> {
  const key = keyFor(c, keys);
  const headers = { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...c.headers };
  if (!c.stream) return call(url, c.path, { method: c.method, headers, body: c.body?.() });
  // An SSE route that accepts the request would never end: cut it and report the 200.
  const controller = new AbortController();
  const res = await fetch(`${url}${c.path}`, { method: c.method, headers, signal: controller.signal });
  if (res.status === 200) {
    controller.abort();
    return { status: 200, headers: res.headers, text: '(an event stream)', body: undefined };
  }
  const text = await res.text();
  let body: Json;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body };
}

export async function fuzzScenario(options: FuzzOptions): Promise<FuzzFigures> {
  const { url, keys } = options;
  const log = options.log ?? (() => undefined);
  // The target: an open negotiation with a demand, a position and a statement.
  expectStatus(await call(url, '/negotiations', { body: openBody(TARGET), key: keys.analyst }), 201, 'open the target');
  expectStatus(
    await call(url, `/negotiations/${TARGET}/events:batch`, {
      body: { events: demandBatch(1, 'seed') },
      key: keys.analyst,
    }),
    201,
    'seed the target',
  );
  const before = await exportLog(url, keys.admin);
  const arbitrary = casesFor(keys, before);

  const byStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  const failures: string[] = [];
  const accepted: { eventId: string; summary: string }[] = [];
  let done = 0;
  /** Answers that broke a promise of `judge`: a 5xx, another status than expected, a 4xx that does not name its problem. */
  let badAnswers = 0;
  /** …of which 4xx answers without a message that names the problem. */
  let unnamed = 0;
  const CHUNK = 500;
  for (let offset = 0; offset < options.requests; offset += CHUNK) {
    const size = Math.min(CHUNK, options.requests - offset);
    const cases = fc.sample(arbitrary, { numRuns: size, seed: options.seed + offset });
    await pool(cases, options.concurrency, async (c) => {
      let reply: Reply;
      try {
        reply = await send(url, c, keys);
      } catch (error) {
        failures.push(`[${c.category}] ${c.method} ${c.path.slice(0, 200)}: no answer (${(error as Error).message})`);
        return;
      }
      done++;
      byStatus[reply.status] = (byStatus[reply.status] ?? 0) + 1;
      byCategory[c.category] = (byCategory[c.category] ?? 0) + 1;
      const problem = judge(c, reply);
      if (problem !== undefined) {
        badAnswers++;
        if (reply.status >= 400 && reply.status < 500 && /message|code|JSON body|name the problem/.test(problem))
          unnamed++;
      }
      if (problem !== undefined && failures.length < 25) {
        const body = c.body?.();
        const shown =
          body === undefined
            ? ''
            : ` body ${JSON.stringify(String(body).slice(0, 300))}${String(body).length > 300 ? `… (${String(body).length} chars)` : ''}`;
        failures.push(
          `[${c.category}] ${c.method} ${c.path.slice(0, 200)} ${JSON.stringify(c.headers)}${shown}\n    → ${problem}\n    answer: ${reply.text.slice(0, 400)}`,
        );
      }
      // (A 2xx where only 4xx was expected is a failure above: it may have stored something.)
      if (reply.status === 201 && c.expect.mayStore && c.readBack) accepted.push(c.readBack);
    });
    log(`fuzz: ${done} requests, ${failures.length} failures`);
  }
  if (badAnswers > 0)
    log(`fuzz (seed ${options.seed}): ${badAnswers} bad answers, the first ones:\n${failures.join('\n')}`);

  // The log: exactly as it was, plus the odd-but-valid writes that were accepted, each reading back as sent.
  const after = await exportLog(url, keys.admin);
  assert.deepEqual(after.slice(0, before.length), before, 'the events stored before the fuzzing changed');
  assert.deepEqual(
    after
      .slice(before.length)
      .map((l) => l.id)
      .sort(),
    accepted.map((a) => a.eventId).sort(),
    'the log holds events no accepted request stored',
  );
  for (const a of accepted) {
    const stored = expectStatus(await call(url, `/events/${a.eventId}`, { key: keys.viewer }), 200, 'read back');
    assert.equal(stored.body.data.summary, a.summary, `event ${a.eventId} does not read back as sent`);
  }
  assert.equal(toJsonl(after.slice(0, before.length)), toJsonl(before));
  return {
    requests: done,
    seed: options.seed,
    byStatus,
    byCategory,
    serverErrors: Object.entries(byStatus)
      .filter(([s]) => Number(s) >= 500)
      .reduce((n, [, v]) => n + v, 0),
    unnamed,
    badAnswers,
    failures,
    acceptedWrites: accepted.length,
    logChanged: after.length !== before.length + accepted.length,
  };
}
