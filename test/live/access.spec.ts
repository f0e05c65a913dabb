/**
 * Who may subscribe, what the service counts, and that it can stop with
 * subscribers connected.
 */
import { KEYS, startTestApp, type TestApp } from '../support/app';
import { metric, openNegotiation, record, SseRecorder, statement } from './support/live';

/** Polls a server-side figure (bounded) until it reaches `expected`. */
async function settles(read: () => Promise<number>, expected: number, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  expect(value).toBe(expected);
}

describe('live routes: keys, metrics, shutdown', () => {
  let t: TestApp;
  const clients: SseRecorder[] = [];
  beforeAll(async () => {
    t = await startTestApp({ withKeys: true });
    await openNegotiation(t, 'live-access', KEYS.analyst);
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(() => t.cleanup());

  it('refuse a request without a key with 401, as JSON, before any stream', async () => {
    for (const path of ['/stream/events', '/negotiations/live-access/stream']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
    expect((await fetch(`${t.url}/stream/events?api_key=not-a-key-0123456789`)).status).toBe(401);
  });

  it('take a viewer key in ?api_key= (what a browser EventSource can send) or in a header', async () => {
    const viaQuery = new SseRecorder(`${t.url}/stream/events?api_key=${KEYS.viewer}`);
    const viaHeader = new SseRecorder(`${t.url}/stream/events`, {
      headers: { Authorization: `Bearer ${KEYS.viewer}` },
    });
    const views = new SseRecorder(`${t.url}/negotiations/live-access/stream?api_key=${KEYS.viewer}`);
    clients.push(viaQuery, viaHeader, views);
    await Promise.all([viaQuery, viaHeader].map((c) => c.until((r) => r.of('ready').length === 1, 'ready')));
    await views.until((c) => c.messages.length >= 3, 'the initial views');
    const written = await record(t, 'live-access', statement(1), KEYS.analyst);
    await Promise.all([viaQuery.reach(written.position), viaHeader.reach(written.position)]);
    await views.until((c) => c.messages.some((m) => m.id === String(written.position)), 'views after the write');
  });

  it('are documented in the OpenAPI document as event streams, with the ?api_key= parameter', async () => {
    const doc = await (await fetch(`${t.url}/openapi.json`)).json();
    for (const path of ['/stream/events', '/negotiations/{id}/stream']) {
      const get = doc.paths[path].get;
      expect(Object.keys(get.responses['200'].content ?? {})).toContain('text/event-stream');
      expect(get.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['api_key', 'Last-Event-ID']),
      );
      expect(get.description).toMatch(/Last-Event-ID/);
    }
  });

  it('count open connections by stream in parley_sse_clients', async () => {
    const gauge = (stream: string) => metric(t, new RegExp(`^parley_sse_clients\\{stream="${stream}"\\}`), KEYS.viewer);
    // The server notices earlier tests' clients going away a moment after they close.
    await settles(async () => (await gauge('events')) + (await gauge('views')), 0);
    const a = new SseRecorder(`${t.url}/stream/events?api_key=${KEYS.viewer}`);
    const b = new SseRecorder(`${t.url}/stream/events?api_key=${KEYS.viewer}`);
    const v = new SseRecorder(`${t.url}/negotiations/live-access/stream?api_key=${KEYS.viewer}`);
    clients.push(a, b, v);
    await Promise.all([a, b].map((c) => c.until((r) => r.of('ready').length === 1, 'ready')));
    await v.until((c) => c.messages.length >= 3, 'the initial views');
    expect(await gauge('events')).toBe(2);
    expect(await gauge('views')).toBe(1);
    a.close();
    v.close();
    await settles(() => gauge('events'), 1);
    await settles(() => gauge('views'), 0);
  });

  it('end every stream on shutdown, so that closing the app does not hang', async () => {
    const own = await startTestApp({ withKeys: true });
    const streams = Array.from({ length: 5 }, () => fetch(`${own.url}/stream/events?api_key=${KEYS.viewer}`));
    const responses = await Promise.all(streams);
    const bodies = responses.map((res) => res.text());
    // A shutdown that hung on an open stream would fail on the test's timeout.
    await own.cleanup();
    // Each client sees its stream end normally (an EventSource would reconnect).
    for (const body of await Promise.all(bodies)) expect(body).toContain('event: ready');
  });
});
