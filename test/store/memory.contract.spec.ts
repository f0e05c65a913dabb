import { MemoryEventStore } from '@parley/event-store';
import { eventStoreContract } from '@parley/event-store/testing/contract';

// The memory store numbers 1, 2, 3, … like SQLite: it opts into the gap-free block.
eventStoreContract('memory', async () => ({ store: new MemoryEventStore() }), { gapFreePositions: true });
