import { MemoryEventStore } from '@parley/event-store';
import { eventStoreContract } from '@parley/event-store/testing/contract';

eventStoreContract('memory', async () => ({ store: new MemoryEventStore() }));
