import { effectiveEvents, resolveLog, toEffectiveEvent } from './effective-events';
import { LogBuilder, ms, SOURCE } from './testing/builders';
import { parseTime } from '@parley/domain';

const ids = (events: ReturnType<typeof effectiveEvents>) => events.map((e) => e.event.eventId);
const P = { name: 'Khawaja Asif', actorId: 'pakistan' };

function statement(log: LogBuilder, occurredAt: string, extra: { recordedAt?: string; eventId?: string } = {}) {
  return log.add(
    'StatementMade',
    { speaker: P, tone: 'warning', summary: `said on ${occurredAt}` },
    { occurredAt, ...extra },
  );
}

describe('occurredAt as an instant', () => {
  it('date-only = 00:00 UTC, month-only = the 1st 00:00 UTC, date-time keeps its zone', () => {
    expect(parseTime('2025-10-12')?.instant).toBe(Date.UTC(2025, 9, 12));
    expect(parseTime('2025-11')?.instant).toBe(Date.UTC(2025, 10, 1));
    expect(parseTime('2025-10-12T10:00:00+05:00')?.instant).toBe(Date.UTC(2025, 9, 12, 5));
    expect(parseTime('2025-10-12T10:00Z')?.instant).toBe(Date.UTC(2025, 9, 12, 10));
  });

  it('refuses what is not a date (no zone, day 31 of a 30-day month, month 13)', () => {
    expect(parseTime('2025-10-12T10:00:00')).toBeUndefined();
    expect(parseTime('2025-11-31')).toBeUndefined();
    expect(parseTime('2025-13')).toBeUndefined();
    expect(parseTime('yesterday')).toBeUndefined();
  });
});

describe('effective events', () => {
  it('given a backdated event recorded last, then it lands in occurredAt order', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-01');
    statement(log, '2025-10-20');
    statement(log, '2025-10-10'); // recorded last, happened in between
    expect(ids(effectiveEvents(log.entries))).toEqual(['ev-1', 'ev-3', 'ev-2']);
  });

  it('given events on the same instant, then log order breaks the tie (whatever the input order)', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-10');
    statement(log, '2025-10-10T00:00:00Z');
    statement(log, '2025-10-09');
    expect(ids(effectiveEvents([...log.entries].reverse()))).toEqual(['ev-3', 'ev-1', 'ev-2']);
  });

  it('given at, then events that occurred later are left out (at is inclusive)', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-01');
    statement(log, '2025-10-10');
    statement(log, '2025-11'); // = 2025-11-01T00:00Z
    expect(ids(effectiveEvents(log.entries, { at: ms('2025-10-10') }))).toEqual(['ev-1', 'ev-2']);
    expect(ids(effectiveEvents(log.entries, { at: ms('2025-10-31T23:59:59Z') }))).toEqual(['ev-1', 'ev-2']);
    expect(ids(effectiveEvents(log.entries, { at: ms('2025-11-01') }))).toEqual(['ev-1', 'ev-2', 'ev-3']);
  });

  it('given knownAt, then events recorded later are left out, even if they occurred earlier', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-10', { recordedAt: '2025-10-10T12:00:00Z' });
    statement(log, '2025-10-05', { recordedAt: '2025-10-15T12:00:00Z' }); // backdated, learned on the 15th
    expect(ids(effectiveEvents(log.entries, { knownAt: ms('2025-10-12') }))).toEqual(['ev-1']);
    expect(ids(effectiveEvents(log.entries, { knownAt: ms('2025-10-15T12:00:00Z') }))).toEqual(['ev-2', 'ev-1']);
  });

  it('given a retraction, then the retracted event disappears; known only later, it is still there before', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-01', { recordedAt: '2025-10-01T10:00:00Z' });
    statement(log, '2025-10-02', { recordedAt: '2025-10-02T10:00:00Z' });
    log.add(
      'EventRetracted',
      { eventId: 'ev-1', reason: 'fabricated quote' },
      { occurredAt: '2025-10-03', recordedAt: '2025-10-03T10:00:00Z' },
    );
    expect(ids(effectiveEvents(log.entries))).toEqual(['ev-2']);
    expect(ids(effectiveEvents(log.entries, { knownAt: ms('2025-10-02T23:00:00Z') }))).toEqual(['ev-1', 'ev-2']);
  });

  it('given a correction, then it applies whatever its own occurredAt, as soon as it is known', () => {
    const log = new LogBuilder();
    log.add(
      'IncidentReported',
      { incidentId: 'i1', kind: 'clash', description: 'first report' },
      { occurredAt: '2025-10-11', recordedAt: '2025-10-11T10:00:00Z' },
    );
    log.add(
      'EventCorrected',
      { eventId: 'ev-1', changes: { data: { kind: 'airstrike' } }, reason: 'it was an airstrike' },
      { occurredAt: '2025-10-20', recordedAt: '2025-10-20T10:00:00Z' },
    );
    // at the 12th (before the correction "occurred"), as known now: corrected
    const [now] = effectiveEvents(log.entries, { at: ms('2025-10-12') });
    expect(now?.event).toMatchObject({
      type: 'IncidentReported',
      data: { kind: 'airstrike', description: 'first report' },
    });
    // as known on the 15th: not yet corrected
    const [then] = effectiveEvents(log.entries, { at: ms('2025-10-12'), knownAt: ms('2025-10-15') });
    expect(then?.event.data).toMatchObject({ kind: 'clash' });
  });

  it('given several corrections, then they apply in log order: envelope replaced, data merged shallowly, null clears', () => {
    const log = new LogBuilder();
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r1', label: 'Doha', venue: 'Doha', plannedFor: '2025-10-18' },
      { occurredAt: '2025-10-15' },
    );
    log.add('EventCorrected', {
      eventId: 'ev-1',
      changes: { data: { label: 'Doha round 1', venue: 'Qatar' } },
      reason: 'name',
    });
    log.add('EventCorrected', {
      eventId: 'ev-1',
      changes: { data: { venue: null }, sources: [{ title: 'Better source', credibility: 2 }], note: 'checked' },
      reason: 'venue unknown',
    });
    const [round] = effectiveEvents(log.entries);
    expect(round?.event).toMatchObject({
      data: { roundId: 'r1', label: 'Doha round 1', plannedFor: '2025-10-18' },
      note: 'checked',
      sources: [{ title: 'Better source' }],
    });
    expect(round?.event.data).not.toHaveProperty('venue');
  });

  it('given a correction of the occurrence key, then the event reports that occurrence (the envelope field, not data)', () => {
    const log = new LogBuilder();
    log.add(
      'MediationAction',
      { mediator: 'qatar', action: 'requested-pause', summary: 'asked for a pause' },
      { occurrence: 'pause-a' },
    );
    log.add('EventCorrected', {
      eventId: 'ev-1',
      changes: { occurrence: 'pause-12-oct' },
      reason: 'one joint request',
    });
    const [request] = effectiveEvents(log.entries);
    expect(request?.event.occurrence).toBe('pause-12-oct');
    expect(request?.event.data).not.toHaveProperty('occurrence');
  });

  it('given a correction of occurredAt, then the event moves (and at filters by the corrected date); precision follows the new form', () => {
    const log = new LogBuilder();
    statement(log, '2025-11');
    statement(log, '2025-10-20');
    log.add('EventCorrected', { eventId: 'ev-1', changes: { occurredAt: '2025-10-09' }, reason: 'exact date found' });
    const events = effectiveEvents(log.entries);
    expect(ids(events)).toEqual(['ev-1', 'ev-2']);
    expect(events[0]?.event).toMatchObject({ occurredAt: '2025-10-09', precision: 'day' });
    expect(events[0]?.instant).toBe(ms('2025-10-09'));
    expect(ids(effectiveEvents(log.entries, { at: ms('2025-10-10') }))).toEqual(['ev-1']);
  });

  it('given a retracted correction, then the correction does not apply (the timeline still lists it, flagged)', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-01');
    log.add('EventCorrected', { eventId: 'ev-1', changes: { data: { tone: 'threat' } }, reason: 'stronger' });
    log.add('EventRetracted', { eventId: 'ev-2', reason: 'the correction was wrong' });
    const [event] = effectiveEvents(log.entries);
    expect(event?.event.data).toMatchObject({ tone: 'warning' });
    const [resolved] = resolveLog(log.entries);
    expect(resolved?.corrections).toEqual([expect.objectContaining({ eventId: 'ev-2', withdrawn: true })]);
    expect(resolved?.retraction).toBeNull();
  });

  it('given a retraction of a retraction, then the event is back', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-01');
    log.add('EventRetracted', { eventId: 'ev-1', reason: 'doubt' });
    log.add('EventRetracted', { eventId: 'ev-2', reason: 'doubt dispelled' });
    expect(ids(effectiveEvents(log.entries))).toEqual(['ev-1']);
    // …and a retraction of that withdraws the un-retraction: retracted again
    log.add('EventRetracted', { eventId: 'ev-3', reason: 'doubt is back' });
    expect(ids(effectiveEvents(log.entries))).toEqual([]);
  });

  it('given the same event id twice (a replayed append), then it counts once', () => {
    const log = new LogBuilder();
    statement(log, '2025-10-01', { eventId: 'same' });
    statement(log, '2025-10-05', { eventId: 'same' });
    const events = effectiveEvents(log.entries);
    expect(events).toHaveLength(1);
    expect(events[0]?.event.occurredAt).toBe('2025-10-01');
  });

  it('toEffectiveEvent refuses corrections (they are not developments)', () => {
    const log = new LogBuilder();
    log.add('EventRetracted', { eventId: 'x', reason: 'r' }, { sources: [SOURCE] });
    expect(() => toEffectiveEvent(log.entries[0]!)).toThrow(TypeError);
  });
});
