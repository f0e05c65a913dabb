/**
 * Replaying a negotiation in the browser (issue #18): the evidence panel
 * follows the replay date, the slider and the chart show a stretch of time
 * that fits the case (presets, zoom, years on the ticks, clustered markers),
 * the sidebar shows the replay date, and the sticky evidence panel stays out
 * of "What changed". Debian's Chromium against the real app holding the example.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { STANCE_STYLE } from '../../apps/cli/src/render/common';
import { browserSuite } from './browser';
import { NEGOTIATION, chartCounts, slideTo, viewsReady } from './pages';

const HANDOVER_CELL = 'tr[data-demand="pak-handover-of-wanted-militants"] td[data-actor="afghan-taliban"]';
const DAY = 86_400_000;

jest.setTimeout(60_000);

/** The slider's window and the chart's x axis, as the page holds them. */
async function windows(
  page: Page,
): Promise<{ slider: { from: string; to: string; width: number }; chart: { min: number; max: number } }> {
  return page.evaluate(() => {
    const slider = document.querySelector<HTMLInputElement>('#at-slider')!;
    const canvas = document.getElementById('escalation-chart') as HTMLCanvasElement;
    type Chart = { scales: { x: { min: number; max: number } } };
    const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): Chart } }).Chart.getChart(canvas);
    return {
      slider: { from: slider.dataset.from!, to: slider.dataset.to!, width: slider.getBoundingClientRect().width },
      chart: { min: chart.scales.x.min, max: chart.scales.x.max },
    };
  });
}

/** The drawn development markers: where each sits (CSS pixels) and how many developments it stands for. */
async function markerPixels(page: Page): Promise<{ x: number; y: number; n: number }[]> {
  return page.evaluate(() => {
    const canvas = document.getElementById('escalation-chart') as HTMLCanvasElement;
    type Chart = {
      getDatasetMeta(i: number): { data: { x: number; y: number }[] };
      data: { datasets: { data: { events: unknown[] }[] }[] };
    };
    const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): Chart } }).Chart.getChart(canvas);
    const box = canvas.getBoundingClientRect();
    return chart
      .getDatasetMeta(1)
      .data.map((p, i) => ({ x: box.left + p.x, y: box.top + p.y, n: chart.data.datasets[1]!.data[i]!.events.length }));
  });
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** A day as the page writes it: "12 Oct 2025". */
const dayWords = (day: string) =>
  new Date(dayMs(day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

describe('replaying a negotiation in Chromium', () => {
  const session = browserSuite({ viewport: { width: 1366, height: 768 } });

  it('given a matrix cell chosen now, when the page replays a date before the demand was tabled, then the evidence says so instead of the later rejection', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const detail = page.locator('#detail-body');
    await page.locator(HANDOVER_CELL).getByRole('button').click();
    await expect(detail.locator('.evidence-current').textContent()).resolves.toMatch(/Rejected\s+since 7 Nov 2025/);
    await expect(detail.locator('.evidence-asof').count()).resolves.toBe(0);

    // 17 Oct: the demand was tabled on 18 Oct.
    await slideTo(page, '2025-10-17');
    await expect(detail.textContent()).resolves.not.toMatch(/Rejected/);
    await expect(detail.locator('.evidence-asof').textContent()).resolves.toBe('As of 17 Oct 2025');
    await expect(detail.locator('.evidence-absent').textContent()).resolves.toMatch(/^Not tabled by this date/);
    await expect(detail.locator('h3').textContent()).resolves.toMatch(/Transfer to Pakistan of key militant figures/);

    // Same under "only what was known then".
    await page.getByLabel('Known', { exact: true }).selectOption('at');
    await viewsReady(page, '2025-10-17');
    await expect(detail.textContent()).resolves.not.toMatch(/Rejected/);
    await expect(detail.locator('.evidence-asof').textContent()).resolves.toBe(
      'As of 17 Oct 2025, as known on 17 Oct 2025',
    );
    await expect(detail.locator('.evidence-absent').textContent()).resolves.toMatch(/as far as was known then/);

    // 20 Oct, with everything recorded: tabled, and Kabul had not answered yet.
    await page.getByLabel('Known', { exact: true }).selectOption('');
    await viewsReady(page, '2025-10-17');
    await slideTo(page, '2025-10-20');
    await expect(detail.locator('.evidence-current').textContent()).resolves.toMatch(/No position/);
    await expect(detail.textContent()).resolves.toMatch(/No position taken by this date/);

    // Back to now: the rejection again.
    await page.getByRole('button', { name: 'Now', exact: true }).click();
    await viewsReady(page);
    await expect(detail.locator('.evidence-current').textContent()).resolves.toMatch(/Rejected\s+since 7 Nov 2025/);
  });

  it('given a development chosen on the chart, when the page replays a date before it, then the evidence says it had not happened yet', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    // The ultimatum of 24 Nov, the latest development, from the "why this level" list.
    await page.locator('#escalation-summary .why-list button', { hasText: /Ultimatum/ }).click();
    const detail = page.locator('#detail-body');
    await expect(detail.locator('.evidence-title').textContent()).resolves.toMatch(/ultimatum/i);
    await slideTo(page, '2025-11-20');
    await expect(detail.locator('.evidence-absent').textContent()).resolves.toMatch(
      /^Not yet happened or recorded by this date/,
    );
    await expect(detail.locator('.evidence-title').count()).resolves.toBe(0);
  });

  it('shows the active period on the slider and the chart by default, with years on the ticks and no repeated month', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const { slider, chart } = await windows(page);
    // The example runs from 8 Oct 2025 to 19 Mar 2026: a margin on each side (a few per cent of the span), not up to today.
    const first = dayMs('2025-10-08');
    const last = dayMs('2026-03-19');
    const span = last - first;
    expect(dayMs(slider.from)).toBeLessThan(first);
    expect(first - dayMs(slider.from)).toBeLessThanOrEqual(0.07 * span);
    expect(dayMs(slider.to)).toBeGreaterThan(last);
    expect(dayMs(slider.to) - last).toBeLessThanOrEqual(0.07 * span);
    // The activity fills most of the track.
    expect(span / (dayMs(slider.to) - dayMs(slider.from))).toBeGreaterThan(0.85);
    // The chart's axis is the slider's window.
    expect(chart).toEqual({ min: dayMs(slider.from), max: dayMs(slider.to) + DAY });
    const ticks = await page.locator('#slider-ticks .tick').allTextContents();
    expect(ticks.length).toBeGreaterThan(3);
    expect(ticks[0]).toMatch(/2025$/);
    expect(new Set(ticks).size).toBe(ticks.length);
    await expect(page.locator('#at-max-label').textContent()).resolves.toBe(dayWords(slider.to));
  });

  it('offers presets (7, 30, 90 days, the whole case) and a zoom around the replay date; the chart follows the slider and the URL keeps the choice', async () => {
    const { t, page, context } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const active = (await windows(page)).slider;

    await page.getByText('30 days', { exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).hash.includes('view=30'));
    await viewsReady(page);
    let w = await windows(page);
    expect(w.slider.to).toBe(active.to);
    expect((dayMs(w.slider.to) - dayMs(w.slider.from)) / DAY).toBe(30);
    expect(w.chart).toEqual({ min: dayMs(w.slider.from), max: dayMs(w.slider.to) + DAY });

    await page.getByText('7 days', { exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).hash.includes('view=7'));
    await viewsReady(page);
    w = await windows(page);
    expect((dayMs(w.slider.to) - dayMs(w.slider.from)) / DAY).toBe(7);
    // A week: a tick a day or two, each named by its day.
    await expect(page.locator('#slider-ticks .tick').first().textContent()).resolves.toMatch(/^\d{1,2} \w{3} 2026$/);

    // The whole case runs to today: the ticks cross into 2026 and say so, once.
    await page.getByText('Whole case', { exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).hash.includes('view=case'));
    await viewsReady(page);
    w = await windows(page);
    expect(w.slider.to).toBe(new Date().toISOString().slice(0, 10));
    await expect(page.locator('#at-max-label').textContent()).resolves.toBe('now');
    // Over a year, a month comes round again: every tick names its year.
    const ticks = await page.locator('#slider-ticks .tick').allTextContents();
    expect(ticks.length).toBeGreaterThan(3);
    for (const label of ticks) expect(label).toMatch(/ 20\d\d$/);
    expect(new Set(ticks).size).toBe(ticks.length);

    // Zoom in around 20 Oct: half the window, still holding the replay date; a shared link keeps it.
    await slideTo(page, '2025-10-20');
    const before = (await windows(page)).slider;
    await page.getByRole('button', { name: 'Zoom in around the replay date' }).click();
    await page.waitForFunction(() => /view=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/.test(location.hash));
    await viewsReady(page, '2025-10-20');
    w = await windows(page);
    const length = (s: { from: string; to: string }) => (dayMs(s.to) - dayMs(s.from)) / DAY;
    expect(Math.abs(length(w.slider) - length(before) / 2)).toBeLessThanOrEqual(1);
    expect(dayMs(w.slider.from)).toBeLessThanOrEqual(dayMs('2025-10-20'));
    expect(dayMs(w.slider.to)).toBeGreaterThanOrEqual(dayMs('2025-10-20'));
    expect(w.chart.min).toBe(dayMs(w.slider.from));
    const shared = await context.newPage();
    await shared.goto(page.url());
    await viewsReady(shared, '2025-10-20');
    expect((await windows(shared)).slider).toEqual(w.slider);
    await shared.close();
    const zoomed = await page.evaluate(() => location.hash);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForFunction((hash) => location.hash !== hash, zoomed);
    await viewsReady(page, '2025-10-20');
    expect(length((await windows(page)).slider)).toBeGreaterThan(length(w.slider));
  });

  it('clusters markers closer than 6 px, each cluster with its count; hovering lists its developments and clicking shows them all', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    // A reader scrolls the chart into view to point at it (the pointer cannot reach below the screen's edge).
    await page.locator('#escalation-chart').scrollIntoViewIfNeeded();
    const markers = await markerPixels(page);
    const xs = markers.map((m) => m.x).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(6);
    // Every development is still on the chart, some in clusters.
    const total = Number(await page.locator('#escalation-chart').getAttribute('data-markers'));
    expect((await chartCounts(page)).markers).toBe(total);
    const cluster = markers.filter((m) => m.n > 1).sort((a, b) => b.n - a.n)[0]!;
    expect(cluster).toBeDefined();

    await page.mouse.move(cluster.x, cluster.y);
    const tooltip = page.locator('#chart-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.textContent()).resolves.toContain(`${cluster.n} developments close together`);
    await page.mouse.click(cluster.x, cluster.y);
    await expect(page.locator('#detail-body .evidence-kicker').textContent()).resolves.toBe(
      `${cluster.n} developments`,
    );
    await expect(page.locator('#detail-body .evidence-event').count()).resolves.toBe(cluster.n);

    // From the keyboard: focus the chart, step to the biggest cluster, Enter.
    await page.mouse.move(0, 0);
    const index = markers.indexOf(cluster);
    await page.locator('#escalation-chart').focus();
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowRight');
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.textContent()).resolves.toContain(`${cluster.n} developments close together`);
    await page.locator('#copy-link').focus();
    await tooltip.waitFor({ state: 'hidden' });
    await page.locator('#escalation-chart').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    // The case's last development: the Eid pause of March 2026.
    await expect(page.locator('#detail-body .evidence-title').last().textContent()).resolves.toMatch(
      /ceasefire declared/i,
    );
  });

  it('given the page replays a date, then the sidebar shows each negotiation as of that date, and says which', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const item = page.locator('#negotiation-list a', { hasText: 'Pakistan – Afghan Taliban talks' });
    await expect(item.locator('.phase').textContent()).resolves.toBe('Stalled');
    await expect(page.locator('#list-asof').isVisible()).resolves.toBe(false);
    await slideTo(page, '2025-10-20');
    await expect(item.locator('.phase').textContent()).resolves.toBe('Round scheduled');
    await expect(page.locator('#list-asof').textContent()).resolves.toBe('As of 20 Oct 2025');
  });

  it('keeps the sticky evidence panel within the matrix’s row: scrolling down, it never covers “What changed”', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.locator(HANDOVER_CELL).getByRole('button').click();
    const overlap = async () =>
      page.evaluate(() => {
        const a = document.getElementById('detail-panel')!.getBoundingClientRect();
        const b = document.getElementById('changes-panel')!.getBoundingClientRect();
        return (
          Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)) *
          Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left))
        );
      });
    const sticks: boolean[] = [];
    for (let y = 0; y <= 3000; y += 150) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      expect(await overlap()).toBe(0);
      // While the matrix is on screen the panel stays in view below the replay bar.
      sticks.push(
        await page.evaluate(() => {
          const top = document.getElementById('detail-panel')!.getBoundingClientRect().top;
          const bar = document.querySelector('.replay')!.getBoundingClientRect().bottom;
          return top > bar && top < bar + 40;
        }),
      );
    }
    expect(sticks).toContain(true);
  });

  // Last in this suite: it records a development today.
  it('given one late record, when a zoom shows 2025, then the chart’s axis follows the slider and is not stretched to the late record', async () => {
    const { t, page } = session;
    const res = await fetch(`${t.url}/negotiations/${NEGOTIATION}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'StatementMade',
        data: {
          speaker: { name: 'Khawaja Muhammad Asif', actorId: 'pakistan' },
          tone: 'warning',
          summary: 'Asif: the border stays closed (a late record)',
        },
        occurredAt: new Date().toISOString().slice(0, 10),
        sources: [
          { title: 'Asif on the border', url: 'https://example.org/asif-border', reliability: 'C', credibility: 2 },
        ],
      }),
    });
    expect(res.status).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    // The active period now runs to today.
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    expect((await windows(page)).slider.to).toBe(today);
    // Zoomed on the autumn of 2025: the slider and the chart both show it, at over 10 px a day.
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?view=2025-10-01..2025-11-30`);
    await viewsReady(page);
    const w = await windows(page);
    expect(w.slider).toMatchObject({ from: '2025-10-01', to: '2025-11-30' });
    expect(w.chart).toEqual({ min: dayMs('2025-10-01'), max: dayMs('2025-12-01') });
    const width = await page.evaluate(() => document.getElementById('escalation-chart')!.getBoundingClientRect().width);
    expect(width / 61).toBeGreaterThan(10);
    expect((await chartCounts(page)).markers).toBeGreaterThan(60);
    // The last 7 days hold the late record alone.
    await page.getByText('7 days', { exact: true }).click();
    await page.waitForFunction(() => location.hash.includes('view=7'));
    await viewsReady(page);
    expect((await chartCounts(page)).markers).toBe(1);
  });
});

describe('replaying a case that records background from years before its opening (India – Pakistan 2025)', () => {
  const LOG = path.resolve(__dirname, '../../examples/india-pakistan-2025.jsonl');
  const lines = fs
    .readFileSync(LOG, 'utf8')
    .trim()
    .split('\n')
    .map(
      (line) =>
        JSON.parse(line) as { type: string; data: { negotiationId?: string }; metadata: { occurredAt: string } },
    );
  const CASE = lines.find((l) => l.type === 'NegotiationOpened')!.data.negotiationId!;
  const days = lines.map((l) => l.metadata.occurredAt.slice(0, 10)).sort();
  const opened = lines.find((l) => l.type === 'NegotiationOpened')!.metadata.occurredAt.slice(0, 10);
  const session = browserSuite({ viewport: { width: 1366, height: 768 } }, async (url) => {
    const res = await fetch(`${url}/admin/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: fs.readFileSync(LOG),
    });
    if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  });

  it('shows the talks from the opening by default, at over 10 px a day; “Whole case” reaches the background development', async () => {
    const { t, page } = session;
    // The case this test is about: a development recorded as background, years before the opening.
    expect(dayMs(opened) - dayMs(days[0]!)).toBeGreaterThan(365 * DAY);
    await page.goto(`${t.url}/#/negotiations/${CASE}`);
    await viewsReady(page);
    const { slider, chart } = await windows(page);
    expect(dayMs(slider.from)).toBeLessThan(dayMs(opened));
    expect(dayMs(opened) - dayMs(slider.from)).toBeLessThanOrEqual(7 * DAY);
    expect(slider.width / ((dayMs(slider.to) - dayMs(slider.from)) / DAY)).toBeGreaterThan(10);
    expect(chart.min).toBe(dayMs(slider.from));

    await page.getByText('Whole case', { exact: true }).click();
    await page.waitForFunction(() => location.hash.includes('view=case'));
    await viewsReady(page);
    expect(dayMs((await windows(page)).slider.from)).toBeLessThan(dayMs(days[0]!));
  });

  it('draws the portfolio’s sparkline over the same active period: from the opening, not from the background', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/`);
    const card = page.locator(`.overview-card[data-negotiation="${CASE}"]`);
    await card
      .locator('figcaption')
      .filter({ hasText: /^Escalation index, / })
      .waitFor();
    const first = await card.locator('canvas.sparkline').evaluate((canvas) => {
      type Chart = { data: { datasets: { data: { x: number }[] }[] } };
      const chart = (window as unknown as { Chart: { getChart(c: Element): Chart } }).Chart.getChart(canvas);
      return chart.data.datasets[0]!.data[0]!.x;
    });
    expect(first).toBeLessThan(dayMs(opened));
    expect(dayMs(opened) - first).toBeLessThanOrEqual(7 * DAY);
  });
});

describe('the page’s words in Chromium: numbers explained, the CLI’s stance symbols, one date format, readable form errors', () => {
  const session = browserSuite({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });

  it('explains weights, CAMEO codes and v1’s net in plain words, on the numbers and in a legend', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-10-30`);
    await viewsReady(page, '2025-10-30');
    // No bare "g −10.0" anywhere: the timeline says "weight", and the word carries its meaning.
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/(^|\s)g [−+-]?\d/);
    const weight = page.locator('#timeline-list abbr[data-term="weight"]').first();
    await expect(weight.textContent()).resolves.toMatch(/^weight [−+-]?\d+\.\d$/);
    await expect(weight.getAttribute('title')).resolves.toMatch(/towards conflict .* cooperation .* CAMEO/);
    await expect(weight.getAttribute('tabindex')).resolves.toBe('0');
    // The legend under the chart.
    await page.getByText('What the numbers mean').click();
    const glossary = page.locator('#glossary');
    await expect(glossary.locator('dt').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['Weight', 'CAMEO code', 'Conflict, cooperation, net']),
    );
    await expect(glossary.textContent()).resolves.toMatch(/net is conflict minus cooperation/);
    // A development's evidence: its CAMEO code, weight and confidence, each explained.
    await page.locator('#escalation-summary .why-list button').first().click();
    const cameo = page.locator('#detail-body abbr[data-term="cameo"]').first();
    await expect(cameo.textContent()).resolves.toMatch(/^CAMEO \d+/);
    await expect(cameo.getAttribute('title')).resolves.toMatch(/coding scheme for political events/);
    // Model v1's sums name what they add up to.
    await page.locator('label[for="model-v1"]').click();
    const split = page.locator('#escalation-summary abbr[data-term="net"]');
    await expect(split.textContent()).resolves.toMatch(/conflict [\d.]+ vs cooperation [\d.]+/);
    await expect(split.getAttribute('title')).resolves.toMatch(/net is conflict minus cooperation/);
  });

  it('draws each stance with the CLI’s symbol', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const legend = await page.locator('#matrix-legend .stance').evaluateAll((chips) =>
      chips.map((c) => ({
        value: Array.from(c.classList as unknown as ArrayLike<string>)
          .find((k) => k.startsWith('stance-') && k !== 'stance-small')!
          .slice(7),
        symbol: c.querySelector('.stance-symbol')!.textContent,
      })),
    );
    expect(legend).toHaveLength(Object.keys(STANCE_STYLE).length);
    for (const { value, symbol } of legend)
      expect(symbol).toBe(STANCE_STYLE[value as keyof typeof STANCE_STYLE].symbol);
    await expect(page.locator(`${HANDOVER_CELL} .stance-symbol`).textContent()).resolves.toBe(
      STANCE_STYLE.rejected.symbol,
    );
  });

  it('shows and reads dates as “4 Dec 2026”, never in the browser’s locale format', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-10-30`);
    await viewsReady(page, '2025-10-30');
    const goTo = page.getByLabel('Go to date');
    await expect(goTo.inputValue()).resolves.toBe('30 Oct 2025');
    await expect(page.getByLabel('Since').inputValue()).resolves.toMatch(/^\d{1,2} [A-Z][a-z]{2} 2025$/);
    // No field on the page shows a locale date (10/30/2025 in this en-US browser).
    const shown = await page
      .locator('#negotiation input:visible')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    for (const value of shown) expect(value).not.toMatch(/\d+\/\d+\/\d+/);
    // The browser's own date inputs hold the values, unseen.
    const nativeShown = await page
      .locator('#negotiation input[type="date"]')
      .evaluateAll(
        (inputs) =>
          inputs.filter((i) => (i as HTMLElement).offsetParent !== null && getComputedStyle(i).opacity !== '0').length,
      );
    expect(nativeShown).toBe(0);

    // The API's reasons for the level name their days ("Border closed since 2025-10-12"): the page writes them its way.
    const res = await fetch(`${t.url}/negotiations/${NEGOTIATION}/escalation?at=2025-10-30`);
    const { reasons } = (await res.json()) as { reasons: { text: string }[] };
    const days = reasons.flatMap((r) => r.text.match(/\d{4}-\d{2}-\d{2}/g) ?? []);
    expect(days.length).toBeGreaterThan(0);
    const why = (await page.locator('#escalation-summary .why-list').textContent())!;
    expect(why).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const day of days) expect(why).toContain(dayWords(day));

    // Typed in the page's format, or as YYYY-MM-DD.
    await goTo.fill('20 Oct 2025');
    await goTo.press('Enter');
    await viewsReady(page, '2025-10-20');
    await expect(page.locator('#at-output').textContent()).resolves.toBe('20 Oct 2025');
    await goTo.fill('2025-10-22');
    await goTo.press('Enter');
    await viewsReady(page, '2025-10-22');
    await expect(goTo.inputValue()).resolves.toBe('22 Oct 2025');
    // Not a day: marked, and nothing moves.
    await goTo.fill('31 Feb 2025');
    await goTo.press('Enter');
    await expect(goTo.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(page.url()).toContain('at=2025-10-22');

    // A calendar button beside the field opens the browser's picker.
    await expect(goTo.locator('xpath=following-sibling::button[1]').getAttribute('aria-label')).resolves.toBe(
      'Calendar',
    );
  });

  it('names a date that does not read beside the page’s own date fields, and compares nothing with it', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-10-30`);
    await viewsReady(page, '2025-10-30');
    const goTo = page.getByLabel('Go to date');
    const problemOf = async (field: typeof goTo) =>
      page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent();
    await goTo.fill('20 Okt 2025');
    await goTo.press('Enter');
    await expect(problemOf(goTo)).resolves.toMatch(/^“20 Okt 2025” is not a date\. .*4 Dec 2026/);
    expect(page.url()).toContain('at=2025-10-30');
    // Read, it is gone.
    await goTo.fill('20 Oct 2025');
    await goTo.press('Enter');
    await viewsReady(page, '2025-10-20');
    await expect(goTo.getAttribute('aria-describedby')).resolves.toBeNull();
    await expect(page.locator('.day-problem:visible').count()).resolves.toBe(0);

    // “What changed” since a date that does not read: said so, and the comparison shown stays the one asked for before.
    const since = page.getByLabel('Since');
    const [url, before] = [page.url(), await page.locator('#changes-body').textContent()];
    await since.fill('yesterday');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(problemOf(since)).resolves.toMatch(/^“yesterday” is not a date\./);
    await expect(since.inputValue()).resolves.toBe('yesterday');
    expect(page.url()).toBe(url);
    await expect(page.locator('#changes-body').textContent()).resolves.toBe(before);
  });

  it('shows the form’s problems in readable sentences, and a future date by its date rather than an event id', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await dialog
      .getByRole('group', { name: 'Speaker' })
      .getByLabel('Name', { exact: true })
      .fill('Khawaja Muhammad Asif');
    await dialog.getByLabel('What was said, in a sentence').fill('Asif threatens strikes on sanctuaries.');
    await dialog.getByLabel('Title', { exact: true }).fill('Asif threatens strikes');
    await dialog.getByLabel('Link').fill('https://example.org/asif-threat');
    const submit = dialog.getByRole('button', { name: 'Record', exact: true });

    // No tone chosen.
    await submit.click();
    const tone = dialog.getByLabel('Tone');
    // The answer comes from the server: wait until the field is marked (times out, failing, if it never is).
    await tone.and(dialog.locator('[aria-invalid="true"]')).waitFor();
    await expect(tone.getAttribute('aria-invalid')).resolves.toBe('true');
    const toneError = page.locator(`#${await tone.getAttribute('id')}-error`);
    await expect(toneError.textContent()).resolves.not.toMatch(/tone is required|tone must be/);
    await expect(toneError.textContent()).resolves.toMatch(/^[A-Z].*\.$/);

    // A date in the future: named by its date, without the event's id.
    await tone.selectOption('threat');
    const future = new Date(Date.now() + 30 * DAY);
    await dialog.getByLabel('Date', { exact: true }).fill(future.toISOString().slice(0, 10));
    await submit.click();
    const date = dialog.getByLabel('Date', { exact: true });
    const dateError = page.locator(`#${await date.getAttribute('id')}-error`);
    await dateError.filter({ hasText: 'is after now' }).waitFor();
    const expected = future.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await expect(dateError.textContent()).resolves.toContain(`${expected} is after now`);
    await expect(dialog.locator('#record-summary').textContent()).resolves.not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await expect(dialog.locator('#record-summary').textContent()).resolves.toMatch(/Date: /);
  });
});
