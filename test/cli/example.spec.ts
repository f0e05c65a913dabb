/**
 * The example case through the CLI: it imports cleanly, and the views say
 * what the sources say (examples/README.md). The views are asked at the end of
 * 30 November 2025: after the Riyadh meeting that day, with the strikes of 25
 * November (the Taliban's account) still within the week.
 */
import { EXAMPLE_LOG, exampleLines, startTestApp, type TestApp } from '../support/app';
import { parley, parleyJson } from './support';

const CASE = 'pak-afghan-2025';
const AT = '2025-11-30';

/** How many demands the example tabled by the end of AT, among those recorded by `knownBy` (ms; default: all): from the log itself. */
function tabled(knownBy = Infinity): number {
  const end = Date.parse(`${AT}T23:59:59.999Z`);
  return exampleLines().filter(
    (e) =>
      e.type === 'DemandTabled' &&
      Date.parse(e.metadata.occurredAt) <= end &&
      Date.parse(e.metadata.recordedAt) <= knownBy,
  ).length;
}

interface Cell {
  actorId: string;
  value: string;
}
interface Row {
  demandId: string;
  by: string;
  consensus: string;
  cells: Cell[];
}

describe('the Pakistan–Afghanistan example through the CLI', () => {
  let server: TestApp;
  const json = (args: string[]) => parleyJson(args, { url: server.url });
  const cli = (args: string[]) => parley(args, { url: server.url });

  beforeAll(async () => {
    server = await startTestApp();
    const imported = await parley(['import', EXAMPLE_LOG], { url: server.url });
    if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
  });
  afterAll(() => server.cleanup());

  it('status: four rounds held, the last (Riyadh) without progress; the Doha ceasefire violated, extended twice; the "final message" ultimatum active', async () => {
    const [status, card] = await Promise.all([json(['status', CASE, '--at', AT]), cli(['status', CASE, '--at', AT])]);
    expect(status).toMatchObject({
      title: 'Pakistan – Afghan Taliban talks, 2025',
      phase: 'stalled',
      rounds: { held: 4, last: { roundId: 'riyadh-2025-11', outcome: 'no-progress' }, next: null },
      parties: [{ id: 'pakistan' }, { id: 'afghan-taliban' }],
      ceasefire: {
        state: 'violated',
        ceasefireId: 'doha-ceasefire-2025-10-19',
        declaredAt: '2025-10-19',
        duration: 'indefinite',
        extensions: 2,
      },
      latestAgreement: { kind: 'ceasefire', agreementId: 'doha-agreement-2025-10-19' },
      demands: { total: tabled(), open: tabled() }, // none withdrawn
    });
    expect(status.ultimatums).toEqual([
      expect.objectContaining({
        ultimatumId: 'final-message-2025-11',
        by: 'pakistan',
        to: ['afghan-taliban'],
        issuedAt: '2025-11-24',
        deadlineStatus: 'none',
        channel: 'via Turkish mediators',
      }),
    ]);
    expect(status.mediators.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['qatar', 'turkiye']));

    expect(card.code).toBe(0);
    expect(card.stdout).toMatch(/Phase\s+stalled/);
    // The Riyadh round ended that day: it is not in session.
    expect(card.stdout).toMatch(/Rounds held\s+4 · last round ended that day/);
    expect(card.stdout).toMatch(
      /Last round\s+Riyadh talks \(fourth round, Saudi-hosted\), Riyadh · 2025-11-30T20:00:00\+03:00 → 2025-11-30T23:00:00\+03:00\s+· no-progress/,
    );
    expect(card.stdout).toMatch(
      /Ceasefire\s+violated — doha-ceasefire-2025-10-19, indefinite, declared 2025-10-19, extended 2×, 1 violation reported/,
    );
    expect(card.stdout).toMatch(
      /Ultimatums\s+active final-message-2025-11 — Pakistan → Afghan Taliban government, issued 2025-11-24, no deadline/,
    );
  });

  it('lists the case as it stood at a past date, and not at all before it opened', async () => {
    const [then, status] = await Promise.all([
      json(['list', '--at', '2025-10-18']),
      json(['status', CASE, '--at', '2025-10-18']),
    ]);
    expect(then.negotiations).toHaveLength(1);
    expect(then.negotiations[0]).toMatchObject({
      negotiationId: CASE,
      phase: status.phase,
      ceasefire: 'violated',
      roundsHeld: status.rounds.held,
    });
    expect((await json(['list', '--at', '2025-01-01'])).negotiations).toEqual([]);
  });

  it("the jirga's ceasefire at Torkham (March 2025); the 48-hour truce declared, extended, then superseded by the Doha ceasefire, continued on 30 Oct, upheld at Riyadh, collapsed in the war of February 2026; then the Eid pause", async () => {
    const truce = await json(['status', CASE, '--at', '2025-10-18']);
    expect(truce.ceasefire).toMatchObject({
      state: 'violated',
      ceasefireId: 'truce-48h-2025-10-15',
      extensions: 1,
      duration: 'until-talks-conclude',
      violations: 1,
      ended: null,
    });
    const timeline = await json(['timeline', CASE, '--type', 'CeasefireDeclared,CeasefireExtended,CeasefireEnded']);
    expect(
      timeline.items.map((i: { type: string; retracted: unknown }) => `${i.type}${i.retracted ? ' (retracted)' : ''}`),
    ).toEqual([
      'CeasefireDeclared', // the jirga's ceasefire at Torkham, 9 March 2025 (ended by its term)
      'CeasefireDeclared',
      'CeasefireExtended',
      'CeasefireEnded (retracted)',
      'CeasefireEnded',
      'CeasefireDeclared',
      'CeasefireExtended',
      'CeasefireExtended',
      'CeasefireEnded',
      'CeasefireDeclared',
    ]);
  });

  it("matrix: Pakistan's demands, with the Taliban rejecting the handover and the buffer zone", async () => {
    const [matrix, table] = await Promise.all([json(['matrix', CASE, '--at', AT]), cli(['matrix', CASE, '--at', AT])]);
    const rows = matrix.rows as Row[];
    const pakistans = rows.filter((r) => r.by === 'pakistan').map((r) => r.demandId);
    expect(pakistans).toEqual([
      'pak-no-attacks-from-afghan-soil',
      'pak-verifiable-action-against-ttp',
      'pak-handover-of-wanted-militants',
      'pak-durand-line-assurances',
      'pak-limited-buffer-zone',
      'pak-improved-trade-ties',
    ]);
    const taliban = (demandId: string) =>
      rows.find((r) => r.demandId === demandId)!.cells.find((c) => c.actorId === 'afghan-taliban')!.value;
    const consensus = (demandId: string) => rows.find((r) => r.demandId === demandId)!.consensus;
    expect(taliban('pak-handover-of-wanted-militants')).toBe('rejected');
    expect(taliban('pak-limited-buffer-zone')).toBe('rejected');
    expect(consensus('pak-handover-of-wanted-militants')).toBe('contested');
    expect(consensus('pak-limited-buffer-zone')).toBe('contested');
    expect(taliban('pak-no-attacks-from-afghan-soil')).toBe('accepted-in-principle');
    expect(taliban('pak-verifiable-action-against-ttp')).toBe('conditional');

    expect(table.code).toBe(0);
    const handover = table.stdout
      .split('\n')
      .findIndex((l) => l.includes('Transfer to Pakistan of key militant figures'));
    expect(handover).toBeGreaterThan(0);
    expect(table.stdout.split('\n')[handover]).toMatch(/★ proposer\s+│ ✘ rejected\s+│ contested/);
    const buffer = table.stdout.split('\n').findIndex((l) => l.includes('Establishment of a limited buffer zone'));
    expect(table.stdout.split('\n')[buffer]).toMatch(/★ proposer\s+│ ✘ rejected\s+│ contested/);
  });

  it('escalation at the end of November: a level with its name, the trend, a sparkline and the top drivers with codes and sources', async () => {
    const [view, text, series] = await Promise.all([
      json(['escalation', CASE, '--at', AT, '--model', 'v1']),
      cli(['escalation', CASE, '--at', AT, '--model', 'v1']),
      json(['escalation', CASE, '--at', AT, '--model', 'v1', '--series']),
    ]);
    // The "final message" is dated to its report (~24 Nov), no longer counted (and decayed) from 1 Nov: level 3.
    expect(view).toMatchObject({
      modelVersion: 'v1',
      level: 3,
      levelName: 'coercive',
      trend: { direction: 'rising' },
    });
    expect(view.index).toBeGreaterThanOrEqual(30);
    expect(view.index).toBeLessThan(50);
    expect(view.drivers).toHaveLength(5);
    // The Peshawar bombing of 24 Nov, coded by the analyst, pushes towards conflict; the Riyadh meeting's upholding of the ceasefire the other way.
    const peshawar = view.drivers.find((d: { occurredAt: string }) => d.occurredAt === '2025-11-24T08:00:00+05:00');
    expect(peshawar).toMatchObject({ type: 'IncidentReported', code: '1831', codeSource: 'analyst' });
    expect(peshawar.contribution).toBeLessThan(0);
    expect(view.drivers.some((d: { contribution: number }) => d.contribution > 0)).toBe(true);
    for (const d of view.drivers) expect(d.sources.length).toBeGreaterThan(0);

    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`Level 3 · coercive\\s+index ${view.index.toFixed(1)} / 100\\s+↑ rising`));
    expect(text.stdout).toMatch(/^ {2}[▁▂▃▄▅▆▇█]{20,}$/m);
    // The chart's peak is the series' highest point, on 15 Oct (the Spin Boldak fighting and Pakistan's strikes); model v1
    // weighs the warnings and strikes of August–September a little there too (decayed), so its value comes from the series.
    const peak = (series.points as { t: string; index: number; level: number }[]).reduce((a, b) =>
      b.index > a.index ? b : a,
    );
    expect(peak.t.slice(0, 10)).toBe('2025-10-15');
    expect(text.stdout).toMatch(new RegExp(`peak ${peak.index.toFixed(1)} \\(level ${peak.level}\\) at 2025-10-15`));
    expect(text.stdout).toMatch(/Top 5 drivers/);
    expect(text.stdout).toMatch(/IncidentReported · CAMEO 1831 Carry out suicide bombing \(analyst\)/);
    expect(text.stdout).toMatch(/sources: The Straits Times \(B2\), Arab Times \(AP\) \(C2\)/);
  });

  it('escalation under model v2 (the default): the level with why it holds, the conditions in force and the other pairs', async () => {
    const [view, text] = await Promise.all([
      json(['escalation', CASE, '--at', AT]),
      cli(['escalation', CASE, '--at', AT]),
    ]);
    // The strikes of 25 Nov (as the Taliban allege them) are within the week; the ceasefire upheld at Riyadh has not held three days.
    expect(view).toMatchObject({ modelVersion: 'v2', level: 4, levelName: 'militarised' });
    expect(view.pair.actors).toEqual(['afghan-taliban', 'pakistan']);
    expect(view.reasons.map((r: { rule: string }) => r.rule)).toEqual(['armed-action']);
    expect(view.conditions.map((k: { kind: string }) => k.kind)).toContain('ceasefire');
    expect(view.pairs.some((p: { actors: string[] }) => p.actors.includes('ttp'))).toBe(true);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/model v2/);
    expect(text.stdout).toMatch(/Level 4 · militarised/);
    expect(text.stdout).toMatch(/Why\n.*Armed action between Afghan Taliban government and Pakistan on 2025-11-25/);
    expect(text.stdout).toMatch(/In force\s+Ceasefire in force since 2025-10-19/);
    expect(text.stdout).toMatch(/Other pairs\n.*Pakistan ↔ Tehreek-e-Taliban Pakistan/);
  });

  it.each([['v1'], ['v2']])(
    'escalation under model %s: the factors each driver line shows multiply to its contribution',
    async (model) => {
      const text = await cli(['escalation', CASE, '--at', AT, '--model', model, '--drivers', '10', '--no-chart']);
      expect(text.code).toBe(0);
      const lines = text.stdout.split('\n');
      // "    −0.21  2025-11-24  UltimatumIssued · …"
      const contributions = lines.flatMap((l) => {
        const m = /^ {2,}([−+]\d+\.\d\d) {2}\d{4}-/.exec(l);
        return m ? [Math.abs(Number(m[1]!.replace('−', '-')))] : [];
      });
      // v1 "g −7.0 × c 0.6 × decay 0.71 (…", v2 "weight 0.42 × decay 0.50 (…"
      const factors = lines.flatMap((l) => {
        const m = /^ +(?:g [−+]?([\d.]+) × c ([\d.]+)|weight ([\d.]+)) × decay ([\d.]+) \(/.exec(l);
        return m ? [[m[1], m[2], m[3], m[4]].filter((f): f is string => f !== undefined)] : [];
      });
      expect(contributions).toHaveLength(10);
      expect(factors).toHaveLength(contributions.length);
      contributions.forEach((contribution, i) => {
        const printed = factors[i]!.map(Number);
        const product = printed.reduce((a, b) => a * b, 1);
        // Each number is printed rounded (to its last decimal): the product may be off by what that allows.
        const half = (f: string) => 0.5 * 10 ** -f.split('.')[1]!.length;
        const allowed = factors[i]!.reduce((s, f, j) => s + half(f) * (product / printed[j]!), 0.005);
        expect(Math.abs(product - contribution)).toBeLessThanOrEqual(allowed + 1e-9);
      });
    },
  );

  it('--series without --json prints one line per day with its level and index, the days the Doha ceasefire changed', async () => {
    const [series, text] = await Promise.all([
      json(['escalation', CASE, '--series', '--from', '2025-10-10', '--to', '2025-10-25', '--json']),
      cli(['escalation', CASE, '--series', '--from', '2025-10-10', '--to', '2025-10-25']),
    ]);
    expect(text.code).toBe(0);
    const rows = text.stdout.split('\n').flatMap((l) => {
      const m = /^ {2}(\d{4}-\d\d-\d\d(?: [\d:]+ UTC)?) +([1-5]) (\w+) +(\d+\.\d)(?: +(\d+) developments?)?$/.exec(l);
      return m ? [{ level: Number(m[2]), name: m[3], index: Number(m[4]), developments: Number(m[5] ?? 0) }] : [];
    });
    expect(rows).toEqual(
      series.points.map((p: { level: number; levelName: string; index: number }) => ({
        level: p.level,
        name: p.levelName,
        index: Number(p.index.toFixed(1)),
        developments: expect.any(Number),
      })),
    );
    // Every development of the range is counted once, on the first day that includes it.
    expect(rows.reduce((n, r) => n + r.developments, 0)).toBe(series.markers.length);
    expect(rows.some((r) => r.level === 5 && r.name === 'hostilities')).toBe(true);
    expect(rows.at(-1)).toMatchObject({ level: 3, name: 'coercive' });
  });

  it('known at 10 Oct, before anything of the case was recorded: the escalation and the briefing say nothing was recorded yet, not "in the last 0 days"', async () => {
    const [view, text, brief] = await Promise.all([
      json(['escalation', CASE, '--known-at', '2025-10-10']),
      cli(['escalation', CASE, '--known-at', '2025-10-10']),
      cli(['brief', CASE, '--known-at', '2025-10-10']),
    ]);
    expect(view.quiet).toEqual({ days: 0, since: null });
    expect(text.stdout).toMatch(/nothing recorded yet/);
    expect(brief.code).toBe(0);
    expect(brief.stdout).toMatch(/Nothing was recorded yet\./);
    expect(`${text.stdout}${brief.stdout}`).not.toMatch(/last 0 days/);
  });

  it('with --known-at, every view says it shows what was known then (the status did; the matrix and escalation did not)', async () => {
    const views = await Promise.all(
      ['status', 'matrix', 'escalation', 'timeline'].map((view) =>
        cli(
          [view, CASE, '--at', AT, '--known-at', '2025-11-01', '--no-chart'].filter(
            (a) => view === 'escalation' || a !== '--no-chart',
          ),
        ),
      ),
    );
    for (const reply of views) {
      expect(reply.code).toBe(0);
      expect(reply.stdout).toMatch(/known at 2025-11-01/);
    }
  });

  it('refuses a model the server does not have, naming the parameter', async () => {
    const reply = await cli(['escalation', CASE, '--model', 'v7']);
    expect(reply.code).not.toBe(0);
    expect(reply.stderr).toMatch(/model/);
    expect(reply.stderr).toMatch(/v1, v2/);
  });

  it('what was known on 1 November: no "final message" yet, and only the demands recorded by then', async () => {
    const known = await json(['status', CASE, '--at', AT, '--known-at', '2025-11-01']);
    expect(known.ultimatums).toEqual([]);
    // The seed-1 demands were recorded on 24 Nov, backdated to the rounds: known on 1 Nov, only those recorded before.
    expect(known.demands.total).toBe(tabled(Date.parse('2025-11-01T23:59:59.999Z')));
  });

  it('changes between the Istanbul rounds: the Taliban rejections show as stance changes', async () => {
    const changes = await json(['changes', CASE, '--since', '2025-10-31', '--until', AT]);
    expect(changes.phase).toMatchObject({ to: 'stalled', changed: true });
    expect(changes.stanceChanges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          demandId: 'pak-handover-of-wanted-militants',
          actorId: 'afghan-taliban',
          to: 'rejected',
        }),
        expect.objectContaining({ demandId: 'pak-limited-buffer-zone', actorId: 'afghan-taliban', to: 'rejected' }),
      ]),
    );
    expect(changes.ultimatums.issued).toEqual([expect.objectContaining({ ultimatumId: 'final-message-2025-11' })]);
  });
});
