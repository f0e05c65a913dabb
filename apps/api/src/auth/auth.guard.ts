import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, SetMetadata, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeyRegistry, type Principal, type Role, roleAllows } from './api-keys';

const ROLE_KEY = 'parley:role';
const PUBLIC_KEY = 'parley:public';

/** The least role a route needs. Routes without it need admin: forgetting it fails closed. */
export const RequireRole = (role: Role) => SetMetadata(ROLE_KEY, role);
/** For the few routes anyone may call: health, the dashboard page, the API document. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/**
 * Reads the API key from `Authorization: Bearer <key>`, `X-Api-Key`, or — for
 * browsers' EventSource, which cannot set headers — the `api_key` query
 * parameter, and checks the route's role.
 */
export function presentedKey(req: Request): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && auth.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim();
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  const query = (req.query as Record<string, unknown> | undefined)?.api_key;
  return typeof query === 'string' && query ? query : undefined;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeyRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Role>(ROLE_KEY, targets) ?? 'admin';
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = this.keys.authenticate(presentedKey(req));
    if (!principal) {
      throw new UnauthorizedException('an API key is required: send "Authorization: Bearer <key>" (or X-Api-Key)');
    }
    if (!roleAllows(principal.role, required)) {
      throw new ForbiddenException(`this needs the ${required} role; the key "${principal.name}" has ${principal.role}`);
    }
    req.principal = principal;
    return true;
  }
}
