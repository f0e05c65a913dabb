/**
 * The real service in a child process, started the way an operator starts it
 * (`node -r @swc-node/register apps/api/src/main.ts` with PARLEY_DATA_DIR and
 * PORT), so that it can be killed with SIGKILL and started again on the same
 * data directory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** SIGKILL: no shutdown hook, no snapshot, no flush. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (graceful), then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** What the process wrote to stderr (and stdout), for failure messages. */
  output(): string;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const live = new Set<ChildProcess>();
// A test that fails half-way must not leave a server behind.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Linux tells which process owns a listening socket; elsewhere a free port is picked before the start. */
const PROC = fs.existsSync('/proc/self/fd') && fs.existsSync('/proc/net/tcp');

/**
 * The TCP port process `pid` listens on, if it listens yet: its sockets'
 * inodes (`/proc/<pid>/fd`) against the kernel's listening sockets.
 */
function listeningPort(pid: number): number | undefined {
  const inodes = new Set<string>();
  try {
    for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
      try {
        const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith('socket:[')) inodes.add(target.slice('socket:['.length, -1));
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return undefined; // gone
  }
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local address "ADDR:PORT" (hex), state 0A = LISTEN, inode in column 10
      if (cols[3] === '0A' && inodes.has(cols[9] ?? '')) return parseInt(cols[1]!.split(':')[1]!, 16);
    }
  }
  return undefined;
}

/**
 * Starts the service on `dataDir` and resolves once `/health` answers 200.
 * On Linux the service picks its own port (PORT=0) and the port is read from
 * the process's own listening socket: a port picked beforehand can be taken by
 * another test's server in between, and its /health would answer for ours.
 */
export async function startServer(
  dataDir: string,
  env: Record<string, string> = {},
  bootTimeoutMs = 30_000,
): Promise<ServerProcess> {
  let port = PROC ? 0 : await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      // The caller's environment minus its Parley settings: only what is given here configures the server.
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PARLEY_') && k !== 'NODE_ENV')),
      PARLEY_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PARLEY_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => live.delete(child));
  const deadline = Date.now() + bootTimeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`the server exited during start-up:\n${output}`);
    if (port === 0) port = listeningPort(child.pid!) ?? 0;
    try {
      if (port === 0) throw new Error('not listening yet');
      const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
      await res.text();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`the server did not become healthy within ${bootTimeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => output,
    async kill() {
      if (!gone) child.kill('SIGKILL');
      await exited;
    },
    async stop(graceMs = 10_000) {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
