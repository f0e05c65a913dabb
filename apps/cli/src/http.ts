/**
 * The CLI's one way to the server: Node's fetch, the key as a bearer token,
 * error bodies turned into `ApiError` (exit 1 for 4xx, 3 for 5xx) and network
 * failures into `UnreachableError` (exit 3).
 */
import { ApiError, type ApiErrorBody, UnreachableError } from './errors';
import type { Connection } from './config';

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  readonly query?: Query;
  /** Sent as JSON. */
  readonly json?: unknown;
  /** Sent as is (a stream needs `duplex: 'half'`, which this sets). */
  readonly body?: BodyInit;
  readonly headers?: Record<string, string | undefined>;
  readonly signal?: AbortSignal;
  /** Abort after this long (default 60 s; 0 = never, for streams). */
  readonly timeoutMs?: number;
}

/** Failures before any connection was made: the request never reached a server. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export class ApiClient {
  constructor(
    readonly connection: Connection,
    private readonly fetchImpl: typeof fetch,
  ) {}

  get url(): string {
    return this.connection.url;
  }

  urlFor(path: string, query: Query = {}): string {
    const url = new URL(this.connection.url + path);
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    return url.toString();
  }

  authHeaders(): Record<string, string> {
    return this.connection.apiKey ? { Authorization: `Bearer ${this.connection.apiKey}` } : {};
  }

  /** The response, whatever its status; throws only when the server cannot be reached. */
  async send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.authHeaders() };
    for (const [k, v] of Object.entries(options.headers ?? {})) if (v !== undefined) headers[k] = v;
    let body: BodyInit | undefined = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['Content-Type'] = 'application/json';
    }
    const timeoutMs = options.timeoutMs ?? 60_000;
    const signals = [options.signal, timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined].filter(
      (s): s is AbortSignal => s !== undefined,
    );
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers,
      body,
      signal: signals.length ? AbortSignal.any(signals) : undefined,
    };
    if (body && typeof (body as ReadableStream).getReader === 'function') init.duplex = 'half';
    try {
      return await this.fetchImpl(this.urlFor(path, options.query), init);
    } catch (error) {
      throw this.unreachable(error);
    }
  }

  /** JSON of a 2xx response; an `ApiError` otherwise. */
  async json<T>(method: string, path: string, options: RequestOptions = {}): Promise<{ body: T; response: Response }> {
    const response = await this.send(method, path, options);
    if (!response.ok) throw await errorFrom(response);
    const text = await readText(response, this);
    try {
      return { body: JSON.parse(text) as T, response };
    } catch {
      throw new ApiError(response.status, {
        statusCode: response.status,
        error: 'Bad Response',
        message: `the server at ${this.url} did not answer JSON (is it a Parley server?)`,
        code: 'not-json',
      });
    }
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.json<T>('GET', path, { query }).then((r) => r.body);
  }

  unreachable(error: unknown): Error {
    if (error instanceof ApiError || error instanceof UnreachableError) return error;
    const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    if (e?.name === 'AbortError') return error as Error;
    if (e?.name === 'TimeoutError') return new UnreachableError(`the server at ${this.url} did not answer in time`);
    const reason = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
    return new UnreachableError(
      `cannot reach the Parley server at ${this.url} (${reason}). Is it running? Start it with "npm start" (or "npm run demo"), or point the CLI elsewhere with --url or PARLEY_URL.`,
      !NEVER_CONNECTED.has(e?.cause?.code ?? ''),
    );
  }
}

async function readText(response: Response, client: ApiClient): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw client.unreachable(error);
  }
}

/** The API error body of a non-2xx response (or one made up from the status when the body is not ours). */
export async function errorFrom(response: Response): Promise<ApiError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The body could not be read: the status alone has to do.
  }
  let body: Partial<ApiErrorBody> | undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) body = parsed as Partial<ApiErrorBody>;
  } catch {
    body = undefined;
  }
  const message =
    typeof body?.message === 'string'
      ? body.message
      : text.trim().slice(0, 300) || `${response.status} ${response.statusText}`;
  return new ApiError(response.status, {
    statusCode: response.status,
    error: body?.error ?? response.statusText,
    message,
    code: body?.code ?? `http-${response.status}`,
    ...(body?.details ? { details: body.details } : {}),
    ...(Array.isArray(body?.errors) ? { errors: body.errors } : {}),
  });
}
