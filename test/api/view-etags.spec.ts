/**
 * Repeat reads of the views: status, matrix and escalation carry an ETag; a
 * client that sends it back (`If-None-Match`) while nothing changed gets 304
 * with no body, and any new event gives the next read a new ETag and the new
 * body. Against the real server, over HTTP.
 */
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import { startTestApp, type TestApp } from '../support/app';
import { client, type Client, expectStatus, type Reply } from '../support/http';

const ID = EXAMPLE_OPEN_NEGOTIATION.id;
/** A fixed `at` (after every example date) and `knownAt` far ahead: these reads do not move with the clock. */
const AS_OF = 'at=2030-01-01&knownAt=2100-01-01';

function etagOf(reply: Reply): string {
  const etag = reply.headers.get('etag');
  if (etag === null) throw new Error(`no ETag on a ${reply.status} reply to a view`);
  return etag;
}

describe('view ETags and 304', () => {
  let t: TestApp;
  let api: Client;
  let n = 0;
  const record = async () => {
    const example = EXAMPLE_EVENTS.StatementMade;
    const body = { ...example, data: { ...example.data, summary: `${example.data.summary} (${++n})` } };
    return expectStatus(await api.post(`/negotiations/${ID}/events`, body), 201).body.position as number;
  };

  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    expectStatus(await api.post('/negotiations', EXAMPLE_OPEN_NEGOTIATION), 201);
    await record();
  });
  afterAll(() => t.cleanup());

  it.each(['status', 'matrix', 'escalation'])(
    'given a repeat read of %s with the ETag of the first, then 304 with no body; without it, the same body and ETag',
    async (view) => {
      const first = expectStatus(await api.get(`/negotiations/${ID}/${view}?${AS_OF}`), 200);
      const etag = etagOf(first);
      expect(first.body.negotiationId).toBe(ID);

      const again = expectStatus(await api.get(`/negotiations/${ID}/${view}?${AS_OF}`), 200);
      expect(etagOf(again)).toBe(etag);
      expect(again.text).toBe(first.text);

      const notModified = await api.get(`/negotiations/${ID}/${view}?${AS_OF}`, { 'If-None-Match': etag });
      expect(notModified.status).toBe(304);
      expect(notModified.text).toBe('');
      expect(etagOf(notModified)).toBe(etag);

      // Another ETag (or one of a list that holds it) is compared as RFC 9110 says.
      expect((await api.get(`/negotiations/${ID}/${view}?${AS_OF}`, { 'If-None-Match': '"other"' })).status).toBe(200);
      expect(
        (await api.get(`/negotiations/${ID}/${view}?${AS_OF}`, { 'If-None-Match': `"other", W/${etag}` })).status,
      ).toBe(304);
    },
  );

  it('given a new event, then the next read has a new ETag and the new body, and the old ETag gets 200', async () => {
    const before = expectStatus(await api.get(`/negotiations/${ID}/status?${AS_OF}`), 200);
    const etag = etagOf(before);
    const position = await record();
    const after = await api.get(`/negotiations/${ID}/status?${AS_OF}&minPosition=${position}`, {
      'If-None-Match': etag,
    });
    expect(after.status).toBe(200);
    expect(etagOf(after)).not.toBe(etag);
    expect(after.text).not.toBe(before.text);
    expect(after.body.latestDevelopment.eventId).not.toBe(before.body.latestDevelopment.eventId);
  });

  it('given views of the present, then a repeat read right after is 304 too, and a new event changes the ETag', async () => {
    const first = expectStatus(await api.get(`/negotiations/${ID}/matrix`), 200);
    const etag = etagOf(first);
    expect((await api.get(`/negotiations/${ID}/matrix`, { 'If-None-Match': etag })).status).toBe(304);
    const position = await record();
    const next = await api.get(`/negotiations/${ID}/escalation?minPosition=${position}`);
    const again = await api.get(`/negotiations/${ID}/escalation?minPosition=${position}`, {
      'If-None-Match': etagOf(next),
    });
    expect(again.status).toBe(304);
    const changed = await record();
    const later = await api.get(`/negotiations/${ID}/escalation?minPosition=${changed}`, {
      'If-None-Match': etagOf(next),
    });
    expect(later.status).toBe(200);
    expect(etagOf(later)).not.toBe(etagOf(next));
  });

  it('given the same matrix as JSON and as CSV, then each has its own ETag and content type', async () => {
    const asJson = expectStatus(await api.get(`/negotiations/${ID}/matrix?${AS_OF}`), 200);
    const asCsv = expectStatus(await api.get(`/negotiations/${ID}/matrix?${AS_OF}&format=csv`), 200);
    expect(asCsv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(asJson.headers.get('content-type')).toMatch(/^application\/json/);
    expect(etagOf(asCsv)).not.toBe(etagOf(asJson));
    const csvAgain = await api.get(`/negotiations/${ID}/matrix?${AS_OF}&format=csv`, {
      'If-None-Match': etagOf(asJson),
    });
    expect(csvAgain.status).toBe(200);
    expect(csvAgain.text).toBe(asCsv.text);
  });
});
