/**
 * Start-up and request logs: readable lines for a person at a terminal, JSON
 * lines for a pipe or a file, and `PARLEY_LOG_FORMAT` to choose. The choice is
 * checked through the configuration (a terminal cannot be faked for a child
 * process here), and both forms on the real service, whose stdout is a pipe.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../apps/api/src/config/config';
import { type ServerProcess, startServer } from '../reliability/support/server';

describe('the log format', () => {
  it('is readable on a terminal and JSON elsewhere, unless PARLEY_LOG_FORMAT says otherwise', () => {
    expect(loadConfig({}, true).logFormat).toBe('pretty');
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig({ PARLEY_LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(loadConfig({ PARLEY_LOG_FORMAT: 'pretty' }, false).logFormat).toBe('pretty');
    expect(() => loadConfig({ PARLEY_LOG_FORMAT: 'yaml' }, true)).toThrow(
      'configuration PARLEY_LOG_FORMAT: must be one of json, pretty (or unset), got "yaml"',
    );
  });
});

describe('the service’s log lines', () => {
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
    dataDir = undefined;
  });

  /** Starts the service, asks for the negotiations, and returns its output once the request line is in it. */
  async function logOf(env: Record<string, string>, requestLine: RegExp): Promise<string> {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-log-'));
    server = await startServer(dataDir, { PARLEY_LOG_LEVEL: 'info', ...env });
    await (await fetch(`${server.url}/negotiations`)).text();
    while (!requestLine.test(server.output())) await new Promise((resolve) => setTimeout(resolve, 50));
    return server.output();
  }

  it('are JSON objects when stdout is not a terminal', async () => {
    const output = await logOf({}, /"url":"\/negotiations"/);
    const lines = output
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 30, context: 'parley', msg: expect.stringMatching(/^Parley is up: dashboard/) }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ req: expect.objectContaining({ method: 'GET', url: '/negotiations' }) }),
    );
  }, 90_000);

  it('are readable lines (time, level, context, message) with PARLEY_LOG_FORMAT=pretty', async () => {
    const output = await logOf({ PARLEY_LOG_FORMAT: 'pretty', NO_COLOR: '1' }, /GET \/negotiations → 200/);
    expect(output).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: \[parley\] Parley is up: dashboard http:/m);
    expect(output).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: GET \/negotiations → 200 \(\d+ ms\)$/m);
    expect(output).not.toMatch(/^\{/m);
  }, 90_000);

  it('leave out the probes monitors poll: /health and /metrics answer without a request line', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parley-log-'));
    server = await startServer(dataDir, { PARLEY_LOG_LEVEL: 'info' });
    for (const path of ['/health', '/health?probe=1', '/metrics']) await (await fetch(`${server.url}${path}`)).text();
    await (await fetch(`${server.url}/negotiations`)).text();
    while (!/"url":"\/negotiations"/.test(server.output())) await new Promise((resolve) => setTimeout(resolve, 50));
    const urls = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { req?: { url?: string } }).req?.url)
      .filter((url) => url !== undefined);
    expect(urls).toEqual(['/negotiations']);
  }, 90_000);
});
