/**
 * The raw log's queries and their handlers: a negotiation's stored events in
 * log order, paged, and one stored event with its envelope.
 */
import { NotFoundException, Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NEGOTIATION_STREAM_PREFIX, isValidEventId, streamName } from '@parley/domain';
import type { EventStore } from '@parley/event-store';
import { notFound } from '../shared/params';
import { presentEvent, type PresentedEvent } from '../shared/present';
import { EVENT_STORE } from '../store/store.module';

export interface EventsPage {
  readonly negotiationId: string;
  /** The stream's revision when the page was read (the answer's ETag). */
  readonly revision: number;
  readonly events: PresentedEvent[];
  /** Where the next page starts; null after the last. */
  readonly nextFromRevision: number | null;
}

export class ListEventsQuery extends Query<EventsPage> {
  constructor(
    readonly negotiationId: string,
    /** Only events of these types; every type when absent. */
    readonly types: readonly string[] | undefined,
    readonly fromRevision: number,
    readonly limit: number,
  ) {
    super();
  }
}

export class GetEventQuery extends Query<PresentedEvent> {
  constructor(readonly eventId: string) {
    super();
  }
}

@QueryHandler(ListEventsQuery)
export class ListEventsHandler implements IQueryHandler<ListEventsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ negotiationId, types, fromRevision, limit }: ListEventsQuery): Promise<EventsPage> {
    const stream = streamName(negotiationId);
    const revision = await this.store.streamRevision(stream);
    if (revision === -1) throw notFound(negotiationId);
    const events: PresentedEvent[] = [];
    let from = fromRevision;
    while (events.length < limit && from <= revision) {
      const page = await this.store.readStream(stream, { fromRevision: from, maxCount: 500 });
      if (page.length === 0) break;
      for (const e of page) {
        from = e.revision + 1;
        if (!types || types.includes(e.type)) events.push(presentEvent(e));
        if (events.length === limit) break;
      }
    }
    return { negotiationId, revision, events, nextFromRevision: from <= revision ? from : null };
  }
}

@QueryHandler(GetEventQuery)
export class GetEventHandler implements IQueryHandler<GetEventQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ eventId }: GetEventQuery): Promise<PresentedEvent> {
    const recorded = isValidEventId(eventId) ? await this.store.readEvent(eventId.toLowerCase()) : undefined;
    if (!recorded || !recorded.stream.startsWith(NEGOTIATION_STREAM_PREFIX)) {
      throw new NotFoundException({
        message: `no event ${eventId.slice(0, 80)}`,
        code: 'event-not-found',
        details: { eventId: eventId.slice(0, 80) },
      });
    }
    return presentEvent(recorded);
  }
}
