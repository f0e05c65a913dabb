export * from './port';
export * from './errors';
export { MemoryEventStore, type MemoryEventStoreOptions } from './memory/memory-event-store';
/** The name apps/api asked for; the same class. */
export { SqliteEventStore, openSqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
// The contract suite uses jest globals, so it is not re-exported here:
// import it from '@parley/event-store/testing/contract'.
/** A file of rows appended and read back by offset (the stagings' and the import's spool). */
export { SpoolFile } from './shared/staging';
