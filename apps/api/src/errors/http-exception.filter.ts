import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, negotiationIdFromStream } from '@parley/domain';
import {
  AppendTooLargeError,
  DuplicateEventIdError,
  StoreUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
} from '@parley/event-store';
import { ProjectionQueryError } from '@parley/projections';
import { methodsOf } from '../http/route-table';
import { PreconditionFailedError } from './precondition-failed.error';
import type { FieldProblem } from './validation';

/** The body of every error response. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  /** A sentence a person can act on: names the field or the rule and the ids involved. */
  readonly message: string;
  /** Stable machine-readable code: the rule, or the kind of failure. */
  readonly code: string;
  readonly details?: Record<string, unknown>;
  /** For 400s: one entry per bad field. */
  readonly errors?: readonly FieldProblem[];
}

const DOMAIN_STATUS = {
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
} as const;

/**
 * Every error becomes a response here, and only here: domain errors by kind,
 * store errors by type, Nest/HTTP errors as they are, anything else a 500
 * with no internals (logged with its stack instead).
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    const body = withAllowedMethods(this.toBody(exception, req), req, reply);
    // The path only: a query may carry a key (`?api_key=`), and nothing of a key is ever logged.
    if (body.statusCode >= 500) this.logger.error({ err: exception, path: pathOf(req.url) }, 'unhandled error');
    if (reply.sent || reply.raw.headersSent) {
      // A streaming response (SSE, export) already started: all we can do is end it.
      reply.raw.end();
      return;
    }
    if (body.details && typeof body.details.currentRevision === 'number')
      reply.header('ETag', `"${body.details.currentRevision}"`);
    // A 429's wait, or a 503's (views catching up or restarting): clients that honour Retry-After need no guess.
    if ((body.statusCode === 429 || body.statusCode === 503) && typeof body.details?.retryAfterSeconds === 'number')
      reply.header('Retry-After', String(body.details.retryAfterSeconds));
    sendError(reply, body);
  }

  toBody(exception: unknown, req: Pick<FastifyRequest, 'method' | 'url' | 'headers'>): ErrorBody {
    if (exception instanceof DomainError) {
      const status = DOMAIN_STATUS[exception.kind];
      return {
        statusCode: status,
        error: statusText(status),
        message: exception.message,
        code: exception.code,
        details: { ...exception.details },
      };
    }
    if (exception instanceof ProjectionQueryError) {
      return {
        statusCode: 400,
        error: statusText(400),
        message: exception.message,
        code: exception.code,
        details: { ...exception.details },
      };
    }
    if (exception instanceof PreconditionFailedError) {
      return {
        statusCode: HttpStatus.PRECONDITION_FAILED,
        error: statusText(HttpStatus.PRECONDITION_FAILED),
        message: exception.message,
        code: 'revision-mismatch',
        details: { stream: exception.stream, expectedRevision: exception.expected, currentRevision: exception.actual },
      };
    }
    if (exception instanceof WrongExpectedRevisionError) {
      return {
        statusCode: HttpStatus.CONFLICT,
        error: statusText(HttpStatus.CONFLICT),
        message: `a concurrent write changed ${exception.stream}: expected revision ${String(exception.expected)}, it is now ${exception.actual}; reload and retry`,
        code: 'concurrent-write',
        details: { stream: exception.stream, expectedRevision: exception.expected, currentRevision: exception.actual },
      };
    }
    if (exception instanceof DuplicateEventIdError) {
      return {
        statusCode: HttpStatus.CONFLICT,
        error: statusText(HttpStatus.CONFLICT),
        message: `event id ${exception.eventId} is already used by another event (in ${exception.existingStream})`,
        code: 'duplicate-event-id',
        details: { eventId: exception.eventId, stream: exception.existingStream },
      };
    }
    if (exception instanceof AppendTooLargeError) {
      return {
        statusCode: HttpStatus.PAYLOAD_TOO_LARGE,
        error: statusText(HttpStatus.PAYLOAD_TOO_LARGE),
        message: `the write is too large for the event store: over its limit of ${exception.maxBytes} bytes per append (MaxAppendSize on the EventStoreDB cluster; see docs/EVENTSTOREDB.md)`,
        code: exception.code,
        details: { stream: exception.stream, maxBytes: exception.maxBytes },
      };
    }
    if (exception instanceof StreamDeletedError) return streamDeletedBody(exception);
    if (exception instanceof StoreUnavailableError) {
      return {
        statusCode: 503,
        error: statusText(503),
        message: 'the event store is unavailable; retry shortly',
        code: 'store-unavailable',
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const r = (typeof response === 'object' && response !== null ? response : { message: response }) as Record<
        string,
        unknown
      >;
      if (isMappedJsonSyntaxError(exception, r, req)) {
        // Nest turns a JSON parse error into a bare BadRequestException (losing its `type`): say what is wrong.
        return {
          statusCode: 400,
          error: statusText(400),
          message: `the body is not valid JSON (${String(r.message)})`,
          code: 'entity.parse.failed',
        };
      }
      const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
      return {
        statusCode: status,
        error: statusText(status),
        message:
          status === 404 && message.startsWith('Cannot ')
            ? `no route ${req.method} ${pathOf(req.url).slice(0, 200)}`
            : message,
        code: typeof r.code === 'string' ? r.code : codeFor(status),
        ...(r.details ? { details: r.details as Record<string, unknown> } : {}),
        // Every exception that carries `errors` is a RequestValidationError or built like one: one FieldProblem per field.
        ...(Array.isArray(r.errors) ? { errors: r.errors as FieldProblem[] } : {}),
      };
    }
    // The body parsers (http/body.ts) and Fastify throw plain errors carrying a status.
    const e = frameworkError(exception);
    if (e && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      const encoding = String(req.headers?.['content-encoding'] ?? 'identity').toLowerCase();
      if (e.status === 400 && e.type === undefined && encoding !== 'identity') {
        // zlib's own words ("incorrect header check") do not say what was being done.
        return {
          statusCode: 400,
          error: statusText(400),
          message: `the body could not be decompressed as Content-Encoding ${encoding.slice(0, 40)}; send it compressed that way, or uncompressed`,
          code: 'encoding.invalid',
        };
      }
      if (e.type === 'entity.not.object') {
        const message = String(e.message);
        return {
          statusCode: 400,
          error: statusText(400),
          message,
          code: codeFor(400),
          errors: [{ field: 'body', problems: [message] }],
        };
      }
      const message =
        e.type === 'entity.parse.failed'
          ? 'the body is not valid JSON'
          : e.type === 'entity.too.large'
            ? `${String(e.message)}; send many developments as several batches`
            : e.type === 'encoding.unsupported' || e.type === 'charset.unsupported'
              ? 'the body encoding is not supported; send UTF-8'
              : String(e.message ?? 'bad request');
      return { statusCode: e.status, error: statusText(e.status), message, code: String(e.type ?? codeFor(e.status)) };
    }
    return { statusCode: 500, error: statusText(500), message: 'internal error; it has been logged', code: 'internal' };
  }
}

/**
 * What the API answers about a stream deleted outside Parley: 410 `stream-deleted` with this body, and the live
 * streams' `deleted` message carries the same (`apps/api/src/live/deleted.ts`).
 */
export function streamDeletedBody(exception: StreamDeletedError): ErrorBody {
  // Gone, not "not found": the negotiation was recorded, and an operator deleted it in the database itself.
  const negotiationId = negotiationIdFromStream(exception.stream);
  const subject = negotiationId === undefined ? '' : `negotiation ${negotiationId}: `;
  return {
    statusCode: HttpStatus.GONE,
    error: statusText(HttpStatus.GONE),
    message: `${subject}${exception.message}. Parley neither reads nor writes it, and changed nothing (see "Streams deleted outside Parley" in docs/EVENTSTOREDB.md)`,
    code: exception.code,
    details: {
      ...(negotiationId === undefined ? {} : { negotiationId }),
      stream: exception.stream,
      deletion: exception.deletion,
    },
  };
}

/**
 * Fastify's own errors that reach this filter by code (through
 * `frameworkErrors`; Nest turns the others into an HttpException of their
 * message and status), in the API's words.
 */
const FASTIFY_ERRORS: Record<string, { status: number; type?: string; message: string }> = {
  FST_ERR_BAD_URL: { status: 400, message: 'the URL is not valid: a %-escape in its path does not decode' },
};

/** A plain error with an HTTP status (body-parser's `status`, Fastify's `statusCode` or code), or undefined. */
function frameworkError(exception: unknown): { status?: unknown; type?: unknown; message?: unknown } | undefined {
  const e = exception as
    { status?: unknown; statusCode?: unknown; type?: unknown; message?: unknown; code?: unknown } | undefined;
  if (!e || typeof e !== 'object') return undefined;
  const known = typeof e.code === 'string' ? FASTIFY_ERRORS[e.code] : undefined;
  if (known) return known;
  return { status: e.status ?? e.statusCode, type: e.type, message: e.message };
}

/**
 * A path the service has, asked with a method it does not take (`PUT /negotiations/x/events`): 405 naming the
 * methods it takes, also in `Allow` (RFC 9110 §15.5.6), rather than the 404 of a path it lacks.
 */
function withAllowedMethods(body: ErrorBody, req: FastifyRequest, reply: FastifyReply): ErrorBody {
  if (body.statusCode !== 404 || body.code !== 'not-found' || !req.server) return body;
  const path = pathOf(req.url);
  const allowed = methodsOf(req.server, path);
  // None, or the route takes this method and its handler found nothing there (a file the dashboard does not have).
  if (allowed.length === 0 || allowed.includes(req.method)) return body;
  reply.header('Allow', allowed.join(', '));
  return {
    statusCode: 405,
    error: statusText(405),
    message: `${req.method} is not a method of ${path.slice(0, 200)}: it takes ${allowed.join(', ')}`,
    code: 'method-not-allowed',
    details: { allowed },
  };
}

function sendError(reply: FastifyReply, body: ErrorBody): void {
  void reply.status(body.statusCode).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/**
 * Errors Fastify answers before any Nest code runs (`frameworkErrors`: a URL
 * that does not decode): the same body as every other error.
 */
export function answerFrameworkError(error: unknown, reply: FastifyReply): void {
  sendError(reply, new HttpErrorFilter().toBody(error, reply.request));
}

/** A request URL without its query: what may be logged of it. */
export function pathOf(url: unknown): string {
  const text = String(url ?? '');
  const end = text.indexOf('?');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Nest's router maps the parse error the JSON parser (http/body.ts) raises for a malformed JSON
 * body to `new BadRequestException(err.message)`: a plain 400 of Nest's own
 * shape (no `code`) whose message is JSON.parse's, on a request with a JSON body.
 */
function isMappedJsonSyntaxError(
  exception: HttpException,
  r: Record<string, unknown>,
  req: Pick<FastifyRequest, 'headers'>,
): boolean {
  const ctor: unknown = exception.constructor;
  if (ctor !== BadRequestException || exception.getStatus() !== 400) return false;
  if (r.code !== undefined || r.errors !== undefined || typeof r.message !== 'string' || !/\bJSON\b/.test(r.message))
    return false;
  const type = String(req.headers?.['content-type'] ?? '').toLowerCase();
  return /^application\/(?:[\w.+-]+\+)?json\b/.test(type);
}

function codeFor(status: number): string {
  return statusText(status)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    409: 'Conflict',
    410: 'Gone',
    412: 'Precondition Failed',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Entity',
    428: 'Precondition Required',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return texts[status] ?? 'Error';
}
