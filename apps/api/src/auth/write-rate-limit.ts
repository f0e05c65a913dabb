import { type DynamicModule, type ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModule,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { AuthenticatedRequest } from './auth.guard';

const MINUTE_MS = 60_000;
/** Methods that store nothing are never limited. */
export const READS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Counts hits per key in fixed windows of `ttl`: O(1) per request and memory
 * per key. (The throttler's own storage keeps one timestamp per hit and scans
 * them on every request, which at the bench's write rates costs more than the
 * write itself.) A burst may straddle two windows; the limit still bounds any
 * key to about `limit` writes per window.
 */
export class FixedWindowStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();

  async increment(
    key: string,
    ttl: number,
    limit: number,
  ): Promise<{ totalHits: number; timeToExpire: number; isBlocked: boolean; timeToBlockExpire: number }> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { hits: 0, endsAt: now + ttl };
      this.windows.set(key, window);
    }
    window.hits++;
    const timeToExpire = Math.max(1, Math.ceil((window.endsAt - now) / 1000));
    const isBlocked = window.hits > limit;
    return { totalHits: window.hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
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
 * not counted. Over the limit: 429 with `Retry-After` (seconds).
 */
@Injectable()
export class WriteRateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
  ) {
    // The throttler reads five decorators' metadata per request (skip, limit, ttl, …) of a route whose
    // decorators never change once the classes are loaded: each answer is kept per route.
    super(options, storage, rememberedMetadata(reflector));
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return READS.has(req.method) || req.principal === undefined;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return (req as unknown as AuthenticatedRequest).principal?.name ?? 'anonymous';
  }

  /** One budget per key across every write route (the default key is per route). */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new HttpException(
      {
        message: `too many writes: the key "${detail.tracker}" may make ${detail.limit} writes per minute (PARLEY_WRITE_RATE_LIMIT); retry in ${detail.timeToBlockExpire} s`,
        code: 'rate-limited',
        details: { limit: detail.limit, perSeconds: detail.ttl / 1000, retryAfterSeconds: detail.timeToBlockExpire },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * `reflector`, with each `getAllAndOverride(key, [handler, class])` answer kept
 * (decorators are applied when the classes load; a route's metadata never changes after).
 */
function rememberedMetadata(reflector: Reflector): Reflector {
  const answers = new Map<unknown, Map<unknown, Map<unknown, unknown>>>();
  const remembering = Object.create(reflector) as Reflector;
  remembering.getAllAndOverride = ((key: unknown, targets: readonly unknown[]) => {
    const [handler, cls] = targets;
    if (targets.length !== 2) return reflector.getAllAndOverride(key as string, targets as never);
    let byHandler = answers.get(key);
    if (byHandler === undefined) answers.set(key, (byHandler = new Map()));
    let byClass = byHandler.get(handler);
    if (byClass === undefined) byHandler.set(handler, (byClass = new Map()));
    if (!byClass.has(cls)) byClass.set(cls, reflector.getAllAndOverride(key as string, targets as never));
    return byClass.get(cls);
  }) as Reflector['getAllAndOverride'];
  return remembering;
}

/** The throttler configured for writes: `limit` per key per minute. */
export function writeRateLimitModule(limit: number): DynamicModule {
  return ThrottlerModule.forRoot({
    throttlers: [{ name: 'default', ttl: MINUTE_MS, limit }],
    storage: new FixedWindowStorage(),
  });
}
