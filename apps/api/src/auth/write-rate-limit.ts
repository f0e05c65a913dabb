import {
  type CanActivate,
  type DynamicModule,
  type ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Module,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from './auth.guard';

const MINUTE_MS = 60_000;
/** Methods that store nothing are never limited. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WRITE_RATE_LIMIT = Symbol('WRITE_RATE_LIMIT');

/** A key's hits in its current window. */
export interface WindowHits {
  readonly hits: number;
  /** Whole seconds until the window ends (at least 1). */
  readonly secondsLeft: number;
}

/**
 * Counts hits per key in fixed windows of `ttl`: O(1) per request and memory
 * per key. (@nestjs/throttler's own storage keeps one timestamp per hit and
 * scans them on every request, which at the bench's write rates costs more than
 * the write itself.) A burst may straddle two windows; the limit still bounds
 * any key to about `limit` writes per window.
 */
export class FixedWindowStorage {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();

  constructor(private readonly ttl: number) {}

  hit(key: string): WindowHits {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { hits: 0, endsAt: now + this.ttl };
      this.windows.set(key, window);
    }
    window.hits++;
    return { hits: window.hits, secondsLeft: Math.max(1, Math.ceil((window.endsAt - now) / 1000)) };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/**
 * `PARLEY_WRITE_RATE_LIMIT` writes per API key per minute. Runs after the
 * AuthGuard (registered after it), so it counts by principal, not by address:
 * one key behind many addresses is one budget, and many users behind one proxy
 * are not lumped together. Reads, and requests refused by the AuthGuard, are
 * not counted. Every counted write is answered with `X-RateLimit-Limit`,
 * `-Remaining` and `-Reset` (seconds); over the limit: 429 with `Retry-After`
 * (seconds). (It was @nestjs/throttler's guard with this storage; the guard's
 * per-request metadata look-ups and promises were ≈ 2 % of a POST's time.)
 */
@Injectable()
export class WriteRateLimitGuard implements CanActivate {
  private readonly storage = new FixedWindowStorage(MINUTE_MS);

  constructor(@Inject(WRITE_RATE_LIMIT) private readonly limit: number) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const req = http.getRequest<AuthenticatedRequest>();
    if (READS.has(req.method) || req.principal === undefined) return true;
    const tracker = req.principal.name;
    const { hits, secondsLeft } = this.storage.hit(tracker);
    const reply = http.getResponse<FastifyReply>();
    const limit = this.limit;
    if (hits > limit) {
      reply.header('Retry-After', secondsLeft);
      throw new HttpException(
        {
          message: `too many writes: the key "${tracker}" may make ${limit} writes per minute (PARLEY_WRITE_RATE_LIMIT); retry in ${secondsLeft} s`,
          code: 'rate-limited',
          details: { limit, perSeconds: MINUTE_MS / 1000, retryAfterSeconds: secondsLeft },
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    reply.header('X-RateLimit-Limit', limit);
    reply.header('X-RateLimit-Remaining', Math.max(0, limit - hits));
    reply.header('X-RateLimit-Reset', secondsLeft);
    return true;
  }
}

@Module({})
class WriteRateLimitModule {}

/** The write rate limit, `limit` per key per minute, for WriteRateLimitGuard. */
export function writeRateLimitModule(limit: number): DynamicModule {
  return {
    module: WriteRateLimitModule,
    providers: [{ provide: WRITE_RATE_LIMIT, useValue: limit }],
    exports: [WRITE_RATE_LIMIT],
    global: true,
  };
}
