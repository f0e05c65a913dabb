/** Driving the dashboard in the browser tests: importing the example, waiting for the views, moving the slider, reading the chart. */
import * as fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import { assertChromium, collectPageErrors, launchBrowser } from './browser';

export const NEGOTIATION = 'pak-afghan-2025';

export async function importExample(url: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`${url}/admin/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-ndjson', ...headers },
    body: fs.readFileSync(EXAMPLE_LOG),
  });
  if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { position: number }).position;
}

/** Waits until every view has been drawn for `at` (a day, or "now"). */
export async function viewsReady(page: Page, at = 'now'): Promise<void> {
  await page.locator(`#negotiation[data-at="${at}"][data-views="ready"]`).waitFor({ timeout: 15_000 });
}

/** Drags the replay slider to a day, as a pointer would: set the value (days from the slider's first day), fire `input`. */
export async function slideTo(page: Page, day: string): Promise<void> {
  await page.evaluate((target) => {
    const slider = document.querySelector<HTMLInputElement>('#at-slider')!;
    const first = slider.dataset.from!;
    slider.value = String(
      Math.round((Date.parse(`${target}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000),
    );
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
  await viewsReady(page, day);
}

/** The chart's series points, its developments (each cluster counts its members) and its canvas width. */
export async function chartCounts(page: Page): Promise<{ points: number; markers: number; width: number }> {
  return page.evaluate(() => {
    const canvas = document.getElementById('escalation-chart') as HTMLCanvasElement;
    type Chart = { data: { datasets: { data: { events?: unknown[] }[] }[] } };
    const chart = (
      window as unknown as { Chart: { getChart(c: HTMLCanvasElement): Chart | undefined } }
    ).Chart.getChart(canvas);
    const markers = (chart?.data.datasets[1]?.data ?? []).reduce((n, m) => n + (m.events?.length ?? 1), 0);
    return { points: chart?.data.datasets[0]?.data.length ?? 0, markers, width: canvas.width };
  });
}

export interface DashboardSession {
  /** The real app holding the example case. */
  readonly t: TestApp;
  readonly context: BrowserContext;
  /** A fresh page per test (1366×768); the test fails on any error the page logs or throws. */
  readonly page: Page;
}

/**
 * For a describe block: the real app on a temp SQLite file with the example
 * imported, and Debian's Chromium; a new browser context per test.
 */
export function useDashboard({ locale }: { locale?: string } = {}): DashboardSession {
  const s = {} as { t: TestApp; browser: Browser; context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    assertChromium();
    [s.t, s.browser] = await Promise.all([startTestApp(), launchBrowser()]);
    await importExample(s.t.url);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.t?.cleanup();
  });
  beforeEach(async () => {
    s.context = await s.browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
    s.page = await s.context.newPage();
    s.page.setDefaultTimeout(10_000);
    s.errors = collectPageErrors(s.page);
  });
  afterEach(async () => {
    await s.context.close();
    expect(s.errors).toEqual([]);
  });
  return {
    get t() {
      return s.t;
    },
    get context() {
      return s.context;
    },
    get page() {
      return s.page;
    },
  };
}
