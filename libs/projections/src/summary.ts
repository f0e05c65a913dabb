/**
 * One human line per event type, for the timeline, the latest development and
 * the chart's markers. Names come from a context (actor names, round labels,
 * demand texts) so the line reads "Pakistan rejected …" rather than a slug;
 * anything unknown falls back to its id.
 */
import { assertNever, type EventDataByType, type EventType, type NegotiationEvent, type Range } from '@parley/domain';
import { actorNameOf, getOwn, type ViewState } from './view-state';

/**
 * The fields of each type's data that `summaryLine` reads — all it needs of
 * an event. The folded state keeps only these per development
 * (`summaryData`), not the whole event.
 */
interface SummaryFieldsByType {
  NegotiationOpened: 'title';
  ActorRegistered: 'role';
  TalksRoundScheduled: 'label' | 'venue' | 'plannedFor';
  TalksRoundOpened: 'roundId' | 'label' | 'venue';
  TalksRoundConcluded: 'roundId' | 'outcome' | 'summary';
  TalksRoundPostponed: 'roundId' | 'plannedFor';
  TalksRoundCancelled: 'roundId';
  TalksSuspended: 'by' | 'reason';
  TalksResumed: 'by';
  AgreementReached: 'kind' | 'signatories';
  NegotiationClosed: 'outcome';
  DemandTabled: 'by' | 'text';
  DemandAmended: 'demandId';
  DemandWithdrawn: 'demandId';
  PositionTaken: 'actorId' | 'stance' | 'demandId';
  UltimatumIssued: 'by' | 'to' | 'deadline';
  UltimatumResolved: 'ultimatumId' | 'resolution';
  StatementMade: 'tone' | 'summary';
  CeasefireDeclared: 'parties' | 'duration' | 'until';
  CeasefireExtended: 'until' | 'duration';
  CeasefireViolationReported: 'allegedBy' | 'against' | 'casualties';
  CeasefireEnded: 'reason';
  IncidentReported: 'kind' | 'perpetrator' | 'place' | 'fatalities' | 'injured' | 'period';
  MediationAction: 'mediator' | 'action' | 'summary';
  ThirdPartyEngagement: 'actorId' | 'counterparts' | 'kind' | 'summary';
  EventCorrected: 'eventId' | 'reason';
  EventRetracted: 'eventId' | 'reason';
}

/** A field missing from its type's data is a compile error here. */
type Checked<F extends { readonly [T in EventType]: keyof EventDataByType[T] }> = F;
type SummaryFields = Checked<SummaryFieldsByType>;

/** Nested objects of which the summary reads only part. */
interface SummaryNested {
  ActorRegistered: { readonly actor: { readonly name: string } };
  StatementMade: { readonly speaker: { readonly name: string; readonly title?: string } };
}

export type SummaryDataOf<T extends EventType> = Pick<EventDataByType[T], SummaryFields[T] & keyof EventDataByType[T]> &
  (T extends keyof SummaryNested ? SummaryNested[T] : unknown);

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

function clip(text: string): string {
  return text.length <= MAX_QUOTED ? text : `${text.slice(0, MAX_QUOTED - 1).trimEnd()}…`;
}

export const idContext: SummaryContext = {
  actorName: (id) => id,
  roundLabel: (id) => id,
  demandText: (id) => id,
  ultimatumBy: (id) => id,
};

/** Names as the state knows them (the state folded at the same `at`/`knownAt` as the events summarised). */
export function summaryContext(state: ViewState): SummaryContext {
  return {
    actorName: (id) => actorNameOf(state, id),
    roundLabel: (id) => getOwn(state.rounds, id)?.label ?? id,
    demandText: (id) => {
      const text = getOwn(state.demands, id)?.text;
      return text ? `"${clip(text)}"` : id;
    },
    ultimatumBy: (id) => {
      const by = getOwn(state.ultimatums, id)?.issued?.by;
      return by === undefined ? id : `by ${actorNameOf(state, by)}`;
    },
  };
}

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
      return `Talks suspended by ${ctx.actorName(event.data.by)}${event.data.reason ? `: ${clip(event.data.reason)}` : ''}`;
    case 'TalksResumed':
      return `Talks resumed${event.data.by ? ` by ${ctx.actorName(event.data.by)}` : ''}`;
    case 'AgreementReached':
      return `${event.data.kind[0]?.toUpperCase()}${event.data.kind.slice(1)} agreement reached by ${list(event.data.signatories, ctx)}`;
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
      const { speaker, tone, summary } = event.data;
      const who = speaker.title ? `${speaker.name} (${speaker.title})` : speaker.name;
      return `${who}, ${tone}: ${clip(summary)}`;
    }
    case 'CeasefireDeclared': {
      const { parties, duration, until } = event.data;
      const kind =
        duration === 'until-talks-conclude'
          ? 'Ceasefire'
          : `${duration === 'temporary' ? 'Temporary' : 'Indefinite'} ceasefire`;
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
      const { kind, perpetrator, place, fatalities, injured, period } = event.data;
      const what = kind.replace('-', ' ');
      const counts = [fatalities ? `${range(fatalities)} killed` : '', injured ? `${range(injured)} injured` : '']
        .filter(Boolean)
        .join(', ');
      return `${what[0]?.toUpperCase()}${what.slice(1)}${perpetrator ? ` by ${ctx.actorName(perpetrator)}` : ''}${place ? ` in ${place}` : ''}${period ? `, ${period.from} to ${period.to}` : ''}${counts ? ` (${counts})` : ''}`;
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

/** Copies the fields that are set (an absent optional field stays absent). */
function pick<T extends object, K extends keyof T>(data: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) if (data[key] !== undefined) out[key] = data[key];
  return out;
}

/** A text as the summary shows it: clipped (clipping again changes nothing). */
function clipped<T extends { readonly [key: string]: unknown }>(data: T, key: keyof T & string): T {
  const value = data[key];
  return typeof value === 'string' && value.length > MAX_QUOTED ? { ...data, [key]: clip(value) } : data;
}

/**
 * Only what `summaryLine` reads of an event's data, long texts already
 * clipped: `summaryLine({ type, data: summaryData(event) }, ctx)` is
 * `summaryLine(event, ctx)` for every event and context. What a folded state
 * keeps of each development instead of the whole event.
 */
export function summaryData(event: NegotiationEvent): SummarySubject['data'] {
  switch (event.type) {
    case 'NegotiationOpened':
      return pick(event.data, ['title']);
    case 'ActorRegistered':
      return { actor: { name: event.data.actor.name }, role: event.data.role };
    case 'TalksRoundScheduled':
      return pick(event.data, ['label', 'venue', 'plannedFor']);
    case 'TalksRoundOpened':
      return pick(event.data, ['roundId', 'label', 'venue']);
    case 'TalksRoundConcluded':
      return clipped(pick(event.data, ['roundId', 'outcome', 'summary']), 'summary');
    case 'TalksRoundPostponed':
      return pick(event.data, ['roundId', 'plannedFor']);
    case 'TalksRoundCancelled':
      return pick(event.data, ['roundId']);
    case 'TalksSuspended':
      return clipped(pick(event.data, ['by', 'reason']), 'reason');
    case 'TalksResumed':
      return pick(event.data, ['by']);
    case 'AgreementReached':
      return pick(event.data, ['kind', 'signatories']);
    case 'NegotiationClosed':
      return pick(event.data, ['outcome']);
    case 'DemandTabled':
      return clipped(pick(event.data, ['by', 'text']), 'text');
    case 'DemandAmended':
    case 'DemandWithdrawn':
      return pick(event.data, ['demandId']);
    case 'PositionTaken':
      return pick(event.data, ['actorId', 'stance', 'demandId']);
    case 'UltimatumIssued':
      return pick(event.data, ['by', 'to', 'deadline']);
    case 'UltimatumResolved':
      return pick(event.data, ['ultimatumId', 'resolution']);
    case 'StatementMade': {
      const { speaker } = event.data;
      return clipped(
        {
          speaker: speaker.title === undefined ? { name: speaker.name } : { name: speaker.name, title: speaker.title },
          tone: event.data.tone,
          summary: event.data.summary,
        },
        'summary',
      );
    }
    case 'CeasefireDeclared':
      return pick(event.data, ['parties', 'duration', 'until']);
    case 'CeasefireExtended':
      return pick(event.data, ['until', 'duration']);
    case 'CeasefireViolationReported':
      return pick(event.data, ['allegedBy', 'against', 'casualties']);
    case 'CeasefireEnded':
      return pick(event.data, ['reason']);
    case 'IncidentReported':
      return pick(event.data, ['kind', 'perpetrator', 'place', 'fatalities', 'injured', 'period']);
    case 'MediationAction':
      return clipped(pick(event.data, ['mediator', 'action', 'summary']), 'summary');
    case 'ThirdPartyEngagement':
      return clipped(pick(event.data, ['actorId', 'counterparts', 'kind', 'summary']), 'summary');
    case 'EventCorrected':
    case 'EventRetracted':
      return clipped(pick(event.data, ['eventId', 'reason']), 'reason');
    default:
      return assertNever(event, 'event type');
  }
}
