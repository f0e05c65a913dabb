/**
 * Boots the real app in a child process (see app-child.ts) on a fresh data
 * directory, with API keys for the three roles and logging at `warn` — the
 * way it would be run in production, minus the request log.
 */
import type { ChildProcess } from 'node:child_process';
import { exited, forkBench, nextMessage } from './child';

export const KEYS = {
  viewer: 'bench-viewer-key-0123456789abcdef',
  analyst: 'bench-analyst-key-0123456789abcdef',
  admin: 'bench-admin-key-0123456789abcdef',
} as const;

export interface AppStats {
  readonly rss: number;
  readonly heapUsed: number;
  readonly maxRssKiB: number;
  /** CPU time (user + system) the app has used so far, µs. */
  readonly cpuMicros: number;
  /** The part of cpuMicros spent in the kernel (sockets, fsync, …), µs. */
  readonly systemMicros: number;
  /** Time the main thread has been busy (not waiting in the event loop for I/O): run or blocked, µs. */
  readonly busyMicros: number;
}

export interface AppProcess {
  readonly url: string;
  readonly port: number;
  /** For reading its CPU time from /proc while its event loop is busy. */
  readonly pid: number | undefined;
  stats(): Promise<AppStats>;
  stop(): Promise<void>;
}

export async function startAppProcess(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<AppProcess> {
  return startServer('lib/app-child', {
    PARLEY_DATA_DIR: dataDir,
    PARLEY_LOG_LEVEL: 'warn',
    PARLEY_API_KEYS: `vera:viewer:${KEYS.viewer},ana:analyst:${KEYS.analyst},adam:admin:${KEYS.admin}`,
    PARLEY_WRITE_RATE_LIMIT: '1000000',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    ...env,
  });
}

/** Bodies the framework floor answers with (copies of the real app's answers). */
export interface FloorBodies {
  /** The 201 body of `POST /negotiations/:id/events`. */
  readonly post?: string;
  /** `GET /negotiations/:id/<view>` → body. */
  readonly get?: Readonly<Record<string, string>>;
  /** The durable floor: each POST's body is appended to our SQLite store on this file before the 201. */
  readonly store?: string;
}

/** The HTTP adapters the floor can run on: the app's own (fastify) and the one it used before (express, a reference). */
export type FloorAdapter = 'fastify' | 'express';

/** The bare NestJS app of lib/floor-child.ts: what any route costs on this machine, with our bodies. */
export async function startFloorProcess(bodies: FloorBodies, adapter: FloorAdapter = 'fastify'): Promise<AppProcess> {
  return startServer('lib/floor-child', {
    NODE_ENV: 'production',
    PARLEY_FLOOR_ADAPTER: adapter,
    PARLEY_FLOOR_POST: bodies.post ?? '{}',
    PARLEY_FLOOR_GET: JSON.stringify(bodies.get ?? {}),
    ...(bodies.store === undefined ? {} : { PARLEY_FLOOR_STORE: bodies.store }),
  });
}

async function startServer(script: string, env: NodeJS.ProcessEnv): Promise<AppProcess> {
  const child: ChildProcess = forkBench(script, [], env);
  const ready = await nextMessage<{ type: string; port: number }>(child);
  if (ready.type !== 'ready') throw new Error(`app child said ${JSON.stringify(ready)}`);
  let stopped = false;
  return {
    port: ready.port,
    url: `http://127.0.0.1:${ready.port}`,
    pid: child.pid,
    async stats() {
      const reply = nextMessage<AppStats & { type: string }>(child);
      child.send({ type: 'stats' });
      return reply;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.send({ type: 'stop' });
      await exited(child);
      clearTimeout(timer);
    },
  };
}
