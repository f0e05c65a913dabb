import type { FastifyInstance } from 'fastify';

const TABLES = new WeakMap<object, string[]>();

/**
 * Records every route registered on `fastify` from now on as `METHOD /path`
 * (Fastify's own syntax: `::` a literal colon, `*` a wildcard; the HEAD twin
 * Fastify adds to each GET is left out). Install it before any route exists.
 */
export function recordRoutes(fastify: FastifyInstance): void {
  const table: string[] = [];
  TABLES.set(fastify, table);
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const name = `${method} ${route.url}`;
      if (!table.includes(name)) table.push(name);
    }
  });
}

/** The routes `fastify` serves (see recordRoutes): what the security tests hold against the table of roles. */
export function servedRoutes(fastify: FastifyInstance): readonly string[] {
  const table = TABLES.get(fastify) ?? [];
  return table.filter((name) => !(name.startsWith('HEAD ') && table.includes(`GET ${name.slice(5)}`)));
}
