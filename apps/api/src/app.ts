import 'reflect-metadata';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { EventStore } from '@parley/event-store';
import { AppModule } from './app.module';
import { type AppConfig, loadConfig } from './config/config';
import { validationExceptionFactory } from './errors/validation';
import { setupOpenApi } from './openapi';
import { MetricsService } from './ops/metrics.service';

export interface CreateAppOptions {
  /** Environment to read the configuration from (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
  readonly config?: AppConfig;
  readonly store?: EventStore;
}

/**
 * Builds the whole service. `main.ts` and the API tests share this, so tests
 * run the real app: real routes, pipes, guards and filter, a real store.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const config = options.config ?? loadConfig(options.env ?? process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, store: options.store }), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  answerClientErrors(app.getHttpServer() as Server);
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // No inline script: the page and Swagger UI load theirs from files, so an injected <script> or on…= attribute never runs.
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          // The service is often reached over plain http on a LAN: upgrading would break every asset.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // CORS is closed unless origins are configured.
  if (config.corsOrigins.length > 0) app.enableCors({ origin: [...config.corsOrigins], exposedHeaders: ['ETag', 'Location'] });
  // JSON bodies for ordinary routes; the import route streams its own body.
  app.useBodyParser('json', { limit: config.bodyLimit, type: ['application/json', 'application/*+json'] });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      exceptionFactory: validationExceptionFactory,
      validationError: { target: false, value: false },
    }),
  );
  const metrics = app.get(MetricsService);
  app.use((req: { method: string; route?: { path?: string }; baseUrl?: string; path: string }, res: { statusCode: number; on(e: string, f: () => void): void }, next: () => void) => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () => end({ method: req.method, route: req.route?.path ? `${req.baseUrl ?? ''}${req.route.path}` : 'unmatched', status: String(res.statusCode) }));
    next();
  });
  setupOpenApi(app);
  return app;
}

/**
 * Requests Node cannot parse — a URL or headers over its 16 KB limit,
 * malformed HTTP — never reach Express: Node answers them itself with a bare
 * status line. Answer them with the JSON error body every other 4xx has.
 */
function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node's own handler: never write into a response that is still going out on this socket.
    const inFlight = (socket as Duplex & { _httpMessage?: unknown })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight) {
      socket.destroy();
      return;
    }
    const [statusCode, reason, code, message] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'headers-too-large', 'the URL and headers are too large (16 KB at most): shorten the URL or the query']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'request-timeout', 'the request did not arrive in time']
          : [400, 'Bad Request', 'bad-http', 'the request is not valid HTTP/1.1'];
    const body = JSON.stringify({ statusCode, error: reason, message, code });
    socket.end(`HTTP/1.1 ${statusCode} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}

export async function startApp(app: INestApplication, config: AppConfig): Promise<string> {
  await app.listen(config.port, config.host);
  return app.getUrl();
}
