import { HttpException, HttpStatus } from '@nestjs/common';

/** Wrong keys one address may present per window before it is refused for the rest of the window. */
export interface AuthFailureLimits {
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * Failed authentications per address, in fixed windows: past `limit` wrong
 * keys, every request from that address presenting a key is answered 429
 * (with `Retry-After`) until the window ends — guessing keys costs a window
 * per `limit` guesses. Counted by the socket's address (a proxy in front makes
 * them all one: configure its own limits there). Memory: one entry per address
 * that failed recently.
 */
export class AuthFailureLimiter {
  private readonly windows = new Map<string, { failures: number; endsAt: number }>();

  constructor(private readonly limits: AuthFailureLimits) {}

  /** Throws 429 when `address` has used up its failures in this window. */
  assertAllowed(address: string, now = Date.now()): void {
    const window = this.windows.get(address);
    if (!window || window.endsAt <= now || window.failures < this.limits.limit) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.endsAt - now) / 1000));
    throw new HttpException(
      {
        message: `too many wrong API keys from this address (${this.limits.limit} per ${this.limits.windowMs / 1000} s, PARLEY_AUTH_FAILURE_LIMIT); retry in ${retryAfterSeconds} s`,
        code: 'auth-rate-limited',
        details: { limit: this.limits.limit, perSeconds: this.limits.windowMs / 1000, retryAfterSeconds },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }

  failed(address: string, now = Date.now()): void {
    let window = this.windows.get(address);
    if (!window || window.endsAt <= now) {
      if (this.windows.size > 10_000) for (const [a, w] of this.windows) if (w.endsAt <= now) this.windows.delete(a);
      window = { failures: 0, endsAt: now + this.limits.windowMs };
      this.windows.set(address, window);
    }
    window.failures++;
  }
}
