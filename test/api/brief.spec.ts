/**
 * GET /negotiations/:id/brief on the example case: a Markdown briefing with
 * the status, what changed, the escalation and the matrix of the same views
 * the API serves, every source it cites numbered and listed; bad parameters
 * are a 400 naming the field.
 */
import * as fs from 'node:fs';
import { markdownText } from '@parley/projections';
import { EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import { citations } from '../support/brief';

const CASE = 'pak-afghan-2025';
// Each brief folds five views of the case; room for a loaded 2-core machine.
jest.setTimeout(60_000);

describe('GET /negotiations/:id/brief (the example case)', () => {
  let t: TestApp;
  const get = (query: string) => fetch(`${t.url}/negotiations/${CASE}/brief${query}`);
  const json = async (view: string) => (await fetch(`${t.url}/negotiations/${CASE}/${view}`)).json();

  beforeAll(async () => {
    t = await startTestApp();
    const res = await fetch(`${t.url}/admin/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-ndjson' },
      body: fs.readFileSync(EXAMPLE_LOG),
    });
    if (res.status !== 200) throw new Error(`import failed: ${await res.text()}`);
  });
  afterAll(() => t.cleanup());

  it('is Markdown with the status, the latest level, every demand of the matrix and what changed, as the views say', async () => {
    const res = await get('?from=2025-11-01&to=2025-11-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const brief = await res.text();
    const [status, escalation, matrix, changes] = await Promise.all([
      json('status?at=2025-11-30'),
      json('escalation?at=2025-11-30'),
      json('matrix?at=2025-11-30'),
      json('changes?since=2025-11-01&until=2025-11-30'),
    ]);
    expect(brief).toMatch(/^# Briefing: Pakistan – Afghan Taliban talks, 2025\n/);
    expect(brief).toContain(`- **Phase:** ${status.phase}`);
    expect(brief).toContain(`## Escalation at 2025-11-30: level ${escalation.level} — ${escalation.levelName}`);
    for (const reason of escalation.reasons as { text: string }[]) expect(brief).toContain(reason.text);
    // The matrix as a Markdown table: a column per actor by name, a row per demand.
    expect(brief).toContain(
      `| Demand | ${matrix.columns.map((c: { name: string }) => c.name).join(' | ')} | Consensus |`,
    );
    for (const row of matrix.rows as { text: string; consensus: string }[])
      expect(brief).toMatch(new RegExp(`^\\| ${escape(markdownText(row.text))} \\|.*\\| ${row.consensus} \\|$`, 'm'));
    expect(brief).toContain('## What changed, 2025-11-01 → 2025-11-30');
    for (const d of changes.developments as { summary: string }[]) expect(brief).toContain(markdownText(d.summary));
    // The Taliban's rejection of the handover rests on one blog copy graded F3: the brief says it is thin.
    expect(brief).toMatch(
      /\| Transfer to Pakistan of key militant figures wanted for major attacks \|.*✘ rejected 2025-11-07 \[\d+\] △/,
    );
  });

  it('says in words that a ceasefire gave way to another, as the changes view and the dashboard do, never "in-force → in-force"', async () => {
    // The 48-hour truce of 15 October, extended, then replaced by the Doha ceasefire of 19 October.
    const brief = await (await get('?from=2025-10-16&to=2025-10-20')).text();
    const changes = await json('changes?since=2025-10-16&until=2025-10-20');
    expect(changes.ceasefire.previousCeasefireId).not.toBeNull();
    const line = brief
      .split('\n')
      .find((l) => l.startsWith('- **Ceasefire:**') && brief.indexOf(l) > brief.indexOf('## What changed'));
    expect(line).toMatch(new RegExp(`^- \\*\\*Ceasefire:\\*\\* ${escape(changes.ceasefire.summary)} \\[[\\d, ]+\\]$`));
  });

  it('numbers its sources: every number cited is listed with grade, outlet, date and URL, and every listed one is cited', async () => {
    const brief = await (await get('?from=2025-10-01&to=2025-11-30')).text();
    const { cited, listed } = citations(brief);
    expect(listed.length).toBeGreaterThan(20);
    expect(listed).toEqual(listed.map((_, i) => i + 1));
    expect([...cited].sort((a, b) => a - b)).toEqual(listed);
    expect(brief).toMatch(
      /^\d+\. \*\*B1\*\* · Dawn · [^·]+ · “Türkiye, Qatar help seal truce on western front” — <https:\/\/www\.dawn\.com\/news\/1950026\/turkiye-qatar-help-seal-truce-on-western-front>$/m,
    );
  });

  it('defaults to the last 7 days up to now', async () => {
    const brief = await (await get('')).text();
    const m = /^\*pak-afghan-2025 · (\S+) → (\S+) ·/m.exec(brief);
    expect(m).not.toBeNull();
    const [from, to] = [Date.parse(m![1]!), Date.parse(m![2]!)];
    expect(to - from).toBe(7 * 86_400_000);
    expect(Math.abs(Date.now() - to)).toBeLessThan(10 * 60_000);
  });

  it('reads `at` as every view does: the briefing as things stood then (its `to`), the same as `to` would give', async () => {
    const [byAt, byTo] = await Promise.all([get('?at=2025-10-13'), get('?to=2025-10-13')]);
    expect(byAt.status).toBe(200);
    const brief = await byAt.text();
    expect(brief).toContain('\n## Status at 2025-10-13\n');
    expect(brief).toBe(await byTo.text());
  });

  it('waits for `minPosition` as every view does; one beyond the log is a 400 naming it', async () => {
    expect((await get('?minPosition=1&to=2025-10-13')).status).toBe(200);
    const res = await get('?minPosition=999999');
    expect(res.status).toBe(400);
    expect((await res.json()).errors.map((e: { field: string }) => e.field)).toEqual(['minPosition']);
  });

  it.each([
    ['?at=2025-02-30', 'at'],
    ['?from=yesterday', 'from'],
    ['?to=2025-02-30', 'to'],
    ['?from=2025-11-30&to=2025-11-01', 'from'],
    ['?model=v9', 'model'],
    ['?knownAt=soon', 'knownAt'],
  ])('%s: 400 naming %s', async (query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('an unknown negotiation: 404', async () => {
    expect((await fetch(`${t.url}/negotiations/no-such-talks/brief`)).status).toBe(404);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
