/**
 * Thin evidence: whether a judgement (a matrix cell's stance, an escalation
 * driver, a reason a level holds) rests on a single source, or only on
 * sources graded below C3 — so a reader can see how much weight it bears.
 *
 * - The sources behind a judgement are every source of every event behind it,
 *   each counted once (the same report cited by two records is one source:
 *   the same URL, else the same publisher and title).
 * - "C3 or better" (DOMAIN: the Admiralty grade) is a source reliability of
 *   A, B or C *and* an information credibility of 1, 2 or 3; an ungraded
 *   source is not.
 * - `below-c3` when no source behind it is C3 or better (the weaker of the
 *   two, so it wins when both hold); else `single-source` when there is only
 *   one source; else null. A judgement with no sources at all (an event of a
 *   log written before sources were required) is `below-c3`: nothing graded
 *   supports it.
 */
import type { Source } from '@parley/domain';

export const THIN_EVIDENCE_REASONS = ['single-source', 'below-c3'] as const;
export type ThinEvidenceReason = (typeof THIN_EVIDENCE_REASONS)[number];

export interface ThinEvidence {
  readonly reason: ThinEvidenceReason;
  /** The plain sentence a reader is shown ("one source only", "only sources graded below C3"). */
  readonly text: string;
}

const RELIABLE = new Set(['A', 'B', 'C']);

/** Reliability A–C and credibility 1–3. */
export function gradedC3OrBetter(source: Source): boolean {
  return (
    source.reliability !== undefined &&
    RELIABLE.has(source.reliability) &&
    source.credibility !== undefined &&
    source.credibility <= 3
  );
}

/** One key per report: the same URL, else the same publisher and title (a brief numbers its sources by it too). */
export function sourceKey(s: Source): string {
  return s.url !== undefined ? `url:${s.url}` : `title:${s.publisher ?? ''}|${s.title}`;
}

/** The distinct sources of a judgement, in the order first cited. */
export function distinctSources(sources: Iterable<Source>): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) if (!seen.has(sourceKey(s))) seen.set(sourceKey(s), s);
  return [...seen.values()];
}

/** The thin-evidence note of a judgement resting on these sources (every source of every event behind it). */
export function thinEvidence(sources: Iterable<Source>): ThinEvidence | null {
  const distinct = distinctSources(sources);
  if (!distinct.some(gradedC3OrBetter)) {
    return {
      reason: 'below-c3',
      text: distinct.length === 1 ? 'one source only, graded below C3' : 'only sources graded below C3',
    };
  }
  if (distinct.length === 1) return { reason: 'single-source', text: 'one source only' };
  return null;
}
