/**
 * "What changed" means one thing on the page and in the CLI (issue #18,
 * problem 2): since 15 Oct until 20 Oct is every development from the start
 * of 15 Oct to the end of 20 Oct (UTC), on the page replayed to 20 Oct and in
 * `parley changes --since 2025-10-15 --until 2025-10-20` alike. Debian's
 * Chromium and the real CLI process against the real app holding the example.
 */
import { parleyJson } from '../cli/support';
import { browserSuite } from './browser';
import { NEGOTIATION, viewsReady } from './pages';

jest.setTimeout(60_000);

const SINCE = '2025-10-15';
const UNTIL = '2025-10-20';

describe('“What changed” on the page and in the CLI', () => {
  const session = browserSuite({ viewport: { width: 1366, height: 768 } });

  it(`since ${SINCE} until ${UNTIL}: the same developments, both days included`, async () => {
    const { t, page } = session;
    const cli = await parleyJson<{ developments: { occurredAt: string }[]; since: string; until: string }>(
      ['changes', NEGOTIATION, '--since', SINCE, '--until', UNTIL],
      { url: t.url },
    );
    expect(cli.since).toBe(`${SINCE}T00:00:00.000Z`);
    expect(cli.until).toBe(`${UNTIL}T23:59:59.999Z`);
    const days = cli.developments.map((d) => d.occurredAt.slice(0, 10));
    // The first and the last day count whole (the example has developments on both).
    expect(days).toContain(SINCE);
    expect(days).toContain(UNTIL);

    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=${UNTIL}&since=${SINCE}`);
    await viewsReady(page, UNTIL);
    const body = page.locator('#changes-body');
    await body
      .locator('p', { hasText: /development/ })
      .first()
      .waitFor();
    await expect(body.textContent()).resolves.toContain(
      `From 15 Oct 2025 to 20 Oct 2025: ${cli.developments.length} developments.`,
    );
  });
});
