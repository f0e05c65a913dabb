import { effectiveEvents, type LogEntry, type WorldEvent } from '../effective-events';
import { evidenceOf, type Evidence } from '../evidence';
import { setOwn } from '../own';

/**
 * Negotiations whose evidence is kept while nobody watches them (those read
 * most recently). Each costs about its developments' sources: a few hundred
 * bytes per development.
 */
const KEPT_UNWATCHED = 100;

interface Taken {
  readonly eventId: string;
  readonly evidence: Evidence;
}

/** One negotiation's evidence as read from the log, kept current by the engine as it applies events. */
interface Entry {
  /** By event id. Only added to while it stays true; a correction makes a new one (states handed out keep theirs). */
  evidence: Record<string, Evidence>;
  /** Stream revision of the next event to take. */
  next: number;
  /** Loaded: `evidence` covers every event the engine has applied to this negotiation. */
  ready: boolean;
  /** While loading: what the engine applied meanwhile, by revision (null: an event with nothing to take). */
  ahead: Map<number, Taken | null>;
  /** While loading: a correction arrived, so what is being read may say the wrong thing: read again. */
  stale: boolean;
  loading: Promise<void> | undefined;
  /** Live clients following it: never dropped meanwhile. */
  watchers: number;
}

/**
 * The evidence (sources, a position's conditions, quote and speaker) of the
 * negotiations being looked at, read from the log on demand: the engine's
 * states do not keep it (see `ViewState.evidence`). An entry is read once —
 * the negotiation's stream, corrections applied — and then follows the
 * engine: `take` adds each event it applies, `replace` a refolded
 * negotiation's. Bounded: the negotiations read most recently, and every one
 * a live client watches.
 */
export class EvidenceCache {
  /** In recency order (the oldest first). */
  private readonly entries = new Map<string, Entry>();

  constructor(
    /** The negotiation's log as fold entries, up to the position the views include when it is called. */
    private readonly read: (negotiationId: string) => Promise<readonly LogEntry[]>,
    /** A read that no caller awaited (see `current`) is done or failed. */
    private readonly settled: (negotiationId: string, error?: unknown) => void,
  ) {}

  /** The negotiation's evidence, read from the log first when it is not kept. */
  async load(negotiationId: string): Promise<Readonly<Record<string, Evidence>>> {
    const entry = this.entry(negotiationId);
    while (!entry.ready) await this.filled(negotiationId, entry);
    return entry.evidence;
  }

  /**
   * The evidence when it is kept and current, for a synchronous reader; else
   * undefined, and it is read from the log (`settled` says when).
   */
  current(negotiationId: string): Readonly<Record<string, Evidence>> | undefined {
    const entry = this.entry(negotiationId);
    if (entry.ready) return entry.evidence;
    this.filled(negotiationId, entry).then(
      () => this.settled(negotiationId),
      (error: unknown) => this.settled(negotiationId, error),
    );
    return undefined;
  }

  /** Keeps the negotiation's evidence until the returned function is called (a live client follows it). */
  watch(negotiationId: string): () => void {
    const watched = this.entry(negotiationId);
    watched.watchers++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      watched.watchers--;
      this.trim();
    };
  }

  /**
   * The engine applied (or skipped) the event at `revision` of the
   * negotiation's stream: `event` is the development (null for a correction,
   * which `replace` follows, or an event that could not be decoded).
   */
  take(negotiationId: string, revision: number, event: WorldEvent | null): void {
    const entry = this.entries.get(negotiationId);
    // Not being read: the read to come will find the event in the log.
    if (entry === undefined || (!entry.ready && entry.loading === undefined)) return;
    const taken = event === null ? null : { eventId: event.eventId, evidence: evidenceOf(event) };
    if (!entry.ready) {
      entry.ahead.set(revision, taken);
      return;
    }
    if (revision < entry.next) return;
    if (revision > entry.next) {
      // Never: the engine applies a stream in order. Were it to skip one, the evidence is read again.
      entry.ready = false;
      return;
    }
    if (taken !== null) setOwn(entry.evidence, taken.eventId, taken.evidence);
    entry.next++;
  }

  /** The negotiation was refolded from `entries` (a correction, a backdated event): its evidence is theirs. */
  replace(negotiationId: string, entries: readonly LogEntry[]): void {
    const entry = this.entries.get(negotiationId);
    if (entry === undefined) return;
    if (!entry.ready) {
      entry.stale = true;
      return;
    }
    entry.evidence = evidenceTable(entries);
    entry.next = entries.length;
  }

  /** The entry (made when there is none), as the most recently used. */
  private entry(negotiationId: string): Entry {
    let entry = this.entries.get(negotiationId);
    if (entry === undefined) {
      entry = { evidence: {}, next: 0, ready: false, ahead: new Map(), stale: false, loading: undefined, watchers: 0 };
    } else {
      this.entries.delete(negotiationId);
    }
    // Before it goes in: the entry asked for is never the one dropped.
    this.trim();
    this.entries.set(negotiationId, entry);
    return entry;
  }

  /** Resolves once the entry has been read from the log (one read at a time per entry). */
  private filled(negotiationId: string, entry: Entry): Promise<void> {
    entry.loading ??= this.fill(negotiationId, entry);
    return entry.loading;
  }

  private async fill(negotiationId: string, entry: Entry): Promise<void> {
    try {
      for (;;) {
        entry.ahead.clear();
        entry.stale = false;
        const entries = await this.read(negotiationId);
        if (entry.stale) continue;
        entry.evidence = evidenceTable(entries);
        entry.next = entries.length;
        // What the engine applied while the log was read, from where the read stopped.
        for (; entry.ahead.has(entry.next); entry.next++) {
          const taken = entry.ahead.get(entry.next);
          if (taken) setOwn(entry.evidence, taken.eventId, taken.evidence);
        }
        entry.ahead.clear();
        entry.ready = true;
        return;
      }
    } finally {
      entry.loading = undefined;
    }
  }

  /** Drops the least recently used entries nobody watches nor is reading, beyond KEPT_UNWATCHED. */
  private trim(): void {
    let unwatched = 0;
    for (const entry of this.entries.values()) if (entry.watchers === 0) unwatched++;
    for (const [negotiationId, entry] of this.entries) {
      if (unwatched <= KEPT_UNWATCHED) break;
      if (entry.watchers > 0 || entry.loading !== undefined) continue;
      this.entries.delete(negotiationId);
      unwatched--;
    }
  }
}

/** Evidence by event id of every development the entries leave standing (corrections applied, retracted ones gone). */
function evidenceTable(entries: readonly LogEntry[]): Record<string, Evidence> {
  const evidence: Record<string, Evidence> = {};
  for (const { event } of effectiveEvents(entries)) setOwn(evidence, event.eventId, evidenceOf(event));
  return evidence;
}
