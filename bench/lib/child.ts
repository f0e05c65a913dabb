/**
 * Child processes for the bench: the app under test and one-shot measurements
 * (a rebuild, a raw read) run in their own process, so that the client does not
 * share the server's event loop and peak memory is that process's alone.
 *
 * The bench runs the `tsc` build, as `npm start` does: `npm run bench` first
 * compiles bench/, apps/ and libs/ by tsconfig.bench.json into dist-bench/ (the
 * app's files come out as dist/'s), and every child is that JavaScript run by
 * plain `node`.
 *
 * `PARLEY_BENCH_CPU_PROF=<dir>` adds `--cpu-prof` to every child (profiles land
 * in <dir>), `PARLEY_BENCH_NODE_ARGS` any other node flags (e.g. `--trace-gc`);
 * every child still running when the bench ends is killed.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { extname, resolve } from 'node:path';

/** The compiled bench/ this file runs in: `<repo>/dist-bench/bench`. */
const BENCH_DIR = resolve(__dirname, '..');
export const REPO_ROOT = resolve(BENCH_DIR, '../..');

/** Throws unless this is the compiled bench (run from source, the children and REPO_ROOT would be wrong). */
export function assertCompiled(): void {
  if (extname(__filename) !== '.js')
    throw new Error('the bench runs the tsc build: start it with `npm run bench` (it compiles dist-bench/ first)');
}

const live = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

/** Starts the compiled `bench/<script>` (`lib/app-child` → dist-bench/bench/lib/app-child.js) with an IPC channel. */
export function forkBench(script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): ChildProcess {
  if (!hooked) {
    hooked = true;
    process.on('exit', killAll);
  }
  const profileDir = process.env['PARLEY_BENCH_CPU_PROF'];
  const extra = (process.env['PARLEY_BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = fork(resolve(BENCH_DIR, `${script}.js`), [...args], {
    cwd: REPO_ROOT,
    execArgv: ['--expose-gc', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...extra],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

export interface ChildReply<T> {
  readonly ok: boolean;
  readonly result?: T;
  readonly error?: string;
}

/** The next message from `child` (rejects if it exits first). */
export function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const onMessage = (message: unknown) => {
      child.off('exit', onExit);
      resolvePromise(message as T);
    };
    const onExit = (code: number | null, signal: string | null) => {
      child.off('message', onMessage);
      reject(new Error(`child ${child.pid} exited (${code ?? signal}) before answering`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
  });
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => child.once('exit', () => resolvePromise()));
}

/** Runs a one-shot child script to completion and returns what it sent back. */
export async function runChild<T>(script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<T> {
  const child = forkBench(script, args, env);
  try {
    const reply = await nextMessage<ChildReply<T>>(child);
    if (!reply.ok) throw new Error(`${script} failed: ${reply.error}`);
    return reply.result as T;
  } finally {
    await exited(child);
  }
}

/** For child scripts: run `work`, send its result (or the error) to the parent, exit. */
export function childMain<T>(work: () => Promise<T>): void {
  work().then(
    (result) => process.send?.({ ok: true, result } satisfies ChildReply<T>, () => process.exit(0)),
    (error: unknown) =>
      process.send?.(
        {
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies ChildReply<T>,
        () => process.exit(1),
      ),
  );
}

/** Peak resident set size of this process so far, in MiB (the kernel's high-water mark). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
