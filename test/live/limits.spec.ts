/**
 * What one client may cost (issue #19): open streams are capped per API key
 * and per client address (429 naming the setting), and a resuming client that
 * does not read is sent its catch-up in chunks of at most its queue bound —
 * the probe's 300 never-reading streams from one key, and its `from=0`
 * clients holding whole pages of the log in the server's memory.
 */
import * as http from 'node:http';
import * as net from 'node:net';
import { LiveConnections } from '../../apps/api/src/live/connections';
import { KEYS, startTestApp, type TestApp } from '../support/app';
import { liveEnv, openNegotiation, recordBatch, statement } from './support/live';

/** A client that sends the request and never reads a byte of the answer. */
function silentClient(url: string, path: string, localAddress?: string): net.Socket {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ port: Number(port), host: hostname, localAddress }, () => {
    socket.pause();
    socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\nAccept: text/event-stream\r\n\r\n`);
  });
  socket.on('error', () => undefined);
  return socket;
}

/** The status of a stream request (the stream itself is dropped at once), from a given source address. */
function streamStatus(
  url: string,
  path: string,
  key: string,
  localAddress = '127.0.0.1',
): Promise<{ status: number; body: string; retryAfter?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}${path}`, { localAddress, headers: { Authorization: `Bearer ${key}` } }, (res) => {
      if (res.statusCode === 200) {
        resolve({ status: 200, body: '' });
        res.destroy();
        return;
      }
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, retryAfter: res.headers['retry-after'] as string | undefined }),
      );
    });
    req.on('error', reject);
  });
}

async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('what one client may cost', () => {
  let t: TestApp;
  const held: net.Socket[] = [];
  beforeAll(async () => {
    liveEnv({
      PARLEY_LIVE_MAX_STREAMS_PER_KEY: '3',
      PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS: '5',
      PARLEY_LIVE_MAX_BUFFER_BYTES: String(64 * 1024),
    });
    t = await startTestApp({ withKeys: true });
    await openNegotiation(t, 'limits', KEYS.analyst);
  });
  afterAll(async () => {
    for (const s of held) s.destroy();
    await t.cleanup();
    liveEnv({
      PARLEY_LIVE_MAX_STREAMS_PER_KEY: '',
      PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS: '',
      PARLEY_LIVE_MAX_BUFFER_BYTES: '',
    });
  });

  it('given a key holding its share of streams, then one more is answered 429 naming the setting, with Retry-After; other keys, then other addresses, still get theirs', async () => {
    const connections = t.app.get(LiveConnections);
    for (let i = 0; i < 3; i++)
      held.push(
        silentClient(
          t.url,
          i % 2 ? `/stream/events?api_key=${KEYS.viewer}` : `/negotiations/limits/stream?api_key=${KEYS.viewer}`,
        ),
      );
    await eventually(() => connections.count() === 3, '3 open streams');

    const refused = await streamStatus(t.url, '/stream/events', KEYS.viewer);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({
      code: 'too-many-streams',
      message: expect.stringContaining('PARLEY_LIVE_MAX_STREAMS_PER_KEY'),
    });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);

    // Another key from the same address: up to the address's share (5), then refused by address.
    for (let i = 0; i < 2; i++) held.push(silentClient(t.url, `/stream/events?api_key=${KEYS.analyst}`));
    await eventually(() => connections.count() === 5, '5 open streams');
    const byAddress = await streamStatus(t.url, '/stream/events', KEYS.admin);
    expect(byAddress.status).toBe(429);
    expect(JSON.parse(byAddress.body).message).toContain('PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS');
    // The same key from another address is within both of its shares.
    expect((await streamStatus(t.url, '/stream/events', KEYS.admin, '127.0.0.2')).status).toBe(200);

    // A stream that ends gives its place back.
    held.shift()!.destroy();
    await eventually(
      async () => (await streamStatus(t.url, '/stream/events', KEYS.viewer, '127.0.0.3')).status === 200,
      'a place freed',
    );
    expect(connections.count()).toBeLessThanOrEqual(5);
  });

  it('given a client resuming from 0 over megabytes of log that never reads, then what the server queues for it stays within its queue bound (plus one event)', async () => {
    for (const s of held.splice(0)) s.destroy();
    const connections = t.app.get(LiveConnections);
    await eventually(() => connections.count() === 0, 'the streams of the last test to end');
    // ~12 kB per event, 9 batches of 60: ~6.5 MB of log, more than a catch-up page holds and the kernel's socket buffers take.
    for (let b = 0; b < 9; b++)
      await recordBatch(
        t,
        'limits',
        Array.from({ length: 60 }, (_, i) => statement(b * 100 + i, 3900)),
        KEYS.analyst,
      );
    const silent = silentClient(t.url, `/stream/events?from=0&api_key=${KEYS.viewer}`);
    held.push(silent);
    // Until the server has queued what it is going to queue: the client's backlog stops growing.
    await eventually(() => connections.count() === 1, 'the stream to open');
    let last = -1;
    let steady = 0;
    await eventually(
      () => {
        const now = connections.largestBacklog();
        steady = now === last ? steady + 1 : 0;
        last = now;
        return steady >= 10;
      },
      'the backlog to settle',
      20_000,
    );
    expect(connections.largestBacklog()).toBeLessThanOrEqual(64 * 1024 + 16 * 1024);
  }, 60_000);
});
