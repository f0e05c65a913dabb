/**
 * GET /stream/events over a real HTTP server and a real SSE client (the
 * `eventsource` package): live delivery, resuming with Last-Event-ID under
 * concurrent writers — through the client's own reconnects and by hand —
 * catching up from the store, and a hundred subscribers at once.
 */
import { startTestApp, type TestApp } from '../support/app';
import {
  exportedLog,
  liveEnv,
  metric,
  openNegotiation,
  record,
  recordBatch,
  SseRecorder,
  startProxy,
  statement,
} from './support/live';

/** Everything the log holds after `after`, as positions in order. */
async function logAfter(t: TestApp, after: number): Promise<number[]> {
  return (await exportedLog(t)).map((e) => e.position).filter((p) => p > after);
}

/** One negotiation's events after `after`, as positions in order. */
async function logOf(t: TestApp, negotiationId: string, after: number): Promise<number[]> {
  const res = await fetch(`${t.url}/negotiations/${negotiationId}/events?limit=1000`);
  const body = (await res.json()) as { events: { position: number }[] };
  return body.events.map((e) => e.position).filter((p) => p > after);
}

function expectExactlyOnceInOrder(received: number[], log: number[]): void {
  expect(new Set(received).size).toBe(received.length);
  expect(received).toEqual(log);
}

/** `writers` concurrent writers, each recording `each` developments one by one into its own negotiation. */
async function concurrentWriters(t: TestApp, negotiations: readonly string[], each: number): Promise<number> {
  const results = await Promise.all(
    negotiations.map(async (id, w) => {
      let last = 0;
      for (let i = 0; i < each; i++) last = (await record(t, id, statement(w * 1000 + i))).position;
      return last;
    }),
  );
  return Math.max(...results);
}

describe('GET /stream/events', () => {
  let t: TestApp;
  const clients: SseRecorder[] = [];
  const follow = (path: string, headers?: Record<string, string>) => {
    const client = new SseRecorder(`${t.url}${path}`, { headers });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    // Small reconnect delay so EventSource reconnects fast; small memory window and pages, so resumes exercise the store catch-up.
    // (A hundred subscribers below, all this process with one key: above the default per-client stream caps.)
    liveEnv({
      PARLEY_LIVE_RETRY_MS: '50',
      PARLEY_LIVE_REPLAY_EVENTS: '20',
      PARLEY_LIVE_CATCH_UP_PAGE: '7',
      PARLEY_LIVE_HEARTBEAT_MS: '100',
      PARLEY_LIVE_MAX_STREAMS_PER_KEY: '1000',
      PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS: '1000',
    });
    t = await startTestApp();
    await Promise.all(['feed-a', 'feed-b', 'feed-c', 'feed-d'].map((id) => openNegotiation(t, id)));
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(() => t.cleanup());

  it('answers with an event stream that starts at once and keeps an idle connection alive', async () => {
    const controller = new AbortController();
    const res = await fetch(`${t.url}/stream/events`, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('connection')).toBe('keep-alive');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes(': keep-alive\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/^retry: 50\n\n/);
    expect(text).toMatch(/id: \d+\nevent: ready\ndata: \{"position":\d+,"resumed":false,"negotiation":null\}\n\n/);
    controller.abort();
  });

  it('delivers a recorded event as the REST API presents it, with its position as id', async () => {
    const client = follow('/stream/events');
    await client.until((c) => c.of('ready').length === 1, 'ready');
    const written = await record(t, 'feed-a', statement(1));
    await client.reach(written.position);
    const [message] = client.of('event');
    expect(message!.id).toBe(String(written.position));
    const rest = await (await fetch(`${t.url}/events/${written.events[0]!.eventId}`)).json();
    expect(JSON.parse(message!.data)).toEqual(rest);
    expect(JSON.parse(message!.data)).toMatchObject({
      type: 'StatementMade',
      stream: 'negotiation-feed-a',
      position: written.position,
    });
  });

  it("with ?negotiation= sends only that negotiation's events", async () => {
    const client = follow('/stream/events?negotiation=feed-b');
    await client.until((c) => c.of('ready').length === 1, 'ready');
    await record(t, 'feed-a', statement(2));
    const mine = await record(t, 'feed-b', statement(3));
    await record(t, 'feed-c', statement(4));
    const last = await record(t, 'feed-b', statement(5));
    await client.reach(last.position);
    expect(client.positions()).toEqual([mine.position, last.position]);
    expect(client.of('event').every((m) => JSON.parse(m.data).stream === 'negotiation-feed-b')).toBe(true);
  });

  it('replays the whole log with ?from=0, then follows live', async () => {
    const client = follow('/stream/events?from=0');
    const head = (await exportedLog(t)).at(-1)!.position;
    await client.reach(head);
    const next = await record(t, 'feed-c', statement(6));
    await client.reach(next.position);
    expectExactlyOnceInOrder(client.positions(), await logAfter(t, 0));
  });

  it('resumes by itself after its connection is cut, while writers append: exactly the log, once, in order', async () => {
    const proxy = await startProxy(t.url);
    try {
      const client = new SseRecorder(`${proxy.url}/stream/events`);
      clients.push(client);
      await client.until((c) => c.of('ready').length === 1, 'ready');
      const start = Number(client.of('ready')[0]!.id);
      const writers = ['feed-a', 'feed-b', 'feed-c', 'feed-d'];
      const perWriter = 25;
      const writing = concurrentWriters(t, writers, perWriter);
      // Cut the connection three times mid-stream; EventSource reconnects with Last-Event-ID each time.
      // (A fast server may have delivered every event before a cut: the cut and the resume still happen.)
      for (let cut = 1; cut <= 3; cut++) {
        const seen = client.positions().length;
        const next = Math.min(seen + 10, writers.length * perWriter);
        await client.until((c) => c.positions().length >= next, `10 more events before cut ${cut}`);
        expect(proxy.cut()).toBeGreaterThan(0);
        await client.until((c) => c.of('ready').length === cut + 1, `reconnect ${cut}`);
      }
      const head = await writing;
      await client.reach(head);
      expect(
        client
          .of('ready')
          .slice(1)
          .every((m) => JSON.parse(m.data).resumed === true),
      ).toBe(true);
      expectExactlyOnceInOrder(client.positions(), await logAfter(t, start));
    } finally {
      await proxy.close();
    }
  });

  it('resumes with Last-Event-ID on a new connection, catching up from the store while writers append', async () => {
    const first = follow('/stream/events');
    await first.until((c) => c.of('ready').length === 1, 'ready');
    const start = Number(first.of('ready')[0]!.id);
    const writing = concurrentWriters(t, ['feed-a', 'feed-b', 'feed-c'], 30);
    await first.until((c) => c.positions().length >= 5, 'a few events');
    first.close();
    const lastSeen = first.lastId();
    // Let the log run well past what the server keeps in memory (20 events), so the resume reads the store.
    const feedD = await concurrentWriters(t, ['feed-d'], 40);
    const second = follow('/stream/events', { 'Last-Event-ID': lastSeen });
    // The other writers may still be going, or may have finished before feed-d: wait for whichever ends last.
    const head = Math.max(await writing, feedD);
    await second.reach(head);
    expect(JSON.parse(second.of('ready')[0]!.data)).toMatchObject({ position: Number(lastSeen), resumed: true });
    expectExactlyOnceInOrder([...first.positions(), ...second.positions()], await logAfter(t, start));
  });

  it('a resume with ?from= for one negotiation gets only its events after that position', async () => {
    const before = await record(t, 'feed-a', statement(7));
    const batch = await recordBatch(t, 'feed-a', [statement(8), statement(9)]);
    await record(t, 'feed-b', statement(10));
    const client = follow(`/stream/events?negotiation=feed-a&from=${before.position}`);
    await client.reach(batch.position);
    expect(client.positions()).toEqual(batch.events.map((e) => e.position));
  });

  it('a hundred subscribers each receive every event, in order', async () => {
    const subscribers = Array.from({ length: 100 }, () => follow('/stream/events'));
    await Promise.all(subscribers.map((c) => c.until((r) => r.of('ready').length === 1, 'ready')));
    const start = Math.max(...subscribers.map((c) => Number(c.of('ready')[0]!.id)));
    const head = await concurrentWriters(t, ['feed-a', 'feed-b', 'feed-c', 'feed-d'], 10);
    await Promise.all(subscribers.map((c) => c.reach(head)));
    const log = await logAfter(t, start);
    expect(log).toHaveLength(40);
    for (const c of subscribers) expectExactlyOnceInOrder(c.positions(), log);
  });

  it('counts the CPU time of writing the feed to its clients in /metrics (parley_sse_fanout_cpu_seconds_total)', async () => {
    const fanOut = () => metric(t, /^parley_sse_fanout_cpu_seconds_total /);
    const subscribers = Array.from({ length: 20 }, () => follow('/stream/events'));
    await Promise.all(subscribers.map((c) => c.until((r) => r.of('ready').length === 1, 'ready')));
    const before = await fanOut();
    const head = await concurrentWriters(t, ['feed-a', 'feed-b'], 10);
    await Promise.all(subscribers.map((c) => c.reach(head)));
    expect(await fanOut()).toBeGreaterThan(before);
  });

  it('a burst of concurrent batches reaches every subscriber complete and in order (and a filtered one only its own)', async () => {
    const everything = Array.from({ length: 4 }, () => follow('/stream/events'));
    const onlyB = follow('/stream/events?negotiation=feed-b');
    const subscribers = [...everything, onlyB];
    await Promise.all(subscribers.map((c) => c.until((r) => r.of('ready').length === 1, 'ready')));
    const start = Math.max(...subscribers.map((c) => Number(c.of('ready')[0]!.id)));
    // Four writers, three batches of ten each, all at once: commits land close together and go out coalesced.
    const heads = await Promise.all(
      ['feed-a', 'feed-b', 'feed-c', 'feed-d'].map(async (id, w) => {
        let head = 0;
        for (let b = 0; b < 3; b++) {
          const events = Array.from({ length: 10 }, (_, i) => statement(5000 + w * 100 + b * 10 + i));
          head = (await recordBatch(t, id, events)).position;
        }
        return head;
      }),
    );
    const head = Math.max(...heads);
    await Promise.all(everything.map((c) => c.reach(head)));
    await onlyB.reach(heads[1]!);
    const log = await exportedLog(t);
    const after = log.map((e) => e.position).filter((p) => p > start);
    expect(after).toHaveLength(120);
    for (const c of everything) expectExactlyOnceInOrder(c.positions(), after);
    const ofB = await logOf(t, 'feed-b', start);
    expect(ofB).toHaveLength(30);
    expectExactlyOnceInOrder(onlyB.positions(), ofB);
  });

  it.each([
    ['from memory', 0],
    ['from the store (the burst has left memory)', 30],
  ])(
    'resumes with Last-Event-ID from the middle of a burst (%s): the rest of it once, nothing before it again',
    async (_, laterEvents) => {
      const first = follow('/stream/events');
      await first.until((c) => c.of('ready').length === 1, 'ready');
      const burst = await recordBatch(
        t,
        'feed-c',
        Array.from({ length: 10 }, (_, i) => statement(6000 + laterEvents + i)),
      );
      await first.reach(burst.position);
      first.close();
      const burstPositions = burst.events.map((e) => e.position);
      // The client saw the whole burst, which arrived together; it resumes as if it had kept only the first four.
      expect(first.positions().slice(-10)).toEqual(burstPositions);
      const resumeFrom = burstPositions[3]!;
      let head = burst.position;
      if (laterEvents > 0) head = await concurrentWriters(t, ['feed-a', 'feed-b'], laterEvents / 2);
      const second = follow('/stream/events', { 'Last-Event-ID': String(resumeFrom) });
      await second.reach(head);
      const live = await record(t, 'feed-d', statement(6100 + laterEvents));
      await second.reach(live.position);
      expect(second.positions().slice(0, 6)).toEqual(burstPositions.slice(4));
      expectExactlyOnceInOrder(second.positions(), await logAfter(t, resumeFrom));
    },
  );

  it('refuses a malformed or unknown resume position and a malformed negotiation id with 400', async () => {
    for (const path of [
      '/stream/events?from=abc',
      '/stream/events?from=999999',
      '/stream/events?negotiation=Not_A_Slug',
    ]) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
    const res = await fetch(`${t.url}/stream/events`, { headers: { 'Last-Event-ID': '-1' } });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe('Last-Event-ID');
  });
});
