import { toEffectiveEvent, type LogEntry } from './effective-events';
import { ESCALATION_MODEL_V1 } from './escalation-model';
import { matrixView } from './matrix-view';
import { statusView } from './status-view';
import { LogBuilder, ms, TEST_NEGOTIATION } from './testing/builders';
import { applyEvent, emptyViewState, foldViews, needsRefold, VIEW_STATE_SCHEMA, type ViewState } from './view-state';

function negotiation() {
  const log = new LogBuilder();
  log.open({ occurredAt: '2025-10-01' });
  log.add(
    'DemandTabled',
    {
      demandId: 'd1',
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'Act against the TTP',
      category: 'security',
    },
    { occurredAt: '2025-10-18' },
  );
  log.add(
    'PositionTaken',
    { demandId: 'd1', actorId: 'afghan-taliban', stance: 'conditional' },
    { occurredAt: '2025-10-19' },
  );
  return log;
}

/** What the engine does: apply when it can, refold when it must. */
function engine(entries: readonly LogEntry[]): { state: ViewState; refolds: number } {
  let state = emptyViewState(TEST_NEGOTIATION);
  let refolds = 0;
  entries.forEach((entry, i) => {
    if (needsRefold(state, entry)) {
      refolds++;
      state = foldViews(entries.slice(0, i + 1));
    } else {
      state = applyEvent(state, entry);
    }
  });
  return { state, refolds };
}

describe('view state', () => {
  it('starts empty, named and versioned', () => {
    expect(emptyViewState('x')).toMatchObject({
      schema: VIEW_STATE_SCHEMA,
      negotiationId: 'x',
      foldVersion: 'cameo-1',
      developments: [],
      last: null,
    });
  });

  it('given events in fold order, then applying them one by one equals the fold, without a refold', () => {
    const log = negotiation();
    const { state, refolds } = engine(log.entries);
    expect(refolds).toBe(0);
    expect(state).toEqual(foldViews(log.entries));
  });

  it('needsRefold: a correction, a retraction, a backdated event or an earlier log position on the same instant', () => {
    const log = negotiation();
    const state = foldViews(log.entries);
    const later = new LogBuilder();
    const add = (occurredAt: string, position: number) =>
      later.add(
        'StatementMade',
        { speaker: { name: 's', actorId: 'pakistan' }, tone: 'neutral', summary: 's' },
        { occurredAt, position, eventId: `s-${position}` },
      );
    add('2025-10-20', 10);
    add('2025-10-19', 11);
    add('2025-10-19', 2);
    later.add('EventCorrected', { eventId: 'ev-2', changes: { note: 'n' }, reason: 'r' }, { position: 12 });
    later.add('EventRetracted', { eventId: 'ev-2', reason: 'r' }, { position: 13 });
    expect(later.entries.map((e) => needsRefold(state, e))).toEqual([false, false, true, true, true]);
  });

  it('given a backdated event, then the engine refolds and ends where the fold does', () => {
    const log = negotiation();
    log.add(
      'PositionTaken',
      { demandId: 'd1', actorId: 'afghan-taliban', stance: 'rejected' },
      { occurredAt: '2025-10-18T12:00:00Z' },
    );
    const { state, refolds } = engine(log.entries);
    expect(refolds).toBe(1);
    expect(state).toEqual(foldViews(log.entries));
    expect(matrixView(state).rows[0]?.cells[1]?.value).toBe('conditional');
  });

  it('applyEvent leaves its input state untouched', () => {
    const log = negotiation();
    const before = foldViews(log.entries.slice(0, 2));
    const snapshot = JSON.parse(JSON.stringify(before));
    const after = applyEvent(before, log.entries[2] as LogEntry);
    expect(before).toEqual(snapshot);
    expect(after).not.toEqual(before);
  });

  it('applying an id already applied changes nothing', () => {
    const log = negotiation();
    const state = foldViews(log.entries);
    expect(applyEvent(state, toEffectiveEvent(log.entries[2] as LogEntry))).toBe(state);
    expect(needsRefold(state, log.entries[0] as LogEntry)).toBe(false);
  });

  it('is plain JSON: a round trip gives an equal state that answers the same', () => {
    const log = negotiation();
    const state = foldViews(log.entries);
    const copy = JSON.parse(JSON.stringify(state)) as ViewState;
    expect(copy).toEqual(state);
    expect(statusView(copy, ms('2025-10-20'))).toEqual(statusView(state, ms('2025-10-20')));
  });

  it('keeps ids like __proto__ and constructor as data', () => {
    const log = new LogBuilder();
    log.open({ occurredAt: '2025-10-01' });
    log.add(
      'DemandTabled',
      { demandId: '__proto__', by: 'pakistan', addressedTo: ['constructor'], text: 't', category: 'security' },
      { occurredAt: '2025-10-02' },
    );
    log.add(
      'PositionTaken',
      { demandId: '__proto__', actorId: 'constructor', stance: 'accepted' },
      { occurredAt: '2025-10-03' },
    );
    const state = JSON.parse(JSON.stringify(foldViews(log.entries))) as ViewState;
    const m = matrixView(state);
    expect(m.rows.map((r) => [r.demandId, r.consensus])).toEqual([['__proto__', 'agreed']]);
    expect(Object.getPrototypeOf(state.demands)).toBe(Object.prototype);
  });

  it('refuses to mix models: a state folded with v1 cannot take events under another version', () => {
    const log = negotiation();
    expect(() =>
      applyEvent(emptyViewState('x'), log.entries[0] as LogEntry, {
        ...ESCALATION_MODEL_V1,
        version: 'v9',
        foldVersion: 'cameo-9',
      }),
    ).toThrow(expect.objectContaining({ code: 'model-mismatch' }));
  });
});
