import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, getSchemaPath, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { READS } from './auth/write-rate-limit';
import { ErrorBodyDto } from './errors/error-body.dto';
import { pathOf } from './errors/http-exception.filter';
import { EVENT_DATA_DTOS, RECORD_DTOS } from './recording/dto/event-data.dto';
import {
  describeDevelopments,
  OpenNegotiationDto,
  RecordBatchDto,
  RecordEventDto,
} from './recording/dto/record-event.dto';
import { discriminateByType } from './shared/event.dto';
import { CLOSED_SCHEMAS } from './shared/same';

/** `/openapi.json` and the interactive docs at `/docs`. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Parley')
    .setDescription(
      'Event-sourced negotiation tracker. Record developments of a negotiation as events; read its status, ' +
        'demand-acceptance matrix and escalation level now, as of any past date (`at`), as known at a past date (`knownAt`), and live (SSE). ' +
        'Examples come from the 2025 Pakistan – Afghan Taliban talks.',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'this server')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'API key',
      description: 'API key (roles: viewer, analyst, admin)',
    })
    .addSecurityRequirements('bearer')
    .build();
  const document = documentWriteLimit(
    describeEvents(describeDevelopments(closeSchemas(tidyHeaderParameters(SwaggerModule.createDocument(app, config))))),
  );
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const path = pathOf(request.url);
      if (!isDocsPath(path) || SWAGGER_UI_FILES.has(path.slice('/docs'.length) || '/')) return done();
      void reply
        .status(404)
        .type('application/json; charset=utf-8')
        .send(
          JSON.stringify({
            statusCode: 404,
            error: 'Not Found',
            message: `no route ${request.method} ${path.slice(0, 105)}`,
            code: 'not-found',
          }),
        );
    });
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', customSiteTitle: 'Parley API' });
}

/**
 * Every route that stores (every method but the reads `WriteRateLimitGuard`
 * skips) counts against the key's write budget: its 429, said once here from
 * the guard's own rule rather than on each route.
 */
export function documentWriteLimit(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, { responses?: Record<string, unknown> }>)) {
      if (READS.has(method.toUpperCase()) || !operation?.responses) continue;
      operation.responses['429'] = {
        description: `over the key's write budget (PARLEY_WRITE_RATE_LIMIT per minute): Retry-After says when to try again`,
        content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorBodyDto) } } },
      };
    }
  }
  return document;
}

/**
 * Stored events and timeline items, like the request bodies, are unions
 * discriminated by `type`: each type's `data` is that type's schema.
 */
export function describeEvents(document: OpenAPIObject): OpenAPIObject {
  discriminateByType(
    document,
    'StoredEventDto',
    (type) => `Stored${type}Dto`,
    'A stored event with its place in the log',
  );
  discriminateByType(
    document,
    'TimelineItemDto',
    (type) => `Timeline${type}ItemDto`,
    'One development of the timeline',
  );
  return document;
}

/**
 * The request bodies and every shape inside them: the server refuses a field
 * they do not name (`forbidNonWhitelisted`, `validate.ts`), so the document
 * allows none either.
 */
const REQUEST_SCHEMAS = [
  RecordEventDto,
  RecordBatchDto,
  OpenNegotiationDto,
  ...Object.values(RECORD_DTOS),
  ...EVENT_DATA_DTOS,
].map((dto) => dto.name);

/**
 * The response schemas that list every field of their body (`@Closed()`)
 * allow no other: a client generated from the document can rely on the
 * fields it names being all there are.
 */
export function closeSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const name of [...CLOSED_SCHEMAS, ...REQUEST_SCHEMAS]) {
    const schema = schemas[name];
    if (schema && !('$ref' in schema)) schema.additionalProperties = false;
  }
  return document;
}

/** Headers OpenAPI describes elsewhere (`produces`, the request body's media type, the security scheme): a parameter of that name is ignored by the spec and trips up tools. */
const DESCRIBED_ELSEWHERE: ReadonlySet<string> = new Set(['accept', 'content-type', 'authorization']);

type Parameter = { name: string; in: string; required?: boolean; description?: string };

/**
 * Header parameters as a client may send them. The Swagger module lists a
 * header a handler reads with `@Headers('if-match')` as a *required*
 * parameter of its own, beside the one the route documents with
 * `@ApiHeader` — so /docs showed `if-match` and `If-Match`, the first
 * required, and "Try it out" refused to send a request without it. Header
 * names are case-insensitive: each header is listed once per operation (the
 * documented one when there is one), required only when documented as
 * required (every header our handlers read is optional); `Accept`,
 * `Content-Type` and `Authorization` are not parameters in OpenAPI at all.
 */
export function tidyHeaderParameters(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, { parameters?: Parameter[] }>)) {
      if (!operation || !Array.isArray(operation.parameters)) continue;
      const headers = new Map<string, Parameter>();
      for (const p of operation.parameters) {
        if (p.in !== 'header') continue;
        const key = p.name.toLowerCase();
        const seen = headers.get(key);
        if (seen === undefined || (seen.description === undefined && p.description !== undefined)) headers.set(key, p);
      }
      operation.parameters = operation.parameters.flatMap((p) => {
        if (p.in !== 'header') return [p];
        const key = p.name.toLowerCase();
        if (DESCRIBED_ELSEWHERE.has(key) || headers.get(key) !== p) return [];
        return [p.description === undefined ? { ...p, required: false } : p];
      });
    }
  }
  return document;
}

/**
 * What the Swagger UI page loads, and nothing else of the swagger-ui-dist
 * folder the module serves whole (its package.json, READMEs, 2 MB source maps,
 * other bundles and an OAuth redirect page nobody here uses).
 */
const SWAGGER_UI_FILES: ReadonlySet<string> = new Set([
  '/',
  '/index.html',
  '/swagger-ui-init.js',
  '/docs/swagger-ui-init.js',
  '/swagger-ui.css',
  '/swagger-ui-bundle.js',
  '/swagger-ui-standalone-preset.js',
  '/favicon-32x32.png',
  '/favicon-16x16.png',
  '/LICENSE',
]);

/** Under `/docs` (as routing sees it: any case, no trailing slash needed). */
function isDocsPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === '/docs' || lower.startsWith('/docs/');
}
