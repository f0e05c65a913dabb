import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ProjectionEngine, type EscalationModel, type LogEntry, type ViewState } from '@parley/projections';
import { StreamDeletedError } from '@parley/event-store';
import { RequestValidationError } from '../errors/validation';
import { notFound } from '../shared/params';

/**
 * The error for a negotiation the present views do not hold: 410 `stream-deleted` when they dropped it because its
 * stream was deleted outside Parley (its log answers the same), else 404.
 */
export function absentFromViews(engine: ProjectionEngine, id: string): Error {
  const deleted = engine.deletedOutside(id);
  return deleted === undefined ? notFound(id) : new StreamDeletedError(deleted.stream, deleted.deletion);
}

/** When a view is asked for: both default to now (DOMAIN.md §4). Instants in ms. */
/** `resolve(id, q, WITH_EVIDENCE)`: the state carries the sources, quotes and speakers the matrix and escalation show. */
export const WITH_EVIDENCE = true;

export interface AsOfQuery {
  readonly at?: number;
  readonly knownAt?: number;
  /** Wait until the views include this global position (read your own writes). */
  readonly minPosition?: number;
  /** The escalation model to answer with; default the service's (config). */
  readonly model?: EscalationModel;
}

/**
 * The folded states the views are computed from — the present from the
 * engine's memory, the past (`at`, `knownAt`) by folding that one
 * negotiation's stream — after waiting for `minPosition`. Each query handler
 * (`queries.ts`) computes its view from what this gives it.
 */
@Injectable()
export class ViewStates {
  constructor(private readonly engine: ProjectionEngine) {}

  /** The escalation model a query answers with: its own, or the service's (config). */
  modelOf(q: { readonly model?: EscalationModel }): EscalationModel {
    return q.model ?? this.engine.model;
  }

  /** The log position the present state has reached. */
  get position(): number {
    return this.engine.currentPosition;
  }

  /**
   * Every negotiation's state now (from memory) or as of `at`/`knownAt` (each folded from its stream), those not
   * opened then left out, and the instant they stand at.
   */
  async all(q: AsOfQuery): Promise<{ states: ViewState[]; T: number }> {
    await this.awaitPosition(q.minPosition);
    const past = q.at !== undefined || q.knownAt !== undefined;
    if (!past) this.assertCurrent();
    const ids = this.engine.negotiationIds();
    const states = past
      ? await Promise.all(ids.map((id) => this.pastOrGone(id, q)))
      : ids.map((id) => this.engine.state(id));
    return {
      states: states.filter((s): s is ViewState => s !== undefined && s.negotiation !== null),
      T: q.at ?? Date.now(),
    };
  }

  /**
   * One negotiation's state as of `at`/`knownAt`, folded from its stream; none when the stream was deleted outside
   * Parley and the views have not heard of it yet: the list leaves it out, as it does once they have (its own views
   * answer 410).
   */
  private async pastOrGone(id: string, q: AsOfQuery): Promise<ViewState | undefined> {
    try {
      return (await this.engine.foldFromLog(id, { at: q.at, knownAt: q.knownAt }))?.state;
    } catch (error) {
      if (error instanceof StreamDeletedError) return undefined;
      throw error;
    }
  }

  /** The log entries of one negotiation (the timeline and the changes fold them themselves); 404 when there are none. */
  async entries(id: string, q: AsOfQuery): Promise<LogEntry[]> {
    await this.awaitPosition(q.minPosition);
    const entries = await this.engine.readEntries(id);
    if (entries.length === 0) throw notFound(id);
    return entries;
  }

  /**
   * One negotiation's state now, or as of `at`/`knownAt`, and the instant it stands at; 404 when it is unknown.
   * The matrix and the escalation show sources, quotes and speakers: they ask `WITH_EVIDENCE`, and the state then
   * carries them (`ViewState.evidence`; a fold from the log always does).
   */
  async resolve(id: string, q: AsOfQuery, evidence = false): Promise<{ state: ViewState; T: number }> {
    await this.awaitPosition(q.minPosition);
    const now = Date.now();
    if (q.at === undefined && q.knownAt === undefined) {
      this.assertCurrent();
      const state = evidence ? await this.engine.withEvidence(id) : this.engine.state(id);
      if (!state || state.negotiation === null) throw absentFromViews(this.engine, id);
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
        details: { position: this.engine.currentPosition, retryAfterSeconds: 1 },
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
      throw viewsBehind(minPosition, this.engine.currentPosition);
    }
  }
}

/** The 503 for views that have not reached a `minPosition` in the time allowed (a view, or the views' stream). */
export function viewsBehind(minPosition: number, position: number): HttpException {
  return new HttpException(
    {
      message: `the views have not reached position ${minPosition} yet (they are at ${position}); retry shortly`,
      code: 'views-behind',
      details: { minPosition, position, retryAfterSeconds: 1 },
    },
    HttpStatus.SERVICE_UNAVAILABLE,
  );
}
