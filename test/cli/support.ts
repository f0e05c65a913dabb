/**
 * Running the `parley` CLI in tests.
 *
 * - `parley(args)`: the real thing, `node bin/parley.js …` as a subprocess,
 *   in an empty temp dir with an empty HOME so no config file of the machine
 *   leaks in, colours off. bin/parley.js runs the current source compiled
 *   once per source state with @swc/core into node_modules/.cache/parley-cli
 *   (PARLEY_CLI_BUILD): never a stale dist/, and a command starts in a
 *   fraction of the time the TypeScript loader takes. `{ fromSource: true }`
 *   runs the @swc-node/register fallback instead (PARLEY_CLI_FROM_SOURCE=1).
 * - `spawnParley(args)`: the same, left running (watch), with helpers to wait
 *   for output and to stop it with Ctrl-C.
 * - `runInProcess(args)`: `run()` in this process with captured output, for
 *   the many quick cases (every event type, every --help).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { transformFileSync } from '@swc/core';
import { run } from '../../apps/cli/src/program';
import type { Runtime } from '../../apps/cli/src/runtime';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin', 'parley.js');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Server URL (PARLEY_URL); omit for none. */
  readonly url?: string;
  readonly env?: Record<string, string | undefined>;
  /** Working directory (default: a fresh empty temp dir). */
  readonly cwd?: string;
  readonly input?: string;
  readonly timeoutMs?: number;
  /** Run the TypeScript source through @swc-node/register, as in a checkout without a build. */
  readonly fromSource?: boolean;
}

const scratch: string[] = [];
// Registered for the spec file that imports this module: its scratch dirs go when it is done.
afterAll(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** An empty temp dir, used as cwd and HOME; removed after the spec file's tests. */
export function scratchDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-cli-test-'));
  scratch.push(dir);
  return dir;
}

/** What the CLI needs at run time: its own source, @parley/domain and the leaf it imports, @parley/ids (the rest of its imports are types). */
function cliSources(): string[] {
  const list = (dir: string): string[] =>
    fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'testing' ? [] : list(rel);
      return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [rel] : [];
    });
  return [...list('apps/cli/src'), ...list('libs/domain/src'), ...list('libs/ids/src')].sort();
}

let build: string | undefined;

/** Compiles the CLI once per source state (a content hash names the directory); parallel workers may race, the rename settles it. */
export function cliBuild(): string {
  if (build) return build;
  const files = cliSources();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(ROOT, f)));
  const dir = path.join(ROOT, 'node_modules', '.cache', 'parley-cli', hash.digest('hex').slice(0, 16));
  if (!fs.existsSync(path.join(dir, 'apps', 'cli', 'src', 'main.js'))) {
    const tmp = `${dir}.${process.pid}.tmp`;
    for (const f of files) {
      const out = path.join(tmp, f.replace(/\.ts$/, '.js'));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const { code } = transformFileSync(path.join(ROOT, f), {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2022',
          baseUrl: ROOT,
          paths: {
            '@parley/domain': ['libs/domain/src'],
            '@parley/domain/*': ['libs/domain/src/*'],
            '@parley/ids': ['libs/ids/src'],
          },
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      });
      fs.writeFileSync(out, code);
    }
    try {
      fs.renameSync(tmp, dir);
    } catch {
      // Another worker got there first with the same sources.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    // Builds of earlier sources are of no further use.
    for (const old of fs.readdirSync(path.dirname(dir))) {
      if (/^[0-9a-f]{16}$/.test(old) && old !== path.basename(dir)) {
        fs.rmSync(path.join(path.dirname(dir), old), { recursive: true, force: true });
      }
    }
  }
  build = dir;
  return dir;
}

function childEnv(options: CliOptions, home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    ...(options.fromSource ? { PARLEY_CLI_FROM_SOURCE: '1' } : { PARLEY_CLI_BUILD: cliBuild() }),
    NO_COLOR: '1',
    COLUMNS: '120',
    ...(options.url ? { PARLEY_URL: options.url } : {}),
  };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function parley(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const cwd = options.cwd ?? scratchDir();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: childEnv(options, cwd),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`parley ${args.join(' ')} did not finish in time\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * A shell command line as a user pastes it (`bash -c`), with `parley` on the
 * PATH as the package's bin puts it there: quoting and line continuations are
 * the shell's, not the test's.
 */
export function shell(line: string, options: CliOptions = {}): Promise<CliResult> {
  const cwd = options.cwd ?? scratchDir();
  const bin = path.join(cwd, '.bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'parley'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  const env = childEnv(options, cwd);
  env.PATH = `${bin}${path.delimiter}${env.PATH ?? ''}`;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', line], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `parley … --json`, parsed; fails the test with the CLI's stderr when it did not exit 0. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read fields of the API's JSON
export async function parleyJson<T = any>(args: readonly string[], options: CliOptions = {}): Promise<T> {
  const result = await parley([...args, '--json'], options);
  if (result.code !== 0) throw new Error(`parley ${args.join(' ')} exited ${result.code}\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

export interface RunningCli {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout (or stderr) matches. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr', timeoutMs?: number): Promise<void>;
  /** Ctrl-C; resolves to the exit code. */
  interrupt(): Promise<number | null>;
}

export function spawnParley(args: readonly string[], options: CliOptions = {}): RunningCli {
  const cwd = options.cwd ?? scratchDir();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: childEnv(options, cwd),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const onData = (stream: 'stdout' | 'stderr') => (d: string) => {
    out[stream] += d;
    for (const l of listeners) l();
  };
  child.stdout!.setEncoding('utf8').on('data', onData('stdout'));
  child.stderr!.setEncoding('utf8').on('data', onData('stderr'));
  return {
    child,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    waitFor(pattern, stream = 'stdout', timeoutMs = 20_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(out[stream])) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(
              `no ${pattern} on ${stream} within ${timeoutMs} ms\nstdout: ${out.stdout}\nstderr: ${out.stderr}`,
            ),
          );
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async interrupt() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `run(args)` in this process: output captured, no TTY, no colour, the given env only (and cwd = HOME = a scratch dir unless given). */
export async function runInProcess(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<InProcessResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const home = options.cwd ?? scratchDir();
  const rt: Runtime = {
    env: { NO_COLOR: '1', XDG_CONFIG_HOME: path.join(home, '.config'), ...options.env },
    cwd: home,
    home,
    stdout: stdout as unknown as Runtime['stdout'],
    stderr: stderr as unknown as Runtime['stderr'],
    stdin: new PassThrough(),
    fetch: globalThis.fetch,
    onInterrupt: () => () => undefined,
  };
  const code = await run(args, rt);
  return { code, stdout: out, stderr: err };
}
