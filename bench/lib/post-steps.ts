/**
 * The product's own steps of one recording POST, each measured apart in this
 * process: what our write path does that the durable floor (a bare route
 * appending the body through our store) does not. CPU time per development,
 * the median of alternating rounds, each step on the real code the app runs
 * (the compiled modules of `dist-bench/`), on the bench's own bodies: a
 * StatementMade to one of 32 negotiations, as the http workload's writers send.
 *
 * What it leaves out is as real, and not cheaper: the route's guards and
 * parameter decorators in Nest, the security headers, the rate limit, the
 * request log, the metrics, the larger 201 — the http workload's CPU figures
 * and a profile (`PARLEY_BENCH_CPU_PROF`) hold them.
 */
import { ApiKeyRegistry } from '../../apps/api/src/auth/api-keys';
import { readRecordEvent } from '../../apps/api/src/recording/dto/validate';
import { newEventId } from '../../apps/api/src/recording/idempotency';
import {
  decideAndEvolve,
  developmentWithId,
  initialState,
  type NegotiationCommand,
  type NegotiationEvent,
  type NegotiationState,
  streamName,
  toStoredEvent,
} from '@parley/domain';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import { MemoryEventStore, type NewEvent } from '@parley/event-store';
import { ESCALATION_MODEL_V2, NoSnapshotStore, ProjectionEngine } from '@parley/projections';
import { median } from './timing';

const WRITERS = 32;
const KEY = 'bench-post-steps-key-0123456789abcdef';

export interface PostStep {
  readonly step: string;
  /** CPU time per development, µs. */
  readonly micros: number;
}

/** CPU µs per call of `work` over `count` calls. */
function cpuPer(count: number, work: (i: number) => unknown): number {
  const start = process.cpuUsage();
  for (let i = 0; i < count; i++) work(i);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

async function cpuPerAsync(count: number, work: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / count;
}

function body(writer: number, n: number): unknown {
  const example = EXAMPLE_EVENTS.StatementMade;
  return {
    ...example,
    data: { ...example.data, summary: `${example.data.summary} (writer ${writer}, statement ${n})` },
  };
}

const context = () => ({ now: new Date().toISOString(), recordedBy: 'bench' });

/** Each writer's negotiation opened, as the http workload opens them: its state and the opening's stored form. */
function openings(): { state: NegotiationState; opening: NewEvent }[] {
  return Array.from({ length: WRITERS }, (_, w) => {
    const { id: _id, ...opening } = EXAMPLE_OPEN_NEGOTIATION;
    const command = {
      ...opening,
      type: 'OpenNegotiation',
      negotiationId: `bench-writer-${w}`,
      eventId: newEventId('bench', undefined, 0),
    } as NegotiationCommand;
    const { events, state } = decideAndEvolve(command, initialState, context());
    return { state, opening: toStoredEvent(events[0]!) };
  });
}

/**
 * `perRound` developments per step in each of `rounds` rounds (the steps alternate within a round). Returns each
 * step's median CPU µs per development.
 */
export async function measurePostSteps(rounds: number, perRound: number): Promise<PostStep[]> {
  const keys = ApiKeyRegistry.fromConfig(`bench:analyst:${KEY}`, undefined);
  const bodies = Array.from({ length: perRound }, (_, i) => body(i % WRITERS, i));
  const writers = openings();
  const samples = new Map<string, number[]>();
  const sample = (step: string, micros: number) => samples.set(step, [...(samples.get(step) ?? []), micros]);
  let n = 0;

  for (let round = 0; round < rounds; round++) {
    sample(
      'the API key (its SHA-256 looked up)',
      cpuPer(perRound, () => {
        if (keys.authenticate(KEY) === undefined) throw new Error('the bench key was not recognised');
      }),
    );
    const read: ReturnType<typeof readRecordEvent>['value'][] = [];
    sample(
      "the body's check (the compiled verdict on the catalogue's fields)",
      cpuPer(perRound, (i) => {
        const { value, problems } = readRecordEvent(bodies[i]);
        if (!value) throw new Error(`the bench body was refused: ${JSON.stringify(problems)}`);
        read.push(value);
      }),
    );
    const ids: string[] = [];
    sample(
      'an event id (UUID v7)',
      cpuPer(perRound, () => ids.push(newEventId('bench', undefined, 0))),
    );
    const decided: NegotiationEvent[] = [];
    sample(
      "the decision (decide and evolve, on the negotiation's state)",
      cpuPer(perRound, (i) => {
        const writer = writers[(n + i) % WRITERS]!;
        const negotiationId = `bench-writer-${(n + i) % WRITERS}`;
        const development = developmentWithId(read[i]!, ids[i]!);
        const result = decideAndEvolve(
          { type: 'RecordDevelopments', negotiationId, developments: [development] },
          writer.state,
          context(),
        );
        writer.state = result.state;
        decided.push(...result.events);
      }),
    );
    n += perRound;
    const encoded: NewEvent[] = [];
    sample(
      'the encoding (the stored form of the decided event)',
      cpuPer(perRound, (i) => encoded.push(toStoredEvent(decided[i]!))),
    );
    sample('the views following the append (status, matrix, escalation)', await viewsPer(writers, encoded));
  }
  return [...samples].map(([step, values]) => ({ step, micros: median(values) }));
}

/**
 * The views' share of an append: the same appends (32 at a time, as a group commit hands them over) to a memory
 * store with the projection engine following it, waited for until the views hold them, against a memory store
 * nobody follows.
 */
async function viewsPer(writers: readonly { opening: NewEvent }[], encoded: readonly NewEvent[]): Promise<number> {
  const run = async (follow: boolean): Promise<number> => {
    const store = new MemoryEventStore();
    const engine = follow
      ? new ProjectionEngine(store, new NoSnapshotStore(), ESCALATION_MODEL_V2, {
          snapshotEvery: Number.MAX_SAFE_INTEGER,
          minPositionTimeoutMs: 60_000,
          viewsWatchdogMs: 60_000,
          viewsRestartMs: 1_000,
          viewsBootstrapTimeoutMs: 60_000,
        })
      : undefined;
    const streams = writers.map((_, w) => streamName(`bench-writer-${w}`));
    await Promise.all(writers.map((w, i) => store.append(streams[i]!, [w.opening], { expectedRevision: 'any' })));
    await engine?.start();
    try {
      return await cpuPerAsync(encoded.length, async () => {
        for (let i = 0; i < encoded.length; i += WRITERS) {
          const group = encoded.slice(i, i + WRITERS);
          const results = await Promise.all(
            group.map((event, k) => store.append(streams[(i + k) % WRITERS]!, [event], { expectedRevision: 'any' })),
          );
          const last = Math.max(...results.map((r) => r.events[r.events.length - 1]!.position));
          if (engine && !(await engine.waitFor(last))) throw new Error('the views did not follow the appends');
        }
      });
    } finally {
      await engine?.stop();
      await store.close();
    }
  };
  const alone = await run(false);
  const followed = await run(true);
  return Math.max(0, followed - alone);
}
