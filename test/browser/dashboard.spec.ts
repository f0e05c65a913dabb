/**
 * The dashboard in a real browser: Debian's headless Chromium driven by
 * playwright-core against the real app (temp SQLite file) holding the example
 * case. Without Chromium the suite fails and says how to install it.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import type { EventStore } from '@parley/event-store';
import { STANCE_SYMBOLS } from '@parley/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EVENT_STORE } from '../../apps/api/src/store/store.module';
import { KEYS, exampleLines, startTestApp, type TestApp } from '../support/app';
import { assertChromium, collectPageErrors, importExample, launchBrowser } from './browser';
import { NEGOTIATION, chartCounts, slideTo, viewsReady } from './pages';

const HANDOVER_CELL = 'tr[data-demand="pak-handover-of-wanted-militants"] td[data-actor="afghan-taliban"]';

// Generous for a 2-core CI machine running other suites alongside; each run takes ~30 s in all here.
jest.setTimeout(45_000);

describe('the dashboard in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    assertChromium();
    [t, browser] = await Promise.all([startTestApp(), launchBrowser()]);
    await importExample(t.url);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.cleanup();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    // Fail fast with the locator in the message, well inside jest's own timeout.
    page.setDefaultTimeout(10_000);
    errors = collectPageErrors(page);
  });

  afterEach(async () => {
    await context.close();
    expect(errors).toEqual([]);
  });

  it('runs in Debian’s Chromium (install it with apt-get install -y chromium when this fails)', () => {
    expect(assertChromium).not.toThrow();
  });

  it('serves the page, its modules and the chart libraries itself, with the right caching', async () => {
    const index = await fetch(`${t.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    // The app's CSP holds (nothing from outside), minus the https upgrade that would break the page over plain http on a LAN.
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    const html = await index.text();
    const vendor = [...html.matchAll(/src="(\/vendor\/[^"]+)"/g)].map((m) => m[1]!);
    expect(vendor).toHaveLength(3);
    for (const url of vendor) {
      const res = await fetch(`${t.url}${url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // Compressed for a client that takes gzip (fetch does, and undoes it).
      expect(res.headers.get('content-encoding')).toBe('gzip');
    }
    const module = await fetch(`${t.url}/assets/src/main.js`);
    expect(module.headers.get('content-type')).toMatch(/javascript/);
    expect(module.headers.get('content-encoding')).toBe('gzip');
    await expect(module.text()).resolves.toContain('import');
    // Chart.js is named in the page but loaded only when a chart is drawn, after the first paint.
    expect(html).toMatch(/<script type="text\/x-parley-vendor" src="\/vendor\/chart\.js@/);
    expect((await fetch(`${t.url}/assets/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${t.url}/vendor/chart.js@0.0.1/chart.umd.min.js`)).status).toBe(404);
  });

  it('asks for every module a negotiation page loads at once: the page preloads exactly those', async () => {
    const loaded = new Set<string>();
    page.on('request', (r) => {
      // The page's modules (Chart.js, a classic script from /vendor/, loads when the chart is drawn).
      const { pathname } = new URL(r.url());
      if (r.resourceType() === 'script' && pathname.startsWith('/assets/')) loaded.add(pathname);
    });
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const preloaded = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    loaded.delete('/assets/src/main.js');
    expect(new Set(preloaded).size).toBe(preloaded.length);
    expect([...preloaded].sort()).toEqual([...loaded].sort());
    // The record form's modules load when it is opened.
    expect(loaded.has('/assets/src/views/record-form.js')).toBe(false);
    await page.getByRole('button', { name: 'Record a development' }).click();
    await page.getByRole('dialog', { name: 'Record a development' }).waitFor();
    expect(loaded.has('/assets/src/views/record-form.js')).toBe(true);
  });

  it('lists the negotiations with phase, escalation level and trend, and opens one', async () => {
    await page.goto(`${t.url}/`);
    const card = page.getByRole('article', { name: 'Pakistan – Afghan Taliban talks, 2025' });
    await card.waitFor();
    await expect(card.locator('.phase').textContent()).resolves.toBe('Stalled');
    await expect(card.locator('.level').textContent()).resolves.toMatch(/^\d · \w+/);
    await expect(card.locator('.trend').textContent()).resolves.toMatch(/rising|steady|falling/);
    await expect(card.textContent()).resolves.toMatch(/Rounds held\s*4/);
    // The sparkline draws the index over the case's active period, from where the negotiation's slider starts.
    const caption = card.locator('figcaption', { hasText: /^Escalation index, / });
    await caption.waitFor();
    const sparkFrom = /^Escalation index, (\d+ \w+ \d{4}) – /.exec((await caption.textContent())!)?.[1];
    await expect(page.locator('#negotiation-list a').count()).resolves.toBe(1);

    await card.getByRole('link', { name: /Pakistan – Afghan Taliban talks/ }).click();
    await viewsReady(page);
    expect(page.url()).toContain(`#/negotiations/${NEGOTIATION}`);
    await expect(page.locator('#neg-title').textContent()).resolves.toBe('Pakistan – Afghan Taliban talks, 2025');
    await expect(page.locator('#rounds-held').textContent()).resolves.toBe('4');
    await expect(page.locator('#status-body .phase').first().textContent()).resolves.toBe('Stalled');
    await expect(page.locator('#status-body').textContent()).resolves.toMatch(/Ultimatums.*no deadline stated/s);
    await expect(page.locator('#at-min-label').textContent()).resolves.toBe(sparkFrom);
  });

  it('shows the matrix as a heat map, and a cell’s stance history with quotes and sources', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const table = page.getByRole('table', { name: /Demand-acceptance matrix/ });
    await expect(table.locator('thead th[scope="col"]').allTextContents()).resolves.toEqual([
      'Demand',
      'Pakistan',
      'Afghan Taliban government',
      'Consensus',
    ]);
    // One row a demand the case tabled (none withdrawn).
    const tabled = exampleLines().filter((e) => e.type === 'DemandTabled').length;
    await expect(table.locator('tbody th[scope="row"]').count()).resolves.toBe(tabled);
    const cell = page.locator(HANDOVER_CELL);
    await expect(cell.getAttribute('data-stance')).resolves.toBe('rejected');
    await expect(cell.textContent()).resolves.toMatch(new RegExp(`${STANCE_SYMBOLS.rejected}\\s*Rejected`));
    // Colour comes with a symbol and a word: the legend names every stance.
    await expect(page.locator('#matrix-legend').textContent()).resolves.toMatch(
      /Accepted.*In principle.*Conditional.*Ambiguous.*Counter-proposed.*Rejected/s,
    );

    await cell.getByRole('button').click();
    await expect(cell.getByRole('button').getAttribute('aria-pressed')).resolves.toBe('true');
    const detail = page.locator('#detail-body');
    await expect(detail.locator('h3').textContent()).resolves.toMatch(/Transfer to Pakistan of key militant figures/);
    await expect(detail.textContent()).resolves.toMatch(/Stance history/);
    const link = detail.locator('.sources a').first();
    await expect(link.getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(detail.locator('.grade').first().textContent()).resolves.toMatch(/^[A-F][1-6]$/);
  });

  it('draws the escalation chart with its data, level bands and development markers', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-10-30`);
    await viewsReady(page, '2025-10-30');
    const counts = await chartCounts(page);
    expect(counts.points).toBeGreaterThan(40);
    expect(counts.markers).toBeGreaterThan(30);
    expect(counts.width).toBeGreaterThan(300);
    // Model v2 by default: the border clashes of 11–15 Oct are hostilities.
    await expect(page.locator('#escalation-chart').getAttribute('aria-label')).resolves.toMatch(
      /Escalation index from .* peak \d+(\.\d)? \(hostilities\)/,
    );
    const summary = page.locator('#escalation-summary');
    await expect(summary.textContent()).resolves.toMatch(/model v2/);
    await expect(summary.locator('.why-list li').first().textContent()).resolves.toMatch(
      /ceasefire|Armed action|Threat of war/i,
    );

    // Hovering a marker shows the development and its sources.
    await page.locator('#escalation-chart').scrollIntoViewIfNeeded();
    const marker = await page.evaluate(() => {
      const canvas = document.getElementById('escalation-chart') as HTMLCanvasElement;
      type El = { x: number; y: number };
      const chart = (
        window as unknown as {
          Chart: { getChart(c: HTMLCanvasElement): { getDatasetMeta(i: number): { data: El[] } } };
        }
      ).Chart.getChart(canvas);
      const points = chart.getDatasetMeta(1).data;
      const p = points[Math.floor(points.length / 2)]!;
      const box = canvas.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(marker.x, marker.y);
    const tooltip = page.locator('#chart-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.textContent()).resolves.toMatch(/\d{4}/);
    await expect(tooltip.locator('.tt-sources li').count()).resolves.toBeGreaterThan(0);
    // Clicking it puts the development, with links to its sources, in the evidence panel (Chart.js handles events on the next frame).
    await page.mouse.click(marker.x, marker.y);
    await page.locator('#detail-body .evidence-event .sources li').first().waitFor();

    // The same data as tables for keyboard and screen-reader users (drawn when opened).
    await page.getByText('Drivers and chart data as tables').click();
    // (Drawn by the panel's toggle event, which comes after the click.)
    await page.locator('#series-table tbody tr').nth(15).waitFor();
    await expect(page.locator('#series-table tbody tr').count()).resolves.toBeGreaterThan(15);
  });

  it('switches the escalation model: v1 shows its conflict/cooperation sums, and the URL keeps the choice', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-10-22`);
    await viewsReady(page, '2025-10-22');
    const summary = page.locator('#escalation-summary');
    // v2: three days into the Doha ceasefire, five after the last armed action — coercive, with its reasons.
    await expect(summary.textContent()).resolves.toMatch(/3 · coercive|coercive/i);
    await expect(summary.locator('[data-model]').getAttribute('data-model')).resolves.toBe('v2');
    await page.locator('label[for="model-v1"]').click();
    await summary.locator('[data-model="v1"]').waitFor();
    await expect(summary.textContent()).resolves.toMatch(/conflict [\d.]+ vs cooperation [\d.]+/);
    await expect(summary.locator('.why-list').count()).resolves.toBe(0);
    expect(new URL(page.url()).hash).toMatch(/model=v1/);
    // A reason's evidence opens on click under v2.
    await page.locator('label[for="model-v2"]').click();
    await summary.locator('[data-model="v2"]').waitFor();
    expect(new URL(page.url()).hash).not.toMatch(/model=/);
    await summary.locator('.why-list button').first().click();
    await page.locator('#detail-body .evidence-event').first().waitFor();
  });

  it('given model v1 is chosen, then “What changed” reads the escalation under v1 too, as the escalation panel does', async () => {
    const at = '2025-10-20';
    const level = async (model: string) => {
      const res = await fetch(`${t.url}/negotiations/${NEGOTIATION}/escalation?at=${at}&model=${model}`);
      return ((await res.json()) as { levelName: string }).levelName;
    };
    const [v1, v2] = await Promise.all([level('v1'), level('v2')]);
    // The two models read this day differently: otherwise this test could not tell them apart.
    expect(v1).not.toBe(v2);
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=${at}&since=2025-10-13&model=v1`);
    await viewsReady(page, at);
    await expect(page.locator('#escalation-summary').textContent()).resolves.toContain(v1);
    const tile = page.locator('#changes-body .change-tile').filter({ hasText: 'Escalation' });
    await expect(tile.locator('.change-value').textContent()).resolves.toMatch(new RegExp(`→ .*${v1}$`));
  });

  it('replays 20 Oct 2025 with the slider: every view redraws, and the URL keeps the date', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const now = {
      rounds: await page.locator('#rounds-held').textContent(),
      phase: await page.locator('#status-body .phase').first().textContent(),
      chart: await chartCounts(page),
    };
    expect(now).toMatchObject({ rounds: '4', phase: 'Stalled' });

    await slideTo(page, '2025-10-20');
    await expect(page.locator('#at-output').textContent()).resolves.toBe('20 Oct 2025');
    await expect(page.locator('#rounds-held').textContent()).resolves.toBe('1');
    await expect(page.locator('#status-body .phase').first().textContent()).resolves.toBe('Round scheduled');
    await expect(page.locator('#status-body').textContent()).resolves.toMatch(/Istanbul talks \(second round\)/);
    expect(page.url()).toContain('at=2025-10-20');
    await expect(page.locator('#live-indicator').getAttribute('data-state')).resolves.toBe('paused');
    // The handover demand was on the table by then (18 Oct), but Kabul had not answered it yet.
    await expect(page.locator(HANDOVER_CELL).getAttribute('data-stance')).resolves.toBe('no-position');
    const then = await chartCounts(page);
    expect(then.points).toBeGreaterThan(0);
    expect(then.markers).toBeLessThan(now.chart.markers);
    await expect(page.locator('#timeline-body .timeline-count').textContent()).resolves.toMatch(/^\d+ developments/);

    // What changed since a week earlier, for a briefing.
    await page.getByLabel('Since').fill('2025-10-13');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.locator('#changes-body').textContent()).resolves.toMatch(/From 13 Oct 2025 to 20 Oct 2025/);

    // A shared link opens the same view.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await viewsReady(shared, '2025-10-20');
    await expect(shared.locator('#rounds-held').textContent()).resolves.toBe('1');
    await shared.close();

    // Known at: what Parley knew on 20 Oct leaves out what was recorded later.
    await page.getByLabel('Known', { exact: true }).selectOption('at');
    await viewsReady(page, '2025-10-20');
    expect(page.url()).toContain('known=at');

    await page.getByRole('button', { name: 'Now', exact: true }).click();
    await viewsReady(page);
    await expect(page.locator('#rounds-held').textContent()).resolves.toBe('4');
  });

  it('records a statement through the form; the status and the timeline show it', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await dialog.getByLabel('What happened').selectOption('StatementMade');
    await dialog.getByRole('group', { name: 'Speaker' }).getByLabel('Name', { exact: true }).fill('Zabihullah Mujahid');
    await dialog.getByLabel('Speaks for').selectOption('afghan-taliban');
    await dialog.getByLabel('Tone').selectOption('conciliatory');
    const summary = `Mujahid says Kabul is ready for a fourth round (browser test ${Date.now()})`;
    await dialog.getByLabel('What was said, in a sentence').fill(summary);
    await dialog.getByLabel('Title', { exact: true }).fill('Mujahid on new talks');
    await dialog.getByLabel('Link').fill('https://example.org/mujahid-talks');
    await dialog.getByLabel('Source reliability').selectOption('B');
    await dialog.getByLabel('Information credibility').selectOption('2');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();

    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#latest-development', { hasText: summary }).waitFor();
    // The status card and the timeline are fetched apart: wait for the timeline's own update too.
    await page.locator('#timeline-list > li', { hasText: summary }).waitFor();
    const first = page.locator('#timeline-list > li').first();
    await expect(first.textContent()).resolves.toContain(summary);
    await expect(first.locator('.grade').first().textContent()).resolves.toBe('B2');
  });

  it('records a position, an ultimatum, and a round opened then concluded', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    const open = async (type: string) => {
      await page.getByRole('button', { name: 'Record a development' }).click();
      await dialog.getByLabel('What happened').selectOption(type);
    };
    const source = async (title: string) => {
      await dialog.getByLabel('Title', { exact: true }).fill(title);
      await dialog.getByLabel('Link').fill(`https://example.org/${encodeURIComponent(title)}`);
    };
    const submit = async () => {
      await dialog.getByRole('button', { name: 'Record', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await viewsReady(page);
    };

    await open('PositionTaken');
    await dialog.getByLabel('Demand').selectOption('pak-handover-of-wanted-militants');
    await dialog.getByLabel('Actor', { exact: true }).selectOption('afghan-taliban');
    await dialog.getByLabel('Stance').selectOption('conditional');
    await dialog.getByLabel('Conditions').fill('Only with evidence shared through the mediators');
    await source('Kabul softens on handovers');
    await submit();
    await page.locator(`${HANDOVER_CELL}[data-stance="conditional"]`).waitFor();

    const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await open('UltimatumIssued');
    await dialog.getByLabel('Ultimatum id').fill('browser-test-ultimatum');
    await dialog.getByLabel('Issued by').selectOption('pakistan');
    await dialog.getByRole('group', { name: 'Addressed to' }).getByLabel('Afghan Taliban government').check();
    await dialog
      .getByRole('group', { name: /Demands it enforces/ })
      .getByLabel(/Transfer to Pakistan of key militant figures/)
      .check();
    // The field, not a demand whose text speaks of a deadline (the Taliban's on the deportations).
    await dialog.getByLabel(/^Deadline/).fill(deadline);
    await dialog.getByLabel('What is threatened').fill('Strikes on sanctuaries');
    await source('Islamabad sets a deadline');
    await submit();
    await page.locator('#status-body .ultimatum', { hasText: 'Strikes on sanctuaries' }).waitFor();
    await expect(
      page.locator('#status-body .ultimatum', { hasText: 'Strikes on sanctuaries' }).textContent(),
    ).resolves.toMatch(/\d+ days left/);

    await open('TalksRoundOpened');
    await dialog.getByLabel('Round id').fill('riyadh-1');
    await dialog.getByLabel('Label').fill('Riyadh round');
    await dialog.getByLabel('Venue').fill('Riyadh');
    await source('Talks resume in Riyadh');
    await submit();
    await expect(page.locator('#status-body .phase').first().textContent()).resolves.toBe('In session');
    await expect(page.locator('#rounds-held').textContent()).resolves.toBe('5');

    await open('TalksRoundConcluded');
    await dialog.getByLabel('Round', { exact: true }).selectOption('riyadh-1');
    await dialog.getByLabel('Outcome').selectOption('progress');
    await source('Riyadh round ends with progress');
    await submit();
    await expect(page.locator('#status-body .phase').first().textContent()).resolves.toBe('Progressing');
  });

  it('registers a new actor through the form (its id typed, not picked), and the next development can name it', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await page.getByRole('button', { name: 'Record a development' }).click();
    await dialog.getByLabel('What happened').selectOption('ActorRegistered');
    const actor = dialog.getByRole('group', { name: 'Actor' });
    await actor.getByLabel('Id', { exact: true }).fill('browser-test-front');
    await actor.getByLabel('Name', { exact: true }).fill('Browser Test Front');
    await actor.getByLabel('Kind', { exact: true }).selectOption('armed-group');
    await dialog.getByLabel('Role', { exact: true }).selectOption('spoiler');
    await dialog.getByLabel('Title', { exact: true }).fill('A new armed group claims attacks');
    await dialog.getByLabel('Link').fill('https://example.org/browser-test-front');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await viewsReady(page);

    await page.getByRole('button', { name: 'Record a development' }).click();
    await dialog.getByLabel('What happened').selectOption('StatementMade');
    await expect(
      dialog
        .getByLabel('Speaks for')
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).resolves.toContain('browser-test-front');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('records the ground truth (an incident with its casualty range) and a correction (its retraction) through the form', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    const place = `Chaman border crossing (browser test ${Date.now()})`;
    await page.getByRole('button', { name: 'Record a development' }).click();
    await dialog.getByLabel('What happened').selectOption('IncidentReported');
    await dialog.getByLabel('Incident id').fill('browser-test-shelling');
    await dialog.getByLabel('Kind', { exact: true }).selectOption('shelling');
    await dialog.getByLabel('Perpetrator').selectOption('afghan-taliban');
    await dialog.getByLabel(/^Against/).selectOption('pakistan');
    const fatalities = dialog.getByRole('group', { name: /^Fatalities/ });
    await fatalities.getByLabel('Min').fill('3');
    await fatalities.getByLabel('Max').fill('5');
    await dialog.getByLabel(/^Place/).fill(place);
    await dialog
      .getByLabel('Description', { exact: true })
      .fill('Shelling across the border crossing; three to five killed.');
    await dialog.getByLabel('Title', { exact: true }).fill('Shelling at Chaman');
    await dialog.getByLabel('Link').fill('https://example.org/chaman-shelling');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The timeline sums it up from the catalogue's summary fields: kind, perpetrator, place, fatalities.
    const item = page.locator('#timeline-list > li', { hasText: place });
    await item.waitFor();
    await expect(item.textContent()).resolves.toMatch(/Shelling by Afghan Taliban/);
    const stored = (await (await fetch(`${t.url}/events/${await item.getAttribute('data-event-id')}`)).json()) as {
      data: unknown;
    };
    expect(stored.data).toMatchObject({
      kind: 'shelling',
      perpetrator: 'afghan-taliban',
      against: 'pakistan',
      fatalities: { min: 3, max: 5 },
    });

    await page.getByRole('button', { name: 'Record a development' }).click();
    await dialog.getByLabel('What happened').selectOption('EventRetracted');
    // Picked by what the timeline shows of it: its date, type and summary.
    const target = dialog.getByLabel('Development', { exact: true });
    await target.selectOption({ label: (await target.locator('option', { hasText: place }).textContent())! });
    await expect(target.inputValue()).resolves.toBe(await item.getAttribute('data-event-id'));
    await dialog.getByLabel('Reason').fill('Single-source report, denied by both sides.');
    await dialog.getByLabel('Title', { exact: true }).fill('Both sides deny Chaman shelling');
    await dialog.getByLabel('Link').fill('https://example.org/chaman-denial');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#timeline-list > li.retracted', { hasText: place }).waitFor();
  });

  it('offers every development type, grouped, each with the fields the catalogue gives it', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const catalogue = (await (await fetch(`${t.url}/catalogue`)).json()) as {
      types: Record<string, { group: string; fields: Record<string, unknown> }>;
    };
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    // The form's code and the catalogue load when the dialog first opens: wait for the types to be offered.
    await dialog.getByLabel('What happened').locator('option').nth(1).waitFor({ state: 'attached' });
    const offered = await dialog
      .getByLabel('What happened')
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered.sort()).toEqual(Object.keys(catalogue.types).sort());
    expect(offered).toHaveLength(27);
    for (const [type, entry] of Object.entries(catalogue.types)) {
      await dialog.getByLabel('What happened').selectOption(type);
      const names = await dialog
        .locator('#rf-type-fields')
        .evaluate((el) => [
          ...new Set(
            Array.from(el.querySelectorAll('[name^="data."], [data-field^="data."]')).map(
              (e) => (e.getAttribute('name') ?? (e as HTMLElement).dataset.field)!.split('.')[1],
            ),
          ),
        ]);
      expect(names.sort()).toEqual(Object.keys(entry.fields).sort());
    }
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('updates live over SSE when a colleague records a development elsewhere', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.locator('#live-indicator[data-state="live"]').waitFor();
    const summary = `Asif: Pakistan will answer any new attack (live test ${Date.now()})`;
    const res = await fetch(`${t.url}/negotiations/${NEGOTIATION}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'StatementMade',
        data: {
          speaker: { name: 'Khawaja Muhammad Asif', title: 'Defence Minister', actorId: 'pakistan' },
          tone: 'warning',
          summary,
        },
        occurredAt: new Date().toISOString().slice(0, 10),
        sources: [{ title: 'Asif warns Kabul', url: 'https://example.org/asif', reliability: 'C', credibility: 2 }],
      }),
    });
    expect(res.status).toBe(201);
    await page.locator('#latest-development', { hasText: summary }).waitFor({ timeout: 10_000 });
    await page.locator('#timeline-list > li', { hasText: summary }).waitFor({ timeout: 10_000 });
    await expect(page.locator('#announcer').textContent()).resolves.toContain(summary);
  });

  it('shows what is wrong next to the field, and refuses a future date', async () => {
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    // The timeline's count of every development (it shows a page of them at a time).
    const count = page.locator('#timeline-body .timeline-count');
    const before = await count.textContent();
    expect(before).toMatch(/^\d+ developments/);
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await dialog
      .getByRole('group', { name: 'Speaker' })
      .getByLabel('Name', { exact: true })
      .fill('Khawaja Muhammad Asif');
    await dialog.getByLabel('Tone').selectOption('threat');
    await dialog.getByLabel('What was said, in a sentence').fill('Asif threatens strikes on sanctuaries.');
    await dialog.getByLabel('Title', { exact: true }).fill('Asif threatens strikes');
    const submit = dialog.getByRole('button', { name: 'Record', exact: true });

    // 1. No link: the form asks for one, next to the Link field.
    await submit.click();
    const link = dialog.getByLabel('Link');
    await expect(link.getAttribute('aria-invalid')).resolves.toBe('true');
    const linkError = page.locator(`#${await link.getAttribute('id')}-error`);
    await expect(linkError.textContent()).resolves.toMatch(/link to the source/);
    await expect(link.getAttribute('aria-describedby')).resolves.toContain(`${await link.getAttribute('id')}-error`);
    await expect(dialog.locator('#record-summary').isVisible()).resolves.toBe(true);

    // 2. A malformed link: the API's 400 names `sources.0.url`; the message lands beside the input.
    await link.fill('not a link');
    await submit.click();
    await expect(linkError.textContent()).resolves.toMatch(/http\(s\) URL/);

    // 3. A date in the future: a business rule (422), shown next to the date.
    await link.fill('https://example.org/asif-threat');
    const date = dialog.getByLabel('Date', { exact: true });
    const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await date.fill(future);
    await submit.click();
    await page.locator(`#${await date.getAttribute('id')}-error`).waitFor();
    await expect(page.locator(`#${await date.getAttribute('id')}-error`).textContent()).resolves.toMatch(/after now/);
    await expect(dialog.locator('#record-summary').textContent()).resolves.toMatch(/Not recorded/);
    await expect(link.getAttribute('aria-invalid')).resolves.toBeNull();

    // Nothing was stored.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(count.textContent()).resolves.toBe(before);
  });
});

describe('the dashboard on a server with API keys', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    assertChromium();
    [t, browser] = await Promise.all([startTestApp({ withKeys: true }), launchBrowser()]);
    await importExample(t.url, { Authorization: `Bearer ${KEYS.admin}` });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.cleanup();
  });

  it('asks for a key, keeps it in localStorage and then shows the data', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${t.url}/`);
    const banner = page.locator('#banner');
    await banner.waitFor({ state: 'visible' });
    await expect(banner.textContent()).resolves.toMatch(/needs an API key/);
    await banner.getByRole('button', { name: 'Set the API key' }).click();
    await page.getByLabel('Key', { exact: true }).fill(KEYS.viewer);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.overview-card').first().waitFor();
    await expect(page.evaluate(() => localStorage.getItem('parley.apiKey'))).resolves.toBe(KEYS.viewer);
    await expect(banner.isHidden()).resolves.toBe(true);
    // The live stream (EventSource cannot send headers) is opened with a stream token, not the key.
    await page.locator('.overview-card h2 a').first().click();
    await viewsReady(page);
    await page.locator('#live-indicator[data-state="live"]').waitFor();
    await context.close();
  });

  it('given an admin key, then no URL the page requests carries it: the live stream opens with a short-lived viewer token', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript((key) => localStorage.setItem('parley.apiKey', key), KEYS.admin);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.locator('#live-indicator[data-state="live"]').waitFor();
    const streams = urls.filter((u) => u.includes('/stream'));
    expect(streams.some((u) => /\/negotiations\/[^/]+\/stream\?stream_token=/.test(u))).toBe(true);
    for (const url of urls) expect(url).not.toContain(KEYS.admin);
    for (const url of urls) expect(url).not.toContain('api_key');
    await context.close();
  });

  it('given a viewer key, then the matrix’s CSV and the briefing download as files, not as the server’s refusal', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    await context.addInitScript((key) => localStorage.setItem('parley.apiKey', key), KEYS.viewer);
    const page = await context.newPage();
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-10-20`);
    await viewsReady(page, '2025-10-20');
    const saved = async (control: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(control).click()]);
      expect(await download.failure()).toBeNull();
      return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const api = async (path: string) =>
      (await fetch(`${t.url}${path}`, { headers: { Authorization: `Bearer ${KEYS.viewer}` } })).text();
    const csv = await saved('#matrix-csv');
    expect(csv.name).toBe(`${NEGOTIATION}-matrix-2025-10-20.csv`);
    expect(csv.text).toBe(await api(`/negotiations/${NEGOTIATION}/matrix?format=csv&at=2025-10-20`));
    const brief = await saved('#brief-button');
    expect(brief.name).toBe(`${NEGOTIATION}-brief-2025-10-20.md`);
    expect(brief.text).toMatch(/^# Briefing: /);
    expect(brief.text).toContain('Status at 2025-10-20');
    await context.close();
  });

  it('given a source whose URL is javascript: in an old log, then the page shows its title as text and draws no link', async () => {
    // Written to the store directly: no write path accepts such a URL any more, but a log from before may hold one.
    const store = t.app.get<EventStore>(EVENT_STORE);
    const opening = (await store.readStream(`negotiation-${NEGOTIATION}`, { maxCount: 1 }))[0]!;
    await store.append(
      `negotiation-${NEGOTIATION}`,
      [
        {
          id: randomUUID(),
          type: 'StatementMade',
          data: {
            speaker: { name: 'A spokesman', actorId: 'pakistan' },
            tone: 'neutral',
            summary: 'A statement with a hostile link.',
          },
          metadata: {
            ...opening.metadata,
            // After the example's last development, so that the page shows it as the latest.
            occurredAt: '2026-04-01',
            precision: 'day',
            sources: [{ title: 'Hostile link', url: 'javascript:alert(document.domain)' }],
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript((key) => localStorage.setItem('parley.apiKey', key), KEYS.viewer);
    const page = await context.newPage();
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.getByText('Hostile link').first().waitFor({ state: 'attached' });
    await expect(page.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="data:" i]').count()).resolves.toBe(0);
    await context.close();
  });
});
