/**
 * Errors a script writer meets with curl, requests or fetch, and whether the
 * answer says what to do: a mistyped key, a body that is JSON but no object or
 * not UTF-8, a
 * body over the limit, a zone's `+` left unescaped in a query, a range whose
 * start is after its end, and the headers a page's script may read across origins.
 */
import { KEYS, startTestApp, type TestApp } from '../support/app';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { openBody, withId } from '../support/cases';
import { client, type Client, expectStatus } from '../support/http';

const ORIGIN = 'https://analysts.example';

describe('error answers a script can act on', () => {
  let t: TestApp;
  let api: Client;
  beforeAll(async () => {
    t = await startTestApp({ withKeys: true, env: { PARLEY_BODY_LIMIT: '2kb', PARLEY_CORS_ORIGINS: ORIGIN } });
    api = client(t.url, KEYS.admin);
    expectStatus(await api.post('/negotiations', openBody('errors')), 201);
  });
  afterAll(() => t.cleanup());

  it('a key that is not known is told so, not asked to send the key it sent', async () => {
    const wrong = await api.as('not-a-key-of-this-service-0123456789').get('/negotiations');
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toMatch(/not known/);
    expect(wrong.body.message).not.toMatch(/required/);
    const none = await api.as(undefined).get('/negotiations');
    expect(none.status).toBe(401);
    expect(none.body.message).toMatch(/required/);
  });

  it.each([
    ['"a string"', 'string'],
    ['null', 'null'],
    ['42', 'number'],
  ])('a body that is JSON but no object (%s) is a 400 saying so, not "not valid JSON"', async (body, kind) => {
    const reply = await api.post('/negotiations/errors/events', body);
    expect(reply.status).toBe(400);
    expect(reply.body.message).toBe(`the body must be a JSON object ({ … }), not ${kind}`);
    expect(reply.body.errors).toEqual([{ field: 'body', problems: [reply.body.message] }]);
  });

  it('a body in Latin-1 (not UTF-8) is a 400 saying so, not stored with U+FFFD in place of its letters', async () => {
    const before = (await api.get('/negotiations/errors/events')).body.revision;
    const development = { ...withId(EXAMPLE_EVENTS.StatementMade), note: 'Türkiye, Erdoğan' };
    const latin1 = new Uint8Array(Buffer.from(JSON.stringify(development).replace('ğ', 'g'), 'latin1')).buffer;
    const reply = await api.raw('/negotiations/errors/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: latin1,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain('UTF-8');
    expect((await api.get('/negotiations/errors/events')).body.revision).toBe(before);
    // The same development in UTF-8 is stored as written.
    const stored = expectStatus(await api.post('/negotiations/errors/events', development), 201);
    expect(stored.body.events[0].note).toBe('Türkiye, Erdoğan');
  });

  it('a body sent with no Content-Type (Python’s http.client, a bare fetch) is a 415 that says to add it', async () => {
    const reply = await api.raw('/negotiations/errors/events', { method: 'POST', body: new Blob(['{}']) });
    expect(reply.status).toBe(415);
    expect(reply.body.message).toBe(
      'send the body as application/json (Content-Type: application/json), the request has no Content-Type',
    );
  });

  it('a method a path does not take is a 405 naming those it takes (also in Allow); a path it lacks stays a 404', async () => {
    const put = await api.raw('/negotiations/errors/events', { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST, GET, HEAD');
    expect(put.body).toMatchObject({ code: 'method-not-allowed', details: { allowed: ['POST', 'GET', 'HEAD'] } });
    expect(put.body.message).toBe('PUT is not a method of /negotiations/errors/events: it takes POST, GET, HEAD');
    expect((await api.raw('/negotiations/errors/events:batch', { method: 'GET' })).headers.get('allow')).toBe('POST');
    const missing = await api.raw('/negotiations/errors/evnets', { method: 'GET' });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not-found');
    // A route that takes the method but has nothing at that path: a 404, not "GET is not a method".
    expect((await api.raw('/assets/no-such-file.js', { method: 'GET' })).status).toBe(404);
  });

  it('a body over the limit is a 413 naming the limit and its setting', async () => {
    const reply = await api.post('/negotiations/errors/events', { note: 'x'.repeat(3000) });
    expect(reply.status).toBe(413);
    expect(reply.body.message).toContain('2048 bytes');
    expect(reply.body.message).toContain('PARLEY_BODY_LIMIT');
  });

  it('a date-time whose "+" was sent unescaped (a space in a query) is a 400 that says to write it %2B', async () => {
    const reply = await api.get('/negotiations/errors/status?at=2025-10-20T12:00:00+05:00');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('at');
    expect(reply.body.message).toContain('%2B');
    expect((await api.get('/negotiations/errors/status?at=2025-10-20T12:00:00%2B05:00')).body.at).toBe(
      '2025-10-20T07:00:00.000Z',
    );
  });

  it.each([
    ['escalation/series?from=2025-10-10&to=2025-10-01', 'from', 'from (2025-10-10T00:00:00.000Z) must not be after to'],
    ['changes?since=2025-10-10&until=2025-10-01', 'since', 'since (2025-10-10T00:00:00.000Z) must not be after until'],
    ['changes?since=2025-10-10&at=2025-10-01', 'since', 'must not be after at (2025-10-01T23:59:59.999Z)'],
    ['escalation/series?step=0d', 'step', 'positive duration'],
  ])('%s: a 400 naming %s with the dates as read, as every malformed request', async (query, field, text) => {
    const reply = await api.get(`/negotiations/errors/${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect(reply.body.message).toContain(text);
  });

  it('a page on an allowed origin may read Retry-After, the write budget and a CSV’s file name, as curl can', async () => {
    const reply = await api.get('/negotiations/errors/matrix?format=csv', { Origin: ORIGIN });
    expect(reply.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const exposed = (reply.headers.get('access-control-expose-headers') ?? '').toLowerCase().split(/,\s*/);
    expect(reply.headers.get('content-disposition')).toContain('matrix.csv');
    const write = await api.post('/negotiations/errors/events', {}, { Origin: ORIGIN });
    for (const name of ['retry-after', 'x-ratelimit-remaining', 'content-disposition', 'etag']) {
      expect(exposed).toContain(name);
    }
    expect(write.headers.get('x-ratelimit-remaining')).not.toBeNull();
  });
});
