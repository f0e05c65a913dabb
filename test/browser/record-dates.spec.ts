/**
 * The record form's dates (issue #18, problem 9): its date and time fields
 * show and read dates as the rest of the page writes them ("4 Dec 2026",
 * "18:30"), never in the browser's locale (12/04/2026, 06:30 PM, in this
 * en-US Chromium); a date that does not read is named beside its field and
 * nothing is sent. Debian's Chromium against the real app holding the example.
 */
import type { Locator, Page } from 'playwright-core';
import { browserSuite } from './browser';
import { NEGOTIATION, viewsReady } from './pages';

jest.setTimeout(60_000);

/** The error shown beside `field` (forms.js gives it the id `<field id>-error`). */
async function errorOf(page: Page, field: Locator): Promise<Locator> {
  return page.locator(`#${await field.getAttribute('id')}-error`);
}

describe('the record form’s dates in Chromium', () => {
  const session = browserSuite({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });

  async function openForm(page: Page, type: string): Promise<Locator> {
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await dialog.getByLabel('What happened').selectOption(type);
    return dialog;
  }

  it('shows its dates as the page does, reads “15 Oct 2025” and “18:30”, and records them', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}?at=2025-10-30`);
    await viewsReady(page, '2025-10-30');
    const dialog = await openForm(page, 'StatementMade');
    const date = dialog.getByLabel('Date', { exact: true });
    const time = dialog.getByLabel('Time');
    // The replayed day, written as the replay field beside the slider writes it.
    await expect(date.inputValue()).resolves.toBe('30 Oct 2025');
    await expect(date.inputValue()).resolves.toBe(await page.getByLabel('Go to date').inputValue());
    // Text fields: the browser's own date and time inputs would show 10/30/2025 and --:-- --.
    await expect(date.getAttribute('type')).resolves.toBe('text');
    await expect(time.getAttribute('type')).resolves.toBe('text');
    await expect(dialog.getByLabel('Published').getAttribute('type')).resolves.toBe('text');
    await expect(date.locator('xpath=following-sibling::button[1]').getAttribute('aria-label')).resolves.toBe(
      'Calendar',
    );

    // The API's own form is read too, and shown in the page's once the field is left.
    await date.fill('2025-10-16');
    await time.focus();
    await expect(date.inputValue()).resolves.toBe('16 Oct 2025');

    await dialog.getByRole('group', { name: 'Speaker' }).getByLabel('Name', { exact: true }).fill('Zabihullah Mujahid');
    await dialog.getByLabel('Speaks for').selectOption('afghan-taliban');
    await dialog.getByLabel('Tone').selectOption('conciliatory');
    const summary = `Mujahid welcomes the Doha talks (date test ${Date.now()})`;
    await dialog.getByLabel('What was said, in a sentence').fill(summary);
    await date.fill('15 Oct 2025');
    await time.fill('18:30');
    await dialog.getByLabel('Title', { exact: true }).fill('Mujahid on Doha');
    await dialog.getByLabel('Link').fill('https://example.org/mujahid-doha');
    await dialog.getByLabel('Published').fill('16 October 2025');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/negotiations/${NEGOTIATION}/events`)),
      dialog.getByRole('button', { name: 'Record', exact: true }).click(),
    ]);
    await dialog.waitFor({ state: 'hidden' });
    expect(response.status()).toBe(201);
    const sent = response.request().postDataJSON() as {
      occurredAt: string;
      data: { summary: string };
      sources: { publishedAt?: string }[];
    };
    expect(sent.data.summary).toBe(summary);
    // 18:30 in the browser's zone (this test's Chromium runs in the machine's zone), with its offset.
    const offset = await page.evaluate(() => {
      const m = -new Date('2025-10-15T18:30').getTimezoneOffset();
      const a = Math.abs(m);
      return `${m >= 0 ? '+' : '-'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    });
    expect(sent.occurredAt).toBe(`2025-10-15T18:30:00${offset}`);
    expect(sent.sources[0]?.publishedAt).toBe('2025-10-16');
  });

  it('names a date or a time that does not read beside its field, and records nothing', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') writes.push(r.url());
    });
    const dialog = await openForm(page, 'StatementMade');
    await dialog
      .getByRole('group', { name: 'Speaker' })
      .getByLabel('Name', { exact: true })
      .fill('Khawaja Muhammad Asif');
    await dialog.getByLabel('Tone').selectOption('warning');
    await dialog.getByLabel('What was said, in a sentence').fill('Asif warns Kabul.');
    await dialog.getByLabel('Title', { exact: true }).fill('Asif warns Kabul');
    await dialog.getByLabel('Link').fill('https://example.org/asif-warns');
    const date = dialog.getByLabel('Date', { exact: true });
    const time = dialog.getByLabel('Time');

    // Left with a day February does not have: said at once, in the domain's words, about what was typed.
    await date.fill('30 Feb 2025');
    await time.focus();
    await expect(date.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect((await errorOf(page, date)).textContent()).resolves.toBe(
      '“30 Feb 2025” is not a calendar date: February 2025 has 28 days.',
    );
    // Not a date at all, and a time past midnight: named on sending, nothing sent.
    await date.fill('next Tuesday');
    await time.fill('25:10');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await expect((await errorOf(page, date)).textContent()).resolves.toBe(
      '“next Tuesday” is not a date. Write a date as 4 Dec 2026.',
    );
    await expect((await errorOf(page, time)).textContent()).resolves.toMatch(/^“25:10” is not a time of day\./);
    await expect(dialog.locator('#record-summary').textContent()).resolves.toMatch(/Date: “next Tuesday”/);
    await expect(dialog.isVisible()).resolves.toBe(true);

    // Fixed: the error goes as the field is left.
    await date.fill('14 Oct 2025');
    await time.fill('');
    await dialog.getByLabel('Title', { exact: true }).focus();
    await expect(date.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect((await errorOf(page, date)).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(writes).toEqual([]);
  });

  it('takes a month where the field allows one (a deadline), shown as “Nov 2026”', async () => {
    const { t, page } = session;
    await page.goto(`${t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    const dialog = await openForm(page, 'UltimatumIssued');
    const deadline = dialog.getByLabel(/^Deadline/); // the field, not a demand whose text speaks of a deadline
    await deadline.fill('2026-11');
    await dialog.getByLabel('What is threatened').focus();
    await expect(deadline.inputValue()).resolves.toBe('Nov 2026');
    await expect(deadline.getAttribute('aria-invalid')).resolves.toBeNull();
    await deadline.fill('Smarch 2026');
    await dialog.getByLabel('What is threatened').focus();
    await expect((await errorOf(page, deadline)).textContent()).resolves.toMatch(
      /^“Smarch 2026” is not a date\. Write a date as Nov 2025 or 4 Dec 2026 or /,
    );
    // The date the ultimatum was issued takes a day only.
    const date = dialog.getByLabel('Date', { exact: true });
    await date.fill('Oct 2025');
    await deadline.focus();
    await expect((await errorOf(page, date)).textContent()).resolves.toBe(
      '“Oct 2025” names only a month. Write a date as 4 Dec 2026.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });
});
