/**
 * Calibration: each model's level against analysts' calls (`negotiation, at,
 * level, why`), with the top reasons and drivers behind each reading, and the
 * exact / within-one counts per model. Pure: the caller reads the files.
 */
import { escalationView, type EscalationView } from './escalation-view';
import type { EscalationModel, LevelNumber } from './escalation-model';
import type { LogEntry } from './effective-events';
import { readingAt } from './escalation';
import { DAY_MS, isoOf, parseTime } from '@parley/domain';
import { foldViews } from './view-state';

/** The days on which any model's level changes over the case (each read at the end of the day, UTC). */
function levelChanges(entries: readonly LogEntry[], models: readonly EscalationModel[]): CaseCalibration['changes'] {
  const state = foldViews(entries, {}, models[0]);
  const first = state.developments[0];
  const last = state.developments[state.developments.length - 1];
  if (first === undefined || last === undefined || models.length === 0) return [];
  const out: { at: string; levels: Record<string, LevelNumber> }[] = [];
  let previous = '';
  const start = Math.floor(first.instant / DAY_MS) * DAY_MS + DAY_MS - 1;
  for (let t = start; t <= last.instant + 30 * DAY_MS; t += DAY_MS) {
    const levels: Record<string, LevelNumber> = {};
    for (const model of models) levels[model.version] = readingAt(state, t, model).level;
    const key = JSON.stringify(levels);
    if (key !== previous) out.push({ at: isoOf(t), levels });
    previous = key;
  }
  return out;
}

export interface Judgement {
  readonly negotiationId: string;
  readonly at: string;
  readonly level: LevelNumber;
  readonly why: string;
}

export interface CalibrationRow {
  readonly judgement: Judgement;
  /** model version → its reading at the judgement's instant. */
  readonly readings: Readonly<Record<string, EscalationView>>;
}

export interface ModelScore {
  readonly version: string;
  readonly exact: number;
  readonly withinOne: number;
  readonly total: number;
}

export interface CaseCalibration {
  readonly negotiationId: string;
  /** One per analysts' call on this case; [] when the case has none. */
  readonly rows: readonly CalibrationRow[];
  /** Each day (end of day, UTC) where some model's level changes, from the first development to 30 days after the last. */
  readonly changes: readonly { readonly at: string; readonly levels: Readonly<Record<string, LevelNumber>> }[];
}

export interface Calibration {
  readonly cases: readonly CaseCalibration[];
  readonly scores: readonly ModelScore[];
}

/** Reads the judgements CSV (header `negotiation,at,level,why`; `why` may be quoted with "" escapes). */
export function parseJudgements(csv: string): Judgement[] {
  const rows = parseCsv(csv);
  const header = rows.shift() ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`judgements: no "${name}" column (header: ${header.join(',')})`);
    return i;
  };
  const [n, at, level, why] = [col('negotiation'), col('at'), col('level'), col('why')];
  return rows
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r, i) => {
      const value = Number(r[level]);
      if (![1, 2, 3, 4, 5].includes(value)) throw new Error(`judgements row ${i + 2}: level "${r[level]}" is not 1–5`);
      const when = r[at] ?? '';
      if (parseTime(when) === undefined) throw new Error(`judgements row ${i + 2}: at "${when}" is not a date-time`);
      return { negotiationId: r[n] ?? '', at: when, level: value as LevelNumber, why: r[why] ?? '' };
    });
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Every judgement of a case that has a log, read under each model as known then and now (the call knows everything recorded). */
export function calibrate(
  logs: ReadonlyMap<string, readonly LogEntry[]>,
  judgements: readonly Judgement[],
  models: readonly EscalationModel[],
): Calibration {
  const cases: CaseCalibration[] = [];
  for (const [negotiationId, entries] of logs) {
    const mine = judgements.filter((j) => j.negotiationId === negotiationId);
    const rows = mine.map((judgement) => {
      const T = parseTime(judgement.at)!.instant;
      const readings: Record<string, EscalationView> = {};
      for (const model of models) {
        readings[model.version] = escalationView(foldViews(entries, { at: T }, model), T, model, { drivers: 3 });
      }
      return { judgement, readings };
    });
    cases.push({ negotiationId, rows, changes: levelChanges(entries, models) });
  }
  const scores = models.map((model) => {
    let exact = 0;
    let withinOne = 0;
    let total = 0;
    for (const c of cases)
      for (const row of c.rows) {
        const level = row.readings[model.version]?.level;
        if (level === undefined) continue;
        total++;
        if (level === row.judgement.level) exact++;
        if (Math.abs(level - row.judgement.level) <= 1) withinOne++;
      }
    return { version: model.version, exact, withinOne, total };
  });
  return { cases, scores };
}
