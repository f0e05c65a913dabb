/** Human output of writes and of the raw log. */
import type { Output } from '../output';
import { listTable } from './table';

export interface PresentedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly negotiationId: string;
  readonly occurredAt: string;
  readonly precision: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly data: Record<string, unknown>;
  readonly sources: readonly { title: string; publisher?: string; reliability?: string; credibility?: number }[];
  readonly stream: string;
  readonly revision: number;
  readonly position: number;
}

export interface WriteResult {
  readonly negotiationId: string;
  readonly revision: number;
  readonly position: number;
  readonly duplicate: boolean;
  readonly events: readonly PresentedEvent[];
}

export interface EventsPage {
  readonly negotiationId: string;
  readonly revision: number;
  readonly events: readonly PresentedEvent[];
  readonly nextFromRevision: number | null;
}

export function renderWrite(out: Output, result: WriteResult, verb: 'Opened' | 'Recorded'): void {
  const { c } = out;
  const e = result.events[0];
  const what =
    verb === 'Opened'
      ? `negotiation ${c.bold(result.negotiationId)}`
      : `${c.bold(e?.type ?? 'event')} in ${c.bold(result.negotiationId)}`;
  if (result.duplicate) {
    out.line(`${c.yellow('Already recorded')}, nothing new stored: ${what} — a retry of event ${e?.eventId ?? '?'}.`);
  } else {
    out.line(`${c.green(verb)} ${what}`);
  }
  out.line(
    c.dim(
      `  event ${e?.eventId ?? '?'} · occurred ${e?.occurredAt ?? '?'} · revision ${result.revision} (use --if-match ${result.revision}) · position ${result.position}`,
    ),
  );
}

/** Names for the ids an event's data holds (actors, demands); an unknown id stays as it is. */
export interface GistNames {
  actor(id: string): string;
  demand(id: string): string;
}

const BY_ID: GistNames = { actor: (id) => id, demand: (id) => id };

/** A one-line gist of an event's data, for logs and the live feed. */
export function gist(data: Record<string, unknown>, type?: string, names: GistNames = BY_ID): string {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (type === 'PositionTaken')
    return `${names.actor(str(data.actorId))} ${str(data.stance)} on “${names.demand(str(data.demandId))}”${data.quote ? `: “${str(data.quote)}”` : ''}`;
  if (type === 'StatementMade') {
    const speaker = (data.speaker ?? {}) as Record<string, unknown>;
    return `${str(speaker.name)} (${str(data.tone)}): ${str(data.summary)}`;
  }
  if (type === 'IncidentReported') return `${str(data.kind)}: ${str(data.description)}`;
  if (type === 'ActorRegistered') {
    const actor = (data.actor ?? {}) as Record<string, unknown>;
    return `${str(actor.name)} (${str(actor.id)}) as ${str(data.role)}`;
  }
  for (const key of ['summary', 'text', 'description', 'label', 'reason', 'consequences', 'terms', 'title']) {
    const v = data[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  const parts = Object.entries(data)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map(([k, v]) => `${k}=${String(v)}`);
  return parts.join(' ');
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1))}…`;
}

export function renderEvents(out: Output, page: EventsPage, all: boolean): void {
  const { c } = out;
  if (page.events.length === 0) {
    out.line(c.dim(`no events in ${page.negotiationId} match`));
    return;
  }
  const gistWidth = Math.max(20, out.width - 3 - 26 - 26 - 12);
  const t = listTable([c.dim('rev'), c.dim('type'), c.dim('occurred'), c.dim('gist')]);
  for (const e of page.events) {
    t.push([String(e.revision), e.type, e.occurredAt, truncate(gist(e.data, e.type), gistWidth)]);
  }
  out.line(t.toString());
  const shown = `${page.events.length} event${page.events.length === 1 ? '' : 's'} of ${page.negotiationId} (revision ${page.revision})`;
  out.line(
    c.dim(
      !all && page.nextFromRevision !== null
        ? `${shown}; more: --from-revision ${page.nextFromRevision}, or --all`
        : shown,
    ),
  );
}
