import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { pathOf } from './errors/http-exception.filter';
import { describeDevelopments } from './recording/dto/openapi';

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
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (roles: viewer, analyst, admin)' })
    .addSecurityRequirements('bearer')
    .build();
  const document = describeDevelopments(SwaggerModule.createDocument(app, config));
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
