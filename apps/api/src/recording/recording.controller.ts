import {
  Body,
  Controller,
  Get,
  Headers,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CATALOGUE,
  developmentWithId,
  EVENT_TYPES,
  exampleOpening,
  isEventType,
  isValidNegotiationId,
  type OpenNegotiationInput,
  type RecordEventInput,
  slugify,
} from '@parley/domain';
import { type AuthenticatedRequest, RequireRole } from '../auth/auth.guard';
import { RequestValidationError } from '../errors/validation';
import { intQuery, negotiationIdParam, textQuery } from '../shared/params';
import { type PresentedEvent, type WriteResult } from '../shared/present';
import { ExecuteNegotiationCommand } from './commands';
import { type EventsPage, GetEventQuery, ListEventsQuery } from './queries';
import { developmentExamples, OpenNegotiationDto, RecordBatchDto, RecordEventDto } from './dto/record-event.dto';
import { ApiErrors } from '../errors/error-body.dto';
import { EventsPageDto, WriteResultDto } from './responses.dto';
import { StoredEventDto } from '../shared/event.dto';
import { acceptsOpening } from '../http/edge-verdict';
import { JSON_MEDIA_TYPE } from '../http/body';
import { matchesIfNoneMatch } from '../http/etag';
import { readRecordBatch, readRecordEvent, validateOpenNegotiation } from './dto/validate';
import { keyReused, newEventId, readIdempotencyKey, readIfMatch } from './idempotency';

const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'Stream revision (from an ETag): write only if the negotiation is still at it, else 412',
};
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A retry with the same key returns the original result and stores nothing',
};

/**
 * Only JSON bodies are parsed: any other content type would reach the
 * validators as no body at all and be refused for the wrong reason.
 */
function requireJsonBody(req: AuthenticatedRequest): void {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (!JSON_MEDIA_TYPE.test(type)) {
    throw new UnsupportedMediaTypeException({
      message: `send the body as application/json (Content-Type: application/json), ${type ? `not ${type}` : 'the request has no Content-Type'}`,
      code: 'unsupported-media-type',
    });
  }
}

@ApiTags('recording')
@Controller()
export class RecordingController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post('negotiations')
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Open a negotiation (registers its parties and mediators)' })
  @ApiBody({
    type: OpenNegotiationDto,
    examples: { opening: { summary: CATALOGUE.NegotiationOpened.summary, value: exampleOpening() } },
  })
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiResponse({
    status: 201,
    type: WriteResultDto,
    description:
      'opened; ETag holds the stream revision, Location its status view (with minPosition: it includes the opening)',
  })
  @ApiResponse({ status: 200, type: WriteResultDto, description: 'a retry: the original result, nothing stored' })
  @ApiErrors([400, 409, 410, 413, 415, 503], { 409: 'a negotiation with this id is already open' })
  async open(
    @Body() body: unknown,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: FastifyReply,
    @Headers('idempotency-key') idemKey?: string,
  ): Promise<WriteResult> {
    requireJsonBody(req);
    const problems = acceptsOpening(body) ? [] : validateOpenNegotiation(body);
    if (problems.length) throw new RequestValidationError(problems);
    // A validated body holds only the opening's fields and the envelope's: they are the command's as they came.
    const { id, eventId, ...opening } = body as OpenNegotiationInput;
    const key = readIdempotencyKey(idemKey);
    const caller = req.principal!.name;
    const negotiationId = id ?? slugify(opening.title);
    if (!isValidNegotiationId(negotiationId)) {
      throw new RequestValidationError([
        {
          field: 'id',
          problems: ['give an id: a lowercase slug such as pak-afghan-2025 (the title does not make one)'],
        },
      ]);
    }
    const derived = eventId === undefined ? newEventId(caller, key, 0) : undefined;
    const result = await this.commandBus
      .execute(
        new ExecuteNegotiationCommand(
          { ...opening, type: 'OpenNegotiation', negotiationId, eventId: eventId ?? derived! },
          { now: new Date().toISOString(), recordedBy: caller },
        ),
      )
      .catch((error: unknown) => {
        throw keyReused(error, key, derived === undefined ? [] : [derived]);
      });
    // The negotiation as it stands: its status view (there is no GET of the bare /negotiations/{id}), read once it holds the opening.
    return this.answer(res, result, `/negotiations/${negotiationId}/status?minPosition=${result.position}`);
  }

  @Post('negotiations/:id/events')
  @RequireRole('analyst')
  @ApiOperation({
    summary: 'Record one development: `type` is one of the catalogue, `data` is validated for that type',
  })
  @ApiBody({ type: RecordEventDto, examples: developmentExamples() })
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiResponse({ status: 201, type: WriteResultDto, description: 'stored; ETag holds the new stream revision' })
  @ApiResponse({ status: 200, type: WriteResultDto, description: 'a retry: the original result, nothing stored' })
  @ApiErrors([400, 404, 409, 410, 412, 413, 415, 422, 503])
  async record(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: FastifyReply,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idemKey?: string,
  ): Promise<WriteResult> {
    const negotiationId = negotiationIdParam(id);
    requireJsonBody(req);
    const { problems, value } = readRecordEvent(body);
    if (!value) throw new RequestValidationError(problems);
    return this.recordDevelopments(negotiationId, [value], req, res, ifMatch, idemKey);
  }

  // `::` is a literal colon to Fastify's router.
  @Post('negotiations/:id/events::batch')
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Record several developments in one all-or-nothing append' })
  @ApiBody({ type: RecordBatchDto })
  @ApiResponse({ status: 201, type: WriteResultDto, description: 'stored; ETag holds the new stream revision' })
  @ApiResponse({ status: 200, type: WriteResultDto, description: 'a retry: the original result, nothing stored' })
  @ApiErrors([400, 404, 409, 410, 412, 413, 415, 422, 503])
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  async recordBatch(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: FastifyReply,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idemKey?: string,
  ): Promise<WriteResult> {
    const negotiationId = negotiationIdParam(id);
    requireJsonBody(req);
    const { problems, value } = readRecordBatch(body);
    if (!value) throw new RequestValidationError(problems);
    return this.recordDevelopments(negotiationId, value.events, req, res, ifMatch, idemKey);
  }

  @Get('negotiations/:id/events')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'The raw log of one negotiation, in log order (paged; filter by type)' })
  @ApiQuery({
    name: 'type',
    required: false,
    type: String,
    description: `only this event type (comma-separated for several): ${EVENT_TYPES.join(', ')}`,
  })
  @ApiQuery({
    name: 'fromRevision',
    required: false,
    type: 'integer',
    minimum: 0,
    description: 'first stream revision of the page (default 0)',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    description: '1–1000, default 100',
  })
  @ApiResponse({ status: 200, type: EventsPageDto, description: 'the page; ETag holds the stream revision' })
  @ApiErrors([400, 404, 410, 503])
  @ApiResponse({ status: 304, description: 'If-None-Match holds that ETag: nothing recorded since' })
  async events(
    @Param('id') id: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
    @Query('type') typeRaw?: unknown,
    @Query('fromRevision') fromRevisionRaw?: unknown,
    @Query('limit') limitRaw?: unknown,
  ): Promise<EventsPage | ''> {
    const negotiationId = negotiationIdParam(id);
    const limit = intQuery('limit', textQuery(limitRaw), 100, 1, 1000);
    const fromRevision = intQuery('fromRevision', textQuery(fromRevisionRaw), 0, 0, Number.MAX_SAFE_INTEGER);
    const type = textQuery(typeRaw);
    const types = type
      ? type
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : undefined;
    // A misspelt type would otherwise filter everything out and look like an empty log.
    const unknown = types?.filter((t) => !isEventType(t)) ?? [];
    if (unknown.length > 0) {
      throw new RequestValidationError([
        {
          field: 'type',
          problems: unknown.map((t) => `"${t.slice(0, 60)}" is not an event type: one of ${EVENT_TYPES.join(', ')}`),
        },
      ]);
    }
    const page = await this.queryBus.execute(new ListEventsQuery(negotiationId, types, fromRevision, limit));
    // The log only grows: at the same revision the same query reads the same page.
    const etag = `"${page.revision}"`;
    res.header('ETag', etag);
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      res.status(HttpStatus.NOT_MODIFIED);
      return '';
    }
    return page;
  }

  @Get('events/:eventId')
  @RequireRole('viewer')
  @ApiOperation({ summary: 'One stored event with its envelope' })
  @ApiOkResponse({
    description: 'the event as stored (its type, data and envelope) with stream, revision and position',
    type: StoredEventDto,
  })
  @ApiErrors([404, 410, 503], { 404: 'no such event' })
  event(@Param('eventId') eventId: string): Promise<PresentedEvent> {
    return this.queryBus.execute(new GetEventQuery(eventId));
  }

  private async recordDevelopments(
    negotiationId: string,
    items: readonly RecordEventInput[],
    req: AuthenticatedRequest,
    res: FastifyReply,
    ifMatchHeader: string | undefined,
    idemKeyHeader: string | undefined,
  ): Promise<WriteResult> {
    const key = readIdempotencyKey(idemKeyHeader);
    const ifMatch = readIfMatch(ifMatchHeader);
    const caller = req.principal!.name;
    // A validated body holds only the envelope's fields, `type` and `data`: it is the development as it came.
    const developments = items.map((item, i) =>
      developmentWithId(item, item.eventId?.toLowerCase() ?? newEventId(caller, key, i)),
    );
    const result = await this.commandBus
      .execute(
        new ExecuteNegotiationCommand(
          { type: 'RecordDevelopments', negotiationId, developments },
          { now: new Date().toISOString(), recordedBy: caller },
          { ifMatch },
        ),
      )
      .catch((error: unknown) => {
        throw keyReused(
          error,
          key,
          developments.filter((_, i) => items[i]!.eventId === undefined).map((d) => d.eventId),
        );
      });
    return this.answer(res, result);
  }

  private answer(res: FastifyReply, result: WriteResult, location?: string): WriteResult {
    res.status(result.duplicate ? HttpStatus.OK : HttpStatus.CREATED);
    res.header('ETag', `"${result.revision}"`);
    if (location) res.header('Location', location);
    return result;
  }
}
