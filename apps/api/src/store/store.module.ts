import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@parley/event-store';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { createEventStore } from './create-event-store';

/** The event-store port, whichever adapter the configuration chose. */
export const EVENT_STORE = Symbol('EVENT_STORE');

@Global()
@Module({})
export class StoreModule implements OnApplicationShutdown {
  private static readonly logger = new Logger('store');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(config: AppConfig, provided?: EventStore): DynamicModule {
    return {
      module: StoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          useFactory: async () => {
            const store = provided ?? (await createEventStore(config, StoreModule.logger));
            StoreModule.logger.log(
              { store: store.kind, head: await store.headPosition() },
              `event store: ${store.kind}`,
            );
            return store;
          },
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

export { APP_CONFIG };
