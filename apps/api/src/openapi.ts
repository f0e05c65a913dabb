import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { describeDevelopments } from './recording/dto/record-event.dto';

/** `/openapi.json` and the interactive docs at `/docs`. */
export function setupOpenApi(app: INestApplication): void {
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
  app.use('/docs', onlySwaggerUiFiles);
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

function onlySwaggerUiFiles(req: Request, res: Response, next: NextFunction): void {
  if (SWAGGER_UI_FILES.has(req.path)) return next();
  res.status(404).json({
    statusCode: 404,
    error: 'Not Found',
    message: `no route ${req.method} /docs${req.path.slice(0, 100)}`,
    code: 'not-found',
  });
}
