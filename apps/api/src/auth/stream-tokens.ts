import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal } from './api-keys';

/** How long a stream token may open a stream (a stream opened with it lasts as long as it likes). */
export const STREAM_TOKEN_TTL_MS = 10 * 60_000;

export interface StreamToken {
  readonly token: string;
  readonly expiresAt: string;
}

/**
 * Short-lived tokens for the event streams, so that a browser's EventSource
 * (which cannot send headers) never puts an API key in a URL: `POST
 * /stream/token` with the key in a header answers a token that opens the two
 * stream routes (`?stream_token=`) for ten minutes, with the viewer role
 * whatever the key's — the least a stream needs. Signed with a secret of this
 * process (HMAC-SHA256): a restart voids them, and the page asks for another.
 */
export class StreamTokens {
  private readonly secret = randomBytes(32);

  constructor(private readonly ttlMs = STREAM_TOKEN_TTL_MS) {}

  issue(principal: Principal, now = Date.now()): StreamToken {
    const expires = now + this.ttlMs;
    const payload = Buffer.from(JSON.stringify({ n: principal.name, e: expires }), 'utf8').toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, expiresAt: new Date(expires).toISOString() };
  }

  /** The viewer a valid, unexpired token stands for; undefined otherwise. */
  verify(token: string, now = Date.now()): Principal | undefined {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(payload), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    let claims: { n?: unknown; e?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { n?: unknown; e?: unknown };
    } catch {
      return undefined;
    }
    if (typeof claims.n !== 'string' || typeof claims.e !== 'number' || claims.e <= now) return undefined;
    return { name: claims.n, role: 'viewer', local: false };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
