import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NEGOTIATION_STREAM_PREFIX, streamName } from '@parley/domain';
import type { EventStore } from '@parley/event-store';
import { notFound } from '../shared/params';
import { EVENT_STORE } from '../store/store.module';

/** The log as JSONL (one stored event per line, in position order), a chunk per page read: the whole log, or one negotiation's. */
export class ExportLogQuery extends Query<AsyncIterable<string>> {
  constructor(readonly negotiation?: string) {
    super();
  }
}

@QueryHandler(ExportLogQuery)
export class ExportLogHandler implements IQueryHandler<ExportLogQuery, AsyncIterable<string>> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ negotiation }: ExportLogQuery): Promise<AsyncIterable<string>> {
    // One negotiation's export of a misspelt id is a 404, not an empty backup.
    if (negotiation !== undefined && (await this.store.streamRevision(streamName(negotiation))) === -1)
      throw notFound(negotiation);
    return this.chunks(negotiation);
  }

  /** Read page by page as the reader asks for them: a slow client holds one page, never the whole log. */
  private async *chunks(negotiation: string | undefined): AsyncGenerator<string> {
    const prefix = negotiation ? streamName(negotiation) : NEGOTIATION_STREAM_PREFIX;
    let from = 1;
    for (;;) {
      const page = await this.store.readAll({ fromPosition: from, maxCount: 2000, streamPrefix: prefix });
      if (page.length === 0) return;
      let chunk = '';
      for (const e of page) {
        if (negotiation && e.stream !== prefix) continue;
        chunk +=
          JSON.stringify({
            position: e.position,
            stream: e.stream,
            revision: e.revision,
            id: e.id,
            type: e.type,
            data: e.data,
            metadata: e.metadata,
            recordedAt: e.recordedAt,
          }) + '\n';
      }
      from = page[page.length - 1]!.position + 1;
      yield chunk;
    }
  }
}
