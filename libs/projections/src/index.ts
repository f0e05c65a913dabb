/**
 * @parley/projections — pure views over a negotiation's events: bi-temporal
 * effective events, the folded view state (incremental or full fold), status,
 * demand-acceptance matrix (+ CSV), escalation model v1 (view + series),
 * timeline and changes. No Nest, no store, no clock: T is always a parameter.
 * And the projection engine (`engine/`) that keeps every negotiation's views
 * folded in memory from the store's subscription: a plain class that knows the
 * store by its port only (types from `@parley/event-store`), hosted by the app.
 */
export * from './errors';
export * from './known-at';
export * from './escalation-model';
export * from './effective-events';
export * from './own';
export * from './view-state';
export * from './escalation';
export * from './summary';
export * from './active-period';
export * from './status-view';
export * from './matrix-view';
export * from './escalation-view';
export * from './escalation-series';
export * from './timeline-view';
export * from './changes-view';
export * from './thin-evidence';
export * from './brief';
export * from './escalation-v2';
export * from './escalation-facts';
export * from './calibration';
export * from './portfolio';
export * from './engine/snapshot-store';
export * from './engine/snapshot-rows';
export * from './engine/projection-engine';
export * from './evidence';
