import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_ESCALATION_MODEL,
  ESCALATION_MODELS,
  escalationModel,
  type EscalationModel,
} from '@parley/projections';

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
  readonly logLevel: string;
  /** Allowed CORS origins; empty = CORS closed. */
  readonly corsOrigins: readonly string[];
  /** Largest JSON body accepted by ordinary routes. */
  readonly bodyLimit: string;
  /** Writes allowed per key per minute. */
  readonly writeRateLimit: number;
  /** Wrong API keys one address may present per minute before it is refused (429) for the rest of the minute. */
  readonly authFailureLimit: number;
  /** How long a view waits for `minPosition` before answering 503 (views-behind). */
  readonly minPositionTimeoutMs: number;
  /** Snapshot the views after this many applied events (and on shutdown). */
  readonly snapshotEvery: number;
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
  if (!localMode || isLoopbackHost(config.host) || config.allowLocalModeOnNetwork) return;
  throw new ConfigError(
    'PARLEY_ALLOW_LOCAL_MODE',
    `no API keys are configured, and HOST=${config.host} is reachable from other machines: every request would act as an admin. ` +
      'Add keys (npm run keys -- add <name> <role>, or PARLEY_API_KEYS / PARLEY_KEYS_FILE), listen on 127.0.0.1, ' +
      'or set PARLEY_ALLOW_LOCAL_MODE=network to run open on purpose',
  );
}

/** Reads and checks the environment. Every variable is documented in the README (Configuration). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
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
    logLevel: env.PARLEY_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    corsOrigins: (env.PARLEY_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: env.PARLEY_BODY_LIMIT ?? '1mb',
    writeRateLimit: int(env, 'PARLEY_WRITE_RATE_LIMIT', 1200, 1, 1_000_000),
    authFailureLimit: int(env, 'PARLEY_AUTH_FAILURE_LIMIT', 20, 1, 1_000_000),
    minPositionTimeoutMs: int(env, 'PARLEY_MIN_POSITION_TIMEOUT_MS', 5000, 0, 60_000),
    snapshotEvery: int(env, 'PARLEY_SNAPSHOT_EVERY', 10_000, 1, 100_000_000),
    escalationModel: modelOf(env.PARLEY_ESCALATION_MODEL),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
