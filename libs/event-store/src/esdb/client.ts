/**
 * The part of `EventStoreDBClient` the adapter uses. Naming it keeps the
 * adapter honest about its dependencies and lets tests hand in a fake of
 * exactly this surface.
 */
import type { EventStoreDBClient } from '@eventstore/db-client';

export type EsdbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;
