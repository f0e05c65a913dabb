import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ESCALATION_MODELS, matrixCsv } from '@parley/projections';
import { RequireRole } from '../auth/auth.guard';
import { RequestValidationError } from '../errors/validation';
import { intQuery, negotiationIdParam } from '../shared/params';
import { asOfParams, instantParam, stepParam } from './params';
import {
  GetChangesQuery,
  GetEscalationQuery,
  GetEscalationSeriesQuery,
  GetMatrixQuery,
  GetStatusQuery,
  GetTimelineQuery,
  ListNegotiationsQuery,
} from './queries';

const AT = {
  name: 'at',
  required: false,
  description: 'the world as it stood at this date (events with occurredAt ≤ at); default now',
};
const KNOWN_AT = {
  name: 'knownAt',
  required: false,
  description: 'what Parley knew at this date (events and corrections recorded by then); default now',
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
  description: 'wait (bounded) until the views include this global position — pass the `position` of your write',
};

type Q = Record<string, unknown>;

@ApiTags('views')
@Controller('negotiations')
@RequireRole('viewer')
export class ViewsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'All negotiations with a status summary (phase, escalation level, trend, last development)',
  })
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  list(@Query() query: Q) {
    return this.queryBus.execute(new ListNegotiationsQuery(asOfParams(query)));
  }

  @Get(':id/status')
  @ApiOperation({ summary: 'Where the talks stand: phase, rounds, ultimatums, ceasefire, demands, escalation' })
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  status(@Param('id') id: string, @Query() query: Q) {
    return this.queryBus.execute(new GetStatusQuery(negotiationIdParam(id), asOfParams(query)));
  }

  @Get(':id/matrix')
  @ApiOperation({ summary: 'The demand-acceptance matrix (JSON, or CSV with Accept: text/csv or ?format=csv)' })
  @ApiProduces('application/json', 'text/csv')
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  async matrix(
    @Param('id') id: string,
    @Query() query: Q,
    @Res({ passthrough: true }) res: FastifyReply,
    @Headers('accept') accept?: string,
  ) {
    const format = query.format;
    if (format !== undefined && format !== 'json' && format !== 'csv') {
      throw new RequestValidationError([{ field: 'format', problems: ['format must be json or csv'] }]);
    }
    const negotiationId = negotiationIdParam(id);
    const matrix = await this.queryBus.execute(new GetMatrixQuery(negotiationId, asOfParams(query)));
    const wantsCsv =
      format === 'csv' ||
      (format === undefined && /\btext\/csv\b/.test(accept ?? '') && !/application\/json/.test(accept ?? ''));
    if (!wantsCsv) return matrix;
    res.header('Content-Type', 'text/csv; charset=utf-8');
    res.header('Content-Disposition', `attachment; filename="${negotiationId}-matrix.csv"`);
    return matrixCsv(matrix);
  }

  @Get(':id/escalation')
  @ApiOperation({ summary: 'Escalation index, level, trend, drivers and model version' })
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  @ApiQuery({ name: 'drivers', required: false, description: 'how many drivers (0–50, default 5)' })
  escalation(@Param('id') id: string, @Query() query: Q) {
    const drivers = intQuery('drivers', query.drivers, 5, 0, 50);
    return this.queryBus.execute(new GetEscalationQuery(negotiationIdParam(id), asOfParams(query), drivers));
  }

  @Get(':id/escalation/series')
  @ApiOperation({ summary: 'The escalation index over time, with event markers' })
  @ApiQuery({
    name: 'from',
    required: false,
    description: 'default: the first development, or the earliest date that keeps the series within 5,000 points',
  })
  @ApiQuery({ name: 'to', required: false, description: 'default: at, or now' })
  @ApiQuery({ name: 'step', required: false, description: '1d (default), 6h, 30m, 1w or ISO-8601 P1D' })
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
  @ApiQuery(AT)
  @ApiQuery(KNOWN_AT)
  @ApiQuery(MIN_POSITION)
  @ApiQuery(MODEL)
  timeline(@Param('id') id: string, @Query() query: Q) {
    return this.queryBus.execute(new GetTimelineQuery(negotiationIdParam(id), asOfParams(query)));
  }

  @Get(':id/changes')
  @ApiOperation({ summary: 'What changed between two dates, for a briefing' })
  @ApiQuery({ name: 'since', required: true })
  @ApiQuery({ name: 'until', required: false, description: 'default now' })
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
}
