/**
 * Response compression: a large JSON view goes brotli or gzip to a client that
 * asks for it and decodes to the very bytes an identity answer carries, with
 * the same ETag (it names the content), `Vary: Accept-Encoding` and 304 under
 * either coding; the live stream (SSE) is never compressed, and its frames
 * arrive one by one while the connection stays open. Over real HTTP, raw bytes
 * read with node:http (fetch would decode them out of sight).
 */
import * as http from 'node:http';
import * as zlib from 'node:zlib';
import { importExample, startTestApp, type TestApp } from '../support/app';

const ID = 'pak-afghan-2025';

interface RawReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly bytes: Buffer;
}

/** A GET as sent: the body's bytes as they came over the wire, undecoded. */
function get(url: string, headers: Record<string, string>): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const DECODE: Record<string, (b: Buffer) => Buffer> = { gzip: zlib.gunzipSync, br: zlib.brotliDecompressSync };

describe('response compression', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await importExample(t.url);
  });
  afterAll(() => t.cleanup());

  it.each([
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])(
    'given Accept-Encoding: %s, then the timeline comes %s-encoded and decodes to the identity body',
    async (accept, coding) => {
      const plain = await get(`${t.url}/negotiations/${ID}/timeline`, { 'Accept-Encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.bytes.length).toBeGreaterThan(50_000);

      const packed = await get(`${t.url}/negotiations/${ID}/timeline`, { 'Accept-Encoding': accept });
      expect(packed.status).toBe(200);
      expect(packed.headers['content-encoding']).toBe(coding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 4);
      expect(DECODE[coding]!(packed.bytes).equals(plain.bytes)).toBe(true);
    },
  );

  it('given a view with an ETag, then the compressed answer carries the same ETag, and sending it back gets 304', async () => {
    const AS_OF = 'at=2025-11-01&knownAt=2100-01-01';
    const url = `${t.url}/negotiations/${ID}/matrix?${AS_OF}`;
    const plain = await get(url, { 'Accept-Encoding': 'identity' });
    const packed = await get(url, { 'Accept-Encoding': 'gzip' });
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(plain.headers.etag).toMatch(/^"/);
    expect(packed.headers.etag).toBe(plain.headers.etag);
    expect(zlib.gunzipSync(packed.bytes).equals(plain.bytes)).toBe(true);

    const again = await get(url, { 'Accept-Encoding': 'gzip', 'If-None-Match': packed.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  // Status, matrix and escalation are compressed by the view cache (once per body and coding), not by the plugin.
  it.each([
    ['status?', 'br'],
    ['matrix?', 'gzip'],
    ['matrix?format=csv&', 'br'],
    ['escalation?', 'gzip'],
  ])(
    'given the view %s asked for in %s, then it decodes to the identity bytes, with their ETag, twice alike',
    async (view, coding) => {
      // A fixed `at` and `knownAt`: the body does not move with the clock between the reads.
      const url = `${t.url}/negotiations/${ID}/${view}at=2025-11-01&knownAt=2100-01-01`;
      const plain = await get(url, { 'Accept-Encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.bytes.length).toBeGreaterThan(1024);

      const packed = await get(url, { 'Accept-Encoding': coding });
      const again = await get(url, { 'Accept-Encoding': coding });
      expect(packed.headers['content-encoding']).toBe(coding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.headers.etag).toBe(plain.headers.etag);
      expect(packed.headers['content-type']).toBe(plain.headers['content-type']);
      expect(Number(packed.headers['content-length'])).toBe(packed.bytes.length);
      expect(packed.bytes.length).toBeLessThan(plain.bytes.length / 2);
      expect(DECODE[coding]!(packed.bytes).equals(plain.bytes)).toBe(true);
      expect(again.bytes.equals(packed.bytes)).toBe(true);
    },
  );

  it.each(['gzip;q=1, br;q=0.5', 'br;q=0, gzip;q=0', '*', 'x-gzip', 'deflate', 'GZIP, BR', 'identity'])(
    'given Accept-Encoding: %s, then the views choose the coding the plugin chooses for the timeline',
    async (accept) => {
      const view = await get(`${t.url}/negotiations/${ID}/matrix`, { 'Accept-Encoding': accept });
      const timeline = await get(`${t.url}/negotiations/${ID}/timeline`, { 'Accept-Encoding': accept });
      expect(view.status).toBe(200);
      expect(view.headers['content-encoding']).toBe(timeline.headers['content-encoding']);
    },
  );

  it('given X-No-Compression, then a view goes as it is', async () => {
    const reply = await get(`${t.url}/negotiations/${ID}/matrix`, {
      'Accept-Encoding': 'gzip',
      'X-No-Compression': '1',
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(() => JSON.parse(reply.bytes.toString('utf8')) as unknown).not.toThrow();
  });

  it('given a body under 1 KB, then it goes as it is', async () => {
    const reply = await get(`${t.url}/health`, { 'Accept-Encoding': 'gzip' });
    expect(reply.status).toBe(200);
    expect(reply.bytes.length).toBeLessThan(1024);
    expect(reply.headers['content-encoding']).toBeUndefined();
  });

  it.each([`/negotiations/${ID}/stream`, '/stream/events'])(
    'given Accept-Encoding asking for gzip and br, then the live stream %s is sent uncompressed, frame by frame',
    async (path) => {
      const frames = await new Promise<{ headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
        const req = http.get(`${t.url}${path}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            // The first complete frame, read while the stream is still open: nothing held back to be compressed.
            if (/\n\n/.test(text)) {
              resolve({ headers: res.headers, text });
              req.destroy();
            }
          });
          res.on('end', () => reject(new Error(`the stream ended before a whole frame: ${text}`)));
        });
        req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      });
      expect(frames.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(frames.headers['content-encoding']).toBeUndefined();
      expect(frames.text).toMatch(/^(event|id|data|retry|:)/m);
    },
  );
});
