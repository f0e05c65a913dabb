/**
 * A thin client over Node's global fetch for the API tests: JSON in, JSON out,
 * the status and headers kept. No mocks: it talks to the real server.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are checked field by field in the tests */
/** A parsed JSON body, checked field by field by the tests. */
export type Json = any;

export interface Reply<T = any> {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the response is JSON, else undefined. */
  readonly body: T;
  readonly text: string;
}

export interface Client {
  readonly url: string;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<Reply<T>>;
  /** POSTs `body` as JSON (a string is sent as is). */
  post<T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  /** Any request, headers and body as given (plus the key). */
  raw<T = any>(path: string, init: RequestInit): Promise<Reply<T>>;
  /** The same client with another API key (or none). */
  as(key: string | undefined): Client;
}

export function client(url: string, key?: string): Client {
  const auth = (): Record<string, string> => (key ? { Authorization: `Bearer ${key}` } : {});
  const raw = async <T>(path: string, init: RequestInit): Promise<Reply<T>> => {
    const res = await fetch(`${url}${path}`, {
      ...init,
      headers: { ...auth(), ...(init.headers as Record<string, string> | undefined) },
    });
    const text = await res.text();
    let body: any;
    if ((res.headers.get('content-type') ?? '').includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    return { status: res.status, headers: res.headers, body, text };
  };
  return {
    url,
    get: (path, headers = {}) => raw(path, { method: 'GET', headers }),
    post: (path, body, headers = {}) =>
      raw(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    raw,
    as: (other) => client(url, other),
  };
}

/** The stream revision an ETag holds (`"12"` → 12). */
export function etagRevision(reply: Reply): number {
  const etag = reply.headers.get('etag');
  if (etag === null) throw new Error(`no ETag on a ${reply.status} reply`);
  const match = /^(?:W\/)?"(-?\d+)"$/.exec(etag);
  if (!match) throw new Error(`ETag ${etag} is not a revision`);
  return Number(match[1]);
}

/** The negotiation's current revision, read through the API. */
export async function revisionOf(api: Client, negotiationId: string): Promise<number> {
  const reply = await api.get(`/negotiations/${negotiationId}/events?limit=1`);
  if (reply.status !== 200) throw new Error(`GET events of ${negotiationId}: ${reply.status} ${reply.text}`);
  return reply.body.revision as number;
}

/** Every stored event of a negotiation, through the paged API. */
export async function allEvents(api: Client, negotiationId: string): Promise<any[]> {
  const out: any[] = [];
  let from: number | null = 0;
  while (from !== null) {
    const reply: Reply = await api.get(`/negotiations/${negotiationId}/events?fromRevision=${from}&limit=1000`);
    if (reply.status !== 200) throw new Error(`GET events of ${negotiationId}: ${reply.status} ${reply.text}`);
    out.push(...reply.body.events);
    from = reply.body.nextFromRevision;
  }
  return out;
}

/** Throws with the server's answer unless the status is the expected one. */
export function expectStatus<T>(reply: Reply<T>, status: number): Reply<T> {
  if (reply.status !== status) throw new Error(`expected ${status}, got ${reply.status}: ${reply.text.slice(0, 2000)}`);
  return reply;
}
