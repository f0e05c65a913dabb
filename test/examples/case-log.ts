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
