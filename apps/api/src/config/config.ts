import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_ESCALATION_MODEL,
  ESCALATION_MODELS,
  escalationModel,
  type EscalationModel,
} from '@parley/projections';
import { IMPORT_WINDOW } from '../admin/import-window';
import { LOG_FORMATS, type LogFormat, logFormatOf } from './log-format';

/** Which event store backs the service. */
export type StoreKind = 'sqlite' | 'memory' | 'eventstoredb';

export interface AppConfig {
  readonly host: string;
  readonly port: number;
  readonly store: StoreKind;
  /** Directory for the SQLite log and the views' snapshot file. */
  readonly dataDir: string;
  /** The SQLite event log (store `sqlite`). */
  readonly sqlitePath: string;
  /** The views' snapshots (always local to this process). */
  readonly snapshotPath: string;
  readonly eventStoreConnectionString?: string;
  /** `name:role:key` entries, comma separated (plaintext; hashed at load). */
  readonly apiKeys?: string;
  /** JSON file of `{ name, role, keyHash }` (sha256 hex) entries: `PARLEY_KEYS_FILE`, else `<dataDir>/keys.json` when it exists. */
  readonly keysFile?: string;
  /** `PARLEY_ALLOW_LOCAL_MODE=network`: run in local mode (no keys, every request admin) on a non-loopback address anyway. */
  readonly allowLocalModeOnNetwork: boolean;
  /** `PARLEY_PUBLISHED_ADDRESS` (set by docker-compose.yml): where the API is reachable from; not loopback → keys required, whatever else. */
  readonly publishedAddress?: string;
  readonly logLevel: string;
  /** `PARLEY_LOG_FORMAT`; by default readable lines on a terminal, JSON lines otherwise. */
  readonly logFormat: LogFormat;
  /** Allowed CORS origins; empty = CORS closed. */
  readonly corsOrigins: readonly string[];
  /** Largest JSON body accepted by ordinary routes, in bytes (`PARLEY_BODY_LIMIT`: `1mb`, `512kb`, `2048`). */
  readonly bodyLimit: number;
  /**
   * Writes allowed per key per minute, counted in this process: each API
   * replica has its own budget, so behind a load balancer a key may write up
   * to replicas × this. Divide the budget you want by the replica count.
   */
  readonly writeRateLimit: number;
  /** Wrong API keys one address may present per minute before it is refused (429) for the rest of the minute. */
  readonly authFailureLimit: number;
  /** How long a view waits for `minPosition` before answering 503 (views-behind). */
  readonly minPositionTimeoutMs: number;
  /**
   * EventStoreDB: how long the start-up read may keep failing as "unavailable"
   * (a cluster still electing its leader) before start-up fails (ms); retried
   * with backoff meanwhile.
   */
  readonly storeConnectTimeoutMs: number;
  /**
   * How often the views' watchdog compares the store's head with the views'
   * position (ms; 0 = off). Behind the head with no progress for a whole
   * period, the subscription counts as stalled: /health and view reads answer
   * 503 `views-stalled`, and it is restarted with backoff.
   */
  readonly viewsWatchdogMs: number;
  /** First delay before restarting a dead or stalled views subscription (ms); doubles per attempt up to 30 s. */
  readonly viewsRestartMs: number;
  /**
   * At start-up, how long the views' subscription may go without any progress
   * (events, checkpoints, "caught up") before start-up fails (ms).
   */
  readonly viewsBootstrapTimeoutMs: number;
  /** Snapshot the views after this many applied events (and on shutdown). */
  readonly snapshotEvery: number;
  /** `PARLEY_IMPORT_WINDOW`: events an import appends per transaction (other writers wait for each window). */
  readonly importWindow: number;
  /** The escalation model views use when a request names none (`?model=`). */
  readonly escalationModel: EscalationModel;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`configuration ${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A size such as `1mb`, `512kb` or `2048` (bytes; units of 1024, as body-parser read them). */
function byteSize(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const raw = env[name] || fallback;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(raw);
  const bytes = match ? Math.floor(Number(match[1]) * BYTE_UNITS[(match[2] ?? 'b').toLowerCase()]!) : NaN;
  if (!(bytes >= 1 && bytes <= 1024 ** 3))
    throw new ConfigError(name, `must be a size from 1 byte to 1gb such as 1mb, 512kb or 2048, got "${raw}"`);
  return bytes;
}

function modelOf(raw: string | undefined): EscalationModel {
  if (raw === undefined || raw === '') return DEFAULT_ESCALATION_MODEL;
  const model = escalationModel(raw);
  if (model === undefined) {
    throw new ConfigError(
      'PARLEY_ESCALATION_MODEL',
      `must be one of ${Object.keys(ESCALATION_MODELS).join(', ')}, got "${raw}"`,
    );
  }
  return model;
}

function logFormat(raw: string | undefined, stdoutIsTTY: boolean): LogFormat {
  const format = logFormatOf(raw, stdoutIsTTY);
  if (format === undefined)
    throw new ConfigError('PARLEY_LOG_FORMAT', `must be one of ${LOG_FORMATS.join(', ')} (or unset), got "${raw}"`);
  return format;
}

function allowLocalMode(raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  if (raw === 'network') return true;
  throw new ConfigError('PARLEY_ALLOW_LOCAL_MODE', `must be "network" (or unset), got "${raw}"`);
}

/** True for an address only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Closed by default: local mode (no keys: every request acts as an admin) is
 * refused on an address other machines can reach, unless asked for by name.
 */
export function assertNotOpenByAccident(config: AppConfig, localMode: boolean): void {
  if (!localMode) return;
  // Compose tells the API where it publishes it: the container listens on 0.0.0.0 either way.
  const published = config.publishedAddress;
  if (published !== undefined && !isLoopbackHost(published)) {
    throw new ConfigError(
      'PARLEY_API_KEYS',
      `is required when the API is published on ${published} (PARLEY_PUBLISHED_ADDRESS): without keys every request would act as an admin. ` +
        'Add keys (npm run keys -- add <name> <role>, or PARLEY_API_KEYS / PARLEY_KEYS_FILE), or publish on 127.0.0.1',
    );
  }
  if (isLoopbackHost(config.host) || config.allowLocalModeOnNetwork) return;
  throw new ConfigError(
    'PARLEY_ALLOW_LOCAL_MODE',
    `no API keys are configured, and HOST=${config.host} is reachable from other machines: every request would act as an admin. ` +
      'Add keys (npm run keys -- add <name> <role>, or PARLEY_API_KEYS / PARLEY_KEYS_FILE), listen on 127.0.0.1, ' +
      'or set PARLEY_ALLOW_LOCAL_MODE=network to run open on purpose',
  );
}

/**
 * Reads and checks the environment. Every variable is documented in the README (Configuration).
 * `stdoutIsTTY` picks the default log format.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  stdoutIsTTY = process.stdout.isTTY === true,
): AppConfig {
  const store = (env.PARLEY_STORE ?? 'sqlite') as StoreKind;
  if (!['sqlite', 'memory', 'eventstoredb'].includes(store)) {
    throw new ConfigError('PARLEY_STORE', `must be sqlite, memory or eventstoredb, got "${store}"`);
  }
  const dataDir = path.resolve(env.PARLEY_DATA_DIR ?? './data');
  const connection = env.EVENTSTORE_CONNECTION_STRING || undefined;
  if (store === 'eventstoredb' && !connection) {
    throw new ConfigError('EVENTSTORE_CONNECTION_STRING', 'is required when PARLEY_STORE=eventstoredb');
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 3000, 0, 65535),
    store,
    dataDir,
    sqlitePath: path.resolve(env.PARLEY_DB_FILE ?? path.join(dataDir, 'parley.sqlite')),
    snapshotPath: path.resolve(env.PARLEY_SNAPSHOT_FILE ?? path.join(dataDir, 'views.sqlite')),
    eventStoreConnectionString: connection,
    apiKeys: env.PARLEY_API_KEYS || undefined,
    // What `npm run keys -- add` writes is what the server reads: a keys file in the data directory is never ignored.
    keysFile:
      env.PARLEY_KEYS_FILE ||
      (fs.existsSync(path.join(dataDir, 'keys.json')) ? path.join(dataDir, 'keys.json') : undefined),
    allowLocalModeOnNetwork: allowLocalMode(env.PARLEY_ALLOW_LOCAL_MODE),
    publishedAddress: env.PARLEY_PUBLISHED_ADDRESS?.trim() || undefined,
    logLevel: env.PARLEY_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    logFormat: logFormat(env.PARLEY_LOG_FORMAT, stdoutIsTTY),
    corsOrigins: (env.PARLEY_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: byteSize(env, 'PARLEY_BODY_LIMIT', '1mb'),
    writeRateLimit: int(env, 'PARLEY_WRITE_RATE_LIMIT', 1200, 1, 1_000_000),
    authFailureLimit: int(env, 'PARLEY_AUTH_FAILURE_LIMIT', 20, 1, 1_000_000),
    minPositionTimeoutMs: int(env, 'PARLEY_MIN_POSITION_TIMEOUT_MS', 5000, 0, 60_000),
    snapshotEvery: int(env, 'PARLEY_SNAPSHOT_EVERY', 10_000, 1, 100_000_000),
    importWindow: int(env, 'PARLEY_IMPORT_WINDOW', IMPORT_WINDOW, 1, 1_000_000),
    storeConnectTimeoutMs: int(env, 'PARLEY_STORE_CONNECT_TIMEOUT_MS', 60_000, 0, 3_600_000),
    viewsWatchdogMs: int(env, 'PARLEY_VIEWS_WATCHDOG_MS', 15_000, 0, 3_600_000),
    viewsRestartMs: int(env, 'PARLEY_VIEWS_RESTART_MS', 1_000, 1, 60_000),
    viewsBootstrapTimeoutMs: int(env, 'PARLEY_VIEWS_BOOTSTRAP_TIMEOUT_MS', 120_000, 1, 3_600_000),
    escalationModel: modelOf(env.PARLEY_ESCALATION_MODEL),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
