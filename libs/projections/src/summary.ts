/**
 * One human line per event type, for the timeline, the latest development and
 * the chart's markers. Names come from a context (actor names, round labels,
 * demand texts) so the line reads "Pakistan rejected …" rather than a slug;
 * anything unknown falls back to its id.
 */
import {
  assertNever,
  type AgreementStatus,
  EVENT_TYPES,
  fieldsOf,
  LIMITS,
  recordFields,
  type EventType,
  type FieldSpec,
  type KeptData,
  type NegotiationEvent,
  type Range,
} from '@parley/domain';
import { NO_POOL, type StringPool } from './string-pool';

/**
 * What `summaryLine` reads of a `T`'s data — all it needs of an event: the
 * fields the catalogue marks `kept` (`KeptData`). The folded state keeps only
 * these per development (`summaryData`), not the whole event; a line that
 * reads another field is a compile error here until the catalogue keeps it.
 */
export type SummaryDataOf<T extends EventType> = KeptData<T>;

/** What `summaryLine` reads: an event's type and (at least) the summary's fields of its data. Any event is one. */
export type SummarySubject = { [T in EventType]: { readonly type: T; readonly data: SummaryDataOf<T> } }[EventType];

export interface SummaryContext {
  actorName(id: string): string;
  roundLabel(id: string): string;
  demandText(id: string): string;
  /** "by Pakistan" for an ultimatum the state knows, else its id. */
  ultimatumBy(id: string): string;
}

const MAX_QUOTED = 80;

/**
 * A quoted text cut to fit a summary line. Joined rather than concatenated:
 * V8 makes a cut text (`slice`) and a concatenation refer to the string they
 * came from, so a record keeping the cut would keep the whole text alive
 * (three objects where one will do); `join` copies the characters into one
 * string of its own.
 */
export function clip(text: string): string {
  return text.length <= MAX_QUOTED ? text : [text.slice(0, MAX_QUOTED - 1).trimEnd(), '…'].join('');
}

/**
 * What a folded record keeps of a sentence the line quotes: enough for
 * `clip` to cut it as it cuts the whole (the first MAX_QUOTED characters and
 * one more, which says the text was longer), in a string of its own (see
 * `clip`). Not the cut text itself: its "…" would make V8 keep every
 * character of it in two bytes (an 80-character cut of an ASCII text: 176
 * bytes rather than 104).
 */
function clipKept(text: string): string {
  return text.length <= MAX_QUOTED
    ? text
    : [text.slice(0, MAX_QUOTED), text.slice(MAX_QUOTED, MAX_QUOTED + 1)].join('');
}

export const idContext: SummaryContext = {
  actorName: (id) => id,
  roundLabel: (id) => id,
  demandText: (id) => id,
  ultimatumBy: (id) => id,
};

function list(ids: readonly string[], ctx: SummaryContext): string {
  const names = ids.map((id) => ctx.actorName(id));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function range(r: Range): string {
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

const STANCE_VERB = {
  accepted: 'accepted',
  'accepted-in-principle': 'accepted in principle',
  conditional: 'conditionally accepted',
  ambiguous: 'was ambiguous on',
  rejected: 'rejected',
  'counter-proposed': 'counter-proposed on',
} as const;

const ENGAGEMENT_VERB = {
  visit: 'visited',
  outreach: 'reached out to',
  meeting: 'met',
  recognition: 'recognised',
  support: 'backed',
} as const;

const MEDIATION_VERB = {
  offered: 'offered mediation',
  'requested-resumption': 'asked for talks to resume',
  proposed: 'proposed',
  visited: 'visited',
  'acknowledged-evidence': 'acknowledged evidence',
  'requested-pause': 'asked for a pause in operations',
} as const;

/** What became of an agreement, after its name ("Agreement x …"). */
const AGREEMENT_STATUS_PHRASE = {
  'text-agreed': 'text agreed',
  initialled: 'initialled',
  signed: 'signed',
  ratified: 'ratified',
  'in-force': 'in force',
  suspended: 'suspended',
  withdrawn: 'withdrawn from',
  terminated: 'terminated',
} as const satisfies Record<AgreementStatus, string>;

/** An incident's kind in words: its last hyphen joins its words ('drone-strike', 'non-lethal-force': 'drone strike', 'non-lethal force'). */
export function incidentKindSaid(kind: string): string {
  return kind.replace(/-(?=[^-]*$)/, ' ');
}

/** An agreement's status in words, before "by <actor>" when `byActor` (in force by someone: put in force by them). */
export function agreementStatusPhrase(status: AgreementStatus, byActor: boolean): string {
  return status === 'in-force' && byActor ? 'put in force' : AGREEMENT_STATUS_PHRASE[status];
}

/** How long a ceasefire lasts, after "declared"/"extended" (an `until` date, when given, says it instead). */
const DURATION_PHRASE = {
  temporary: '',
  indefinite: ' indefinitely',
  'until-talks-conclude': ' until the talks conclude',
} as const;

export function summaryLine(event: SummarySubject, ctx: SummaryContext = idContext): string {
  switch (event.type) {
    case 'NegotiationOpened':
      return `Negotiation opened: ${event.data.title}`;
    case 'ActorRegistered':
      return `${event.data.actor.name} registered as ${event.data.role}`;
    case 'TalksRoundScheduled': {
      const { label, venue, plannedFor } = event.data;
      return `${label} scheduled for ${plannedFor}${venue ? ` in ${venue}` : ''}`;
    }
    case 'TalksRoundOpened': {
      const label = event.data.label ?? ctx.roundLabel(event.data.roundId);
      return `${label} opened${event.data.venue ? ` in ${event.data.venue}` : ''}`;
    }
    case 'TalksRoundConcluded': {
      const { roundId, outcome, summary } = event.data;
      return `${ctx.roundLabel(roundId)} concluded: ${outcome}${summary ? ` — ${clip(summary)}` : ''}`;
    }
    case 'TalksRoundPostponed': {
      const { roundId, plannedFor } = event.data;
      return `${ctx.roundLabel(roundId)} postponed${plannedFor ? ` to ${plannedFor}` : ''}`;
    }
    case 'TalksRoundCancelled':
      return `${ctx.roundLabel(event.data.roundId)} cancelled`;
    case 'TalksSuspended':
      return `Talks ${event.data.temporary ? 'paused' : 'suspended'} by ${ctx.actorName(event.data.by)}${event.data.reason ? `: ${clip(event.data.reason)}` : ''}`;
    case 'TalksResumed':
      return `Talks resumed${event.data.by ? ` by ${ctx.actorName(event.data.by)}` : ''}`;
    case 'AgreementReached': {
      const { kind, signatories, status } = event.data;
      return `${kind[0]?.toUpperCase()}${kind.slice(1)} agreement reached by ${list(signatories, ctx)}${status ? ` (${AGREEMENT_STATUS_PHRASE[status]})` : ''}`;
    }
    case 'AgreementStatusChanged': {
      const { agreementId, status, by, reason } = event.data;
      return `Agreement ${agreementId} ${agreementStatusPhrase(status, by !== undefined)}${by ? ` by ${ctx.actorName(by)}` : ''}${reason ? `: ${clip(reason)}` : ''}`;
    }
    case 'NegotiationClosed':
      return `Negotiation closed: ${event.data.outcome}`;
    case 'DemandTabled':
      return `${ctx.actorName(event.data.by)} demanded "${clip(event.data.text)}"`;
    case 'DemandAmended':
      return `Demand ${ctx.demandText(event.data.demandId)} amended`;
    case 'DemandWithdrawn':
      return `Demand ${ctx.demandText(event.data.demandId)} withdrawn`;
    case 'PositionTaken':
      return `${ctx.actorName(event.data.actorId)} ${STANCE_VERB[event.data.stance]} ${ctx.demandText(event.data.demandId)}`;
    case 'UltimatumIssued': {
      const { by, to, deadline } = event.data;
      return `${ctx.actorName(by)} issued an ultimatum to ${list(to, ctx)}${deadline ? ` (deadline ${deadline})` : ''}`;
    }
    case 'UltimatumResolved':
      return `Ultimatum ${ctx.ultimatumBy(event.data.ultimatumId)} resolved: ${event.data.resolution}`;
    case 'StatementMade': {
      const { speaker, tone, summary, blames } = event.data;
      const who = speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name;
      const blame = blames ? ` (blames ${ctx.actorName(blames.on)} for incident ${blames.incidentId})` : '';
      return `${who}, ${tone}: ${clip(summary)}${blame}`;
    }
    case 'CeasefireDeclared': {
      const { parties, duration, until, coverage } = event.data;
      // A partial one (energy infrastructure only) is said so: it is no ceasefire of the fighting.
      const ceasefire = coverage === 'partial' ? 'partial ceasefire' : 'ceasefire';
      const kind =
        duration === 'until-talks-conclude'
          ? `${ceasefire[0]!.toUpperCase()}${ceasefire.slice(1)}`
          : `${duration === 'temporary' ? 'Temporary' : 'Indefinite'} ${ceasefire}`;
      return `${kind} declared between ${list(parties, ctx)}${until ? ` until ${until}` : duration === 'until-talks-conclude' ? DURATION_PHRASE[duration] : ''}`;
    }
    case 'CeasefireExtended':
      return `Ceasefire extended${event.data.until ? ` until ${event.data.until}` : event.data.duration ? DURATION_PHRASE[event.data.duration] : ''}`;
    case 'CeasefireViolationReported': {
      const { allegedBy, against, casualties } = event.data;
      return `${ctx.actorName(allegedBy)} reported a ceasefire violation by ${ctx.actorName(against)}${casualties ? ` (${range(casualties)} casualties)` : ''}`;
    }
    case 'CeasefireEnded':
      return `Ceasefire ended: ${event.data.reason}`;
    case 'IncidentReported': {
      const { kind, perpetrator, place, harmed, fatalities, injured, period, scale } = event.data;
      const what = `${scale === undefined ? '' : `${scale} `}${incidentKindSaid(kind)}`;
      const counts = [fatalities ? `${range(fatalities)} killed` : '', injured ? `${range(injured)} injured` : '']
        .filter(Boolean)
        .join(', ');
      return `${what[0]?.toUpperCase()}${what.slice(1)}${perpetrator ? ` by ${ctx.actorName(perpetrator)}` : ''}${place ? ` in ${place}` : ''}${harmed ? `, harming ${ctx.actorName(harmed)}` : ''}${period ? `, ${period.from} to ${period.to}` : ''}${counts ? ` (${counts})` : ''}`;
    }
    case 'MediationAction':
      return `${ctx.actorName(event.data.mediator)} ${MEDIATION_VERB[event.data.action]}: ${clip(event.data.summary)}`;
    case 'ThirdPartyEngagement': {
      const { actorId, counterparts, kind, summary } = event.data;
      return `${ctx.actorName(actorId)} ${ENGAGEMENT_VERB[kind]} ${list(counterparts, ctx)}: ${clip(summary)}`;
    }
    case 'EventCorrected':
      return `Correction of ${event.data.eventId}: ${clip(event.data.reason)}`;
    case 'EventRetracted':
      return `Retraction of ${event.data.eventId}: ${clip(event.data.reason)}`;
    default:
      return assertNever(event, 'event type');
  }
}

/** A field `summaryData` copies: a sentence (`LIMITS.text`) cut to what the line quotes of it (`clipKept`), a nested shape cut to its own kept fields. */
interface KeptField {
  readonly name: string;
  readonly clip: boolean;
  readonly nested: KeptShape | null;
}

/** The kept fields of one shape (an event type's data, or a record nested in it). */
interface KeptShape {
  readonly fields: readonly KeptField[];
  /**
   * A shape with no sentence and no nested shape: its copies may be shared
   * (`keepShared`), looked up under this path (the shape, then its values),
   * one array per shape reused by every lookup, so that a lookup allocates
   * nothing. Null for any other shape.
   */
  readonly path: unknown[] | null;
}

function keptShape(fields: readonly (readonly [string, FieldSpec])[]): KeptShape {
  const kept = fields
    .filter(([, spec]) => spec.kept === true)
    .map(([name, spec]) => ({
      name,
      clip: spec.kind === 'text' && spec.max === LIMITS.text,
      nested: spec.kind === 'record' ? keptShape(recordFields(spec.of)) : null,
    }));
  const plain = kept.every((field) => !field.clip && field.nested === null);
  const path: unknown[] | null = plain ? kept.map(() => undefined) : null;
  const shape: KeptShape = { fields: kept, path };
  path?.unshift(shape);
  return shape;
}

/** Per type, the catalogue's kept fields, read once. */
const KEPT = Object.fromEntries(EVENT_TYPES.map((type) => [type, keptShape(fieldsOf(type))])) as {
  readonly [T in EventType]: KeptShape;
};

/** A kept value other than a sentence: its strings (an id, a name, a list of ids) taken through the pool. */
function shared(value: unknown, pool: StringPool): unknown {
  if (typeof value === 'string') return pool.share(value);
  if (pool === NO_POOL || !Array.isArray(value) || !value.every((item) => typeof item === 'string')) return value;
  return value.map((item: string) => pool.share(item));
}

/** Copies the kept fields that are set (an absent optional field stays absent). */
function keep(
  data: { readonly [field: string]: unknown },
  shape: KeptShape,
  pool: StringPool,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { name, clip: clipped, nested } of shape.fields) {
    const value = data[name];
    if (value === undefined) continue;
    out[name] =
      nested !== null
        ? keepShared(value as { readonly [field: string]: unknown }, nested, pool)
        : clipped
          ? clipKept(value as string)
          : shared(value, pool);
  }
  return out;
}

/**
 * The kept fields of a plain shape (`KeptShape.path`: a statement's speaker,
 * a position's demand, actor and stance, an incident's casualty range) whose
 * values are all short strings or numbers: one object per distinct content
 * across the pool's folds, built (its strings pooled) only the first time
 * that content is met.
 */
function keepShared(
  data: { readonly [field: string]: unknown },
  shape: KeptShape,
  pool: StringPool,
): Record<string, unknown> {
  const path = shape.path;
  if (pool === NO_POOL || path === null) return keep(data, shape, pool);
  // The shape, then its values in its order (undefined: absent): equal paths, equal objects.
  const fields = shape.fields;
  for (let i = 0; i < fields.length; i++) {
    const value = data[(fields[i] as KeptField).name];
    if (value !== undefined && typeof value !== 'string' && typeof value !== 'number') return keep(data, shape, pool);
    path[i + 1] = value;
  }
  // A plain shape's keep() looks nothing up under a path: `path` still holds these values when it returns.
  return pool.sharedObject<Record<string, unknown>>(path) ?? pool.keepObject(path, keep(data, shape, pool));
}

/**
 * Only what `summaryLine` reads of an event's data (the catalogue's `kept`
 * fields), long texts cut to what the line quotes (`clipKept`): `summaryLine({ type, data:
 * summaryData(event) }, ctx)` is `summaryLine(event, ctx)` for every event and
 * context. What a folded state keeps of each development instead of the whole
 * event. Its ids, names and other short strings are taken through `pool`
 * (a fold's, `string-pool.ts`): equal values, one copy.
 */
export function summaryData(event: NegotiationEvent, pool: StringPool = NO_POOL): SummarySubject['data'] {
  // keepShared() copies the kept fields of event.data: the data of event.type as SummaryDataOf reads it.
  return keepShared(
    event.data as unknown as { readonly [field: string]: unknown },
    KEPT[event.type],
    pool,
  ) as SummarySubject['data'];
}
