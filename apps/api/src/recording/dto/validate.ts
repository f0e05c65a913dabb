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
import {
  FORBIDDEN_KEYS,
  LIMITS,
  crossFieldProblems,
  isDevelopmentType,
  isPlainRecord,
  type DevelopmentType,
  type RecordBatchInput,
  type RecordEventInput,
} from '@parley/domain';
import { collect, join, Problems, unknownFieldMessage, type FieldProblem } from '../../errors/validation';
import { validateAs } from '../../http/class-validation';
import { acceptsBatch, acceptsDevelopment, vouch } from '../../http/edge-verdict';
import { DATA_DTO_BY_TYPE } from './event-data.dto';
import { OpenNegotiationDto, RecordEventDto } from './record-event.dto';

export { MAX_REPORTED_FIELDS } from '../../errors/validation';

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
 * named `events.<index>.<path>` (an item of a batch). class-validator's own
 * verdict: the routes ask the compiled one first (`http/edge-verdict.ts`).
 */
export function validateRecordEvent(body: unknown, index?: number): FieldProblem[] {
  return checkRecordEvent(body, index).problems;
}

/**
 * A body as read: what is wrong with it, or (when nothing is) the checked body
 * to record, whose `data` and sources the domain will not check again
 * (`vouchWellFormed`): a write is validated once.
 */
export type Read<T> =
  { readonly problems: FieldProblem[]; readonly value?: undefined } | { readonly problems: []; readonly value: T };

/** The problems, or `value` when there are none. */
function read<T>(problems: Problems, value?: T): Read<T> {
  const list = problems.list();
  return list.length || value === undefined ? { problems: list } : { problems: [], value };
}

export function readRecordEvent(body: unknown, index?: number): Read<RecordEventInput> {
  return acceptsDevelopment(body) ? { problems: [], value: vouch(body) } : checkRecordEvent(body, index);
}

function checkRecordEvent(body: unknown, index?: number): Read<RecordEventInput> {
  const prefix = index === undefined ? '' : `events.${index}`;
  const problems = new Problems();
  const inspected = inspect(body, prefix, problems);
  if (!inspected.fatal) checkEvent(inspected.value, prefix, problems);
  return read(problems, inspected.value as RecordEventInput);
}

/** A batch (`POST /negotiations/:id/events:batch`): `{ events: [1…500 developments] }`. */
export function readRecordBatch(body: unknown): Read<RecordBatchInput> {
  if (acceptsBatch(body)) return { problems: [], value: (body.events.forEach(vouch), body) };
  const problems = new Problems();
  const inspected = inspect(body, '', problems);
  if (inspected.fatal) return read(problems);
  const value = inspected.value;
  if (!isPlainRecord(value)) {
    problems.add('body', 'the body must be an object: { "events": [ … ] }');
    return read(problems);
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
  return read(problems, value as unknown as RecordBatchInput);
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
  if (problems.count() === before) vouch(value);
}

function checkData(type: DevelopmentType, data: Record<string, unknown>, field: string, problems: Problems): void {
  const before = problems.count();
  applyDto(DATA_DTO_BY_TYPE[type], data, field, problems);
  // Rules across fields are the domain's, asked once every field is well formed.
  if (problems.count() === before) {
    for (const broken of crossFieldProblems(type, data)) problems.add(join(field, broken.field), broken.problem);
  }
}

/** class-validator on an inspected (clean, bounded) plain object. */
function applyDto(dto: new () => object, value: Record<string, unknown>, prefix: string, problems: Problems): void {
  try {
    collect(validateAs(dto, value, VALIDATOR_OPTIONS), prefix, problems);
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
  // A field's path is spelt out only for an object or a list (its own problems, its fields' paths), never for a leaf.
  const visit = (v: unknown, parent: string, key: string, depth: number): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const at = depth === 0 ? parent : join(parent, key);
    if (depth > LIMITS.depth) {
      fatal = true;
      problems.add(at || 'body', `is nested too deeply (more than ${LIMITS.depth} levels)`);
      return undefined;
    }
    if (Array.isArray(v)) return v.map((item, i) => visit(item, at, String(i), depth + 1));
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
      const item = visit((v as Record<string, unknown>)[key], at, key, depth + 1);
      if (item !== undefined) copy[key] = item;
    }
    return copy;
  };
  try {
    const copy = visit(value, path, '', 0);
    return { value: copy, fatal };
  } catch {
    // Getters or proxies could throw; JSON never does. Refuse rather than crash.
    problems.add(path || 'body', 'could not be read');
    return { value: undefined, fatal: true };
  }
}
