import fc from 'fast-check';
import { isCorrectionEvent, toEffectiveEvent, type LogEntry } from './effective-events';
import { TEST_NEGOTIATION } from './testing/builders';
import { negotiationLogArb, reorderedLogsArb } from './testing/arbitraries';
import { stringPool } from './string-pool';
import {
  applyEvent,
  draftViewState,
  emptyViewState,
  foldViews,
  needsRefold,
  type ViewState,
  type ViewStateDraft,
} from './view-state';

/** The engine one event at a time: applyEvent, or a refold when it must. */
function oneByOne(entries: readonly LogEntry[]): ViewState {
  let state = emptyViewState(TEST_NEGOTIATION);
  entries.forEach((entry, i) => {
    state = needsRefold(state, entry) ? foldViews(entries.slice(0, i + 1)) : applyEvent(state, entry);
  });
  return state;
}

/**
 * The engine by batches, as ProjectionEngine.applyInto does it: one draft per batch, a refold ends the batch's
 * drafting. `rebuild`: as a rebuild does it, one draft kept from batch to batch until a refold replaces the state.
 */
function byBatches(
  entries: readonly LogEntry[],
  cuts: readonly number[],
  mode: 'shared' | 'owned' | 'transient' | 'rebuild',
): { state: ViewState; untouched: boolean } {
  const owned = mode !== 'shared';
  const transient = mode === 'transient' || mode === 'rebuild';
  // A rebuild's: one pool for every batch, entities its own.
  const pool = transient ? stringPool() : undefined;
  let state = emptyViewState(TEST_NEGOTIATION);
  let kept: ViewStateDraft | undefined;
  let untouched = true;
  let from = 0;
  for (const size of [...cuts, entries.length]) {
    const batch = entries.slice(from, from + Math.max(1, size));
    if (batch.length === 0) break;
    from += batch.length;
    const before = JSON.stringify(state);
    const draft = kept ?? draftViewState(state, undefined, { owned, transient, ...(pool && { pool }) });
    if (mode === 'rebuild') kept = draft;
    let refold = false;
    for (const entry of batch) {
      if (isCorrectionEvent(entry.event)) {
        refold = true;
        break;
      }
      const effective = toEffectiveEvent(entry);
      if (needsRefold(draft.state, effective)) {
        refold = true;
        break;
      }
      draft.apply(effective);
    }
    if (!owned && JSON.stringify(state) !== before) untouched = false;
    if (refold) kept = undefined;
    state = refold ? foldViews(entries.slice(0, from), pool && { pool }) : draft.state;
  }
  return { state, untouched };
}

describe('draftViewState', () => {
  const logs = fc.oneof(
    negotiationLogArb({ maxSteps: 60 }),
    reorderedLogsArb({ maxSteps: 60 }).map(({ reordered }) => reordered),
  );
  const cuts = fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 30 });

  it('given any log cut into batches, then a draft per batch gives the state applyEvent gives event by event, and leaves the shared state alone', () => {
    fc.assert(
      fc.property(logs, cuts, (entries, sizes) => {
        const expected = oneByOne(entries);
        const shared = byBatches(entries, sizes, 'shared');
        expect(shared.state).toEqual(expected);
        expect(shared.untouched).toBe(true);
        expect(byBatches(entries, sizes, 'owned').state).toEqual(expected);
        // A rebuild's drafts: entities edited in place, strings shared through one pool; the same state.
        expect(byBatches(entries, sizes, 'transient').state).toEqual(expected);
        // A rebuild keeps each draft for its next batches: still the same state.
        expect(byBatches(entries, sizes, 'rebuild').state).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
