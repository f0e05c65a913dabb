/**
 * Escalation model v1, hand-computed. Notation: g weight, c confidence,
 * a age in days, decay 2^(−a/14), index = 100·net/(net+15).
 */
import type { Source } from '@parley/domain';
import { MAX_SERIES_POINTS, escalationSeries } from './escalation-series';
import { escalationView } from './escalation-view';
import { ProjectionQueryError } from './errors';
import { ESCALATION_MODEL_V1, ESCALATION_MODEL_V2 } from './escalation-model';
import { DAY, LogBuilder, ms } from './testing/builders';
import { foldViews } from './view-state';

const T = ms('2025-11-01');
const daysBefore = (days: number) => new Date(T - days * DAY).toISOString();
const graded = (credibility: Source['credibility']): Source[] => [{ title: 'graded', credibility }];
const SPEAKER = { name: 'Khawaja Asif', actorId: 'pakistan' };

function log() {
  const l = new LogBuilder();
  l.open({ occurredAt: '2025-09-01' }); // no code: weighs nothing
  return l;
}
function clash(l: LogBuilder, days: number, extra: { sources?: Source[]; cameo?: string } = {}) {
  return l.add(
    'IncidentReported',
    { incidentId: `i${days}`, kind: 'clash', description: 'clash' },
    { occurredAt: daysBefore(days), ...extra },
  );
}
function statement(
  l: LogBuilder,
  tone: 'warning' | 'neutral' | 'critical',
  days: number,
  extra: { sources?: Source[]; cameo?: string } = {},
) {
  return l.add(
    'StatementMade',
    { speaker: SPEAKER, tone, summary: `a ${tone} statement` },
    { occurredAt: daysBefore(days), ...extra },
  );
}
const view = (l: LogBuilder, at = T, knownAt?: number) =>
  escalationView(foldViews(l.entries, { at, knownAt }), at, ESCALATION_MODEL_V1);

describe('escalation: hand-computed index', () => {
  it('given no weighted event, then index 0, level 1 cooperative', () => {
    expect(view(log())).toMatchObject({
      index: 0,
      level: 1,
      levelName: 'cooperative',
      conflict: 0,
      cooperation: 0,
      net: 0,
      modelVersion: 'v1',
      drivers: [],
    });
  });

  it('given one clash today, then 40 (coercive)', () => {
    // conflict = 10·1·1 = 10; net 10; index = 1000/25 = 40
    const l = log();
    clash(l, 0);
    expect(view(l)).toMatchObject({
      conflict: 10,
      cooperation: 0,
      net: 10,
      index: 40,
      level: 3,
      levelName: 'coercive',
    });
  });

  it('given the clash 14 days ago, then half: 25 (strained); 28 days ago, a quarter: 14.285714', () => {
    // a = 14: decay 0.5 → conflict 5 → 500/20 = 25
    const l14 = log();
    clash(l14, 14);
    expect(view(l14).index).toBeCloseTo(25, 6);
    expect(view(l14).level).toBe(2);
    // a = 28: decay 0.25 → conflict 2.5 → 250/17.5 = 14.2857142857
    const l28 = log();
    clash(l28, 28);
    expect(view(l28).index).toBeCloseTo(14.285714285714, 6);
  });

  it('given several events of both signs and ages, then the sums and the index', () => {
    const l = log();
    clash(l, 0); //                                                    −10 · 1 · 1    = −10
    l.add(
      'CeasefireDeclared',
      { ceasefireId: 'c1', parties: [], duration: 'indefinite' },
      { occurredAt: daysBefore(14) },
    ); // +9 · 1 · 0.5 = +4.5
    l.add(
      'UltimatumIssued',
      { ultimatumId: 'u1', by: 'pakistan', to: [], demandIds: [], consequences: 'c' },
      { occurredAt: daysBefore(28) },
    ); // −7 · 1 · 0.25 = −1.75
    // conflict 11.75, cooperation 4.5, net 7.25, index 725/22.25 = 32.584269662921
    const v = view(l);
    expect(v.conflict).toBeCloseTo(11.75, 6);
    expect(v.cooperation).toBeCloseTo(4.5, 6);
    expect(v.net).toBeCloseTo(7.25, 6);
    expect(v.index).toBeCloseTo(32.584269662921, 6);
    expect(v.level).toBe(3);
  });

  it('given more cooperation than conflict, then net is 0, not negative', () => {
    const l = log();
    clash(l, 14); // 5
    l.add(
      'AgreementReached',
      { agreementId: 'a', kind: 'ceasefire', provisions: [], signatories: [], textPublic: true },
      { occurredAt: daysBefore(0) },
    ); // +8
    expect(view(l)).toMatchObject({ net: 0, index: 0, level: 1 });
  });

  it('given an event after T, then it is excluded (age < 0)', () => {
    const l = log();
    clash(l, -1);
    expect(escalationView(foldViews(l.entries), T, ESCALATION_MODEL_V1).index).toBe(0);
  });

  it('given a credibility grade, then c scales it: grade 3 airstrike → 600/21 = 28.571429; ungraded + grade 4 → 400/19 = 21.052632', () => {
    const l3 = log();
    l3.add(
      'IncidentReported',
      { incidentId: 'a', kind: 'airstrike', description: 'x' },
      { occurredAt: daysBefore(0), sources: graded(3) },
    ); // −10 · 0.6
    expect(view(l3).index).toBeCloseTo(28.571428571429, 6);
    const l4 = log();
    clash(l4, 0, { sources: [{ title: 'ungraded' }, ...graded(4)] }); // −10 · 0.4 (ungraded does not lift it)
    expect(view(l4).index).toBeCloseTo(21.052631578947, 6);
    const l6 = log();
    clash(l6, 0, { sources: graded(6) }); // −10 · 0.5 = −5 → 500/20 = 25
    expect(view(l6).index).toBeCloseTo(25, 6);
  });

  it('given an analyst cameo, then it replaces the default: a neutral statement (010, 0) coded 195 → 40', () => {
    const l = log();
    statement(l, 'neutral', 0);
    expect(view(l).index).toBe(0);
    const coded = log();
    statement(coded, 'neutral', 0, { cameo: '195' });
    expect(view(coded).index).toBeCloseTo(40, 6);
    expect(view(coded).drivers[0]).toMatchObject({ code: '195', codeSource: 'analyst', g: -10 });
  });

  it('given an unknown analyst code on a clash, then it weighs nothing (the default does not come back)', () => {
    const l = log();
    clash(l, 0, { cameo: '999' });
    expect(view(l).index).toBe(0);
  });

  it('given a retracted clash, then it counts nothing — as known before the retraction, it counted', () => {
    const l = log();
    clash(l, 0);
    l.add(
      'EventRetracted',
      { eventId: 'ev-2', reason: 'did not happen' },
      { occurredAt: daysBefore(0), recordedAt: '2026-02-01T00:00:00Z' },
    );
    expect(view(l).index).toBe(0);
    expect(view(l, T, ms('2026-01-15')).index).toBe(40);
  });

  it('given a correction of the tone, then the corrected weight counts: warning 22.680412 → military threat 31.818182', () => {
    const l = log();
    statement(l, 'warning', 0); // 130: −4.4 → 440/19.4 = 22.680412371134
    l.add(
      'EventCorrected',
      { eventId: 'ev-2', changes: { data: { tone: 'military-threat' } }, reason: 'mistranslated' },
      { recordedAt: '2026-02-01T00:00:00Z' },
    );
    // 138: −7 → 700/22 = 31.818181818182
    expect(view(l).index).toBeCloseTo(31.818181818182, 6);
    expect(view(l).level).toBe(3);
    expect(view(l, T, ms('2026-01-15')).index).toBeCloseTo(22.680412371134, 6);
  });

  it('given a correction of the date, then the age follows: clash moved 14 days back → 25', () => {
    const l = log();
    clash(l, 0);
    l.add('EventCorrected', { eventId: 'ev-2', changes: { occurredAt: daysBefore(14) }, reason: 'earlier' });
    expect(view(l).index).toBeCloseTo(25, 6);
  });
});

describe('escalation: level band boundaries from events', () => {
  const cases: Array<[string, (l: LogBuilder) => void, number, number]> = [
    // clash c .2 (grade 5) = 2, minus optimistic comment 013 (+0.4) → net 1.6 → 160/16.6
    [
      'net 1.6 → 9.638554 (level 1)',
      (l) => (clash(l, 0, { sources: graded(5) }), statement(l, 'neutral', 0, { cameo: '013' })),
      9.638554216867,
      1,
    ],
    // warning −4.4 · 0.4 (grade 4) → 1.76 → 176/16.76
    ['net 1.76 → 10.501193 (level 2)', (l) => statement(l, 'warning', 0, { sources: graded(4) }), 10.501193317422, 2],
    // clash c .6 = 6, pessimistic comment 012 (−0.4) → 6.4 → 640/21.4
    [
      'net 6.4 → 29.906542 (level 2)',
      (l) => (clash(l, 0, { sources: graded(3) }), statement(l, 'neutral', 0, { cameo: '012' })),
      29.906542056075,
      2,
    ],
    // protest 14 (−6.5) → 650/21.5
    ['net 6.5 → 30.232558 (level 3)', (l) => statement(l, 'neutral', 0, { cameo: '14' }), 30.232558139535, 3],
    // clash −10 + "reduce relations" 10 (−5) → 15, minus 013 (+0.4) → 14.6 → 1460/29.6
    [
      'net 14.6 → 49.324324 (level 3)',
      (l) => (clash(l, 0), statement(l, 'neutral', 0, { cameo: '10' }), statement(l, 'neutral', 0, { cameo: '013' })),
      49.324324324324,
      3,
    ],
    // clash −10 + 10 (−5) → net 15 exactly → 1500/30 = 50
    ['net 15 → exactly 50 (level 4)', (l) => (clash(l, 0), statement(l, 'neutral', 0, { cameo: '10' })), 50, 4],
    // four clashes + 10 (−5) → 45, minus 013 → 44.6 → 4460/59.6
    [
      'net 44.6 → 74.832215 (level 4)',
      (l) => (
        [0, 0, 0, 0].forEach(() => clash(l, 0)),
        statement(l, 'neutral', 0, { cameo: '10' }),
        statement(l, 'neutral', 0, { cameo: '013' })
      ),
      74.832214765101,
      4,
    ],
    // four clashes + 10 (−5) → net 45 exactly → 4500/60 = 75
    [
      'net 45 → exactly 75 (level 5)',
      (l) => ([0, 0, 0, 0].forEach(() => clash(l, 0)), statement(l, 'neutral', 0, { cameo: '10' })),
      75,
      5,
    ],
  ];

  it.each(cases)('%s', (_label, build, index, level) => {
    const l = log();
    build(l);
    const v = view(l);
    expect(v.index).toBeCloseTo(index, 6);
    expect(v.level).toBe(level);
  });
});

describe('escalation: trend over 7 days', () => {
  it('rising: a clash yesterday — 38.817842 now, 0 a week ago', () => {
    // a = 1: decay 2^(−1/14) = 0.951695153 → conflict 9.51695153 → 951.695153/24.51695153 = 38.817842089
    const l = log();
    clash(l, 1);
    const v = view(l);
    expect(v.index).toBeCloseTo(38.81784208946, 6);
    expect(v.trend).toEqual({ direction: 'rising', delta: v.index, indexBefore: 0, windowDays: 7 });
  });

  it('falling: a clash 10 days ago — 28.893333 now, 36.493765 a week ago', () => {
    // a = 10: 2^(−10/14) = 0.609506827 → 609.51/21.095 = 28.893332758; a = 3: 2^(−3/14) = 0.861972821 → 36.493765444
    const l = log();
    clash(l, 10);
    const v = view(l);
    expect(v.index).toBeCloseTo(28.893332757756, 6);
    expect(v.trend.indexBefore).toBeCloseTo(36.493765444427, 6);
    expect(v.trend.delta).toBeCloseTo(-7.60043268667, 6);
    expect(v.trend.direction).toBe('falling');
  });

  it('steady: an old clash fading slowly — 3.305094 now, 4.610983 a week ago (−1.3)', () => {
    const l = log();
    clash(l, 60);
    const v = view(l);
    expect(v.index).toBeCloseTo(3.305093763808, 6);
    expect(v.trend.delta).toBeCloseTo(-1.305889623258, 6);
    expect(v.trend.direction).toBe('steady');
  });
});

describe('escalation: drivers', () => {
  it('lists the largest |g·c·decay| first, with code, name, g, c, decay, contribution and sources', () => {
    const l = log();
    clash(l, 14); // −10·1·0.5 = −5
    l.add(
      'CeasefireDeclared',
      { ceasefireId: 'c1', parties: [], duration: 'indefinite' },
      { occurredAt: daysBefore(0), sources: graded(2) },
    ); // +9·0.8·1 = +7.2
    statement(l, 'critical', 0); // −2
    statement(l, 'neutral', 0); // 0: not a driver
    const v = view(l);
    expect(v.drivers.map((d) => [d.eventId, d.contribution])).toEqual([
      ['ev-3', 7.2],
      ['ev-2', -5],
      ['ev-4', -2],
    ]);
    expect(v.drivers[1]).toMatchObject({
      type: 'IncidentReported',
      code: '190',
      codeSource: 'default',
      codeName: 'Use conventional military force',
      g: -10,
      c: 1,
      decay: 0.5,
      ageDays: 14,
      occurredAt: daysBefore(14),
      summary: 'Clash',
      sources: [{ title: 'Wire report' }],
    });
    expect(
      escalationView(foldViews(l.entries, { at: T }), T, ESCALATION_MODEL_V1, { drivers: 1 }).drivers,
    ).toHaveLength(1);
  });
});

describe('escalation: series', () => {
  it('samples the index from..to at the step, with markers for the developments in range', () => {
    const l = log();
    clash(l, 14);
    statement(l, 'neutral', 3);
    const state = foldViews(l.entries);
    const s = escalationSeries(state, T - 14 * DAY, T, 7 * DAY, ESCALATION_MODEL_V1);
    // t = −14d: a = 0 → 40; t = −7d: a = 7 → 10·2^(−0.5) = 7.0710678 → 707.10678/22.0710678 = 32.037724; t = 0: a = 14 → 25
    expect(s.points.map((p) => p.t)).toEqual([daysBefore(14), daysBefore(7), daysBefore(0)]);
    expect(s.points[0]).toMatchObject({ index: 40, level: 3, conflict: 10, cooperation: 0 });
    expect(s.points[1]?.index).toBeCloseTo(32.037724, 5);
    expect(s.points[2]?.index).toBeCloseTo(25, 6);
    expect(s.markers).toEqual([
      { eventId: 'ev-2', type: 'IncidentReported', occurredAt: daysBefore(14), g: -10, summary: 'Clash' },
      {
        eventId: 'ev-3',
        type: 'StatementMade',
        occurredAt: daysBefore(3),
        g: 0,
        summary: 'Khawaja Asif, neutral: a neutral statement',
      },
    ]);
    expect(s.modelVersion).toBe('v1');
  });

  it(`refuses more than ${MAX_SERIES_POINTS} points, a non-positive step and a reversed range with a typed error`, () => {
    const state = foldViews(log().entries);
    expect(() => escalationSeries(state, 0, MAX_SERIES_POINTS - 1, 1)).not.toThrow();
    const tooLong = () => escalationSeries(state, 0, MAX_SERIES_POINTS, 1);
    expect(tooLong).toThrow(ProjectionQueryError);
    expect(tooLong).toThrow(expect.objectContaining({ code: 'series-too-long', kind: 'invalid' }));
    expect(() => escalationSeries(state, 0, 10, 0)).toThrow(expect.objectContaining({ code: 'invalid-step' }));
    expect(() => escalationSeries(state, 10, 0, 1)).toThrow(expect.objectContaining({ code: 'invalid-range' }));
    expect(() => escalationSeries(state, 0, Number.POSITIVE_INFINITY, DAY)).toThrow(
      expect.objectContaining({ code: 'invalid-time' }),
    );
  });

  it('refuses a state folded with other tables (codes, weights, confidence)', () => {
    const state = foldViews(log().entries);
    const other = { ...ESCALATION_MODEL_V1, version: 'v9', foldVersion: 'cameo-9' };
    expect(() => escalationSeries(state, 0, 1, 1, other)).toThrow(expect.objectContaining({ code: 'model-mismatch' }));
    expect(() => escalationView(state, 0, other)).toThrow(expect.objectContaining({ code: 'model-mismatch' }));
    // folded with those tables, it answers under that model and says so
    expect(escalationView(foldViews(log().entries, {}, other), 0, other).modelVersion).toBe('v9');
  });

  it('answers v1 and v2 from one folded state: they share the fold tables', () => {
    const l = log();
    clash(l, 1);
    const state = foldViews(l.entries);
    expect(escalationView(state, T, ESCALATION_MODEL_V1).modelVersion).toBe('v1');
    expect(escalationView(state, T, ESCALATION_MODEL_V2).modelVersion).toBe('v2');
    expect(escalationSeries(state, T - DAY, T, DAY, ESCALATION_MODEL_V2).modelVersion).toBe('v2');
  });
});
