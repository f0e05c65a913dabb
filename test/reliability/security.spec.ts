/**
 * Security under fire: every route the running app serves refuses a missing
 * key (401) and a key of too low a role (403), except the documented public
 * ones; keys live hashed at rest (and `npm run keys` makes them so); bodies
 * are bounded (413); writes are rate-limited per key (429 + Retry-After);
 * helmet's headers are on every answer; CORS is closed unless configured; an
 * internal failure shows no internals; SQL is parameterised; an import cannot
 * collide with other streams' ids or rewrite a stored history.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { MemoryEventStore, type EventStore } from '@parley/event-store';
import { createApp } from '../../apps/api/src/app';
import { hashKey } from '../../apps/api/src/auth/api-keys';
import { servedRoutes } from '../../apps/api/src/http/route-table';
import { loadConfig } from '../../apps/api/src/config/config';
import { EVENT_STORE } from '../../apps/api/src/store/store.module';
import { KEYS, startTestApp, type TestApp } from '../support/app';
import { call, demandBatch, exportLog, openBody, statement, toJsonl, type Json, type Reply } from './support/api';
import { ROOT } from './support/server';
import { assertViewsMatchLog } from './support/views';

type Access = 'public' | 'viewer' | 'analyst' | 'admin';

/**
 * Every route and who may call it. A route the app serves that is missing
 * here fails the test, and so does an entry the app no longer serves: a new
 * route must be given its role on purpose (routes without one need admin).
 */
const ROUTES: Record<string, Access> = {
  'GET /health': 'public',
  'GET /metrics': 'viewer',
  'GET /negotiations': 'viewer',
  'POST /negotiations': 'analyst',
  'GET /negotiations/:id/status': 'viewer',
  'GET /negotiations/:id/matrix': 'viewer',
  'GET /negotiations/:id/escalation': 'viewer',
  'GET /negotiations/:id/escalation/series': 'viewer',
  'GET /negotiations/:id/timeline': 'viewer',
  'GET /negotiations/:id/changes': 'viewer',
  'GET /negotiations/:id/brief': 'viewer',
  'GET /negotiations/:id/events': 'viewer',
  'POST /negotiations/:id/events': 'analyst',
  'POST /negotiations/:id/events::batch': 'analyst',
  'GET /events/:eventId': 'viewer',
  'GET /admin/export': 'admin',
  'POST /admin/import': 'admin',
  'POST /admin/rebuild': 'admin',
  'GET /stream/events': 'viewer',
  'POST /stream/token': 'viewer',
  'GET /negotiations/:id/stream': 'viewer',
  // The dashboard (it asks for a key itself) and the API document.
  'GET /': 'public',
  'GET /assets/*': 'public',
  'GET /assets/domain/:file': 'public',
  'GET /vendor/:spec/:file': 'public',
  'GET /catalogue': 'public',
  'GET /docs': 'public',
  'GET /docs/': 'public',
  'GET /docs/index.html': 'public',
  'GET /docs/swagger-ui-init.js': 'public',
  'GET /docs/docs/swagger-ui-init.js': 'public',
  'GET /docs/LICENSE': 'public',
  // Swagger UI's own files (only those its page loads are served: apps/api/src/openapi.ts).
  'GET /docs/*': 'public',
  'GET /docs-yaml': 'public',
  'GET /openapi.json': 'public',
};

const RANK: Record<Exclude<Access, 'public'>, number> = { viewer: 0, analyst: 1, admin: 2 };
const KEY_OF = { viewer: KEYS.viewer, analyst: KEYS.analyst, admin: KEYS.admin } as const;

/** Sends a request to a route, with its parameters filled in, and stops reading an event stream as soon as it answers. */
async function hit(url: string, route: string, key: string | undefined, fill: Record<string, string>): Promise<Reply> {
  const [method, pattern] = route.split(' ') as [string, string];
  const target = pattern
    .replace(/(?<!:):(\w+)|\*$/g, (_m, a: string | undefined) => fill[a ?? 'path']!)
    .replace(/::/g, ':');
  const headers: Record<string, string> = key ? { Authorization: `Bearer ${key}` } : {};
  let body: string | undefined;
  if (method === 'POST') {
    if (target === '/admin/import') {
      headers['Content-Type'] = 'application/x-ndjson';
      body = '';
    } else {
      headers['Content-Type'] = 'application/json';
      body = target.endsWith(':batch')
        ? JSON.stringify({ events: [statement(1)] })
        : target === '/negotiations'
          ? JSON.stringify(openBody(`sec-${randomUUID().slice(0, 8)}`))
          : target.endsWith('/events')
            ? JSON.stringify(statement(2))
            : '{}';
    }
  }
  const controller = new AbortController();
  const res = await fetch(`${url}${target}`, { method, headers, body, signal: controller.signal });
  if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    controller.abort();
    return { status: res.status, headers: res.headers, text: '', body: undefined };
  }
  const text = await res.text();
  let parsed: Json;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

describe('security', () => {
  describe('every route and its role', () => {
    let t: TestApp;
    const fill: Record<string, string> = { id: 'sec', path: 'styles.css' };
    beforeAll(async () => {
      // Every route is tried with a wrong key: above the per-address throttle of wrong keys (trust.spec.ts tests that).
      t = await startTestApp({ withKeys: true, env: { PARLEY_AUTH_FAILURE_LIMIT: '1000' } });
      const opened = await call(t.url, '/negotiations', { body: openBody('sec'), key: KEYS.analyst });
      fill.eventId = opened.body.events[0].eventId;
      const page = await call(t.url, '/');
      const vendor = /\/vendor\/([^/"]+)\/([^/"]+)"/.exec(page.text)!;
      fill.spec = vendor[1]!;
      fill.file = vendor[2]!;
    });
    afterAll(() => t.cleanup());

    it('given the running app, then every route it serves is in the table of roles, and every entry of the table is served', () => {
      const served = servedRoutes(t.app.getHttpAdapter().getInstance());
      expect(served.filter((r) => !(r in ROUTES))).toEqual([]);
      expect(Object.keys(ROUTES).filter((r) => !served.includes(r))).toEqual([]);
    });

    it('given the OpenAPI document, then every operation it documents is in the table', async () => {
      const doc = (await call(t.url, '/openapi.json')).body;
      const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
        Object.keys(ops).map(
          (m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1').replace('events:batch', 'events::batch')}`,
        ),
      );
      expect(documented.length).toBeGreaterThanOrEqual(17);
      expect(documented.filter((r) => !(r in ROUTES))).toEqual([]);
    });

    it('given no key, then every route but the public ones answers 401 naming the key; the public ones do not refuse', async () => {
      for (const [route, access] of Object.entries(ROUTES)) {
        const reply = await hit(t.url, route, undefined, fill);
        if (access === 'public') {
          // (swagger-ui registers /docs/LICENSE without shipping the file: a 404, but not a refusal)
          expect({ route, refused: reply.status === 401 || reply.status === 403, failed: reply.status >= 500 }).toEqual(
            { route, refused: false, failed: false },
          );
        } else {
          expect({ route, status: reply.status, code: reply.body?.code }).toEqual({
            route,
            status: 401,
            code: 'unauthorized',
          });
          expect(reply.body.message).toMatch(/API key/);
        }
      }
    });

    it('given an unknown key, then 401 on every protected route', async () => {
      for (const [route, access] of Object.entries(ROUTES)) {
        if (access === 'public') continue;
        const reply = await hit(t.url, route, 'not-a-key-of-ours-0123456789', fill);
        expect({ route, status: reply.status }).toEqual({ route, status: 401 });
      }
    });

    it('given a key of too low a role, then 403 naming the role needed; given the role, then neither 401 nor 403', async () => {
      let checked = 0;
      for (const [route, access] of Object.entries(ROUTES)) {
        if (access === 'public') continue;
        for (const held of ['viewer', 'analyst', 'admin'] as const) {
          const reply = await hit(t.url, route, KEY_OF[held], fill);
          if (RANK[held] < RANK[access]) {
            expect({ route, held, status: reply.status }).toEqual({ route, held, status: 403 });
            expect(reply.body.message).toContain(access);
            checked++;
          } else {
            expect({ route, held, refused: reply.status === 401 || reply.status === 403 }).toEqual({
              route,
              held,
              refused: false,
            });
          }
        }
      }
      expect(checked).toBeGreaterThanOrEqual(8);
    });

    it('given a refused write, then nothing was stored', async () => {
      const before = await exportLog(t.url, KEYS.admin);
      await hit(t.url, 'POST /negotiations/:id/events', KEYS.viewer, fill);
      await hit(t.url, 'POST /negotiations/:id/events', undefined, fill);
      await hit(t.url, 'POST /admin/rebuild', KEYS.analyst, fill);
      expect(await exportLog(t.url, KEYS.admin)).toEqual(before);
    });
  });

  describe('keys at rest', () => {
    const run = promisify(execFile);

    it('given `npm run keys -- add`, then the key is printed once, the keys file holds only its sha256, and the server accepts it with its role', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-keys-'));
      const file = path.join(dir, 'keys.json');
      let t: TestApp | undefined;
      try {
        const script = (...args: string[]) =>
          run(process.execPath, ['-r', '@swc-node/register', 'scripts/keys.ts', ...args, '--file', file], {
            cwd: ROOT,
          });
        const added = await script('add', 'rel-analyst', 'analyst');
        const key = /\b(pk_[A-Za-z0-9_-]{43})\b/.exec(added.stdout)?.[1];
        expect(key).toBeDefined();
        await script('add', 'rel-viewer', 'viewer');
        const stored = fs.readFileSync(file, 'utf8');
        expect(stored).not.toContain(key!);
        expect(JSON.parse(stored)).toEqual([
          expect.objectContaining({ name: 'rel-analyst', role: 'analyst', keyHash: hashKey(key!) }),
          expect.objectContaining({
            name: 'rel-viewer',
            role: 'viewer',
            keyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          }),
        ]);
        expect(fs.statSync(file).mode & 0o077).toBe(0);
        const listed = await script('list');
        expect(listed.stdout).toContain('rel-analyst\tanalyst');
        expect(listed.stdout).not.toMatch(/pk_|[0-9a-f]{64}/);
        await expect(script('add', 'rel-analyst', 'admin')).rejects.toMatchObject({ code: 2 });

        t = await startTestApp({ env: { PARLEY_KEYS_FILE: file } });
        const written = await call(t.url, '/negotiations', { body: openBody('keys-at-rest'), key });
        expect(written.status).toBe(201);
        expect(written.body.events[0].recordedBy).toBe('rel-analyst');
        expect((await call(t.url, '/admin/export', { key })).status).toBe(403);
        expect((await call(t.url, '/negotiations', { key: hashKey(key!) })).status).toBe(401);

        await script('remove', 'rel-analyst');
        expect(JSON.parse(fs.readFileSync(file, 'utf8')).map((e: Json) => e.name)).toEqual(['rel-viewer']);
      } finally {
        await t?.cleanup();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);

    it('given keys in PARLEY_API_KEYS, then no answer ever echoes a presented key', async () => {
      const t = await startTestApp({ withKeys: true });
      try {
        const secret = 'a-presented-key-that-is-wrong-0123456789';
        for (const reply of [
          await call(t.url, '/negotiations', { key: secret }),
          await call(t.url, '/negotiations', { key: KEYS.viewer, body: openBody('x') }),
        ]) {
          expect(reply.text).not.toContain(secret);
          expect(reply.text).not.toContain(KEYS.viewer);
        }
      } finally {
        await t.cleanup();
      }
    });
  });

  describe('limits and headers', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ withKeys: true, env: { PARLEY_WRITE_RATE_LIMIT: '6' } });
      await call(t.url, '/negotiations', { body: openBody('limits'), key: KEYS.admin });
    });
    afterAll(() => t.cleanup());

    it('given a body over the limit, then 413 naming it, and nothing stored', async () => {
      const before = await exportLog(t.url, KEYS.admin);
      const big = { ...statement(1), note: 'x'.repeat(1_100_000) };
      const reply = await call(t.url, '/negotiations/limits/events', { body: big, key: KEYS.viewer });
      expect(reply.status).toBe(413);
      expect(reply.body).toMatchObject({ code: 'entity.too.large', message: expect.stringContaining('too large') });
      expect(await exportLog(t.url, KEYS.admin)).toEqual(before);
    });

    it('given a URL over 16 KB, then 431 with a JSON message; given bytes that are not HTTP, then 400 with one', async () => {
      const long = await call(t.url, `/negotiations/limits/status?at=${'9'.repeat(20_000)}`, { key: KEYS.viewer });
      expect(long.status).toBe(431);
      expect(long.body).toMatchObject({ code: 'headers-too-large', message: expect.stringContaining('too large') });
      const { port } = new URL(t.url);
      const raw = await new Promise<string>((resolve) => {
        let text = '';
        const socket = net.connect(Number(port), '127.0.0.1', () =>
          socket.write('GET / HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n'),
        );
        socket.on('data', (chunk) => (text += chunk.toString('utf8')));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ statusCode: 400, code: 'bad-http' });
    });

    it('given more writes than PARLEY_WRITE_RATE_LIMIT in a minute, then 429 with Retry-After, per key, writes only, and nothing stored', async () => {
      const writes: Reply[] = [];
      // Single and batch writes share one budget; refused ones (400) count too.
      for (let i = 0; i < 3; i++)
        writes.push(await call(t.url, '/negotiations/limits/events', { body: statement(i), key: KEYS.analyst }));
      writes.push(
        await call(t.url, '/negotiations/limits/events:batch', { body: { events: demandBatch(1) }, key: KEYS.analyst }),
      );
      writes.push(await call(t.url, '/negotiations/limits/events', { body: { nonsense: true }, key: KEYS.analyst }));
      writes.push(await call(t.url, '/negotiations', { body: openBody('limits-2'), key: KEYS.analyst }));
      expect(writes.map((r) => r.status)).toEqual([201, 201, 201, 201, 400, 201]);
      expect(writes[0]!.headers.get('x-ratelimit-limit')).toBe('6');

      const before = await exportLog(t.url, KEYS.admin);
      const refused = await call(t.url, '/negotiations/limits/events', { body: statement(9), key: KEYS.analyst });
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({
        code: 'rate-limited',
        message: expect.stringMatching(/6 writes per minute/),
      });
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
      expect(
        (
          await call(t.url, '/negotiations/limits/events:batch', {
            body: { events: [statement(10)] },
            key: KEYS.analyst,
          })
        ).status,
      ).toBe(429);
      expect(await exportLog(t.url, KEYS.admin)).toEqual(before);

      // Reads are not limited; other keys have their own budget; no key is still 401, a viewer still 403.
      for (let i = 0; i < 10; i++)
        expect((await call(t.url, '/negotiations/limits/status', { key: KEYS.analyst })).status).toBe(200);
      expect((await call(t.url, '/negotiations/limits/events', { body: statement(11), key: KEYS.admin })).status).toBe(
        201,
      );
      expect((await call(t.url, '/negotiations/limits/events', { body: statement(12) })).status).toBe(401);
      expect((await call(t.url, '/negotiations/limits/events', { body: statement(13), key: KEYS.viewer })).status).toBe(
        403,
      );
    });

    it.each([
      ['GET', '/health', undefined],
      ['GET', '/negotiations', undefined],
      ['GET', '/negotiations/limits/status', KEYS.viewer],
      ['GET', '/no/such/route', KEYS.viewer],
      ['GET', '/', undefined],
      ['GET', '/openapi.json', undefined],
    ])('given %s %s, then helmet’s headers are set and X-Powered-By is not', async (method, p, key) => {
      const reply = await call(t.url, p, { method, key });
      expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
      expect(reply.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(reply.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
      expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(reply.headers.get('referrer-policy')).toBe('no-referrer');
      expect(reply.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('CORS', () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/negotiations`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });

    it('given no PARLEY_CORS_ORIGINS, then no origin is allowed, not even for a preflight', async () => {
      const t = await startTestApp({ withKeys: true });
      try {
        const get = await call(t.url, '/negotiations', {
          key: KEYS.viewer,
          headers: { Origin: 'https://evil.example' },
        });
        expect(get.headers.get('access-control-allow-origin')).toBeNull();
        const pre = await preflight(t.url, 'https://evil.example');
        expect(pre.headers.get('access-control-allow-origin')).toBeNull();
        expect(pre.headers.get('access-control-allow-methods')).toBeNull();
      } finally {
        await t.cleanup();
      }
    });

    it('given PARLEY_CORS_ORIGINS, then those origins and only those are allowed', async () => {
      const t = await startTestApp({
        withKeys: true,
        env: { PARLEY_CORS_ORIGINS: 'https://dash.example, https://other.example' },
      });
      try {
        const ok = await call(t.url, '/negotiations', {
          key: KEYS.viewer,
          headers: { Origin: 'https://dash.example' },
        });
        expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example');
        expect(ok.headers.get('access-control-expose-headers')).toContain('ETag');
        const pre = await preflight(t.url, 'https://other.example');
        expect(pre.headers.get('access-control-allow-origin')).toBe('https://other.example');
        const evil = await call(t.url, '/negotiations', {
          key: KEYS.viewer,
          headers: { Origin: 'https://evil.example' },
        });
        expect(evil.headers.get('access-control-allow-origin')).toBeNull();
        expect(
          (await preflight(t.url, 'https://dash.example.evil.example')).headers.get('access-control-allow-origin'),
        ).toBeNull();
      } finally {
        await t.cleanup();
      }
    });
  });

  describe('no internals in errors', () => {
    const INTERNALS = /boom|\/secret|node_modules|\bat \w+ \(|\.ts:\d+|SQLITE_|\bstack\b|\bError:/;

    it('given a store that throws an unexpected error, then 500 says only that it was logged', async () => {
      const inner = new MemoryEventStore();
      const store = new Proxy(inner, {
        get(target, prop, receiver) {
          if (prop === 'readEvent') {
            return async () => {
              throw new Error('boom at /secret/path/parley.sqlite\n    at Object.<anonymous> (/work/main/x.ts:1:1)');
            };
          }
          const value = Reflect.get(target, prop, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }) as EventStore;
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-internal-'));
      const app = await createApp({
        config: loadConfig({ PARLEY_DATA_DIR: dataDir, PARLEY_LOG_LEVEL: 'silent', PORT: '0' }),
        store,
      });
      try {
        await app.listen(0, '127.0.0.1');
        const { port } = app.getHttpServer().address() as net.AddressInfo;
        const reply = await call(`http://127.0.0.1:${port}`, `/events/${randomUUID()}`);
        expect(reply.status).toBe(500);
        expect(reply.body).toEqual({
          statusCode: 500,
          error: 'Internal Server Error',
          message: 'internal error; it has been logged',
          code: 'internal',
        });
        expect(reply.text).not.toMatch(INTERNALS);
      } finally {
        await app.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });

    it('given a closed store, then writes, reads and health answer 503 without internals', async () => {
      const t = await startTestApp({ withKeys: true });
      try {
        await call(t.url, '/negotiations', { body: openBody('closing'), key: KEYS.analyst });
        await (t.app.get(EVENT_STORE) as EventStore).close();
        const replies = [
          await call(t.url, '/negotiations/closing/events', { body: statement(1), key: KEYS.analyst }),
          await call(t.url, '/negotiations/closing/events', { key: KEYS.viewer }),
          await call(t.url, `/events/${randomUUID()}`, { key: KEYS.viewer }),
          await call(t.url, '/admin/export', { key: KEYS.admin }),
          await call(t.url, '/health'),
        ];
        for (const reply of replies) {
          expect(reply.status).toBe(503);
          expect(reply.text).not.toMatch(INTERNALS);
          expect(reply.text).not.toContain(t.dataDir);
        }
        expect(replies[0]!.body).toMatchObject({
          code: 'store-unavailable',
          message: expect.stringContaining('unavailable'),
        });
        expect(replies[4]!.body).toMatchObject({ status: 'error', store: { reachable: false } });
      } finally {
        await t.cleanup().catch(() => undefined);
      }
    });
  });

  describe('SQL', () => {
    /** Files that talk to SQLite. */
    const SQL_FILES = [
      ...fs
        .readdirSync(path.join(ROOT, 'libs/event-store/src/sqlite'))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
        .map((f) => path.join('libs/event-store/src/sqlite', f)),
      'apps/api/src/views/snapshot-store.ts',
    ];

    it('given the SQLite code, then every ${…} in its SQL names a constant of that file, never a value, and no SQL is concatenated', () => {
      const findings: string[] = [];
      let statements = 0;
      for (const file of SQL_FILES) {
        const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
        // Constants initialised with a literal: a string or template without ${…}, or a number.
        const constants = new Set(
          [...source.matchAll(/\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*(?:'[^'\n]*'|"[^"\n]*"|`[^`$]*`|\d+)\s*;/g)].map(
            (m) => m[1]!,
          ),
        );
        // Every template literal that reads as SQL, wherever it is (a prepare call or a variable handed to one).
        for (const template of source.matchAll(/`(?:[^`\\]|\\.)*`/g)) {
          if (!/\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|WHERE|PRAGMA|VALUES)\b|user_version/.test(template[0]))
            continue;
          statements++;
          for (const expr of template[0].matchAll(/\$\{\s*([^}]*)\}/g)) {
            if (!constants.has(expr[1]!.trim()))
              findings.push(`${file}: \${${expr[1]}} in ${template[0].slice(0, 80)}`);
          }
        }
        // Concatenating into SQL is as bad as interpolating.
        for (const concat of source.matchAll(
          /(['"])[^'"\n]*\b(SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES)\b[^'"\n]*\1\s*\+/g,
        ))
          findings.push(`${file}: ${concat[0]}`);
      }
      expect(SQL_FILES.length).toBeGreaterThanOrEqual(2);
      // (The scan does see the SQL: the store builds its statements from constant fragments.)
      expect(statements).toBeGreaterThanOrEqual(8);
      expect(findings).toEqual([]);
    });
  });

  describe('ids named like the machinery of objects', () => {
    it('given demand ids such as constructor or toString, then they are ordinary ids: unknown until tabled, tabled once, and the views survive a rebuild', async () => {
      const t = await startTestApp();
      try {
        await call(t.url, '/negotiations', { body: openBody('proto-names') });
        const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
        const position = (demandId: string) => ({
          ...statement(0),
          type: 'PositionTaken',
          data: { demandId, actorId: 'afghan-taliban', stance: 'rejected' },
        });
        for (const name of names) {
          // Not tabled: `name in {}` is true for these, but the rules look at own entries only.
          const early = await call(t.url, '/negotiations/proto-names/events', { body: position(name) });
          expect({ name, status: early.status, code: early.body.code }).toEqual({
            name,
            status: 422,
            code: 'unknown-demand',
          });
        }
        for (const [i, name] of names.entries()) {
          const [demand, , said] = demandBatch(i, 'proto');
          const tabled = await call(t.url, '/negotiations/proto-names/events:batch', {
            body: { events: [{ ...demand, data: { ...demand.data, demandId: name } }, position(name), said] },
          });
          expect({ name, status: tabled.status }).toEqual({ name, status: 201 });
        }
        const again = await call(t.url, '/negotiations/proto-names/events', {
          body: {
            ...demandBatch(9, 'again')[0],
            data: { ...demandBatch(9, 'again')[0].data, demandId: 'constructor' },
          },
        });
        expect(again.status).toBe(409);
        // `__proto__` is no id at all.
        const proto = await call(t.url, '/negotiations/proto-names/events', {
          body: { ...demandBatch(10, 'x')[0], data: { ...demandBatch(10, 'x')[0].data, demandId: '__proto__' } },
        });
        expect(proto.status).toBe(400);
        const matrix = (await call(t.url, '/negotiations/proto-names/matrix')).body;
        expect(matrix.rows.map((r: Json) => r.demandId ?? r.demand?.demandId)).toEqual(names);
        const lines = await exportLog(t.url);
        const before = await assertViewsMatchLog(t.url, ['proto-names'], lines, 'prototype-named ids');
        expect((await call(t.url, '/admin/rebuild', { method: 'POST' })).status).toBe(200);
        expect(await assertViewsMatchLog(t.url, ['proto-names'], lines, 'prototype-named ids, rebuilt')).toEqual(
          before,
        );
      } finally {
        await t.cleanup();
      }
    });
  });

  describe('import cannot collide or rewrite history', () => {
    let t: TestApp;
    let original: Awaited<ReturnType<typeof exportLog>>;
    const importText = (text: string) =>
      call(t.url, '/admin/import', {
        body: text,
        headers: { 'Content-Type': 'application/x-ndjson' },
        key: KEYS.admin,
      });

    beforeAll(async () => {
      t = await startTestApp({ withKeys: true });
      await call(t.url, '/negotiations', { body: openBody('held'), key: KEYS.analyst });
      await call(t.url, '/negotiations/held/events', { body: statement(1), key: KEYS.analyst });
      await call(t.url, '/negotiations', { body: openBody('other'), key: KEYS.analyst });
      original = await exportLog(t.url, KEYS.admin);
    });
    afterAll(() => t.cleanup());

    it('given a file whose event ids are stored in another negotiation, then the whole file is refused naming the line, and nothing stored', async () => {
      const held = original.filter((l) => l.stream === 'negotiation-held');
      // The same events under another negotiation id: their ids collide with negotiation-held's.
      const moved = held.map((l) => ({
        ...l,
        stream: 'negotiation-moved',
        data: l.type === 'NegotiationOpened' ? { ...l.data, negotiationId: 'moved' } : l.data,
        metadata: { ...l.metadata, negotiationId: 'moved' },
      }));
      const reply = await importText(toJsonl(moved));
      expect(reply.status).toBe(400);
      expect(reply.body.message).toMatch(/line 1: event id .* is already stored in negotiation-held/);
      expect(await exportLog(t.url, KEYS.admin)).toEqual(original);
    });

    it('given another log for a negotiation that exists (a second opening), then the whole file is refused naming the stream, and nothing stored', async () => {
      const other = await startTestApp({ withKeys: true });
      try {
        // Somebody else's "held": same negotiation id, other events.
        await call(other.url, '/negotiations', {
          body: { ...openBody('held'), title: 'Another history' },
          key: KEYS.analyst,
        });
        await call(other.url, '/negotiations/held/events', { body: statement(7), key: KEYS.analyst });
        await call(other.url, '/negotiations', { body: openBody('fresh'), key: KEYS.analyst });
        const theirs = await exportLog(other.url, KEYS.admin);
        for (const file of [theirs, theirs.map(({ revision: _r, position: _p, ...rest }) => rest)]) {
          const reply = await importText(toJsonl(file as never));
          expect(reply.status).toBe(400);
          expect(reply.body.message).toMatch(/negotiation-held already holds event .* at revision 0/);
          expect(reply.body.message).toContain('line 1');
          expect(await exportLog(t.url, KEYS.admin)).toEqual(original);
        }
      } finally {
        await other.cleanup();
      }
    });

    it('given a log that continues a stored negotiation at the wrong revision, then it is refused; at the right one, it is imported', async () => {
      const held = original.filter((l) => l.stream === 'negotiation-held');
      const next = { ...held[1]!, id: randomUUID(), data: { ...held[1]!.data, summary: 'The next statement.' } };
      const gap = await importText(toJsonl([{ ...next, revision: 5 }]));
      expect(gap.status).toBe(400);
      expect(gap.body.message).toMatch(
        /negotiation-held is at revision 1 in the store, but the file's events of it start at revision 5/,
      );
      expect(await exportLog(t.url, KEYS.admin)).toEqual(original);
      const edited = await importText(
        toJsonl([held[0]!, { ...held[1]!, data: { ...held[1]!.data, summary: 'Rewritten.' } }]),
      );
      expect(edited.status).toBe(400);
      expect(edited.body.message).toContain('line 2');
      const continued = await importText(toJsonl([...held, { ...next, revision: 2 }]));
      expect(continued.status).toBe(200);
      expect(continued.body).toMatchObject({ stored: 1, skipped: 2 });
      const after = await exportLog(t.url, KEYS.admin);
      expect(after.slice(0, original.length)).toEqual(original);
      expect(after.at(-1)).toMatchObject({ stream: 'negotiation-held', revision: 2, id: next.id });
    });
  });
});
