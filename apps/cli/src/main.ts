/**
 * Entry point of the `parley` CLI (bin/parley.js runs this, compiled or from
 * source). Exit codes: 0 ok, 1 the API refused (4xx), 2 usage error, 3 the
 * server cannot be reached or failed (5xx).
 */
import { run } from './program';
import { processRuntime } from './runtime';

run(process.argv.slice(2), processRuntime()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
