/**
 * Thin evidence: a stance, a driver or a reason that rests on one source, or
 * only on sources graded below C3, says so — in the matrix's cells and in
 * the escalation view's drivers and reasons (both models).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventDataByType, Source } from '@parley/domain';
import type { LogEntry } from './effective-events';
import { ESCALATION_MODEL_V1, ESCALATION_MODEL_V2 } from './escalation-model';
import { escalationView } from './escalation-view';
import { matrixView } from './matrix-view';
import { DAY, entriesOfJsonl, LogBuilder, ms } from './testing/builders';
import { gradedC3OrBetter, thinEvidence } from './thin-evidence';
import { foldViews } from './view-state';

const src = (publisher: string, grade?: string, url = `https://example.org/${publisher}`): Source => ({
  title: `${publisher} report`,
  publisher,
  url,
  ...(grade
    ? { reliability: grade[0] as Source['reliability'], credibility: Number(grade[1]) as Source['credibility'] }
    : {}),
});

describe('thinEvidence: which sources make a judgement thin', () => {
  it('C3 or better means reliability A–C and credibility 1–3 together', () => {
    expect(['A1', 'B2', 'C3'].map((g) => gradedC3OrBetter(src('x', g)))).toEqual([true, true, true]);
    expect(['D1', 'C4', 'A6', 'F3'].map((g) => gradedC3OrBetter(src('x', g)))).toEqual([false, false, false, false]);
    expect(gradedC3OrBetter(src('x'))).toBe(false);
  });

  it('given two sources, one of them C3 or better, then it is not thin', () => {
    expect(thinEvidence([src('Dawn', 'B2'), src('Blog', 'F3')])).toBeNull();
  });

  it('given one source graded C3 or better, then "one source only"', () => {
    expect(thinEvidence([src('Dawn', 'B2')])).toEqual({ reason: 'single-source', text: 'one source only' });
  });

  it('given several sources none graded C3 or better (or ungraded), then "only sources graded below C3"', () => {
    expect(thinEvidence([src('Blog', 'F3'), src('Tabloid', 'D4'), src('Wire')])).toEqual({
      reason: 'below-c3',
      text: 'only sources graded below C3',
    });
  });

  it('given one source below C3, then below-c3 wins and the sentence says both', () => {
    expect(thinEvidence([src('Blog', 'F3')])).toEqual({ reason: 'below-c3', text: 'one source only, graded below C3' });
  });

  it('given the same report cited twice (same URL), then it counts once', () => {
    expect(thinEvidence([src('Dawn', 'B2'), { ...src('Dawn', 'B2'), title: 'Dawn (copy)' }])?.reason).toBe(
      'single-source',
    );
  });
});

describe('thin evidence in the matrix', () => {
  it('marks each cell by the sources of its latest stance, the proposer cell by the tabling, and no-position not at all', () => {
    const l = new LogBuilder();
    l.open({ occurredAt: '2025-10-01' });
    l.add(
      'DemandTabled',
      {
        demandId: 'd1',
        by: 'pakistan',
        addressedTo: ['afghan-taliban', 'turkiye'],
        text: 'Act against the TTP',
        category: 'security',
      },
      { occurredAt: '2025-10-02', sources: [src('Dawn', 'B2'), src('Reuters', 'A2')] },
    );
    l.add(
      'PositionTaken',
      { demandId: 'd1', actorId: 'afghan-taliban', stance: 'accepted' },
      { occurredAt: '2025-10-03', sources: [src('Dawn', 'B2'), src('Reuters', 'A2')] },
    );
    l.add(
      'PositionTaken',
      { demandId: 'd1', actorId: 'afghan-taliban', stance: 'rejected' },
      { occurredAt: '2025-10-04', sources: [src('Blog', 'F3')] },
    );
    l.add(
      'PositionTaken',
      { demandId: 'd1', actorId: 'qatar', stance: 'accepted' },
      { occurredAt: '2025-10-04', sources: [src('Al Jazeera', 'B2')] },
    );
    const m = matrixView(foldViews(l.entries));
    const cell = (actorId: string) => m.rows[0]!.cells.find((c) => c.actorId === actorId)!;
    expect(cell('pakistan')).toMatchObject({ value: 'proposer', thinEvidence: null });
    expect(cell('afghan-taliban')).toMatchObject({
      value: 'rejected',
      thinEvidence: { reason: 'below-c3', text: 'one source only, graded below C3' },
    });
    expect(cell('qatar').thinEvidence).toEqual({ reason: 'single-source', text: 'one source only' });
    expect(cell('turkiye')).toMatchObject({ value: 'no-position', thinEvidence: null });
  });
});

describe('thin evidence in the escalation view', () => {
  const T = ms('2025-11-01T12:00:00Z');
  const daysBefore = (days: number) => new Date(T - days * DAY).toISOString();
  let n = 0;
  const strike = (l: LogBuilder, days: number, sources: Source[], occurrence?: string) =>
    l.add(
      'IncidentReported',
      {
        incidentId: `i${++n}`,
        kind: 'airstrike',
        description: 'strike',
        perpetrator: 'pakistan',
        allegedBy: 'afghan-taliban',
      } as EventDataByType['IncidentReported'],
      { occurredAt: daysBefore(days), sources, ...(occurrence ? { occurrence } : {}) },
    );

  it('v1: a driver resting on one source says so; one with two graded sources does not', () => {
    const l = new LogBuilder();
    l.open({ occurredAt: '2025-06-01' });
    const thin = strike(l, 1, [src('Dawn', 'B2')]);
    const solid = strike(l, 2, [src('Dawn', 'B2', 'https://example.org/2'), src('Reuters', 'A2')]);
    const v = escalationView(foldViews(l.entries, { at: T }), T, ESCALATION_MODEL_V1, { drivers: 10 });
    const driver = (id: string) => v.drivers.find((d) => d.eventId === id)!;
    expect(driver(thin.eventId).thinEvidence).toEqual({ reason: 'single-source', text: 'one source only' });
    expect(driver(solid.eventId).thinEvidence).toBeNull();
  });

  it('v2: a driver counts the sources of every record of its occurrence, and a reason those of every event behind it', () => {
    const l = new LogBuilder();
    l.open({ occurredAt: '2025-06-01' });
    strike(l, 1, [src('Blog', 'F3')], 'kabul-strike');
    strike(l, 1, [src('Reuters', 'A2')], 'kabul-strike');
    const v = escalationView(foldViews(l.entries, { at: T }), T, ESCALATION_MODEL_V2, { drivers: 10 });
    expect(v.drivers).toHaveLength(1);
    expect(v.drivers[0]!.eventIds).toHaveLength(2);
    expect(v.drivers[0]!.thinEvidence).toBeNull();
    expect(v.reasons[0]).toMatchObject({ rule: 'armed-action', thinEvidence: null });

    const thin = new LogBuilder();
    thin.open({ occurredAt: '2025-06-01' });
    strike(thin, 1, [src('Blog', 'F3')]);
    const w = escalationView(foldViews(thin.entries, { at: T }), T, ESCALATION_MODEL_V2, { drivers: 10 });
    expect(w.reasons[0]).toMatchObject({
      rule: 'armed-action',
      thinEvidence: { reason: 'below-c3', text: 'one source only, graded below C3' },
    });
    expect(w.pair?.reasons[0]?.thinEvidence?.reason).toBe('below-c3');
    expect(w.drivers[0]!.thinEvidence?.reason).toBe('below-c3');
  });

  it('a reason that rests on no event (nothing happened in the windows) carries no thin-evidence note: it cites no source at all', () => {
    const l = new LogBuilder();
    l.open({ occurredAt: '2025-06-01', sources: [src('Dawn', 'B2')] });
    for (const model of [ESCALATION_MODEL_V2, ESCALATION_MODEL_V1]) {
      const v = escalationView(foldViews(l.entries, { at: T }), T, model, { drivers: 10 });
      for (const reason of [...(v.reasons ?? []), ...(v.pair?.reasons ?? [])]) {
        expect(reason.eventIds).toEqual([]);
        expect(reason.thinEvidence).toBeNull();
      }
    }
  });
});

const EXAMPLE = join(__dirname, '../../../examples/pakistan-afghanistan-2025.jsonl');

(existsSync(EXAMPLE) ? describe : describe.skip)('thin evidence on the example case', () => {
  const entries: LogEntry[] = existsSync(EXAMPLE) ? entriesOfJsonl(readFileSync(EXAMPLE, 'utf8')) : [];

  it('every reason of every day rests on sources the view has, so "below C3" never means "sources unknown"', () => {
    const state = foldViews(entries);
    const byId = new Map(state.developments.map((r) => [r.eventId, r]));
    let reasons = 0;
    for (let t = ms('2025-10-08'); t <= ms('2025-12-01'); t += DAY) {
      const v = escalationView(foldViews(entries, { at: t }), t, ESCALATION_MODEL_V2);
      for (const r of v.reasons) {
        reasons++;
        // The sources the view keeps for a development that weighs something (the only ones a reason rests on).
        const weighs = (id: string) => (byId.get(id)?.g ?? 0) !== 0;
        const sources = r.eventIds.filter(weighs).flatMap((id) => state.evidence?.[id]?.sources ?? []);
        expect({ rule: r.rule, at: new Date(t).toISOString(), sources: sources.length > 0 }).toMatchObject({
          sources: true,
        });
        expect(r.thinEvidence).toEqual(thinEvidence(sources));
      }
    }
    expect(reasons).toBeGreaterThan(50);
  });

  it('marks the Taliban rejection of the handover demand (one blog copy graded F3), not a stance two C2 reports carry', () => {
    const m = matrixView(foldViews(entries, { at: ms('2025-11-30') }));
    const cell = (demandId: string, actorId: string) =>
      m.rows.find((r) => r.demandId === demandId)?.cells.find((c) => c.actorId === actorId);
    expect(cell('pak-handover-of-wanted-militants', 'afghan-taliban')).toMatchObject({
      value: 'rejected',
      thinEvidence: { reason: 'below-c3' },
    });
    expect(cell('pak-verifiable-action-against-ttp', 'afghan-taliban')).toMatchObject({
      value: 'conditional',
      thinEvidence: { reason: 'single-source' },
    });
    expect(cell('pak-no-attacks-from-afghan-soil', 'afghan-taliban')).toMatchObject({
      value: 'accepted-in-principle',
      thinEvidence: null,
    });
  });
});
