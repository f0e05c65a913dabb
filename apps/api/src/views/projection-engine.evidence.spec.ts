/**
 * The engine's states keep no sources, quotes, speakers nor conditions (a
 * million developments' would be most of their memory): the matrix and the
 * escalation drivers read them from the log on demand (`withEvidence`, and
 * `currentWithEvidence` for the live views), and the engine keeps what it
 * read current as it applies events. On a real SQLite log: whatever arrives
 * before, during or after that read, the views with evidence are those of a
 * fold of the whole log.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { streamName, toStoredEvent, type Source } from '@parley/domain';
import { type EventStore, openSqliteEventStore } from '@parley/event-store';
import {
  ESCALATION_MODEL_V1,
  escalationView,
  foldViews,
  matrixView,
  ProjectionEngine,
  type ViewState,
} from '@parley/projections';
import { LogBuilder } from '@parley/projections/testing/builders';
import { loadConfig } from '../config/config';
import { SqliteSnapshotStore } from './snapshot-store';

const T = Date.UTC(2025, 11, 31);
const WIRE: Source = { title: 'Wire report', publisher: 'Test Wire', url: 'https://example.org/wire', credibility: 2 };
const BLOG: Source = { title: 'A blog copy', url: 'https://blog.example.org/copy', reliability: 'F', credibility: 3 };
const DAWN: Source = { title: 'Talks stall', publisher: 'Dawn', url: 'https://dawn.example.org/stall', credibility: 1 };

/** The panes that show evidence. */
function evidenceViews(state: ViewState) {
  return { matrix: matrixView(state), escalation: escalationView(state, T, ESCALATION_MODEL_V1, { drivers: 50 }) };
}

/** Stored events need UUIDs (a correction names its target by one). */
function env(occurredAt: string, sources: readonly Source[]) {
  return { eventId: randomUUID(), occurredAt, sources };
}

function opening(id: string): LogBuilder {
  const log = new LogBuilder(id);
  log.open(env('2025-10-01', [WIRE]));
  log.add(
    'DemandTabled',
    { demandId: 'd1', by: 'pakistan', addressedTo: ['afghan-taliban'], text: 'Act.', category: 'security' },
    env('2025-10-02', [WIRE, DAWN]),
  );
  return log;
}

/** A rejection (weighs: a driver) with its wording, on the day given. */
function reject(log: LogBuilder, day: number, sources: readonly Source[]) {
  return log.add(
    'PositionTaken',
    {
      demandId: 'd1',
      actorId: 'afghan-taliban',
      stance: 'rejected',
      conditions: `only after round ${day}`,
      quote: `“Not on day ${day}.”`,
      speaker: { name: 'Zabihullah Mujahid', title: 'Spokesman', actorId: 'afghan-taliban' },
    },
    env(`2025-10-${String(day).padStart(2, '0')}`, sources),
  );
}

describe('the evidence of the engine views, read from the log', () => {
  let dir = '';
  let store: EventStore;
  let engine: ProjectionEngine;
  /** While set, the next readStream waits for it (the engine's read of a stream, held open). */
  let gate: Promise<void> | undefined;

  async function append(log: LogBuilder, from: number): Promise<number> {
    const events = log.entries.slice(from).map((e) => toStoredEvent(e.event));
    const result = await store.append(streamName(log.negotiationId), events, { expectedRevision: from - 1 });
    const position = result.events[result.events.length - 1]!.position;
    expect(await engine.waitFor(position)).toBe(true);
    return position;
  }

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-evidence-'));
    const sqlite = await openSqliteEventStore({ path: join(dir, 'events.db') });
    const readStream = async (...args: Parameters<EventStore['readStream']>) => {
      const page = await sqlite.readStream(...args);
      const held = gate;
      gate = undefined;
      if (held) await held;
      return page;
    };
    store = new Proxy(sqlite, {
      get(target, property) {
        if (property === 'readStream') return readStream;
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const config = loadConfig({ PARLEY_DATA_DIR: dir, PARLEY_LOG_LEVEL: 'silent' });
    engine = new ProjectionEngine(
      store,
      new SqliteSnapshotStore(join(dir, 'views.sqlite')),
      ESCALATION_MODEL_V1,
      config,
    );
    await engine.start();
  });
  afterEach(async () => {
    gate = undefined;
    await engine.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps no evidence in the states it holds and snapshots, and answers it with the views of the whole log', async () => {
    const log = opening('evidence-a');
    reject(log, 3, [BLOG]);
    await append(log, 0);

    const held = engine.state('evidence-a') as ViewState;
    expect(held.evidence).toBeUndefined();
    expect(JSON.stringify(held)).not.toContain(BLOG.url);
    expect(() => matrixView(held)).toThrow(/evidence of .* is not loaded/);

    const state = (await engine.withEvidence('evidence-a')) as ViewState;
    expect(evidenceViews(state)).toEqual(evidenceViews(foldViews(log.entries)));
    const cell = evidenceViews(state).matrix.rows[0]?.cells.find((c) => c.actorId === 'afghan-taliban');
    expect(cell).toMatchObject({ sources: [BLOG], quote: '“Not on day 3.”', conditions: 'only after round 3' });
    expect(await engine.withEvidence('no-such-talks')).toBeUndefined();
  });

  it('given the evidence read, when positions and a correction of their sources arrive, then it follows them', async () => {
    const log = opening('evidence-b');
    reject(log, 3, [BLOG]);
    await append(log, 0);
    await engine.withEvidence('evidence-b');

    let from = log.entries.length;
    const later = reject(log, 5, [DAWN]);
    await append(log, from);
    // Read synchronously, as the live views do: kept current without another read.
    expect(evidenceViews(engine.currentWithEvidence('evidence-b') as ViewState)).toEqual(
      evidenceViews(foldViews(log.entries)),
    );

    from = log.entries.length;
    log.add(
      'EventCorrected',
      { eventId: later.eventId, changes: { sources: [WIRE] }, reason: 'wrong outlet' },
      env('2025-10-07', [WIRE]),
    );
    await append(log, from);
    const corrected = engine.currentWithEvidence('evidence-b') as ViewState;
    expect(evidenceViews(corrected)).toEqual(evidenceViews(foldViews(log.entries)));
    expect(evidenceViews(corrected).matrix.rows[0]?.cells.find((c) => c.actorId === 'afghan-taliban')).toMatchObject({
      eventId: later.eventId,
      sources: [WIRE],
    });
  });

  /** Reads the negotiation's evidence with the store's read held open while `meanwhile` appends. */
  async function readWhile(negotiationId: string, meanwhile: () => Promise<void>): Promise<ViewState> {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const reading = engine.withEvidence(negotiationId);
    await meanwhile();
    open();
    return (await reading) as ViewState;
  }

  it('given positions applied while the log is being read, then the evidence includes them', async () => {
    const log = opening('evidence-c');
    reject(log, 3, [BLOG]);
    await append(log, 0);
    let during: { eventId: string } | undefined;
    const state = await readWhile('evidence-c', async () => {
      const from = log.entries.length;
      during = reject(log, 6, [DAWN]);
      await append(log, from);
    });
    expect(state.developments.map((d) => d.eventId)).toContain(during?.eventId);
    expect(evidenceViews(state)).toEqual(evidenceViews(foldViews(log.entries)));
  });

  it('given a correction applied while the log is being read, then it is read again, corrected', async () => {
    const log = opening('evidence-e');
    const first = reject(log, 3, [BLOG]);
    await append(log, 0);
    const state = await readWhile('evidence-e', async () => {
      const from = log.entries.length;
      log.add(
        'EventCorrected',
        { eventId: first.eventId, changes: { sources: [BLOG, WIRE] }, reason: 'more outlets' },
        env('2025-10-07', [WIRE]),
      );
      await append(log, from);
    });
    expect(evidenceViews(state)).toEqual(evidenceViews(foldViews(log.entries)));
    expect(evidenceViews(state).matrix.rows[0]?.cells.find((c) => c.actorId === 'afghan-taliban')).toMatchObject({
      sources: [BLOG, WIRE],
    });
  });

  it('given a negotiation never read, then the synchronous reader has nothing yet, and listeners hear of it once it is read', async () => {
    const log = opening('evidence-d');
    await append(log, 0);
    const heard = new Promise<readonly string[]>((resolve) =>
      engine.onChange(({ negotiationIds }) => resolve(negotiationIds)),
    );
    expect(engine.currentWithEvidence('evidence-d')).toBeUndefined();
    expect(await heard).toEqual(['evidence-d']);
    expect(evidenceViews(engine.currentWithEvidence('evidence-d') as ViewState)).toEqual(
      evidenceViews(foldViews(log.entries)),
    );
  });
});
