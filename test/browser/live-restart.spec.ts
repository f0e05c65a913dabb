/**
 * The brief's Subscribe promise for the dashboard: a page left open stays live through a server restart. The restart
 * voids the page's stream token (signed with a secret of the process), so the browser's own reconnect is refused:
 * the page must ask for another token and carry on live, rather than fall back to polling. A real app on a fixed
 * port and SQLite file, stopped and started again; Debian's Chromium.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser } from 'playwright-core';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import { client } from '../support/http';
import { collectPageErrors, importExample, launchBrowser } from './browser';
import { NEGOTIATION, viewsReady } from './pages';

jest.setTimeout(45_000);

/** The real service on a given port and data dir; the browser's reconnect advice kept short. */
async function listen(dataDir: string, port: number): Promise<NestFastifyApplication> {
  const config = loadConfig({
    PARLEY_DATA_DIR: dataDir,
    PARLEY_LOG_LEVEL: 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
    PARLEY_LIVE_RETRY_MS: '300',
  });
  const app = await createApp({ config });
  await app.listen(port, '127.0.0.1');
  return app;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('the dashboard through a server restart', () => {
  let browser: Browser;
  let app: NestFastifyApplication;
  let dataDir: string;
  let url: string;
  let port: number;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-restart-'));
    port = await freePort();
    url = `http://127.0.0.1:${port}`;
    [app, browser] = await Promise.all([listen(dataDir, port), launchBrowser()]);
    await importExample(url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const record = (title: string, occurredAt: string) =>
    client(url).post(`/negotiations/${NEGOTIATION}/events`, {
      type: 'TalksResumed',
      data: {},
      occurredAt,
      sources: [{ title, url: `https://example.org/${encodeURIComponent(title)}` }],
    });

  it("a negotiation's page is live again once the server is back, and shows a colleague's record as it is made", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = collectPageErrors(page);
    await page.goto(`${url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.locator('#live-indicator[data-state="live"]').waitFor();

    await app.close();
    await page.locator('#live-indicator:not([data-state="live"])').waitFor();
    app = await listen(dataDir, port);

    await page.locator('#live-indicator[data-state="live"]').waitFor();
    expect((await record('Talks resume after the restart', '2026-04-01')).status).toBe(201);
    await page.locator('#latest-development', { hasText: 'resumed' }).waitFor();
    await expect(page.locator('#live-indicator').getAttribute('data-state')).resolves.toBe('live');
    await page.close();
    // The refused reconnect is the browser's own log line ("401"), not the page's.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });

  it('the portfolio is live again once the server is back, and lists what was recorded meanwhile', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(10_000);
    const errors = collectPageErrors(page);
    await page.goto(`${url}/#/`);
    await page.locator('#live-indicator[data-state="live"]').waitFor();

    await app.close();
    await page.locator('#live-indicator:not([data-state="live"])').waitFor();
    // The page's stream stays away (its network, not the server) until a colleague has recorded on the server's return.
    await page.route('**/stream/events**', (route) => route.abort('connectionrefused'));
    app = await listen(dataDir, port);
    expect((await record('Talks resume while the page reconnects', '2026-04-02')).status).toBe(201);
    await page.unroute('**/stream/events**');

    await page.locator('#live-indicator[data-state="live"]').waitFor();
    await page
      .locator(`.overview-card[data-negotiation="${NEGOTIATION}"] .card-latest`, { hasText: '2 Apr 2026' })
      .waitFor();
    await page.close();
    // A restart refuses new connections, may reset one in flight, and answers 503 while the restarted server's views
    // catch up with the log: none of them is the page's error.
    expect(errors.filter((e) => !/status of (401|503)|ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET/.test(e))).toEqual(
      [],
    );
  });
});
