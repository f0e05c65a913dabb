/**
 * Snapshots of the views, one row per negotiation, on real SQLite files: the
 * engine restores them after a restart, rewrites only what changed, and
 * refolds from the log when a snapshot is of an older layout or shape.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import Database from 'better-sqlite3';
import { streamName, toStoredEvent } from '@parley/domain';
import { type EventStore, openSqliteEventStore } from '@parley/event-store';
import {
  ESCALATION_MODEL_V1,
  escalationSeries,
  escalationView,
  foldViews,
  matrixView,
  ProjectionEngine,
  restoredState,
  SNAPSHOT_PIECE,
  statusView,
  type ViewState,
} from '@parley/projections';
import { LogBuilder } from '@parley/projections/testing/builders';
import { loadConfig } from '../config/config';
import { SqliteSnapshotStore } from './snapshot-store';

const T = Date.UTC(2025, 11, 31);
const LONG = `${'the delegation restated its position on written guarantees, '.repeat(3)}and left`;
const SOURCES = [
  { title: 'Wire report', publisher: 'Test Wire', url: 'https://example.org/a', credibility: 2 as const },
];

/** Everything a client sees of a state. */
function views(state: ViewState) {
  return {
    status: statusView(state, T),
    matrix: matrixView(state),
    escalation: escalationView(state, T, ESCALATION_MODEL_V1, { drivers: 50 }),
    series: escalationSeries(state, Date.UTC(2025, 9, 1), T, 86_400_000),
  };
}

function negotiation(id: string, statements: number): LogBuilder {
  const log = new LogBuilder(id);
  const env = (day: number) => ({
    eventId: randomUUID(),
    occurredAt: `2025-10-${String(day).padStart(2, '0')}`,
    sources: SOURCES,
  });
  log.open(env(1));
  log.add(
    'DemandTabled',
    { demandId: 'd1', by: 'pakistan', addressedTo: ['afghan-taliban'], text: LONG, category: 'security' },
    env(2),
  );
  log.add('PositionTaken', { demandId: 'd1', actorId: 'afghan-taliban', stance: 'rejected', quote: LONG }, env(3));
  for (let i = 0; i < statements; i++) {
    log.add(
      'StatementMade',
      {
        speaker: { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' },
        tone: 'warning',
        summary: `${LONG} ${i}`,
      },
      env(4 + i),
    );
  }
  return log;
}

/**
 * What a restart would find in `dir`'s snapshot file: the header's position
 * (undefined: nothing to restore) and each negotiation's state as its row
 * and pieces hold it, as JSON.
 */
function savedStates(dir: string): { position: number | undefined; rows: Map<string, string> } {
  const snapshots = new SqliteSnapshotStore(join(dir, 'views.sqlite'));
  try {
    const snapshot = snapshots.load();
    const rows = new Map<string, string>();
    if (snapshot) for (const row of snapshot.states()) rows.set(row.negotiationId, JSON.stringify(restoredState(row)));
    return { position: snapshot?.position, rows };
  } finally {
    snapshots.close();
  }
}

async function append(store: EventStore, log: LogBuilder, from = 0): Promise<number> {
  const events = log.entries.slice(from).map((e) => toStoredEvent(e.event));
  const result = await store.append(streamName(log.negotiationId), events, { expectedRevision: 'any' });
  return result.events[result.events.length - 1]!.position;
}

/**
 * For each test of the calling describe: a fresh SQLite log holding `logs`,
 * engines on it with their snapshot file beside it, stopped after the test.
 * `interleave`: the logs appended round robin, that many events at a time
 * (else one after the other).
 */
function engineOnAFreshLog(
  logs: readonly LogBuilder[],
  label: string,
  env: Record<string, string> = {},
  interleave?: number,
) {
  const fx = {
    dir: '',
    store: undefined as unknown as EventStore,
    engines: [] as ProjectionEngine[],
    async start(): Promise<ProjectionEngine> {
      const config = loadConfig({ PARLEY_DATA_DIR: fx.dir, PARLEY_LOG_LEVEL: 'silent', ...env });
      const engine = new ProjectionEngine(
        fx.store,
        new SqliteSnapshotStore(join(fx.dir, 'views.sqlite')),
        ESCALATION_MODEL_V1,
        config,
      );
      fx.engines.push(engine);
      await engine.start();
      return engine;
    },
  };
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    fx.dir = mkdtempSync(join(tmpdir(), label));
    fx.store = await openSqliteEventStore({ path: join(fx.dir, 'events.db') });
    if (interleave === undefined) for (const log of logs) await append(fx.store, log);
    else {
      const longest = Math.max(...logs.map((log) => log.entries.length));
      for (let from = 0; from < longest; from += interleave) {
        for (const log of logs) {
          const events = log.entries.slice(from, from + interleave).map((e) => toStoredEvent(e.event));
          if (events.length) await fx.store.append(streamName(log.negotiationId), events, { expectedRevision: 'any' });
        }
      }
    }
  });
  afterEach(async () => {
    for (const engine of fx.engines.splice(0)) await engine.stop().catch(() => undefined);
    await fx.store.close();
    rmSync(fx.dir, { recursive: true, force: true });
  });
  return fx;
}

describe('views snapshots, one row per negotiation', () => {
  const logs = [negotiation('alpha-talks', 5), negotiation('beta-talks', 3), negotiation('gamma-talks', 8)];
  const fx = engineOnAFreshLog(logs, 'parley-snapshots-');

  /** Each negotiation's state as its snapshot row and pieces hold it, as JSON. */
  function rows(): Map<string, string> {
    return savedStates(fx.dir).rows;
  }

  async function expectViewsOfTheLog(engine: ProjectionEngine): Promise<void> {
    expect(engine.negotiationIds()).toEqual(logs.map((l) => l.negotiationId));
    for (const log of logs) {
      const state = (await engine.withEvidence(log.negotiationId)) as ViewState;
      expect(views(state)).toEqual(views(foldViews(log.entries)));
    }
  }

  it('given views folded from the log, when the engine stops and starts again, then it restores them from one row per negotiation', async () => {
    const first = await fx.start();
    await expectViewsOfTheLog(first);
    const states = logs.map((l) => first.state(l.negotiationId));
    await first.stop();

    expect([...rows().keys()]).toEqual(logs.map((l) => l.negotiationId));
    const second = await fx.start();
    expect(second.currentPosition).toBe(first.currentPosition);
    // Restored, not refolded: the very states, as JSON (a refold would give equal ones too; see the marker test below).
    expect(logs.map((l) => second.state(l.negotiationId))).toEqual(states);
    await expectViewsOfTheLog(second);
  });

  it('given a restored snapshot, when one negotiation changes, then the next snapshot rewrites only its row', async () => {
    await (await fx.start()).stop();
    const before = rows();
    const engine = await fx.start();
    const [alpha] = logs as [LogBuilder];
    const from = alpha.entries.length;
    alpha.add(
      'TalksSuspended',
      { by: 'pakistan', reason: LONG },
      { eventId: randomUUID(), occurredAt: '2025-10-30', sources: SOURCES },
    );
    const position = await append(fx.store, alpha, from);
    expect(await engine.waitFor(position, 5000)).toBe(true);
    await engine.stop();

    const after = rows();
    expect(after.get('alpha-talks')).not.toBe(before.get('alpha-talks'));
    expect(after.get('beta-talks')).toBe(before.get('beta-talks'));
    expect(after.get('gamma-talks')).toBe(before.get('gamma-talks'));
    const restarted = await fx.start();
    expect(restarted.currentPosition).toBe(position);
    await expectViewsOfTheLog(restarted);
  });

  it('given views a reader holds, when events arrive live, then what it holds is unchanged and the engine serves the new views', async () => {
    const engine = await fx.start();
    const [alpha] = logs as [LogBuilder];
    const held = engine.state('alpha-talks') as ViewState;
    const heldJson = JSON.stringify(held);
    // Two live batches: the first meets the held state (copied), the second one nobody holds (written in place).
    for (const day of [28, 29]) {
      const from = alpha.entries.length;
      alpha.add(
        'StatementMade',
        { speaker: { name: 'Khawaja Asif', actorId: 'pakistan' }, tone: 'warning', summary: `${LONG} ${day}` },
        { eventId: randomUUID(), occurredAt: `2025-10-${day}`, sources: SOURCES },
      );
      expect(await engine.waitFor(await append(fx.store, alpha, from), 5000)).toBe(true);
    }
    expect(JSON.stringify(held)).toBe(heldJson);
    expect(engine.state('alpha-talks')?.developments.length).toBe(held.developments.length + 2);
    await expectViewsOfTheLog(engine);
  });

  it('given a marker planted in one row, when the engine starts, then it shows: the views were restored, not re-read', async () => {
    await (await fx.start()).stop();
    const db = new Database(join(fx.dir, 'views.sqlite'));
    const state = JSON.parse(rows().get('beta-talks') as string) as { negotiation: { title: string } };
    state.negotiation.title = 'from the snapshot';
    db.prepare('UPDATE views_snapshot_state SET body = ? WHERE negotiation_id = ?').run(
      JSON.stringify(state),
      'beta-talks',
    );
    db.close();
    const engine = await fx.start();
    expect(engine.state('beta-talks')?.negotiation?.title).toBe('from the snapshot');
  });

  it('given a row of an older shape, when the engine starts, then it refolds every view from the log and saves them anew', async () => {
    await (await fx.start()).stop();
    const db = new Database(join(fx.dir, 'views.sqlite'));
    const state = JSON.parse(rows().get('gamma-talks') as string) as { schema: number; negotiation: { title: string } };
    state.schema = 1;
    state.negotiation.title = 'stale';
    db.prepare('UPDATE views_snapshot_state SET body = ? WHERE negotiation_id = ?').run(
      JSON.stringify(state),
      'gamma-talks',
    );
    db.close();
    const engine = await fx.start();
    await expectViewsOfTheLog(engine);
    await engine.stop();
    expect((JSON.parse(rows().get('gamma-talks') as string) as { schema: number }).schema).not.toBe(1);
  });

  it('given a snapshot file of the first layout (every view in one string), when the engine starts, then it drops it and refolds', async () => {
    const db = new Database(join(fx.dir, 'views.sqlite'));
    db.exec(`CREATE TABLE views_snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), model_version TEXT NOT NULL, last_event_id TEXT NOT NULL,
      position INTEGER NOT NULL, taken_at TEXT NOT NULL, body TEXT NOT NULL)`);
    db.prepare('INSERT INTO views_snapshot VALUES (1, ?, ?, ?, ?, ?)').run('v1', '', 3, new Date().toISOString(), '[]');
    db.close();
    const engine = await fx.start();
    await expectViewsOfTheLog(engine);
  });

  it('given a rebuild, then the snapshot holds exactly the rebuilt views', async () => {
    const engine = await fx.start();
    const result = await engine.rebuild();
    expect(result.negotiations).toBe(logs.length);
    expect([...rows().keys()]).toEqual(logs.map((l) => l.negotiationId));
    for (const log of logs) {
      expect(JSON.parse(rows().get(log.negotiationId) as string)).toEqual(
        JSON.parse(JSON.stringify(engine.state(log.negotiationId))),
      );
    }
  });
});

describe('a snapshot of more negotiations than one pause writes (in slices)', () => {
  const COUNT = 230;
  const logs = Array.from({ length: COUNT }, (_, i) => negotiation(`talks-${String(i).padStart(3, '0')}`, 1));
  const fx = engineOnAFreshLog(logs, 'parley-snapshots-sliced-');

  /** What a restart would find: the header's position (undefined: nothing to restore) and the rows. */
  function saved(): { position: number | undefined; rows: Map<string, string> } {
    return savedStates(fx.dir);
  }

  it('given a rebuild, when it returns, then the views serve at once, nothing is restorable until every row is written, then exactly the rebuilt views are', async () => {
    const engine = await fx.start();
    const result = await engine.rebuild();
    expect(result.negotiations).toBe(COUNT);
    expect(views((await engine.withEvidence('talks-007')) as ViewState)).toEqual(views(foldViews(logs[7]!.entries)));
    // The old snapshot is gone and the new one has no header yet: a crash now would refold, never mix two pictures.
    expect(saved().position).toBeUndefined();

    await engine.snapshotSettled();
    const { position, rows } = saved();
    expect(position).toBe(result.position);
    expect([...rows.keys()]).toEqual(logs.map((l) => l.negotiationId));
    for (const log of logs)
      expect(JSON.parse(rows.get(log.negotiationId) as string)).toEqual(
        JSON.parse(JSON.stringify(engine.state(log.negotiationId))),
      );
  });

  it('given a sliced snapshot under way, when the engine shuts down, then it finishes it first and a restart restores the same views', async () => {
    const engine = await fx.start();
    const result = await engine.rebuild();
    await engine.stop();
    const { position, rows } = saved();
    expect(position).toBe(result.position);
    expect(rows.size).toBe(COUNT);

    const restarted = await fx.start();
    expect(restarted.currentPosition).toBe(result.position);
    for (const log of logs)
      expect(views((await restarted.withEvidence(log.negotiationId)) as ViewState)).toEqual(
        views(foldViews(log.entries)),
      );
  });

  it('given writes while the slices go out, when the engine stops and starts again, then the restored views include them', async () => {
    const engine = await fx.start();
    await engine.rebuild();
    const changed = logs[COUNT - 1]!;
    const from = changed.entries.length;
    changed.add(
      'TalksSuspended',
      { by: 'pakistan', reason: 'written while the snapshot was being saved' },
      { eventId: randomUUID(), occurredAt: '2025-10-30', sources: SOURCES },
    );
    const position = await append(fx.store, changed, from);
    expect(await engine.waitFor(position, 5000)).toBe(true);
    await engine.snapshotSettled();
    await engine.stop();
    // The snapshot taken at the rebuild did not hold the write; the one at shutdown added its row.
    const { position: savedAt, rows } = saved();
    expect(savedAt).toBe(position);
    expect((JSON.parse(rows.get(changed.negotiationId) as string) as ViewState).suspension).not.toBeNull();

    const restarted = await fx.start();
    expect(restarted.currentPosition).toBe(position);
    expect(views((await restarted.withEvidence(changed.negotiationId)) as ViewState)).toEqual(
      views(foldViews(changed.entries)),
    );
    expect(restarted.state(changed.negotiationId)?.suspension).not.toBeNull();
  });
});

describe('periodic snapshots held while an import runs', () => {
  // A snapshot is due after every batch applied: only the hold keeps one from being written.
  const fx = engineOnAFreshLog([], 'parley-held-snapshots-', { PARLEY_SNAPSHOT_EVERY: '1' });

  function savedPosition(): number | undefined {
    const db = new Database(join(fx.dir, 'views.sqlite'), { readonly: true });
    try {
      const row = db.prepare('SELECT position FROM views_snapshot_header WHERE id = 1').get() as
        { position: number } | undefined;
      return row?.position;
    } finally {
      db.close();
    }
  }

  it('given a hold, when the views follow writes made under it, then no snapshot is written until the next batch after it', async () => {
    const engine = await fx.start();
    const store = fx.store;
    const alpha = negotiation('alpha-talks', 3);
    const held = await engine.withoutPeriodicSnapshots(async () => {
      const position = await append(store, alpha);
      expect(await engine.waitFor(position, 5000)).toBe(true);
      return position;
    });
    expect(engine.currentPosition).toBe(held);
    expect(savedPosition()).toBeUndefined();

    const from = alpha.entries.length;
    alpha.add(
      'TalksSuspended',
      { by: 'pakistan', reason: LONG },
      { eventId: randomUUID(), occurredAt: '2025-10-30', sources: SOURCES },
    );
    const after = await append(store, alpha, from);
    expect(await engine.waitFor(after, 5000)).toBe(true);
    expect(savedPosition()).toBe(after);
  });
});

describe('a rebuild over many pages of interleaved negotiations', () => {
  /** `negotiation(id, 0)`, then 300 statements an hour apart, with halfway a development backdated before most of them or a correction of its position. */
  function twisted(id: string, twist: 'backdated' | 'corrected' | 'none'): LogBuilder {
    const log = negotiation(id, 0);
    const position = log.entries[2]!.event;
    const env = (hour: number) => ({
      eventId: randomUUID(),
      occurredAt: new Date(Date.UTC(2025, 9, 5, hour)).toISOString(),
      sources: SOURCES,
    });
    for (let i = 0; i < 300; i++) {
      if (i === 150 && twist === 'backdated')
        log.add(
          'StatementMade',
          { speaker: { name: 'Late report', actorId: 'pakistan' }, tone: 'warning', summary: 'backdated' },
          env(3),
        );
      else if (i === 150 && twist === 'corrected')
        log.add(
          'EventCorrected',
          { eventId: position.eventId, changes: { data: { stance: 'accepted' } }, reason: 'misread' },
          env(i),
        );
      else
        log.add(
          'StatementMade',
          { speaker: { name: 'Khawaja Asif', actorId: 'pakistan' }, tone: 'warning', summary: `statement ${i}` },
          env(i),
        );
    }
    return log;
  }
  // The engine reads 250 events a page: three negotiations of ≈ 300 developments, 7 at a time, spread each over every page.
  const logs = [
    twisted('alpha-talks', 'backdated'),
    twisted('beta-talks', 'corrected'),
    twisted('gamma-talks', 'none'),
  ];
  const fx = engineOnAFreshLog(logs, 'parley-rebuild-', {}, 7);

  it('given a backdated development and a correction halfway, then every negotiation shows the views of its whole log', async () => {
    const engine = await fx.start();
    const result = await engine.rebuild();
    expect(result.events).toBe(logs.reduce((n, log) => n + log.entries.length, 0));
    expect(engine.negotiationIds()).toEqual(logs.map((l) => l.negotiationId));
    for (const log of logs) {
      const state = (await engine.withEvidence(log.negotiationId)) as ViewState;
      const expected = foldViews(log.entries);
      expect(views(state)).toEqual(views(expected));
      // Every development as folded, in fold order (log positions differ: the builder's count one log, the store's three).
      const kept = (s: ViewState) => s.developments.map(({ position: _position, ...rest }) => rest);
      expect(kept(state)).toEqual(kept(expected));
    }
  });
});

describe("a long negotiation's developments, saved in pieces", () => {
  /** `negotiation(id, 0)`, then `statements` statements an hour apart: its developments fill pieces. */
  function long(id: string, statements: number): LogBuilder {
    const log = negotiation(id, 0);
    for (let i = 0; i < statements; i++) statement(log, i);
    return log;
  }
  function statement(log: LogBuilder, hour: number) {
    return log.add(
      'StatementMade',
      { speaker: { name: 'Khawaja Asif', actorId: 'pakistan' }, tone: 'warning', summary: `statement ${hour}` },
      { eventId: randomUUID(), occurredAt: new Date(Date.UTC(2025, 9, 5, hour)).toISOString(), sources: SOURCES },
    );
  }
  // Three developments before the statements: 2 full pieces and one of a single development.
  const alpha = long('alpha-talks', 2 * SNAPSHOT_PIECE - 2);
  const beta = long('beta-talks', 5);
  const logs = [alpha, beta];
  const fx = engineOnAFreshLog(logs, 'parley-snapshot-pieces-');

  /** Each stored piece of a negotiation's developments: its SQLite rowid (a rewritten piece gets a new one) and length. */
  function pieces(negotiationId: string): { rowid: number; length: number }[] {
    const db = new Database(join(fx.dir, 'views.sqlite'), { readonly: true });
    try {
      const rows = db
        .prepare('SELECT rowid, body FROM views_snapshot_piece WHERE negotiation_id = ? ORDER BY piece')
        .all(negotiationId) as { rowid: number; body: Buffer | string }[];
      return rows.map(({ rowid, body }) => ({ rowid, length: (JSON.parse(body.toString()) as unknown[]).length }));
    } finally {
      db.close();
    }
  }

  /** Plants a title in a negotiation's stored row: shown after a start only if the snapshot was restored. */
  function plantTitle(negotiationId: string, title: string): void {
    const db = new Database(join(fx.dir, 'views.sqlite'));
    try {
      const select = db.prepare('SELECT body FROM views_snapshot_state WHERE negotiation_id = ?').pluck();
      const state = JSON.parse((select.get(negotiationId) as Buffer | string).toString()) as ViewState;
      db.prepare('UPDATE views_snapshot_state SET body = ? WHERE negotiation_id = ?').run(
        JSON.stringify({ ...state, negotiation: { ...state.negotiation, title } }),
        negotiationId,
      );
    } finally {
      db.close();
    }
  }

  /** The lengths of the pieces `count` developments fill. */
  function split(count: number): number[] {
    return Array.from({ length: Math.ceil(count / SNAPSHOT_PIECE) }, (_, i) =>
      Math.min(SNAPSHOT_PIECE, count - i * SNAPSHOT_PIECE),
    );
  }

  /** A negotiation's developments as folded from its log (log positions aside: the builder counts one log, the store both). */
  function developmentsOf(state: ViewState | LogBuilder | undefined) {
    const folded = state instanceof LogBuilder ? foldViews(state.entries) : state;
    return folded?.developments.map(({ position: _position, ...rest }) => rest);
  }

  async function expectViewsOfTheLog(engine: ProjectionEngine): Promise<void> {
    for (const log of logs) {
      const state = (await engine.withEvidence(log.negotiationId)) as ViewState;
      expect(views(state)).toEqual(views(foldViews(log.entries)));
      expect(state.developments).toHaveLength(foldViews(log.entries).developments.length);
    }
  }

  it('given a restored snapshot, when a long negotiation gets one more development, then the next snapshot rewrites only its last piece, and a restart restores it whole', async () => {
    await (await fx.start()).stop();
    const before = pieces('alpha-talks');
    expect(before.map((p) => p.length)).toEqual(split(foldViews(alpha.entries).developments.length));
    expect(before.length).toBeGreaterThan(2);
    const engine = await fx.start();
    const from = alpha.entries.length;
    statement(alpha, 2 * SNAPSHOT_PIECE);
    const position = await append(fx.store, alpha, from);
    expect(await engine.waitFor(position, 5000)).toBe(true);
    await engine.stop();

    const after = pieces('alpha-talks');
    const last = before.length - 1;
    expect(after.map((p) => p.length)).toEqual(split(foldViews(alpha.entries).developments.length));
    expect(after.slice(0, last)).toEqual(before.slice(0, last));
    expect(after[last]!.rowid).not.toBe(before[last]!.rowid);
    plantTitle('alpha-talks', 'from the snapshot');
    const restarted = await fx.start();
    expect(restarted.currentPosition).toBe(position);
    expect(restarted.state('alpha-talks')?.negotiation?.title).toBe('from the snapshot');
    expect(developmentsOf(restarted.state('alpha-talks'))).toEqual(developmentsOf(alpha));
  });

  it('given a correction, when the long negotiation is refolded, then the next snapshot rewrites every piece of it and a restart restores the corrected views', async () => {
    await (await fx.start()).stop();
    const before = pieces('alpha-talks');
    const engine = await fx.start();
    const from = alpha.entries.length;
    alpha.add(
      'EventCorrected',
      { eventId: alpha.entries[2]!.event.eventId, changes: { data: { stance: 'accepted' } }, reason: 'misread' },
      { eventId: randomUUID(), occurredAt: '2025-12-01', sources: SOURCES },
    );
    const position = await append(fx.store, alpha, from);
    expect(await engine.waitFor(position, 5000)).toBe(true);
    await engine.stop();

    const after = pieces('alpha-talks');
    expect(after.map((p) => p.length)).toEqual(before.map((p) => p.length));
    for (const [i, piece] of after.entries()) expect(piece.rowid).not.toBe(before[i]!.rowid);
    const restarted = await fx.start();
    expect(restarted.currentPosition).toBe(position);
    await expectViewsOfTheLog(restarted);
  });

  it('given retractions that leave a long negotiation with full pieces only, when the engine stops and starts again, then the piece left over is gone and the views are restored', async () => {
    await (await fx.start()).stop();
    const count = foldViews(alpha.entries).developments.length;
    const full = Math.floor(count / SNAPSHOT_PIECE) * SNAPSHOT_PIECE;
    expect(pieces('alpha-talks')).toHaveLength(full / SNAPSHOT_PIECE + 1);

    const engine = await fx.start();
    const from = alpha.entries.length;
    // The statements last recorded, one retraction each.
    const statements = alpha.entries.filter(({ event }) => event.type === 'StatementMade');
    for (const { event } of statements.slice(statements.length - (count - full)))
      alpha.add('EventRetracted', { eventId: event.eventId, reason: 'never said' });
    const position = await append(fx.store, alpha, from);
    expect(await engine.waitFor(position, 5000)).toBe(true);
    await engine.stop();

    expect(pieces('alpha-talks').map((p) => p.length)).toEqual(split(full));
    plantTitle('alpha-talks', 'from the snapshot');
    const restarted = await fx.start();
    expect(restarted.currentPosition).toBe(position);
    expect(restarted.state('alpha-talks')?.negotiation?.title).toBe('from the snapshot');
    expect(developmentsOf(restarted.state('alpha-talks'))).toEqual(developmentsOf(alpha));
    expect(restarted.state('alpha-talks')?.developments).toHaveLength(full);
  });

  it('given a piece lost from the snapshot, when the engine starts, then it refolds every view from the log', async () => {
    await (await fx.start()).stop();
    plantTitle('beta-talks', 'from the snapshot');
    const db = new Database(join(fx.dir, 'views.sqlite'));
    db.prepare('DELETE FROM views_snapshot_piece WHERE negotiation_id = ? AND piece = 1').run('alpha-talks');
    db.close();
    const engine = await fx.start();
    expect(engine.state('beta-talks')?.negotiation?.title).not.toBe('from the snapshot');
    await expectViewsOfTheLog(engine);
  });

  it('given a piece that is not a list of developments, when the engine starts, then it refolds every view from the log', async () => {
    await (await fx.start()).stop();
    plantTitle('beta-talks', 'from the snapshot');
    const db = new Database(join(fx.dir, 'views.sqlite'));
    db.prepare('UPDATE views_snapshot_piece SET body = ? WHERE negotiation_id = ? AND piece = 0').run(
      'null',
      'alpha-talks',
    );
    db.close();
    const engine = await fx.start();
    expect(engine.state('beta-talks')?.negotiation?.title).not.toBe('from the snapshot');
    await expectViewsOfTheLog(engine);
  });

  it('given a snapshot file of the second layout (a whole state per row), when the engine starts, then it drops it and refolds', async () => {
    const head = await fx.store.headPosition();
    const [last] = await fx.store.readAll({ fromPosition: head, maxCount: 1 });
    const db = new Database(join(fx.dir, 'views.sqlite'));
    db.exec(`CREATE TABLE views_snapshot_header (id INTEGER PRIMARY KEY CHECK (id = 1), model_version TEXT NOT NULL,
      last_event_id TEXT NOT NULL, position INTEGER NOT NULL, taken_at TEXT NOT NULL);
      CREATE TABLE views_snapshot_state (negotiation_id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, body TEXT NOT NULL);`);
    db.prepare('INSERT INTO views_snapshot_header VALUES (1, ?, ?, ?, ?)').run(
      ESCALATION_MODEL_V1.foldVersion,
      last!.id,
      head,
      new Date().toISOString(),
    );
    const stale = { ...foldViews(beta.entries, { evidence: false }), negotiation: { title: 'stale' } };
    db.prepare('INSERT INTO views_snapshot_state VALUES (?, 0, ?)').run('beta-talks', JSON.stringify(stale));
    db.close();
    const engine = await fx.start();
    expect(engine.negotiationIds()).toEqual(logs.map((l) => l.negotiationId));
    expect(engine.state('beta-talks')?.negotiation?.title).not.toBe('stale');
    await expectViewsOfTheLog(engine);
  });
});
