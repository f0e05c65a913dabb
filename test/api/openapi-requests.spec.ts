/**
 * The request bodies /openapi.json documents are the ones the server takes:
 * each catalogue example, with one text or id in it made blank, empty, too
 * long, upper-case or a date, is refused by the document exactly when the
 * server refuses it (400) — so a client that validates with the document
 * neither sends what the server will refuse nor refuses what it would take.
 * (Rules across fields — a range's max not below its min, an actor listed
 * once — are the server's alone: JSON Schema cannot say them.)
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { DEVELOPMENT_TYPES, exampleDevelopment, exampleOpening } from '@parley/domain';
import { startTestApp, type TestApp } from '../support/app';
import { client, type Client, type Json } from '../support/http';
import { openApiSchema } from '../support/openapi';

const NEGOTIATION = 'oas-requests';

/** Other values for one string of a body: what an analyst might type by mistake. */
const MISTAKES: readonly [string, (value: string) => string][] = [
  ['blank', () => '   '],
  ['empty', () => ''],
  ['upper-case', (value) => value.toUpperCase()],
  ['too long', (value) => value.padEnd(4001, 'x')],
  ['a date', () => '2025-10-10'],
];

/** The path of every string in `value` (list items included). */
function strings(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

function replaced(body: Json, path: (string | number)[], value: string): Json {
  const copy = JSON.parse(JSON.stringify(body));
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1]!] = value;
  return copy;
}

describe('/openapi.json: the request bodies it documents are the ones the server takes', () => {
  let t: TestApp;
  let api: Client;
  let doc: Json;
  let ajv: Ajv;
  beforeAll(async () => {
    t = await startTestApp({ env: { PARLEY_WRITE_RATE_LIMIT: '1000000' } });
    api = client(t.url);
    doc = (await api.get('/openapi.json')).body;
    ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'openapi.json', components: openApiSchema(doc.components) });
  });
  afterAll(() => t.cleanup());

  const requestSchema = (path: string): ValidateFunction =>
    ajv.compile(openApiSchema(doc.paths[path].post.requestBody.content['application/json'].schema, 'openapi.json'));

  it('refuses a mistyped text or id exactly where the server does', async () => {
    const open = requestSchema('/negotiations');
    const development = requestSchema('/negotiations/{id}/events');
    const cases: { path: string; validate: ValidateFunction; body: Json }[] = [
      { path: '/negotiations', validate: open, body: { ...exampleOpening(), id: NEGOTIATION } },
      ...DEVELOPMENT_TYPES.map((type) => ({
        path: `/negotiations/${NEGOTIATION}/events`,
        validate: development,
        body: exampleDevelopment(type) as Json,
      })),
    ];
    const disagreements: Json[] = [];
    for (const { path, validate, body } of cases) {
      for (const at of strings(body).filter((p) => p[0] !== 'type' && p[0] !== 'id')) {
        const original = at.reduce((v: Json, key) => v[key], body) as string;
        const probes = MISTAKES.map(([mistake, make]) => ({ mistake, value: replaced(body, at, make(original)) }));
        // The bodies differ from a valid one in one string: the server's verdict on their shape is its 400 or not.
        const replies = await Promise.all(probes.map((probe) => api.post(path, probe.value)));
        probes.forEach((probe, i) => {
          const server = replies[i]!.status !== 400;
          const document = validate(probe.value);
          if (server !== document)
            disagreements.push({
              body: body.type ?? 'opening',
              field: at.join('.'),
              mistake: probe.mistake,
              server: replies[i]!.status,
              message: replies[i]!.body?.message,
              document: document ? 'accepts' : 'refuses',
            });
        });
      }
    }
    expect(disagreements).toEqual([]);
  });
});
