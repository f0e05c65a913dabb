/**
 * The import path is a write path (issue #19): every line of `POST
 * /admin/import` goes through the checks an HTTP write goes through — the
 * edge's validation and the rules, replayed per stream in file order — with
 * the import's own rules on top; who recorded what is kept only from a
 * faithful export; and an import racing HTTP writers is stored whole or not
 * at all. Each case is one the probe got accepted.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { KEYS, EXAMPLE_LOG, startTestApp, type TestApp } from '../support/app';
import { call, expectStatus, exportLog, headPosition, openBody, statement, type Json, type Reply } from './support/api';
import { IMPORT_WINDOW } from '../../apps/api/src/admin/import-window';
import { loadConfig } from '../../apps/api/src/config/config';

/** The example log's lines, renamed to a negotiation of its own (so each case starts from nothing). */
function exampleLines(negotiationId: string): Json[] {
  let text = fs.readFileSync(EXAMPLE_LOG, 'utf8').replaceAll('pak-afghan-2025', negotiationId);
  // New event ids, everywhere they appear (corrections and retractions name the events they change).
  for (const id of new Set(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)))
    text = text.replaceAll(id, randomUUID());
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Json);
}

function importFile(url: string, lines: readonly Json[], key: string = KEYS.admin): Promise<Reply> {
  const body = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
  return call(url, '/admin/import', { body, key, headers: { 'Content-Type': 'application/x-ndjson' } });
}

const withoutRevisions = (lines: readonly Json[]): Json[] => lines.map(({ revision: _r, ...rest }) => rest);

describe('the import path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ withKeys: true });
  });
  afterAll(() => t.cleanup());

  /** Imports `lines` and expects the whole file refused (400), the line named, the problem matched, and nothing stored. */
  async function expectRefused(lines: readonly Json[], line: number, problem: RegExp): Promise<void> {
    const before = (await exportLog(t.url, KEYS.admin)).length;
    const reply = await importFile(t.url, lines);
    expect(reply.status).toBe(400);
    const named = (reply.body.errors as { field: string; problems: string[] }[]).find(
      (e) => e.field === `line ${line}`,
    );
    expect(named).toBeDefined();
    expect(named!.problems.join(' ')).toMatch(problem);
    expect((await exportLog(t.url, KEYS.admin)).length).toBe(before);
  }

  // `npm run demo` imports each shipped case this way: a source list the builder accepts must also pass the edge.
  it.each(fs.readdirSync(path.dirname(EXAMPLE_LOG)).filter((f) => f.endsWith('.jsonl')))(
    'the shipped example %s imports whole through the import path',
    async (file) => {
      const text = fs.readFileSync(path.join(path.dirname(EXAMPLE_LOG), file), 'utf8');
      const reply = await importFile(t.url, text.trim().split('\n'));
      expect(reply.body).toMatchObject({ stored: text.trim().split('\n').length });
      expect(reply.status).toBe(200);
    },
  );

  describe('every line is checked as the HTTP write it would have been', () => {
    it.each([['javascript:alert(document.domain)'], ['data:text/html,<script>alert(1)</script>']])(
      'given a source URL %s, then the file is refused naming the line and sources.0.url',
      async (url) => {
        const lines = exampleLines(`imp-url-${randomUUID().slice(0, 6)}`);
        lines[9].metadata.sources = [{ ...lines[9].metadata.sources[0], url }];
        await expectRefused(lines, 10, /sources\.0\.url/);
      },
    );

    it.each([['toString'], ['hasOwnProperty'], ['constructor'], ['__proto__']])(
      'given a data key %s, then the file is refused naming the line and the key',
      async (key) => {
        const lines = exampleLines(`imp-key-${randomUUID().slice(0, 6)}`);
        // Written into the JSON text, as a hostile file would (an object literal cannot hold an own __proto__).
        const text = JSON.stringify(lines[9]).replace('"data":{', `"data":{"${key}":"x",`);
        await expectRefused([...lines.slice(0, 9), text, ...lines.slice(10)], 10, new RegExp(key.replace(/_/g, '_')));
      },
    );

    it('given a 1.9 MB summary (HTTP allows 4,000 characters), then the file is refused naming the line and data.summary', async () => {
      const lines = exampleLines(`imp-long-${randomUUID().slice(0, 6)}`);
      lines[9].data.summary = 'x'.repeat(1_900_000);
      await expectRefused(lines, 10, /data\.summary/);
    });

    it('given a stream with no opening event, then the file is refused naming its first line (negotiation-not-found); an HTTP open afterwards lands at revision 0', async () => {
      const id = `imp-noopen-${randomUUID().slice(0, 6)}`;
      const lines = withoutRevisions(exampleLines(id).slice(1));
      await expectRefused(lines, 1, /negotiation-not-found/);
      const opened = await call(t.url, '/negotiations', { key: KEYS.analyst, body: openBody(id) });
      expect(opened.status).toBe(201);
      expect(opened.body.revision).toBe(0);
    });

    it('given a second opening of the same negotiation, then the file is refused naming it (negotiation-already-opened)', async () => {
      const lines = withoutRevisions(exampleLines(`imp-twice-${randomUUID().slice(0, 6)}`));
      lines.splice(5, 0, { ...lines[0], id: randomUUID() });
      await expectRefused(lines, 6, /negotiation-already-opened/);
    });

    it('given a retraction of the opening, then the file is refused naming it (retraction-target-invalid)', async () => {
      const lines = exampleLines(`imp-retract-${randomUUID().slice(0, 6)}`);
      lines.push({
        ...lines[9],
        revision: lines.length,
        id: randomUUID(),
        type: 'EventRetracted',
        data: { eventId: lines[0].id, reason: 'never happened' },
      });
      await expectRefused(lines, lines.length, /retraction-target-invalid/);
    });

    it('given a position on a demand that does not exist, then the file is refused naming it (unknown-demand)', async () => {
      const lines = exampleLines(`imp-demand-${randomUUID().slice(0, 6)}`);
      lines.push({
        ...lines[9],
        revision: lines.length,
        id: randomUUID(),
        type: 'PositionTaken',
        data: { demandId: 'no-such-demand', actorId: 'afghan-taliban', stance: 'rejected' },
      });
      await expectRefused(lines, lines.length, /unknown-demand/);
    });

    it('given an event recorded before it occurred (in a faithful export), then it is refused as an HTTP write then would have been', async () => {
      const lines = exampleLines(`imp-early-${randomUUID().slice(0, 6)}`);
      lines[9].metadata.recordedAt = '2025-01-01T00:00:00Z';
      await expectRefused(lines, 10, /occurred-in-future/);
    });
  });

  describe('who recorded what', () => {
    it('given a file that is not a faithful export (no revisions), then recordedBy and recordedAt are the importing key and now, and the answer says so', async () => {
      const lines = withoutRevisions(exampleLines(`imp-forged-${randomUUID().slice(0, 6)}`));
      for (const line of lines) line.metadata.recordedBy = 'someone-else';
      const started = Date.now();
      const reply = await importFile(t.url, lines);
      expect(reply.status).toBe(200);
      expect(reply.body.recorded).toMatchObject({ kept: false, note: expect.stringContaining('adam') });
      const stored = (await exportLog(t.url, KEYS.admin)).filter((e) => e.stream === lines[0].stream);
      expect(stored).toHaveLength(lines.length);
      for (const e of stored) {
        expect(e.metadata.recordedBy).toBe('adam');
        expect(Date.parse(e.metadata.recordedAt)).toBeGreaterThanOrEqual(started - 1000);
      }
    });

    it('given a faithful export, then recordedBy and recordedAt are kept, and the answer says so; imported again, nothing changes', async () => {
      const lines = exampleLines(`imp-faithful-${randomUUID().slice(0, 6)}`);
      const reply = await importFile(t.url, lines);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ stored: lines.length, recorded: { kept: true } });
      const stored = (await exportLog(t.url, KEYS.admin)).filter((e) => e.stream === lines[0].stream);
      expect(stored.map((e) => [e.id, e.metadata.recordedBy, e.metadata.recordedAt])).toEqual(
        lines.map((l) => [l.id, l.metadata.recordedBy, l.metadata.recordedAt]),
      );
      expect((await importFile(t.url, lines)).body).toMatchObject({ stored: 0, skipped: lines.length });
    });
  });

  it('given PARLEY_IMPORT_WINDOW that is not a whole number of events from 1 on, then the service refuses to start and names it', () => {
    expect(loadConfig({}).importWindow).toBe(IMPORT_WINDOW);
    expect(loadConfig({ PARLEY_IMPORT_WINDOW: '5000' }).importWindow).toBe(5000);
    for (const bad of ['0', '-3', '2.5', 'many'])
      expect(() => loadConfig({ PARLEY_IMPORT_WINDOW: bad })).toThrow(
        `configuration PARLEY_IMPORT_WINDOW: must be an integer from 1 to 1000000, got "${bad}"`,
      );
  });

  describe('transaction time', () => {
    it("given a stamped file continuing a negotiation, and an HTTP write on it once the import has begun, then the negotiation's events are recorded in revision order: what was known at any instant is a prefix of it", async () => {
      const id = `continued-${randomUUID().slice(0, 8)}`;
      const other = `other-${randomUUID().slice(0, 8)}`;
      expectStatus(await call(t.url, '/negotiations', { key: KEYS.analyst, body: openBody(id) }), 201, 'open');
      // The import begins with another negotiation's opening, and waits for the rest of its body.
      const u = new URL(`${t.url}/admin/import`);
      const request = http.request({
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: 'POST',
        headers: { 'Content-Type': 'application/x-ndjson', Authorization: `Bearer ${KEYS.admin}` },
      });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.on('error', reject);
        request.on('response', (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
      });
      request.write(JSON.stringify(withoutRevisions([exampleLines(other)[0]!])[0]) + '\n');
      // Its clock was read when it began: its spool appears then (a condition polled for, not a time).
      const begun = () =>
        fs
          .readdirSync(t.dataDir)
          .some((d) => d.startsWith('parley-import-') && fs.existsSync(path.join(t.dataDir, d, 'decided.tsv')));
      while (!begun()) await new Promise((resolve) => setImmediate(resolve));

      // An analyst records on the negotiation meanwhile; the file, sent on, holds its history and one development more.
      const write = await call(t.url, `/negotiations/${id}/events`, { key: KEYS.analyst, body: statement(1) });
      expectStatus(write, 201, 'record');
      const history = (await exportLog(t.url, KEYS.admin)).filter((l) => l.stream === `negotiation-${id}`);
      const rest = [...withoutRevisions(history), { ...withoutRevisions(history)[1], id: randomUUID() }];
      request.end(rest.map((l) => JSON.stringify(l)).join('\n') + '\n');
      const reply = await answered;
      expect(reply.status).toBe(200);

      const log = (await exportLog(t.url, KEYS.admin)).filter((l) => l.stream === `negotiation-${id}`);
      expect(log.map((l) => l.revision)).toEqual([0, 1, 2]);
      const recorded = log.map((l) => Date.parse(l.metadata.recordedAt as string));
      expect(recorded[2]).toBeGreaterThanOrEqual(recorded[1]!);
      // As known when each was recorded, the negotiation is the stream up to some revision, never one with a hole.
      for (const line of log) {
        const knownAt = encodeURIComponent(line.metadata.recordedAt as string);
        const timeline = await call(t.url, `/negotiations/${id}/timeline?knownAt=${knownAt}`, { key: KEYS.viewer });
        const known = new Set((timeline.body.items as Json[]).map((i) => i.eventId as string));
        expect(known).toEqual(new Set(log.slice(0, known.size).map((l) => l.id)));
      }
    });
  });

  describe('all or nothing against concurrent writers', () => {
    // An app appending in windows of 100 events, so that the import is still appending when the writer strikes.
    let w: TestApp;
    beforeAll(async () => {
      w = await startTestApp({ withKeys: true, env: { PARLEY_IMPORT_WINDOW: '100' } });
    });
    afterAll(() => w.cleanup());

    it("given an HTTP open of the file's last negotiation once the import has begun storing, then the import is stored whole and the open refused (or the import refused whole), and every write answered 2xx is stored", async () => {
      // Many negotiations, the last one's opening near the end of the file: the probe's 24,400-line case, smaller.
      const negotiations = Array.from({ length: 40 }, (_, i) => `race-${i}-${randomUUID().slice(0, 6)}`);
      const lines = negotiations.flatMap((id) => exampleLines(id));
      const last = negotiations[negotiations.length - 1]!;
      // Building the file kept this process busy for seconds: let the HTTP client see the keep-alive sockets the
      // server closed meanwhile before it sends anything (else a request may go out on one and meet ECONNRESET).
      await new Promise((resolve) => setTimeout(resolve, 100));
      const before = await headPosition(w.url);
      let done = false;
      const importing = importFile(w.url, lines).finally(() => (done = true));
      // The writer waits until the import has stored something, then opens the last negotiation and records on it.
      // (A poll that meets a keep-alive socket the busy server has just closed asks again: the poll is not under test.)
      const head = () => headPosition(w.url).catch(() => before);
      while (!done && (await head()) === before) await new Promise((resolve) => setTimeout(resolve, 2));
      const writes = [call(w.url, '/negotiations', { key: KEYS.analyst, body: openBody(last) })];
      for (let i = 0; i < 5; i++)
        writes.push(call(w.url, `/negotiations/${last}/events`, { key: KEYS.analyst, body: statement(i) }));
      const imported = await importing;
      const answered = await Promise.all(writes);
      const log = await exportLog(w.url, KEYS.admin);
      const fileIds = new Set(lines.map((l) => l.id));
      const storedOfFile = log.filter((e) => fileIds.has(e.id)).length;
      expect({ status: imported.status, stored: storedOfFile }).toEqual(
        imported.status === 200 ? { status: 200, stored: lines.length } : { status: 400, stored: 0 },
      );
      // Every write the server acknowledged is in the log; the losers were told why, and nothing answered 5xx.
      for (const w of answered.filter((r) => r.status === 200 || r.status === 201)) {
        for (const e of w.body.events as { eventId: string }[]) expect(log.some((l) => l.id === e.eventId)).toBe(true);
      }
      for (const w of answered) expect([200, 201, 404, 409]).toContain(w.status);
    }, 60_000);
  });
});
