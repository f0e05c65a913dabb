/**
 * /openapi.json as a client generated from it would use it: every operation it
 * lists is a real route of that method, and a body sent in the content type it
 * documents reaches the route (judged on its content, never refused as the wrong
 * type or left unsent because the document named none).
 */
import * as fs from 'node:fs';
import { EXAMPLE_LOG, importExample, startTestApp, type TestApp } from '../support/app';
import { client, type Client, type Json } from '../support/http';

const CASE = 'pak-afghan-2025';

describe('/openapi.json, as a generated client uses it', () => {
  let t: TestApp;
  let api: Client;
  let doc: Json;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    await importExample(t.url);
    doc = (await api.get('/openapi.json')).body;
  });
  afterAll(() => t.cleanup());

  const operations = (): [string, string, Json][] =>
    Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]): [string, string, Json] => [method, path, op]),
    );
  const concrete = (path: string) => path.replace('{id}', CASE).replace('{eventId}', 'no-such-event');

  it('lists only routes the server has, with their methods', async () => {
    const missing: string[] = [];
    for (const [method, path, op] of operations()) {
      if ((op.responses?.['200']?.content ?? {})['text/event-stream']) continue; // streams stay open: see test/live
      if (method === 'post' && path === '/admin/rebuild') continue; // works, but rebuilds everything
      const reply = await api.raw(concrete(path), { method: method.toUpperCase() });
      if (reply.status === 404 && reply.body?.code === 'not-found') missing.push(`${method} ${path}`);
    }
    expect(missing).toEqual([]);
  });

  it('documents a request body for every route that reads one, and a body of that type reaches the route', async () => {
    const posts = operations().filter(([method, path]) => method === 'post' && path !== '/admin/rebuild');
    const undocumented = posts
      .filter(([, path, op]) => path !== '/stream/token' && op.requestBody === undefined)
      .map(([, path]) => path);
    expect(undocumented).toEqual([]);
    for (const [, path, op] of posts) {
      for (const type of Object.keys(op.requestBody?.content ?? {})) {
        const body = type === 'application/x-ndjson' ? fs.readFileSync(EXAMPLE_LOG, 'utf8') : '{}';
        const reply = await api.raw(concrete(path), { method: 'POST', headers: { 'Content-Type': type }, body });
        expect({ path, type, status: reply.status }).not.toEqual(expect.objectContaining({ status: 415 }));
        expect([200, 400]).toContain(reply.status);
      }
    }
  });

  it('names the key a client sends as what it is, not a JWT', () => {
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes.bearer.bearerFormat).not.toBe('JWT');
  });
});
