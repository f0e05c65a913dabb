import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideAndEvolve,
  streamName,
  toStoredEvent,
  type DecisionContext,
  type NegotiationCommand,
  type NegotiationEvent,
  type NegotiationState,
  recordingTime,
} from '@parley/domain';
import { type EventStore, WrongExpectedRevisionError } from '@parley/event-store';
import { PreconditionFailedError } from '../errors/precondition-failed.error';
import { MetricsService } from '../ops/metrics.service';
import { presentEvent, type WriteResult } from '../shared/present';
import { EVENT_STORE } from '../store/store.module';
import { type CommandOptions, ExecuteNegotiationCommand } from './commands';
import { DecisionStateCache } from './decision-state-cache';

/** How often a write without `If-Match` re-decides after losing a race before answering 409. */
const RETRIES_ON_CONFLICT = 3;

/**
 * The one command loop: load the negotiation's stream, fold, decide, append
 * with the expected revision. Business rules live in `decide`; concurrency is
 * always checked by the store. A lost race is retried on fresh state (the
 * rules are checked again) unless the client pinned a revision with If-Match.
 * The handler of `ExecuteNegotiationCommand` on the command bus.
 */
@Injectable()
@CommandHandler(ExecuteNegotiationCommand)
export class CommandLoop implements ICommandHandler<ExecuteNegotiationCommand, WriteResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cache: DecisionStateCache,
    private readonly metrics: MetricsService,
  ) {}

  /** Per stream, the last command queued: commands on one stream run one at a time in this process. */
  private readonly queues = new Map<string, Promise<void>>();

  async execute({ command, context, options }: ExecuteNegotiationCommand): Promise<WriteResult> {
    const stream = streamName(command.negotiationId);
    return this.oneAtATime(stream, () => this.decideAndAppend(stream, command, context, options));
  }

  /**
   * Runs `work` with every stream of `streams` to itself in this process:
   * commands on them wait until it ends (an import is all or nothing against
   * writers of this process; the store's expected revisions still catch
   * writers elsewhere). Their cached states are dropped afterwards — `work`
   * wrote behind the cache's back.
   */
  async exclusive<T>(streams: Iterable<string>, work: () => Promise<T>): Promise<T> {
    // In one order for everyone, so that two imports over the same streams cannot each hold what the other waits for.
    const ordered = [...new Set(streams)].sort();
    const releases: (() => void)[] = [];
    try {
      for (const stream of ordered) releases.push(await this.hold(stream));
      return await work();
    } finally {
      for (const stream of ordered) this.cache.forget(stream);
      for (const release of releases) release();
    }
  }

  /** Waits for `stream`'s turn and keeps it until the returned function is called. */
  private hold(stream: string): Promise<() => void> {
    return new Promise((resolve) => {
      void this.oneAtATime(stream, () => new Promise<void>((done) => resolve(done)));
    });
  }

  /**
   * Concurrent commands on one stream in this process would all decide on the
   * same revision and all but one lose the append; with a few retries, a burst
   * of N writers answered 409 to some of them. Queued per stream, they each
   * decide on fresh state (different streams still run in parallel). The
   * store's expected revision still catches writers in other processes.
   */
  private async oneAtATime<T>(stream: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(stream);
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    // A stream nobody is writing to (nearly always, one writer a negotiation) starts at once, not a turn later.
    const tail = previous === undefined ? done : previous.then(() => done);
    this.queues.set(stream, tail);
    if (previous !== undefined) await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.queues.get(stream) === tail) this.queues.delete(stream);
    }
  }

  private async decideAndAppend(
    stream: string,
    command: NegotiationCommand,
    context: DecisionContext,
    options: CommandOptions,
  ): Promise<WriteResult> {
    // The first look trusts the cached state (no read); anything but a clean
    // append is re-checked against the store before it is answered.
    let check = false;
    for (let attempt = 0; ;) {
      const { state, revision, checked } =
        (check ? undefined : this.cache.cached(stream)) ?? (await this.cache.load(this.store, stream));
      check = true;
      // A negotiation never opened is the 404 the write gets without the header (RFC 9110 §13.2.1: a failure found
      // before the request is processed takes precedence over its preconditions): `decide` says so below.
      if (options.ifMatch !== undefined && options.ifMatch !== revision && revision !== -1) {
        if (!checked) continue;
        // A retry of a conditional write that landed (its answer lost) repeats its If-Match: the stream has moved
        // past it by that very write. As any retry, it gets the original result; anything new is refused.
        if (isRetry(command, state, context)) return this.originalResult(command, revision);
        throw new PreconditionFailedError(stream, options.ifMatch, revision);
      }
      let decided: NegotiationEvent[];
      // The state the decision reached as it checked each development: remembered once stored, not evolved again.
      let reached: NegotiationState;
      try {
        const now = recordingTime(state, context.now);
        const recording = now === context.now ? context : { ...context, now };
        ({ events: decided, state: reached } = decideAndEvolve(command, state, recording));
      } catch (error) {
        if (!checked) continue;
        throw error;
      }
      if (decided.length === 0) {
        if (!checked) continue;
        return this.originalResult(command, revision);
      }
      try {
        const encoded = decided.map(toStoredEvent);
        const result = await this.store.append(stream, encoded, {
          expectedRevision: revision === -1 ? 'no-stream' : revision,
        });
        if (!result.duplicate) {
          this.cache.remember(stream, { state: reached, revision: result.nextRevision });
          for (const e of decided) this.metrics.eventsAppended.inc({ type: e.type });
        }
        // What was just encoded is answered as it was (no decode: `presentEvent`); a duplicate answers what the store holds.
        const events = result.events.map(presentEvent);
        return {
          negotiationId: command.negotiationId,
          revision: result.nextRevision,
          position: lastPosition(result.events),
          duplicate: result.duplicate,
          events,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        this.cache.forget(stream);
        if (options.ifMatch !== undefined) throw new PreconditionFailedError(stream, options.ifMatch, error.actual);
        // A cached state another writer had moved past is not a lost race of this command.
        if (checked && ++attempt > RETRIES_ON_CONFLICT) throw error;
      }
    }
  }

  /** A retry of a write that already landed: answer with what was stored then. */
  private async originalResult(command: NegotiationCommand, revision: number): Promise<WriteResult> {
    const ids = command.type === 'OpenNegotiation' ? [command.eventId] : command.developments.map((d) => d.eventId);
    const recorded = await Promise.all(ids.map((id) => this.store.readEvent(id)));
    const events = recorded.filter((e) => e !== undefined).map(presentEvent);
    return {
      negotiationId: command.negotiationId,
      // The revision the original write answered with, not where the stream has got to since.
      revision: events.length ? Math.max(...events.map((e) => e.revision)) : revision,
      position: events.length ? Math.max(...events.map((e) => e.position)) : 0,
      duplicate: true,
      events,
    };
  }
}

/** Whether every development of `command` is already recorded as it is (the decision adds nothing, breaks no rule). */
function isRetry(command: NegotiationCommand, state: NegotiationState, context: DecisionContext): boolean {
  try {
    return decideAndEvolve(command, state, context).events.length === 0;
  } catch {
    return false;
  }
}

/** The global position of the last of `events` (they are in log order within their stream, not always across streams); 0 for none. */
function lastPosition(events: readonly { readonly position: number }[]): number {
  let last = 0;
  for (const event of events) if (event.position > last) last = event.position;
  return last;
}
