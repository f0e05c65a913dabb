import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import fastifyCompress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Response compression (`@fastify/compress`): every answer a route sends through Fastify — the JSON views, CSV,
 * Markdown, the OpenAPI document, the dashboard's compiled domain modules — goes brotli (quality 4, the plugin's
 * default) or gzip to a client that asks for it, when it is 1 KB or more. A negotiation's timeline is ~125 KB of
 * JSON and ~15 KB compressed.
 *
 * What it leaves alone, by construction:
 * - **SSE**: the live routes take the Node response (`rawResponse`, Fastify's `hijack`) and write each frame
 *   themselves, so no `onSend` hook sees them; `text/event-stream` is also outside the plugin's compressible types.
 *   A frame is flushed as it is written, never held back in a compressor's buffer.
 * - **Answers already encoded**: the dashboard's static files are gzipped once per version at the highest level
 *   (`dashboard/dashboard-files.ts`) and sent with `Content-Encoding` set, which the plugin passes through.
 * - **Routes that encode their own answers** (`SELF_ENCODED` in the route's config: status, matrix, escalation):
 *   their bodies are cached, so each is compressed once per coding with the same settings (`compressedAs`) and
 *   kept beside the identity bytes (`views/view-bodies.ts`); the plugin is not attached to those routes at all.
 * - **Request bodies**: no decompression (`globalDecompression: false`): bodies are read as before, with their limits.
 *
 * ETags: a view's ETag names its content (`http/etag.ts`), the same whichever coding carries it; the coding is
 * negotiated per request and announced with `Vary: Accept-Encoding`, so a cache keeps one stored answer per coding,
 * and `If-None-Match` (compared weakly, as RFC 9110 asks for GET) answers 304 under either.
 */
export async function registerCompression(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // Before the plugin's own onRoute hook: a self-encoded route gets none of its per-request hooks.
  fastify.addHook('onRoute', (route) => {
    if ((route.config as Record<string, unknown> | undefined)?.[SELF_ENCODED] === true) route.compress = false;
  });
  // Registered before the routes: the plugin adds its hook to each route as it is declared.
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: [...CODINGS],
    threshold: COMPRESSION_THRESHOLD,
    brotliOptions: BROTLI_OPTIONS,
  });
}

/** The codings offered, in the server's order of preference. */
const CODINGS = ['br', 'gzip'] as const;
export type Coding = (typeof CODINGS)[number];
/** Bodies smaller than this go as they are. */
export const COMPRESSION_THRESHOLD = 1024;
/** Brotli at quality 4 (the plugin's default: 11 costs far more CPU for a few percent). */
const BROTLI_OPTIONS = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } };

/**
 * Route config flag (`@RouteConfig({ [SELF_ENCODED]: true })`): the route negotiates and compresses its own
 * answers (with `negotiatedCoding` and `compressedAs`), so the plugin leaves it alone.
 */
export const SELF_ENCODED = 'parleySelfEncoded';

/** `bytes` compressed as the plugin would compress them for `coding`. */
export function compressedAs(coding: Coding, bytes: Buffer): Buffer {
  return coding === 'br' ? brotliCompressSync(bytes, BROTLI_OPTIONS) : gzipSync(bytes);
}

const negotiator = new Negotiator<Coding>({ supportedValues: [...CODINGS] });
/** Accept-Encoding values seen → the coding chosen (null: none acceptable); bounded, clients send a handful. */
const chosen = new Map<string, Coding | null>();
const MAX_REMEMBERED = 64;

/**
 * The coding the plugin would choose for this request's `Accept-Encoding` (its rules: `*` and `x-gzip` read as
 * gzip, q-values honoured, `X-No-Compression` opts out), or undefined for none.
 */
export function negotiatedCoding(request: FastifyRequest): Coding | undefined {
  const header = request.headers['accept-encoding'];
  if (header === undefined || request.headers['x-no-compression'] !== undefined) return undefined;
  let coding = chosen.get(header);
  if (coding === undefined) {
    coding = negotiator.negotiate(header.toLowerCase().replace(/\*|x-gzip/gu, 'gzip'));
    if (chosen.size < MAX_REMEMBERED) chosen.set(header, coding);
  }
  return coding ?? undefined;
}

/** Adds `Accept-Encoding` to the reply's `Vary` (keeping what CORS put there), as the plugin does. */
export function varyOnAcceptEncoding(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  if (vary === undefined) {
    reply.header('vary', 'accept-encoding');
    return;
  }
  const values = Array.isArray(vary) ? vary.map(String) : [String(vary)];
  if (!values.some((v) => v.toLowerCase().includes('accept-encoding')))
    reply.header('vary', [...values, 'accept-encoding'].join(', '));
}
