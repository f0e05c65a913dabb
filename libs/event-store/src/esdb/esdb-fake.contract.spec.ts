/**
 * The event-store contract against the in-memory fake of the EventStoreDB
 * client (testing/fake-esdb-client.ts), so the adapter is exercised end to
 * end on every `npm test`, server or not. test/esdb runs the same suite
 * against a real server when EVENTSTORE_CONNECTION_STRING is set.
 *
 * Every test runs, none skipped. Positions here are `2·L + 1` with gaps, so the
 * store does not opt into the contract's gap-free block.
 */
import { randomUUID } from 'node:crypto';
import { eventStoreContract } from '../testing/contract';
import { EsdbEventStore } from './esdb-event-store';
import { silentLogger } from './logger';
import { FakeEventStoreDB } from './testing/fake-esdb-client';

eventStoreContract('eventstoredb (in-memory fake server)', async () => {
  const server = new FakeEventStoreDB();
  // Another application's events in the same log must stay invisible.
  server.writeForeign('another-application-1');
  const store = new EsdbEventStore(server, { namespace: `contract-${randomUUID()}/`, logger: silentLogger });
  return { store };
});
