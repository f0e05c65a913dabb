/**
 * The bi-temporal promise across the page, in Chromium over the real app holding the example case: with "known at"
 * and the model switch set, every pane shows what was known then under that model — the portfolio's sparkline too —
 * and "Now" really goes back to now.
 */
import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import { browserSuite, collectPageErrors, importExample, launchBrowser } from './browser';
import { slideTo, viewsReady } from './pages';

const PAK = 'pak-afghan-2025';
/** The example case was recorded from 17 Oct to 24 Nov 2025: on 1 Nov, neither the 11 Nov attack nor the 24 Nov ultimatum was known. */
const KNOWN = '2025-11-01';

jest.setTimeout(45_000);

interface Series {
  from: string;
  to: string;
  points: { t: string; index: number }[];
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The portfolio drawn, and the sparkline of one card drawn: its points as the chart holds them. */
async function sparkline(page: Page, id: string): Promise<{ x: number; y: number }[]> {
  const canvas = page.locator(`.overview-card[data-negotiation="${id}"] canvas.sparkline[data-chart="drawn"]`);
  await canvas.waitFor({ timeout: 15_000 });
  return canvas.evaluate((c) => {
    type Chart = { data: { datasets: { data: { x: number; y: number }[] }[] } };
    const chart = (window as unknown as { Chart: { getChart(e: Element): Chart } }).Chart.getChart(c);
    return chart.data.datasets[0]!.data.map((p) => ({ x: p.x, y: p.y }));
  });
}

const rounded = (values: number[]) => values.map((v) => Math.round(v * 10) / 10);

describe('known at, and the model, everywhere on the page', () => {
  const s = browserSuite({ viewport: { width: 1366, height: 768 } });

  it('given known at 1 Nov and model v1, then the portfolio’s sparkline is the v1 index as known on 1 Nov, asked for only over the period it draws', async () => {
    const { page, t } = s;
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/negotiations/${PAK}/escalation/series`)) asked.push(r.url());
    });
    await page.goto(`${t.url}/#/?known=${KNOWN}&model=v1`);
    const drawn = await sparkline(page, PAK);
    // The levels on the cards are v1's (here 1 · cooperative where v2 says 3 · coercive): the page says which model.
    await expect(page.locator('#overview-lede').textContent()).resolves.toMatch(
      /^Where each process stands now, as known on 1 Nov 2025 \(escalation model v1\):/,
    );
    const from = new Date(drawn[0]!.x).toISOString();
    const to = new Date(drawn[drawn.length - 1]!.x).toISOString();
    const series = (query: string) =>
      getJson<Series>(`${t.url}/negotiations/${PAK}/escalation/series?from=${from}&to=${to}&step=1d${query}`);
    const thenV1 = await series(`&knownAt=${KNOWN}&model=v1`);
    const nowV2 = await series('');
    // The two differ over this period (else this test could not tell them apart).
    expect(rounded(thenV1.points.map((p) => p.index))).not.toEqual(rounded(nowV2.points.map((p) => p.index)));
    expect(drawn.map((p) => p.x)).toEqual(thenV1.points.map((p) => Date.parse(p.t)));
    expect(rounded(drawn.map((p) => p.y))).toEqual(rounded(thenV1.points.map((p) => p.index)));
    // It starts at the active period (the opening, 8 Oct, with a margin) and asked the API for that period only.
    expect(from >= '2025-10-01' && from <= '2025-10-08').toBe(true);
    expect(asked).toHaveLength(1);
    const params = new URL(asked[0]!).searchParams;
    expect(Date.parse(params.get('from')!)).toBe(drawn[0]!.x);
    expect(params.get('knownAt')).toBe(KNOWN);
    expect(params.get('model')).toBe('v1');
  });

  it('given a hand-edited portfolio URL with known at 10 Oct, then the page says so, and “Now” goes back to now', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/?known=2025-10-10`);
    await page.locator('#overview[data-views="ready"]').waitFor();
    // Nothing of the case was recorded by 10 Oct.
    await expect(page.locator('.overview-card').count()).resolves.toBe(0);
    await expect(page.locator('#overview-body h2').textContent()).resolves.toBe('No negotiations known on 10 Oct 2025');
    await expect(page.locator('#overview-lede').textContent()).resolves.toContain('as known on 10 Oct 2025');
    await expect(page.locator('#live-indicator').getAttribute('data-state')).resolves.toBe('paused');
    await page.locator('#overview-now').click();
    await page.locator(`.overview-card[data-negotiation="${PAK}"]`).waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    await expect(page.locator('#overview-lede').textContent()).resolves.toMatch(/^Where each process stands now/);
    await page.locator('#live-indicator[data-state="live"]').waitFor();
  });
  it('given the portfolio of 20 Oct, when a development is recorded, then the cards stay as of 20 Oct; “Now” shows it', async () => {
    const { page, t, context } = s;
    await page.goto(`${t.url}/#/?at=2025-10-20`);
    await page.locator('#overview[data-at="2025-10-20"][data-views="ready"]').waitFor();
    const card = page.locator(`.overview-card[data-negotiation="${PAK}"]`);
    const latestThen = await card.locator('.card-latest').textContent();
    // A second page at now: once it shows the development, the push has gone out.
    const live = await context.newPage();
    await live.goto(`${t.url}/`);
    await live.locator('#overview[data-views="ready"]').waitFor();
    await live.locator('#live-indicator[data-state="live"]').waitFor();
    const summary = `Doha calls both sides back (portfolio test ${Date.now()})`;
    const res = await fetch(`${t.url}/negotiations/${PAK}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'StatementMade',
        data: { speaker: { name: 'Qatar MFA', actorId: 'qatar' }, tone: 'conciliatory', summary },
        occurredAt: new Date().toISOString().slice(0, 10),
        sources: [{ title: 'Qatar MFA statement', url: 'https://example.org/qatar', reliability: 'B', credibility: 2 }],
      }),
    });
    expect(res.status).toBe(201);
    await live.locator(`.overview-card[data-negotiation="${PAK}"] .card-latest`, { hasText: summary }).waitFor();
    await expect(card.locator('.card-latest').textContent()).resolves.toBe(latestThen);
    await page.locator('#overview-now').click();
    await card.locator('.card-latest', { hasText: summary }).waitFor();
    await page.locator('#live-indicator[data-state="live"]').waitFor();
  });
});

describe('known at on a negotiation', () => {
  const s = browserSuite({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });

  it('given known at 1 Nov, then “What changed” opens on the last week known then, not on developments recorded later', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/negotiations/${PAK}?known=${KNOWN}`);
    await viewsReady(page);
    // The latest development known on 1 Nov is the Istanbul joint statement of 30 Oct: a week before it.
    await expect(page.locator('#changes-since').inputValue()).resolves.toBe('23 Oct 2025');
    await expect(page.locator('#changes-body').textContent()).resolves.toMatch(
      /From 23 Oct 2025 to .*, as known on 1 Nov 2025: [1-9]\d* developments/,
    );
  });
  it('given known at 1 Nov, when a colleague records a development, then the page stays as known then; back to now, it shows it and is live', async () => {
    const { page, t, context } = s;
    await page.goto(`${t.url}/#/negotiations/${PAK}?known=${KNOWN}`);
    await viewsReady(page);
    await page.locator('#live-indicator[data-state="paused"]').waitFor();
    const latestThen = await page.locator('#latest-development').textContent();
    // A second page at now: once it shows the development, the push has gone out.
    const live = await context.newPage();
    await live.goto(`${t.url}/#/negotiations/${PAK}`);
    await viewsReady(live);
    await live.locator('#live-indicator[data-state="live"]').waitFor();
    const summary = `Kabul calls for new talks (known-at test ${Date.now()})`;
    const res = await fetch(`${t.url}/negotiations/${PAK}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'StatementMade',
        data: { speaker: { name: 'Zabihullah Mujahid', actorId: 'afghan-taliban' }, tone: 'conciliatory', summary },
        occurredAt: new Date().toISOString().slice(0, 10),
        sources: [{ title: 'Kabul statement', url: 'https://example.org/kabul', reliability: 'C', credibility: 2 }],
      }),
    });
    expect(res.status).toBe(201);
    await live.locator('#latest-development', { hasText: summary }).waitFor();
    await live.locator('#timeline-list > li', { hasText: summary }).waitFor();
    // The page showing 1 Nov's knowledge did not move.
    await expect(page.locator('#latest-development').textContent()).resolves.toBe(latestThen);
    await expect(page.locator('#timeline-list > li', { hasText: summary }).count()).resolves.toBe(0);
    await expect(page.locator('#negotiation').getAttribute('data-views')).resolves.toBe('ready');
    // Back to what is known now: the development is there, and the page is live.
    await page.locator('#known-mode').selectOption('');
    await page.locator('#latest-development', { hasText: summary }).waitFor();
    await page.locator('#live-indicator[data-state="live"]').waitFor();
    await viewsReady(page);
    expect(new URL(page.url()).hash).toBe(`#/negotiations/${PAK}`);
    // Every pane, not the status card alone: the timeline has it too.
    await expect(page.locator('#timeline-list > li').first().textContent()).resolves.toContain(summary);
  });
  it('given known at 1 Nov, when a development is recorded through the form, then the page says it is recorded but not in this view', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/negotiations/${PAK}?known=${KNOWN}`);
    await viewsReady(page);
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await dialog.getByLabel('What happened').selectOption('StatementMade');
    await dialog.getByRole('group', { name: 'Speaker' }).getByLabel('Name', { exact: true }).fill('Ishaq Dar');
    await dialog.getByLabel('Speaks for').selectOption('pakistan');
    await dialog.getByLabel('Tone').selectOption('warning');
    const summary = `Dar: talks only with guarantees (form test ${Date.now()})`;
    await dialog.getByLabel('What was said, in a sentence').fill(summary);
    await dialog.getByLabel('Title', { exact: true }).fill('Dar on talks');
    await dialog.getByLabel('Link').fill('https://example.org/dar');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await viewsReady(page);
    // Recorded now, so not known on 1 Nov: the views rightly leave it out, and the page says why it is not there.
    // The page says so once it has read its own write (after the form closed): wait for it, then read it whole.
    await page.locator('#brief-status', { hasText: 'Recorded, but not in this view' }).waitFor();
    await expect(page.locator('#timeline-list > li', { hasText: summary }).count()).resolves.toBe(0);
    await expect(page.locator('#brief-status').textContent()).resolves.toBe(
      'Recorded, but not in this view (as of now, as known on 1 Nov 2025).',
    );
    const res = await fetch(`${t.url}/negotiations/${PAK}/timeline`);
    const items = ((await res.json()) as { items: { data: { summary?: string } }[] }).items;
    expect(items.some((i) => i.data.summary === summary)).toBe(true);
    // A colleague records another meanwhile (the page, showing the past, does not follow it).
    const later = `Mujahid: Kabul will wait for Doha (form test ${Date.now()})`;
    const res2 = await fetch(`${t.url}/negotiations/${PAK}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'StatementMade',
        data: { speaker: { name: 'Zabihullah Mujahid', actorId: 'afghan-taliban' }, tone: 'neutral', summary: later },
        occurredAt: new Date().toISOString().slice(0, 10),
        sources: [{ title: 'Kabul statement', url: 'https://example.org/kabul-2' }],
      }),
    });
    expect(res2.status).toBe(201);
    // Back to everything recorded: both are there, and the note is gone.
    await page.locator('#known-mode').selectOption('');
    await page.locator('#latest-development', { hasText: later }).waitFor();
    await viewsReady(page);
    await expect(page.locator('#timeline-list > li', { hasText: summary }).count()).resolves.toBe(1);
    await expect(page.locator('#timeline-list > li', { hasText: later }).count()).resolves.toBe(1);
    await expect(page.locator('#brief-status').textContent()).resolves.toBe('');
  });

  it('given known at 10 Oct, before anything of the case was recorded, then the escalation panel says nothing was recorded yet', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/negotiations/${PAK}?known=2025-10-10`);
    await viewsReady(page);
    await expect(page.locator('#timeline-list > li').count()).resolves.toBe(0);
    await expect(page.locator('#escalation-summary .esc-quiet').textContent()).resolves.toBe('Nothing recorded yet.');
  });

  it('given 30 Oct as known on 1 Nov under v1, then the CSV and the briefing saved are of that view', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/negotiations/${PAK}?at=2025-10-30&known=${KNOWN}&model=v1`);
    await viewsReady(page, '2025-10-30');
    const saved = async (control: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(control).click()]);
      return fs.readFileSync((await download.path())!, 'utf8');
    };
    const api = async (path: string) => (await fetch(`${t.url}/negotiations/${PAK}/${path}`)).text();
    const csv = await saved('#matrix-csv');
    // Four demands tabled on 18 Oct were recorded on 24 Nov: the matrix known on 1 Nov is not the one known now.
    expect(csv).not.toBe(await api('matrix?format=csv&at=2025-10-30'));
    expect(csv).toBe(await api(`matrix?format=csv&at=2025-10-30&knownAt=${KNOWN}`));
    const brief = await saved('#brief-button');
    const since = await page.locator('#changes-since').inputValue();
    expect(brief).toContain(`as known at ${KNOWN} · escalation model v1`);
    expect(brief).toContain(`## Status at 2025-10-30`);
    expect(since).toBe('23 Oct 2025');
    expect(brief).toMatch(/## What changed, 2025-10-23 → 2025-10-30/);
  });

  it('given a replay of 20 Oct, as known then, under v1, then “all negotiations” opens the portfolio of that date, knowledge and model', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/negotiations/${PAK}?at=2025-10-20&known=at&model=v1`);
    await viewsReady(page, '2025-10-20');
    await page.locator('a.brand').click();
    await page.locator('#overview[data-at="2025-10-20"][data-views="ready"]').waitFor();
    expect(new URL(page.url()).hash).toBe('#/?at=2025-10-20&known=at&model=v1');
    await expect(page.locator('#overview-lede').textContent()).resolves.toMatch(
      /^Where each process stands on 20 Oct 2025 \(end of day, UTC\), as known on 20 Oct 2025 \(escalation model v1\):/,
    );
    // Its card links back to the same view.
    await expect(page.locator(`.overview-card[data-negotiation="${PAK}"] h2 a`).getAttribute('href')).resolves.toBe(
      `#/negotiations/${PAK}?at=2025-10-20&known=at&model=v1`,
    );
  });

  it('browser back and forward return to each view as it was: its date, its knowledge, its model', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/?known=${KNOWN}&model=v1`);
    await page.locator('#overview[data-views="ready"]').waitFor();
    const card = page.locator(`.overview-card[data-negotiation="${PAK}"]`);
    const cardLevel = await card.locator('.level').textContent();
    await card.locator('h2 a').click();
    await viewsReady(page);
    const summary = page.locator('#escalation-summary');
    await summary.locator('[data-model="v1"]').waitFor();
    // Replay 25 Oct there (no history entry per step): back leaves for the portfolio as it was.
    await page.locator('#known-mode').selectOption('at');
    await slideTo(page, '2025-10-25');
    const replayed = new URL(page.url()).hash;
    expect(replayed).toBe(`#/negotiations/${PAK}?at=2025-10-25&known=at&model=v1`);
    const latest = await page.locator('#latest-development').textContent();
    await page.goBack();
    await page.locator('#overview[data-views="ready"]').waitFor();
    expect(new URL(page.url()).hash).toBe(`#/?known=${KNOWN}&model=v1`);
    await expect(page.locator('#overview-lede').textContent()).resolves.toContain(
      `as known on 1 Nov 2025 (escalation model v1)`,
    );
    await expect(card.locator('.level').textContent()).resolves.toBe(cardLevel);
    await expect(page.locator('#live-indicator').getAttribute('data-state')).resolves.toBe('paused');
    await page.goForward();
    await viewsReady(page, '2025-10-25');
    expect(new URL(page.url()).hash).toBe(replayed);
    await expect(page.locator('#latest-development').textContent()).resolves.toBe(latest);
    await expect(summary.locator('[data-model]').getAttribute('data-model')).resolves.toBe('v1');
    await expect(page.locator('#known-mode').inputValue()).resolves.toBe('at');
    await expect(page.locator('#live-indicator').getAttribute('data-state')).resolves.toBe('paused');
  });

  it('given known at 1 Nov, then a print says so beside the date it shows (the “Known” control is not printed)', async () => {
    const { page, t } = s;
    await page.goto(`${t.url}/#/negotiations/${PAK}?at=2025-10-30&known=${KNOWN}`);
    await viewsReady(page, '2025-10-30');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#known-mode').isVisible()).resolves.toBe(false);
    await expect(page.locator('.replay-label-row').innerText()).resolves.toMatch(
      /View as of 30 Oct 2025.*as known on 1 Nov 2025/s,
    );
    await page.emulateMedia({ media: 'screen' });
    // Known now again: the line says nothing more than the date.
    await page.locator('#known-mode').selectOption('');
    await viewsReady(page, '2025-10-30');
    await expect(page.locator('.replay-label-row').innerText()).resolves.not.toMatch(/known/);
  });
});

describe('the model switch on a server whose default model is v1 (PARLEY_ESCALATION_MODEL=v1)', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp({ env: { PARLEY_ESCALATION_MODEL: 'v1' } }), launchBrowser()]);
    await importExample(t.url);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.cleanup();
  });

  it('shows the model the views are under, and v2 when v2 is chosen — in the URL too', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${t.url}/#/negotiations/${PAK}?at=2025-10-22`);
    await viewsReady(page, '2025-10-22');
    const summary = page.locator('#escalation-summary');
    await expect(summary.locator('[data-model]').getAttribute('data-model')).resolves.toBe('v1');
    await expect(page.locator('input[name="esc-model"]:checked').getAttribute('value')).resolves.toBe('v1');
    await page.locator('label[for="model-v2"]').click();
    await summary.locator('[data-model="v2"]').waitFor();
    expect(new URL(page.url()).hash).toMatch(/model=v2/);
    // The shared URL opens under v2, and the portfolio it links to is under v2 too.
    await page.reload();
    await viewsReady(page, '2025-10-22');
    await expect(summary.locator('[data-model]').getAttribute('data-model')).resolves.toBe('v2');
    await expect(page.locator('input[name="esc-model"]:checked').getAttribute('value')).resolves.toBe('v2');
    // Back to v1: the views, the switch, and the URL's meaning.
    await page.locator('label[for="model-v1"]').click();
    await summary.locator('[data-model="v1"]').waitFor();
    await page.reload();
    await viewsReady(page, '2025-10-22');
    await expect(summary.locator('[data-model]').getAttribute('data-model')).resolves.toBe('v1');
    await expect(page.locator('input[name="esc-model"]:checked').getAttribute('value')).resolves.toBe('v1');
    await context.close();
    expect(errors).toEqual([]);
  });
});
