/**
 * `parley watch` as a subprocess against the real live routes
 * (apps/api/src/live): the event feed, a negotiation's views, --json, Ctrl-C
 * exits 0, and a resume after the server goes away and comes back on the same
 * port and log — no gap, no duplicate, and a line saying it reconnected.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import { startTestApp, type TestApp } from '../support/app';
import { runInProcess, spawnParley } from './support';

const SRC = 'Istanbul talks end in stalemate|https://dunyanews.tv/en/Pakistan/914686|Dunya News|2025-10-29|B2';

async function open(url: string, id: string): Promise<void> {
  const r = await runInProcess([
    'open',
    '--url',
    url,
    '--id',
    id,
    '--title',
    `Watch ${id}`,
    '--subject',
    'Live',
    '--party',
    'pakistan:Pakistan:state',
    '--party',
    'afghan-taliban:Afghan Taliban government:de-facto-authority',
    '--occurred-at',
    '2025-10-17',
    '--source',
    SRC,
  ]);
  if (r.code !== 0) throw new Error(r.stderr);
}

async function statement(url: string, id: string, summary: string): Promise<number> {
  const args = [
    'record',
    'statement',
    id,
    '--url',
    url,
    '--json',
    '--occurred-at',
    '2025-10-29',
    '--speaker',
    'Khawaja Muhammad Asif',
    '--speaker-actor',
    'pakistan',
    '--tone',
    'warning',
    '--summary',
    summary,
    '--source',
    SRC,
  ];
  let r = await runInProcess(args);
  // This process keeps sockets alive: the first request after a server restart may find its socket closed.
  if (r.code === 3) r = await runInProcess(args);
  if (r.code !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { position: number }).position;
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('parley watch (subprocess, real live routes)', () => {
  let server: TestApp;
  const retry = process.env.PARLEY_LIVE_RETRY_MS;

  beforeAll(async () => {
    // Reconnect advice sent by the server: short, so the resume test is quick.
    process.env.PARLEY_LIVE_RETRY_MS = '300';
    server = await startTestApp();
    await open(server.url, 'watched');
  });
  afterAll(async () => {
    await server.cleanup();
    if (retry === undefined) delete process.env.PARLEY_LIVE_RETRY_MS;
    else process.env.PARLEY_LIVE_RETRY_MS = retry;
  });

  it('the event feed prints a recorded event; Ctrl-C exits 0', async () => {
    const watch = spawnParley(['watch'], { url: server.url });
    try {
      await watch.waitFor(/watching every new event/, 'stderr');
      const position = await statement(server.url, 'watched', 'Asif warns the Taliban');
      await watch.waitFor(
        new RegExp(
          `#${position} watched 2025-10-29 StatementMade — Khawaja Muhammad Asif, warning: Asif warns the Taliban\n`,
        ),
      );
    } finally {
      expect(await watch.interrupt()).toBe(0);
    }
  });

  it("a negotiation's views: status, matrix and escalation at once, and again after a change", async () => {
    const watch = spawnParley(['watch', 'watched'], { url: server.url });
    try {
      await watch.waitFor(/status +pre-talks[\s\S]*matrix +0 demands[\s\S]*escalation +level \d/);
      await runInProcess([
        'record',
        'demand',
        'watched',
        '--url',
        server.url,
        '--occurred-at',
        '2025-10-30',
        '--demand',
        'buffer-zone',
        '--by',
        'pakistan',
        '--addressed-to',
        'afghan-taliban',
        '--text',
        'A limited buffer zone',
        '--category',
        'territorial',
        '--source',
        SRC,
      ]);
      await watch.waitFor(/matrix +1 demands × 2 actors: 1 pending/);
      await watch.waitFor(/status .* 0 ultimatums · 1 demand · latest: DemandTabled 2025-10-30/);
    } finally {
      expect(await watch.interrupt()).toBe(0);
    }
  });

  it('--json prints one JSON object per message and line', async () => {
    const watch = spawnParley(['watch', '--from', '0', '--json'], { url: server.url });
    try {
      await watch.waitFor(/"type":"DemandTabled"/);
      const lines = watch
        .stdout()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { event: string; id: string; data: { type?: string } });
      expect(lines[0]).toMatchObject({ event: 'ready', id: '0' });
      expect(lines.slice(1).map((l) => l.data.type)).toEqual(['NegotiationOpened', 'StatementMade', 'DemandTabled']);
      expect(lines.slice(1).map((l) => Number(l.id))).toEqual([1, 2, 3]);
    } finally {
      expect(await watch.interrupt()).toBe(0);
    }
  });

  it('--events of one negotiation: every line names what its event names (a round by its label, actors by name), as the timeline words it, within 80 columns', async () => {
    const record = async (type: string, flags: string[]) => {
      const r = await runInProcess(['record', type, 'named', '--url', server.url, '--source', SRC, ...flags]);
      if (r.code !== 0) throw new Error(r.stderr);
    };
    await open(server.url, 'named');
    const watch = spawnParley(['watch', 'named', '--events', '--from', '0'], {
      url: server.url,
      env: { COLUMNS: '80' },
    });
    try {
      await watch.waitFor(/NegotiationOpened — /);
      // Recorded while it watches: the round's label is a name the feed has not read yet.
      await record('round-opened', [
        '--occurred-at',
        '2025-10-30',
        '--round',
        'watch-round-1',
        '--label',
        'Quetta round',
      ]);
      await record('round-concluded', [
        '--occurred-at',
        '2025-10-31',
        '--round',
        'watch-round-1',
        '--outcome',
        'progress',
      ]);
      await record('suspended', ['--occurred-at', '2025-11-01', '--by', 'afghan-taliban']);
      await watch.waitFor(/TalksSuspended — /);
      const out = watch.stdout();
      const lines = out.trimEnd().split('\n');
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
      // One line per event, its continuation indented: joined again, each is the timeline's sentence.
      const events = out.replace(/\n {4}/g, ' ');
      expect(events).toMatch(/#\d+ 2025-10-31 TalksRoundConcluded — Quetta round concluded: progress\n/);
      expect(events).toMatch(/#\d+ 2025-11-01 TalksSuspended — Talks suspended by Afghan Taliban government\n/);
      const timeline = (await (await fetch(`${server.url}/negotiations/named/timeline`)).json()) as {
        items: { type: string; summary: string }[];
      };
      for (const item of timeline.items) expect(events).toContain(`${item.type} — ${item.summary}\n`);
      expect(events).not.toMatch(/watch-round-1|afghan-taliban/);
      // The negotiation is named once, in the first line (stderr), not on every event.
      expect(out).not.toContain(' named ');
    } finally {
      expect(await watch.interrupt()).toBe(0);
    }
  });

  it('resumes after the server goes away and comes back: a line on stderr, no gap, no duplicate', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-watch-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let app = await listen(dataDir, port);
    const watch = spawnParley(['watch'], { url });
    try {
      await open(url, 'resumed');
      await watch.waitFor(/watching every new event/, 'stderr');
      const before = await statement(url, 'resumed', 'Before the restart');
      await watch.waitFor(/Before the restart/);

      await app.close();
      await watch.waitFor(/connection lost .*reconnecting after position \d+/, 'stderr');
      app = await listen(dataDir, port);
      // Recorded while the watcher is still away: the resume must fetch it.
      const during = await statement(url, 'resumed', 'While it was away');
      await watch.waitFor(/While it was away/);
      const after = await statement(url, 'resumed', 'After it came back');
      await watch.waitFor(/After it came back/);

      expect(watch.stderr()).toMatch(new RegExp(`reconnected; resuming after position ${before}`));
      const out = watch.stdout();
      for (const text of ['Before the restart', 'While it was away', 'After it came back'])
        expect(count(out, text)).toBe(1);
      expect(out.indexOf(`#${before} `)).toBeLessThan(out.indexOf(`#${during} `));
      expect(out.indexOf(`#${during} `)).toBeLessThan(out.indexOf(`#${after} `));
    } finally {
      expect(await watch.interrupt()).toBe(0);
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** The real service on a given port and data dir (startTestApp picks a new port each time). */
async function listen(dataDir: string, port: number): Promise<NestFastifyApplication> {
  const config = loadConfig({
    PARLEY_DATA_DIR: dataDir,
    PARLEY_LOG_LEVEL: 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
  });
  const app = await createApp({ config });
  await app.listen(port, '127.0.0.1');
  return app;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
