/**
 * The API document's header parameters: each listed once per operation
 * (header names are case-insensitive), none required (no route needs a header
 * to answer: If-Match, Idempotency-Key and Last-Event-ID are options), and no
 * Accept / Content-Type / Authorization parameter (OpenAPI ignores those; they
 * are the media types and the security scheme).
 */
import { startTestApp, type TestApp } from '../support/app';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
}
type Operations = Record<string, Record<string, { parameters?: Parameter[] }>>;

describe('/openapi.json: header parameters', () => {
  let t: TestApp;
  let operations: { id: string; parameters: Parameter[] }[];

  beforeAll(async () => {
    t = await startTestApp();
    const document = (await (await fetch(`${t.url}/openapi.json`)).json()) as { paths: Operations };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({
        id: `${method.toUpperCase()} ${path}`,
        parameters: op.parameters ?? [],
      })),
    );
  });
  afterAll(() => t.cleanup());

  it('lists no parameter twice in an operation (headers compared without case)', () => {
    const duplicates = operations.flatMap(({ id, parameters }) => {
      const keys = parameters.map((p) => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`);
      return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${id} ${k}`);
    });
    expect(duplicates).toEqual([]);
  });

  it('requires no header, and describes each one', () => {
    const headers = operations.flatMap(({ id, parameters }) =>
      parameters
        .filter((p) => p.in === 'header')
        .map((p) => ({ id, name: p.name, required: p.required ?? false, described: Boolean(p.description) })),
    );
    expect(headers.filter((h) => h.required)).toEqual([]);
    expect(headers.filter((h) => !h.described)).toEqual([]);
    expect(headers.filter((h) => ['accept', 'content-type', 'authorization'].includes(h.name.toLowerCase()))).toEqual(
      [],
    );
    // The optional headers writers use are still documented where they apply.
    const of = (id: string) =>
      headers
        .filter((h) => h.id === id)
        .map((h) => h.name)
        .sort();
    expect(of('POST /negotiations/{id}/events')).toEqual(['Idempotency-Key', 'If-Match']);
    expect(of('POST /negotiations')).toEqual(['Idempotency-Key']);
    expect(of('GET /stream/events')).toEqual(['Last-Event-ID']);
  });

  it('documents the matrix route with its two media types and no header parameter at all', () => {
    const matrix = operations.find((o) => o.id === 'GET /negotiations/{id}/matrix');
    expect(matrix?.parameters.filter((p) => p.in === 'header')).toEqual([]);
  });
});
