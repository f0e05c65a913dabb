/**
 * The shipped example log (examples/pakistan-afghanistan-2025.jsonl) through
 * every view: nothing throws, the engine's incremental path equals the fold,
 * and the headline facts of the case come out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changesView } from './changes-view';
import { escalationSeries } from './escalation-series';
import { escalationView } from './escalation-view';
import { matrixCsv, matrixView } from './matrix-view';
import { statusView } from './status-view';
import { DAY, entriesOfJsonl, ms } from './testing/builders';
import { timelineView } from './timeline-view';
import { applyEvent, emptyViewState, foldViews, needsRefold } from './view-state';

const FILE = join(__dirname, '../../../examples/pakistan-afghanistan-2025.jsonl');

(existsSync(FILE) ? describe : describe.skip)('the example case', () => {
  const entries = existsSync(FILE) ? entriesOfJsonl(readFileSync(FILE, 'utf8')) : [];
  const NOW = ms('2025-11-20');

  it('folds incrementally exactly as in one go', () => {
    let state = emptyViewState(entries[0]?.event.negotiationId ?? '');
    entries.forEach((entry, i) => {
      state = needsRefold(state, entry) ? foldViews(entries.slice(0, i + 1)) : applyEvent(state, entry);
    });
    expect(state).toEqual(foldViews(entries));
  });

  it('has the case from the first development it covers: title and parties on 12 Oct, before the Doha talks were announced', () => {
    const status = statusView(foldViews(entries, { at: ms('2025-10-12T23:59:00Z') }), ms('2025-10-12T23:59:00Z'));
    expect(status.title).toBe('Pakistan – Afghan Taliban talks, 2025');
    expect(status.parties.map((p) => p.id)).toEqual(['pakistan', 'afghan-taliban']);
  });

  it('dates the "final message" to its report after the third round: not active on 3 Nov, active at the end of November', () => {
    const active = (at: string) =>
      statusView(foldViews(entries, { at: ms(at) }), ms(at)).ultimatums.map((u) => u.ultimatumId);
    expect(active('2025-11-03')).toEqual([]);
    expect(active('2025-11-30')).toEqual(['final-message-2025-11']);
  });

  it('gives the developments that report one occurrence one key: the Doha agreement, the joint requests of 12 and 30 Oct', () => {
    const byOccurrence = new Map<string, string[]>();
    for (const { event } of entries) {
      if (event.occurrence !== undefined)
        byOccurrence.set(event.occurrence, [...(byOccurrence.get(event.occurrence) ?? []), event.type]);
    }
    expect(byOccurrence.get('doha-agreement-2025-10-19')?.sort()).toEqual([
      'AgreementReached',
      'CeasefireDeclared',
      'CeasefireEnded',
      'TalksRoundConcluded',
    ]);
    expect(byOccurrence.get('pause-request-2025-10-12')).toEqual(['MediationAction', 'MediationAction']);
    expect(byOccurrence.get('resumption-request-2025-10-30')).toEqual(['MediationAction', 'MediationAction']);
  });

  it('answers every view now and as of past dates', () => {
    const state = foldViews(entries);
    const status = statusView(state, NOW);
    expect(status.parties.map((p) => p.id)).toEqual(['pakistan', 'afghan-taliban']);
    expect(status.escalation.modelVersion).toBe('v2');
    const matrix = matrixView(state);
    expect(matrix.rows.length).toBeGreaterThan(0);
    expect(matrixCsv(matrix).split('\r\n').length).toBe(matrix.rows.length + 2);
    expect(escalationView(state, NOW).drivers.length).toBeGreaterThan(0);
    expect(escalationSeries(state, ms('2025-10-01'), NOW, DAY).points).toHaveLength(51);
    expect(timelineView(entries).items.length).toBeGreaterThan(0);
    expect(changesView(entries, ms('2025-10-25'), ms('2025-11-10')).developments.length).toBeGreaterThan(0);
    for (const at of ['2025-10-10', '2025-10-20', '2025-11-01', '2025-11-08']) {
      const past = foldViews(entries, { at: ms(at) });
      expect(() => statusView(past, ms(at))).not.toThrow();
    }
  });
});
