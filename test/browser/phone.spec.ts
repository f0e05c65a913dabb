/**
 * The page on a phone: Chromium at 390 × 844 CSS pixels (touch, 3× pixels),
 * over the real app holding the example case. Nothing is wider than the
 * screen, the matrix is one card per demand with labelled stance chips, the
 * top bar wraps, the record dialog fits and no slider ticks overlap. The first
 * load is light: the chart (Chart.js) is loaded when scrolled to, in a box kept
 * for it, and the timeline shows a page of developments at a time.
 */
import type { Page } from 'playwright-core';
import { browserSuite } from './browser';

const NEGOTIATION = 'pak-afghan-2025';
const WIDTH = 390;
const HEIGHT = 844;

jest.setTimeout(45_000);

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
}

const boxOf = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    });

/** The page's width as the browser lays it out: more than the viewport means a horizontal scroll. */
const pageWidth = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

/** Elements sticking out of the viewport on the right, named (for a readable failure). */
const overflowing = (page: Page) =>
  page.evaluate((width) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // Content clipped by a scrolling ancestor does not widen the page.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') clipped = true;
      }
      if (!clipped && r.right > width + 0.5)
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} → ${Math.round(r.right)}`);
    }
    return out.slice(0, 10);
  }, WIDTH);

describe('the page on a phone (390 px)', () => {
  const s = browserSuite({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  let page: Page;
  let t: { url: string };
  beforeEach(() => {
    ({ page, t } = s);
  });

  async function openNegotiation(at?: string) {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}${at ? `?at=${at}` : ''}`);
    await page.locator(`#negotiation[data-at="${at ?? 'now'}"][data-views="ready"]`).waitFor({ timeout: 15_000 });
  }

  it('a negotiation is exactly as wide as the screen: no horizontal scroll', async () => {
    await openNegotiation();
    await expect(overflowing(page)).resolves.toEqual([]);
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(WIDTH);
  });

  it('a date that does not read is named under its field, inside the screen', async () => {
    await openNegotiation('2025-10-30');
    const goTo = page.getByLabel('Go to date');
    await goTo.fill('20 Okt 2025');
    await goTo.press('Enter');
    const problem = page.locator('#at-date-problem');
    await expect(problem.textContent()).resolves.toMatch(/^“20 Okt 2025” is not a date/);
    const box = await boxOf(page, '#at-date-problem');
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(WIDTH);
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(WIDTH);
  });

  it('the portfolio is as wide as the screen too', async () => {
    await page.goto(`${t.url}/`);
    await page.locator('#overview[data-views="ready"]').waitFor({ timeout: 15_000 });
    await expect(overflowing(page)).resolves.toEqual([]);
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(WIDTH);
  });

  it('the top bar wraps inside the screen', async () => {
    await openNegotiation();
    for (const selector of ['.brand', '#live-indicator', '#api-key-button', '.topbar a[href="/docs"]']) {
      const box = await boxOf(page, selector);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(WIDTH);
    }
  });

  it('the matrix is one card per demand: the text readable at full width, each stance a chip labelled with its actor', async () => {
    await openNegotiation();
    const row = 'tr[data-demand="pak-handover-of-wanted-militants"]';
    const card = await boxOf(page, row);
    const text = await boxOf(page, `${row} .demand-text`);
    // The demand's text takes the card's width (a word per line was ~60 px).
    expect(text.width).toBeGreaterThan(card.width * 0.8);
    const cells = page.locator(`${row} td.cell`);
    await expect(cells.count()).resolves.toBe(2);
    for (let i = 0; i < 2; i++) {
      const cell = cells.nth(i);
      await expect(cell.locator('.cell-actor').isVisible()).resolves.toBe(true);
      const box = await cell.evaluate((el) => el.getBoundingClientRect().top);
      // Below the text, never over it.
      expect(box).toBeGreaterThanOrEqual(text.bottom);
    }
    await expect(cells.nth(0).locator('.cell-actor').textContent()).resolves.toBe('Pakistan');
    await expect(cells.nth(1).locator('.cell-actor').textContent()).resolves.toBe('Afghan Taliban government');
    await expect(cells.nth(1).textContent()).resolves.toMatch(/Rejected/);
  });

  it('the record dialog fits the screen, its buttons reachable', async () => {
    await openNegotiation();
    await page.locator('#record-button').click();
    await page.locator('#record-dialog[open]').waitFor();
    const dialog = await boxOf(page, '#record-dialog');
    expect(dialog.left).toBeGreaterThanOrEqual(0);
    expect(dialog.right).toBeLessThanOrEqual(WIDTH);
    expect(dialog.top).toBeGreaterThanOrEqual(0);
    expect(dialog.bottom).toBeLessThanOrEqual(HEIGHT);
    const submit = await boxOf(page, '#record-submit');
    expect(submit.right).toBeLessThanOrEqual(WIDTH);
    expect(submit.bottom).toBeLessThanOrEqual(HEIGHT);
    await expect(overflowing(page)).resolves.toEqual([]);
  });

  it('no two slider tick labels overlap', async () => {
    await openNegotiation();
    const ticks = await page.locator('#slider-ticks .tick').evaluateAll((els) =>
      els
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right, text: el.textContent };
        }),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left).toBeGreaterThanOrEqual(ticks[i - 1]!.right);
    for (const tick of ticks) expect(tick.right).toBeLessThanOrEqual(WIDTH);
  });

  it('loads the chart only once it is scrolled to, in the box kept for it: nothing on the page moves', async () => {
    // Every layout shift from the start of the load, as Lighthouse's CLS counts them.
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openNegotiation();
    await expect(page.evaluate(() => 'Chart' in window)).resolves.toBe(false);
    await expect(page.locator('#escalation-chart').getAttribute('data-chart')).resolves.toBeNull();
    const boxBefore = await page.locator('.chart-wrap').evaluate((el) => ({
      top: el.getBoundingClientRect().top + scrollY,
      height: el.getBoundingClientRect().height,
    }));

    await page.locator('#escalation-chart').scrollIntoViewIfNeeded();
    await page.locator('#escalation-chart[data-chart="drawn"]').waitFor({ timeout: 15_000 });
    await expect(page.locator('#escalation-chart').getAttribute('data-markers')).resolves.toMatch(/^[1-9]\d*$/);
    const boxAfter = await page.locator('.chart-wrap').evaluate((el) => ({
      top: el.getBoundingClientRect().top + scrollY,
      height: el.getBoundingClientRect().height,
    }));
    expect(boxAfter).toEqual(boxBefore);
    await expect(overflowing(page)).resolves.toEqual([]);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.1);
  });

  it('the timeline does not move as it is scrolled to: "Show more" stays where it was laid out', async () => {
    await openNegotiation();
    // Where the button is in the timeline's scrolled box, as laid out before the timeline was ever on screen…
    const offset = () =>
      page.locator('.timeline-more').evaluate((el) => {
        const box = el.closest('.timeline-body') as HTMLElement;
        return Math.round(el.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop);
      });
    const before = await offset();
    await page.locator('.timeline-more').scrollIntoViewIfNeeded();
    // …and once the developments above it have been painted (two frames).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // A tap aimed at it lands on it (developments laid out at a guessed height and then at their own moved it
    // by thousands of pixels, between a tap's press and release on a busy phone).
    await expect(offset()).resolves.toBe(before);
  });

  it('shows the timeline a page at a time: "Show more" adds the next developments and takes the focus to them', async () => {
    await openNegotiation();
    const items = page.locator('#timeline-list > li');
    const total = Number(/^(\d+) developments/.exec((await page.locator('.timeline-count').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(40);
    await expect(items.count()).resolves.toBe(20);
    const more = page.locator('.timeline-more');
    await expect(more.textContent()).resolves.toBe(`Show 20 more (${total - 20} older not shown)`);
    await more.click();
    await expect(items.count()).resolves.toBe(40);
    await expect(
      page.evaluate(() => document.activeElement?.matches('#timeline-list > li:nth-child(21)')),
    ).resolves.toBe(true);
    // The next page, not the first one again.
    const ids = await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId));
    expect(new Set(ids).size).toBe(40);
  });
});
