/** The HTTP API, as the page uses it: JSON in and out, the API key from localStorage, errors as ApiError. */

const KEY_STORAGE = 'parley.apiKey';

export function getApiKey() {
  try {
    return localStorage.getItem(KEY_STORAGE) ?? '';
  } catch {
    return '';
  }
}

export function setApiKey(key) {
  try {
    if (key) localStorage.setItem(KEY_STORAGE, key);
    else localStorage.removeItem(KEY_STORAGE);
  } catch {
    /* storage disabled: the key lives for this page only */
  }
}

/** An error answer: `status`, and the body's `message`, `code`, `errors` (400: one per field), `details`. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `the server answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? null;
    this.errors = Array.isArray(body?.errors) ? body.errors : [];
    this.details = body?.details ?? {};
  }
}

const listeners = new Set();
/** Called with every ApiError (the page shows a banner for 401s). */
export function onApiError(fn) {
  listeners.add(fn);
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** A text answer (a Markdown briefing) as a Blob, with the same key and errors as `api`. */
export async function apiBlob(path, { params, accept } = {}) {
  const headers = { Accept: accept };
  const key = getApiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  let res;
  try {
    res = await fetch(path + query(params), { headers });
  } catch {
    const e = new ApiError(0, { message: 'The server cannot be reached. Is it running?' });
    listeners.forEach((fn) => fn(e));
    throw e;
  }
  if (!res.ok) {
    const text = await res.text();
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      data = { message: res.status === 404 && !text.startsWith('{') ? 'this server does not offer briefings yet' : text.slice(0, 300) };
    }
    const e = new ApiError(res.status, data);
    listeners.forEach((fn) => fn(e));
    throw e;
  }
  return res.blob();
}

export async function api(path, { method = 'GET', body, params, signal, headers: extra } = {}) {
  const headers = { Accept: 'application/json', ...extra };
  const key = getApiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res;
  try {
    res = await fetch(path + query(params), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    const e = new ApiError(0, { message: 'The server cannot be reached. Is it running?' });
    listeners.forEach((fn) => fn(e));
    throw e;
  }
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text.slice(0, 300) };
  }
  if (!res.ok) {
    const e = new ApiError(res.status, data);
    listeners.forEach((fn) => fn(e));
    throw e;
  }
  return data;
}

/**
 * The URL of a negotiation's live stream. EventSource cannot send headers, and
 * a key in a URL ends up in logs and history — whatever role it has — so the
 * page asks for a short-lived stream token (viewer role, streams only) with the
 * key in a header, and puts only that in the URL.
 */
export async function streamUrl(negotiationId) {
  const { token } = await api('/stream/token', { method: 'POST' });
  return `/negotiations/${encodeURIComponent(negotiationId)}/stream${query({ stream_token: token })}`;
}

/** The URL of the stream of every new event, of every negotiation (the portfolio follows it), with a stream token. */
export async function eventsStreamUrl() {
  const { token } = await api('/stream/token', { method: 'POST' });
  return `/stream/events${query({ stream_token: token })}`;
}
