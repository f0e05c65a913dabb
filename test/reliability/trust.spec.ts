/**
 * Trust boundaries (issue #19), each finding of the probe as a test against
 * the real service: closed by default, keys never in URLs or logs, failed
 * authentications throttled, the page's script policy, the CSV export, the
 * earliest date, the API document's files, and links only over http(s).
 * The import path and the streams' limits have their own specs
 * (import-path.spec.ts, test/live/limits.spec.ts).
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { createApp } from '../../apps/api/src/app';
import { hashKey } from '../../apps/api/src/auth/api-keys';
import { loadConfig } from '../../apps/api/src/config/config';
import { KEYS, KEYS_ENV, startTestApp, type TestApp } from '../support/app';
import { call, openBody, statement } from './support/api';
import { startServer } from './support/server';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'parley-trust-'));
}

/** A GET from a given loopback source address (127.0.0.2 is this machine too, but another client address). */
function getFrom(url: string, localAddress: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${url}/negotiations`,
      { localAddress, headers: { Authorization: `Bearer ${key}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
  });
}

describe('trust boundaries', () => {
  describe('closed by default', () => {
    it('given a key shorter than 32 characters, then the server does not start, naming the variable and the length', async () => {
      const dataDir = tempDir();
      try {
        const env = {
          PARLEY_DATA_DIR: dataDir,
          PARLEY_LOG_LEVEL: 'silent',
          PARLEY_API_KEYS: 'sam:admin:sixteen-chars-key!',
        };
        await expect(createApp({ config: loadConfig(env) })).rejects.toThrow(/PARLEY_API_KEYS.*at least 32 characters/);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('given <dataDir>/keys.json (what `npm run keys -- add` writes) and no other setting, then the server uses it: no key 401, its key 200', async () => {
      const dataDir = tempDir();
      const key = `pk_${randomUUID()}${randomUUID()}`;
      fs.writeFileSync(
        path.join(dataDir, 'keys.json'),
        JSON.stringify([{ name: 'kim', role: 'viewer', keyHash: hashKey(key) }]),
      );
      const t = await startTestApp({ dataDir });
      try {
        expect((await call(t.url, '/negotiations')).status).toBe(401);
        expect((await call(t.url, '/negotiations', { key })).status).toBe(200);
      } finally {
        await t.cleanup();
      }
    });

    it('given no keys and a non-loopback HOST, then the server refuses to start naming PARLEY_ALLOW_LOCAL_MODE; with it set to network, it starts', async () => {
      const dataDir = tempDir();
      try {
        const env = { PARLEY_DATA_DIR: dataDir, PARLEY_LOG_LEVEL: 'silent', HOST: '0.0.0.0' };
        await expect(createApp({ config: loadConfig(env) })).rejects.toThrow(
          /PARLEY_ALLOW_LOCAL_MODE.*HOST=0\.0\.0\.0/,
        );
        const app = await createApp({ config: loadConfig({ ...env, PARLEY_ALLOW_LOCAL_MODE: 'network' }) });
        await app.close();
        const local = await createApp({ config: loadConfig({ ...env, HOST: '127.0.0.1' }) });
        await local.close();
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });

  describe('keys never leave the request', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ withKeys: true });
      await call(t.url, '/negotiations', { key: KEYS.analyst, body: openBody('trust-keys') });
    });
    afterAll(() => t.cleanup());

    it('given ?api_key= (or api%5Fkey=) on a route other than the two streams, then 401 naming the streams, whatever the key', async () => {
      for (const target of ['/admin/export', '/negotiations', '/negotiations/trust-keys/status']) {
        for (const name of ['api_key', 'api%5Fkey']) {
          const reply = await call(t.url, `${target}?${name}=${KEYS.admin}`);
          expect(reply.status).toBe(401);
          expect(reply.body).toMatchObject({ code: 'key-in-url' });
          expect(reply.body.message).toMatch(/\/stream\/events/);
        }
      }
      const write = await call(t.url, `/negotiations/trust-keys/events?api_key=${KEYS.admin}`, { body: statement(1) });
      expect(write.status).toBe(401);
      const imported = await call(t.url, `/admin/import?api_key=${KEYS.admin}`, {
        body: '',
        headers: { 'Content-Type': 'application/x-ndjson' },
      });
      expect(imported.status).toBe(401);
    });

    it('given ?api_key= on the two stream routes, then they answer with the stream', async () => {
      for (const target of ['/stream/events', '/negotiations/trust-keys/stream']) {
        const controller = new AbortController();
        const res = await fetch(`${t.url}${target}?api_key=${KEYS.viewer}`, { signal: controller.signal });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
        controller.abort();
      }
    });

    it('given a stream token from POST /stream/token (key in a header), then it opens the two streams and nothing else; a forged or altered one is refused', async () => {
      const issued = await call(t.url, '/stream/token', { method: 'POST', key: KEYS.admin });
      expect(issued.status).toBe(200);
      const { token, expiresAt } = issued.body as { token: string; expiresAt: string };
      expect(token).not.toContain(KEYS.admin);
      expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
      for (const target of ['/stream/events', '/negotiations/trust-keys/stream']) {
        const controller = new AbortController();
        const res = await fetch(`${t.url}${target}?stream_token=${encodeURIComponent(token)}`, {
          signal: controller.signal,
        });
        expect([target, res.status]).toEqual([target, 200]);
        controller.abort();
      }
      // Not a key: no other route takes it.
      expect((await call(t.url, `/admin/export?stream_token=${encodeURIComponent(token)}`)).status).toBe(401);
      expect((await call(t.url, `/negotiations?stream_token=${encodeURIComponent(token)}`)).status).toBe(401);
      const [payload, signature] = token.split('.') as [string, string];
      const forged = Buffer.from(JSON.stringify({ n: 'adam', e: Date.now() + 3_600_000 })).toString('base64url');
      for (const bad of [`${forged}.${signature}`, `${payload}.${signature.slice(0, -2)}AA`, 'not-a-token']) {
        const reply = await call(t.url, `/stream/events?stream_token=${encodeURIComponent(bad)}`);
        expect(reply.status).toBe(401);
        expect(reply.body).toMatchObject({ code: 'stream-token-invalid' });
      }
    });

    it('given requests carrying keys in their query, including a 401 and a 5xx, then the request log holds none of them', async () => {
      const dataDir = tempDir();
      const server = await startServer(dataDir, {
        PARLEY_API_KEYS: KEYS_ENV,
        PARLEY_LOG_LEVEL: 'info',
        PARLEY_MIN_POSITION_TIMEOUT_MS: '0',
      });
      try {
        expect(
          (await call(server.url, '/negotiations', { key: KEYS.analyst, body: openBody('trust-logs') })).status,
        ).toBe(201);
        // The finding: a decoded name escaped the regex on the raw URL.
        expect((await call(server.url, `/admin/export?api%5Fkey=${KEYS.admin}`)).status).toBe(401);
        expect((await call(server.url, `/negotiations?api_key=${KEYS.analyst}&x=1`)).status).toBe(401);
        // A 503 (views behind) on a stream route, where a key in the query is allowed: the 5xx path logs too.
        const behind = await call(
          server.url,
          `/negotiations/trust-logs/stream?minPosition=999999&api%5Fkey=${KEYS.viewer}`,
        );
        expect(behind.status).toBe(503);
        const controller = new AbortController();
        const stream = await fetch(`${server.url}/stream/events?api_key=${KEYS.viewer}`, { signal: controller.signal });
        expect(stream.status).toBe(200);
        controller.abort();
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        await server.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
      const log = server.output();
      // The requests were logged (with their paths)…
      expect(log).toContain('/admin/export');
      expect(log).toContain('/negotiations/trust-logs/stream');
      // …and no key, in any spelling.
      for (const key of Object.values(KEYS)) expect(log).not.toContain(key.slice(0, 20));
    }, 60_000);
  });

  describe('failed authentications', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ withKeys: true, env: { PARLEY_AUTH_FAILURE_LIMIT: '5' } });
    });
    afterAll(() => t.cleanup());

    it('given more wrong keys from one address than PARLEY_AUTH_FAILURE_LIMIT, then that address is answered 429 with Retry-After, even with a right key; another address is not', async () => {
      for (let i = 0; i < 5; i++)
        expect((await call(t.url, '/negotiations', { key: `wrong-key-${i}-${'x'.repeat(32)}` })).status).toBe(401);
      const refused = await call(t.url, '/negotiations', { key: `wrong-key-5-${'x'.repeat(32)}` });
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'auth-rate-limited' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call(t.url, '/negotiations', { key: KEYS.viewer })).status).toBe(429);
      expect(await getFrom(t.url, '127.0.0.2', KEYS.viewer)).toBe(200);
    });
  });

  describe('what the page and its exports may do', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ withKeys: true });
      expect((await call(t.url, '/negotiations', { key: KEYS.analyst, body: openBody('trust-page') })).status).toBe(
        201,
      );
    });
    afterAll(() => t.cleanup());

    it('given the dashboard page, then its script policy allows no inline script', async () => {
      const res = await fetch(`${t.url}/`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src '));
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(csp).toContain("script-src-attr 'none'");
      // …and the page has no inline script that the policy would now block.
      expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });

    it('given demand texts that start like formulas, then the matrix CSV keeps them as text (a leading apostrophe)', async () => {
      const base = statement(0);
      const formulas = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)'];
      const events = formulas.map((text, i) => ({
        eventId: randomUUID(),
        type: 'DemandTabled',
        occurredAt: '2025-10-20',
        sources: base.sources,
        data: { demandId: `formula-${i}`, by: 'pakistan', addressedTo: ['afghan-taliban'], text, category: 'security' },
      }));
      expect(
        (await call(t.url, '/negotiations/trust-page/events:batch', { key: KEYS.analyst, body: { events } })).status,
      ).toBe(201);
      const csv = (await call(t.url, '/negotiations/trust-page/matrix?format=csv', { key: KEYS.viewer })).text;
      const cells = csv
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[1]);
      for (const text of formulas) expect(csv).toContain(`'${text.replace(/"/g, '""')}`);
      for (const cell of cells) expect(cell).not.toMatch(/^"?[=+\-@]/);
    });

    it('given an occurredAt before 1900-01-01, then 400 naming the field and the earliest date, and nothing stored', async () => {
      const before = (await call(t.url, '/negotiations/trust-page/events', { key: KEYS.viewer })).body.events.length;
      for (const occurredAt of ['0000-01-01', '1899-12-31', '1899-12']) {
        const reply = await call(t.url, '/negotiations/trust-page/events', {
          key: KEYS.analyst,
          body: { ...statement(1), occurredAt },
        });
        expect(reply.status).toBe(400);
        expect(JSON.stringify(reply.body.errors)).toMatch(/occurredAt.*1900-01-01/);
      }
      expect((await call(t.url, '/negotiations/trust-page/events', { key: KEYS.viewer })).body.events.length).toBe(
        before,
      );
      expect(
        (
          await call(t.url, '/negotiations/trust-page/events', {
            key: KEYS.analyst,
            body: { ...statement(1), occurredAt: '1900-01-01' },
          })
        ).status,
      ).toBe(201);
    });

    it('given a negotiation with events decades back, then its default escalation series is answered (the latest points), not refused as too long', async () => {
      const opened = await call(t.url, '/negotiations', {
        key: KEYS.analyst,
        body: { ...openBody('trust-decades'), occurredAt: '1950-06-01' },
      });
      expect(opened.status).toBe(201);
      const series = await call(t.url, '/negotiations/trust-decades/escalation/series', { key: KEYS.viewer });
      expect(series.status).toBe(200);
      expect(series.body.points.length).toBeLessThanOrEqual(5000);
      expect(series.body.points.length).toBeGreaterThan(4000);
    });

    it('given /docs, then the files Swagger UI loads are served and nothing else of its folder', async () => {
      const html = await (await fetch(`${t.url}/docs`)).text();
      const loaded = [...html.matchAll(/(?:src|href)=["']\.?\/?([^"']+)["']/g)]
        .map((m) => m[1]!)
        .filter((f) => !f.startsWith('http'));
      expect(loaded.length).toBeGreaterThanOrEqual(4);
      for (const file of loaded)
        expect([file, (await fetch(`${t.url}/docs/${file.replace(/^docs\//, '')}`)).status]).toEqual([file, 200]);
      for (const file of [
        'package.json',
        'swagger-ui-bundle.js.map',
        'swagger-ui.js',
        'README.md',
        'oauth2-redirect.html',
        'absolute-path.js',
      ]) {
        expect([file, (await fetch(`${t.url}/docs/${file}`)).status]).toEqual([file, 404]);
      }
    });

    it('given a source URL that is not http(s), then the write is refused naming the field', async () => {
      for (const url of [
        'javascript:alert(document.domain)',
        'data:text/html,<script>alert(1)</script>',
        'ftp://example.org/x',
      ]) {
        const body = { ...statement(2), sources: [{ title: 'A link', url }] };
        const reply = await call(t.url, '/negotiations/trust-page/events', { key: KEYS.analyst, body });
        expect(reply.status).toBe(400);
        expect(JSON.stringify(reply.body.errors)).toMatch(/sources\.0\.url/);
      }
    });
  });
});
