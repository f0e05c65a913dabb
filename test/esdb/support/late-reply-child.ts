/**
 * Run as a child process by late-reply.spec.ts (an uncaught exception must be
 * able to end it without ending jest). Two `@eventstore/db-client` clients
 * with their default batch appends, in one process, on one test cluster:
 * client X's append waits for replication while client Y's append stream
 * breaks. The client rejects X's append along with Y's (its table of pending
 * batch appends is module-global), and X's reply, arriving later, throws a
 * `TypeError` inside the client — an uncaught exception. (The adapter sends
 * unary appends and never meets this; the guard is for what else a client
 * library may throw.) With `--guard`, the API's process guards are installed
 * first.
 *
 * Prints one JSON line — what X's append got, whether X's event is stored,
 * what the guard logged — and exits 0.
 */
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { installProcessGuards } from '../../../apps/api/src/process-guards';
import { EsdbTestCluster } from '../server/server';

async function main(): Promise<void> {
  const logged: string[] = [];
  if (process.argv.includes('--guard')) installProcessGuards({ error: (message) => logged.push(message) });
  const cluster = await EsdbTestCluster.start();
  const x = EventStoreDBClient.connectionString(`${cluster.connectionString()}&connectionName=x`);
  const y = EventStoreDBClient.connectionString(`${cluster.connectionString()}&connectionName=y`);
  await x.appendToStream('warm-x', jsonEvent({ type: 'Warm', data: {} }));
  await y.appendToStream('warm-y', jsonEvent({ type: 'Warm', data: {} }));
  const id = randomUUID();
  cluster.log.holdReplication(100, (stream) => stream === 'held');
  const appended = x.appendToStream('held', jsonEvent({ id, type: 'Held', data: {} })).then(
    () => 'acknowledged',
    (error: unknown) => `rejected: ${(error as Error).message}`,
  );
  // Y's stream breaks while X's event is waiting for replication.
  await new Promise((resolve) => setTimeout(resolve, 30));
  cluster.breakAppends('y');
  const outcome = await appended;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const stored = cluster.log.stream('held')?.some((record) => record.id === id) ?? false;
  process.stdout.write(`${JSON.stringify({ outcome, stored, logged })}\n`);
  await Promise.all([x.dispose(), y.dispose()]);
  await cluster.stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(2);
  },
);
