/**
 * One line of an import file as an HTTP write: the body the recording routes
 * would have received for it, checked by the same validation (the DTOs, the
 * domain's strict shapes), and the command `decide` would have been given.
 * An imported event is stored only as `decide` makes it — never as the file
 * spells it — so the import cannot store what an HTTP write would refuse.
 */
import {
  type DecisionContext,
  type Development,
  eventDataProblems,
  type EventType,
  isEventDataWellFormed,
  isEventType,
  isPlainRecord,
  type NegotiationCommand,
  type NegotiationEvent,
} from '@parley/domain';
import { acceptsDevelopment, acceptsOpening } from '../http/edge-verdict';
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

/**
 * The HTTP body of the write that would have recorded `line`: `POST /negotiations` for an opening, else one
 * development. The import builds it once per line and hands it to `edgeAccepts`, `httpWriteProblems` and
 * `commandOf`, which only read it.
 */
export function requestBody(line: ImportLine): Record<string, unknown> {
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

/**
 * True when an HTTP write of `line` would pass the edge: the same compiled
 * verdict the recording routes ask first (`acceptsDevelopment`,
 * `acceptsOpening`), plus the domain's shape of the stored data. It may say no
 * where the edge says yes, never yes where it says no (`import-line.spec.ts`):
 * a line it refuses goes to `httpWriteProblems`, which decides and words the problems.
 */
export function edgeAccepts(line: ImportLine, body?: Record<string, unknown>): boolean {
  if (!isPlainRecord(line.metadata) || !isPlainRecord(line.data)) return false;
  if (!isEventType(line.type) || !isEventDataWellFormed(line.type, line.data)) return false;
  const request = body ?? requestBody(line);
  return line.type === 'NegotiationOpened' ? acceptsOpening(request) : acceptsDevelopment(request);
}

/**
 * What an HTTP write of `line` would have been refused for, field by field
 * (`data.summary: …`, `sources.0.url: …`); `[]` when it would have passed the edge.
 */
export function httpWriteProblems(line: ImportLine, body = requestBody(line)): string[] {
  const fields = line.type === 'NegotiationOpened' ? validateOpenNegotiation(body) : validateRecordEvent(body);
  const problems = fields.flatMap((f) => f.problems.map((p) => (p.startsWith(f.field) ? p : `${f.field}: ${p}`)));
  // The opening's data is spread into the body: a field it must not have is named by the domain's own table.
  if (isEventType(line.type)) problems.push(...eventDataProblems(line.type as EventType, line.data));
  return [...new Set(problems)];
}

/** The command an HTTP write of `line` would have executed (call after `httpWriteProblems` found nothing). */
export function commandOf(line: ImportLine, negotiationId: string, body = requestBody(line)): NegotiationCommand {
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
