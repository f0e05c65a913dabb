/**
 * The event-store contract against a real EventStoreDB / KurrentDB.
 *
 *   docker compose up -d kurrentdb-1 kurrentdb-2 kurrentdb-3
 *   EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false npm test -- test/esdb
 *
 * Each test gets a store in a fresh namespace (a random stream prefix), so a
 * shared or long-lived server looks empty to every test and runs never see
 * each other. Without EVENTSTORE_CONNECTION_STRING the suite is reported as
 * skipped — never as passed.
 */
import { randomUUID } from 'node:crypto';
import { openEsdbEventStore } from '@parley/event-store/esdb/esdb-event-store';
import { silentLogger } from '@parley/event-store/esdb/logger';
import { eventStoreContract } from '@parley/event-store/testing/contract';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  // Positions are `2·L + 1`, with gaps: no `gapFreePositions`, and nothing skipped.
  eventStoreContract('eventstoredb', async () => {
    const store = await openEsdbEventStore({
      connectionString,
      namespace: `parley-contract-${randomUUID()}/`,
      logger: silentLogger,
      subscriptionBackoff: { initialMs: 50, maxMs: 1_000 },
    });
    return { store };
  });
} else {
  // Written straight to stderr: jest drops console output of a suite whose tests are all skipped.
  process.stderr.write(
    '\nEventStoreDB contract suite SKIPPED: set EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false to run it ' +
      '(docker compose up -d kurrentdb-1 kurrentdb-2 kurrentdb-3 starts a local cluster).\n',
  );
  describe.skip('eventstoredb: event store contract (EVENTSTORE_CONNECTION_STRING is not set)', () => {
    it('runs the event store contract against a real EventStoreDB', () => undefined);
  });
}
