/**
 * The views a user reads, three ways: what the service answers from memory
 * (its projection engine, fed by the subscription), what it answers by
 * folding the log (`at` / `knownAt`), and what this process folds itself from
 * the exported log with @parley/projections. After a crash, a rebuild or an
 * import, all three must agree.
 */
import assert from 'node:assert/strict';
import { fromStoredEvent } from '@parley/domain';
import { DEFAULT_ESCALATION_MODEL, escalationView, foldViews, matrixView, statusView } from '@parley/projections';
import { call, expectStatus, type Json, type LogLine } from './api';

/** A fixed instant after every development the scenarios write (they stop at 2025-11-30). */
export const FIXED_T = '2025-12-15T00:00:00.000Z';

/** Rounds every number (the present's escalation decays by the millisecond) and drops what says "now". */
export function steady(value: Json): Json {
  if (Array.isArray(value)) return value.map(steady);
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['at', 'daysSinceLastRound', 'ageDays'].includes(k))
        .map(([k, v]) => [k, steady(v)]),
    );
  }
  return value;
}

export interface Views {
  readonly status: Json;
  readonly matrix: Json;
  readonly escalation: Json;
}

async function get(url: string, path: string, key?: string): Promise<Json> {
  return expectStatus(await call(url, path, { key }), 200, `GET ${path}`).body;
}

/** status, matrix and escalation of each negotiation, with `query` (e.g. `at=…`), as the server answers them. */
export async function serverViews(
  url: string,
  ids: readonly string[],
  query: string,
  key?: string,
): Promise<Record<string, Views>> {
  const out: Record<string, Views> = {};
  const q = query ? `?${query}` : '';
  const drivers = `${q ? '&' : '?'}drivers=50`;
  for (const id of ids) {
    out[id] = {
      status: await get(url, `/negotiations/${id}/status${q}`, key),
      matrix: await get(url, `/negotiations/${id}/matrix${q}`, key),
      escalation: await get(url, `/negotiations/${id}/escalation${q}${drivers}`, key),
    };
  }
  return out;
}

/** The same views folded here from the exported log, at `at`. */
export function localViews(lines: readonly LogLine[], ids: readonly string[], at: string): Record<string, Views> {
  const T = Date.parse(at);
  const out: Record<string, Views> = {};
  for (const id of ids) {
    const entries = lines
      .filter((l) => l.stream === `negotiation-${id}`)
      .map((l) => ({ event: fromStoredEvent(l), position: l.position }));
    const state = foldViews(entries, { at: T }, DEFAULT_ESCALATION_MODEL);
    out[id] = {
      status: statusView(state, T, DEFAULT_ESCALATION_MODEL),
      matrix: matrixView(state, DEFAULT_ESCALATION_MODEL, { at: T }),
      escalation: escalationView(state, T, DEFAULT_ESCALATION_MODEL, { drivers: 50 }),
    };
  }
  return out;
}

/** The same views, as if read without `knownAt` (which they name). */
function asKnownNow(byId: Record<string, Views>): Record<string, Views> {
  return Object.fromEntries(
    Object.entries(byId).map(([id, views]) => [
      id,
      Object.fromEntries(Object.entries(views).map(([kind, view]) => [kind, { ...view, knownAt: null }])) as Views,
    ]),
  );
}

/** JSON as the wire would carry it (drops undefined, turns -0 into 0). */
function wire(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

/**
 * The views from memory (the present, and as of FIXED_T) equal the views
 * folded from the log by the server (knownAt far ahead, at FIXED_T) and
 * here. Throws naming what differs.
 */
export async function assertViewsMatchLog(
  url: string,
  ids: readonly string[],
  lines: readonly LogLine[],
  where: string,
  key?: string,
): Promise<Record<string, Views>> {
  const present = await serverViews(url, ids, '', key);
  // knownAt far in the future: folds the whole log again instead of answering from memory. The views say they were
  // read as known then; all else must be the same.
  const presentFolded = await serverViews(url, ids, 'knownAt=2999-01-01', key);
  for (const views of Object.values(presentFolded))
    for (const view of Object.values(views)) assert.equal(view.knownAt, '2999-01-01T23:59:59.999Z');
  assert.deepEqual(
    steady(present),
    steady(asKnownNow(presentFolded)),
    `${where}: the views kept in memory differ from the views folded from the log`,
  );
  const atT = await serverViews(url, ids, `at=${FIXED_T}`, key);
  assert.deepEqual(
    wire(atT),
    wire(localViews(lines, ids, FIXED_T)),
    `${where}: the server's views at ${FIXED_T} differ from the views folded here from the exported log`,
  );
  return atT;
}
