/**
 * An analyst who uses both the CLI and the dashboard on the same case and the
 * same date sees the same thing: here, the stretch of time the escalation is
 * charted over. The India – Pakistan case records a development from 2021 as
 * background; the talks run from April to June 2025. The real CLI process and
 * Debian's Chromium against one real app.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { parley } from '../cli/support';
import { browserSuite } from './browser';
import { NEGOTIATION, viewsReady } from './pages';

jest.setTimeout(60_000);

const LOG = path.resolve(__dirname, '../../examples/india-pakistan-2025.jsonl');
const CASE = fs
  .readFileSync(LOG, 'utf8')
  .split('\n')
  .map((line) => (line ? (JSON.parse(line) as { type: string; data: { negotiationId?: string } }) : null))
  .find((l) => l?.type === 'NegotiationOpened')!.data.negotiationId!;

/** The days the CLI's sparkline runs over, as it prints them: "index 2025-04-18 → 2025-06-27 23:59 UTC · …". */
function sparklineDays(stdout: string): { from: string; to: string } {
  const m = /index (\d{4}-\d{2}-\d{2})(?: \d\d:\d\d UTC)? → (\d{4}-\d{2}-\d{2})/.exec(stdout);
  if (!m) throw new Error(`no sparkline range in:\n${stdout}`);
  return { from: m[1]!, to: m[2]! };
}

/** The slider's window, and the days of the chart's first and last points, as the page holds them. */
async function pageDays(page: Page): Promise<{ slider: { from: string; to: string }; chart: { from: string } }> {
  const canvas = page.locator('#escalation-chart');
  await canvas.scrollIntoViewIfNeeded();
  await page.locator('#escalation-chart[data-chart="drawn"]').waitFor({ timeout: 15_000 });
  return page.evaluate(() => {
    const slider = document.querySelector<HTMLInputElement>('#at-slider')!;
    const canvas = document.getElementById('escalation-chart') as HTMLCanvasElement;
    type Chart = { data: { datasets: { data: { x: number }[] }[] } };
    const chart = (window as unknown as { Chart: { getChart(c: HTMLCanvasElement): Chart } }).Chart.getChart(canvas);
    const points = chart.data.datasets[0]!.data;
    return {
      slider: { from: slider.dataset.from!, to: slider.dataset.to! },
      chart: { from: new Date(points[0]!.x).toISOString().slice(0, 10) },
    };
  });
}

describe('the CLI and the dashboard chart the escalation over the same stretch of time', () => {
  const session = browserSuite({ viewport: { width: 1366, height: 768 } }, async (url) => {
    const res = await fetch(`${url}/admin/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: fs.readFileSync(LOG),
    });
    if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  });

  it('now: the CLI’s sparkline runs over the dashboard’s active period (from the opening, not the 2021 background), to its end', async () => {
    const { t, page } = session;
    const cli = await parley(['escalation', CASE, '--drivers', '0', '--wide'], { url: t.url });
    expect(cli.code).toBe(0);
    await page.goto(`${t.url}/#/negotiations/${CASE}`);
    await viewsReady(page);
    const shown = await pageDays(page);
    expect(shown.slider.from.startsWith('2025-')).toBe(true);
    expect(sparklineDays(cli.stdout)).toEqual(shown.slider);
    expect(shown.chart.from).toBe(shown.slider.from);
  });

  it('as of a date in the crisis: the same start, and both end at that date', async () => {
    const { t, page } = session;
    const at = '2025-05-09';
    const cli = await parley(['escalation', CASE, '--at', at, '--drivers', '0', '--wide'], { url: t.url });
    expect(cli.code).toBe(0);
    await page.goto(`${t.url}/#/negotiations/${CASE}?at=${at}`);
    await viewsReady(page, at);
    const shown = await pageDays(page);
    expect(sparklineDays(cli.stdout)).toEqual({ from: shown.chart.from, to: at });
    expect(shown.chart.from).toBe(shown.slider.from);
  });

  it('dates each main driver on the day the CLI prints it (as written: Operation Sindoor on 7 May IST, not the UTC 6 May)', async () => {
    const { t, page } = session;
    const at = '2025-05-09';
    const cli = await parley(['escalation', CASE, '--at', at, '--drivers', '3', '--no-chart', '--wide'], {
      url: t.url,
    });
    expect(cli.code).toBe(0);
    // "    −6.92  2025-05-07T01:00:00+05:30  IncidentReported · CAMEO 195 …": the day as recorded.
    const printed = [...cli.stdout.matchAll(/^\s+[−+]\d+\.\d+\s+(\d{4}-\d{2}-\d{2})\S*\s/gm)].map((m) => m[1]!);
    expect(printed).toHaveLength(3);
    // The case this test is about: a driver whose own day is not its UTC day.
    expect(printed).toContain('2025-05-07');
    await page.goto(`${t.url}/#/negotiations/${CASE}?at=${at}`);
    await viewsReady(page, at);
    const shown = await page.locator('#escalation-summary .driver-date').allInnerTexts();
    const short = (day: string) =>
      new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    expect(shown).toEqual(printed.map(short));
  });

  it('`parley list` gives each negotiation the index the dashboard’s overview shows, to the same tenth', async () => {
    const { t, page } = session;
    const at = '2025-05-12';
    const cli = await parley(['list', '--at', at, '--wide'], { url: t.url });
    expect(cli.code).toBe(0);
    const printed = /level \d \S+ · index (\S+) /.exec(cli.stdout.slice(cli.stdout.indexOf(CASE)))?.[1];
    await page.goto(`${t.url}/#/?at=${at}`);
    const shown = await page
      .locator(`.overview-card[data-negotiation="${CASE}"] dd`)
      .filter({ hasText: /index / })
      .innerText();
    const index = /index (\S+)/.exec(shown)?.[1];
    // The case this test is about: an index that is not a whole number.
    expect(Number(index) % 1).not.toBe(0);
    expect(Number(printed)).toBe(Number(index));
  });

  it('names the same actors as `parley status`: the parties, the mediators and the others (a spoiler, an observer)', async () => {
    const { t, page } = session;
    const at = '2025-05-07';
    const cli = await parley(['status', CASE, '--at', at, '--wide'], { url: t.url });
    expect(cli.code).toBe(0);
    // "  Others       spoiler: The Resistance Front (TRF) · observer: United Nations"
    const others = /^ {2}Others +(.*)$/m.exec(cli.stdout)?.[1] ?? '';
    const otherNames = others.split(' · ').flatMap((group) => group.replace(/^[a-z-]+: /, '').split(', '));
    expect(otherNames.length).toBeGreaterThan(0);
    await page.goto(`${t.url}/#/negotiations/${CASE}?at=${at}`);
    await viewsReady(page, at);
    const shown = await page.locator('#neg-actors .actor-chip').allInnerTexts();
    for (const line of ['Parties', 'Mediators']) {
      const names = new RegExp(`^ {2}${line} +(.*)$`, 'm').exec(cli.stdout)![1]!.split(', ');
      for (const n of names) expect(shown).toContain(n);
    }
    for (const n of otherNames) expect(shown).toContain(n);
  });

  it('shows the latest agreement `parley status` names: its kind, its date and who signed it', async () => {
    const { t, page } = session;
    const at = '2025-10-20';
    const cli = await parley(['status', NEGOTIATION, '--at', at, '--wide'], { url: t.url });
    expect(cli.code).toBe(0);
    // "  Agreement    ceasefire doha-agreement-2025-10-19 on 2025-10-19, signed by Pakistan, Afghan Taliban government"
    const m = /^ {2}Agreement +(\S+) \S+ on (\d{4}-\d{2}-\d{2}), signed by (.*)$/m.exec(cli.stdout);
    expect(m).not.toBeNull();
    const [, kind, day, signatories] = m!;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=${at}`);
    await viewsReady(page, at);
    const shown = await page.locator('#latest-agreement').innerText();
    expect(shown).toContain(`${kind} agreement`);
    expect(shown).toContain(
      new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
    expect(shown).toContain(`signed by ${signatories}`);
  });

  it('lists the conditions in force the level rests on, in both: the ceasefire too, not only the reasons', async () => {
    const { t, page } = session;
    // On 20 Nov 2025 the Doha ceasefire was in force (the example's later months have none: it collapsed in February 2026).
    const cli = await parley(
      ['escalation', NEGOTIATION, '--at', '2025-11-20', '--no-chart', '--drivers', '0', '--wide'],
      {
        url: t.url,
      },
    );
    expect(cli.code).toBe(0);
    // "  In force  Ceasefire in force since 2025-10-19 · Border closed since 2025-10-12 · …"
    const printed = (/^ {2}In force {2}(.*)$/m.exec(cli.stdout)?.[1] ?? '').split(' · ').filter(Boolean);
    expect(printed.some((text) => text.startsWith('Ceasefire'))).toBe(true);
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-11-20`);
    await viewsReady(page, '2025-11-20');
    const shown = await page.locator('#escalation-summary .esc-conditions [data-kind]').allInnerTexts();
    const dayWords = (text: string) =>
      text.replace(/\d{4}-\d{2}-\d{2}/g, (day) =>
        new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
    expect(shown).toEqual(printed.map(dayWords));
  });
});
