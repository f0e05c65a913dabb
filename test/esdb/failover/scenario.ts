/**
 * Failover, end to end: the protocol-level test cluster's three nodes, two
 * real API instances on it (each its own EventStoreDB client, views and SSE
 * feed), writers retrying through either instance, one SSE client per
 * instance — and the leader killed while it all runs.
 *
 * What it checks and reports (`FailoverReport`):
 * - every acknowledged write is in the log exactly once (read back from the
 *   cluster, not from the API);
 * - both instances' views equal a rebuild from the log;
 * - each SSE client received every event of the log once, in order (no gap);
 * - what the writers saw: retried failures, the longest write, and how long
 *   from the kill until writes were acknowledged again.
 *
 * Used by failover.spec.ts (small, in `npm test`) and scripts/esdb-failover.ts
 * (bigger; writes its figures into docs/RELIABILITY.md).
 */
import { randomUUID } from 'node:crypto';
import { openEsdbEventStore } from '@parley/event-store/esdb/esdb-event-store';
import { silentLogger } from '@parley/event-store/esdb/logger';
import { startTestApp, type TestApp } from '../../support/app';
import { SseRecorder, openNegotiation, statement } from '../../live/support/live';
import { EsdbTestCluster } from '../server/server';

export interface FailoverOptions {
  /** Concurrent writers, each on its own negotiation. */
  readonly writers: number;
  /** Developments each writer records. */
  readonly writesPerWriter: number;
  /** The leader is killed once this share of all writes is acknowledged. */
  readonly killAfter: number;
}

export interface FailoverReport {
  readonly acknowledged: number;
  /** Acknowledged writes missing from the log, and stored more than once. */
  readonly missing: number;
  readonly duplicated: number;
  /** Write attempts that failed (503 or a dropped connection) and were retried with the same event id. */
  readonly retriedFailures: number;
  /** From the kill to the first write acknowledged after it (ms). */
  readonly writeOutageMs: number;
  /** Longest single write, retries included (ms). */
  readonly longestWriteMs: number;
  /** Both instances' views (every negotiation's status) equal those after a rebuild. */
  readonly viewsConverged: boolean;
  readonly negotiations: number;
  /** Per SSE client: events received, and gaps / duplicates / out-of-order against the log. */
  readonly sse: readonly {
    readonly received: number;
    readonly gaps: number;
    readonly duplicates: number;
    readonly outOfOrder: number;
  }[];
  readonly logEvents: number;
  readonly newLeader: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs until acknowledged; the same body (and event id) every time, as a client retrying a 503 does. */
async function postUntilAcknowledged(
  urls: readonly string[],
  path: string,
  body: unknown,
  onFailure: () => void,
): Promise<{ position: number }> {
  for (let attempt = 0; ; attempt++) {
    const url = urls[attempt % urls.length] as string;
    try {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      if (res.status === 201) return JSON.parse(text) as { position: number };
      if (res.status !== 503) throw new Error(`POST ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // fetch's own network failure is a TypeError
    }
    onFailure();
    await sleep(Math.min(500, 20 * 2 ** Math.min(attempt, 5)));
  }
}

async function statusesOf(app: TestApp, ids: readonly string[], minPosition: number): Promise<string[]> {
  return Promise.all(
    ids.map(async (id) => {
      for (;;) {
        const res = await fetch(`${app.url}/negotiations/${id}/status?minPosition=${minPosition}`);
        if (res.status === 200) {
          // What the events decided; not what depends on the reading time (`at`, the decaying escalation, day counts).
          const {
            at: _at,
            escalation: _escalation,
            daysSinceLastRound: _days,
            ...state
          } = (await res.json()) as Record<string, unknown>;
          return JSON.stringify(state);
        }
        // views-behind / views-stalled: the instance is still catching up after the failover.
        if (res.status !== 503) throw new Error(`status of ${id}: HTTP ${res.status}`);
        await sleep(50);
      }
    }),
  );
}

export async function runFailover(options: FailoverOptions): Promise<FailoverReport> {
  const cluster = await EsdbTestCluster.start({ nodes: 3 });
  const env = {
    PARLEY_STORE: 'eventstoredb',
    EVENTSTORE_CONNECTION_STRING: cluster.connectionString(),
    PARLEY_WRITE_RATE_LIMIT: '1000000',
    PARLEY_MIN_POSITION_TIMEOUT_MS: '2000',
  };
  const apps: TestApp[] = [];
  const recorders: SseRecorder[] = [];
  try {
    apps.push(await startTestApp({ env }), await startTestApp({ env }));
    const urls = apps.map((app) => app.url);
    for (const app of apps) recorders.push(new SseRecorder(`${app.url}/stream/events?from=0`));

    const ids = Array.from({ length: options.writers }, () => `failover-${randomUUID().slice(0, 8)}`);
    for (const [i, id] of ids.entries()) await openNegotiation(apps[i % 2] as TestApp, id);

    const total = options.writers * options.writesPerWriter;
    const acknowledged = new Map<string, number>();
    let retriedFailures = 0;
    let longestWriteMs = 0;
    let killedAt: number | undefined;
    let firstAfterKill: number | undefined;
    const killWhen = Math.floor(total * options.killAfter);
    let newLeader = '';

    await Promise.all(
      ids.map(async (id, w) => {
        for (let i = 0; i < options.writesPerWriter; i++) {
          const eventId = randomUUID();
          const started = Date.now();
          // Alternate instances: writer w starts on instance w % 2.
          const order = (w + i) % 2 === 0 ? urls : [...urls].reverse();
          const reply = await postUntilAcknowledged(
            order,
            `/negotiations/${id}/events`,
            { ...statement(i), eventId },
            () => {
              retriedFailures++;
            },
          );
          const now = Date.now();
          longestWriteMs = Math.max(longestWriteMs, now - started);
          acknowledged.set(eventId, reply.position);
          if (killedAt !== undefined && firstAfterKill === undefined && started >= killedAt) firstAfterKill = now;
          if (killedAt === undefined && acknowledged.size >= killWhen) {
            killedAt = Date.now();
            cluster.killLeader();
            newLeader = cluster.leader?.address ?? '';
          }
        }
      }),
    );

    // Exactly once, read back from the cluster itself.
    const reader = await openEsdbEventStore({ connectionString: cluster.connectionString(), logger: silentLogger });
    const log = await reader.readAll();
    await reader.close();
    const counts = new Map<string, number>();
    for (const event of log) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
    let missing = 0;
    let duplicated = 0;
    for (const id of acknowledged.keys()) {
      const count = counts.get(id) ?? 0;
      if (count === 0) missing++;
      if (count > 1) duplicated++;
    }

    // Views: both instances, then a rebuild of the first, all at the log's end.
    const end = log[log.length - 1]?.position ?? 0;
    const before = await Promise.all(apps.map((app) => statusesOf(app, ids, end)));
    const rebuilt = await fetch(`${apps[0]!.url}/admin/rebuild`, { method: 'POST' });
    if (rebuilt.status !== 200) throw new Error(`rebuild: HTTP ${rebuilt.status}`);
    const after = await statusesOf(apps[0] as TestApp, ids, end);
    const viewsConverged = before.every((statuses) => JSON.stringify(statuses) === JSON.stringify(after));

    // SSE: every event of the log, once, in order.
    const positions = log.map((event) => event.position);
    await Promise.all(
      recorders.map((recorder) =>
        recorder.until((r) => r.positions().includes(end), 'the SSE client to reach the end of the log', 30_000),
      ),
    );
    const sse = recorders.map((recorder) => {
      const received = recorder.positions();
      const seen = new Set(received);
      let outOfOrder = 0;
      for (let i = 1; i < received.length; i++)
        if ((received[i] as number) <= (received[i - 1] as number)) outOfOrder++;
      return {
        received: received.length,
        gaps: positions.filter((p) => !seen.has(p)).length,
        duplicates: received.length - seen.size,
        outOfOrder,
      };
    });

    return {
      acknowledged: acknowledged.size,
      missing,
      duplicated,
      retriedFailures,
      writeOutageMs: killedAt === undefined || firstAfterKill === undefined ? 0 : firstAfterKill - killedAt,
      longestWriteMs,
      viewsConverged,
      negotiations: ids.length,
      sse,
      logEvents: log.length,
      newLeader,
    };
  } finally {
    for (const recorder of recorders) recorder.source.close();
    await Promise.all(apps.map((app) => app.cleanup()));
    await cluster.stop();
  }
}
