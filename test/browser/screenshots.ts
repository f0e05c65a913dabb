/**
 * Screenshots of the dashboard for docs/screenshots/ (run by hand, not part of `npm test`):
 *
 *   node -r @swc-node/register test/browser/screenshots.ts
 *
 * Starts the real app on a temp SQLite file, imports the example case, and
 * captures the overview, the negotiation as of 30 Oct 2025 (the October
 * escalation on the chart) at 1366×768 and 1920×1080, a matrix cell's
 * evidence, the record form naming a date that does not read, a replay whose
 * evidence panel says a chosen demand was not tabled yet, and the page on a
 * phone (390 px: the top, the matrix as cards, the record dialog).
 * docs/screenshots/README.md says which of issue #18's problems each shows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE_LOG, startTestApp } from '../support/app';
import { launchBrowser } from './browser';

const OUT = path.resolve(__dirname, '../../docs/screenshots');

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const t = await startTestApp();
  const browser = await launchBrowser();
  try {
    const res = await fetch(`${t.url}/admin/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: fs.readFileSync(EXAMPLE_LOG),
    });
    if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));

    await page.goto(`${t.url}/`);
    await page.locator('.overview-card figcaption', { hasText: /2025/ }).first().waitFor();
    await page.screenshot({ path: path.join(OUT, 'overview.png') });
    console.log('overview.png');

    const at = process.env.AT ?? '2025-10-30';
    await page.goto(`${t.url}/#/negotiations/pak-afghan-2025?at=${at}`);
    await page.locator(`#negotiation[data-views="ready"][data-at="${at}"]`).waitFor();
    await page.screenshot({ path: path.join(OUT, 'negotiation-1366.png') });
    console.log('negotiation-1366.png');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'negotiation-1920.png') });
    console.log('negotiation-1920.png');
    await page.screenshot({ path: path.join(OUT, 'negotiation-full.png'), fullPage: true });
    console.log('negotiation-full.png');

    // The evidence behind the Taliban's stance on verifiable action against the TTP (two positions by then).
    await page
      .locator('tr[data-demand="pak-verifiable-action-against-ttp"] td[data-actor="afghan-taliban"] button')
      .click();
    await page.evaluate(() => {
      // Just below the sticky top bar and replay bar.
      const top = document.getElementById('matrix-panel')!.getBoundingClientRect().top + window.scrollY;
      const bars =
        document.querySelector('.topbar')!.getBoundingClientRect().height +
        document.querySelector('.replay')!.getBoundingClientRect().height;
      window.scrollTo(0, top - bars - 16);
    });
    await page.mouse.move(5, 400);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(OUT, 'matrix-evidence.png') });
    console.log('matrix-evidence.png');

    // The record form with a validation error next to a field.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Record a development' }).click();
    await page
      .getByRole('group', { name: 'Speaker' })
      .getByLabel('Name', { exact: true })
      .fill('Khawaja Muhammad Asif');
    await page.getByLabel('Tone').selectOption('warning');
    await page
      .getByLabel('What was said, in a sentence')
      .fill('Asif warns that Pakistan will respond to any further cross-border attack.');
    await page.getByLabel('Title', { exact: true }).fill('Asif warns Kabul');
    await page.getByLabel('Link').fill('https://example.org/asif-warns-kabul');
    await page.getByLabel('Date', { exact: true }).fill('30 Feb 2025');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.locator('.field-error').first().waitFor();
    await page.locator('#record-dialog .when .field-error').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, 'record-form-error.png') });
    console.log('record-form-error.png');

    // Replay (issue #18): a cell chosen now, replayed to 17 Oct — the evidence says the demand was not tabled yet;
    // the slider and chart on the active period, clustered markers.
    await page.keyboard.press('Escape');
    await page.goto(`${t.url}/#/negotiations/pak-afghan-2025`);
    await page.locator('#negotiation[data-views="ready"][data-at="now"]').waitFor();
    await page
      .locator('tr[data-demand="pak-handover-of-wanted-militants"] td[data-actor="afghan-taliban"] button')
      .click();
    await page.goto(`${t.url}/#/negotiations/pak-afghan-2025?at=2025-10-17`);
    await page.locator('#negotiation[data-views="ready"][data-at="2025-10-17"]').waitFor();
    await page.evaluate(() => {
      const top = document.getElementById('matrix-panel')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 260);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'replay-evidence.png') });
    console.log('replay-evidence.png');

    // On a phone (390 px wide, at twice the pixels as a phone draws them).
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
    });
    phone.on('pageerror', (e) => console.error('pageerror', e.message));
    await phone.goto(`${t.url}/#/negotiations/pak-afghan-2025?at=${at}`);
    await phone.locator(`#negotiation[data-views="ready"][data-at="${at}"]`).waitFor();
    await phone.waitForTimeout(300);
    await phone.screenshot({ path: path.join(OUT, 'phone-negotiation.png') });
    console.log('phone-negotiation.png');
    await phone.locator('#matrix-panel').scrollIntoViewIfNeeded();
    await phone.evaluate(() => {
      const top = document.getElementById('matrix-panel')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - document.querySelector('.topbar')!.getBoundingClientRect().height);
    });
    await phone.waitForTimeout(300);
    await phone.screenshot({ path: path.join(OUT, 'phone-matrix.png') });
    console.log('phone-matrix.png');
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.getByRole('button', { name: 'Record a development' }).click();
    await phone.getByRole('dialog', { name: 'Record a development' }).waitFor();
    await phone.waitForTimeout(300);
    await phone.screenshot({ path: path.join(OUT, 'phone-record-form.png') });
    console.log('phone-record-form.png');
  } finally {
    await browser.close();
    await t.cleanup();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
