/**
 * `readAllPages` for a store that reads no pages ahead (memory,
 * EventStoreDB, a SQLite store in memory): `readAll` page after page.
 */
import type { EventStore, ReadAllPagesOptions, RecordedEvent } from '../port';
import { pagesRange } from './rules';

export async function* readAllInPages(
  store: Pick<EventStore, 'readAll'>,
  options: ReadAllPagesOptions,
): AsyncGenerator<RecordedEvent[]> {
  const range = pagesRange(options);
  let from = range.from;
  for (;;) {
    const page = await store.readAll({
      fromPosition: from,
      maxCount: range.pageSize,
      streamPrefix: options.streamPrefix,
    });
    if (page.length === 0) return;
    yield page;
    from = (page[page.length - 1] as RecordedEvent).position + 1;
  }
}
