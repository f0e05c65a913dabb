/**
 * The demand-acceptance matrix (DOMAIN.md §5).
 *
 * - Rows: the tabled demands, in the order they were tabled.
 * - Columns: the parties (registration order), then every other actor that
 *   tabled a demand, is addressed by one, or took a position (registration
 *   order; actors never registered last, by id). Proposers and addressees are
 *   columns because the proposer cell and the consensus are read from them.
 * - Cell: the actor's latest stance by occurredAt (ties: log order) with its
 *   event, date, sources, conditions, quote and the full history; the tabling
 *   actor's cell is `proposer` (their own positions still show in the
 *   history); otherwise `no-position`.
 * - Consensus over the addressees' current stances, in this order:
 *   `agreed` every addressee `accepted` (accepted-in-principle is not enough:
 *   DOMAIN says *accepted*); `contested` any addressee `rejected`; `partial`
 *   some addressee `accepted` or `accepted-in-principle`; else `pending`
 *   (also for a demand addressed to no one). Stances of non-addressees
 *   (mediators, third parties) show in the matrix but do not move consensus.
 * - A withdrawn demand keeps its row (state `withdrawn`) and its consensus.
 * - An amendment changes the text / category / addressees; stances taken
 *   before it stand.
 */
import { DEFAULT_ESCALATION_MODEL, type EscalationModel } from './escalation-model';
import type { ActorRole, DemandCategory, Person, Source, Stance } from '@parley/domain';
import { thinEvidence, type ThinEvidence } from './thin-evidence';
import { evidenceFor } from './evidence';
import { getOwn } from './own';
import { checkTime } from './errors';
import { type AsKnownAt, knownAtOf } from './known-at';
import { isoOf } from '@parley/domain';
import { actorNameOf, type DemandState, type StanceRecord, type ViewState } from './view-state';

export const CONSENSUS_VALUES = ['agreed', 'contested', 'partial', 'pending'] as const;
export type Consensus = (typeof CONSENSUS_VALUES)[number];

export type CellValue = Stance | 'proposer' | 'no-position';

export interface StanceHistoryItem {
  readonly stance: Stance;
  readonly eventId: string;
  readonly occurredAt: string;
  readonly conditions: string | null;
  readonly quote: string | null;
}

export interface MatrixCell {
  readonly actorId: string;
  readonly value: CellValue;
  /** The event behind the value: the latest position, or the tabling for `proposer`; null for `no-position`. */
  readonly eventId: string | null;
  readonly occurredAt: string | null;
  readonly sources: readonly Source[];
  readonly conditions: string | null;
  readonly quote: string | null;
  readonly speaker: Person | null;
  /** Every position of this actor on this demand, oldest first. */
  readonly history: readonly StanceHistoryItem[];
  /** When the value rests on one source only, or only on sources graded below C3 (`thinEvidence`); null for `no-position`. */
  readonly thinEvidence: ThinEvidence | null;
}

export interface MatrixColumn {
  readonly actorId: string;
  readonly name: string;
  readonly role: ActorRole | null;
}

export interface MatrixRow {
  readonly demandId: string;
  readonly text: string;
  readonly by: string;
  readonly category: DemandCategory;
  readonly addressedTo: readonly string[];
  readonly state: DemandRowState;
  readonly consensus: Consensus;
  readonly tabledAt: string;
  readonly withdrawnAt: string | null;
  readonly amendments: number;
  /** One per column, same order. */
  readonly cells: readonly MatrixCell[];
}

export const DEMAND_ROW_STATES = ['open', 'withdrawn'] as const;
export type DemandRowState = (typeof DEMAND_ROW_STATES)[number];

export interface MatrixView {
  readonly negotiationId: string;
  readonly modelVersion: string;
  /** The instant asked for (`at`: the state was folded up to it), or null for the matrix as it stands. */
  readonly at: string | null;
  /** What was known: the instant of `knownAt` (recorded by then, corrections included), or null for all recorded. */
  readonly knownAt: string | null;
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
}

type TabledDemand = DemandState & {
  readonly tabled: NonNullable<DemandState['tabled']>;
  readonly by: string;
  readonly text: string;
  readonly category: DemandCategory;
};

function isTabled(d: DemandState | undefined): d is TabledDemand {
  return d !== undefined && d.tabled !== null && d.by !== null && d.text !== null && d.category !== null;
}

export function tabledDemands(state: ViewState): TabledDemand[] {
  return state.demandOrder.map((id) => getOwn(state.demands, id)).filter(isTabled);
}

export function currentStance(demand: DemandState, actorId: string): StanceRecord | null {
  const history = getOwn(demand.positions, actorId);
  return history?.[history.length - 1] ?? null;
}

/** Consensus of a demand from its addressees' current stances (rules above). */
export function consensusOf(demand: DemandState): Consensus {
  const stances = demand.addressedTo.map((id) => currentStance(demand, id)?.stance);
  if (stances.length > 0 && stances.every((s) => s === 'accepted')) return 'agreed';
  if (stances.some((s) => s === 'rejected')) return 'contested';
  if (stances.some((s) => s === 'accepted' || s === 'accepted-in-principle')) return 'partial';
  return 'pending';
}

function columnsOf(state: ViewState, demands: readonly TabledDemand[]): MatrixColumn[] {
  const involved = new Set<string>();
  for (const d of demands) {
    involved.add(d.by);
    for (const id of d.addressedTo) involved.add(id);
    for (const id of d.positionOrder) involved.add(id);
  }
  const ids: string[] = [];
  for (const id of state.actorOrder) if (getOwn(state.actors, id)?.role === 'party') ids.push(id);
  for (const id of state.actorOrder) if (involved.has(id) && !ids.includes(id)) ids.push(id);
  const unregistered = [...involved].filter((id) => !Object.hasOwn(state.actors, id)).sort();
  return [...ids, ...unregistered].map((actorId) => {
    const actor = getOwn(state.actors, actorId);
    return { actorId, name: actorNameOf(state, actorId), role: actor?.role ?? null };
  });
}

function cellOf(state: ViewState, demand: TabledDemand, actorId: string): MatrixCell {
  const history = (getOwn(demand.positions, actorId) ?? []).map((p) => {
    const { conditions, quote } = evidenceFor(state, p.eventId);
    return { stance: p.stance, eventId: p.eventId, occurredAt: p.occurredAt, conditions, quote };
  });
  if (actorId === demand.by) {
    const { sources } = evidenceFor(state, demand.tabled.eventId);
    return {
      actorId,
      value: 'proposer',
      eventId: demand.tabled.eventId,
      occurredAt: demand.tabled.occurredAt,
      sources,
      conditions: null,
      quote: null,
      speaker: null,
      history,
      thinEvidence: thinEvidence(sources),
    };
  }
  const latest = currentStance(demand, actorId);
  if (latest === null) {
    return {
      actorId,
      value: 'no-position',
      eventId: null,
      occurredAt: null,
      sources: [],
      conditions: null,
      quote: null,
      speaker: null,
      history,
      thinEvidence: null,
    };
  }
  const { sources, conditions, quote, speaker } = evidenceFor(state, latest.eventId);
  return {
    actorId,
    value: latest.stance,
    eventId: latest.eventId,
    occurredAt: latest.occurredAt,
    sources,
    conditions,
    quote,
    speaker,
    history,
    thinEvidence: thinEvidence(sources),
  };
}

/**
 * `model` only names the escalation model of the request in the output (the matrix does not depend on it), `at`
 * and `knownAt` the instants `state` was folded at (the matrix does not depend on them either: the state does).
 * The cells show the positions' evidence: `state` must carry it (`ViewState.evidence`).
 */
export function matrixView(
  state: ViewState,
  model: EscalationModel = DEFAULT_ESCALATION_MODEL,
  options: AsKnownAt & { readonly at?: number } = {},
): MatrixView {
  const demands = tabledDemands(state);
  const columns = columnsOf(state, demands);
  return {
    negotiationId: state.negotiationId,
    modelVersion: model.version,
    at: options.at === undefined ? null : isoOf(checkTime(options.at, 'at')),
    knownAt: knownAtOf(options),
    columns,
    rows: demands.map((d) => ({
      demandId: d.demandId,
      text: d.text,
      by: d.by,
      category: d.category,
      addressedTo: d.addressedTo,
      state: d.withdrawn === null ? 'open' : 'withdrawn',
      consensus: consensusOf(d),
      tabledAt: d.tabled.occurredAt,
      withdrawnAt: d.withdrawn?.occurredAt ?? null,
      amendments: d.amendments.length,
      cells: columns.map((c) => cellOf(state, d, c.actorId)),
    })),
  };
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180)
// ---------------------------------------------------------------------------

/** A field quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  // A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or CR before one) is kept as text:
  // a leading apostrophe, which spreadsheets hide (OWASP "CSV injection").
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per demand, one column per actor (headed by the actor id; the cell is
 * the stance, `proposer` or `no-position`). CRLF line ends, header first.
 */
export function matrixCsv(matrix: MatrixView): string {
  const header = [
    'demand_id',
    'demand',
    'by',
    'category',
    'addressed_to',
    'state',
    'consensus',
    ...matrix.columns.map((c) => c.actorId),
  ];
  const lines = [
    header,
    ...matrix.rows.map((r) => [
      r.demandId,
      r.text,
      r.by,
      r.category,
      r.addressedTo.join('; '),
      r.state,
      r.consensus,
      ...r.cells.map((c) => c.value),
    ]),
  ];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
