import { openSqliteEventStore } from '@parley/event-store';
import { eventStoreContract } from '@parley/event-store/testing/contract';
import { tempDir } from './temp-store';

// SQLite promises gap-free positions (AUTOINCREMENT, rolled back with a refused append): 1, 2, 3, …
eventStoreContract(
  'sqlite',
  async () => {
    const temp = await tempDir();
    // A nested path checks that the store creates the parent directory.
    const store = await openSqliteEventStore({ path: temp.file('nested/dir/events.db') });
    return { store, cleanup: temp.remove };
  },
  { gapFreePositions: true },
);

// Every staged range appended on the staging's writer thread (its own connection), in its turn among the store's appends.
eventStoreContract(
  'sqlite, staged ranges on the writer thread',
  async () => {
    const temp = await tempDir();
    const store = await openSqliteEventStore({ path: temp.file('events.db'), stagingWriterFrom: 1 });
    return { store, cleanup: temp.remove };
  },
  { gapFreePositions: true, sections: ['staging'] },
);
