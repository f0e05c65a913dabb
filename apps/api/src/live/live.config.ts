import { ConfigError } from '../config/config';

/** Limits and timings of the SSE routes. Every field has an environment variable (see `loadLiveConfig`). */
export interface LiveConfig {
  /** `retry:` advice sent at the start of every stream: how long an EventSource waits before reconnecting. */
  readonly retryMs: number;
  /** A `: keep-alive` comment goes to every idle client this often, so proxies do not drop quiet streams. */
  readonly heartbeatMs: number;
  /** How often the views of watched negotiations are recomputed for changes that time makes (deadlines, ceasefires, decay). */
  readonly tickMs: number;
  /**
   * A client that still has more than this many bytes queued in this process
   * (Node's buffer, beyond what the kernel's socket buffers took) when new data
   * arrives has fallen behind: it is sent `overflow` and cut off.
   */
  readonly maxBufferedBytes: number;
  /** How long a client cut off for overflow gets to read its last bytes before its socket is destroyed. */
  readonly overflowGraceMs: number;
  /** The event feed writes to its clients at most this often: bursts of commits go out as one write per client. */
  readonly flushMs: number;
  /**
   * The largest share of the time the fan-out may take (0–1): after a write to
   * every client that took d ms, the next waits until d is at most this share
   * of the time since. Many clients and a busy log give fewer, larger writes
   * instead of slower writers.
   */
  readonly fanOutShare: number;
  /** …but a new event never waits longer than this for its write (the latency bound wins over the share). */
  readonly maxDelayMs: number;
  /** Views of one negotiation are recomputed at most this often while events stream in. */
  readonly viewsFlushMs: number;
  /** Recent events kept in memory, so that a client resuming from a recent position needs no store read. */
  readonly replayEvents: number;
  /** Events per store read while a resuming client catches up from an older position. */
  readonly catchUpPage: number;
  /** Open streams one API key may hold at once (both routes together); one more is answered 429. */
  readonly maxStreamsPerKey: number;
  /** Open streams one client address may hold at once, whatever its keys; one more is answered 429. */
  readonly maxStreamsPerAddress: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

/**
 * Reads the live routes' settings from the process environment:
 *
 * | variable | default | |
 * | --- | --- | --- |
 * | `PARLEY_LIVE_RETRY_MS` | 3000 | reconnect advice (`retry:`) |
 * | `PARLEY_LIVE_HEARTBEAT_MS` | 15000 | `: keep-alive` interval |
 * | `PARLEY_LIVE_TICK_MS` | 30000 | recompute watched views for time-driven changes |
 * | `PARLEY_LIVE_MAX_BUFFER_BYTES` | 262144 | per-client queue before `overflow` |
 * | `PARLEY_LIVE_OVERFLOW_GRACE_MS` | 5000 | time to read the `overflow` message |
 * | `PARLEY_LIVE_FLUSH_MS` | 10 | least time between two writes to a feed client |
 * | `PARLEY_LIVE_FANOUT_PERCENT` | 10 | CPU share the fan-out aims to stay under (its writes are spaced out) |
 * | `PARLEY_LIVE_MAX_DELAY_MS` | 50 | …but no event waits longer than this for its write |
 * | `PARLEY_LIVE_VIEWS_FLUSH_MS` | 250 | least time between two recomputations of a watched negotiation |
 * | `PARLEY_LIVE_REPLAY_EVENTS` | 10000 | recent events kept in memory for resumes |
 * | `PARLEY_LIVE_CATCH_UP_PAGE` | 500 | events per store read of a resuming client |
 * | `PARLEY_LIVE_MAX_STREAMS_PER_KEY` | 20 | open streams per API key (429 beyond) |
 * | `PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS` | 40 | open streams per client address (429 beyond) |
 */
export function loadLiveConfig(env: NodeJS.ProcessEnv = process.env): LiveConfig {
  return {
    retryMs: int(env, 'PARLEY_LIVE_RETRY_MS', 3000, 0, 3_600_000),
    heartbeatMs: int(env, 'PARLEY_LIVE_HEARTBEAT_MS', 15_000, 10, 3_600_000),
    tickMs: int(env, 'PARLEY_LIVE_TICK_MS', 30_000, 10, 86_400_000),
    maxBufferedBytes: int(env, 'PARLEY_LIVE_MAX_BUFFER_BYTES', 256 * 1024, 1024, 1024 * 1024 * 1024),
    overflowGraceMs: int(env, 'PARLEY_LIVE_OVERFLOW_GRACE_MS', 5000, 0, 600_000),
    flushMs: int(env, 'PARLEY_LIVE_FLUSH_MS', 10, 0, 10_000),
    fanOutShare: int(env, 'PARLEY_LIVE_FANOUT_PERCENT', 10, 1, 100) / 100,
    maxDelayMs: int(env, 'PARLEY_LIVE_MAX_DELAY_MS', 50, 0, 60_000),
    viewsFlushMs: int(env, 'PARLEY_LIVE_VIEWS_FLUSH_MS', 250, 0, 60_000),
    replayEvents: int(env, 'PARLEY_LIVE_REPLAY_EVENTS', 10_000, 0, 10_000_000),
    catchUpPage: int(env, 'PARLEY_LIVE_CATCH_UP_PAGE', 500, 1, 10_000),
    maxStreamsPerKey: int(env, 'PARLEY_LIVE_MAX_STREAMS_PER_KEY', 20, 1, 1_000_000),
    maxStreamsPerAddress: int(env, 'PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS', 40, 1, 1_000_000),
  };
}

export const LIVE_CONFIG = Symbol('LIVE_CONFIG');
