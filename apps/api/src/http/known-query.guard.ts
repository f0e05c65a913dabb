import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { RequestValidationError } from '../errors/validation';

/**
 * Refuses a query parameter the route does not take, naming it and the ones it
 * does — `?knownat=` or `?asOf=` would otherwise be ignored and answer the
 * present with a 200. What a route takes is what its `@ApiQuery` decorators
 * document (the OpenAPI document): one list, read once per route. Routes left
 * out of the document (the dashboard's page and assets) are not checked.
 */
/** @nestjs/swagger's metadata keys: what its decorators write and its document reads. */
const { API_PARAMETERS, API_EXCLUDE_CONTROLLER, API_EXCLUDE_ENDPOINT } = DECORATORS;

@Injectable()
export class KnownQueryGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  /** Per handler: the query parameters it takes, or null when it is not checked. */
  private readonly known = new Map<unknown, readonly string[] | null>();

  private knownOf(context: ExecutionContext): readonly string[] | null {
    const handler = context.getHandler();
    let names = this.known.get(handler);
    if (names === undefined) {
      const excluded =
        this.reflector.get<unknown>(API_EXCLUDE_CONTROLLER, context.getClass()) !== undefined ||
        this.reflector.get<unknown>(API_EXCLUDE_ENDPOINT, handler) !== undefined;
      const parameters = this.reflector.get<{ in?: string; name?: string }[] | undefined>(API_PARAMETERS, handler);
      names = excluded
        ? null
        : (parameters ?? [])
            .filter((p) => p.in === 'query' && typeof p.name === 'string')
            .map((p) => p.name!)
            .reverse(); // decorators apply bottom-up: in the order written
      this.known.set(handler, names);
    }
    return names;
  }

  canActivate(context: ExecutionContext): boolean {
    const query = context.switchToHttp().getRequest<FastifyRequest>().query as Record<string, unknown> | undefined;
    if (query === undefined) return true;
    const given = Object.keys(query);
    if (given.length === 0) return true;
    const known = this.knownOf(context);
    if (known === null) return true;
    const unknown = given.filter((name) => !known.includes(name));
    if (unknown.length === 0) return true;
    const takes = known.length ? `this route takes ${known.join(', ')}` : 'this route takes no query parameter';
    throw new RequestValidationError(
      unknown.slice(0, 10).map((name) => ({
        field: name.slice(0, 60),
        problems: [`${name.slice(0, 60)} is not a query parameter here; ${takes}`],
      })),
    );
  }
}
