import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { DAY_MS } from '@parley/domain';
import {
  briefMarkdown,
  changesView,
  escalationSeries,
  escalationView,
  MAX_SERIES_POINTS,
  matrixView,
  portfolioEntry,
  ProjectionEngine,
  sortPortfolio,
  statusView,
  timelineView,
  type ChangesView,
  type EscalationSeries,
  type EscalationModel,
  type EscalationView,
  type MatrixView,
  type PortfolioEntry,
  type PortfolioSort,
  type StatusView,
  type TimelineView,
  type ViewState,
} from '@parley/projections';
import { RequestValidationError } from '../errors/validation';
import { notFound } from '../shared/params';

/** When a view is asked for: both default to now (DOMAIN.md §4). Instants in ms. */
export interface AsOfQuery {
  readonly at?: number;
  readonly knownAt?: number;
  /** Wait until the views include this global position (read your own writes). */
  readonly minPosition?: number;
  /** The escalation model to answer with; default the service's (config). */
  readonly model?: EscalationModel;
}

/** The period and reading of a briefing (instants in ms). */
export interface BriefQuery {
  readonly from?: number;
  readonly to?: number;
  readonly knownAt?: number;
  readonly model?: EscalationModel;
}

/**
 * Answers the views: the present from the engine's memory, the past (`at`,
 * `knownAt`) by folding that one negotiation's stream.
 */
@Injectable()
export class ViewsService {
  constructor(private readonly engine: ProjectionEngine) {}

  get model() {
    return this.engine.model;
  }

  /**
   * Every negotiation's portfolio line (its summary, the level's direction over 7 and 30 days, ultimatums, deadlines
   * coming due) in the order `sort` names: now from memory; as of `at`/`knownAt`, each folded from its stream (one
   * not opened then is left out).
   */
  async list(
    q: AsOfQuery = {},
    sort: PortfolioSort = 'latest',
  ): Promise<{ position: number; at: string; sort: PortfolioSort; negotiations: PortfolioEntry[] }> {
    await this.awaitPosition(q.minPosition);
    const past = q.at !== undefined || q.knownAt !== undefined;
    if (!past) this.assertCurrent();
    const ids = this.engine.negotiationIds();
    const states = past
      ? await Promise.all(
          ids.map(async (id) => (await this.engine.foldFromLog(id, { at: q.at, knownAt: q.knownAt }))?.state),
        )
      : ids.map((id) => this.engine.state(id));
    const T = q.at ?? Date.now();
    const entries = states
      .filter((s): s is ViewState => s !== undefined && s.negotiation !== null)
      .map((state) => portfolioEntry(state, T, q.model ?? this.model));
    return {
      position: this.engine.currentPosition,
      at: new Date(T).toISOString(),
      sort,
      negotiations: sortPortfolio(entries, sort),
    };
  }

  async status(id: string, q: AsOfQuery): Promise<StatusView> {
    const { state, T } = await this.resolve(id, q);
    return statusView(state, T, q.model ?? this.model);
  }

  async matrix(id: string, q: AsOfQuery): Promise<MatrixView> {
    const { state } = await this.resolve(id, q, WITH_EVIDENCE);
    return matrixView(state, q.model ?? this.model);
  }

  async escalation(id: string, q: AsOfQuery, drivers?: number): Promise<EscalationView> {
    const { state, T } = await this.resolve(id, q, WITH_EVIDENCE);
    return escalationView(state, T, q.model ?? this.model, { drivers });
  }

  async series(
    id: string,
    q: AsOfQuery,
    range: { from?: number; to?: number; stepMs: number },
  ): Promise<EscalationSeries> {
    const { state, T } = await this.resolve(id, q);
    const first = state.negotiation ? firstInstant(state) : T;
    const to = range.to ?? T;
    // Without `from`: from the first event — but never more points than a series holds (the latest ones), so that
    // a negotiation with events decades back still has its default series.
    const from = range.from ?? Math.max(Math.min(first, to), to - (MAX_SERIES_POINTS - 1) * range.stepMs);
    return escalationSeries(state, from, to, range.stepMs, q.model ?? this.model);
  }

  async timeline(id: string, q: AsOfQuery): Promise<TimelineView> {
    await this.awaitPosition(q.minPosition);
    const entries = await this.engine.readEntries(id);
    if (entries.length === 0) throw notFound(id);
    return timelineView(entries, { at: q.at, knownAt: q.knownAt }, q.model ?? this.model);
  }

  async changes(id: string, q: AsOfQuery, since: number, until?: number): Promise<ChangesView> {
    await this.awaitPosition(q.minPosition);
    const entries = await this.engine.readEntries(id);
    if (entries.length === 0) throw notFound(id);
    return changesView(entries, since, until ?? q.at ?? Date.now(), q.model ?? this.model, { knownAt: q.knownAt });
  }

  /**
   * The briefing for `from` → `to` (Markdown): every view it draws on read
   * with the same `knownAt` and model; `to` defaults to now, `from` to 7 days
   * before `to`.
   */
  async brief(id: string, q: BriefQuery): Promise<string> {
    const to = q.to ?? Date.now();
    const from = q.from ?? to - 7 * DAY_MS;
    if (from > to)
      throw new RequestValidationError([
        { field: 'from', problems: [`from must not be after to (${new Date(to).toISOString()})`] },
      ]);
    const asOf: AsOfQuery = { at: to, knownAt: q.knownAt, model: q.model };
    const [status, matrix, escalation, timeline, changes] = await Promise.all([
      this.status(id, asOf),
      this.matrix(id, asOf),
      this.escalation(id, asOf),
      this.timeline(id, asOf),
      this.changes(id, asOf, from, to),
    ]);
    return briefMarkdown({ status, matrix, escalation, timeline, changes });
  }

  /** The current state from memory; undefined when the negotiation is unknown. */
  current(id: string): ViewState | undefined {
    return this.engine.state(id);
  }

  /**
   * The current state with its evidence, for live pushes (`ProjectionEngine.currentWithEvidence`):
   * undefined while the evidence is read (the engine's listeners hear of the negotiation when it is).
   */
  live(id: string): ViewState | undefined {
    return this.engine.currentWithEvidence(id);
  }

  /** Reads the negotiation's evidence from the log if it is not in memory (then `live` has it). */
  async readEvidence(id: string): Promise<void> {
    await this.engine.withEvidence(id);
  }

  /** Keeps the negotiation's evidence in memory, current, until the returned function is called (a live client follows it). */
  watch(id: string): () => void {
    return this.engine.watchEvidence(id);
  }

  /** The matrix and the escalation show sources, quotes and speakers: the state must carry them (`ViewState.evidence`). */
  private async resolve(id: string, q: AsOfQuery, evidence = false): Promise<{ state: ViewState; T: number }> {
    await this.awaitPosition(q.minPosition);
    const now = Date.now();
    if (q.at === undefined && q.knownAt === undefined) {
      this.assertCurrent();
      const state = evidence ? await this.engine.withEvidence(id) : this.engine.state(id);
      if (!state || state.negotiation === null) throw notFound(id);
      return { state, T: now };
    }
    const folded = await this.engine.foldFromLog(id, { at: q.at, knownAt: q.knownAt });
    if (!folded) throw notFound(id);
    // Opened later than asked about (or not yet known then): the views are still answerable, from what there was.
    return { state: folded.state, T: q.at ?? now };
  }

  /** The present is served from memory: not while the subscription that keeps it current is dead or stalled. */
  private assertCurrent(): void {
    if (this.engine.stalled === undefined) return;
    throw new HttpException(
      {
        message: `the views are not being kept current (their subscription is stalled; it is being restarted); retry shortly, or ask for a past state with ?at=`,
        code: 'views-stalled',
        details: { position: this.engine.currentPosition },
      },
      HttpStatus.SERVICE_UNAVAILABLE,
    );
  }

  private async awaitPosition(minPosition: number | undefined): Promise<void> {
    if (minPosition === undefined || minPosition <= this.engine.currentPosition) return;
    // A position the log has not reached is a client error, not something to wait for.
    const head = await this.engine.storeHead();
    if (minPosition > head) {
      throw new RequestValidationError([
        {
          field: 'minPosition',
          problems: [
            `position ${minPosition} is beyond the end of the log (${head}); pass the position a write returned`,
          ],
        },
      ]);
    }
    if (!(await this.engine.waitFor(minPosition))) {
      throw new HttpException(
        {
          message: `the views have not reached position ${minPosition} yet (they are at ${this.engine.currentPosition}); retry shortly`,
          code: 'views-behind',
          details: { minPosition, position: this.engine.currentPosition },
        },
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    }
  }
}

const WITH_EVIDENCE = true;

function firstInstant(state: ViewState): number {
  const first = state.developments[0];
  return first ? first.instant : Date.now();
}
