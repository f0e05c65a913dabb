/**
 * What the CLI needs from the process, passed in so the commands can run
 * in-process in tests as well as from `bin/parley.js`.
 */
import * as os from 'node:os';

export interface OutStream {
  write(chunk: string): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Runtime {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly home: string;
  readonly stdout: OutStream & NodeJS.WritableStream;
  readonly stderr: OutStream & NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly fetch: typeof fetch;
  /** Calls `handler` on Ctrl-C (SIGINT) or SIGTERM; returns the unsubscribe. */
  onInterrupt(handler: () => void): () => void;
}

export function processRuntime(): Runtime {
  return {
    env: process.env,
    cwd: process.cwd(),
    home: os.homedir(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    fetch: globalThis.fetch,
    onInterrupt(handler) {
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return () => {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
      };
    },
  };
}
