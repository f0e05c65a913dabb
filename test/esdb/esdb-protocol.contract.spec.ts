/**
 * The event-store contract through the real `@eventstore/db-client`, over
 * gRPC on 127.0.0.1, against the protocol-level test cluster
 * (`server/server.ts`): on every `npm test`, no Docker needed. Three nodes;
 * the client discovers the leader through gossip, as in production. A fresh
 * cluster per test keeps `$all` short (the adapter filters its namespace
 * client-side, so every `readAll` reads the whole log).
 */
import { randomUUID } from 'node:crypto';
import { openEsdbEventStore } from '@parley/event-store/esdb/esdb-event-store';
import { silentLogger } from '@parley/event-store/esdb/logger';
import { eventStoreContract } from '@parley/event-store/testing/contract';
import { EsdbTestCluster } from './server/server';

eventStoreContract('eventstoredb (real client, protocol-level test cluster)', async () => {
  const cluster = await EsdbTestCluster.start({ nodes: 3 });
  // Another application's events in the same log must stay invisible.
  cluster.log.writeForeign('another-application-1');
  const store = await openEsdbEventStore({
    connectionString: cluster.connectionString(),
    namespace: `contract-${randomUUID()}/`,
    logger: silentLogger,
    subscriptionBackoff: { initialMs: 20, maxMs: 200 },
  });
  return { store, cleanup: () => cluster.stop() };
});
