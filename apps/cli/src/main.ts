/**
 * Entry point of the `parley` CLI (bin/parley.js runs this, compiled or from
 * source). Exit codes: 0 ok, 1 the API refused (4xx), 2 usage error, 3 the
 * server cannot be reached or failed (5xx).
 */
import { run } from './program';
import { processRuntime } from './runtime';

// A reader that has seen enough closes the pipe (`parley timeline … | head -2`): end quietly with 0, as
// other Unix tools do, rather than with an EPIPE stack trace. Any other stream error stays an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

run(process.argv.slice(2), processRuntime()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
