/**
 * Where a log lives, as the migrate command's `--from` / `--to` name it:
 *
 *   sqlite:./data/parley.sqlite          the embedded store (a file; created if missing)
 *   esdb://localhost:2113?tls=false      EventStoreDB / KurrentDB (any connection string, see docs/EVENTSTOREDB.md)
 *   esdb+discover://user:pass@host:2113
 *   memory:                              an empty in-memory store (tests, dry runs)
 */
import { resolve } from 'node:path';
import { MemoryEventStore, openSqliteEventStore, type EventStore } from '@parley/event-store';
import { redactConnectionString } from '@parley/event-store/esdb/connection-string';

export type StoreSpec =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'eventstoredb'; readonly connectionString: string }
  | { readonly kind: 'memory' };

export class StoreSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreSpecError';
  }
}

export function parseStoreSpec(spec: string): StoreSpec {
  const value = spec.trim();
  if (/^esdb(\+discover)?:\/\//i.test(value)) return { kind: 'eventstoredb', connectionString: value };
  if (value === 'memory' || value === 'memory:') return { kind: 'memory' };
  const sqlite = /^sqlite:(?:\/\/)?(.+)$/i.exec(value);
  if (sqlite !== null) {
    const path = (sqlite[1] as string).trim();
    if (path === ':memory:') throw new StoreSpecError('sqlite::memory: is not a log to move; use memory:');
    return { kind: 'sqlite', path: resolve(path) };
  }
  throw new StoreSpecError(
    `cannot tell which store "${value}" is: use sqlite:<file>, esdb://<host>:<port>?tls=…, esdb+discover://… or memory:`,
  );
}

/** How a store is named in messages and in the checkpoint file: never with its password. */
export function describeStore(spec: StoreSpec): string {
  switch (spec.kind) {
    case 'sqlite':
      return `sqlite:${spec.path}`;
    case 'memory':
      return 'memory:';
    case 'eventstoredb':
      return redactConnectionString(spec.connectionString);
  }
}

/** Two specs naming the same log (copying a log onto itself would only report "all skipped"). */
export function sameStore(a: StoreSpec, b: StoreSpec): boolean {
  if (a.kind === 'memory' || b.kind === 'memory') return false;
  return describeStore(a) === describeStore(b);
}

export async function openStore(spec: StoreSpec): Promise<EventStore> {
  switch (spec.kind) {
    case 'sqlite':
      return openSqliteEventStore({ path: spec.path });
    case 'memory':
      return new MemoryEventStore();
    case 'eventstoredb': {
      // Loaded only when asked for: the gRPC client is heavy and SQLite-only setups never need it.
      const { openEsdbEventStore } = await import('@parley/event-store/esdb/esdb-event-store');
      const { consoleLogger } = await import('@parley/event-store/esdb/logger');
      return openEsdbEventStore({
        connectionString: spec.connectionString,
        // Its "connected" line would go to stdout, where the summary goes.
        logger: { ...consoleLogger, info: () => undefined },
      });
    }
  }
}
