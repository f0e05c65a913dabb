/**
 * The little the adapter needs to say: resubscriptions (warn), giving up
 * (error), connecting (info). Nest's `Logger`, pino and `console` all fit.
 */
export interface EsdbLogger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

function write(sink: (...args: unknown[]) => void, message: string, context?: Record<string, unknown>): void {
  if (context === undefined) sink(`[eventstoredb] ${message}`);
  else sink(`[eventstoredb] ${message}`, context);
}

export const consoleLogger: EsdbLogger = {
  info: (message, context) => write(console.info, message, context),
  warn: (message, context) => write(console.warn, message, context),
  error: (message, context) => write(console.error, message, context),
};

/** For tests and for callers that log elsewhere. */
export const silentLogger: EsdbLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
