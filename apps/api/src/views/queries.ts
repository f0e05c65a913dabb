import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type {
  ChangesView,
  EscalationSeries,
  EscalationView,
  MatrixView,
  PortfolioEntry,
  PortfolioSort,
  StatusView,
  TimelineView,
} from '@parley/projections';
import { type AsOfQuery, ViewsService } from './views.service';

export class ListNegotiationsQuery extends Query<{
  position: number;
  at: string;
  sort: PortfolioSort;
  negotiations: PortfolioEntry[];
}> {
  constructor(
    readonly asOf: AsOfQuery = {},
    readonly sort: PortfolioSort = 'latest',
  ) {
    super();
  }
}
export class GetStatusQuery extends Query<StatusView> {
  constructor(
    readonly negotiationId: string,
    readonly asOf: AsOfQuery,
  ) {
    super();
  }
}
export class GetMatrixQuery extends Query<MatrixView> {
  constructor(
    readonly negotiationId: string,
    readonly asOf: AsOfQuery,
  ) {
    super();
  }
}
export class GetEscalationQuery extends Query<EscalationView> {
  constructor(
    readonly negotiationId: string,
    readonly asOf: AsOfQuery,
    readonly drivers?: number,
  ) {
    super();
  }
}
export class GetEscalationSeriesQuery extends Query<EscalationSeries> {
  constructor(
    readonly negotiationId: string,
    readonly asOf: AsOfQuery,
    readonly range: { from?: number; to?: number; stepMs: number },
  ) {
    super();
  }
}
export class GetTimelineQuery extends Query<TimelineView> {
  constructor(
    readonly negotiationId: string,
    readonly asOf: AsOfQuery,
  ) {
    super();
  }
}
export class GetChangesQuery extends Query<ChangesView> {
  constructor(
    readonly negotiationId: string,
    readonly asOf: AsOfQuery,
    readonly since: number,
    readonly until?: number,
  ) {
    super();
  }
}

@QueryHandler(ListNegotiationsQuery)
export class ListNegotiationsHandler implements IQueryHandler<ListNegotiationsQuery> {
  constructor(private readonly views: ViewsService) {}
  execute(q: ListNegotiationsQuery) {
    return this.views.list(q.asOf, q.sort);
  }
}
@QueryHandler(GetStatusQuery)
export class GetStatusHandler implements IQueryHandler<GetStatusQuery> {
  constructor(private readonly views: ViewsService) {}
  execute(q: GetStatusQuery) {
    return this.views.status(q.negotiationId, q.asOf);
  }
}
@QueryHandler(GetMatrixQuery)
export class GetMatrixHandler implements IQueryHandler<GetMatrixQuery> {
  constructor(private readonly views: ViewsService) {}
  execute(q: GetMatrixQuery) {
    return this.views.matrix(q.negotiationId, q.asOf);
  }
}
@QueryHandler(GetEscalationQuery)
export class GetEscalationHandler implements IQueryHandler<GetEscalationQuery> {
  constructor(private readonly views: ViewsService) {}
  execute(q: GetEscalationQuery) {
    return this.views.escalation(q.negotiationId, q.asOf, q.drivers);
  }
}
@QueryHandler(GetEscalationSeriesQuery)
export class GetEscalationSeriesHandler implements IQueryHandler<GetEscalationSeriesQuery> {
  constructor(private readonly views: ViewsService) {}
  execute(q: GetEscalationSeriesQuery) {
    return this.views.series(q.negotiationId, q.asOf, q.range);
  }
}
@QueryHandler(GetTimelineQuery)
export class GetTimelineHandler implements IQueryHandler<GetTimelineQuery> {
  constructor(private readonly views: ViewsService) {}
  execute(q: GetTimelineQuery) {
    return this.views.timeline(q.negotiationId, q.asOf);
  }
}
@QueryHandler(GetChangesQuery)
export class GetChangesHandler implements IQueryHandler<GetChangesQuery> {
  constructor(private readonly views: ViewsService) {}
  execute(q: GetChangesQuery) {
    return this.views.changes(q.negotiationId, q.asOf, q.since, q.until);
  }
}

export const QUERY_HANDLERS = [
  ListNegotiationsHandler,
  GetStatusHandler,
  GetMatrixHandler,
  GetEscalationHandler,
  GetEscalationSeriesHandler,
  GetTimelineHandler,
  GetChangesHandler,
];
