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

/** A route's path (Fastify's syntax) as a pattern of concrete paths: matched as the router does, any case, `/` or not at the end. */
function pathPattern(url: string): RegExp {
  const parts = url.split(/(::|:[A-Za-z_]\w*|\*)/).map((part) => {
    if (part === '::') return ':';
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}/?$`, 'i');
}

/**
 * The methods `fastify` serves `path` with (see recordRoutes), in the order they were declared: `[]` for a path it
 * lacks. OPTIONS is left out: with CORS on, its preflight route matches every path.
 */
export function methodsOf(fastify: FastifyInstance, path: string): string[] {
  const methods: string[] = [];
  for (const name of TABLES.get(fastify) ?? []) {
    const space = name.indexOf(' ');
    const method = name.slice(0, space);
    if (method === 'OPTIONS' || methods.includes(method)) continue;
    if (pathPattern(name.slice(space + 1)).test(path)) methods.push(method);
  }
  return methods;
}
