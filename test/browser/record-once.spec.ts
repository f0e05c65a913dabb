/**
 * The brief's promise for recording, through the dashboard's form: a development is appended exactly once, and a
 * colleague's write made while the form was open is detected, never silently overwritten. A real app (temp SQLite
 * file) holding the example case, Debian's Chromium; the network fault is the browser's own: the request reaches
 * the real server and its answer is dropped before the page reads it.
 */
import type { Locator, Page } from 'playwright-core';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { client, type Json } from '../support/http';
import { browserSuite } from './browser';
import { NEGOTIATION, viewsReady } from './pages';

jest.setTimeout(45_000);

const EVENTS = `/negotiations/${NEGOTIATION}/events`;

describe('recording through the form, once and never over a colleague', () => {
  const s = browserSuite({ viewport: { width: 1366, height: 900 } });

  /** The negotiation's raw log, as the API holds it. */
  async function log(): Promise<Json[]> {
    const reply = await client(s.t.url).get(`${EVENTS}?limit=1000`);
    return reply.body.events;
  }

  async function openStatement(page: Page, summary: string): Promise<Locator> {
    await page.goto(`${s.t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await dialog.getByLabel('What happened').selectOption('StatementMade');
    await dialog.getByRole('group', { name: 'Speaker' }).getByLabel('Name', { exact: true }).fill('Zabihullah Mujahid');
    await dialog.getByLabel('Speaks for').selectOption('afghan-taliban');
    await dialog.getByLabel('Tone').selectOption('conciliatory');
    await dialog.getByLabel('What was said, in a sentence').fill(summary);
    await dialog.getByLabel('Title', { exact: true }).fill('Mujahid on new talks');
    await dialog.getByLabel('Link').fill('https://example.org/mujahid-talks');
    return dialog;
  }

  const statements = async (summary: string) =>
    (await log()).filter((e) => e.type === 'StatementMade' && e.data.summary === summary);

  it('a Record whose answer was lost on the way, chosen again, records the development once', async () => {
    const { page } = s;
    const summary = 'Mujahid says Kabul is ready for a fourth round (answer lost)';
    const dialog = await openStatement(page, summary);

    // The first attempt reaches the server, which stores it; its answer never reaches the page.
    let dropped = false;
    await page.route(`**${EVENTS}`, async (route) => {
      if (dropped || route.request().method() !== 'POST') return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    // The page cannot know whether it was recorded, and says so rather than "Not recorded".
    const summaryBox = dialog.locator('.error-summary');
    await summaryBox.waitFor();
    // The dropped answer is the browser's own network error, not the page's.
    s.errors.splice(0, s.errors.length, ...s.errors.filter((e) => !e.includes('net::ERR_CONNECTION_RESET')));
    await expect(summaryBox.textContent()).resolves.toMatch(/did not answer/);
    expect(await statements(summary)).toHaveLength(1);

    // The analyst tries again, as the message invites: the page closes the form, and the log holds it once.
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#timeline-list > li', { hasText: summary }).first().waitFor();
    expect(await statements(summary)).toHaveLength(1);
    await expect(page.locator('#timeline-list > li', { hasText: summary }).count()).resolves.toBe(1);
  });

  it("a new development goes on top of a colleague's, recorded while the form was open, with no second click: it overwrites nothing", async () => {
    const summary = 'Mujahid says the fourth round can be held in Istanbul';
    const dialog = await openStatement(s.page, summary);
    const example = EXAMPLE_EVENTS.StatementMade;
    const colleague = await client(s.t.url).post(EVENTS, {
      ...example,
      data: { ...example.data, summary: 'A colleague records another statement meanwhile' },
    });
    expect(colleague.status).toBe(201);
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await statements(summary)).toHaveLength(1);
  });

  it("a colleague's correction made while the form was open is named, not silently overwritten", async () => {
    const { page } = s;
    const bombing = (await log()).find((e) => e.data.incidentId === 'islamabad-court-bombing-2025-11-11');
    await page.goto(`${s.t.url}/#/negotiations/${NEGOTIATION}`);
    await viewsReady(page);
    await page.getByRole('button', { name: 'Record a development' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a development' });
    await dialog.getByLabel('What happened').selectOption('EventCorrected');
    await dialog.locator('[name="data.eventId"]').selectOption(bombing.eventId);
    await dialog.locator('[name="data.changes.data"]').fill('{"fatalities":{"min":15,"max":15}}');
    await dialog.locator('[name="data.reason"]').fill('Hospital officials: 15 dead');
    await dialog.getByLabel('Title', { exact: true }).fill('Islamabad toll rises');
    await dialog.getByLabel('Link').fill('https://example.org/islamabad-toll-15');

    // Meanwhile a colleague corrects the same count from their own desk.
    const colleague = await client(s.t.url).post(EVENTS, {
      type: 'EventCorrected',
      data: {
        eventId: bombing.eventId,
        changes: { data: { fatalities: { min: 14, max: 14 } } },
        reason: 'Police: 14 dead',
      },
      occurredAt: '2025-11-12',
      sources: [{ title: 'Police update on the Islamabad toll', url: 'https://example.org/islamabad-toll-14' }],
    });
    expect(colleague.status).toBe(201);

    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    // Not recorded over it: the form names what the colleague recorded meanwhile.
    const summaryBox = dialog.locator('.error-summary');
    await summaryBox.waitFor();
    await expect(summaryBox.textContent()).resolves.toMatch(/since you opened this form.*Correction/s);
    const corrections = async () =>
      (await log()).filter((e) => e.type === 'EventCorrected' && e.data.eventId === bombing.eventId);
    expect((await corrections()).map((e) => e.data.reason)).toEqual(['Police: 14 dead']);

    // Having seen it, the analyst keeps theirs: Record again records it, once.
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await corrections()).map((e) => e.data.reason)).toEqual(['Police: 14 dead', 'Hospital officials: 15 dead']);
  });
});
