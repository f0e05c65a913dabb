/**
 * Request bodies on Fastify, as the API promises them: JSON (and `+json`)
 * bodies parsed up to the body limit, gzip/deflate/br request bodies
 * decompressed first (the limit counts the decompressed bytes), and every other
 * body left unread for the route — `POST /admin/import` streams its JSONL body
 * of any size itself, and the write routes refuse other types with 415 naming
 * application/json. Errors carry body-parser's `type` (`entity.parse.failed`,
 * `entity.not.object`, `entity.too.large`, `encoding.unsupported`, `charset.unsupported`), which
 * the error filter turns into the API's error bodies.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isUtf8 } from 'node:buffer';
import type { Readable, Transform } from 'node:stream';
import * as zlib from 'node:zlib';

/** `application/json` and `application/<anything>+json`, with or without parameters. */
export const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

/** An error as body-parser raised them: an HTTP status and a `type` the error filter maps to the API's codes. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

function mediaType(request: FastifyRequest): string {
  return String(request.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

/** The stream that undoes a request's `Content-Encoding` (gzip, deflate, br); undefined for any other. */
export function decompressor(encoding: string): Transform | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

function tooLarge(bodyLimit: number): BodyError {
  return new BodyError(
    413,
    'entity.too.large',
    `the body is too large: over ${bodyLimit} bytes, the limit (PARLEY_BODY_LIMIT)`,
  );
}

/** Replaces Fastify's default parsers (see the file's comment). */
export function installBodyParsers(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeAllContentTypeParsers();
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    const encoding = String(request.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    if (encoding === 'identity' || !JSON_MEDIA_TYPE.test(mediaType(request))) return done(null, payload);
    const inflate = decompressor(encoding);
    if (inflate === undefined) {
      return done(
        new BodyError(415, 'encoding.unsupported', `unsupported content encoding "${encoding.slice(0, 40)}"`),
      );
    }
    done(null, (payload as Readable).pipe(inflate));
  });
  const parseJson = (body: string, done: (err: Error | null, body?: unknown) => void) => {
    // As body-parser did: an empty body is an empty object; only an object or an array at the top (strict).
    if (body.length === 0) return done(null, {});
    const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(body)?.[1];
    if (first !== '{' && first !== '[') {
      let scalar: unknown;
      try {
        scalar = JSON.parse(body);
      } catch {
        return done(
          new BodyError(400, 'entity.parse.failed', `Unexpected token ${first ?? 'end'} in JSON at position 0`),
        );
      }
      // Valid JSON, but a string, a number, true/false or null: not what any route takes.
      const kind = scalar === null ? 'null' : typeof scalar;
      return done(new BodyError(400, 'entity.not.object', `the body must be a JSON object ({ … }), not ${kind}`));
    }
    try {
      done(null, JSON.parse(body));
    } catch (error) {
      done(new BodyError(400, 'entity.parse.failed', (error as Error).message));
    }
  };
  // Read here rather than by Fastify (`parseAs`), so that an oversized body is refused in the API's own terms.
  const readJson = (request: FastifyRequest, payload: Readable, done: (err: Error | null, body?: unknown) => void) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(String(request.headers['content-type'] ?? ''))?.[1];
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      return done(
        new BodyError(415, 'charset.unsupported', `unsupported charset "${charset.slice(0, 40).toUpperCase()}"`),
      );
    }
    // Over the limit, the rest of the body is read and dropped before the 413 is sent: Fastify closes the
    // connection after a parser's error, and a client still sending would see a reset instead of the answer.
    let refused: Error | undefined =
      Number(request.headers['content-length']) > bodyLimit ? tooLarge(bodyLimit) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: unknown) => {
      if (finished) return;
      finished = true;
      done(error, body);
    };
    payload.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > bodyLimit) {
        refused = tooLarge(bodyLimit);
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    payload.once('end', () => {
      if (refused) return finish(refused);
      const bytes = Buffer.concat(chunks, size);
      const text = bytes.toString('utf8');
      // Bytes that are no UTF-8 (a Latin-1 or cp1252 body) would be stored with U+FFFD in place of their characters.
      if (text.includes('\uFFFD') && !isUtf8(bytes)) {
        return finish(new BodyError(400, 'encoding.invalid', 'the body is not UTF-8 text: send JSON in UTF-8'));
      }
      parseJson(text, finish);
    });
    // A body that does not decompress (zlib) or a connection cut mid-body.
    payload.once('error', (error: Error & { status?: number }) => finish(Object.assign(error, { status: 400 })));
  };
  fastify.addContentTypeParser('application/json', readJson);
  fastify.addContentTypeParser(/^application\/[\w.+-]+\+json(?:\s*;|$)/i, readJson);
  // Anything else: not read here. The route decides (415 for the JSON routes; the import reads the stream itself).
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}
