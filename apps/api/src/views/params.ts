import { QUERY_TIME_EDGES, queryInstant, type QueryTimeName } from '@parley/domain';
import {
  ESCALATION_MODELS,
  escalationModel,
  PORTFOLIO_SORTS,
  type EscalationModel,
  type PortfolioSort,
} from '@parley/projections';
import { RequestValidationError } from '../errors/validation';
import type { AsOfQuery } from './view-states';

/**
 * An instant from a query parameter: `YYYY-MM`, `YYYY-MM-DD` or an ISO
 * date-time with zone, read with the one meaning of a date
 * (`QUERY_TIME_EDGES`): a date-only `at`, `knownAt`, `until` or `to` is the
 * end of that UTC day, a date-only `since` or `from` its start.
 */
export function instantParam(name: QueryTimeName, raw: unknown): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const instant = queryInstant(raw, QUERY_TIME_EDGES[name]);
  if (instant === undefined) {
    throw new RequestValidationError([
      {
        field: name,
        problems: [
          `${name} must be a date (2025-10-19), a month (2025-11) or an ISO date-time with zone (2025-10-19T06:00:00Z)` +
            // `+05:00` sent unescaped: a query reads a `+` as a space.
            (typeof raw === 'string' && /T[\d:.]+ \d{2}(?::?\d{2})?$/.test(raw)
              ? `; "${raw.slice(0, 40)}" has a space where its zone's "+" was: write the "+" as %2B in a URL`
              : ''),
        ],
      },
    ]);
  }
  return instant;
}

export function asOfParams(query: Record<string, unknown>): AsOfQuery {
  const minPosition = query.minPosition;
  let min: number | undefined;
  if (minPosition !== undefined && minPosition !== '') {
    if (typeof minPosition !== 'string' || !/^\d{1,15}$/.test(minPosition)) {
      throw new RequestValidationError([
        {
          field: 'minPosition',
          problems: ['minPosition must be a global position (a whole number ≥ 0) from a write response'],
        },
      ]);
    }
    min = Number(minPosition);
  }
  return {
    at: instantParam('at', query.at),
    knownAt: instantParam('knownAt', query.knownAt),
    minPosition: min,
    model: modelParam(query.model),
  };
}

/** `?model=v1`: an escalation model by version; absent = the service's default. */
export function modelParam(raw: unknown): EscalationModel | undefined {
  if (raw === undefined || raw === '') return undefined;
  const model = typeof raw === 'string' ? escalationModel(raw) : undefined;
  if (model === undefined) {
    throw new RequestValidationError([
      { field: 'model', problems: [`model must be one of ${Object.keys(ESCALATION_MODELS).join(', ')}`] },
    ]);
  }
  return model;
}

/** `?sort=` of the negotiations list: one of `PORTFOLIO_SORTS`; absent = the latest development first. */
export function sortParam(raw: unknown): PortfolioSort {
  if (raw === undefined || raw === '') return 'latest';
  const sort = PORTFOLIO_SORTS.find((s) => s === raw);
  if (sort === undefined) {
    throw new RequestValidationError([
      { field: 'sort', problems: [`sort must be one of ${PORTFOLIO_SORTS.join(', ')}`] },
    ]);
  }
  return sort;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** A series step: `1d`, `6h`, `30m`, `1w`, or ISO-8601 `P1D` / `PT6H`. */
export function stepParam(raw: unknown, fallbackMs: number): number {
  if (raw === undefined || raw === '') return fallbackMs;
  if (typeof raw === 'string') {
    const short = /^(\d{1,6})([mhdw])$/.exec(raw);
    if (short && Number(short[1]) > 0) return Number(short[1]) * UNIT_MS[short[2]!]!;
    const iso = /^P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?)?$/.exec(raw);
    if (iso && raw !== 'P' && raw !== 'PT') {
      const [, w, d, h, m] = iso.map((x) => Number(x ?? 0));
      const ms = (w! * 7 + d!) * UNIT_MS.d! + h! * UNIT_MS.h! + m! * UNIT_MS.m!;
      if (ms > 0) return ms;
    }
  }
  throw new RequestValidationError([
    { field: 'step', problems: ['step must be a positive duration such as 1d, 6h, 30m, 1w or P1D'] },
  ]);
}

/** A range's start after its end: a 400 naming the start, with both instants as the request's dates were read. */
export function rangeOrder(start: { name: string; at: number }, end: { name: string; at: number }): void {
  if (start.at <= end.at) return;
  const iso = (ms: number) => new Date(ms).toISOString();
  throw new RequestValidationError([
    {
      field: start.name,
      problems: [`${start.name} (${iso(start.at)}) must not be after ${end.name} (${iso(end.at)})`],
    },
  ]);
}
