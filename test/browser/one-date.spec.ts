/**
 * One meaning of a date (README "Dates in queries"), read by one reader: the
 * domain's `time.ts`, which the page loads compiled from its source. The same
 * `at` gives the same figures through the HTTP API, the real CLI process and
 * the page in Debian's Chromium; and a date before a negotiation's opening
 * still shows its name, its parties and named matrix columns.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as domainTime from '@parley/domain';
import type { Browser, Page } from 'playwright-core';
import { compileForBrowser } from '../../apps/api/src/dashboard/domain-modules';
import { parley, parleyJson } from '../cli/support';
import { EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import { assertChromium, collectPageErrors, launchBrowser } from './browser';

const CASE = 'pak-afghan-2025';
/** The same case with its opening dated 17 Oct, as it was first recorded: 8–16 Oct come before the opening. */
const LATE = 'pak-afghan-late-opening';
const DAY = '2025-10-15';
const DOMAIN_SRC = path.resolve(__dirname, '../../libs/domain/src');

jest.setTimeout(60_000);

async function importLog(url: string, body: string): Promise<void> {
  const res = await fetch(`${url}/admin/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson' },
    body,
  });
  if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  const { position } = (await res.json()) as { position: number };
  // Wait until the views include it.
  await fetch(`${url}/negotiations?minPosition=${position}`);
}

/** The example under another id, every event id renamed (ids are unique across the log), its opening moved to 17 Oct. */
function lateOpeningCopy(): string {
  const text = fs.readFileSync(EXAMPLE_LOG, 'utf8');
  const ids = new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g));
  let copy = text.replaceAll(CASE, LATE);
  for (const id of ids)
    copy = copy.replaceAll(
      id,
      `${id.slice(0, -4)}${(parseInt(id.slice(-4), 16) ^ 0xbeef).toString(16).padStart(4, '0')}`,
    );
  return copy
    .trim()
    .split('\n')
    .map((line) => {
      const stored = JSON.parse(line);
      if (stored.type === 'NegotiationOpened') stored.metadata.occurredAt = '2025-10-17';
      return JSON.stringify(stored);
    })
    .join('\n');
}

/** Opens the negotiation replayed to `at` in a fresh page, waits for every view, runs `check`; the page must log no error. */
async function replayed(
  browser: Browser,
  url: string,
  at: string,
  check: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = collectPageErrors(page);
    await page.goto(url);
    await page.locator(`#negotiation[data-at="${at}"][data-views="ready"]`).waitFor({ timeout: 20_000 });
    await check(page);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('one meaning of a date, one reader', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    assertChromium();
    [t, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    await importLog(t.url, fs.readFileSync(EXAMPLE_LOG, 'utf8'));
    await importLog(t.url, lateOpeningCopy());
  });

  afterAll(async () => {
    await browser?.close();
    await t?.cleanup();
  });

  it("serves the domain's own time module to the page, compiled from its source (not a copy)", async () => {
    const res = await fetch(`${t.url}/assets/domain/time.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const served = await res.text();
    const source = path.join(DOMAIN_SRC, 'time.ts');
    expect(served).toBe(compileForBrowser(fs.readFileSync(source, 'utf8'), source));
    // Its one import comes the same way; nothing else of the domain is served.
    expect(served).toContain("from './errors.js'");
    const errorsModule = await (await fetch(`${t.url}/assets/domain/errors.js`)).text();
    expect((await fetch(`${t.url}/assets/domain/negotiation.js`)).status).toBe(404);
    expect((await fetch(`${t.url}/assets/domain/..%2Fpackage.json`)).status).toBe(404);

    // Loaded as an ES module, it answers exactly what the domain answers in the API.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-time-module-'));
    try {
      fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
      fs.writeFileSync(path.join(dir, 'time.js'), served);
      fs.writeFileSync(path.join(dir, 'errors.js'), errorsModule);
      const inputs = [
        '2025-10-15',
        '2025-11',
        '2024-02',
        '2025-10-15T18:00:00+05:00',
        '2025-02-30',
        '2025-10-15T18:00',
        'x',
      ];
      const script = `const t = await import(${JSON.stringify(path.join(dir, 'time.js'))});
        const inputs = ${JSON.stringify(inputs)};
        console.log(JSON.stringify({ exports: Object.keys(t).sort(), answers: inputs.map((v) => [t.parseTime(v) ?? null, t.queryInstant(v, 'start') ?? null, t.queryInstant(v, 'end') ?? null, t.timeProblem(v, t.OCCURRED_AT_FORMS) ?? null]) }));`;
      const browserSide = JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
      );
      const apiSide = inputs.map((v) => [
        domainTime.parseTime(v) ?? null,
        domainTime.queryInstant(v, 'start') ?? null,
        domainTime.queryInstant(v, 'end') ?? null,
        domainTime.timeProblem(v, domainTime.OCCURRED_AT_FORMS) ?? null,
      ]);
      expect(browserSide.answers).toEqual(apiSide);
      expect(browserSide.exports).toEqual(
        expect.arrayContaining(['parseTime', 'queryInstant', 'QUERY_TIME_EDGES', 'timeProblem', 'DAY_MS']),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`the same at (${DAY}) gives the same figures through the API, the CLI and the page`, async () => {
    // The API.
    const apiStatus = await (await fetch(`${t.url}/negotiations/${CASE}/status?at=${DAY}`)).json();
    const apiEscalation = await (await fetch(`${t.url}/negotiations/${CASE}/escalation?at=${DAY}`)).json();
    // A date-only `at` is the end of that UTC day: the 48-hour truce declared at 18:00 PKT that day is in force.
    expect(apiStatus.at).toBe(`${DAY}T23:59:59.999Z`);
    expect(apiStatus.ceasefire.state).toBe('in-force');

    // The CLI, as a real process.
    const cliStatus = await parleyJson(['status', CASE, '--at', DAY], { url: t.url, fromSource: true });
    const cliEscalation = await parleyJson(['escalation', CASE, '--at', DAY], { url: t.url, fromSource: true });
    expect(cliStatus).toEqual(apiStatus);
    expect(cliEscalation).toEqual(apiEscalation);
    const human = await parley(['escalation', CASE, '--at', DAY, '--no-chart'], { url: t.url, fromSource: true });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(apiEscalation.index.toFixed(1));

    // The page, replayed to the same day.
    await replayed(browser, `${t.url}/#/negotiations/${CASE}?at=${DAY}`, DAY, async (page) => {
      const shown = await page.evaluate(() => ({
        phase: document.querySelector('#status-body .phase')?.textContent ?? '',
        ceasefire: document.querySelector('#status-body .badge.ceasefire')?.className ?? '',
        index: Number(document.querySelector('#escalation-summary .esc-index strong')?.textContent),
        modules: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      }));
      expect(shown.modules).toContain('/assets/domain/time.js');
      expect(shown.ceasefire.split(' ')).toContain(`ceasefire-${apiStatus.ceasefire.state}`);
      expect(Math.abs(shown.index - apiEscalation.index)).toBeLessThanOrEqual(0.05);
      expect(shown.phase.toLowerCase().replace(/\s+/g, '-')).toBe(apiStatus.phase);
      // And the page's own reading of the day is the domain's: its "as of" instant is the end of the day.
      // (A string: the test's own compiler would turn an import() in a function into a require().)
      const pageInstant = await page.evaluate(
        `import('/assets/domain/time.js').then((time) => time.queryInstant('${DAY}', time.QUERY_TIME_EDGES.at))`,
      );
      expect(pageInstant).toBe(Date.parse(apiStatus.at));
    });
  });

  it('a date before the opening: the header names the negotiation and its parties, the matrix its actors', async () => {
    const at = '2025-10-13';
    const status = await (await fetch(`${t.url}/negotiations/${LATE}/status?at=${at}`)).json();
    expect(status.phase).toBe('pre-talks');
    await replayed(browser, `${t.url}/#/negotiations/${LATE}?at=${at}`, at, async (page) => {
      await expect(page.locator('#neg-title').textContent()).resolves.toBe('Pakistan – Afghan Taliban talks, 2025');
      await expect(page.locator('#neg-actors').textContent()).resolves.toMatch(/Pakistan.*Afghan Taliban government/s);
      const columns = await page.locator('#matrix-body thead th').allTextContents();
      expect(columns.join(' | ')).toContain('Afghan Taliban government');
      expect(columns.join(' | ')).not.toMatch(/afghan-taliban|\bpakistan\b/);
      const drivers = await page.locator('#escalation-summary').textContent();
      expect(drivers).not.toMatch(/\bby ttp\b|afghan-taliban/);
    });
  });
});
