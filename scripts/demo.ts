/**
 * `npm run demo`: the service on a fresh store with both example cases loaded
 * (Pakistan – Afghan Taliban talks, India – Pakistan crisis), and where to look.
 *
 * - starts the API (`apps/api/src/main.ts`) as a child process on PORT
 *   (default 3000), with its data in a new temp dir (or DEMO_DATA_DIR, kept);
 * - waits for /health, imports every case of EXAMPLES with the CLI's own
 *   `import` command;
 * - prints the dashboard, the docs and CLI commands to try;
 * - runs until Ctrl-C (or SIGTERM), then stops the server cleanly and deletes
 *   the temp store.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import pc from 'picocolors';
import { run } from '../apps/cli/src/program';
import { processRuntime } from '../apps/cli/src/runtime';

const ROOT = path.resolve(__dirname, '..');
/** The shipped cases, loaded in this order: their files under examples/ and their negotiation ids. */
const EXAMPLES = [
  { file: 'pakistan-afghanistan-2025.jsonl', id: 'pak-afghan-2025' },
  { file: 'india-pakistan-2025.jsonl', id: 'india-pakistan-2025' },
] as const;
const CASE = EXAMPLES[0].id;
const SECOND = EXAMPLES[1].id;

async function main(): Promise<number> {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    return fail(`PORT=${process.env.PORT} is not a port number`);
  const host = process.env.HOST ?? '127.0.0.1';
  const url = `http://localhost:${port}`;
  if (!(await portFree(port, host))) {
    return fail(`port ${port} is already in use — stop whatever runs there, or pick another: PORT=3001 npm run demo`);
  }

  const keep = Boolean(process.env.DEMO_DATA_DIR);
  const dataDir = keep
    ? path.resolve(process.env.DEMO_DATA_DIR!)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'parley-demo-'));
  fs.mkdirSync(dataDir, { recursive: true });
  const cleanup = () => {
    if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  console.log(pc.dim(`starting Parley on ${url} (store: ${dataDir}${keep ? '' : ', deleted on exit'})…`));
  const server = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(ROOT, 'apps', 'api', 'src', 'main.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PARLEY_DATA_DIR: dataDir,
        PORT: String(port),
        HOST: host,
        // Only errors: the service's JSON log lines would bury the instructions below.
        PARLEY_LOG_LEVEL: process.env.PARLEY_LOG_LEVEL ?? 'error',
        SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<number>((resolve) =>
    server.once('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1))),
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(pc.dim('\nstopping the server…'));
    // Ctrl-C in a terminal reaches the server too (same process group): give it a moment to close by itself.
    if (signal !== 'SIGINT' || !(await within(exited, 1500))) server.kill('SIGTERM');
    if (!(await within(exited, 10_000))) server.kill('SIGKILL');
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const up = await Promise.race([waitForHealth(url, 90_000), exited.then(() => false)]);
  if (!up) {
    await stop('SIGTERM');
    cleanup();
    return fail(`the server did not come up on ${url}; see its output above`);
  }

  for (const example of EXAMPLES) {
    const file = path.join(ROOT, 'examples', example.file);
    const code = await run(['import', path.relative(process.cwd(), file) || file, '--url', url], processRuntime());
    if (code !== 0) {
      await stop('SIGTERM');
      cleanup();
      return fail(`importing ${example.file} failed (see above)`);
    }
  }

  const env = port === 3000 ? '' : `PARLEY_URL=${url} `;
  const cmd = (args: string, why: string) =>
    `  ${pc.cyan(`${env}npx parley ${args}`.padEnd(env.length + 58))}${why ? pc.dim(`# ${why}`) : ''}`;
  console.log(`
${pc.bold(pc.green('Parley demo is running'))} — two cases are loaded: the 2025 Pakistan – Afghan Taliban talks (${CASE})
and the April–June 2025 India – Pakistan crisis (${SECOND}).

  Dashboard  ${pc.bold(`${url}/`)}
  API docs   ${pc.bold(`${url}/docs`)}
  Health     ${url}/health

Try the CLI in another terminal:
${cmd(`status ${CASE}`, 'where the talks stand today')}
${cmd(`matrix ${CASE}`, 'demands × parties; --evidence for quotes and sources')}
${cmd(`escalation ${CASE}`, 'today: what still holds (closed border, ultimatum)')}
${cmd(`escalation ${CASE} --at 2025-11-30`, 'as it stood at the end of November')}
${cmd(`status ${CASE} --at 2025-10-20`, 'the past: just after the Doha ceasefire')}
${cmd(`timeline ${CASE} --at 2025-10-20`, 'every event up to then, with sources')}
${cmd(`status ${SECOND} --at 2025-05-11`, 'the morning after the 10 May ceasefire')}
${cmd(`escalation ${SECOND} --at 2025-05-09`, 'during the drone and missile exchanges')}
${cmd(`matrix ${SECOND}`, 'treaty, probe, dialogue: who stands where')}
${cmd(`watch ${CASE}`, 'live; record something from a third terminal')}
${cmd('--help', 'every command; parley <command> --help for one')}

${pc.dim('Local mode: no API keys are configured, so every request acts as the local admin — fine on localhost.')}
${pc.dim('Ctrl-C stops the server.')}`);

  const exitCode = await exited;
  cleanup();
  if (!stopping) return fail(`the server stopped unexpectedly (exit code ${exitCode})`);
  console.log(pc.dim('stopped.'));
  return 0;
}

function fail(message: string): number {
  console.error(`${pc.red(pc.bold('demo:'))} ${message}`);
  return 1;
}

function portFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function within<T>(promise: Promise<T>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const done = await Promise.race([
    promise.then(() => true),
    new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms))),
  ]);
  clearTimeout(timer);
  return done;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
