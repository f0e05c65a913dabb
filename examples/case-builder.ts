/**
 * Turns a case declared as data (a source list such as
 * examples/india-pakistan-2025.ts) into the JSONL log an importer reads, and
 * holds it to the rules the API applies:
 *
 * - every event is encoded by the codec (`toStoredEvent`) and decodes back
 *   (`fromStoredEvent`) to itself;
 * - the log replays through the domain's own `decide` (`replayLog`): each
 *   event, sent as the command an analyst would have sent with the server
 *   clock at its recordedAt, is accepted and comes back unchanged — so a
 *   dangling reference, a future occurredAt, a bad precision, a CAMEO code
 *   the domain does not know, an ill-formed field are refused exactly as the
 *   API would refuse them;
 * - and what only a shipped example must also satisfy, which `decide` cannot
 *   know: the log is in recordedAt order and ends by `logEnd`, and every
 *   source is citable (title, publisher, URL, published date, Admiralty
 *   grades) and was published by the time the event citing it was recorded.
 *
 * Times are read with the domain's date reader (`parseTime`); event ids are
 * name-based UUIDs (SHA-1, v5 layout) of a key, so rebuilding gives the same
 * bytes. `examples/build.ts <case>` runs this and writes the file.
 */
import { createHash } from 'node:crypto';
import {
  type CredibilityGrade,
  defaultPrecision,
  type EventDataByType,
  type EventOf,
  type EventType,
  fromStoredEvent,
  type NegotiationEvent,
  parseTime,
  type Precision,
  type ReliabilityGrade,
  type Source,
  toStoredEvent,
} from '../libs/domain/src';
import { replayLog, sameEvent } from '../libs/domain/src/replay';

/** A case as data: what examples/build.ts turns into `<file>`. */
export interface CaseDefinition {
  readonly negotiationId: string;
  /** The JSONL file written next to the definition, e.g. `india-pakistan-2025.jsonl`. */
  readonly file: string;
  /** Nothing in the case is recorded after this instant. */
  readonly logEnd: string;
  /** In log order (= recordedAt order); the first is the NegotiationOpened. */
  readonly events: readonly NegotiationEvent[];
  /**
   * Sources without a published date are refused unless this is `allowed`
   * (a case researched before dates were required); a date given must still
   * precede the recording.
   */
  readonly undatedSources?: 'refused' | 'allowed';
  /** What this case must show besides the rules (e.g. "the final message stays unresolved"): one line per problem. */
  readonly checks?: (events: readonly NegotiationEvent[]) => readonly string[];
}

/** One line of the file: a stored event, as `parley import` and `POST /admin/import` read it. */
export interface StoredLine {
  readonly stream: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
}

// ---------------------------------------------------------------------------
// Authoring helpers
// ---------------------------------------------------------------------------

/** A citable source: every field an analyst must give for a shipped example. */
export function source(
  title: string,
  publisher: string,
  url: string,
  publishedAt: string,
  reliability: ReliabilityGrade,
  credibility: CredibilityGrade,
): Source {
  return { title, publisher, url, publishedAt, reliability, credibility };
}

/**
 * A source whose published date was not kept (a case researched before dates
 * were required; its definition says `undatedSources: 'allowed'`).
 */
export function undatedSource(
  title: string,
  publisher: string,
  url: string,
  reliability: ReliabilityGrade,
  credibility: CredibilityGrade,
): Source {
  return { title, publisher, url, reliability, credibility };
}

/** The same source graded differently for a particular claim (a party's unverified count vs an on-record quote). */
export function graded(s: Source, credibility: CredibilityGrade, reliability?: ReliabilityGrade): Source {
  return { ...s, credibility, ...(reliability !== undefined ? { reliability } : {}) };
}

/** When a development happened and when the analyst recorded it. */
export interface When {
  readonly occurredAt: string;
  /** Omitted: the domain's default for the form (date-time → exact, date → day, month → month). */
  readonly precision?: Precision;
  readonly recordedAt: string;
}

/**
 * For a case recorded after the fact, from sources read all at once: `when(occurredAt, precision?)` gives each
 * development, in the order it is declared, a recordedAt one minute after the last, from `start` (an ISO date-time).
 */
export function retrospectiveClock(start: string): (occurredAt: string, precision?: Precision) => When {
  let minute = 0;
  const first = Date.parse(start);
  return (occurredAt, precision) => {
    const recordedAt = new Date(first + minute * 60_000).toISOString().replace('.000Z', 'Z');
    minute += 1;
    return { occurredAt, recordedAt, ...(precision !== undefined ? { precision } : {}) };
  };
}

/** The optional envelope fields of a development (`cameo`, `note`, `occurrence`, …), as the catalogue types them. */
export type Extra = Partial<
  Omit<
    NegotiationEvent,
    'type' | 'data' | 'eventId' | 'negotiationId' | 'occurredAt' | 'precision' | 'recordedAt' | 'recordedBy' | 'sources'
  >
>;

/** A name-based UUID (SHA-1, version 5 layout) of `namespace/key`: the same key always gives the same id. */
function uuidFor(namespace: string, key: string): string {
  const bytes = Buffer.from(createHash('sha1').update(`parley-example/${namespace}/${key}`).digest().subarray(0, 16));
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * What a case declares its events with:
 *
 * - `ev(type, key, when, data, sources, extra)`: one development; `data` is
 *   checked by the compiler against the catalogue type of `type`, the id is
 *   `idOf(key)`, the precision the domain's default when not given;
 * - `idOf(key)`: the id of the event declared with `key` (what a correction names);
 * - `at('MM-DD', 'hh:mm')`: a recordedAt on a day of `year`, UTC.
 */
export function caseKit(negotiationId: string, recordedBy: string, year: number) {
  const idOf = (key: string): string => uuidFor(negotiationId, key);
  const at = (day: string, time: string): string => `${year}-${day}T${time}:00Z`;
  function ev<T extends EventType>(
    type: T,
    key: string,
    when: When,
    data: EventDataByType[T],
    sources: readonly Source[],
    extra: Extra = {},
  ): EventOf<T> {
    const event = {
      type,
      eventId: idOf(key),
      negotiationId,
      occurredAt: when.occurredAt,
      precision: when.precision ?? defaultPrecision(when.occurredAt),
      recordedAt: when.recordedAt,
      recordedBy,
      sources,
      ...extra,
      data,
    };
    // T cannot be narrowed to one member of the union by the compiler; the shape was checked at the call.
    return event as unknown as EventOf<T>;
  }
  return { ev, idOf, at };
}

// ---------------------------------------------------------------------------
// Building and checking
// ---------------------------------------------------------------------------

/** The stored lines of a case, in log order, through the codec. */
export function storedLines(def: CaseDefinition): StoredLine[] {
  return def.events.map((event, revision) => ({
    stream: `negotiation-${def.negotiationId}`,
    revision,
    ...toStoredEvent(event),
  }));
}

/** The file's text: one stored event per line. */
export function caseText(def: CaseDefinition): string {
  return storedLines(def)
    .map((line) => JSON.stringify(line))
    .join('\n')
    .concat('\n');
}

/**
 * Everything wrong with a case, one line each; empty when it may ship.
 * `text` is the file as written (read back as an importer would), defaulting
 * to what the definition gives.
 */
export function caseProblems(def: CaseDefinition, text: string = caseText(def)): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').filter((l) => l !== '');
  if (lines.length !== def.events.length) problems.push(`${lines.length} lines for ${def.events.length} events`);
  lines.forEach((line, i) => {
    try {
      const stored = JSON.parse(line) as StoredLine;
      if (stored.revision !== i) problems.push(`line ${i}: revision ${stored.revision}`);
      const event = fromStoredEvent(stored);
      const declared = def.events[i];
      if (declared && !sameEvent(event, declared))
        problems.push(`line ${i}: does not decode to the declared event ${declared.eventId}`);
    } catch (error) {
      problems.push(`line ${i}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  // What was written decodes to what was declared (checked above), so the rest is checked on the declared events:
  // one line the codec refuses does not hide every problem after it.
  const events = def.events;
  if (events[0]?.type !== 'NegotiationOpened') problems.push('the log does not start with NegotiationOpened');
  problems.push(
    ...logOrderProblems(def, events),
    ...sourceProblemsOf(events, def.undatedSources ?? 'refused'),
    ...replayLog(events).problems,
    ...(def.checks?.(events) ?? []),
  );
  return problems;
}

function instant(value: string): number {
  const parsed = parseTime(value);
  return parsed ? parsed.instant : Number.NaN;
}

/** Log order is recordedAt order, and nothing is recorded after the case's end. */
function logOrderProblems(def: CaseDefinition, events: readonly NegotiationEvent[]): string[] {
  const problems: string[] = [];
  const end = instant(def.logEnd);
  events.forEach((e, i) => {
    const at = instant(e.recordedAt);
    if (!(at <= end))
      problems.push(`event ${i} (${e.eventId}): recorded ${e.recordedAt}, after the log's end ${def.logEnd}`);
    const before = events[i - 1];
    if (before && at < instant(before.recordedAt))
      problems.push(
        `event ${i} (${e.eventId}): recorded ${e.recordedAt}, before the event it follows (${before.recordedAt})`,
      );
  });
  return problems;
}

/** Every source citable, and published by the time the event citing it was recorded. */
function sourceProblemsOf(events: readonly NegotiationEvent[], undated: 'refused' | 'allowed'): string[] {
  const required: readonly (keyof Source)[] = [
    'publisher',
    'url',
    'reliability',
    'credibility',
    ...(undated === 'refused' ? (['publishedAt'] as const) : []),
  ];
  const problems: string[] = [];
  events.forEach((e, i) => {
    e.sources.forEach((s, j) => {
      const at = `event ${i} (${e.eventId}) source ${j} "${s.title}"`;
      for (const field of required) if (s[field] === undefined) problems.push(`${at}: no ${field}`);
      if (s.publishedAt !== undefined && !(instant(s.publishedAt) <= instant(e.recordedAt)))
        problems.push(`${at}: published ${s.publishedAt}, after the event was recorded (${e.recordedAt})`);
    });
  });
  return problems;
}
