/**
 * The CLI as a user runs it — `node bin/parley.js …` in a subprocess —
 * against the real service (startTestApp: every module, a real SQLite file).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startTestApp, type TestApp } from '../support/app';
import * as net from 'node:net';
import { parley, parleyJson, runInProcess, scratchDir } from './support';

const ID = 'cli-talks';
const SRC = 'Istanbul talks end in stalemate|https://dunyanews.tv/en/Pakistan/914686|Dunya News|2025-10-29|B2';
const SEED =
  "Pakistan's final message to the Taliban|https://example.org/final-message|News18 (via blog)|2025-11-24|F3";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('parley CLI: record and read back (subprocess, real server)', () => {
  let server: TestApp;
  const cli = (args: string[]) => parley(args, { url: server.url });
  const json = (args: string[]) => parleyJson(args, { url: server.url });
  /** A moment after the statement was recorded and before the position was. */
  let between: string;

  beforeAll(async () => {
    server = await startTestApp();
  });
  afterAll(() => server.cleanup());

  it('opens a negotiation and records a demand, a statement and a position', async () => {
    const opened = await cli([
      'open',
      '--id',
      ID,
      '--title',
      'CLI talks',
      '--subject',
      'Cross-border militancy and a buffer zone',
      '--party',
      'pakistan:Pakistan:state',
      '--party',
      'afghan-taliban:Afghan Taliban government:de-facto-authority',
      '--mediator',
      'turkiye:Türkiye:state',
      '--occurred-at',
      '2025-10-17',
      '--source',
      'Pakistan, Afghan Taliban to hold crucial talks in Doha today|https://www.diplomacypakistan.com/?p=28372|Diplomacy Pakistan||C3',
    ]);
    expect(opened).toMatchObject({ code: 0, stderr: '' });
    expect(opened.stdout).toMatch(/Opened negotiation cli-talks/);

    const demand = await cli([
      'record',
      'demand',
      ID,
      '--occurred-at',
      '2025-10-18',
      '--precision',
      'approximate',
      '--demand',
      'buffer-zone',
      '--by',
      'pakistan',
      '--addressed-to',
      'afghan-taliban',
      '--text',
      'A limited buffer zone to curb cross-border militant movement',
      '--category',
      'territorial',
      '--source',
      SEED,
    ]);
    expect(demand.code).toBe(0);

    const statement = await cli([
      'record',
      'statement',
      ID,
      '--occurred-at',
      '2025-10-29',
      '--speaker',
      'Khawaja Muhammad Asif',
      '--speaker-title',
      'Defence Minister of Pakistan',
      '--speaker-actor',
      'pakistan',
      '--audience',
      'afghan-taliban',
      '--tone',
      'military-threat',
      '--summary',
      'Asif warns Pakistan could obliterate the Taliban regime',
      '--quote',
      'does not need to use even a fraction of its full arsenal',
      '--source',
      SRC,
    ]);
    expect(statement.code).toBe(0);
    expect(statement.stdout).toMatch(/Recorded StatementMade in cli-talks/);
    between = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));

    const position = await cli([
      'record',
      'position',
      ID,
      '--occurred-at',
      '2025-11-07',
      '--demand',
      'buffer-zone',
      '--actor',
      'afghan-taliban',
      '--stance',
      'rejected',
      '--quote',
      'pushed back against these demands, particularly the buffer zone',
      '--source',
      SEED,
    ]);
    expect(position.code).toBe(0);
    expect(position.stdout).toMatch(/Recorded PositionTaken/);
  });

  it('reads them back: events, status and matrix', async () => {
    const [log, status, matrix, human, csv, card, onlyStatements] = await Promise.all([
      json(['events', ID]),
      json(['status', ID]),
      json(['matrix', ID]),
      cli(['matrix', ID]),
      cli(['matrix', ID, '--csv']),
      cli(['status', ID]),
      cli(['events', ID, '--type', 'StatementMade']),
    ]);
    expect(log.events.map((e: { type: string }) => e.type)).toEqual([
      'NegotiationOpened',
      'DemandTabled',
      'StatementMade',
      'PositionTaken',
    ]);
    expect(log.events[2]).toMatchObject({
      occurredAt: '2025-10-29',
      precision: 'day',
      data: {
        speaker: { name: 'Khawaja Muhammad Asif', title: 'Defence Minister of Pakistan', actorId: 'pakistan' },
        audience: 'afghan-taliban',
        tone: 'military-threat',
      },
      sources: [
        {
          title: 'Istanbul talks end in stalemate',
          url: 'https://dunyanews.tv/en/Pakistan/914686',
          publisher: 'Dunya News',
          publishedAt: '2025-10-29',
          reliability: 'B',
          credibility: 2,
        },
      ],
    });

    expect(status).toMatchObject({
      negotiationId: ID,
      title: 'CLI talks',
      parties: [{ id: 'pakistan' }, { id: 'afghan-taliban' }],
      mediators: [{ id: 'turkiye', name: 'Türkiye' }],
      demands: { total: 1, open: 1, byConsensus: { contested: 1 } },
      latestDevelopment: { type: 'PositionTaken', occurredAt: '2025-11-07' },
    });

    const row = matrix.rows[0];
    expect(row).toMatchObject({ demandId: 'buffer-zone', by: 'pakistan', consensus: 'contested' });
    const cells = Object.fromEntries(row.cells.map((c: { actorId: string }) => [c.actorId, c]));
    expect(cells['pakistan']).toMatchObject({ value: 'proposer' });
    expect(cells['afghan-taliban']).toMatchObject({
      value: 'rejected',
      occurredAt: '2025-11-07',
      sources: [{ reliability: 'F', credibility: 3 }],
    });

    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/A limited buffer zone/);
    expect(human.stdout).toMatch(/✘ rejected/);
    expect(human.stdout).toMatch(/★ proposer/);
    expect(human.stdout).toMatch(/contested/);
    expect(human.stdout).toMatch(/Legend:/);
    expect(human.stdout).not.toMatch(/\x1b\[/); // NO_COLOR and no terminal: no escape codes

    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/demand/i);
    expect(csv.stdout).toMatch(/buffer-zone/);

    expect(card.stdout).toMatch(/CLI talks \(cli-talks\)/);
    expect(card.stdout).toMatch(/Parties\s+Pakistan, Afghan Taliban government/);
    expect(card.stdout).toMatch(/Demands\s+1 tabled — open: 1 contested/);

    expect(onlyStatements.stdout).toMatch(/StatementMade/);
    expect(onlyStatements.stdout).not.toMatch(/PositionTaken/);
  });

  it('runs from the TypeScript source too (no build): the @swc-node/register fallback', async () => {
    const fromSource = await parley(['status', ID, '--json'], { url: server.url, fromSource: true });
    expect(fromSource.code).toBe(0);
    expect(JSON.parse(fromSource.stdout)).toMatchObject({ negotiationId: ID, demands: { total: 1 } });
  });

  it('--at gives the world as it stood then, --known-at what was known then', async () => {
    const [past, pastMatrix, known, timeline] = await Promise.all([
      json(['status', ID, '--at', '2025-10-20']),
      json(['matrix', ID, '--at', '2025-10-20']),
      json(['status', ID, '--known-at', between]),
      json(['timeline', ID, '--at', '2025-10-30']),
    ]);
    expect(past).toMatchObject({
      // --at 2025-10-20 is the end of that UTC day (README "Dates in queries").
      at: '2025-10-20T23:59:59.999Z',
      demands: { total: 1, byConsensus: { pending: 1, contested: 0 } },
      latestDevelopment: { type: 'DemandTabled' },
    });
    expect(pastMatrix.rows[0].cells.find((c: { actorId: string }) => c.actorId === 'afghan-taliban').value).toBe(
      'no-position',
    );

    expect(known).toMatchObject({
      demands: { byConsensus: { pending: 1, contested: 0 } },
      latestDevelopment: { type: 'StatementMade' },
    });

    expect(timeline.items.map((i: { type: string }) => i.type)).toEqual([
      'NegotiationOpened',
      'DemandTabled',
      'StatementMade',
    ]);
  });

  it('--json prints JSON for every command', async () => {
    const results = await Promise.all(
      [
        ['list'],
        ['status', ID],
        ['matrix', ID],
        ['escalation', ID, '--at', '2025-11-08'],
        ['escalation', ID, '--series', '--from', '2025-10-17', '--to', '2025-11-08'],
        ['timeline', ID],
        ['changes', ID, '--since', '2025-10-20', '--until', '2025-11-08'],
        ['events', ID],
        ['health'],
      ].map(async (args) => ({ args, result: await runInProcess([...args, '--json', '--url', server.url]) })),
    );
    for (const { args, result } of results) {
      expect({ args, code: result.code }).toEqual({ args, code: 0 });
      expect(() => JSON.parse(result.stdout)).not.toThrow();
    }
    const series = await json(['escalation', ID, '--series', '--from', '2025-10-17', '--to', '2025-11-08']);
    // 17 Oct to 8 Nov, daily at 00:00 UTC, and the end of 8 Nov (a date-only --to is the end of that day).
    expect(series.points).toHaveLength(24);
    expect(series.points.at(-1).t).toBe('2025-11-08T23:59:59.999Z');
    const changes = await json(['changes', ID, '--since', '2025-10-20', '--until', '2025-11-08']);
    expect(changes.stanceChanges).toEqual([
      expect.objectContaining({
        demandId: 'buffer-zone',
        actorId: 'afghan-taliban',
        from: 'no-position',
        to: 'rejected',
      }),
    ]);
  });

  it('a retry with the same --event-id stores nothing new and says so', async () => {
    const args = [
      'record',
      'mediation',
      ID,
      '--occurred-at',
      '2025-11-09',
      '--mediator',
      'turkiye',
      '--action',
      'offered',
      '--summary',
      'Erdoğan offers to send three ministers',
      '--source',
      SRC,
      '--event-id',
      '0b9d7c1e-4a7f-4c2e-9b1a-2f6d3e5a7c10',
    ];
    const first = await cli(args);
    const again = await cli(args);
    expect(first.stdout).toMatch(/Recorded MediationAction/);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toMatch(/Already recorded.*nothing new stored/);
    const log = await json(['events', ID, '--type', 'MediationAction']);
    expect(log.events).toHaveLength(1);
  });

  it('a bad field: exit 1, with the field named and nothing stored', async () => {
    const before = (await json(['events', ID])).revision;
    const bad = await cli([
      'record',
      'position',
      ID,
      '--occurred-at',
      '2025-11-07',
      '--demand',
      'buffer-zone',
      '--actor',
      'afghan-taliban',
      '--stance',
      'refused',
      '--source',
      SEED,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/400 Bad Request/);
    // The field as the API names it, and the flag that sets it.
    expect(bad.stderr).toMatch(
      /data\.stance \(--stance\): stance must be one of the following values: accepted, accepted-in-principle/,
    );
    expect(bad.stderr).toMatch(/nothing was stored/);

    const several = await cli([
      'record',
      'statement',
      ID,
      '--speaker',
      'Asif',
      '--tone',
      'threat',
      '--summary',
      'x',
      '--source',
      'A title|not-a-url',
    ]);
    expect(several.code).toBe(1);
    expect(several.stderr).toMatch(/ occurredAt \(--occurred-at\): occurredAt is required\n/);
    expect(several.stderr).toMatch(/ sources\.0\.url \(--source\): url must be an http\(s\) URL/);
    expect(several.stderr).toMatch(/ data\.speaker\.actorId \(--speaker-actor\): actorId is required\n/);

    const opening = await cli(['open', '--id', 'refused-opening', '--title', 'T', '--party', 'a:A:kingdom']);
    expect(opening.code).toBe(1);
    expect(opening.stderr).toMatch(/ parties\.0\.kind \(--party\): kind must be one of/);
    expect(opening.stderr).toMatch(/ sources \(--source\): sources is required\n/);

    const asJson = await cli([
      'record',
      'position',
      ID,
      '--occurred-at',
      '2025-11-07',
      '--demand',
      'buffer-zone',
      '--actor',
      'afghan-taliban',
      '--stance',
      'refused',
      '--source',
      SEED,
      '--json',
    ]);
    expect(asJson.code).toBe(1);
    expect(JSON.parse(asJson.stderr)).toMatchObject({ statusCode: 400, errors: [{ field: 'data.stance' }] });

    const rule = await cli([
      'record',
      'position',
      ID,
      '--occurred-at',
      '2025-11-07',
      '--demand',
      'no-such-demand',
      '--actor',
      'afghan-taliban',
      '--stance',
      'rejected',
      '--source',
      SEED,
    ]);
    expect(rule.code).toBe(1);
    expect(rule.stderr).toMatch(/422 Unprocessable Entity · unknown-demand/);
    expect(rule.stderr).toMatch(/no-such-demand/);

    const stale = await cli([
      'record',
      'statement',
      ID,
      '--occurred-at',
      '2025-11-08',
      '--speaker',
      'Asif',
      '--speaker-actor',
      'pakistan',
      '--tone',
      'threat',
      '--summary',
      'x',
      '--source',
      SRC,
      '--if-match',
      '1',
    ]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/412 Precondition Failed/);

    expect((await json(['events', ID])).revision).toBe(before);
  });

  it('records whom an act aimed elsewhere harmed with --harmed, and refuses the perpetrator as harmed, naming the field', async () => {
    const incident = (harmed: string) =>
      cli([
        'record',
        'incident',
        ID,
        '--occurred-at',
        '2025-11-02',
        '--incident',
        `khyber-strike-${harmed}`,
        '--kind',
        'drone-strike',
        '--perpetrator',
        'pakistan',
        '--harmed',
        harmed,
        '--fatalities',
        '2',
        '--description',
        'A drone strike on a TTP hideout kills two Afghan refugees',
        '--source',
        SRC,
      ]);
    const recorded = await incident('afghan-taliban');
    expect(recorded).toMatchObject({ code: 0, stderr: '' });
    const events = (await json(['events', ID])).events as { type: string; data: Record<string, unknown> }[];
    expect(events.filter((e) => e.type === 'IncidentReported').map((e) => e.data.harmed)).toEqual(['afghan-taliban']);

    const before = (await json(['events', ID])).revision;
    const refused = await incident('pakistan');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/harmed-is-perpetrator/);
    expect(refused.stderr).toMatch(/data\.harmed/);
    expect(refused.stderr).toMatch(/nothing was stored/);
    expect((await json(['events', ID])).revision).toBe(before);
  });

  it('usage errors exit 2: unknown command or flag, malformed flag values, missing files', async () => {
    const typo = await cli(['stauts', ID]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown command 'stauts'[\s\S]*Did you mean status\?/);
    for (const args of [
      ['stauts', ID],
      ['status', ID, '--bogus'],
      ['status'],
      ['record', 'NoSuchType', ID],
      ['record', 'statement', ID, '--source', 'title|https://x.org|pub||Z9'],
      ['record', 'statement', ID, '--set', 'no-equals-sign'],
      ['record', 'statement', ID, '--data', '{not json'],
      ['record', 'incident', ID, '--fatalities', 'many'],
      ['open', '--party', 'pakistan'],
      ['import', 'no-such-file.jsonl'],
    ]) {
      const result = await runInProcess([...args, '--url', server.url]);
      expect({ args, code: result.code }).toEqual({ args, code: 2 });
      expect(result.stderr).not.toBe('');
    }
  });

  it('a server that cannot be reached: exit 3', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const [down, watch, health] = await Promise.all([
      parley(['status', ID], { url }),
      parley(['watch'], { url }),
      parley(['health'], { url }),
    ]);
    expect(down.code).toBe(3);
    expect(down.stderr).toContain(`cannot reach the Parley server at ${url} (ECONNREFUSED)`);
    expect(watch.code).toBe(3);
    expect(health.code).toBe(3);
  });

  it('finds the server: --url over PARLEY_URL over ./.parley.json over ~/.config/parley/config.json over the default', async () => {
    const dir = scratchDir();
    const home = path.join(dir, '.config', 'parley');
    fs.mkdirSync(home, { recursive: true });
    fs.writeFileSync(
      path.join(home, 'config.json'),
      JSON.stringify({ url: 'http://user-file:3000', apiKey: 'key-from-user-file' }),
    );
    const config = async (args: string[], env: Record<string, string> = {}) =>
      JSON.parse((await runInProcess(['config', '--json', ...args], { cwd: dir, env })).stdout);

    expect(await config([])).toMatchObject({
      url: 'http://user-file:3000',
      apiKeyFrom: path.join(home, 'config.json'),
    });
    fs.writeFileSync(path.join(dir, '.parley.json'), JSON.stringify({ url: 'http://project-file:3000' }));
    expect(await config([])).toMatchObject({
      url: 'http://project-file:3000',
      urlFrom: path.join(dir, '.parley.json'),
      apiKeyFrom: path.join(home, 'config.json'),
    });
    expect(await config([], { PARLEY_URL: 'http://from-env:3000', PARLEY_API_KEY: 'key-from-env' })).toMatchObject({
      url: 'http://from-env:3000',
      urlFrom: 'PARLEY_URL',
      apiKeyFrom: 'PARLEY_API_KEY',
    });
    expect(await config(['--url', 'http://from-flag:3000'], { PARLEY_URL: 'http://from-env:3000' })).toMatchObject({
      url: 'http://from-flag:3000',
      urlFrom: '--url',
    });
    // The subprocess reads the same files from its own cwd and HOME.
    expect(await parleyJson(['config'], { cwd: dir })).toMatchObject({
      url: 'http://project-file:3000',
      apiKey: 'key-…(18 characters)',
    });

    const bare = scratchDir();
    expect(await parleyJson(['config'], { cwd: bare })).toMatchObject({
      url: 'http://localhost:3000',
      urlFrom: 'default',
      apiKey: null,
    });
    fs.writeFileSync(path.join(bare, '.parley.json'), '{ not json');
    const broken = await parley(['status', ID], { cwd: bare });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/\.parley\.json is not valid JSON/);
  });

  it('sends the API key: a server with keys refuses without one (exit 1) and answers with one', async () => {
    const keyed = await startTestApp({ withKeys: true });
    try {
      const { KEYS } = await import('../support/app');
      const without = await parley(['list'], { url: keyed.url });
      expect(without.code).toBe(1);
      expect(without.stderr).toMatch(/401 Unauthorized/);
      expect((await parley(['list'], { url: keyed.url, env: { PARLEY_API_KEY: KEYS.viewer } })).code).toBe(0);
      const viewerWrites = await runInProcess(['rebuild', '--url', keyed.url, '--api-key', KEYS.viewer]);
      expect(viewerWrites.code).toBe(1);
      expect(viewerWrites.stderr).toMatch(/403 Forbidden/);
      expect((await runInProcess(['rebuild', '--url', keyed.url, '--api-key', KEYS.admin])).code).toBe(0);
    } finally {
      await keyed.cleanup();
    }
  });
});
