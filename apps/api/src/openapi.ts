import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { describeDevelopments } from './recording/dto/openapi';

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
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', customSiteTitle: 'Parley API' });
}
