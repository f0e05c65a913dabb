import type { LoggerService } from '@nestjs/common';
import { type EventStore } from '@parley/event-store';
import type { AppConfig } from '../config/config';

/** Opens the store the configuration names. */
export async function createEventStore(config: AppConfig, logger: LoggerService): Promise<EventStore> {
  switch (config.store) {
    case 'sqlite': {
      const { openSqliteEventStore } = await import('@parley/event-store');
      logger.log(`SQLite event log at ${config.sqlitePath}`);
      return openSqliteEventStore({ path: config.sqlitePath });
    }
    case 'memory': {
      const { MemoryEventStore } = await import('@parley/event-store');
      logger.warn('in-memory event store: nothing survives a restart');
      return new MemoryEventStore();
    }
    case 'eventstoredb': {
      // Loaded only when chosen: the gRPC client is heavy and the embedded default never needs it.
      const { openEsdbEventStore } = await import('@parley/event-store/esdb/esdb-event-store');
      return openEsdbEventStore({
        connectionString: config.eventStoreConnectionString!,
        connectTimeoutMs: config.storeConnectTimeoutMs,
        // With what the adapter says about it (the error, the attempt, the delay): "retrying" alone leaves an
        // operator guessing why. The adapter never puts a password in it.
        logger: {
          info: (m, context) => (context === undefined ? logger.log(m) : logger.log(context, m)),
          warn: (m, context) => (context === undefined ? logger.warn(m) : logger.warn(context, m)),
          error: (m, context) => (context === undefined ? logger.error(m) : logger.error(context, m)),
        },
      });
    }
  }
}
