/**
 * A rebuild over a log of many pages (the engine reads 250 events at a time)
 * whose negotiations interleave, so each one's developments are spread over
 * many pages and a backdated development or a correction makes the engine
 * refold one of them mid-rebuild, then go on applying its later pages: the
 * views it serves are those of a fold of each negotiation's whole log.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { streamName, toStoredEvent } from '@parley/domain';
import { type EventStore, openSqliteEventStore } from '@parley/event-store';
import {
  ESCALATION_MODEL_V1,
  escalationSeries,
  escalationView,
  foldViews,
  matrixView,
  ProjectionEngine,
  statusView,
  type ViewState,
} from '@parley/projections';
import { LogBuilder } from '@parley/projections/testing/builders';
import { loadConfig } from '../config/config';
import { SqliteSnapshotStore } from './snapshot-store';

const T = Date.UTC(2026, 0, 31);
const SOURCES = [
  { title: 'Wire report', publisher: 'Test Wire', url: 'https://example.org/a', credibility: 2 as const },
];

function views(state: ViewState) {
  return {
    status: statusView(state, T),
    matrix: matrixView(state),
    escalation: escalationView(state, T, ESCALATION_MODEL_V1, { drivers: 50 }),
    series: escalationSeries(state, Date.UTC(2025, 9, 1), T, 86_400_000),
    // Every development as folded, in fold order (log positions differ: the builder's count one log, the store's three).
    developments: state.developments.map(({ position: _position, ...kept }) => kept),
  };
}

const day = (n: number) => new Date(Date.UTC(2025, 9, 1) + n * 3_600_000).toISOString().replace('.000', '');

/** One negotiation's log: opened, a demand, then `n` developments an hour apart (statements and positions). */
function negotiation(id: string, n: number, twist: 'backdated' | 'corrected' | 'none'): LogBuilder {
  const log = new LogBuilder(id);
  const env = (hour: number) => ({ eventId: randomUUID(), occurredAt: day(hour), sources: SOURCES });
  log.open(env(0));
  log.add(
    'DemandTabled',
    { demandId: 'd1', by: 'pakistan', addressedTo: ['afghan-taliban'], text: 'Hand over', category: 'security' },
    env(1),
  );
  let corrected = '';
  for (let i = 0; i < n; i++) {
    const hour = 2 + i;
    if (twist === 'backdated' && i === Math.floor(n / 2)) {
      // Occurred before most of what was recorded before it: the negotiation is refolded.
      log.add(
        'StatementMade',
        { speaker: { name: 'Late report', actorId: 'pakistan' }, tone: 'warning', summary: 'backdated' },
        env(3),
      );
    } else if (twist === 'corrected' && i === Math.floor(n / 2)) {
      log.add(
        'EventCorrected',
        { eventId: corrected, changes: { data: { stance: 'accepted' } }, reason: 'misread' },
        env(hour),
      );
    } else if (i % 3 === 0) {
      const position = log.add(
        'PositionTaken',
        { demandId: 'd1', actorId: 'afghan-taliban', stance: i % 2 ? 'rejected' : 'conditional' },
        env(hour),
      );
      if (i === 0) corrected = position.eventId;
    } else {
      log.add(
        'StatementMade',
        { speaker: { name: 'Khawaja Asif', actorId: 'pakistan' }, tone: 'warning', summary: `statement ${i}` },
        env(hour),
      );
    }
  }
  return log;
}

describe('a rebuild over many pages of interleaved negotiations', () => {
  const logs = [
    negotiation('alpha-talks', 300, 'backdated'),
    negotiation('beta-talks', 300, 'corrected'),
    negotiation('gamma-talks', 300, 'none'),
  ];
  let dir = '';
  let store: EventStore;
  let engine: ProjectionEngine;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    dir = mkdtempSync(join(tmpdir(), 'parley-rebuild-'));
    store = await openSqliteEventStore({ path: join(dir, 'events.db') });
    // Round robin, a few events at a time: every page of the log holds all three negotiations.
    for (let at = 0; at < 302; at += 7) {
      for (const log of logs) {
        const events = log.entries.slice(at, at + 7).map((e) => toStoredEvent(e.event));
        if (events.length) await store.append(streamName(log.negotiationId), events, { expectedRevision: 'any' });
      }
    }
    const config = loadConfig({ PARLEY_DATA_DIR: dir, PARLEY_LOG_LEVEL: 'silent' });
    engine = new ProjectionEngine(
      store,
      new SqliteSnapshotStore(join(dir, 'views.sqlite')),
      ESCALATION_MODEL_V1,
      config,
    );
    await engine.start();
  });
  afterAll(async () => {
    await engine.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a backdated development and a correction halfway, then every negotiation shows the views of its whole log', async () => {
    const result = await engine.rebuild();
    expect(result.events).toBe(3 * 302);
    expect(engine.negotiationIds()).toEqual(logs.map((l) => l.negotiationId));
    for (const log of logs) {
      const state = (await engine.withEvidence(log.negotiationId)) as ViewState;
      expect(views(state)).toEqual(views(foldViews(log.entries)));
    }
  });
});
