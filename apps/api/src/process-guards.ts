/**
 * Process-level guards for the API.
 *
 * `@eventstore/db-client` 6.2.1 keeps one module-global table of pending batch
 * appends: when one append stream fails, it rejects every pending append of
 * every stream, and the reply that later arrives for one of them finds no
 * entry and throws a `TypeError` from the gRPC stream's data handler — an
 * uncaught exception, which by default ends the process. The append itself
 * was already answered (rejected, then retried safely by its caller: appends
 * are idempotent by event id), so the error carries no news: it is logged and
 * the process goes on.
 *
 * - An uncaught exception thrown from the EventStoreDB client's own code is
 *   logged and survived. Any other uncaught exception is a bug of ours: it
 *   is logged and the process exits with code 1, as Node would.
 * - An unhandled rejection (the client's late reply may surface as one) is
 *   logged and survived: it is a promise nobody
 *   waits for, so no request depends on it, and a stray one from a client
 *   library must not take every request in flight down with it.
 */
export interface GuardLogger {
  error(message: string, context: Record<string, unknown>): void;
}

const CLIENT_ERROR_IGNORED = 'the EventStoreDB client threw outside any request; ignored (see process-guards.ts)';

/** An error whose throwing frame is in the EventStoreDB client (its compiled or source-mapped files). */
export function thrownByEventStoreClient(error: unknown): boolean {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return false;
  const firstFrame = error.stack.split('\n').find((line) => line.trimStart().startsWith('at '));
  return firstFrame !== undefined && /[\\/]@eventstore[\\/]db-client[\\/]/.test(firstFrame);
}

function describe(error: unknown): Record<string, unknown> {
  return error instanceof Error
    ? { error: `${error.name}: ${error.message}`, stack: error.stack }
    : { error: String(error) };
}

/** Installs the guards; returns a function that removes them (for tests). */
export function installProcessGuards(logger: GuardLogger, exit: (code: number) => void = process.exit): () => void {
  const onUncaught = (error: unknown): void => {
    if (thrownByEventStoreClient(error)) {
      logger.error(CLIENT_ERROR_IGNORED, describe(error));
      return;
    }
    logger.error('uncaught exception; exiting', describe(error));
    exit(1);
  };
  const onUnhandled = (reason: unknown): void => {
    logger.error(
      thrownByEventStoreClient(reason) ? CLIENT_ERROR_IGNORED : 'unhandled promise rejection; ignored',
      describe(reason),
    );
  };
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUnhandled);
  return () => {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUnhandled);
  };
}
