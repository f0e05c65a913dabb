/**
 * `@eventstore/db-client` (the adapter's client) next to its successor
 * `@kurrent/kurrentdb-client`, against the protocol-level test cluster
 * (test/esdb/server/): the same operations through each client's own API, and
 * the failure of issue #15 finding 3 (one connection's append stream breaks
 * while another connection's append waits for replication). Prints a
 * Markdown note and writes it into docs/EVENTSTOREDB.md between the
 * `esdb-clients` markers.
 *
 *   npm run esdb:clients
 *
 * Timings are of this machine and a test server in the same process: compare
 * the two columns, not with a real cluster.
 */
import { type ChildProcess, execSync, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EsdbTestCluster } from '../test/esdb/server/server';

const DOC = path.join(__dirname, '..', 'docs', 'EVENTSTOREDB.md');
const START = '<!-- esdb-clients:start (written by npm run esdb:clients) -->';
const END = '<!-- esdb-clients:end -->';

/** The operations both clients offer, in the shape this script needs. */
interface ClientUnderTest {
  readonly name: string;
  readonly version: string;
  append(stream: string, events: number, expected: 'any' | bigint): Promise<void>;
  readStream(stream: string): Promise<number>;
  readAll(maxCount: number): Promise<number>;
  /** Subscribes to `$all` from the start; resolves with the events seen once the server says "caught up". */
  catchUp(): Promise<number>;
  dispose(): Promise<void>;
}

function event(i: number): { id: string; type: string; data: { i: number; text: string } } {
  return { id: randomUUID(), type: 'Measured', data: { i, text: 'x'.repeat(200) } };
}

async function count(read: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of read) n++;
  return n;
}

/** Events a `$all` subscription delivers until the server says "caught up". */
function catchUp(subscription: NodeJS.EventEmitter & { unsubscribe(): Promise<void> }): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    subscription.on('data', () => n++);
    subscription.on('error', reject);
    subscription.on('caughtUp', () => void subscription.unsubscribe().then(() => resolve(n)));
  });
}

function oldClient(connectionString: string): ClientUnderTest {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EventStoreDBClient, jsonEvent } = require('@eventstore/db-client') as typeof import('@eventstore/db-client');
  const client = EventStoreDBClient.connectionString(connectionString);
  return {
    name: '@eventstore/db-client',
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    version: (require('@eventstore/db-client/package.json') as { version: string }).version,
    async append(stream, count, expected) {
      const events = Array.from({ length: count }, (_, i) => jsonEvent(event(i)));
      await client.appendToStream(stream, events, { expectedRevision: expected });
    },
    readStream: (stream) => count(client.readStream(stream)),
    readAll: (maxCount) => count(client.readAll({ maxCount })),
    catchUp: () => catchUp(client.subscribeToAll()),
    dispose: () => client.dispose(),
  };
}

/** The part of the successor's client used here (its API differs from the old one in `streamState`). */
interface KurrentClient {
  appendToStream(stream: string, events: unknown[], options: { streamState: 'any' | bigint }): Promise<unknown>;
  readStream(stream: string): AsyncIterable<unknown>;
  readAll(options: { maxCount: number }): AsyncIterable<unknown>;
  subscribeToAll(): NodeJS.EventEmitter & { unsubscribe(): Promise<void> };
  dispose(): Promise<void>;
}

function newClient(connectionString: string): ClientUnderTest {
  // Loaded by name: a devDependency for this script only; the adapter stays on @eventstore/db-client.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const kurrent = require('@kurrent/kurrentdb-client') as {
    KurrentDBClient: { connectionString(s: string): KurrentClient };
    jsonEvent(e: object): unknown;
  };
  const client = kurrent.KurrentDBClient.connectionString(connectionString);
  return {
    name: '@kurrent/kurrentdb-client',
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    version: (require('@kurrent/kurrentdb-client/package.json') as { version: string }).version,
    async append(stream, count, expected) {
      const events = Array.from({ length: count }, (_, i) => kurrent.jsonEvent(event(i)));
      await client.appendToStream(stream, events, { streamState: expected });
    },
    readStream: (stream) => count(client.readStream(stream)),
    readAll: (maxCount) => count(client.readAll({ maxCount })),
    catchUp: () => catchUp(client.subscribeToAll()),
    dispose: () => client.dispose(),
  };
}

type Factory = (connectionString: string) => ClientUnderTest;

interface Figures {
  name: string;
  version: string;
  sequentialAppendMs: number;
  concurrentAppendsPerS: number;
  readStreamMs: number;
  readAllMs: number;
  catchUpMs: number;
  lateReply: string;
}

/**
 * The test cluster runs in the parent process, the client under test in a child: both clients register their generated
 * protobuf classes in one global namespace, and the successor's (a `ReadResp.CaughtUp` with a timestamp) replace the old
 * client's — which the test server serialises with — in a shared process. The child drives the cluster over IPC.
 */
interface RemoteCluster {
  connectionString(): string;
  holdReplication(ms: number, stream: string): Promise<void>;
  breakAppends(connectionName: string): Promise<void>;
  stop(): Promise<void>;
}

let requests = 0;
function ask<T>(message: Record<string, unknown>): Promise<T> {
  const id = ++requests;
  return new Promise((resolve) => {
    const onMessage = (reply: { id: number; value: T }): void => {
      if (reply.id !== id) return;
      process.off('message', onMessage);
      resolve(reply.value);
    };
    process.on('message', onMessage);
    process.send?.({ ...message, id });
  });
}

async function remoteCluster(nodes: number): Promise<RemoteCluster> {
  const { clusterId, connectionString } = await ask<{ clusterId: number; connectionString: string }>({
    type: 'start',
    nodes,
  });
  return {
    connectionString: () => connectionString,
    holdReplication: (ms, stream) => ask({ type: 'hold', clusterId, ms, stream }),
    breakAppends: (connectionName) => ask({ type: 'break', clusterId, connectionName }),
    stop: () => ask({ type: 'stop', clusterId }),
  };
}

/** The parent's side: runs clusters for a child. */
function serveClusters(child: ChildProcess): void {
  const clusters = new Map<number, EsdbTestCluster>();
  child.on('message', (message: { id: number; type: string; clusterId: number; [key: string]: unknown }) => {
    void (async () => {
      let value: unknown;
      const cluster = clusters.get(message.clusterId);
      if (message.type === 'start') {
        const started = await EsdbTestCluster.start({ nodes: message['nodes'] as number });
        clusters.set(message.id, started);
        value = { clusterId: message.id, connectionString: started.connectionString() };
      } else if (message.type === 'hold') {
        const stream = message['stream'] as string;
        cluster?.log.holdReplication(message['ms'] as number, (name) => name === stream);
      } else if (message.type === 'break') {
        cluster?.breakAppends(message['connectionName'] as string);
      } else if (message.type === 'stop') {
        await cluster?.stop();
        clusters.delete(message.clusterId);
      }
      child.send({ id: message.id, value });
    })();
  });
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Issue #15, finding 3: client Y's append stream breaks while client X's append waits for replication. */
async function lateReply(factory: Factory): Promise<string> {
  const cluster = await remoteCluster(1);
  const strays: string[] = [];
  const onStray = (error: unknown): void => {
    strays.push(error instanceof Error ? error.name : String(error));
  };
  process.on('uncaughtException', onStray);
  process.on('unhandledRejection', onStray);
  const x = factory(`${cluster.connectionString()}&connectionName=x`);
  const y = factory(`${cluster.connectionString()}&connectionName=y`);
  try {
    await x.append('warm-x', 1, 'any');
    await y.append('warm-y', 1, 'any');
    await cluster.holdReplication(100, 'held');
    const outcome = x.append('held', 1, 'any').then(
      () => 'acknowledged',
      (error: unknown) => `rejected (${(error as Error).message})`,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    await cluster.breakAppends('y');
    const result = await outcome;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Does the connection still work afterwards?
    const after = await Promise.race([
      x.append('after', 1, 'any').then(() => 'works'),
      new Promise<string>((resolve) => setTimeout(() => resolve('hangs'), 3000)),
    ]);
    return `X's append ${result}; ${strays.length === 0 ? 'nothing thrown later' : `then ${strays.join(', ')} thrown outside any call`}; X's next append ${after}`;
  } finally {
    process.off('uncaughtException', onStray);
    process.off('unhandledRejection', onStray);
    await Promise.race([Promise.all([x.dispose(), y.dispose()]), new Promise((r) => setTimeout(r, 2000))]);
    await cluster.stop();
  }
}

async function measure(factory: Factory): Promise<Figures> {
  const cluster = await remoteCluster(3);
  const client = factory(cluster.connectionString());
  try {
    await client.append('warm-up', 1, 'any');
    const sequential = 300;
    const sequentialMs = await timed(async () => {
      for (let i = 0; i < sequential; i++)
        await client.append('sequential', 1, BigInt(i - 1) < 0n ? 'any' : BigInt(i - 1));
    });
    const concurrent = 300;
    const concurrentMs = await timed(() =>
      Promise.all(Array.from({ length: concurrent }, (_, i) => client.append(`concurrent-${i}`, 2, 'any'))),
    );
    const readStreamMs = await timed(async () => {
      if ((await client.readStream('sequential')) !== sequential) throw new Error('readStream lost events');
    });
    const readAllMs = await timed(() => client.readAll(1000));
    const catchUpMs = await timed(() => client.catchUp());
    return {
      name: client.name,
      version: client.version,
      sequentialAppendMs: sequentialMs / sequential,
      concurrentAppendsPerS: (concurrent / concurrentMs) * 1000,
      readStreamMs,
      readAllMs,
      catchUpMs,
      lateReply: await lateReply(factory),
    };
  } finally {
    await client.dispose();
    await cluster.stop();
  }
}

function note(figures: readonly Figures[]): string {
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const row = (label: string, value: (f: Figures) => string): string =>
    `| ${label} | ${figures.map(value).join(' | ')} |`;
  return [
    START,
    '',
    `Run ${new Date().toISOString().slice(0, 10)} at commit ${commit} against the three-node test cluster (the cluster in one process, the client in another; this machine).`,
    '',
    `| | ${figures.map((f) => `\`${f.name}\` ${f.version}`).join(' | ')} |`,
    `| --- | ${figures.map(() => '---').join(' | ')} |`,
    row('one-event append, sequential (expected revision)', (f) => `${f.sequentialAppendMs.toFixed(2)} ms`),
    row('two-event appends, 300 at once', (f) => `${Math.round(f.concurrentAppendsPerS)} appends/s`),
    row('read a 300-event stream', (f) => `${f.readStreamMs.toFixed(1)} ms`),
    row('read 1,000 records of `$all`', (f) => `${f.readAllMs.toFixed(1)} ms`),
    row('`$all` subscription from the start to "caught up"', (f) => `${f.catchUpMs.toFixed(1)} ms`),
    row("another connection's append stream breaks mid-append (finding 3)", (f) => f.lateReply),
    '',
    END,
  ].join('\n');
}

function measureInChild(which: 'old' | 'new'): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--only', which], {
      cwd: path.join(__dirname, '..'),
      execArgv: ['-r', '@swc-node/register'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    serveClusters(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`measuring ${which}: exit code ${code}`));
      resolve(JSON.parse(output.trim().split('\n').pop() as string) as Figures);
    });
  });
}

async function main(): Promise<void> {
  const only = process.argv.indexOf('--only');
  if (only >= 0) {
    const figures = await measure(process.argv[only + 1] === 'new' ? newClient : oldClient);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    process.disconnect?.();
    return;
  }
  const text = note([await measureInChild('old'), await measureInChild('new')]);
  process.stdout.write(`${text}\n`);
  const doc = fs.readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/EVENTSTOREDB.md has no ${START} … ${END} section`);
  fs.writeFileSync(DOC, `${doc.slice(0, start)}${text}${doc.slice(end + END.length)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
