import { Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../errors/error-body.dto';
import { ApiEventStream, EVENT_STREAM_DATA, StreamTokenDto, VIEW_STREAM_DATA } from './responses.dto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isValidNegotiationId } from '@parley/domain';
import type { EventStore } from '@parley/event-store';
import { ProjectionEngine } from '@parley/projections';
import { type AuthenticatedRequest, KeyInQuery, RequireRole } from '../auth/auth.guard';
import { RequestValidationError } from '../errors/validation';
import { negotiationIdParam } from '../shared/params';
import { rawResponse } from '../http/raw-response';
import { EVENT_STORE } from '../store/store.module';
import { asOfParams } from '../views/params';
import { viewsBehind } from '../views/view-states';
import { type StreamToken, StreamTokens } from '../auth/stream-tokens';
import { LiveConnections, type StreamOwner } from './connections';
import { EventHub } from './event-hub';
import { ViewsHub } from './views-hub';

type Q = Record<string, unknown>;

const API_KEY = {
  name: 'api_key',
  required: false,
  type: String,
  description:
    "The API key (viewer role or above) for clients that cannot set headers. Prefer `stream_token` (a key in a URL ends up in proxies' logs and browser history); " +
    'others send `Authorization: Bearer <key>` or `X-Api-Key`. Only the two stream routes accept a key here; the server never logs a query.',
};
const STREAM_TOKEN = {
  name: 'stream_token',
  required: false,
  type: String,
  description:
    'A token from `POST /stream/token` (ten minutes, viewer role): what a browser EventSource should send — `new EventSource("/stream/events?stream_token=…")`.',
};
const LAST_EVENT_ID = {
  name: 'Last-Event-ID',
  required: false,
  description: 'Sent by EventSource when it reconnects: the `id` (a global position) of the last message it received.',
};

const EVENTS_DESCRIPTION = `Server-Sent Events: every event appended to the log, as it is committed.

Messages:
- \`event: ready\` (first), \`id:\` the position the stream starts after, \`data: {"position", "resumed", "negotiation"}\`.
- \`event: event\`, \`id:\` the event's global position, \`data:\` the event as \`GET /events/{eventId}\` presents it
  (\`eventId\`, \`type\`, \`data\`, \`occurredAt\`, \`precision\`, \`sources\`, …, \`stream\`, \`revision\`, \`position\`).
- \`event: deleted\`, \`id:\` the position where the log records it, \`data:\` the 410 \`stream-deleted\` body (\`message\`, \`code\`,
  \`details.negotiationId\`, \`details.stream\`, \`details.deletion\`): an operator deleted a negotiation's stream in EventStoreDB outside
  Parley; the views no longer show it (see docs/EVENTSTOREDB.md). Sent live and to a resuming client, in order with the events,
  whether it resumes from memory or catches up from the log.
- \`event: overflow\` (last), \`data: {"resumeFrom", "message"}\`: this client fell too far behind and is disconnected; reconnect with \`Last-Event-ID: <resumeFrom>\`.
- \`: keep-alive\` comments while idle; \`retry:\` advice at the start.

Without \`Last-Event-ID\` or \`from\` the stream starts at the current end of the log (new events only).
With either, it sends every event after that position from the log, in order, then follows live: no gap, no duplicate
(\`Last-Event-ID\` wins over \`from\`, so an EventSource opened with \`?from=0\` still resumes where it stopped).
\`from=0\` replays the whole log. A position beyond the end of the log is refused (400).`;

const VIEWS_DESCRIPTION = `Server-Sent Events: the negotiation's current views, pushed when they change.

On connect the three views are sent at once (no separate fetch needed), then each again whenever it changes:
- \`event: status\` / \`event: matrix\` / \`event: escalation\`, \`data:\` the same JSON as \`GET /negotiations/{id}/status\`, \`/matrix\`, \`/escalation\` (5 drivers),
  \`id:\` the global position the views include.
- Changes come from new events, and from time alone: a deadline passing, a temporary ceasefire lapsing, the escalation index decaying
  (recomputed every \`PARLEY_LIVE_TICK_MS\`, default 30 s).
- A view is pushed only when it changed in substance: \`at\` is ignored, and escalation counts as changed when its level, trend,
  index rounded to one decimal, or drivers change (the index decays continuously; the message always carries the exact, fresh view).
- \`event: deleted\` (last), \`data:\` the 410 \`stream-deleted\` body: an operator deleted the negotiation's stream in EventStoreDB
  outside Parley, and the views dropped it; the stream ends (reconnecting answers 410).
- \`event: overflow\` (last): this client fell too far behind and is disconnected; reconnect.
- \`: keep-alive\` comments while idle; \`retry:\` advice at the start.

Resuming: views are state, not a log — a reconnect (with or without \`Last-Event-ID\`) receives the latest views, which is all there is to catch up on.
404 (JSON, before the stream starts) for an unknown negotiation, 410 for one whose stream was deleted outside Parley; \`minPosition\` waits (bounded) until the views include your write.`;

const STREAMS_FULL = 'this key or address already holds its share of open streams';

const EVENTS_EXAMPLE =
  'retry: 3000\n\nid: 88\nevent: ready\ndata: {"position":88,"resumed":false,"negotiation":null}\n\n' +
  'id: 89\nevent: event\ndata: {"type":"StatementMade","eventId":"…","negotiationId":"pak-afghan-2025","occurredAt":"2025-10-29",…,"stream":"negotiation-pak-afghan-2025","revision":88,"position":89}\n\n' +
  ': keep-alive\n\n';
const VIEWS_EXAMPLE =
  'retry: 3000\n\nid: 89\nevent: status\ndata: {"negotiationId":"pak-afghan-2025","phase":"stalled",…}\n\n' +
  'id: 89\nevent: matrix\ndata: {"negotiationId":"pak-afghan-2025","columns":[…],"rows":[…]}\n\n' +
  'id: 89\nevent: escalation\ndata: {"negotiationId":"pak-afghan-2025","index":41.2,"level":3,…}\n\n';

/** Whose stream a request opens: its key's name and its socket's address. */
function ownerOf(req: FastifyRequest): StreamOwner {
  return {
    key: (req as AuthenticatedRequest).principal?.name ?? 'anonymous',
    address: req.socket?.remoteAddress ?? 'unknown',
  };
}

/** The resume position of a request: the `Last-Event-ID` header wins over `?from=`. */
export function resumePosition(lastEventId: unknown, from: unknown): { position: number; field: string } | undefined {
  const pick = (field: string, raw: unknown) => {
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw.trim())) {
      throw new RequestValidationError([
        { field, problems: [`${field} must be a global position (a whole number ≥ 0) from an earlier message's id`] },
      ]);
    }
    return { position: Number(raw.trim()), field };
  };
  return pick('Last-Event-ID', lastEventId) ?? pick('from', from);
}

@ApiTags('live')
@Controller()
@RequireRole('viewer')
export class LiveController {
  private readonly logger = new Logger('live');

  constructor(
    private readonly connections: LiveConnections,
    private readonly events: EventHub,
    private readonly views: ViewsHub,
    private readonly engine: ProjectionEngine,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tokens: StreamTokens,
  ) {}

  @Post('stream/token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A short-lived token for the event streams (viewer role), for clients that cannot send headers',
    description:
      'Send the API key in a header; the answer `{ token, expiresAt }` opens `GET /stream/events` and `GET /negotiations/{id}/stream` ' +
      "as `?stream_token=<token>` for ten minutes (a stream opened with it lasts as long as it likes), with the viewer role whatever the key's. " +
      'The dashboard uses it, so that no key ever rides in a URL.',
  })
  @ApiResponse({ status: 200, type: StreamTokenDto, description: 'the token, and when it must be used by' })
  streamToken(@Req() req: FastifyRequest): StreamToken {
    return this.tokens.issue((req as AuthenticatedRequest).principal!);
  }

  @Get('stream/events')
  @KeyInQuery()
  @ApiOperation({
    summary: 'Every new event, live (SSE); resumable with Last-Event-ID or ?from=',
    description: EVENTS_DESCRIPTION,
  })
  @ApiQuery({ name: 'negotiation', required: false, type: String, description: "only this negotiation's events" })
  @ApiQuery({
    name: 'from',
    required: false,
    type: 'integer',
    minimum: 0,
    description: 'send every event after this global position first (0: the whole log)',
  })
  @ApiQuery(API_KEY)
  @ApiQuery(STREAM_TOKEN)
  @ApiHeader(LAST_EVENT_ID)
  @ApiEventStream('The event stream.', EVENTS_EXAMPLE, EVENT_STREAM_DATA)
  @ApiErrors([400, 429], {
    400: 'a malformed negotiation id or position, or a position beyond the end of the log',
    429: STREAMS_FULL,
  })
  async eventStream(@Req() req: FastifyRequest, @Res() reply: FastifyReply, @Query() query: Q): Promise<void> {
    const negotiation = query.negotiation;
    if (negotiation !== undefined && (typeof negotiation !== 'string' || !isValidNegotiationId(negotiation))) {
      throw new RequestValidationError([
        {
          field: 'negotiation',
          problems: ['negotiation must be a negotiation id (a lowercase slug such as pak-afghan-2025)'],
        },
      ]);
    }
    const resume = resumePosition(req.headers['last-event-id'], query.from);
    if (resume !== undefined) {
      const head = await this.store.headPosition();
      if (resume.position > head) {
        throw new RequestValidationError([
          {
            field: resume.field,
            problems: [
              `position ${resume.position} is beyond the end of the log (${head}): it did not come from this log`,
            ],
          },
        ]);
      }
    }
    const connection = this.connections.open(
      'events',
      () => rawResponse(reply),
      resume?.position ?? this.events.currentPosition,
      ownerOf(req),
    );
    this.events.attach(connection, negotiation, resume !== undefined).catch((error: unknown) => {
      this.logger.error({ err: error }, 'event stream failed; closing it (the client resumes with Last-Event-ID)');
      void connection.close(0);
    });
  }

  @Get('negotiations/:id/stream')
  @KeyInQuery()
  @ApiOperation({
    summary: "The negotiation's views, live (SSE): status, matrix, escalation pushed when they change",
    description: VIEWS_DESCRIPTION,
  })
  @ApiQuery({
    name: 'minPosition',
    required: false,
    type: 'integer',
    minimum: 0,
    description: 'wait (bounded) until the views include this global position — pass the `position` of your write',
  })
  @ApiQuery(API_KEY)
  @ApiQuery(STREAM_TOKEN)
  @ApiHeader(LAST_EVENT_ID)
  @ApiEventStream('The views stream.', VIEWS_EXAMPLE, VIEW_STREAM_DATA)
  @ApiErrors([400, 404, 410, 429], {
    404: 'no such negotiation (before the stream starts)',
    410: "its stream was deleted in EventStoreDB outside Parley (before the stream starts)",
    429: STREAMS_FULL,
  })
  async viewStream(
    @Param('id') id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: Q,
  ): Promise<void> {
    const negotiationId = negotiationIdParam(id);
    const { minPosition } = asOfParams({ minPosition: query.minPosition });
    if (minPosition !== undefined && !(await this.engine.waitFor(minPosition))) {
      throw viewsBehind(minPosition, this.engine.currentPosition);
    }
    await this.views.prepare(negotiationId);
    const connection = this.connections.open(
      'views',
      () => rawResponse(reply),
      this.engine.currentPosition,
      ownerOf(req),
    );
    this.views.attach(connection, negotiationId);
  }
}
