/**
 * Turning flag values into body fields: sources, actors, ranges, delegations,
 * `--set key=value` pairs and JSON from flags or files. Only syntax is checked
 * here (a malformed flag is a usage error, exit 2); what the values mean is
 * for the server to judge. And the event types a `--type` filter names: one
 * that is no type would filter out everything, silently.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import leven from 'leven';
import { CATALOGUE, DEVELOPMENT_TYPES, EVENT_TYPES, type EventType } from '@parley/domain';
import { UsageError } from '../errors';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Commander reducer for repeatable flags. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Repeatable, and commas separate too: `--to a --to b`, `--to a,b`. */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

export const SOURCE_HELP =
  '"title|url|publisher|publishedAt|grade" — grade is reliability A–F and credibility 1–6, e.g. B2; empty parts are left out; or a JSON object';

/**
 * `title|url|publisher|publishedAt|B2` → a source. Parts may be empty
 * (`title||publisher`); a JSON object is taken as is.
 */
export function parseSource(raw: string): JsonObject {
  const value = raw.trim();
  if (value.startsWith('{')) return parseJsonObject(value, '--source');
  const parts = value.split('|').map((p) => p.trim());
  if (parts.length > 5) throw new UsageError(`--source "${raw}": at most 5 parts, ${SOURCE_HELP}`);
  const [title, url, publisher, publishedAt, grade] = parts;
  if (!title) throw new UsageError(`--source "${raw}": the title (first part) is required, ${SOURCE_HELP}`);
  const source: JsonObject = { title };
  if (url) source.url = url;
  if (publisher) source.publisher = publisher;
  if (publishedAt) source.publishedAt = publishedAt;
  if (grade) {
    const m = /^([A-Fa-f])?([1-6])?$/.exec(grade);
    if (!m || (!m[1] && !m[2]))
      throw new UsageError(
        `--source "${raw}": the grade "${grade}" should be a letter A–F and/or a digit 1–6, e.g. B2`,
      );
    if (m[1]) source.reliability = m[1].toUpperCase();
    if (m[2]) source.credibility = Number(m[2]);
  }
  return source;
}

/** `id:Name:kind` → an actor (the name may contain colons; id is before the first, kind after the last). */
export function parseActor(raw: string, flag: string, aliases: readonly string[] = []): JsonObject {
  const value = raw.trim();
  if (value.startsWith('{')) return parseJsonObject(value, flag);
  const first = value.indexOf(':');
  const last = value.lastIndexOf(':');
  if (first < 0 || first === last) {
    throw new UsageError(
      `${flag} "${raw}" should be id:Name:kind, e.g. afghan-taliban:Afghan Taliban government:de-facto-authority`,
    );
  }
  const actor: JsonObject = {
    id: value.slice(0, first).trim(),
    name: value.slice(first + 1, last).trim(),
    kind: value.slice(last + 1).trim(),
  };
  if (aliases.length) actor.aliases = [...aliases];
  return actor;
}

/** `23-58`, `23..58`, `23` → `{ min, max }`. */
export function parseRange(raw: string, flag: string): JsonObject {
  const m = /^\s*(\d+)\s*(?:(?:-|\.\.|–|to)\s*(\d+))?\s*$/.exec(raw);
  if (!m) throw new UsageError(`${flag} "${raw}" should be a count or a range: 23, 23-58 or 23..58`);
  const min = Number(m[1]);
  return { min, max: m[2] === undefined ? min : Number(m[2]) };
}

/**
 * `2025-10-01..2025-12-31` or `2025-10-01/2025-12-31` → `{ from, to }`. Only
 * the syntax is checked; whether they are dates in order is the server's to say.
 */
export function parsePeriod(raw: string, flag: string): JsonObject {
  const value = raw.trim();
  const m = /^(\S+?)\s*(?:\.\.|\/)\s*(\S+)$/.exec(value);
  if (!m) throw new UsageError(`${flag} "${raw}" should be from..to, e.g. 2025-10-01..2025-12-31`);
  return { from: m[1]!, to: m[2]! };
}

/** `actor-id[:head name[:head title]]` → a delegation. */
export function parseDelegation(raw: string): JsonObject {
  const value = raw.trim();
  if (value.startsWith('{')) return parseJsonObject(value, '--delegation');
  const [actorId, name, ...title] = value.split(':').map((p) => p.trim());
  if (!actorId) throw new UsageError(`--delegation "${raw}" should be actor-id[:head name[:head title]]`);
  const delegation: JsonObject = { actorId };
  if (name) delegation.head = { name, ...(title.length && title.join(':') ? { title: title.join(':') } : {}), actorId };
  return delegation;
}

export function parseJsonObject(raw: string, what: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UsageError(`${what} must be a JSON object ({ … })`);
  return parsed as JsonObject;
}

/** Reads a JSON object from a file (`-` = stdin text, passed in). */
export function readJsonFile(file: string, cwd: string, stdinText?: () => string): JsonObject {
  let text: string;
  if (file === '-') {
    text = stdinText ? stdinText() : fs.readFileSync(0, 'utf8');
  } else {
    try {
      text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  return parseJsonObject(text, `--file ${file}`);
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * `--set speaker.name="Khawaja Asif"`, `--set casualties.min=8`,
 * `--set hosts='["turkiye","qatar"]'`: a dotted path (numbers index lists)
 * and a value read as JSON when it parses, else as text.
 */
export function applySet(target: JsonObject, assignment: string): void {
  const eq = assignment.indexOf('=');
  if (eq <= 0)
    throw new UsageError(`--set "${assignment}" should be key=value, e.g. --set speaker.title="Defence Minister"`);
  let key = assignment.slice(0, eq).trim();
  if (key.startsWith('data.')) key = key.slice(5);
  const raw = assignment.slice(eq + 1);
  let value: Json;
  try {
    value = JSON.parse(raw) as Json;
  } catch {
    value = raw;
  }
  setPath(target, key, value, `--set ${key}`);
}

export function setPath(target: JsonObject, dotted: string, value: Json, what: string): void {
  const keys = dotted.split('.');
  if (keys.some((k) => k === '' || FORBIDDEN.has(k))) throw new UsageError(`${what}: "${dotted}" is not a usable path`);
  let node: JsonObject | Json[] = target;
  keys.forEach((key, i) => {
    const last = i === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[i + 1]!);
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(key)) throw new UsageError(`${what}: "${key}" indexes a list, so it must be a number`);
      const index = Number(key);
      if (last) node[index] = value;
      else {
        const existing = node[index];
        if (typeof existing !== 'object' || existing === null) node[index] = nextIsIndex ? [] : {};
        node = node[index] as JsonObject | Json[];
      }
      return;
    }
    if (last) node[key] = value;
    else {
      const existing = node[key];
      if (typeof existing !== 'object' || existing === null) node[key] = nextIsIndex ? [] : {};
      node = node[key] as JsonObject | Json[];
    }
  });
}

/** Deep merge of plain objects (lists and scalars are replaced). */
export function merge(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (FORBIDDEN.has(k)) continue;
    const b = out[k];
    out[k] = isObject(b) && isObject(v) ? merge(b, v) : v;
  }
  return out;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Quotes a value for a shell example line. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * `--type StatementMade,position` → the event types it names: a type (in any
 * case) or the short name `parley record` takes. A name that is neither is a
 * usage error naming it (and the type it is closest to), never a filter that
 * quietly matches nothing.
 */
export function parseEventTypes(raw: string, flag = '--type'): EventType[] {
  const byName = new Map<string, EventType>(EVENT_TYPES.map((t) => [t.toLowerCase(), t]));
  for (const t of DEVELOPMENT_TYPES) for (const alias of CATALOGUE[t].aliases) byName.set(alias.toLowerCase(), t);
  return splitList([raw]).map((name) => {
    const type = byName.get(name.toLowerCase());
    if (type !== undefined) return type;
    const near = EVENT_TYPES.map((t) => [t, leven(name.toLowerCase(), t.toLowerCase())] as const).sort(
      (a, b) => a[1] - b[1],
    )[0]!;
    throw new UsageError(
      `${flag} ${name}: no such event type${near[1] <= 3 ? ` (did you mean ${near[0]}?)` : ''}; the types are listed by parley record --help`,
    );
  });
}

/**
 * Where `-o <file>` writes, checked before anything is asked of the server:
 * its directory must exist and be writable, and the file, if there, be a
 * file. A path that cannot be written is a usage error (exit 2) naming it —
 * not, after the server answered, a failure blamed on the server. An existing
 * file is left as it is until the answer is there to replace it.
 */
export function outputFile(file: string, cwd: string): string {
  const resolved = path.resolve(cwd, file);
  try {
    fs.accessSync(path.dirname(resolved), fs.constants.W_OK);
    if (fs.existsSync(resolved) && !fs.statSync(resolved).isFile())
      throw Object.assign(new Error(), { code: 'EISDIR' });
    if (fs.existsSync(resolved)) fs.accessSync(resolved, fs.constants.W_OK);
  } catch (e) {
    throw cannotWrite(file, e);
  }
  return resolved;
}

/** A local file that could not be written: a usage error naming it and why. */
export function cannotWrite(file: string, error: unknown): UsageError {
  const e = error as NodeJS.ErrnoException;
  return new UsageError(`cannot write ${file}: ${e.code ?? e.message}`);
}
