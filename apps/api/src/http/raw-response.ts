import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

/**
 * Takes the Node response of a reply for a route that writes its body itself
 * (an SSE stream, the export): Fastify lets go of it (`hijack`), and the headers
 * already set on the reply (CORS, rate limits) are moved onto it first, as
 * Fastify would have sent them.
 */
export function rawResponse(reply: FastifyReply): ServerResponse {
  const raw = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined && !raw.hasHeader(name)) raw.setHeader(name, value);
  }
  reply.hijack();
  return raw;
}
