/**
 * What never-reading stream clients cost the server (issue #19, docs/RELIABILITY.md
 * "Trust boundaries"): starts the service in a child process on a fresh data
 * directory, records ~6.5 MB of log, then opens N clients on
 * `/stream/events?from=0` with one viewer key that send their request and
 * never read, and reports the server's resident memory before and after, and
 * how many streams it admitted.
 *
 *   node -r @swc-node/register scripts/measure-streams.ts [clients=300] [--no-caps]
 *
 * `--no-caps` lifts the per-key and per-address caps (what the server did before them).
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import { KEYS, KEYS_ENV } from '../test/support/app';
import { startServer } from '../test/reliability/support/server';

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function post(url: string, p: string, body: unknown): Promise<void> {
  const res = await fetch(`${url}${p}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${KEYS.analyst}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${p}: ${res.status} ${await res.text()}`);
}

async function main(): Promise<void> {
  const clients = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 300);
  const noCaps = process.argv.includes('--no-caps');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-measure-'));
  const server = await startServer(dataDir, {
    PARLEY_API_KEYS: KEYS_ENV,
    PARLEY_WRITE_RATE_LIMIT: '1000000',
    ...(noCaps ? { PARLEY_LIVE_MAX_STREAMS_PER_KEY: '1000000', PARLEY_LIVE_MAX_STREAMS_PER_ADDRESS: '1000000' } : {}),
  });
  const sockets: net.Socket[] = [];
  try {
    await post(server.url, '/negotiations', { ...EXAMPLE_OPEN_NEGOTIATION, id: 'measure' });
    const pad = '…context of the statement; '.repeat(150).slice(0, 3900);
    for (let b = 0; b < 9; b++) {
      const events = Array.from({ length: 60 }, (_, i) => ({
        ...EXAMPLE_EVENTS.StatementMade,
        note: pad,
        data: {
          ...EXAMPLE_EVENTS.StatementMade.data,
          summary: `Statement ${b}-${i}. ${pad}`.slice(0, 4000),
          quote: pad,
        },
      }));
      await post(server.url, '/negotiations/measure/events:batch', { events });
    }
    await new Promise((r) => setTimeout(r, 1000));
    const before = rssMiB(server.pid);
    const { port } = new URL(server.url);
    let admitted = 0;
    let refused = 0;
    for (let i = 0; i < clients; i++) {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(`GET /stream/events?from=0&api_key=${KEYS.viewer} HTTP/1.1\r\nHost: x\r\n\r\n`);
      });
      // Read only the status line, then never again.
      socket.once('data', (chunk: Buffer) => {
        if (chunk.toString('latin1').startsWith('HTTP/1.1 200')) admitted++;
        else refused++;
        socket.pause();
      });
      socket.on('error', () => undefined);
      sockets.push(socket);
    }
    let peak = before;
    for (let s = 0; s < 20; s++) {
      await new Promise((r) => setTimeout(r, 500));
      peak = Math.max(peak, rssMiB(server.pid));
    }
    process.stdout.write(
      `${JSON.stringify({ clients, caps: noCaps ? 'lifted' : 'default', admitted, refused, rssBeforeMiB: Math.round(before), rssPeakMiB: Math.round(peak), growthMiB: Math.round(peak - before) })}\n`,
    );
  } finally {
    for (const s of sockets) s.destroy();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
