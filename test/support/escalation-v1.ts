/**
 * The escalation model v1 written out again from DOMAIN.md §5, independently
 * of libs/projections, so the API tests can check the numbers the service
 * gives against the documented formula (default CAMEO codes only).
 */

const DAY_MS = 86_400_000;
const HALF_LIFE_DAYS = 14;

export interface ModelEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly occurredAt: string;
  readonly sources: readonly { readonly credibility?: number }[];
}

/** `YYYY-MM` → the 1st at 00:00 UTC, `YYYY-MM-DD` → 00:00 UTC, a date-time as it says. */
export function instantOf(occurredAt: string): number {
  const month = /^(\d{4})-(\d{2})$/.exec(occurredAt);
  if (month) return Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(occurredAt);
  if (day) return Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return Date.parse(occurredAt);
}

/** The Goldstein weight of an event's default CAMEO code (the table in DOMAIN.md §5); null for none. */
export function goldsteinOf(event: ModelEvent): number | null {
  const d = event.data;
  switch (event.type) {
    case 'TalksRoundScheduled':
    case 'TalksResumed':
      return 4.0;
    case 'TalksRoundOpened':
      return 7.0;
    case 'TalksRoundConcluded':
      return d.outcome === 'agreement' ? 8.0 : d.outcome === 'collapsed' ? -7.0 : null;
    case 'TalksSuspended':
      return -7.0;
    case 'AgreementReached':
      // A text only agreed or initialled is an intent to cooperate (03), anything else a signed agreement (057).
      return d.status === 'text-agreed' || d.status === 'initialled' ? 4.0 : 8.0;
    case 'AgreementStatusChanged':
      return (
        (
          {
            'text-agreed': 4.0,
            initialled: 4.0,
            signed: 8.0,
            ratified: 8.0,
            'in-force': 6.0,
            suspended: -4.0,
            withdrawn: -4.0,
          } as Record<string, number>
        )[d.status as string] ?? null
      );
    case 'PositionTaken':
      return (
        (
          {
            accepted: 5.0,
            'accepted-in-principle': 4.0,
            conditional: 4.0,
            'counter-proposed': 4.0,
            rejected: -4.0,
          } as Record<string, number>
        )[d.stance as string] ?? null
      );
    case 'UltimatumIssued':
      return -7.0;
    case 'UltimatumResolved':
      return d.resolution === 'complied' ? 5.0 : d.resolution === 'rejected' ? -4.0 : null;
    case 'StatementMade':
      return (
        (
          {
            conciliatory: 4.0,
            neutral: 0,
            critical: -2.0,
            accusation: -2.0,
            warning: -4.4,
            threat: -6.0,
            'military-threat': -7.0,
          } as Record<string, number>
        )[d.tone as string] ?? null
      );
    case 'CeasefireDeclared':
    case 'CeasefireExtended':
      return 9.0;
    case 'CeasefireViolationReported':
      return -9.5;
    case 'CeasefireEnded':
      return d.reason === 'collapsed' ? -9.5 : null;
    case 'IncidentReported':
      return (
        (
          {
            clash: -10,
            airstrike: -10,
            'militant-attack': -9.0,
            'border-closure': -9.5,
            'force-posture': -7.2,
          } as Record<string, number>
        )[d.kind as string] ?? null
      );
    case 'MediationAction':
      return (
        ({ offered: 5.0, proposed: 5.0, 'requested-resumption': 5.0, visited: 1.9 } as Record<string, number>)[
          d.action as string
        ] ?? null
      );
    default:
      return null;
  }
}

/** Confidence from the best information-credibility grade among the sources. */
export function confidenceOf(sources: ModelEvent['sources']): number {
  const byGrade: Record<number, number> = { 1: 1.0, 2: 0.8, 3: 0.6, 4: 0.4, 5: 0.2, 6: 0.5 };
  const graded = sources.map((s) => s.credibility).filter((g): g is number => g !== undefined);
  return graded.length === 0 ? 1.0 : Math.max(...graded.map((g) => byGrade[g]!));
}

export interface Reading {
  readonly conflict: number;
  readonly cooperation: number;
  readonly net: number;
  readonly index: number;
  readonly level: 1 | 2 | 3 | 4 | 5;
}

export function readingAt(events: readonly ModelEvent[], T: number): Reading {
  let conflict = 0;
  let cooperation = 0;
  for (const e of events) {
    const g = goldsteinOf(e);
    const ageDays = (T - instantOf(e.occurredAt)) / DAY_MS;
    if (g === null || g === 0 || ageDays < 0) continue;
    const weight = g * confidenceOf(e.sources) * 2 ** (-ageDays / HALF_LIFE_DAYS);
    if (g < 0) conflict += -weight;
    else cooperation += weight;
  }
  const net = Math.max(0, conflict - cooperation);
  const index = (100 * net) / (net + 15);
  const level = index < 10 ? 1 : index < 30 ? 2 : index < 50 ? 3 : index < 75 ? 4 : 5;
  return { conflict, cooperation, net, index, level };
}

export function trendAt(events: readonly ModelEvent[], T: number): 'rising' | 'falling' | 'steady' {
  const delta = readingAt(events, T).index - readingAt(events, T - 7 * DAY_MS).index;
  return delta >= 5 ? 'rising' : delta <= -5 ? 'falling' : 'steady';
}
