import * as fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { importExample, startTestApp, type TestApp } from '../support/app';

/** Debian's Chromium: the suite drives the system browser, never a downloaded one. */
export const CHROMIUM_PATH = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws (so the suite fails, never skips) when Chromium is not installed, saying how to install it. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH} and it is not there.\n` +
        'Install it with:  apt-get update && apt-get install -y chromium\n' +
        '(or point PARLEY_CHROMIUM at a Chromium binary). .ci/run installs it in CI.',
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** Fails the test on any error the page logs or throws (a broken module, a CSP refusal). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    // The live stream is optional (404 until the server has it); a failed EventSource logs nothing else worth failing on.
    if (/\/stream\b/.test(m.location().url ?? '') || /EventSource/.test(text)) return;
    // Deliberate 4xx answers (the bad-form test) are logged by Chromium as failed resources.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    errors.push(`console: ${text}`);
  });
  return errors;
}

export { importExample } from '../support/app';

export interface BrowserSuite {
  t: TestApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * For a describe block: a real app holding the example case (plus what `setup` records) and Chromium; each test
 * gets a fresh context and page with `contextOptions`, and fails on any error the page logs.
 */
export function browserSuite(
  contextOptions: BrowserContextOptions,
  setup?: (url: string) => Promise<void>,
): BrowserSuite {
  const s = { errors: [] as string[] } as BrowserSuite;
  beforeAll(async () => {
    assertChromium();
    [s.t, s.browser] = await Promise.all([startTestApp(), launchBrowser()]);
    await importExample(s.t.url);
    await setup?.(s.t.url);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.t?.cleanup();
  });
  beforeEach(async () => {
    s.context = await s.browser.newContext(contextOptions);
    s.page = await s.context.newPage();
    // A ceiling, not a timing: a page on 2 cores shared with other suites has taken over 10 s to load.
    s.page.setDefaultTimeout(20_000);
    s.errors = collectPageErrors(s.page);
  });
  afterEach(async () => {
    await s.context.close();
    expect(s.errors).toEqual([]);
  });
  return s;
}
