/**
 * A case fixture as the log a store would hold it, and the headline escalation read from that log: what the
 * case specs hold the model to.
 */
import { fromStoredEvent, toInstant } from '@parley/domain';
import { escalationView, foldViews, type EscalationView, type LogEntry } from '@parley/projections';
import { caseText } from '../../examples/case-builder';

/** The case's events in log order, as a store would hand them back (positions from 1). */
export function caseEntries(definition: Parameters<typeof caseText>[0]): LogEntry[] {
  return caseText(definition)
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => ({ event: fromStoredEvent(JSON.parse(line)), position: i + 1 }));
}

/** The headline escalation at T (world time), knowing the whole log. */
export function escalationAt(entries: readonly LogEntry[], T: string): EscalationView {
  const at = toInstant(T);
  return escalationView(foldViews(entries, { at }), at);
}

/** An analyst's call on a case, written from DOMAIN.md §5b before the model was run: [at, level, why]. */
export type Call = readonly [at: string, level: 1 | 2 | 3 | 4 | 5, why: string];

/**
 * A call the log cannot bear out (what the analyst sees is not in it), kept as written, with what the model reads on
 * its date instead: the level and the rule of the first reason.
 */
export interface LeftCall {
  readonly call: Call;
  readonly model: Call[1];
  readonly rule: string;
}

/**
 * One test per call left as the model reads it: its level and first rule on the call's date are the ones written beside
 * the call; `check`, when given, asserts more of that reading.
 */
export function itLeavesEachCall(
  escalation: (T: string) => EscalationView,
  left: readonly LeftCall[],
  check?: (view: EscalationView) => void,
): void {
  it.each(left)(
    "at $call.0 the analyst calls level $call.1 (left at the model's $model): $call.2",
    ({ call, model, rule }) => {
      const view = escalation(call[0]);
      expect({ level: view.level, rule: view.reasons[0]?.rule }).toEqual({ level: model, rule });
      check?.(view);
    },
  );
}

/** One test per call: the model's level at `at` is the analyst's (the reasons are shown when it is not). */
export function itReadsEachCall(escalation: (T: string) => EscalationView, calls: readonly Call[]): void {
  it.each(calls)('at %s the analyst calls level %i: %s', (at, level) => {
    const view = escalation(at);
    expect({ at, level: view.level, reasons: view.reasons.map((r) => r.text) }).toMatchObject({ at, level });
  });
}

/**
 * For a case with no fire between the two sides' forces: no call date reads militarised or worse, and no reason given
 * is armed action (the comment beside the call says why the case is such).
 */
export function itReadsNoArmedAction(escalation: (T: string) => EscalationView, calls: readonly Call[]): void {
  it('no call date is militarised or worse, and no reason given is armed action', () => {
    const read = calls.map(([at]) => escalation(at));
    expect(read.filter((view) => view.level >= 4)).toEqual([]);
    expect(read.flatMap((view) => view.reasons.filter((r) => r.rule === 'armed-action'))).toEqual([]);
  });
}

/**
 * The reasons given on the calls' dates that cite one of `ids` (each as `at: text`), among those `keep` takes: what a
 * case spec expects to be empty when those developments are a third party's, or must not weigh on the pair's level.
 */
export function reasonsCiting(
  escalation: (T: string) => EscalationView,
  calls: readonly (readonly [at: string, ...rest: unknown[]])[],
  ids: Iterable<string>,
  keep: (reason: EscalationView['reasons'][number]) => boolean = () => true,
): string[] {
  const cited = new Set(ids);
  return calls.flatMap(([at]) =>
    escalation(at)
      .reasons.filter((r) => keep(r) && r.eventIds.some((id) => cited.has(id)))
      .map((r) => `${at}: ${r.text}`),
  );
}

/** The dates among `ats` whose reasons cite the development `eventId`: a lasting condition's dates, when it holds. */
export function datesCiting(
  escalation: (T: string) => EscalationView,
  ats: readonly string[],
  eventId: string,
): string[] {
  return ats.filter((at) => escalation(at).reasons.some((r) => r.eventIds.includes(eventId)));
}

/**
 * Developments of a case that must not weigh on the pair's level (a third party's or a mediator's registration): there
 * are some, and no reason given on the calls' dates cites one. `what` completes the test's name.
 */
export function itCitesNone(
  escalation: (T: string) => EscalationView,
  calls: readonly (readonly [at: string, ...rest: unknown[]])[],
  what: string,
  developments: readonly { readonly eventId: string }[],
): void {
  it(`no reason for the level is ${what}`, () => {
    expect(developments.length).toBeGreaterThan(0);
    expect(
      reasonsCiting(
        escalation,
        calls,
        developments.map((e) => e.eventId),
      ),
    ).toEqual([]);
  });
}
