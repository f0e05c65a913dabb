/**
 * Entry point of `npm run migrate -- --from <store> --to <store>` (see
 * program.ts and docs/EVENTSTOREDB.md, "From the embedded store to the
 * cluster"). Ctrl-C stops after the current append, saves the checkpoint and
 * exits 130; a second Ctrl-C exits at once (still safe to resume).
 */
import { run } from './program';

const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  process.stderr.write('\nstopping after the current append (Ctrl-C again to quit at once)…\n');
  interrupt.abort();
});

run(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  tty: process.stderr.isTTY === true,
  signal: interrupt.signal,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
