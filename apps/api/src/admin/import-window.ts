/**
 * Events an import appends per write transaction, unless `PARLEY_IMPORT_WINDOW`
 * says otherwise. A window's cost is mostly the index pages it dirties — a
 * log of random ids (v4, as the bench's) takes one page of the `id` index per
 * event until a window covers its pages; ids the service made (v7) sort by
 * time and take far fewer — written to the WAL and fsynced at its commit: at 1M
 * events 20,000 per window took 18 µs of CPU per event where 5,000 took 27 µs
 * (bench/README.md), each window holding the store's write lock ≈ 0.5 s, as
 * 5,000 did before the staging. Every other writer waits for a window.
 */
export const IMPORT_WINDOW = 20_000;
