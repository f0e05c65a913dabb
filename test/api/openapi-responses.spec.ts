/**
 * /openapi.json describes what each route answers, as a client generated from
 * it would read it: every status it documents for a route, reached over real
 * HTTP on the example case, answers a body that its schema (references
 * resolved) accepts, and a schema that lists every field of a body allows no
 * other (a field a view gains without its DTO fails here, and in `tsc`).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { randomUUID } from 'node:crypto';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { importExample, startTestApp, type TestApp } from '../support/app';
import { openBody, withId } from '../support/cases';
import { client, type Client, type Json } from '../support/http';

const CASE = 'pak-afghan-2025';
const NONE = 'no-such-negotiation';

/** One request and the status it answers: the route is named as the document names it. */
interface Sample {
  readonly route: `${'get' | 'post'} ${string}`;
  readonly url: string;
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * OpenAPI 3.0's `nullable` as JSON Schema says it (ajv reads JSON Schema):
 * `type: [t, 'null']`; and a nullable reference to another schema (which the
 * Swagger module writes as `{ nullable, type: object, allOf: [$ref] }`) as
 * that schema or null, as generated clients read it.
 */
function jsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) if (key !== 'nullable') out[key] = jsonSchema(value);
  if (schema.nullable !== true) return out;
  if (out.allOf !== undefined || out.$ref !== undefined) return { anyOf: [out, { type: 'null' }] };
  out.type = [out.type, 'null'];
  if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  return out;
}

describe('/openapi.json: every documented response, as a real one', () => {
  let t: TestApp;
  let api: Client;
  let doc: Json;
  let ajv: Ajv;
  beforeAll(async () => {
    t = await startTestApp();
    api = client(t.url);
    await importExample(t.url);
    doc = (await api.get('/openapi.json')).body;
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'openapi.json', components: jsonSchema(doc.components) });
  });
  afterAll(() => t.cleanup());

  /** The schema the document gives `route` for `status` (its JSON body), compiled; undefined when it gives none. */
  const schemaOf = (route: string, status: number): ValidateFunction | undefined => {
    const [method, path] = route.split(' ') as [string, string];
    const schema = doc.paths[path]?.[method]?.responses?.[String(status)]?.content?.['application/json']?.schema;
    if (schema === undefined) return undefined;
    const resolved = JSON.parse(
      JSON.stringify(jsonSchema(schema)).replace(/"#\/components\//g, '"openapi.json#/components/'),
    );
    return ajv.compile(resolved);
  };

  /** Every (route, status) the document types a JSON body for. */
  const documented = (): string[] =>
    Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        Object.entries((op.responses ?? {}) as Record<string, Json>)
          .filter(([, response]) => response.content?.['application/json']?.schema !== undefined)
          .map(([status]) => `${method} ${path} ${status}`),
      ),
    );

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
  ];

  it('answers each sampled request with a body its documented schema accepts', async () => {
    const failures: Json[] = [];
    for (const s of samples()) {
      const method = s.route.split(' ')[0]!.toUpperCase();
      const reply = await api.raw(s.url, {
        method,
        headers: { ...(s.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...s.headers },
        ...(s.body === undefined ? {} : { body: JSON.stringify(s.body) }),
      });
      if (reply.status !== s.status) {
        failures.push({ url: s.url, expected: s.status, status: reply.status, body: reply.body });
        continue;
      }
      const validate = schemaOf(s.route, s.status);
      if (validate === undefined) failures.push({ route: s.route, status: s.status, problem: 'no schema documented' });
      else if (!validate(reply.body)) failures.push({ route: s.route, status: s.status, errors: validate.errors });
    }
    expect(failures).toEqual([]);
  });

  it('samples every route and status it documents a JSON body for', () => {
    const sampled = new Set(samples().map((s) => `${s.route} ${s.status}`));
    const unsampled = documented().filter((r) => !sampled.has(r));
    expect(unsampled).toEqual([]);
  });

  it('refuses a field a typed body does not list, at the top and nested', async () => {
    const validate = schemaOf('get /negotiations/{id}/status', 200)!;
    const status = (await api.get(view('status'))).body;
    expect(validate(status)).toBe(true);
    expect(validate({ ...status, undocumented: 1 })).toBe(false);
    expect(validate({ ...status, ceasefire: { ...status.ceasefire, undocumented: 1 } })).toBe(false);
  });
});
