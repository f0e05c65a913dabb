/**
 * The dashboard when an operator deletes a negotiation's stream in EventStoreDB outside Parley: the page showing
 * it says so and stops following it, and the portfolio drops it — both live, told by the server's `deleted`
 * message, with no reload. The real app on the protocol-level EventStoreDB test cluster (the real client), the
 * delete made with the client's own call; Debian's Chromium.
 */
import { EventStoreDBClient } from '@eventstore/db-client';
import type { Browser } from 'playwright-core';
import { streamName } from '@parley/domain';
import { EsdbTestCluster } from '../esdb/server/server';
import { startTestApp, type TestApp } from '../support/app';
import { client, expectStatus } from '../support/http';
import { openBody } from '../support/cases';
import { collectPageErrors, launchBrowser } from './browser';

jest.setTimeout(45_000);

describe('the dashboard on EventStoreDB: a negotiation deleted outside Parley', () => {
  let cluster: EsdbTestCluster;
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    cluster = await EsdbTestCluster.start();
    [t, browser] = await Promise.all([
      startTestApp({
        env: { PARLEY_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: cluster.connectionString() },
      }),
      launchBrowser(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.cleanup();
    await cluster?.stop();
  });

  it('the page showing it says it was deleted and stops following it; the portfolio drops it, live', async () => {
    const api = client(t.url);
    const gone = 'deleted-outside';
    const kept = 'still-here';
    expectStatus(await api.post('/negotiations', openBody(gone)), 201);
    const last = expectStatus(await api.post('/negotiations', openBody(kept)), 201);
    expectStatus(await api.get(`/negotiations?minPosition=${last.body.position}`), 200);

    const context = await browser.newContext();
    const shown = await context.newPage();
    const portfolio = await context.newPage();
    const errors = [...[shown, portfolio].map((page) => collectPageErrors(page))];
    await shown.goto(`${t.url}/#/negotiations/${gone}`);
    await portfolio.goto(`${t.url}/`);
    for (const page of [shown, portfolio]) await page.locator('#live-indicator[data-state="live"]').waitFor();
    const card = (id: string) => portfolio.locator(`.overview-card[data-negotiation="${id}"]`);
    await card(gone).waitFor();

    const raw = EventStoreDBClient.connectionString(cluster.connectionString());
    await raw.tombstoneStream(streamName(gone));
    await raw.dispose();

    await card(gone).waitFor({ state: 'detached' });
    await card(kept).waitFor();
    await shown.locator('#live-indicator[data-state="paused"]', { hasText: 'Deleted outside Parley' }).waitFor();
    await shown
      .locator('#status-body', { hasText: `negotiation ${gone}: stream ${streamName(gone)} was deleted` })
      .waitFor();
    await expect(shown.locator('#announcer').textContent()).resolves.toContain(
      'was deleted in EventStoreDB outside Parley',
    );
    await expect(shown.locator('#negotiation-list a', { hasText: gone }).count()).resolves.toBe(0);
    await context.close();
    expect(errors.flat()).toEqual([]);
  });
});
