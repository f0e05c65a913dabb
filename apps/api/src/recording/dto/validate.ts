/**
 * Validation of recording bodies, envelope and per-type `data` together, so one
 * 400 names every bad field (`occurredAt`, `data.stance`, `events.3.sources.0.url`).
 *
 * The recording routes take their bodies as `unknown` (so the global
 * ValidationPipe leaves them alone) and call these functions. Two reasons:
 * `data` can only be checked once `type` is known, and class-transformer —
 * which the pipe runs first — is not made for hostile JSON: it silently drops
 * `__proto__` and `constructor` keys (so they are never reported), and a few
 * thousand levels of nesting overflow its recursion (a RangeError, i.e. a 500).
 * So every body is first walked here, bounded: forbidden keys are reported and
 * dropped, too deep or too wide bodies are refused, and only then are the DTOs
 * applied to that clean copy. Nothing in here throws on any input.
 */
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import {
  FORBIDDEN_KEYS,
  LIMITS,
  crossFieldProblems,
  isDevelopmentType,
  isPlainRecord,
  vouchWellFormed,
  type DevelopmentType,
  type RecordBatchInput,
  type RecordEventInput,
} from '@parley/domain';
import type { FieldProblem } from '../../errors/validation';
import { DATA_DTO_BY_TYPE } from './event-data.dto';
import { OpenNegotiationDto, RecordEventDto } from './record-event.dto';

/** A response never lists more bad fields than this (a hostile body could otherwise have thousands). */
export const MAX_REPORTED_FIELDS = 100;

const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  // The target is kept to name the allowed fields when an unknown one is refused; values are never echoed.
  validationError: { target: true, value: false },
} as const;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/**
 * What is wrong with one development (`POST /negotiations/:id/events`), envelope
 * and `data` for its type; `[]` when it is well formed. With `index`, fields are
 * named `events.<index>.<path>` (an item of a batch).
 */
export function validateRecordEvent(body: unknown, index?: number): FieldProblem[] {
  return readRecordEvent(body, index).problems;
}

/** What is wrong with a batch (`POST /negotiations/:id/events:batch`): `{ events: [1…500 developments] }`. */
export function validateRecordBatch(body: unknown): FieldProblem[] {
  return readRecordBatch(body).problems;
}

/**
 * A body as read: what is wrong with it, or (when nothing is) the checked copy
 * to record, whose `data` and sources the domain will not check again
 * (`vouchWellFormed`): a write is validated once.
 */
export type Read<T> =
  { readonly problems: FieldProblem[]; readonly value?: undefined } | { readonly problems: []; readonly value: T };

export function readRecordEvent(body: unknown, index?: number): Read<RecordEventInput> {
  const prefix = index === undefined ? '' : `events.${index}`;
  const problems = new Problems();
  const inspected = inspect(body, prefix, problems);
  if (!inspected.fatal) checkEvent(inspected.value, prefix, problems);
  return problems.read(inspected.value as RecordEventInput);
}

export function readRecordBatch(body: unknown): Read<RecordBatchInput> {
  const problems = new Problems();
  const inspected = inspect(body, '', problems);
  if (inspected.fatal) return problems.read();
  const value = inspected.value;
  if (!isPlainRecord(value)) {
    problems.add('body', 'the body must be an object: { "events": [ … ] }');
    return problems.read();
  }
  for (const key of Object.keys(value)) if (key !== 'events') problems.add(key, unknownFieldMessage(key, ['events']));
  const events = value.events;
  if (events === undefined) problems.add('events', `events is required: an array of 1 to ${LIMITS.batch} developments`);
  else if (!Array.isArray(events))
    problems.add('events', `events must be an array of 1 to ${LIMITS.batch} developments`);
  else if (events.length === 0) problems.add('events', 'events must contain at least 1 item');
  else if (events.length > LIMITS.batch)
    problems.add(
      'events',
      `events must contain at most ${LIMITS.batch} items (it has ${events.length}); split the batch`,
    );
  else events.forEach((event, i) => checkEvent(event, `events.${i}`, problems));
  return problems.read(value as unknown as RecordBatchInput);
}

/** What is wrong with a `POST /negotiations` body; `[]` when it is well formed. */
export function validateOpenNegotiation(body: unknown): FieldProblem[] {
  const problems = new Problems();
  const inspected = inspect(body, '', problems);
  if (inspected.fatal) return problems.list();
  if (!isPlainRecord(inspected.value))
    problems.add('body', 'the body must be an object: { title, subject, parties, mediators, occurredAt, sources, … }');
  else applyDto(OpenNegotiationDto, inspected.value, '', problems);
  return problems.list();
}

// ---------------------------------------------------------------------------
// The steps
// ---------------------------------------------------------------------------

function checkEvent(value: unknown, prefix: string, problems: Problems): void {
  if (!isPlainRecord(value)) {
    problems.add(prefix || 'body', `${prefix || 'the body'} must be an object: { type, data, occurredAt, sources, … }`);
    return;
  }
  const before = problems.count();
  applyDto(RecordEventDto, value, prefix, problems);
  // `type` and `data` themselves are reported by the envelope; the fields of `data` only make sense for a known type.
  if (isDevelopmentType(value.type) && isPlainRecord(value.data))
    checkData(value.type, value.data, join(prefix, 'data'), problems);
  if (problems.count() === before && isPlainRecord(value.data) && Array.isArray(value.sources)) {
    vouchWellFormed(value.data);
    vouchWellFormed(value.sources);
  }
}

function checkData(type: DevelopmentType, data: Record<string, unknown>, field: string, problems: Problems): void {
  const before = problems.count();
  applyDto(DATA_DTO_BY_TYPE[type], data, field, problems);
  // Rules across fields are the domain's, asked once every field is well formed.
  if (problems.count() === before) {
    for (const broken of crossFieldProblems(type, data)) problems.add(join(field, broken.field), broken.problem);
  }
}

/** class-transformer + class-validator on an inspected (clean, bounded) plain object. */
function applyDto(dto: new () => object, value: Record<string, unknown>, prefix: string, problems: Problems): void {
  try {
    const instance = plainToInstance(dto, value) as object;
    collect(validateSync(instance, VALIDATOR_OPTIONS), prefix, problems);
  } catch {
    // Not expected after `inspect`; if a library still throws, the request is refused, not the process.
    problems.add(prefix || 'body', 'could not be read as the documented shape');
  }
}

// ---------------------------------------------------------------------------
// Walking untrusted JSON, bounded
// ---------------------------------------------------------------------------

interface Inspected {
  /** A plain copy without forbidden keys or `undefined` values. */
  readonly value: unknown;
  /** Too deep or too wide: nothing further is validated. */
  readonly fatal: boolean;
}

/**
 * Copies `value` as plain data, reporting (and dropping) `__proto__`,
 * `constructor` and `prototype` keys, and refusing nesting deeper than
 * `LIMITS.depth` or objects wider than `LIMITS.keysPerObject`. The recursion is
 * bounded by the depth limit, so it cannot overflow the stack.
 */
function inspect(value: unknown, path: string, problems: Problems): Inspected {
  let fatal = false;
  const visit = (v: unknown, at: string, depth: number): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (depth > LIMITS.depth) {
      fatal = true;
      problems.add(at || 'body', `is nested too deeply (more than ${LIMITS.depth} levels)`);
      return undefined;
    }
    if (Array.isArray(v)) return v.map((item, i) => visit(item, join(at, String(i)), depth + 1));
    const keys = Object.keys(v);
    if (keys.length > LIMITS.keysPerObject) {
      fatal = true;
      problems.add(at || 'body', `has ${keys.length} fields; at most ${LIMITS.keysPerObject} are read`);
      return undefined;
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.add(join(at, key), `"${key}" is not allowed as a field name`);
        continue;
      }
      const item = visit((v as Record<string, unknown>)[key], join(at, key), depth + 1);
      if (item !== undefined) copy[key] = item;
    }
    return copy;
  };
  try {
    const copy = visit(value, path, 0);
    return { value: copy, fatal };
  } catch {
    // Getters or proxies could throw; JSON never does. Refuse rather than crash.
    problems.add(path || 'body', 'could not be read');
    return { value: undefined, fatal: true };
  }
}

// ---------------------------------------------------------------------------
// Problems, named by field
// ---------------------------------------------------------------------------

class Problems {
  private readonly byField = new Map<string, string[]>();

  /** How many problems so far, over every field. */
  count(): number {
    let n = 0;
    for (const list of this.byField.values()) n += list.length;
    return n;
  }

  add(field: string, problem: string): void {
    const list = this.byField.get(field);
    if (!list) this.byField.set(field, [problem]);
    else if (!list.includes(problem)) list.push(problem);
  }

  /** The problems, or `value` when there are none. */
  read<T>(value?: T): Read<T> {
    const list = this.list();
    return list.length || value === undefined ? { problems: list } : { problems: [], value };
  }

  list(): FieldProblem[] {
    const all = [...this.byField].map(([field, problems]) => ({ field, problems }));
    if (all.length <= MAX_REPORTED_FIELDS) return all;
    return [
      ...all.slice(0, MAX_REPORTED_FIELDS),
      { field: 'body', problems: [`… and ${all.length - MAX_REPORTED_FIELDS} more fields with problems`] },
    ];
  }
}

/** Flattens class-validator's tree into dotted field paths, rewriting the messages that would not tell a user what to do. */
function collect(errors: readonly ValidationError[], prefix: string, problems: Problems): void {
  for (const error of errors) {
    const property = error.property === undefined || error.property === null ? undefined : String(error.property);
    const field = property === undefined ? prefix : join(prefix, property);
    const constraints = error.constraints ?? {};
    // A missing (or null) field gets one message, plus the allowed values when it is an enum.
    const kinds =
      'isDefined' in constraints
        ? Object.keys(constraints).filter((k) => k === 'isDefined' || k === 'isIn')
        : Object.keys(constraints);
    for (const kind of kinds) {
      const message = constraints[kind] ?? '';
      const text = rewrite(kind, message, property, constraints, error.target);
      if (text !== undefined) problems.add(field || 'body', text);
    }
    if (error.children?.length) collect(error.children, field, problems);
  }
}

function rewrite(
  kind: string,
  message: string,
  property: string | undefined,
  constraints: Record<string, string>,
  target: object | undefined,
): string | undefined {
  const name = property ?? 'value';
  switch (kind) {
    case 'whitelistValidation':
      return unknownFieldMessage(name, target ? allowedFields(target.constructor as Ctor) : []);
    case 'unknownValue':
      return `${name} must be an object of the documented shape`;
    case 'nestedValidation':
      // "nested property x must be either object or array": say it once, plainly.
      if ('isArray' in constraints || 'isObject' in constraints) return undefined;
      return /^\d+$/.test(name) ? `item ${name} must be an object` : `${name} must be an object`;
    default:
      return message;
  }
}

function unknownFieldMessage(name: string, allowed: readonly string[]): string {
  const shown = name.length > 64 ? `${name.slice(0, 64)}…` : name;
  return allowed.length
    ? `${shown} is not a field here; the fields are: ${allowed.join(', ')}`
    : `${shown} is not a field here`;
}

type Ctor = abstract new (...args: never[]) => unknown;

const allowedCache = new Map<Ctor, readonly string[]>();

function allowedFields(ctor: Ctor): readonly string[] {
  let fields = allowedCache.get(ctor);
  if (!fields) {
    fields = [
      ...new Set(
        getMetadataStorage()
          .getTargetValidationMetadatas(ctor, '', true, false)
          .map((m) => m.propertyName),
      ),
    ];
    allowedCache.set(ctor, fields);
  }
  return fields;
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
