/**
 * Measures an EventStoreDB failover and writes the figures into
 * docs/RELIABILITY.md (between the `esdb-failover` markers): the
 * protocol-level test cluster's three nodes, two API instances, writers
 * retrying through either one, an SSE client per instance, the leader killed
 * once 40 % of the writes are acknowledged. See test/esdb/failover/scenario.ts.
 *
 *   npm run esdb:failover              # 8 writers × 50 writes
 *   npm run esdb:failover -- 16 100    # writers, writes per writer
 */
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runFailover, type FailoverReport } from '../test/esdb/failover/scenario';

const DOC = path.join(__dirname, '..', 'docs', 'RELIABILITY.md');
const START = '<!-- esdb-failover:start (written by npm run esdb:failover) -->';
const END = '<!-- esdb-failover:end -->';

function table(report: FailoverReport, writers: number, each: number): string {
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const sse = report.sse
    .map(
      (c, i) =>
        `api-${i + 1}: ${c.received} events, ${c.gaps} missing, ${c.duplicates} twice, ${c.outOfOrder} out of order`,
    )
    .join('; ');
  return [
    START,
    '',
    `Run ${new Date().toISOString().slice(0, 10)} at commit ${commit}: ${writers} writers × ${each} developments through two API`,
    'instances on the three-node test cluster, the leader killed after 40 % of the writes were acknowledged.',
    '',
    '| measured | result |',
    '| --- | --- |',
    `| writes acknowledged | ${report.acknowledged} |`,
    `| acknowledged but missing from the log / stored twice | ${report.missing} / ${report.duplicated} |`,
    `| failed attempts retried with the same event id (503 or dropped connection) | ${report.retriedFailures} |`,
    `| from the kill to the next acknowledged write | ${report.writeOutageMs} ms |`,
    `| longest single write, retries included | ${report.longestWriteMs} ms |`,
    `| both instances' views equal a rebuild (${report.negotiations} negotiations) | ${report.viewsConverged ? 'yes' : 'NO'} |`,
    `| SSE clients (${report.logEvents} events in the log) | ${sse} |`,
    '',
    END,
  ].join('\n');
}

async function main(): Promise<void> {
  const writers = Number(process.argv[2] ?? 8);
  const each = Number(process.argv[3] ?? 50);
  const report = await runFailover({ writers, writesPerWriter: each, killAfter: 0.4 });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const doc = fs.readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/RELIABILITY.md has no ${START} … ${END} section`);
  fs.writeFileSync(DOC, `${doc.slice(0, start)}${table(report, writers, each)}${doc.slice(end + END.length)}`);
  process.stdout.write('docs/RELIABILITY.md updated\n');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
