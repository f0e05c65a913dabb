#!/usr/bin/env node
/**
 * npm run lighthouse [-- --runs 3 --profile mobile|desktop|both --out <dir> --url <base>]
 *
 * Scores a negotiation page with Lighthouse (the npm package) in Debian's
 * Chromium (`/usr/bin/chromium`, or PARLEY_CHROMIUM; chrome-launcher's
 * chromePath — never a downloaded browser): starts the service on a fresh temp
 * store (or scores --url), imports the example case, then runs Lighthouse on
 * `/#/negotiations/pak-afghan-2025` with its mobile and desktop profiles,
 * simulated throttling (the right mode on a shared machine: the score does not
 * follow the load of the moment). Prints performance, accessibility and best
 * practices per run with LCP, TBT, CLS, the audits that fail, and the figures that do not depend on the machine's
 * load (bytes transferred, DOM elements, long tasks, main-thread time by category — the last two scaled by the
 * simulated CPU, so higher on a busy machine, but comparable between runs on the same one). Not a test:
 * the goals (performance ≥ 0.9, CLS < 0.1, accessibility ≥ 0.98) are checked and
 * reported, and the exit code is 1 when the median run of a profile misses one.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const NEGOTIATION = 'pak-afghan-2025';
const EXAMPLE = path.join(ROOT, 'examples', 'pakistan-afghanistan-2025.jsonl');
const GOALS = { performance: 0.9, accessibility: 0.98, cls: 0.1 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    profile: { type: 'string', default: 'both' },
    out: { type: 'string' },
    url: { type: 'string' },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error('--runs must be a whole number from 1 to 20');
const profiles = args.profile === 'both' ? ['mobile', 'desktop'] : [args.profile];
for (const p of profiles) if (p !== 'mobile' && p !== 'desktop') throw new Error('--profile must be mobile, desktop or both');
if (!fs.existsSync(CHROMIUM)) {
  console.error(`lighthouse: no Chromium at ${CHROMIUM}. Install Debian's (apt-get install -y chromium) or set PARLEY_CHROMIUM.`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/health`)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/** The service on a fresh store with the example case, or the --url given. */
async function startService() {
  if (args.url) return { base: args.url.replace(/\/$/, ''), stop: async () => {} };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-lighthouse-'));
  // The sources through swc, as `npm run demo` runs them (a dist/ folder may be older than the sources).
  const entry = ['-r', '@swc-node/register', path.join(ROOT, 'apps', 'api', 'src', 'main.ts')];
  const server = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: { ...process.env, PARLEY_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PARLEY_LOG_LEVEL: 'error', SWC_NODE_PROJECT: path.join(ROOT, 'tsconfig.json') },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  if (!(await waitForHealth(base, 90_000))) {
    await stop();
    throw new Error(`the service did not come up on ${base}`);
  }
  const res = await fetch(`${base}/admin/import`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: fs.readFileSync(EXAMPLE) });
  if (!res.ok) {
    await stop();
    throw new Error(`importing the example failed: ${res.status} ${await res.text()}`);
  }
  console.log(`service: ${base}, example case imported`);
  return { base, stop };
}

const ms = (audit) => (audit?.numericValue === undefined ? '—' : `${Math.round(audit.numericValue)} ms`);

async function score(url, profile, chrome) {
  const config = profile === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, throttlingMethod: 'simulate' }, config);
  const { lhr } = result;
  const a = lhr.audits;
  const failing = Object.values(a).filter((x) => x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable' && x.scoreDisplayMode !== 'manual');
  return {
    profile,
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    bestPractices: lhr.categories['best-practices'].score,
    fcp: ms(a['first-contentful-paint']),
    lcp: ms(a['largest-contentful-paint']),
    tbt: ms(a['total-blocking-time']),
    cls: a['cumulative-layout-shift'].numericValue,
    diagnostics: diagnostics(a),
    failing: failing.map((x) => `${x.id} (${x.score})${x.displayValue ? `: ${x.displayValue}` : ''}`),
    report: result.report,
  };
}

/** What the page costs, whatever the scores: bytes over the network, elements, long tasks, main-thread time by kind. */
function diagnostics(a) {
  const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
  const longTasks = a['long-tasks']?.details?.items ?? [];
  const mainThread = (a['mainthread-work-breakdown']?.details?.items ?? []).map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)}`);
  return (
    `${kib(a['total-byte-weight'].numericValue)} transferred, ${a['dom-size'].numericValue} DOM elements, ` +
    `${longTasks.length} long tasks (${Math.round(longTasks.reduce((s, t) => s + t.duration, 0))} ms); main thread ms: ${mainThread.join(', ')}`
  );
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

const service = await startService();
const url = `${service.base}/#/negotiations/${NEGOTIATION}`;
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
let missed = false;
// Interrupted: the browser and the service go too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await chrome.kill();
    await service.stop();
    process.exit(130);
  });
}
try {
  // A first load outside the count: the service folds its views and warms up once, as it would have long before a user came.
  await score(url, 'desktop', chrome);
  for (const profile of profiles) {
    const results = [];
    for (let i = 1; i <= runs; i++) {
      const r = await score(url, profile, chrome);
      results.push(r);
      console.log(
        `${profile.padEnd(7)} run ${i}: performance ${r.performance.toFixed(2)}  accessibility ${r.accessibility.toFixed(2)}  best practices ${r.bestPractices.toFixed(2)}  ·  FCP ${r.fcp}  LCP ${r.lcp}  TBT ${r.tbt}  CLS ${r.cls.toFixed(3)}`,
      );
      console.log(`          ${r.diagnostics}`);
      if (r.failing.length) console.log(`          below 0.9: ${r.failing.join('; ')}`);
      if (args.out) {
        fs.mkdirSync(args.out, { recursive: true });
        fs.writeFileSync(path.join(args.out, `${profile}-${i}.json`), r.report);
      }
    }
    const perf = median(results.map((r) => r.performance));
    const a11y = median(results.map((r) => r.accessibility));
    const cls = median(results.map((r) => r.cls));
    const ok = perf >= GOALS.performance && a11y >= GOALS.accessibility && cls < GOALS.cls;
    if (!ok) missed = true;
    console.log(`${profile.padEnd(7)} median: performance ${perf.toFixed(2)} (goal ≥ ${GOALS.performance}), accessibility ${a11y.toFixed(2)} (≥ ${GOALS.accessibility}), CLS ${cls.toFixed(3)} (< ${GOALS.cls}) — ${ok ? 'met' : 'MISSED'}\n`);
  }
} finally {
  await chrome.kill();
  await service.stop();
}
process.exit(missed ? 1 : 0);
