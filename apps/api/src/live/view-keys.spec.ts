/**
 * When the live stream counts a view as changed: not when only the clock
 * moved it a little, yes when a reader would see a difference.
 */
import { escalationView, ESCALATION_MODEL_V1, foldViews, matrixView, statusView } from '@parley/projections';
import { DAY, LogBuilder, ms } from '@parley/projections/testing/builders';
import { escalationKey, matrixKey, statusKey } from './view-keys';

const T = ms('2025-10-12T12:00:00Z');
const MINUTE = 60_000;

function clashLog(): LogBuilder {
  const log = new LogBuilder();
  log.open({ occurredAt: '2025-09-01' });
  log.add(
    'IncidentReported',
    { incidentId: 'border-clash', kind: 'clash', description: 'Border posts attacked.' },
    { occurredAt: '2025-10-11' },
  );
  return log;
}

const views = (log: LogBuilder, at: number) => {
  const state = foldViews(log.entries, {}, ESCALATION_MODEL_V1);
  return {
    status: statusView(state, at, ESCALATION_MODEL_V1),
    matrix: matrixView(state),
    escalation: escalationView(state, at, ESCALATION_MODEL_V1),
  };
};

describe('live view keys', () => {
  it('ignore a minute of decay: the JSON differs, the keys do not', () => {
    const log = clashLog();
    const [a, b] = [views(log, T), views(log, T + MINUTE)];
    expect(a.escalation.index).not.toBe(b.escalation.index);
    expect(JSON.stringify(a.status)).not.toBe(JSON.stringify(b.status));
    expect(statusKey(a.status)).toBe(statusKey(b.status));
    expect(escalationKey(a.escalation)).toBe(escalationKey(b.escalation));
    expect(matrixKey(a.matrix)).toBe(matrixKey(b.matrix));
  });

  it('see decay once the index moves by a tenth (or the level or trend changes)', () => {
    const log = clashLog();
    const [a, b] = [views(log, T), views(log, T + 10 * DAY)];
    expect(Math.abs(a.escalation.index - b.escalation.index)).toBeGreaterThan(0.1);
    expect(statusKey(a.status)).not.toBe(statusKey(b.status));
    expect(escalationKey(a.escalation)).not.toBe(escalationKey(b.escalation));
  });

  it('see a new development at once', () => {
    const log = clashLog();
    const before = views(log, T);
    log.add(
      'TalksRoundScheduled',
      { roundId: 'doha-1', label: 'Doha round', venue: 'Doha', hosts: ['qatar'], plannedFor: '2025-10-18' },
      { occurredAt: '2025-10-12' },
    );
    const after = views(log, T);
    expect(statusKey(after.status)).not.toBe(statusKey(before.status));
  });
});
