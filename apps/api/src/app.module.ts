import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { ConfigModule } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import type { EventStore } from '@parley/event-store';
import { ApiKeyRegistry } from './auth/api-keys';
import { AuthFailureLimiter } from './auth/auth-failures';
import { AuthGuard } from './auth/auth.guard';
import { KnownQueryGuard } from './http/known-query.guard';
import { StreamTokens } from './auth/stream-tokens';
import { WriteRateLimitGuard, writeRateLimitModule } from './auth/write-rate-limit';
import { APP_CONFIG, type AppConfig, assertNotOpenByAccident } from './config/config';
import { readableLogStream } from './config/log-format';
import { HttpErrorFilter, pathOf } from './errors/http-exception.filter';
import { OpsModule } from './ops/ops.module';
import { StoreModule } from './store/store.module';
import { FEATURE_MODULES } from './features';

export interface AppModuleOptions {
  readonly config: AppConfig;
  /** Tests and tools may hand in an already-open store. */
  readonly store?: EventStore;
}

/** pino levels at which the per-request lines (info) are written. */
function logsRequests(level: string): boolean {
  return level === 'info' || level === 'debug' || level === 'trace';
}

/** Probes polled by monitors: answered, never written as request lines. */
const UNLOGGED_PATHS: ReadonlySet<string> = new Set(['/health', '/metrics']);

/** The URL a request came with, before any middleware mount path was cut off it. */
function requestUrl(req: { url?: string; originalUrl?: string }): string | undefined {
  return req.originalUrl ?? req.url;
}

/** The pino-http options, with the readable destination when the configuration asks for it. */
function withDestination(
  config: AppConfig,
  options: PinoHttpOptions,
): PinoHttpOptions | [PinoHttpOptions, DestinationStream] {
  return config.logFormat === 'pretty' ? [options, readableLogStream()] : options;
}

@Module({})
export class AppModule {
  static forRoot({ config, store }: AppModuleOptions): DynamicModule {
    const keys = ApiKeyRegistry.fromConfig(config.apiKeys, config.keysFile);
    assertNotOpenByAccident(config, keys.localMode);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          ignoreEnvVars: true,
          load: [() => ({ parley: config })],
        }),
        LoggerModule.forRoot({
          // Request lines are written at info: above it, no route pays for a per-request logger
          // (pino-http's child logger and the AsyncLocalStorage context around every request).
          ...(logsRequests(config.logLevel) ? {} : { forRoutes: [] }),
          pinoHttp: withDestination(config, {
            level: config.logLevel,
            // Never log keys: they arrive in headers and, for EventSource, in the query — so a request
            // line carries its path and never its query (however its names are spelt or encoded).
            redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
            serializers: {
              req: (req: { method: string; url: string; id: unknown }) => ({
                id: req.id,
                method: req.method,
                url: pathOf(req.url),
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            // The path the request line shows: behind Nest's middleware `req.url` has lost its mount path
            // (middie strips it), `originalUrl` keeps it.
            autoLogging: { ignore: (req) => UNLOGGED_PATHS.has(pathOf(requestUrl(req))) },
          }),
        }),
        CqrsModule.forRoot(),
        writeRateLimitModule(config.writeRateLimit),
        StoreModule.forRoot(config, store),
        OpsModule,
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: ApiKeyRegistry, useValue: keys },
        { provide: StreamTokens, useValue: new StreamTokens() },
        {
          provide: AuthFailureLimiter,
          useValue: new AuthFailureLimiter({ limit: config.authFailureLimit, windowMs: 60_000 }),
        },
        // In this order: the rate limit counts writes by the principal the AuthGuard found.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: WriteRateLimitGuard },
        { provide: APP_GUARD, useClass: KnownQueryGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
      exports: [APP_CONFIG, ApiKeyRegistry, StreamTokens],
      global: true,
    };
  }
}
