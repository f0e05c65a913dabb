/**
 * The interactive API docs (/docs, Swagger UI) in Debian's Chromium: "Try it
 * out" → "Execute" on GET /negotiations/{id}/matrix sends the request and
 * shows the 200 — no optional header (Accept, If-Match, …) stands in its way.
 */
import * as fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import { assertChromium, collectPageErrors, launchBrowser } from './browser';

jest.setTimeout(60_000);

describe('/docs in Chromium', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    assertChromium();
    [t, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    const res = await fetch(`${t.url}/admin/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: fs.readFileSync(EXAMPLE_LOG),
    });
    if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.cleanup();
  });

  it('"Try it out" → "Execute" on GET /negotiations/{id}/matrix answers 200 with the matrix', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${t.url}/docs`);
    const operation = page.locator('.opblock-get', { has: page.locator('[data-path="/negotiations/{id}/matrix"]') });
    await operation.locator('.opblock-summary-control').click();
    // Optional headers are not offered as required fields.
    await expect(
      operation.locator('.parameters tr', { hasText: /accept|if-match|idempotency-key/i }).count(),
    ).resolves.toBe(0);
    await operation.locator('button.try-out__btn').click();
    await operation.locator('tr[data-param-name="id"] input').fill('pak-afghan-2025');
    const answered = page.waitForResponse((r) => r.url().includes('/negotiations/pak-afghan-2025/matrix'));
    await operation.locator('button.execute').click();
    expect((await answered).status()).toBe(200);
    const status = operation.locator('.live-responses-table tr.response .response-col_status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toMatch(/^\s*200/);
    await expect(operation.locator('.live-responses-table').textContent()).resolves.toContain(
      'pak-handover-of-wanted-militants',
    );
    expect(await operation.locator('.validation-errors').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
