import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';

export interface TestApp {
  readonly app: NestFastifyApplication;
  /** Base URL of the real HTTP server, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the server (the data dir stays until `cleanup`). */
  close(): Promise<void>;
  /** Stops the server and deletes the data dir. */
  cleanup(): Promise<void>;
}

export const KEYS = {
  viewer: 'viewer-key-0123456789abcdef-0123456789',
  analyst: 'analyst-key-0123456789abcdef-0123456789',
  admin: 'admin-key-0123456789abcdef-0123456789',
} as const;

/** PARLEY_API_KEYS for the three roles above. */
export const KEYS_ENV = `vera:viewer:${KEYS.viewer},ana:analyst:${KEYS.analyst},adam:admin:${KEYS.admin}`;

/**
 * Boots the real service (every module, guard, pipe and filter) on a real
 * SQLite file in a temp dir, listening on a random loopback port.
 * Pass the same `dataDir` again to restart on the same log.
 */
export async function startTestApp(
  options: { env?: Record<string, string>; dataDir?: string; withKeys?: boolean } = {},
): Promise<TestApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parley-test-'));
  const env: NodeJS.ProcessEnv = {
    PARLEY_DATA_DIR: dataDir,
    PARLEY_LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...(options.withKeys ? { PARLEY_API_KEYS: KEYS_ENV } : {}),
    ...options.env,
  };
  const config = loadConfig(env);
  const app = await createApp({ config });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  return {
    app,
    url,
    dataDir,
    close,
    cleanup: async () => {
      await close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const EXAMPLE_LOG = path.resolve(__dirname, '../../examples/pakistan-afghanistan-2025.jsonl');
/** The example log's stored lines, parsed (one event a line). */
export function exampleLines(): { type: string; metadata: { occurredAt: string; recordedAt: string } }[] {
  return fs
    .readFileSync(EXAMPLE_LOG, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; metadata: { occurredAt: string; recordedAt: string } });
}
/** How many events the example log holds. */
export const EXAMPLE_EVENT_COUNT = exampleLines().length;

/** Imports the example case (examples/pakistan-afghanistan-2025.jsonl) into a test app. */
export async function importExample(url: string, headers: Record<string, string> = {}): Promise<void> {
  const res = await fetch(`${url}/admin/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson', ...headers },
    body: fs.readFileSync(EXAMPLE_LOG),
  });
  if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
}
