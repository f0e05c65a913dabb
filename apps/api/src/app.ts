import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Logger } from 'nestjs-pino';
import type { EventStore } from '@parley/event-store';
import { AppModule } from './app.module';
import { type AppConfig, loadConfig } from './config/config';
import { installBodyParsers } from './http/body';
import { registerCompression } from './http/compression';
import { recordRoutes } from './http/route-table';
import { answerFrameworkError } from './errors/http-exception.filter';
import { setupOpenApi } from './openapi';
import { MetricsService } from './ops/metrics.service';

/** How long a stopping server waits for requests in flight before it cuts their connections. */
const REQUEST_DRAIN_MS = 5_000;
export interface CreateAppOptions {
  /** Environment to read the configuration from (default: process.env). */
  readonly env?: NodeJS.ProcessEnv;
  readonly config?: AppConfig;
  readonly store?: EventStore;
}

/**
 * Builds the whole service on Fastify. `main.ts` and the API tests share this,
 * so tests run the real app: real routes, pipes, guards and filter, a real store.
 */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const config = options.config ?? loadConfig(options.env ?? process.env);
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimit,
    // Routing as Express did it: a trailing slash and the case of the path do not matter; a parameter may be as long
    // as the URL (Node caps that at 16 KB), so a long id is refused by its own check (400), not by the router (404).
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: 16 * 1024 },
    // The request log is nestjs-pino's (pino-http): Fastify's own logger stays off.
    logger: false,
    clientErrorHandler: answerClientError,
    // A URL that does not decode (bad percent-encoding) never reaches the Nest filter: answer it with the same body.
    frameworkErrors: (error: Error, _request: unknown, reply: FastifyReply) => answerFrameworkError(error, reply),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, store: options.store }),
    adapter,
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  recordRoutes(fastify);
  // Shutdown drains: idle keep-alive connections close at once, requests in flight get REQUEST_DRAIN_MS to finish,
  // then whatever is still open (a client that stopped sending half-way through a body) is cut, so a stop never hangs.
  fastify.addHook('preClose', (done) => {
    setTimeout(() => fastify.server.closeAllConnections(), REQUEST_DRAIN_MS).unref();
    done();
  });
  // helmet's headers on every answer. Its policy here depends on nothing in the request, so helmet runs once, at
  // start-up, and one hook hands Fastify the headers it set (@fastify/helmet would build the middleware again for
  // every request; running it per request would set a dozen headers one by one on the Node response).
  const helmetMiddleware = helmet({
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
  });
  const securityHeaders = headersOf(helmetMiddleware);
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  // `reply.sendFile` for the dashboard's files (ETag, Last-Modified, 304, ranges); the routes are the controller's.
  await app.register(fastifyStatic, { serve: false });
  // --- Response compression (brotli/gzip; never SSE): see http/compression.ts. Before the routes are declared. ---
  await registerCompression(app);
  // CORS is closed unless origins are configured. A page's script reads the headers a script with curl does: the
  // revision, where an opening landed, when to retry after a 429, the write budget, a CSV's file name.
  if (config.corsOrigins.length > 0)
    app.enableCors({
      origin: [...config.corsOrigins],
      exposedHeaders: [
        'ETag',
        'Location',
        'Retry-After',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
        'Content-Disposition',
      ],
    });
  // JSON bodies for ordinary routes; any other body is left unread for the route (the import streams its own).
  installBodyParsers(fastify, config.bodyLimit);
  // No global pipe: no route takes a DTO class from Nest (bodies are judged by the compiled verdict, `http/`, and
  // query and path parameters by `shared/params.ts`), and Nest's ValidationPipe, asked about every parameter of every
  // request, only turned a repeated query parameter into its values joined by commas — `textQuery` does that.
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
  setupOpenApi(app);
  return app;
}

/** The headers a request-independent middleware such as helmet sets, read by running it once on a stand-in response. */
function headersOf(
  middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void,
): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let finished = false;
  middleware({ headers: {} } as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('the security headers middleware did not finish at once');
  return headers;
}

/**
 * Requests Node cannot parse — a URL or headers over its 16 KB limit,
 * malformed HTTP — never reach a route: answer them with the JSON error body
 * every other 4xx has (Fastify's `clientErrorHandler`).
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // As Node's own handler: never write into a response that is still going out on this socket.
  const inFlight = (socket as Duplex & { _httpMessage?: unknown })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight) {
    socket.destroy();
    return;
  }
  const [statusCode, reason, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          'headers-too-large',
          'the URL and headers are too large (16 KB at most): shorten the URL or the query',
        ]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'request-timeout', 'the request did not arrive in time']
        : [400, 'Bad Request', 'bad-http', 'the request is not valid HTTP/1.1'];
  const body = JSON.stringify({ statusCode, error: reason, message, code });
  socket.end(
    `HTTP/1.1 ${statusCode} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
