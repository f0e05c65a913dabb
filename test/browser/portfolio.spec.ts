/**
 * The portfolio at `/` in Chromium, over the real app holding the example case
 * and a second crisis recorded over HTTP (April–May 2025): every negotiation
 * with its level, the level's direction over 7 and 30 days and the deadlines
 * coming due; sortable; following the date shown (the sidebar too); live. And
 * the page printed: no controls, panels in sequence.
 */
import type { Page } from 'playwright-core';
import { browserSuite } from './browser';

const PAK = 'pak-afghan-2025';
const BORDER = 'border-crisis-2025';
const SOURCE = {
  title: 'Wire report',
  publisher: 'Test Wire',
  url: 'https://example.org/report',
  reliability: 'B',
  credibility: 2,
};

jest.setTimeout(45_000);

async function post(url: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} failed: ${res.status} ${await res.text()}`);
}

/** A second crisis: a strike on 1 May, heavy fighting on 7 May, a truce from 10 to 18 May, an ultimatum without a deadline. */
async function recordBorderCrisis(url: string): Promise<void> {
  await post(url, '/negotiations', {
    id: BORDER,
    title: 'Border crisis, 2025',
    subject: 'Shelling across the line',
    parties: [
      { id: 'eastland', name: 'Eastland', kind: 'state' },
      { id: 'westland', name: 'Westland', kind: 'state' },
    ],
    mediators: [],
    occurredAt: '2025-04-01',
    sources: [SOURCE],
  });
  const record = (type: string, data: unknown, occurredAt: string) =>
    post(url, `/negotiations/${BORDER}/events`, { type, data, occurredAt, sources: [SOURCE] });
  await record(
    'IncidentReported',
    {
      incidentId: 'strike',
      kind: 'airstrike',
      description: 'Strike on a border post',
      perpetrator: 'eastland',
      allegedBy: 'westland',
    },
    '2025-05-01',
  );
  await record(
    'IncidentReported',
    {
      incidentId: 'clashes',
      kind: 'clash',
      description: 'Heavy fighting along the line',
      perpetrator: 'westland',
      allegedBy: 'eastland',
      fatalities: { min: 40, max: 40 },
    },
    '2025-05-07',
  );
  await record(
    'CeasefireDeclared',
    { ceasefireId: 'truce', parties: ['eastland', 'westland'], duration: 'temporary', until: '2025-05-18' },
    '2025-05-10',
  );
  await record(
    'UltimatumIssued',
    { ultimatumId: 'withdraw', by: 'eastland', to: ['westland'], demandIds: [], consequences: 'renewed strikes' },
    '2025-05-11',
  );
}

/** Waits until the portfolio has been drawn for `at` (a day, or "now") in the order `sort`. */
async function portfolioReady(page: Page, at = 'now', sort = 'level'): Promise<void> {
  await page
    .locator(`#overview[data-at="${at}"][data-sort="${sort}"][data-views="ready"]`)
    .waitFor({ timeout: 15_000 });
}

const cardOf = (page: Page, id: string) => page.locator(`.overview-card[data-negotiation="${id}"]`);

describe('the portfolio in Chromium', () => {
  const s = browserSuite({ viewport: { width: 1366, height: 768 } }, recordBorderCrisis);
  let page: Page;
  let t: { url: string };
  beforeEach(() => {
    ({ page, t } = s);
  });

  it('shows each negotiation with its level, the direction over 7 and 30 days, and sorts as chosen', async () => {
    await page.goto(`${t.url}/#/?at=2025-05-08`);
    await portfolioReady(page, '2025-05-08');
    // Opened in October: not in the portfolio of 8 May, nor in the sidebar.
    await expect(page.locator('.overview-card').count()).resolves.toBe(1);
    await expect(page.locator('#negotiation-list a').count()).resolves.toBe(1);
    const border = cardOf(page, BORDER);
    // The fighting of 7 May: hostilities, up from militarised a week before (the strike of 1 May), strained a month before.
    await expect(border.locator('.level').textContent()).resolves.toBe('5 · hostilities');
    await expect(border.locator('[data-days="7"] dd').textContent()).resolves.toMatch(
      /Deteriorated\s*\(from level 4\)/,
    );
    await expect(border.locator('[data-days="30"] dd').textContent()).resolves.toMatch(
      /Deteriorated\s*\(from level 2\)/,
    );

    await page.goto(`${t.url}/#/?at=2025-12-01`);
    await portfolioReady(page, '2025-12-01');
    const titles = () => page.locator('.overview-card h2').allTextContents();
    const both = ['Pakistan – Afghan Taliban talks, 2025', 'Border crisis, 2025'];
    const levels = await page.locator('.overview-card .level').allTextContents();
    expect(levels.map((l) => Number(l[0]))).toEqual([...levels.map((l) => Number(l[0]))].sort((a, b) => b - a));
    await page.locator('label[for="sort-name"]').click();
    await portfolioReady(page, '2025-12-01', 'name');
    await expect(titles()).resolves.toEqual([both[1], both[0]]);
    expect(new URL(page.url()).hash).toBe('#/?at=2025-12-01&sort=name');
    await page.locator('label[for="sort-latest"]').click();
    await portfolioReady(page, '2025-12-01', 'latest');
    await expect(titles()).resolves.toEqual(both);
  });

  it('lists the deadlines coming due (the 48-hour truce of 15 October, the May truce) and the active ultimatums', async () => {
    await page.goto(`${t.url}/#/?at=2025-10-16`);
    await portfolioReady(page, '2025-10-16');
    await expect(cardOf(page, PAK).locator('.card-deadlines').textContent()).resolves.toMatch(
      /Ceasefire between Pakistan and Afghan Taliban government expires within a day \(17 Oct 2025/,
    );
    await expect(cardOf(page, BORDER).locator('.card-deadlines').count()).resolves.toBe(0);
    await page.locator('#overview-at').fill('2025-05-14');
    await page.locator('#overview-at').dispatchEvent('change');
    await portfolioReady(page, '2025-05-14');
    await expect(cardOf(page, BORDER).locator('.card-deadlines').textContent()).resolves.toMatch(
      /Ceasefire between Eastland and Westland expires in 4 days \(18 May 2025\)/,
    );
    // Active ultimatums, with what their deadline says.
    await expect(cardOf(page, BORDER).locator('.card-ultimatums').textContent()).resolves.toMatch(
      /1 active.*Eastland to Westland: no deadline stated/s,
    );
  });

  it('the sidebar follows the replay date of a negotiation, and its links keep the date', async () => {
    await page.goto(`${t.url}/#/negotiations/${BORDER}?at=2025-05-08`);
    await page.locator(`#negotiation[data-at="2025-05-08"][data-views="ready"]`).waitFor({ timeout: 15_000 });
    await page.locator('#negotiation-list a').first().waitFor();
    await expect(page.locator('#negotiation-list a').count()).resolves.toBe(1);
    await expect(page.locator('#negotiation-list .level').textContent()).resolves.toBe('5 · hostilities');
    await expect(page.locator('#negotiation-list a').getAttribute('href')).resolves.toBe(
      `#/negotiations/${BORDER}?at=2025-05-08`,
    );
    // Back to now: both again.
    await page.locator('#at-now').click();
    await page.locator(`#negotiation[data-at="now"][data-views="ready"]`).waitFor({ timeout: 15_000 });
    await page.locator('#negotiation-list a').nth(1).waitFor();
    await expect(page.locator('#negotiation-list a').count()).resolves.toBe(2);
  });

  it('prints without controls, the panels one after another', async () => {
    await page.goto(`${t.url}/#/negotiations/${PAK}?at=2025-10-30`);
    await page.locator(`#negotiation[data-at="2025-10-30"][data-views="ready"]`).waitFor({ timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    const controls = [
      '.topbar',
      '#negotiation-list',
      '#record-button',
      '#brief-button',
      '#at-slider',
      '#at-date',
      '#changes-form',
      '#timeline-filter',
    ];
    const shown: string[] = [];
    for (const control of controls) if (await page.locator(control).isVisible()) shown.push(control);
    expect(shown).toEqual([]);
    // The date the print shows stays.
    await expect(page.locator('#at-output').textContent()).resolves.toBe('30 Oct 2025');
    const boxes = await page.locator('.grid > .panel').evaluateAll((panels) =>
      panels.map((p) => {
        const r = p.getBoundingClientRect();
        return { left: Math.round(r.left), top: r.top, bottom: r.bottom };
      }),
    );
    expect(new Set(boxes.map((b) => b.left)).size).toBe(1);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    // The matrix's stances are still there.
    await expect(page.locator('#matrix-body td.cell').first().isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('#record-button').isVisible()).resolves.toBe(true);
  });

  it('is live: a development recorded elsewhere shows on the portfolio without a reload', async () => {
    await page.goto(`${t.url}/`);
    await portfolioReady(page);
    await page.locator('#live-indicator[data-state="live"]').waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const res = await fetch(`${t.url}/negotiations/${BORDER}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'StatementMade',
        data: {
          speaker: { name: 'The Westland president', actorId: 'westland' },
          tone: 'conciliatory',
          summary: 'Offers talks on all issues',
        },
        occurredAt: today,
        sources: [{ title: 'Wire report', publisher: 'Test Wire', url: 'https://example.org/report' }],
      }),
    });
    expect(res.status).toBe(201);
    await cardOf(page, BORDER).locator('.card-latest', { hasText: 'Offers talks on all issues' }).waitFor();
    // Now the latest development of the two: first by last development.
    await page.locator('label[for="sort-latest"]').click();
    await portfolioReady(page, 'now', 'latest');
    await expect(page.locator('.overview-card').first().getAttribute('data-negotiation')).resolves.toBe(BORDER);
  });
});
