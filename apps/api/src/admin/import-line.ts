/**
 * One line of an import file as an HTTP write: the body the recording routes
 * would have received for it, checked by the same validation (the DTOs, the
 * domain's strict shapes), and the command `decide` would have been given.
 * An imported event is stored only as `decide` makes it — never as the file
 * spells it — so the import cannot store what an HTTP write would refuse.
 */
import {
  CATALOGUE,
  DEVELOPMENT_TYPE_RULE,
  type DecisionContext,
  type Development,
  type DevelopmentType,
  ENVELOPE,
  FORBIDDEN_KEYS,
  type FieldRule,
  type FieldSpec,
  LIMITS,
  type RecordName,
  crossFieldProblems,
  edgeField,
  eventDataProblems,
  type EventType,
  isDevelopmentType,
  isEventDataWellFormed,
  isEventType,
  isPlainRecord,
  type NegotiationCommand,
  type NegotiationEvent,
  recordFields,
} from '@parley/domain';
import { validateOpenNegotiation, validateRecordEvent } from '../recording/dto/validate';

/** A line that has passed the codec (`fromStoredEvent`): an event of the catalogue with a well-formed envelope. */
export interface ImportLine {
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

/** What the codec writes itself into `metadata`, rather than the analyst: not part of a request body. */
const STAMPED_METADATA = new Set(['schema', 'negotiationId', 'recordedAt', 'recordedBy']);

/** The last body built, and what it was built from: the import asks for a line's body twice (its verdict, its command). */
let lastBody: { readonly of: ImportLine; readonly body: Record<string, unknown> } | undefined;

/**
 * The HTTP body of the write that would have recorded `line`: `POST /negotiations` for an opening, else one
 * development. Built once per line: a second call for the same id, type, data and metadata objects (a line is
 * never changed once parsed) returns the same body, which its callers only read.
 */
function requestBody(line: ImportLine): Record<string, unknown> {
  const last = lastBody;
  if (
    last !== undefined &&
    last.of.data === line.data &&
    last.of.metadata === line.metadata &&
    last.of.id === line.id &&
    last.of.type === line.type
  ) {
    return last.body;
  }
  const body = buildRequestBody(line);
  lastBody = { of: line, body };
  return body;
}

function buildRequestBody(line: ImportLine): Record<string, unknown> {
  const metadata = line.metadata as Record<string, unknown>;
  const opening = line.type === 'NegotiationOpened';
  if (Object.hasOwn(metadata, '__proto__') || (opening && Object.hasOwn(line.data as object, '__proto__'))) {
    return bodyBySpread(line);
  }
  // No "__proto__" key (a parsed line has one only as its own property): assigning is defining here, in the
  // order the spreads of bodyBySpread give, without their entry arrays.
  const body: Record<string, unknown> = {};
  if (opening) {
    const data = line.data as Record<string, unknown>;
    for (const key in data) if (key !== 'negotiationId') body[key] = data[key];
  }
  for (const key in metadata) if (!STAMPED_METADATA.has(key)) body[key] = metadata[key];
  if (opening) {
    body.id = (line.data as Record<string, unknown>).negotiationId;
    body.eventId = line.id;
    return body;
  }
  body.eventId = line.id;
  body.type = line.type;
  body.data = line.data;
  return body;
}

function bodyBySpread(line: ImportLine): Record<string, unknown> {
  // Spread and fromEntries define own properties: a "__proto__" key stays a key (and is refused as HTTP refuses it),
  // where assigning it would set the body's prototype and hide it.
  const envelope = Object.fromEntries(
    Object.entries(line.metadata as Record<string, unknown>).filter(([key]) => !STAMPED_METADATA.has(key)),
  );
  if (line.type === 'NegotiationOpened') {
    const { negotiationId, ...opening } = line.data as Record<string, unknown>;
    return { ...opening, ...envelope, id: negotiationId, eventId: line.id };
  }
  return { ...envelope, eventId: line.id, type: line.type, data: line.data };
}

// ---------------------------------------------------------------------------
// The edge's verdict without class-validator, for the lines that pass
// ---------------------------------------------------------------------------

/** One field as the edge's DTO checks it (`fieldDecorators`): presence, the catalogue's rules in order, a nested shape. */
interface EdgeCheck {
  readonly field: string;
  readonly optional: boolean;
  readonly rules: readonly FieldRule[];
  readonly nested?: { readonly of: RecordName; readonly list: boolean };
}

/** A DTO's fields: each one's check, and the names it knows (any other is refused, as `forbidNonWhitelisted` does). */
interface EdgeShape {
  readonly checks: readonly EdgeCheck[];
  readonly known: ReadonlySet<string>;
}

function edgeShape(fields: readonly (readonly [string, FieldSpec])[], newEvent: boolean, extra: EdgeCheck[] = []) {
  const checks = fields.map(([field, spec]): EdgeCheck => {
    const { rules, nested } = edgeField(spec, newEvent);
    return { field, optional: spec.optional === true, rules, ...(nested ? { nested } : {}) };
  });
  checks.push(...extra);
  return { checks, known: new Set(checks.map((c) => c.field)) };
}

const isObjectValue = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `POST /negotiations/:id/events` (`RecordEventDto`): the envelope, `type` and `data` as an object. */
const DEVELOPMENT_BODY: EdgeShape = edgeShape(Object.entries(ENVELOPE), true, [
  { field: 'type', optional: false, rules: [DEVELOPMENT_TYPE_RULE] },
  {
    field: 'data',
    optional: false,
    rules: [{ name: 'isObject', test: isObjectValue, message: () => 'data must be an object' }],
  },
]);
/** `POST /negotiations` (`OpenNegotiationDto`): the opening's fields, its id optional, and the envelope. */
const OPENING_BODY: EdgeShape = edgeShape(
  [
    ['id', { ...CATALOGUE.NegotiationOpened.fields.negotiationId, optional: true }],
    ...Object.entries(CATALOGUE.NegotiationOpened.fields).filter(([field]) => field !== 'negotiationId'),
    ...Object.entries(ENVELOPE),
  ],
  true,
);
const DATA_BODIES = new Map<string, EdgeShape>();
const RECORD_BODIES = new Map<RecordName, EdgeShape>();
const dataBody = (type: DevelopmentType): EdgeShape => {
  let shape = DATA_BODIES.get(type);
  if (!shape) DATA_BODIES.set(type, (shape = edgeShape(Object.entries(CATALOGUE[type].fields), false)));
  return shape;
};
const recordBody = (name: RecordName): EdgeShape => {
  let shape = RECORD_BODIES.get(name);
  if (!shape) RECORD_BODIES.set(name, (shape = edgeShape(recordFields(name), false)));
  return shape;
};

/** What `validate.ts` walks first: no forbidden key anywhere, nothing nested too deeply or too wide. */
function bounded(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth > LIMITS.depth) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!bounded(item, depth + 1)) return false;
    return true;
  }
  const keys = Object.keys(value);
  if (keys.length > LIMITS.keysPerObject) return false;
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key) || !bounded((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** Whether every check of `shape` passes on `object` (plain JSON), and it has no field the shape does not know. */
function passes(shape: EdgeShape, object: Record<string, unknown>): boolean {
  for (const key in object) if (!shape.known.has(key)) return false;
  for (const { field, optional, rules, nested } of shape.checks) {
    const value = object[field];
    if (value === undefined) {
      if (optional) continue;
      return false;
    }
    if (value === null) return false;
    for (const rule of rules) if (!rule.test(value, object)) return false;
    if (nested) {
      const items = nested.list ? (value as unknown[]) : [value];
      for (const item of items) if (!isPlainRecord(item) || !passes(recordBody(nested.of), item)) return false;
    }
  }
  return true;
}

/**
 * True when an HTTP write of `line` would pass the edge, by the very checks
 * the DTOs run (the catalogue's `edgeField` rules, presence, nested shapes,
 * unknown fields, the cross-field rules) without class-validator's machinery —
 * a fifth of an import's time when it ran on every line. It may say no where
 * the edge says yes, never yes where it says no (`import-line.spec.ts`): a
 * line it refuses goes to `httpWriteProblems`, which decides and words the problems.
 */
export function edgeAccepts(line: ImportLine): boolean {
  if (!isPlainRecord(line.metadata) || !isPlainRecord(line.data)) return false;
  const body = requestBody(line);
  if (!bounded(body, 0)) return false;
  if (!isEventType(line.type) || !isEventDataWellFormed(line.type, line.data)) return false;
  if (line.type === 'NegotiationOpened') return passes(OPENING_BODY, body);
  if (!passes(DEVELOPMENT_BODY, body) || !isDevelopmentType(line.type)) return false;
  return passes(dataBody(line.type), line.data) && crossFieldProblems(line.type, line.data).length === 0;
}

/**
 * What an HTTP write of `line` would have been refused for, field by field
 * (`data.summary: …`, `sources.0.url: …`); `[]` when it would have passed the edge.
 */
export function httpWriteProblems(line: ImportLine): string[] {
  const body = requestBody(line);
  const fields = line.type === 'NegotiationOpened' ? validateOpenNegotiation(body) : validateRecordEvent(body);
  const problems = fields.flatMap((f) => f.problems.map((p) => (p.startsWith(f.field) ? p : `${f.field}: ${p}`)));
  // The opening's data is spread into the body: a field it must not have is named by the domain's own table.
  if (isEventType(line.type)) problems.push(...eventDataProblems(line.type as EventType, line.data));
  return [...new Set(problems)];
}

/** The command an HTTP write of `line` would have executed (call after `httpWriteProblems` found nothing). */
export function commandOf(line: ImportLine, negotiationId: string): NegotiationCommand {
  const body = requestBody(line);
  if (line.type === 'NegotiationOpened') {
    const { id: _id, ...opening } = body;
    return { type: 'OpenNegotiation', negotiationId, ...opening } as unknown as NegotiationCommand;
  }
  return { type: 'RecordDevelopments', negotiationId, developments: [body as unknown as Development] };
}

/**
 * Who recorded the imported events, and when. A faithful export (every line
 * at its stream `revision`, as `GET /admin/export` writes them) keeps the
 * `recordedBy`/`recordedAt` it carries — it is the log moving between
 * servers, imported by an admin (the route's role); any other file is stamped
 * like an HTTP write: by the importing key, now.
 */
export interface Provenance {
  readonly kept: boolean;
  /** Said in the answer. */
  readonly note: string;
}

export function provenanceOf(faithfulExport: boolean, importedBy: string, now: string): Provenance {
  return faithfulExport
    ? {
        kept: true,
        note: 'recordedBy and recordedAt kept from the file: every line is at its stream revision, as an export writes it (imported by an admin)',
      }
    : {
        kept: false,
        note: `recordedBy and recordedAt stamped as for an HTTP write (by ${importedBy}, at ${now}): not every line carries its stream revision, so the file is not a faithful export`,
      };
}

/** Who recorded an event, and when (an event's, or a checked line's metadata). */
export type Stamped = Pick<NegotiationEvent, 'recordedAt' | 'recordedBy'>;

/** The decision context of `event` under `provenance`: its own recording, or the import's. */
export function contextOf(event: Stamped, provenance: Provenance, importedBy: string, now: string): DecisionContext {
  return provenance.kept ? { now: event.recordedAt, recordedBy: event.recordedBy } : { now, recordedBy: importedBy };
}
