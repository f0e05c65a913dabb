/**
 * Events an import appends per write transaction, unless `PARLEY_IMPORT_WINDOW`
 * says otherwise. A window's cost is mostly the index pages it dirties — ids
 * are random, so the `id` index takes one page per event until a window
 * covers its pages — written to the WAL and fsynced at its commit: at 1M
 * events 20,000 per window took 18 µs of CPU per event where 5,000 took 27 µs
 * (bench/README.md), each window holding the store's write lock ≈ 0.5 s, as
 * 5,000 did before the staging. Every other writer waits for a window.
 */
export const IMPORT_WINDOW = 20_000;
