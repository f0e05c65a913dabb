/**
 * The edge's verdict on a recording body, without wording anything: true when
 * the recording routes' validation (`recording/dto/validate.ts`) would find no
 * problem. The DTOs are read by their compiled class-validator verdict
 * (`accepts`), the domain's cross-field rules asked as the routes ask them. It
 * serves the HTTP write path (a body it accepts is recorded as it is; one it
 * refuses goes through `validate.ts`, which words every problem) and the
 * import (`edgeAccepts`). It never says yes where `validate.ts` says no
 * (`edge-verdict.spec.ts`).
 */
import {
  FORBIDDEN_KEYS,
  LIMITS,
  crossFieldProblems,
  isDevelopmentType,
  isPlainRecord,
  type RecordBatchInput,
  type RecordEventInput,
  vouchWellFormed,
} from '@parley/domain';
import { DATA_DTO_BY_TYPE } from '../recording/dto/event-data.dto';
import { OpenNegotiationDto, RecordEventDto } from '../recording/dto/record-event.dto';
import { accepts } from './class-validation';

// Read once: each read through the package's exports is a getter call (two, through its index).
const { depth: MAX_DEPTH, keysPerObject: MAX_KEYS } = LIMITS;
const FORBIDDEN = FORBIDDEN_KEYS;

/** What `validate.ts`'s `inspect` lets through untouched: no forbidden key anywhere, nothing too deep or too wide. */
function bounded(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!bounded(value[i], depth + 1)) return false;
    return true;
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (FORBIDDEN.has(key) || !bounded((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** One development, already bounded: the envelope, `data` for its type, then the type's cross-field rules. */
function developmentPasses(value: unknown): value is RecordEventInput {
  if (!isPlainRecord(value) || !accepts(RecordEventDto, value)) return false;
  const { type, data } = value;
  return (
    isDevelopmentType(type) &&
    isPlainRecord(data) &&
    accepts(DATA_DTO_BY_TYPE[type], data) &&
    crossFieldProblems(type, data).length === 0
  );
}

/** `POST /negotiations/:id/events`. */
export function acceptsDevelopment(body: unknown): body is RecordEventInput {
  return bounded(body, 0) && developmentPasses(body);
}

/** `POST /negotiations/:id/events:batch`: `{ events: [1…LIMITS.batch developments] }`. */
export function acceptsBatch(body: unknown): body is RecordBatchInput {
  if (!isPlainRecord(body) || !bounded(body, 0)) return false;
  const { events } = body;
  for (const key of Object.keys(body)) if (key !== 'events') return false;
  if (!Array.isArray(events) || events.length === 0 || events.length > LIMITS.batch) return false;
  for (const event of events) if (!developmentPasses(event)) return false;
  return true;
}

/** `POST /negotiations`. */
export function acceptsOpening(body: unknown): boolean {
  return isPlainRecord(body) && bounded(body, 0) && accepts(OpenNegotiationDto, body);
}

/** A development that passed the edge: its `data` and sources need no second check by the domain (`vouchWellFormed`). */
export function vouch<T extends object>(event: T): T {
  const { data, sources } = event as Record<string, unknown>;
  if (isPlainRecord(data) && Array.isArray(sources)) [data, sources].forEach(vouchWellFormed);
  return event;
}
