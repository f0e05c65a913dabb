/**
 * `watch`: the live feed over Server-Sent Events, with the `eventsource`
 * package (v4, which ships a CommonJS build and takes a custom `fetch`, so the
 * API key goes in a header rather than the URL). It reconnects by itself
 * after a dropped connection or a network error, sending `Last-Event-ID` =
 * the last global position seen, so the feed resumes with no gap and no
 * duplicate; a line on stderr says when it lost and regained the connection.
 * If the server answers a reconnect with a 5xx (e.g. while it restarts) the
 * package gives up, so this starts a new EventSource that resumes from the
 * same position. Ctrl-C ends it with exit code 0.
 */
import type { Command } from 'commander';
import { EventSource, type ErrorEvent, type FetchLike } from 'eventsource';
import type { EscalationView, MatrixView, StatusView, TimelineView } from '@parley/projections';
import { sessionFor, type Session } from '../context';
import { type ApiError, UnreachableError, UsageError } from '../errors';
import { errorFrom } from '../http';
import type { Runtime } from '../runtime';
import type { ApiClient } from '../http';
import { ceasefireState, consensusText, levelColor, plural, trendArrow } from '../render/common';
import { actorNames } from '../render/status';
import { gist, type GistNames, type PresentedEvent } from '../render/recording';

const CASE = 'pak-afghan-2025';
/**
 * Message names (apps/api/src/live/live.controller.ts): the negotiation stream
 * sends `status`, `matrix`, `escalation`; the event feed `ready` (first),
 * then `event` per stored event; either may end with `overflow` when this
 * client fell too far behind — the reconnect then resumes from the last id.
 */
const VIEW_MESSAGES = ['status', 'matrix', 'escalation'] as const;
const FEED_MESSAGES = ['event', 'message'] as const;

interface WatchOptions {
  from?: string;
  events?: boolean;
}

export function registerLive(program: Command, rt: Runtime): void {
  program
    .command('watch')
    .description("follow live: a negotiation's views as they change, or without an id every new event")
    .argument('[negotiation]', 'negotiation id (omit for the whole event feed)')
    .option('--events', 'with a negotiation: its raw events instead of its views')
    .option('--from <position>', 'events feed: first send every event after this global position (0: the whole log)')
    .addHelpText(
      'after',
      `
Without a negotiation it prints every new event (GET /stream/events); with one, its status,
matrix and escalation at once and then each time they change (GET /negotiations/<id>/stream),
or with --events that negotiation's new events. After a dropped connection it reconnects and
resumes after the last position seen (Last-Event-ID): no gap, no duplicate; a line on stderr
says so. Ctrl-C stops it (exit 0). --json prints one JSON object per message and line.

Examples (the Pakistan–Afghanistan case):
  $ parley watch ${CASE}
  $ parley watch ${CASE} --events --from 0
  $ parley watch --from 0 --json > feed.jsonl`,
    )
    .action(async (negotiation: string | undefined, opts: WatchOptions, cmd: Command) => {
      // A negotiation's views are state, sent whole on connect: there is no position to start them from.
      if (negotiation !== undefined && !opts.events && opts.from !== undefined)
        throw new UsageError(
          `--from is a position in the event feed: watch ${negotiation} --events --from ${opts.from} replays its events; its views come whole on connect`,
        );
      const session = sessionFor(cmd, rt);
      await watch(session, negotiation, opts);
    });
}

function watch(session: Session, negotiation: string | undefined, opts: WatchOptions): Promise<void> {
  const { out, api, rt } = session;
  const views = negotiation !== undefined && !opts.events;
  const url = views
    ? api.urlFor(`/negotiations/${encodeURIComponent(negotiation)}/stream`)
    : api.urlFor('/stream/events', { negotiation, from: opts.from });
  const names: readonly string[] = views ? VIEW_MESSAGES : FEED_MESSAGES;

  return new Promise<void>((resolve, reject) => {
    /** The last position received; until then, where we asked to start. */
    let seenId: string | undefined;
    const lastId = () => seenId ?? opts.from;
    let opened = false;
    let lost = false;
    let failure: ApiError | undefined;
    let source: EventSource | undefined;
    let restart: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    let printing: Promise<void> = Promise.resolve();
    const book = new SentenceBook(api);

    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      source?.close();
      if (restart) clearTimeout(restart);
      stopInterrupt();
      if (error) reject(error);
      else resolve();
    };
    const stopInterrupt = rt.onInterrupt(() => {
      // Ctrl-C is how a watch ends: exit 0.
      if (!out.json) out.note(out.ce.dim('stopped'));
      finish();
    });

    // The key in a header; a refusal's body kept to report it.
    const fetchWithKey: FetchLike = async (input, init) => {
      const headers: Record<string, string> = { ...(init.headers as Record<string, string>), ...api.authHeaders() };
      // A new EventSource (after a 5xx) does not know where the last one stopped.
      if (seenId !== undefined && !headers['Last-Event-ID']) headers['Last-Event-ID'] = seenId;
      const response = await rt.fetch(input, { ...init, headers } as RequestInit);
      failure = response.status === 200 ? undefined : await errorFrom(response.clone());
      return response;
    };

    const connect = () => {
      const es = new EventSource(url, { fetch: fetchWithKey });
      source = es;
      es.addEventListener('open', () => {
        if (!opened) {
          opened = true;
          if (!out.json)
            out.note(
              out.ce.dim(
                `watching ${negotiation ?? 'every new event'} at ${api.url}${opts.from !== undefined ? ` after position ${opts.from}` : ''} — Ctrl-C to stop`,
              ),
            );
        } else if (lost) {
          lost = false;
          out.note(out.ce.green(`reconnected; resuming after position ${lastId() ?? '(start)'}`));
        }
      });
      es.addEventListener('error', (event: ErrorEvent) => {
        if (done) return;
        if (!opened) {
          // The first connection never came up: report it rather than retry for ever.
          return finish(
            failure ??
              new UnreachableError(
                `cannot reach the Parley stream at ${url} (${event.message ?? 'connection failed'}). Is the server running? Check --url / PARLEY_URL.`,
              ),
          );
        }
        if (failure && failure.status < 500) return finish(failure);
        if (!lost) {
          lost = true;
          out.note(
            out.ce.yellow(
              `connection lost (${failure ? `${failure.status} ${failure.body.message}` : (event.message ?? 'stream ended')}); reconnecting after position ${lastId() ?? '(start)'}…`,
            ),
          );
        }
        if (es.readyState === es.CLOSED) {
          // The package gives up after a non-200 answer; a 5xx is worth another try.
          restart = setTimeout(connect, 3000);
        }
      });
      for (const name of names) {
        es.addEventListener(name, (event: MessageEvent<string>) => {
          if (event.lastEventId) seenId = event.lastEventId;
          // In arrival order, though an event may wait for its negotiation's names.
          printing = printing
            .then(() => print(session, book, negotiation, name, event.lastEventId, event.data))
            .catch((error: unknown) => out.note(out.ce.yellow(`could not print a message: ${String(error)}`)));
        });
      }
      es.addEventListener('ready', (event: MessageEvent<string>) => {
        if (event.lastEventId) seenId = event.lastEventId;
        if (out.json)
          printing = printing.then(() => print(session, book, negotiation, 'ready', event.lastEventId, event.data));
      });
      es.addEventListener('overflow', (event: MessageEvent<string>) => {
        let resumeFrom = lastId();
        try {
          resumeFrom = String((JSON.parse(event.data) as { resumeFrom?: number }).resumeFrom ?? resumeFrom);
        } catch {
          // Not JSON: keep the last id seen.
        }
        out.note(
          out.ce.yellow(
            `the server cut this client off (it fell behind); resuming after position ${resumeFrom ?? '(start)'}`,
          ),
        );
      });
    };
    connect();
  });
}

/** What the feed prints of one negotiation's events: the timeline's sentences and, for the rest, names. */
interface Book {
  /** Each event's sentence by event id, as the timeline view words it. */
  readonly sentences: ReadonlyMap<string, string>;
  readonly names: GistNames;
  /** The position the views were read at (they include every event up to it). */
  readonly upTo: number;
}

/**
 * Each event's line as the negotiation's timeline words it — names, not ids
 * ("Doha talks opened in Doha", "Pakistan rejected "…"") — the sentence
 * `parley timeline` and the dashboard show. The timeline, status and matrix
 * views are read when an event arrives that the book has not seen, at that
 * event's position: one read covers every event up to it (so `--from 0`
 * reads once), and a later event that names something new (a round, an
 * ultimatum, an actor) is read with it. An event the timeline does not list
 * (a correction), or a negotiation whose views cannot be read, gets the gist
 * of its data, with actors and demands by name where known.
 */
class SentenceBook {
  private readonly books = new Map<string, Promise<Book>>();

  constructor(private readonly api: ApiClient) {}

  async sentence(event: PresentedEvent, position: string): Promise<string> {
    const at = /^\d+$/.test(position) ? Number(position) : Number.NaN;
    let book = await this.books.get(event.negotiationId);
    if (book === undefined || (!book.sentences.has(event.eventId) && !(at <= book.upTo))) {
      const reading = this.read(event.negotiationId, at);
      this.books.set(event.negotiationId, reading);
      book = await reading;
    }
    return book.sentences.get(event.eventId) ?? gist(event.data, event.type, book.names);
  }

  private async read(negotiationId: string, position: number): Promise<Book> {
    const path = `/negotiations/${encodeURIComponent(negotiationId)}`;
    const known = Number.isNaN(position) ? undefined : position;
    const query = { minPosition: known === undefined ? undefined : String(known) };
    try {
      const [timeline, status, matrix] = await Promise.all([
        this.api.get<TimelineView>(`${path}/timeline`, query),
        this.api.get<StatusView>(`${path}/status`, query),
        this.api.get<MatrixView>(`${path}/matrix`, query),
      ]);
      const actor = actorNames(status);
      const demands = new Map(matrix.rows.map((r) => [r.demandId, r.text]));
      return {
        sentences: new Map(timeline.items.map((i) => [i.eventId, i.summary])),
        names: { actor: (id) => actor(id), demand: (id) => demands.get(id) ?? id },
        upTo: known ?? Number.POSITIVE_INFINITY,
      };
    } catch {
      return { sentences: new Map(), names: { actor: (id) => id, demand: (id) => id }, upTo: -1 };
    }
  }
}

async function print(
  session: Session,
  book: SentenceBook,
  watched: string | undefined,
  name: string,
  id: string,
  raw: string,
): Promise<void> {
  const { out } = session;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = raw;
  }
  if (out.json) {
    // One object per line: a stream a script can read as it comes.
    out.raw(`${JSON.stringify({ event: name, id, data })}\n`);
    return;
  }
  const { c } = out;
  const time = c.dim(new Date().toISOString().slice(11, 19));
  const pos = c.dim(`#${id || '?'}`);
  // A line longer than the width continues indented under its message.
  const line = (text: string) => out.line(text, { hang: 4 });
  if (typeof data !== 'object' || data === null) {
    line(`${time} ${pos} ${name} ${String(data)}`);
    return;
  }
  switch (name) {
    case 'status': {
      const s = data as StatusView;
      line(
        `${time} ${pos} ${c.bold('status')} ${s.phase} · ${plural(s.rounds?.held ?? 0, 'round')} · ceasefire ${s.ceasefire ? ceasefireState(c, s.ceasefire.state, s.ceasefire.coverage) : '—'} · ${plural(s.ultimatums?.length ?? 0, 'ultimatum')} · ${plural(s.demands?.total ?? 0, 'demand')}${s.latestDevelopment ? c.dim(` · latest: ${s.latestDevelopment.type} ${s.latestDevelopment.occurredAt}`) : ''}`,
      );
      return;
    }
    case 'matrix': {
      const m = data as MatrixView;
      const counts = new Map<string, number>();
      for (const r of m.rows ?? []) counts.set(r.consensus, (counts.get(r.consensus) ?? 0) + 1);
      line(
        `${time} ${pos} ${c.bold('matrix')} ${m.rows?.length ?? 0} demands × ${m.columns?.length ?? 0} actors: ${[...counts].map(([k, n]) => `${n} ${consensusText(c, k)}`).join(', ') || 'none'}`,
      );
      return;
    }
    case 'escalation': {
      const e = data as EscalationView;
      line(
        `${time} ${pos} ${c.bold('escalation')} ${levelColor(c, e.level)(`level ${e.level} ${e.levelName}`)} · index ${Number(e.index).toFixed(1)} · ${trendArrow(e.trend?.direction ?? 'steady')} ${e.trend?.direction ?? ''}${e.drivers?.[0] ? c.dim(` · top driver: ${e.drivers[0].type} ${e.drivers[0].occurredAt}`) : ''}`,
      );
      return;
    }
    default: {
      const e = data as Partial<PresentedEvent>;
      if (typeof e.type === 'string' && e.data && typeof e.data === 'object') {
        const sentence = e.negotiationId ? await book.sentence(e as PresentedEvent, id) : gist(e.data, e.type);
        // Watching one negotiation, its id is in the first line: not on every one.
        const negotiation = e.negotiationId === watched ? '' : ` ${c.bold(e.negotiationId ?? '')}`;
        line(`${time} ${pos}${negotiation} ${e.occurredAt ?? ''} ${c.cyan(e.type)} — ${sentence}`);
      } else {
        line(`${time} ${pos} ${name} ${JSON.stringify(data)}`);
      }
    }
  }
}
