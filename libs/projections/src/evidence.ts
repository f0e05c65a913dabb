/**
 * The evidence panes' texts of each development: its sources and, for a
 * position, the conditions, quote and speaker. Only the matrix's cells and
 * the escalation drivers and reasons show them, so the engine's long-lived
 * states do not keep them (a million developments' sources would be most of
 * their memory): they stay in the log, and are read from it for the
 * negotiations being looked at (`ProjectionEngine.withEvidence`). A fold from
 * the log (`foldViews`, every past view) has the events at hand and carries
 * them in `ViewState.evidence`.
 */
import type { Person, Source } from '@parley/domain';
import type { WorldEvent } from './effective-events';
import { getOwn } from './own';

export interface Evidence {
  readonly sources: readonly Source[];
  /** A position's conditions, quote and speaker; null for any other development. */
  readonly conditions: string | null;
  readonly quote: string | null;
  readonly speaker: Person | null;
}

/** What the evidence panes show of one development (the effective, corrected event). */
export function evidenceOf(event: WorldEvent): Evidence {
  if (event.type !== 'PositionTaken') return { sources: event.sources, conditions: null, quote: null, speaker: null };
  const { conditions, quote, speaker } = event.data;
  return { sources: event.sources, conditions: conditions ?? null, quote: quote ?? null, speaker: speaker ?? null };
}

/** What `evidenceFor` reads of a `ViewState` (named here so that this module does not import the view state's). */
export interface EvidenceHolder {
  readonly negotiationId: string;
  readonly evidence?: Readonly<Record<string, Evidence>>;
}

/**
 * The evidence of a development of `state`. Throws when the state was folded
 * without its evidence (an engine state not passed through `withEvidence`):
 * a pane with no sources would read as "no sources", which would be false.
 */
export function evidenceFor(state: EvidenceHolder, eventId: string): Evidence {
  const evidence = state.evidence === undefined ? undefined : getOwn(state.evidence, eventId);
  if (evidence === undefined) {
    throw new Error(
      `the evidence of ${eventId} (negotiation ${state.negotiationId}) is not loaded: ` +
        'read the state with its evidence (foldViews, or ProjectionEngine.withEvidence)',
    );
  }
  return evidence;
}
