import { Controller, Get, Header, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiJsonOrTextResponse, ApiTextResponse } from '../http/api-text';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ESCALATION_MODELS, matrixCsv, PORTFOLIO_SORTS } from '@parley/projections';
import { RequireRole } from '../auth/auth.guard';
import { SELF_ENCODED } from '../http/compression';
import { RequestValidationError } from '../errors/validation';
import { intQuery, negotiationIdParam } from '../shared/params';
import { ApiErrors } from '../errors/error-body.dto';
import { NegotiationListDto } from './dto/portfolio.dto';
import { StatusViewDto } from './dto/status.dto';
import {
  ChangesViewDto,
  EscalationSeriesDto,
  EscalationViewDto,
  MatrixViewDto,
  TimelineViewDto,
} from './dto/views.dto';
import { asOfParams, instantParam, sortParam, stepParam } from './params';
import { type EncodedView, ViewBodies, type ViewAnswer } from './view-bodies';
import {
  GetBriefQuery,
  GetChangesQuery,
  GetEscalationQuery,
  GetEscalationSeriesQuery,
  GetMatrixQuery,
  GetStatusQuery,
  GetTimelineQuery,
  ListNegotiationsQuery,
} from './queries';

/** How every time parameter reads a date without a time (README "Dates in queries"; `QUERY_TIME_EDGES`). */
const END_OF_DAY =
  'A date (2025-10-15) means the END of that UTC day (a month, its last day), a date-time that instant.';
const START_OF_DAY =
  'A date (2025-10-15) means the START of that UTC day (a month, its first day), a date-time that instant.';

const AT = {
  name: 'at',
  required: false,
  type: String,
  description: `the world as it stood at this date (events with occurredAt ≤ at); default now. ${END_OF_DAY}`,
};
const KNOWN_AT = {
  name: 'knownAt',
  required: false,
  type: String,
  description: `what Parley knew at this date (events and corrections recorded by then); default now. ${END_OF_DAY}`,
};
const MODEL = {
  name: 'model',
  required: false,
  enum: Object.keys(ESCALATION_MODELS),
  description:
    'the escalation model to answer with (v2 by default: DOMAIN §5b; v1: decayed Goldstein sums); every output names its model',
};
const MIN_POSITION = {
  name: 'minPosition',
  required: false,
  type: 'integer',
  minimum: 0,
  description: 'wait (bounded) until the views include this global position — pass the `position` of your write',
};

type Q = Record<string, unknown>;

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (view: unknown): EncodedView => ({ body: JSON.stringify(view), contentType: JSON_TYPE });
/** The routes answered from `ViewBodies`, which negotiates and compresses their cached bodies itself. */
const SelfEncoded = () => RouteConfig({ [SELF_ENCODED]: true });

@ApiTags('views')
@Controller('negotiations')
@RequireRole('viewer')
export class ViewsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly bodies: ViewBodies,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "The portfolio: every negotiation with a status summary (phase, escalation level, trend, last development), the level's direction over 7 and 30 days, active ultimatums and deadlines coming due",
  })
  @ApiOkResponse({ type: NegotiationListDto })
  @ApiErrors([400])
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  @ApiQuery({
    name: 'sort',
    required: false,
    enum: PORTFOLIO_SORTS,
    description:
      'level: most escalated first; direction: deteriorated first; latest (default): the latest development first; name: by title',
  })
  list(@Query() query: Q) {
    return this.queryBus.execute(new ListNegotiationsQuery(asOfParams(query), sortParam(query.sort)));
  }

  @Get(':id/status')
  @SelfEncoded()
  @ApiOperation({ summary: 'Where the talks stand: phase, rounds, ultimatums, ceasefire, demands, escalation' })
  @ApiOkResponse({ type: StatusViewDto })
  @ApiErrors([400, 404, 410])
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  status(
    @Param('id') id: string,
    @Query() query: Q,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): ViewAnswer | Promise<ViewAnswer> {
    const negotiationId = negotiationIdParam(id);
    const asOf = asOfParams(query);
    return this.bodies.answer(req, res, negotiationId, 'status', asOf, async () =>
      json(await this.queryBus.execute(new GetStatusQuery(negotiationId, asOf))),
    );
  }

  @Get(':id/matrix')
  @SelfEncoded()
  @ApiOperation({ summary: 'The demand-acceptance matrix (JSON, or CSV with Accept: text/csv or ?format=csv)' })
  @ApiJsonOrTextResponse(
    MatrixViewDto,
    'text/csv',
    'the matrix as JSON, or as CSV (`Accept: text/csv` or `format=csv`): one row per demand, one column per actor',
  )
  @ApiErrors([400, 404, 410])
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  matrix(
    @Param('id') id: string,
    @Query() query: Q,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
    @Headers('accept') accept?: string,
  ): ViewAnswer | Promise<ViewAnswer> {
    const format = query.format;
    if (format !== undefined && format !== 'json' && format !== 'csv') {
      throw new RequestValidationError([{ field: 'format', problems: ['format must be json or csv'] }]);
    }
    const negotiationId = negotiationIdParam(id);
    const asOf = asOfParams(query);
    const wantsCsv =
      format === 'csv' ||
      (format === undefined && /\btext\/csv\b/.test(accept ?? '') && !/application\/json/.test(accept ?? ''));
    if (wantsCsv) res.header('Content-Disposition', `attachment; filename="${negotiationId}-matrix.csv"`);
    return this.bodies.answer(
      req,
      res,
      negotiationId,
      `matrix\u0000${wantsCsv ? 'csv' : 'json'}`,
      asOf,
      async () => {
        const matrix = await this.queryBus.execute(new GetMatrixQuery(negotiationId, asOf));
        return wantsCsv ? { body: matrixCsv(matrix), contentType: 'text/csv; charset=utf-8' } : json(matrix);
      },
      // The matrix is the log's alone (no instant): at one position it is the same body whenever computed.
      false,
    );
  }

  @Get(':id/escalation')
  @SelfEncoded()
  @ApiOperation({ summary: 'Escalation index, level, trend, drivers and model version' })
  @ApiOkResponse({ type: EscalationViewDto })
  @ApiErrors([400, 404, 410])
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  @ApiQuery({
    name: 'drivers',
    required: false,
    type: 'integer',
    minimum: 0,
    maximum: 50,
    description: 'how many drivers (0–50, default 5)',
  })
  escalation(
    @Param('id') id: string,
    @Query() query: Q,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) res: FastifyReply,
  ): ViewAnswer | Promise<ViewAnswer> {
    const drivers = intQuery('drivers', query.drivers, 5, 0, 50);
    const negotiationId = negotiationIdParam(id);
    const asOf = asOfParams(query);
    return this.bodies.answer(req, res, negotiationId, `escalation\u0000${drivers}`, asOf, async () =>
      json(await this.queryBus.execute(new GetEscalationQuery(negotiationId, asOf, drivers))),
    );
  }

  @Get(':id/escalation/series')
  @ApiOperation({ summary: 'The escalation index over time, with event markers' })
  @ApiOkResponse({ type: EscalationSeriesDto })
  @ApiErrors([400, 404, 410])
  @ApiQuery({
    name: 'from',
    required: false,
    type: String,
    description: `default: the first development, or the earliest date that keeps the series within 5,000 points. ${START_OF_DAY}`,
  })
  @ApiQuery({
    name: 'to',
    required: false,
    type: String,
    description: `default: at, or now; the last point is the index at \`to\` itself. ${END_OF_DAY}`,
  })
  @ApiQuery({ name: 'step', required: false, type: String, description: '1d (default), 6h, 30m, 1w or ISO-8601 P1D' })
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  series(@Param('id') id: string, @Query() query: Q) {
    const range = {
      from: instantParam('from', query.from),
      to: instantParam('to', query.to),
      stepMs: stepParam(query.step, 86_400_000),
    };
    return this.queryBus.execute(new GetEscalationSeriesQuery(negotiationIdParam(id), asOfParams(query), range));
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'Events in occurredAt order, with sources and corrections' })
  @ApiOkResponse({ type: TimelineViewDto })
  @ApiErrors([400, 404, 410])
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  timeline(@Param('id') id: string, @Query() query: Q) {
    return this.queryBus.execute(new GetTimelineQuery(negotiationIdParam(id), asOfParams(query)));
  }

  @Get(':id/changes')
  @ApiOperation({ summary: 'What changed between two dates, for a briefing' })
  @ApiOkResponse({ type: ChangesViewDto })
  @ApiErrors([400, 404, 410])
  @ApiQuery({
    name: 'since',
    required: true,
    type: String,
    description: `the start of the briefing (developments that occurred from then on). ${START_OF_DAY} So since=2025-10-15&until=2025-10-15 is what happened on 15 Oct.`,
  })
  @ApiQuery({
    name: 'until',
    required: false,
    type: String,
    description: `the end of the briefing; default: at, or now. ${END_OF_DAY}`,
  })
  @ApiQuery({ ...AT, description: `${AT.description}; the default of \`until\`` })
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  changes(@Param('id') id: string, @Query() query: Q) {
    const since = instantParam('since', query.since);
    if (since === undefined)
      throw new RequestValidationError([
        { field: 'since', problems: ['since is required: the date the briefing starts from'] },
      ]);
    return this.queryBus.execute(
      new GetChangesQuery(negotiationIdParam(id), asOfParams(query), since, instantParam('until', query.until)),
    );
  }

  @Get(':id/brief')
  @ApiOperation({
    summary:
      'A briefing to take away (Markdown): status at `to`, what changed from `from` to `to`, escalation with why it holds and its drivers, the matrix, and the sources cited (numbered)',
  })
  @ApiTextResponse('text/markdown', 'the briefing, in Markdown')
  @ApiErrors([400, 404, 410])
  @ApiQuery({
    name: 'from',
    required: false,
    type: String,
    description: `the start of the period; default 7 days before \`to\`. ${START_OF_DAY}`,
  })
  @ApiQuery({
    name: 'to',
    required: false,
    type: String,
    description: `the end of the period, and the date of the status, escalation and matrix; default: at, or now. ${END_OF_DAY}`,
  })
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  brief(@Param('id') id: string, @Query() query: Q) {
    const asOf = asOfParams(query);
    return this.queryBus.execute(
      new GetBriefQuery(negotiationIdParam(id), {
        ...asOf,
        from: instantParam('from', query.from),
        to: instantParam('to', query.to) ?? asOf.at,
      }),
    );
  }
}
