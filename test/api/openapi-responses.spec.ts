/**
 * /openapi.json describes what each route answers, as a client generated from
 * it would read it: every status it documents for a route, in every media
 * type it documents for it, reached over real HTTP on the example case (and,
 * for 401, 403, 429 and 503, on a server with keys or a closed store; for 410,
 * on EventStoreDB, a negotiation whose stream an operator deleted), answers in that media
 * type a body that its schema (references resolved) accepts; every message of
 * every event stream carries the data its event name is documented with; a
 * schema that lists every field of a body allows no other (a field a view
 * gains without its DTO fails here, and in `tsc`); and a request body the
 * server refuses for a field it does not take, the document refuses too.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { DEVELOPMENT_TYPES, exampleDevelopment, exampleOpening, streamName } from '@parley/domain';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import type { EventStore } from '@parley/event-store';
import { APP_CONFIG, type AppConfig } from '../../apps/api/src/config/config';
import { EVENT_STORE } from '../../apps/api/src/store/store.module';
import { EXAMPLE_LOG, importExample, KEYS, startTestApp, type TestApp } from '../support/app';
import { openBody, withId } from '../support/cases';
import { client, expectStatus, type Client, type Json } from '../support/http';
import { openApiSchema } from '../support/openapi';
import { liveEnv, SseRecorder } from '../live/support/live';
import { EsdbTestCluster } from '../esdb/server/server';

const CASE = 'pak-afghan-2025';
const NONE = 'no-such-negotiation';
/** On the EventStoreDB server: the negotiation whose stream an operator tombstoned. */
const GONE = 'oas-gone';
/** The EventStoreDB server's MaxAppendSize: an opening and a development fit in it, the example log's import does not. */
const MAX_APPEND_SIZE = 64 * 1024;
const JSON_TYPE = 'application/json';
const SSE_TYPE = 'text/event-stream';

/** One request and what it answers: the route is named as the document names it. */
interface Sample {
  readonly route: `${'get' | 'post'} ${string}`;
  readonly url: string;
  readonly status: number;
  /** The media type of the answer (JSON unless said); null: no body. */
  readonly type?: string | null;
  /** Sent as JSON, or as it is when a string. */
  readonly body?: unknown;
  readonly headers?: Record<string, string> | (() => Promise<Record<string, string>>);
  /**
   * Asked of the server with API keys (401, 403, 429), of the one whose store is closed (503), or of the one on
   * EventStoreDB (410, and the import's 413), not the local one.
   */
  readonly server?: 'keyed' | 'closed' | 'esdb';
  /** Done just before the request (a stream held open, for the 429). */
  readonly before?: () => Promise<void>;
}

/** The media type of a reply, without its parameters; null for an empty body. */
const mediaType = (contentType: string | null, text: string): string | null =>
  text === '' ? null : (contentType ?? '').split(';')[0]!.trim().toLowerCase();

describe('/openapi.json: every documented response, as a real one', () => {
  let t: TestApp;
  let keyed: TestApp;
  let closed: TestApp;
  let cluster: EsdbTestCluster;
  let esdb: TestApp;
  /** On the EventStoreDB server, before the tombstone: a development of GONE, and GONE's log as exported. */
  let goneEventId: string;
  let goneLog: string;
  let api: Client;
  let doc: Json;
  let ajv: Ajv;
  let held: SseRecorder | undefined;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    await importExample(t.url);
    // One stream per key on the keyed server: a second is its 429.
    liveEnv({ PARLEY_LIVE_MAX_STREAMS_PER_KEY: '1' });
    // One write per key and minute: the import spends the admin's, so its next write is a 429.
    keyed = await startTestApp({ withKeys: true, env: { PARLEY_WRITE_RATE_LIMIT: '1' } });
    await importExample(keyed.url, { Authorization: `Bearer ${KEYS.admin}` });
    closed = await startTestApp();
    await (closed.app.get(EVENT_STORE) as EventStore).close();
    cluster = await EsdbTestCluster.start({ maxAppendSize: MAX_APPEND_SIZE });
    esdb = await startTestApp({
      env: { PARLEY_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: cluster.connectionString() },
    });
    await goneNegotiation(client(esdb.url));
    doc = (await api.get('/openapi.json')).body;
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'openapi.json', components: openApiSchema(doc.components) });
  });
  afterAll(async () => {
    held?.close();
    liveEnv({ PARLEY_LIVE_MAX_STREAMS_PER_KEY: '' });
    await keyed.cleanup();
    await closed.cleanup().catch(() => undefined);
    await esdb?.cleanup();
    await cluster?.stop();
    await t.cleanup();
  });

  const compile = (schema: Json): ValidateFunction => ajv.compile(openApiSchema(schema, 'openapi.json'));

  /** The schema the document gives `route` for `status` in `type` (JSON by default), compiled; undefined when it gives none. */
  const schemaOf = (route: string, status: number, type = JSON_TYPE): ValidateFunction | undefined => {
    const [method, path] = route.split(' ') as [string, string];
    const schema = doc.paths[path]?.[method]?.responses?.[String(status)]?.content?.[type]?.schema;
    return schema === undefined ? undefined : compile(schema);
  };

  /** Every route, status and media type the document lists an answer for (`-`: one without a body), but event streams. */
  const documented = (): string[] =>
    Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.entries((op.responses ?? {}) as Record<string, Json>).flatMap(([status, response]) =>
          response.content === undefined
            ? [`${method} ${path} ${status} -`]
            : Object.keys(response.content as Json)
                .filter((type) => type !== SSE_TYPE)
                .map((type) => `${method} ${path} ${status} ${type}`),
        ),
      ),
    );
  const sampleKey = (s: Sample) => `${s.route} ${s.status} ${s.type === null ? '-' : (s.type ?? JSON_TYPE)}`;

  const view = (name: string, query = '') => `/negotiations/${CASE}/${name}${query}`;
  const fresh = 'oas-fresh';
  const stale = withId(EXAMPLE_EVENTS.StatementMade);
  const retried = withId(EXAMPLE_EVENTS.StatementMade);
  const key = randomUUID();
  const openKey = randomUUID();
  const batched = withId(EXAMPLE_EVENTS.MediationAction);
  const batchKey = randomUUID();
  const unknownDemand = () =>
    withId({
      ...EXAMPLE_EVENTS.PositionTaken,
      data: { ...EXAMPLE_EVENTS.PositionTaken.data, demandId: 'no-such-demand' },
    });
  const samples = (): Sample[] => [
    { route: 'get /negotiations', url: '/negotiations', status: 200 },
    { route: 'get /negotiations', url: '/negotiations?at=someday', status: 400 },
    { route: 'get /negotiations/{id}/status', url: view('status'), status: 200 },
    { route: 'get /negotiations/{id}/status', url: view('status', '?at=2025-10-20&knownAt=2025-11-01'), status: 200 },
    { route: 'get /negotiations/{id}/status', url: view('status', '?at=someday'), status: 400 },
    { route: 'get /negotiations/{id}/status', url: `/negotiations/${NONE}/status`, status: 404 },
    { route: 'get /negotiations/{id}/matrix', url: view('matrix'), status: 200 },
    { route: 'get /negotiations/{id}/matrix', url: view('matrix', '?format=xml'), status: 400 },
    { route: 'get /negotiations/{id}/matrix', url: `/negotiations/${NONE}/matrix`, status: 404 },
    { route: 'get /negotiations/{id}/escalation', url: view('escalation'), status: 200 },
    { route: 'get /negotiations/{id}/escalation', url: view('escalation', '?model=v1&drivers=50'), status: 200 },
    { route: 'get /negotiations/{id}/escalation', url: view('escalation', '?drivers=99'), status: 400 },
    { route: 'get /negotiations/{id}/escalation', url: `/negotiations/${NONE}/escalation`, status: 404 },
    { route: 'get /negotiations/{id}/escalation/series', url: view('escalation/series'), status: 200 },
    {
      route: 'get /negotiations/{id}/escalation/series',
      url: view('escalation/series', '?step=sometimes'),
      status: 400,
    },
    { route: 'get /negotiations/{id}/escalation/series', url: `/negotiations/${NONE}/escalation/series`, status: 404 },
    { route: 'get /negotiations/{id}/timeline', url: view('timeline'), status: 200 },
    { route: 'get /negotiations/{id}/timeline', url: view('timeline', '?at=someday'), status: 400 },
    { route: 'get /negotiations/{id}/timeline', url: `/negotiations/${NONE}/timeline`, status: 404 },
    { route: 'get /negotiations/{id}/changes', url: view('changes', '?since=2025-10-01'), status: 200 },
    { route: 'get /negotiations/{id}/changes', url: view('changes'), status: 400 },
    { route: 'get /negotiations/{id}/changes', url: `/negotiations/${NONE}/changes?since=2025-10-01`, status: 404 },
    {
      route: 'post /negotiations',
      url: '/negotiations',
      body: openBody(fresh),
      headers: { 'Idempotency-Key': openKey },
      status: 201,
    },
    {
      route: 'post /negotiations',
      url: '/negotiations',
      body: openBody(fresh),
      headers: { 'Idempotency-Key': openKey },
      status: 200,
    },
    { route: 'post /negotiations', url: '/negotiations', body: openBody(fresh), status: 409 },
    { route: 'post /negotiations', url: '/negotiations', body: { title: 42 }, status: 400 },
    {
      route: 'post /negotiations/{id}/events',
      url: `/negotiations/${fresh}/events`,
      body: retried,
      headers: { 'Idempotency-Key': key },
      status: 201,
    },
    {
      route: 'post /negotiations/{id}/events',
      url: `/negotiations/${fresh}/events`,
      body: retried,
      headers: { 'Idempotency-Key': key },
      status: 200,
    },
    { route: 'post /negotiations/{id}/events', url: `/negotiations/${fresh}/events`, body: {}, status: 400 },
    { route: 'post /negotiations/{id}/events', url: `/negotiations/${NONE}/events`, body: stale, status: 404 },
    {
      route: 'post /negotiations/{id}/events',
      url: `/negotiations/${fresh}/events`,
      body: stale,
      headers: { 'If-Match': '"0"' },
      status: 412,
    },
    {
      route: 'post /negotiations/{id}/events',
      url: `/negotiations/${fresh}/events`,
      body: unknownDemand(),
      status: 422,
    },
    { route: 'post /negotiations/{id}/events', url: `/negotiations/${CASE}/events`, body: retried, status: 409 },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${fresh}/events:batch`,
      body: { events: [withId(EXAMPLE_EVENTS.StatementMade), withId(EXAMPLE_EVENTS.MediationAction)] },
      status: 201,
    },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${fresh}/events:batch`,
      body: { events: [batched] },
      headers: { 'Idempotency-Key': batchKey },
      status: 201,
    },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${fresh}/events:batch`,
      body: { events: [batched] },
      headers: { 'Idempotency-Key': batchKey },
      status: 200,
    },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${fresh}/events:batch`,
      body: { events: [] },
      status: 400,
    },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${NONE}/events:batch`,
      body: { events: [stale] },
      status: 404,
    },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${fresh}/events:batch`,
      body: { events: [stale] },
      headers: { 'If-Match': '"0"' },
      status: 412,
    },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${fresh}/events:batch`,
      body: { events: [unknownDemand()] },
      status: 422,
    },
    {
      route: 'post /negotiations/{id}/events:batch',
      url: `/negotiations/${CASE}/events:batch`,
      body: { events: [batched] },
      status: 409,
    },
    { route: 'get /negotiations/{id}/events', url: `/negotiations/${CASE}/events?limit=5`, status: 200 },
    { route: 'get /negotiations/{id}/events', url: `/negotiations/${CASE}/events?type=Rumour`, status: 400 },
    { route: 'get /negotiations/{id}/events', url: `/negotiations/${NONE}/events`, status: 404 },
    { route: 'get /events/{eventId}', url: `/events/${retried.eventId}`, status: 200 },
    { route: 'get /events/{eventId}', url: `/events/${randomUUID()}`, status: 404 },
    ...textSamples(),
    ...operationSamples(),
    ...keyedSamples(),
    ...tooLargeSamples(),
    ...goneSamples(),
  ];

  /** The answers that are text: the matrix as CSV, the briefing, the export, the metrics; and the log's 304. */
  const textSamples = (): Sample[] => [
    {
      route: 'get /negotiations/{id}/matrix',
      url: view('matrix', '?format=csv'),
      status: 200,
      type: 'text/csv',
    },
    { route: 'get /negotiations/{id}/brief', url: view('brief'), status: 200, type: 'text/markdown' },
    { route: 'get /negotiations/{id}/brief', url: view('brief', '?from=someday'), status: 400 },
    { route: 'get /negotiations/{id}/brief', url: `/negotiations/${NONE}/brief`, status: 404 },
    {
      route: 'get /negotiations/{id}/events',
      url: `/negotiations/${CASE}/events`,
      status: 304,
      type: null,
      headers: async () => ({
        'If-None-Match': (await api.get(`/negotiations/${CASE}/events`)).headers.get('etag') ?? '',
      }),
    },
    {
      route: 'get /admin/export',
      url: `/admin/export?negotiation=${CASE}`,
      status: 200,
      type: 'application/x-ndjson',
    },
    { route: 'get /admin/export', url: '/admin/export?negotiation=Not%20An%20Id', status: 400 },
    { route: 'get /admin/export', url: `/admin/export?negotiation=${NONE}`, status: 404 },
    { route: 'get /metrics', url: '/metrics', status: 200, type: 'text/plain' },
  ];

  /** The catalogue, health, the stream token, the admin routes. */
  const operationSamples = (): Sample[] => [
    { route: 'get /catalogue', url: '/catalogue', status: 200 },
    { route: 'get /health', url: '/health', status: 200 },
    { route: 'post /stream/token', url: '/stream/token', status: 200 },
    {
      route: 'post /admin/import',
      url: '/admin/import',
      status: 200,
      body: fs.readFileSync(EXAMPLE_LOG, 'utf8'),
      headers: { 'Content-Type': 'application/x-ndjson' },
    },
    {
      route: 'post /admin/import',
      url: '/admin/import',
      status: 400,
      body: '{"not":"an event"}\n',
      headers: { 'Content-Type': 'application/x-ndjson' },
    },
    {
      route: 'post /admin/import',
      url: '/admin/import',
      status: 415,
      body: '<p>a log</p>',
      headers: { 'Content-Type': 'text/html' },
    },
    { route: 'post /admin/rebuild', url: '/admin/rebuild', status: 200 },
    {
      route: 'get /negotiations/{id}/stream',
      url: `/negotiations/${CASE}/stream?minPosition=soon`,
      status: 400,
    },
    { route: 'get /negotiations/{id}/stream', url: `/negotiations/${NONE}/stream`, status: 404 },
    { route: 'get /stream/events', url: '/stream/events?from=999999999', status: 400 },
    ...(['post /negotiations', 'post /negotiations/{id}/events', 'post /negotiations/{id}/events:batch'] as const).map(
      (route): Sample => ({
        route,
        url: route.slice('post '.length).replace('{id}', fresh),
        status: 415,
        body: 'type=StatementMade',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    ),
  ];

  /**
   * On the server with keys: each route without a key (401) and, where a
   * lower role exists, with the viewer's (403); each write over the admin's
   * budget and a second stream on one key (429). On the server whose store is
   * closed: each route that reads or writes the log (503).
   */
  const keyedSamples = (): Sample[] => {
    const operations = documentedOperations();
    const url = (route: string) =>
      route
        .slice(route.indexOf(' ') + 1)
        .replace('{id}', CASE)
        .replace('{eventId}', randomUUID());
    const refused = operations.flatMap(({ route, op }) =>
      ([401, 403] as const)
        .filter((status) => op.responses?.[String(status)] !== undefined)
        .map((status): Sample => ({
          route,
          url: url(route),
          status,
          server: 'keyed',
          ...(route.startsWith('post ') ? { body: {} } : {}),
          headers: status === 403 ? { Authorization: `Bearer ${KEYS.viewer}` } : {},
        })),
    );
    const overBudget = operations
      .filter(({ route, op }) => route.startsWith('post ') && op.responses?.['429'] !== undefined)
      .map(({ route }): Sample => ({
        route,
        url: url(route),
        status: 429,
        server: 'keyed',
        body: {},
        headers: { Authorization: `Bearer ${KEYS.admin}` },
      }));
    const bodies: Record<string, unknown> = {
      'post /negotiations': openBody('oas-closed'),
      'post /negotiations/{id}/events': stale,
      'post /negotiations/{id}/events:batch': { events: [stale] },
      'post /admin/import': fs.readFileSync(EXAMPLE_LOG, 'utf8'),
    };
    const unavailable = operations
      .filter(({ route, op }) => op.responses?.['503'] !== undefined && route !== 'get /health')
      .map(({ route }): Sample => ({
        route,
        url: url(route),
        status: 503,
        server: 'closed',
        ...(route.startsWith('post ') ? { body: bodies[route] } : {}),
        ...(route === 'post /admin/import' ? { headers: { 'Content-Type': 'application/x-ndjson' } } : {}),
      }));
    const holdOne = async () => {
      held ??= new SseRecorder(`${keyed.url}/stream/events`, { headers: { Authorization: `Bearer ${KEYS.viewer}` } });
      await held.until((r) => r.of('ready').length > 0, 'the first stream open');
    };
    const viewer = { Authorization: `Bearer ${KEYS.viewer}` };
    return [
      ...refused,
      ...overBudget,
      ...unavailable,
      { route: 'get /health', url: '/health', status: 503, server: 'closed' },
      {
        route: 'get /stream/events',
        url: '/stream/events',
        status: 429,
        server: 'keyed',
        headers: viewer,
        before: holdOne,
      },
      {
        route: 'get /negotiations/{id}/stream',
        url: `/negotiations/${CASE}/stream`,
        status: 429,
        server: 'keyed',
        headers: viewer,
        before: holdOne,
      },
    ];
  };

  /**
   * On the local server: a JSON body over its limit (PARLEY_BODY_LIMIT, as configured), to each route that
   * documents 413 and reads a JSON body.
   */
  const tooLargeSamples = (): Sample[] => {
    const limit = (t.app.get(APP_CONFIG) as AppConfig).bodyLimit;
    return documentedOperations()
      .filter(({ op }) => op.responses?.['413'] !== undefined && op.requestBody?.content?.[JSON_TYPE] !== undefined)
      .map(({ route }): Sample => ({
        route,
        url: route.slice(route.indexOf(' ') + 1).replace('{id}', fresh),
        status: 413,
        body: JSON.stringify({ title: 'x'.repeat(limit) }),
      }));
  };

  /**
   * On the server on EventStoreDB: each route that documents 410, asked of GONE, whose stream an operator
   * tombstoned (`goneNegotiation`); and the import, whose append is over the cluster's MaxAppendSize (413).
   */
  const goneSamples = (): Sample[] => {
    const queries: Record<string, string> = { 'get /negotiations/{id}/changes': '?since=2025-10-01' };
    const bodies: Record<string, unknown> = {
      'post /negotiations': openBody(GONE),
      'post /negotiations/{id}/events': withId(EXAMPLE_EVENTS.StatementMade),
      'post /negotiations/{id}/events:batch': { events: [withId(EXAMPLE_EVENTS.StatementMade)] },
      'post /admin/import': goneLog,
    };
    const jsonl = { 'Content-Type': 'application/x-ndjson' };
    const gone = documentedOperations()
      .filter(({ op }) => op.responses?.['410'] !== undefined)
      .map(({ route }): Sample => ({
        route,
        url:
          route
            .slice(route.indexOf(' ') + 1)
            .replace('{id}', GONE)
            .replace('{eventId}', goneEventId)
            .replace('/admin/export', `/admin/export?negotiation=${GONE}`) + (queries[route] ?? ''),
        status: 410,
        server: 'esdb',
        ...(route.startsWith('post ') ? { body: bodies[route] } : {}),
        ...(route === 'post /admin/import' ? { headers: jsonl } : {}),
      }));
    return [
      ...gone,
      {
        route: 'post /admin/import',
        url: '/admin/import',
        status: 413,
        server: 'esdb',
        body: fs.readFileSync(EXAMPLE_LOG, 'utf8'),
        headers: jsonl,
      },
    ];
  };

  /** Every operation of the document, named as a sample names its route. */
  const documentedOperations = (): { route: Sample['route']; op: Json }[] =>
    Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method} ${path}` as Sample['route'], op })),
    );

  /**
   * On the server on EventStoreDB: opens GONE with a development and exports its log, then tombstones its stream
   * as an operator would, and waits until the views have dropped it (their present answers 410 only from then).
   */
  const goneNegotiation = async (on: Client): Promise<void> => {
    expectStatus(await on.post('/negotiations', openBody(GONE)), 201);
    const development = withId(EXAMPLE_EVENTS.StatementMade);
    expectStatus(await on.post(`/negotiations/${GONE}/events`, development), 201);
    goneEventId = development.eventId;
    goneLog = expectStatus(await on.get(`/admin/export?negotiation=${GONE}`), 200).text;
    cluster.log.tombstone(streamName(GONE));
    const listed = async () =>
      (expectStatus(await on.get('/negotiations'), 200).body.negotiations as { negotiationId: string }[]).map(
        (n) => n.negotiationId,
      );
    const deadline = Date.now() + 15_000;
    while ((await listed()).includes(GONE)) {
      if (Date.now() > deadline) throw new Error(`the views did not drop ${GONE} after its tombstone`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it('answers each sampled request in its documented media type, with a body its documented schema accepts', async () => {
    const failures: Json[] = [];
    for (const s of samples()) {
      await s.before?.();
      const method = s.route.split(' ')[0]!.toUpperCase();
      const headers = typeof s.headers === 'function' ? await s.headers() : s.headers;
      const reply = await client(
        { keyed: keyed.url, closed: closed.url, esdb: esdb.url, local: t.url }[s.server ?? 'local'],
      ).raw(s.url, {
        method,
        headers: { ...(s.body === undefined ? {} : { 'Content-Type': JSON_TYPE }), ...headers },
        ...(s.body === undefined ? {} : { body: typeof s.body === 'string' ? s.body : JSON.stringify(s.body) }),
      });
      const type = mediaType(reply.headers.get('content-type'), reply.text);
      if (reply.status !== s.status || type !== (s.type === undefined ? JSON_TYPE : s.type)) {
        failures.push({
          url: s.url,
          expected: sampleKey(s),
          status: reply.status,
          type,
          body: reply.text.slice(0, 300),
        });
        continue;
      }
      if (type === null) continue;
      const validate = schemaOf(s.route, s.status, type);
      const body = type === JSON_TYPE ? reply.body : reply.text;
      if (validate === undefined) failures.push({ sample: sampleKey(s), problem: 'no schema documented' });
      else if (!validate(body)) failures.push({ sample: sampleKey(s), errors: validate.errors?.slice(0, 5) });
    }
    expect(failures).toEqual([]);
  });

  it('samples every route, status and media type it documents', () => {
    const sampled = new Set(samples().map(sampleKey));
    const unsampled = documented().filter((r) => !sampled.has(r));
    expect(unsampled).toEqual([]);
  });

  it('documents the data of every message each event stream sends, by its event name', async () => {
    const streams = Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, ops]) =>
      Object.values(ops).flatMap((op) => {
        const data = op.responses?.['200']?.content?.[SSE_TYPE]?.['x-sse-data'] as Record<string, Json> | undefined;
        // From the start of the log where the route can replay it, so that its events are sent at once.
        const replay = (op.parameters ?? []).some((p: Json) => p.in === 'query' && p.name === 'from');
        return data === undefined ? [] : [{ path, data, query: replay ? '?from=0' : '' }];
      }),
    );
    expect(streams.map((s) => s.path).sort()).toEqual(['/negotiations/{id}/stream', '/stream/events']);
    const failures: Json[] = [];
    for (const { path, data, query } of streams) {
      // `overflow` ends a stream that fell behind (test/live/slow-client.spec.ts), `deleted` tells of a stream deleted in
      // EventStoreDB outside Parley (checked against this document in test/esdb/api-views.spec.ts): every other type is
      // sent at once.
      const expected = Object.keys(data).filter((event) => event !== 'overflow' && event !== 'deleted');
      const stream = new SseRecorder(`${t.url}${path.replace('{id}', CASE)}${query}`);
      try {
        await stream.until(
          (r) => expected.every((event) => r.of(event).length > 0),
          `${expected.join(', ')} on ${path}`,
        );
        for (const message of stream.messages) {
          const schema = data[message.type];
          if (schema === undefined) failures.push({ path, event: message.type, problem: 'not documented' });
          else {
            const validate = compile(schema);
            if (!validate(JSON.parse(message.data)))
              failures.push({ path, event: message.type, errors: validate.errors?.slice(0, 5) });
          }
        }
      } finally {
        stream.close();
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses, as the server does, a request body with a field the route does not take, and accepts the catalogue's examples", async () => {
    const development = requestSchema('post /negotiations/{id}/events');
    const opening = requestSchema('post /negotiations');
    const batch = requestSchema('post /negotiations/{id}/events:batch');
    const examples = DEVELOPMENT_TYPES.map((type) => exampleDevelopment(type) as Json);
    expect(examples.filter((body) => !development(body))).toEqual([]);
    expect(opening(exampleOpening())).toBe(true);
    expect(batch({ events: examples })).toBe(true);

    const statement = exampleDevelopment('StatementMade') as Json;
    const [source] = statement.sources;
    const extras: [string, string, Json][] = [
      ['/negotiations/{id}/events', 'data.mood', { ...statement, data: { ...statement.data, mood: 'grim' } }],
      ['/negotiations/{id}/events', 'author', { ...statement, author: 'ana' }],
      ['/negotiations/{id}/events', 'sources.0.paywall', { ...statement, sources: [{ ...source, paywall: true }] }],
      ['/negotiations', 'budget', { ...exampleOpening(), id: 'oas-extra', budget: 1 }],
      ['/negotiations/{id}/events:batch', 'atomic', { events: [statement], atomic: true }],
    ];
    const failures: Json[] = [];
    for (const [path, field, body] of extras) {
      const reply = await api.post(path.replace('{id}', CASE), body);
      const named = (reply.body?.errors ?? []).some((e: Json) => String(e.field).endsWith(field));
      if (reply.status !== 400 || !named) failures.push({ path, field, server: reply.status, body: reply.body });
      if (requestSchema(`post ${path}`)(body)) failures.push({ path, field, problem: 'the document accepts it' });
    }
    expect(failures).toEqual([]);
  });

  /** The schema of `route`'s JSON request body, compiled. */
  const requestSchema = (route: string): ValidateFunction => {
    const [method, path] = route.split(' ') as [string, string];
    return compile(doc.paths[path][method].requestBody.content[JSON_TYPE].schema);
  };

  it('refuses a field a typed body does not list, at the top and nested', async () => {
    const validate = schemaOf('get /negotiations/{id}/status', 200)!;
    const status = (await api.get(view('status'))).body;
    expect(validate(status)).toBe(true);
    expect(validate({ ...status, undocumented: 1 })).toBe(false);
    expect(validate({ ...status, ceasefire: { ...status.ceasefire, undocumented: 1 } })).toBe(false);
    expect(
      validate({ ...status, demands: { ...status.demands, byConsensus: { ...status.demands.byConsensus, x: 1 } } }),
    ).toBe(false);
  });

  it("types a stored event's and a timeline item's data by their type", async () => {
    const page = schemaOf('get /negotiations/{id}/events', 200)!;
    const log = (await api.get(`/negotiations/${CASE}/events?type=StatementMade&limit=1`)).body;
    const [event] = log.events;
    expect(page(log)).toBe(true);
    expect(page({ ...log, events: [{ ...event, data: { ...event.data, mood: 'grim' } }] })).toBe(false);
    // The data of another type is not this type's.
    const opening = (await api.get(`/negotiations/${CASE}/events?limit=1`)).body.events[0];
    expect(page({ ...log, events: [{ ...event, data: opening.data }] })).toBe(false);

    const timeline = schemaOf('get /negotiations/{id}/timeline', 200)!;
    const view = (await api.get(`/negotiations/${CASE}/timeline`)).body;
    const item = view.items.find((i: Json) => i.type === 'PositionTaken');
    expect(timeline(view)).toBe(true);
    expect(timeline({ ...view, items: [{ ...item, data: { ...item.data, stance: 'furious' } }] })).toBe(false);
  });
});
