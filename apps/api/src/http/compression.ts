import fastifyCompress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

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
 * - **Request bodies**: no decompression (`globalDecompression: false`): bodies are read as before, with their limits.
 *
 * ETags: a view's ETag names its content (`http/etag.ts`), the same whichever coding carries it; the coding is
 * negotiated per request and announced with `Vary: Accept-Encoding`, so a cache keeps one stored answer per coding,
 * and `If-None-Match` (compared weakly, as RFC 9110 asks for GET) answers 304 under either.
 */
export async function registerCompression(app: NestFastifyApplication): Promise<void> {
  // Registered before the routes: the plugin adds its hook to each route as it is declared.
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
  });
}
