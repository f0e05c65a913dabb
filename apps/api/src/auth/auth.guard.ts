import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../errors/error-body.dto';
import { ApiKeyRegistry, type Principal, ROLES, type Role, roleAllows } from './api-keys';
import { AuthFailureLimiter } from './auth-failures';
import { StreamTokens } from './stream-tokens';

const ROLE_KEY = 'parley:role';
const PUBLIC_KEY = 'parley:public';
const QUERY_KEY = 'parley:key-in-query';

/**
 * The least role a route needs. Routes without it need admin: forgetting it fails closed.
 * The document says what a refused key gets: 401 (no key, or an unknown one), and 403 when a lower role exists.
 */
export const RequireRole = (role: Role) =>
  applyDecorators(SetMetadata(ROLE_KEY, role), ApiErrors(role === ROLES[0] ? [401] : [401, 403]));
/** For the few routes anyone may call: health, the dashboard page, the API document. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/**
 * For the event streams only: a browser's EventSource cannot set headers, so
 * these routes also take the key as `?api_key=`. Everywhere else a key in the
 * URL is refused (URLs end up in proxies' logs and browsers' histories).
 */
export const KeyInQuery = () => SetMetadata(QUERY_KEY, true);

export type AuthenticatedRequest = FastifyRequest & {
  principal?: Principal;
};

/** The `api_key` query parameter, however its name was encoded (`api%5Fkey` is decoded by the query parser). */
function queryKey(req: FastifyRequest): unknown {
  return (req.query as Record<string, unknown> | undefined)?.api_key;
}

/** The `stream_token` query parameter (see stream-tokens.ts). */
function queryToken(req: FastifyRequest): string | undefined {
  const token = (req.query as Record<string, unknown> | undefined)?.stream_token;
  return typeof token === 'string' && token ? token : undefined;
}

/**
 * Reads the API key from `Authorization: Bearer <key>`, `X-Api-Key`, or — on
 * the routes marked `KeyInQuery` — the `api_key` query parameter.
 */
export function presentedKey(req: FastifyRequest, inQuery = false): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  if (!inQuery) return undefined;
  const query = queryKey(req);
  return typeof query === 'string' && query ? query : undefined;
}

/** Who may call a route, from its decorators. */
interface RouteRule {
  readonly public: boolean;
  readonly required: Role;
  readonly inQuery: boolean;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRegistry,
    private readonly failures: AuthFailureLimiter,
    private readonly tokens: StreamTokens,
  ) {}

  /** Each route's access rule (by controller class and handler), read from its decorators once: they never change. */
  private readonly rules = new Map<unknown, Map<unknown, RouteRule>>();

  private ruleOf(context: ExecutionContext): RouteRule {
    const handler = context.getHandler();
    const cls = context.getClass();
    let byHandler = this.rules.get(cls);
    if (byHandler === undefined) this.rules.set(cls, (byHandler = new Map()));
    let rule = byHandler.get(handler);
    if (rule === undefined) {
      const targets = [handler, cls];
      rule = {
        public: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
        required: this.reflector.getAllAndOverride<Role>(ROLE_KEY, targets) ?? 'admin',
        inQuery: this.reflector.getAllAndOverride<boolean>(QUERY_KEY, targets) ?? false,
      };
      byHandler.set(handler, rule);
    }
    return rule;
  }

  canActivate(context: ExecutionContext): boolean {
    const { public: isPublic, required, inQuery } = this.ruleOf(context);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!inQuery && queryKey(req) !== undefined) {
      throw new UnauthorizedException({
        message:
          'an API key in the URL (api_key) is accepted only by the event streams (GET /stream/events, GET /negotiations/{id}/stream); send "Authorization: Bearer <key>" (or X-Api-Key)',
        code: 'key-in-url',
      });
    }
    const key = presentedKey(req, inQuery);
    const token = inQuery && key === undefined ? queryToken(req) : undefined;
    const address = req.socket?.remoteAddress ?? 'unknown';
    if ((key !== undefined || token !== undefined) && !this.keys.localMode) this.failures.assertAllowed(address);
    if (token !== undefined) {
      const viewer = this.tokens.verify(token);
      if (!viewer) {
        this.failures.failed(address);
        throw new UnauthorizedException({
          message: 'the stream token is invalid or has expired: ask POST /stream/token for another',
          code: 'stream-token-invalid',
        });
      }
      req.principal = viewer;
      return true;
    }
    const principal = this.keys.authenticate(key);
    if (!principal) {
      if (key === undefined)
        throw new UnauthorizedException('an API key is required: send "Authorization: Bearer <key>" (or X-Api-Key)');
      this.failures.failed(address);
      throw new UnauthorizedException('this API key is not known here: check it, or ask an admin for a key');
    }
    if (!roleAllows(principal.role, required)) {
      throw new ForbiddenException(
        `this needs the ${required} role; the key "${principal.name}" has ${principal.role}`,
      );
    }
    req.principal = principal;
    return true;
  }
}
