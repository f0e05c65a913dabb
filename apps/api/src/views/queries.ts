/**
 * The views' queries and their handlers: each handler computes its view from
 * the folded state (or the log entries) `ViewStates` gives it.
 */
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DAY_MS } from '@parley/domain';
import {
  briefMarkdown,
  changesView,
  escalationSeries,
  escalationView,
  knownAtOf,
  MAX_SERIES_POINTS,
  matrixView,
  portfolioEntry,
  sortPortfolio,
  statusView,
  timelineView,
  type ChangesView,
  type EscalationModel,
  type EscalationSeries,
  type EscalationView,
  type MatrixView,
  type PortfolioEntry,
  type PortfolioSort,
  type StatusView,
  type TimelineView,
} from '@parley/projections';
import { rangeOrder } from './params';
import { type AsOfQuery, ViewStates, WITH_EVIDENCE } from './view-states';

/** The period and reading of a briefing (instants in ms). */
export interface BriefQuery {
  readonly from?: number;
  readonly to?: number;
  readonly knownAt?: number;
  readonly model?: EscalationModel;
  /** Wait (bounded) until the views include this global position, as every view does. */
  readonly minPosition?: number;
}

export class ListNegotiationsQuery extends Query<{
  position: number;
  at: string;
  knownAt: string | null;
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

export class GetBriefQuery extends Query<string> {
  constructor(
    readonly negotiationId: string,
    readonly brief: BriefQuery,
  ) {
    super();
  }
}

@QueryHandler(ListNegotiationsQuery)
export class ListNegotiationsHandler implements IQueryHandler<ListNegotiationsQuery> {
  constructor(private readonly states: ViewStates) {}

  /**
   * Every negotiation's portfolio line (its summary, the level's direction over 7 and 30 days, ultimatums, deadlines
   * coming due) in the order `sort` names: now from memory; as of `at`/`knownAt`, each folded from its stream (one
   * not opened then is left out).
   */
  async execute({ asOf, sort }: ListNegotiationsQuery) {
    const { states, T } = await this.states.all(asOf);
    const model = this.states.modelOf(asOf);
    return {
      position: this.states.position,
      at: new Date(T).toISOString(),
      knownAt: knownAtOf(asOf),
      sort,
      negotiations: sortPortfolio(
        states.map((state) => portfolioEntry(state, T, model)),
        sort,
      ),
    };
  }
}

@QueryHandler(GetStatusQuery)
export class GetStatusHandler implements IQueryHandler<GetStatusQuery> {
  constructor(private readonly states: ViewStates) {}
  async execute({ negotiationId, asOf }: GetStatusQuery) {
    const { state, T } = await this.states.resolve(negotiationId, asOf);
    return statusView(state, T, this.states.modelOf(asOf), { knownAt: asOf.knownAt });
  }
}

@QueryHandler(GetMatrixQuery)
export class GetMatrixHandler implements IQueryHandler<GetMatrixQuery> {
  constructor(private readonly states: ViewStates) {}
  async execute({ negotiationId, asOf }: GetMatrixQuery) {
    const { state } = await this.states.resolve(negotiationId, asOf, WITH_EVIDENCE);
    // A function of the log, not of the clock: it names the `at` asked for (null: as it stands), as the timeline does.
    return matrixView(state, this.states.modelOf(asOf), { at: asOf.at, knownAt: asOf.knownAt });
  }
}

@QueryHandler(GetEscalationQuery)
export class GetEscalationHandler implements IQueryHandler<GetEscalationQuery> {
  constructor(private readonly states: ViewStates) {}
  async execute({ negotiationId, asOf, drivers }: GetEscalationQuery) {
    const { state, T } = await this.states.resolve(negotiationId, asOf, WITH_EVIDENCE);
    return escalationView(state, T, this.states.modelOf(asOf), { drivers, knownAt: asOf.knownAt });
  }
}

@QueryHandler(GetEscalationSeriesQuery)
export class GetEscalationSeriesHandler implements IQueryHandler<GetEscalationSeriesQuery> {
  constructor(private readonly states: ViewStates) {}
  async execute({ negotiationId, asOf, range }: GetEscalationSeriesQuery) {
    const { state, T } = await this.states.resolve(negotiationId, asOf);
    const first = state.negotiation ? (state.developments[0]?.instant ?? Date.now()) : T;
    const to = range.to ?? T;
    // Without `from`: from the first event — but never more points than a series holds (the latest ones), so that
    // a negotiation with events decades back still has its default series.
    const from = range.from ?? Math.max(Math.min(first, to), to - (MAX_SERIES_POINTS - 1) * range.stepMs);
    rangeOrder(
      { name: 'from', at: from },
      { name: range.to === undefined ? (asOf.at === undefined ? 'now' : 'at') : 'to', at: to },
    );
    return escalationSeries(state, from, to, range.stepMs, this.states.modelOf(asOf));
  }
}

@QueryHandler(GetTimelineQuery)
export class GetTimelineHandler implements IQueryHandler<GetTimelineQuery> {
  constructor(private readonly states: ViewStates) {}
  async execute({ negotiationId, asOf }: GetTimelineQuery) {
    const entries = await this.states.entries(negotiationId, asOf);
    return timelineView(entries, { at: asOf.at, knownAt: asOf.knownAt }, this.states.modelOf(asOf));
  }
}

@QueryHandler(GetChangesQuery)
export class GetChangesHandler implements IQueryHandler<GetChangesQuery> {
  constructor(private readonly states: ViewStates) {}
  async execute({ negotiationId, asOf, since, until }: GetChangesQuery) {
    const end = until ?? asOf.at ?? Date.now();
    rangeOrder(
      { name: 'since', at: since },
      { name: until === undefined ? (asOf.at === undefined ? 'now' : 'at') : 'until', at: end },
    );
    const entries = await this.states.entries(negotiationId, asOf);
    return changesView(entries, since, end, this.states.modelOf(asOf), {
      knownAt: asOf.knownAt,
    });
  }
}

/**
 * The briefing for `from` → `to` (Markdown): every view it draws on asked for
 * on the bus with the same `knownAt`, model and `minPosition`; `to` defaults to
 * `at`, or now (the controller), `from` to 7 days before `to`.
 */
@QueryHandler(GetBriefQuery)
export class GetBriefHandler implements IQueryHandler<GetBriefQuery> {
  constructor(private readonly queries: QueryBus) {}
  async execute({ negotiationId: id, brief }: GetBriefQuery) {
    const to = brief.to ?? Date.now();
    const from = brief.from ?? to - 7 * DAY_MS;
    rangeOrder({ name: 'from', at: from }, { name: 'to', at: to });
    const asOf: AsOfQuery = { at: to, knownAt: brief.knownAt, model: brief.model, minPosition: brief.minPosition };
    const [status, matrix, escalation, timeline, changes] = await Promise.all([
      this.queries.execute(new GetStatusQuery(id, asOf)),
      this.queries.execute(new GetMatrixQuery(id, asOf)),
      this.queries.execute(new GetEscalationQuery(id, asOf)),
      this.queries.execute(new GetTimelineQuery(id, asOf)),
      this.queries.execute(new GetChangesQuery(id, asOf, from, to)),
    ]);
    return briefMarkdown({ status, matrix, escalation, timeline, changes });
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
  GetBriefHandler,
];
