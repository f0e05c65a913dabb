/**
 * The brief's promise for recording from the CLI: a development is appended exactly once. When the server stores a
 * write but its answer never reaches the CLI (a dropped connection, a timeout), the analyst must learn how to repeat
 * the command safely. The CLI as a subprocess against the real service (a real SQLite file), through a TCP relay that
 * passes the request on and cuts the connection as the answer starts to come back.
 */
import * as net from 'node:net';
import { startTestApp, type TestApp } from '../support/app';
import { client } from '../support/http';
import { parley } from './support';

const ID = 'lost-answers';
const SOURCE = 'Kabul ready for a fourth round|https://example.org/fourth-round|Example News|2025-11-20|B2';

/** A relay to `target` that forwards each request and drops the connection when the answer begins. */
async function answerDroppingRelay(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  const server = net.createServer((socket) => {
    const upstream = net.connect(Number(port), hostname);
    socket.pipe(upstream);
    upstream.once('data', () => {
      socket.destroy();
      upstream.destroy();
    });
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: relayPort } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${relayPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('parley record when the answer is lost (subprocess, real server)', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp();
    const opened = await parley(
      [
        'open',
        '--id',
        ID,
        '--title',
        'Lost answers',
        '--subject',
        'Retries',
        '--party',
        'pakistan:Pakistan:state',
        '--party',
        'afghan-taliban:Afghan Taliban government:de-facto-authority',
        '--occurred-at',
        '2025-10-17',
        '--source',
        SOURCE,
      ],
      { url: server.url },
    );
    expect(opened.code).toBe(0);
  });
  afterAll(() => server.cleanup());

  const statements = async () =>
    ((await client(server.url).get(`/negotiations/${ID}/events?type=StatementMade`)).body.events as unknown[]).length;

  it('says the development may be stored and how to repeat the command so that it is recorded once', async () => {
    const args = [
      'record',
      'statement',
      ID,
      '--speaker',
      'Zabihullah Mujahid',
      '--speaker-actor',
      'afghan-taliban',
      '--tone',
      'conciliatory',
      '--summary',
      'Kabul is ready for a fourth round',
      '--occurred-at',
      '2025-11-20',
      '--source',
      SOURCE,
    ];
    const relay = await answerDroppingRelay(server.url);
    let lost;
    try {
      lost = await parley(args, { url: relay.url });
    } finally {
      await relay.close();
    }
    // The server stored it; the CLI could not know, and says what to run again.
    expect(await statements()).toBe(1);
    expect(lost.code).toBe(3);
    const again = /--event-id ([0-9a-f-]{36})/.exec(lost.stderr);
    expect(lost.stderr).toMatch(/may have been recorded/);
    expect(again).not.toBeNull();

    // Repeated as told, against the server now reachable: done, and the log still holds it once.
    const repeated = await parley([...args, '--event-id', again![1]!], { url: server.url });
    expect(repeated).toMatchObject({ code: 0, stderr: '' });
    expect(await statements()).toBe(1);
  });
});
