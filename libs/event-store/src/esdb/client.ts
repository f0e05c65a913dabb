/**
 * The part of `EventStoreDBClient` the adapter uses. Naming it keeps the
 * adapter honest about its dependencies and lets tests hand in a fake of
 * exactly this surface.
 */
import { ANY, type EventStoreDBClient } from '@eventstore/db-client';
import { append } from '@eventstore/db-client/dist/streams/appendToStream/append';

export type EsdbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'
>;

/**
 * The client, with every append sent as its own unary `Streams.Append` call.
 *
 * `appendToStream` of `@eventstore/db-client` 6.2.1 prefers `BatchAppend`
 * (one long-lived stream per connection) and keeps the pending appends of
 * all those streams in one module-global table. Seen against the test
 * cluster (test/esdb): when one batch stream fails — a broken connection, a
 * leader change — every pending append of every stream is rejected, writes
 * that are in fact being stored included; the reply that later arrives for
 * one of them finds no entry, throws a `TypeError` from the stream's data
 * handler (an uncaught exception, fatal by default), and that stream never
 * delivers another reply, so every later append on the connection hangs.
 *
 * A unary call carries its own reply and its own error, with the client's
 * default deadline; the client's reconnection logic (NotLeader, UNAVAILABLE)
 * runs for it the same way. The unary path is the client's own (it uses it
 * when a call passes credentials, or on servers without `BatchAppend`).
 */
export function withUnaryAppends(client: EventStoreDBClient): EsdbClient {
  return {
    appendToStream: (streamName, events, { expectedRevision = ANY, batchAppendSize = 0, ...options } = {}) =>
      // `batchAppendSize` only means something to BatchAppend.
      append.call(client, streamName, Array.isArray(events) ? events : [events], {
        expectedRevision,
        batchAppendSize,
        ...options,
      }),
    readStream: (...args) => client.readStream(...args),
    readAll: (...args) => client.readAll(...args),
    subscribeToAll: (...args) => client.subscribeToAll(...args),
    dispose: () => client.dispose(),
  };
}
