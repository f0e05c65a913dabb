/** Driving the dashboard in the browser tests: waiting for the views, moving the slider, reading the chart. */
import type { Page } from 'playwright-core';

export const NEGOTIATION = 'pak-afghan-2025';

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

/**
 * The chart's series points, its developments (each cluster counts its members) and its canvas width — scrolled to
 * first when it is not drawn yet, as a reader would: the page draws the chart once it is near the screen.
 */
export async function chartCounts(page: Page): Promise<{ points: number; markers: number; width: number }> {
  const canvas = page.locator('#escalation-chart');
  // Drawn with the views when near the screen; else once scrolled to (which moves the page: only then).
  if ((await canvas.getAttribute('data-chart')) !== 'drawn') await canvas.scrollIntoViewIfNeeded();
  await page.locator('#escalation-chart[data-chart="drawn"]').waitFor({ timeout: 15_000 });
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
