import fc from 'fast-check';
import { effectiveEvents, type LogEntry } from './effective-events';
import { readingAt } from './escalation';
import { ESCALATION_MODEL_V1, ESCALATION_MODEL_V2 } from './escalation-model';
import { escalationSeries } from './escalation-series';
import { escalationView } from './escalation-view';
import { matrixCsv, matrixView } from './matrix-view';
import { statusView } from './status-view';
import { DAY, TEST_NEGOTIATION } from './testing/builders';
import {
  GENERATED_END,
  GENERATED_START,
  negotiationLogArb,
  recordedAtOfPosition,
  reorderedLogsArb,
} from './testing/arbitraries';
import { timelineView } from './timeline-view';
import { toInstant, type Actor, type ActorRole } from '@parley/domain';
import { applyEvent, emptyViewState, foldViews, needsRefold, type LaterNames, type ViewState } from './view-state';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Everything a client can see of a state at T, under both escalation models. */
function views(state: ViewState, T: number) {
  const matrix = matrixView(state);
  return {
    status: statusView(state, T),
    matrix,
    csv: matrixCsv(matrix),
    ...Object.fromEntries(
      [ESCALATION_MODEL_V1, ESCALATION_MODEL_V2].map((model) => [
        model.version,
        {
          status: statusView(state, T, model).escalation,
          escalation: escalationView(state, T, model, { drivers: 10 }),
          series: escalationSeries(state, GENERATED_START, GENERATED_END, 7 * DAY, model),
        },
      ]),
    ),
  };
}

const atArb = fc.integer({ min: GENERATED_START - 2 * DAY, max: GENERATED_END });

describe('properties', () => {
  it('(a) the engine — apply when needsRefold says it may, refold otherwise — always holds the full fold', () => {
    fc.assert(
      fc.property(negotiationLogArb(), (entries) => {
        let state = emptyViewState(TEST_NEGOTIATION);
        entries.forEach((entry, i) => {
          // Frozen: applyEvent must not touch the state it is given (a write would throw in strict mode).
          state = needsRefold(state, entry) ? foldViews(entries.slice(0, i + 1)) : applyEvent(deepFreeze(state), entry);
          expect(state).toEqual(foldViews(entries.slice(0, i + 1)));
        });
        expect(views(state, GENERATED_END)).toEqual(views(foldViews(entries), GENERATED_END));
      }),
      { numRuns: 150 },
    );
  });

  it('(b) the same events recorded in any order (corrections after their targets) give the same status, matrix and escalation', () => {
    fc.assert(
      fc.property(reorderedLogsArb({ distinctInstants: true }), atArb, ({ entries, reordered }, at) => {
        expect(views(foldViews(reordered), GENERATED_END)).toEqual(views(foldViews(entries), GENERATED_END));
        expect(views(foldViews(reordered, { at }), at)).toEqual(views(foldViews(entries, { at }), at));
        const items = (log: LogEntry[]) =>
          timelineView(log, { at }).items.map((i) => ({
            ...i,
            corrections: i.corrections.map((c) => ({ ...c, position: 0 })),
            retracted: i.retracted && { ...i.retracted, position: 0 },
          }));
        expect(items(reordered)).toEqual(items(entries));
      }),
      { numRuns: 100 },
    );
  });

  it('(c) a view at at / knownAt equals the view computed from the events pre-filtered by hand', () => {
    fc.assert(
      fc.property(negotiationLogArb(), atArb, fc.nat(60), (entries, at, cut) => {
        const knownAt = recordedAtOfPosition(cut);
        const known = entries.filter((e) => toInstant(e.event.recordedAt) <= knownAt);
        const direct = foldViews(entries, { at, knownAt, negotiationId: TEST_NEGOTIATION });
        const prefiltered = foldViews(known, { at, negotiationId: TEST_NEGOTIATION });
        // by hand: the effective events known at K, occurred by T, applied one by one in fold order
        let byHand = emptyViewState(TEST_NEGOTIATION);
        for (const e of effectiveEvents(known)) if (e.instant <= at) byHand = applyEvent(byHand, e);
        // … and what occurred after T, known at K, still names the negotiation and its actors (first name wins)
        const laterNames: Mutable<LaterNames> = { negotiation: null, actors: {}, actorOrder: [] };
        const name = (a: Actor, role: ActorRole) => {
          if (a.id in laterNames.actors) return;
          laterNames.actorOrder = [...laterNames.actorOrder, a.id];
          laterNames.actors = { ...laterNames.actors, [a.id]: { ...a, aliases: a.aliases ?? [], role } };
        };
        for (const { event, instant } of effectiveEvents(known)) {
          if (instant <= at) continue;
          if (event.type === 'NegotiationOpened') {
            const { title, subject, parties, mediators } = event.data;
            laterNames.negotiation ??= {
              title,
              subject,
              parties: parties.map((a) => a.id),
              mediators: mediators.map((a) => a.id),
            };
            for (const a of parties) name(a, 'party');
            for (const a of mediators) name(a, 'mediator');
          } else if (event.type === 'ActorRegistered') name(event.data.actor, event.data.role);
        }
        byHand = { ...byHand, laterNames };
        expect(views(direct, at)).toEqual(views(prefiltered, at));
        expect(views(direct, at)).toEqual(views(byHand, at));
        expect(timelineView(entries, { at, knownAt }).items).toEqual(timelineView(known, { at }).items);
      }),
      { numRuns: 100 },
    );
  });

  it('the state is plain JSON at every step', () => {
    fc.assert(
      fc.property(negotiationLogArb(), (entries) => {
        const state = foldViews(entries);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { numRuns: 50 },
    );
  });

  it('the series (one decaying sweep) equals the index computed point by point', () => {
    fc.assert(
      fc.property(
        negotiationLogArb(),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 10 * DAY }),
        (entries, count, stepMs) => {
          const state = foldViews(entries);
          const from = GENERATED_START - DAY;
          const series = escalationSeries(state, from, from + (count - 1) * stepMs, stepMs, ESCALATION_MODEL_V1);
          expect(series.points).toHaveLength(count);
          series.points.forEach((p, i) => {
            const r = readingAt(state, from + i * stepMs, ESCALATION_MODEL_V1);
            expect(p.conflict).toBeCloseTo(r.conflict, 9);
            expect(p.cooperation).toBeCloseTo(r.cooperation, 9);
            expect(p.index).toBeCloseTo(r.index, 9);
            expect(p.level).toBe(r.level);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([ESCALATION_MODEL_V1, ESCALATION_MODEL_V2])(
    'the escalation index stays in [0, 100) and the level matches the band ($version)',
    (model) => {
      fc.assert(
        fc.property(negotiationLogArb(), atArb, (entries, at) => {
          const v = escalationView(foldViews(entries), at, model);
          expect(v.index).toBeGreaterThanOrEqual(0);
          expect(v.index).toBeLessThan(100);
          expect(v.net).toBeCloseTo(Math.max(0, v.conflict - v.cooperation), 9);
          const expected = v.index < 10 ? 1 : v.index < 30 ? 2 : v.index < 50 ? 3 : v.index < 75 ? 4 : 5;
          expect(v.level).toBe(expected);
        }),
        { numRuns: 100 },
      );
    },
  );
});
