/**
 * The second example case (examples/india-pakistan-2025.jsonl) is what an
 * analyst could have recorded: the file is exactly what its source list
 * declares, every line decodes, every event replayed through `decide` at its
 * own recordedAt is accepted unchanged, and the views show what an analyst
 * following the crisis would expect on the days that mattered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromStoredEvent, toInstant } from '@parley/domain';
import { replayLog } from '@parley/domain/replay';
import {
  applyEvent,
  emptyViewState,
  escalationView,
  foldViews,
  type LogEntry,
  matrixView,
  needsRefold,
  statusView,
  timelineView,
} from '@parley/projections';
import { caseProblems, caseText } from '../../examples/case-builder';
import definition from '../../examples/india-pakistan-2025';

const FILE = join(__dirname, '../../examples', definition.file);
const text = readFileSync(FILE, 'utf8');
const events = text
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => fromStoredEvent(JSON.parse(line)));
const entries: LogEntry[] = events.map((event, i) => ({ event, position: i + 1 }));

/** The views as of T (world time), knowing what had been recorded by `knownAt` (default: everything). */
function status(T: string, knownAt?: string) {
  const at = toInstant(T);
  const state = foldViews(entries, knownAt === undefined ? { at } : { at, knownAt: toInstant(knownAt) });
  return statusView(state, at);
}

describe('the India–Pakistan 2025 example', () => {
  it('is the file its source list builds, and passes every check of the builder', () => {
    expect(text).toBe(caseText(definition));
    expect(caseProblems(definition, text)).toEqual([]);
  });

  it('decodes, and every event is accepted by decide as recorded', () => {
    expect(events.length).toBeGreaterThanOrEqual(50);
    expect(events[0]?.type).toBe('NegotiationOpened');
    const { problems, state } = replayLog(events);
    expect(problems).toEqual([]);
    expect(state.negotiationId).toBe('india-pakistan-2025');
  });

  it('folds incrementally exactly as in one go, and every view answers on every day of the crisis', () => {
    let state = emptyViewState('india-pakistan-2025');
    entries.forEach((entry, i) => {
      state = needsRefold(state, entry) ? foldViews(entries.slice(0, i + 1)) : applyEvent(state, entry);
    });
    expect(state).toEqual(foldViews(entries));
    for (let day = toInstant('2025-04-22'); day <= toInstant('2025-06-30'); day += 86_400_000) {
      const past = foldViews(entries, { at: day });
      expect(() => [statusView(past, day), matrixView(past), escalationView(past, day)]).not.toThrow();
    }
    const items = timelineView(entries).items;
    expect(items).toHaveLength(entries.filter((e) => e.event.type !== 'EventCorrected').length);
    expect(
      items
        .filter((i) => i.corrections.length > 0)
        .map((i) => i.corrections.length)
        .sort(),
    ).toEqual([1, 1, 2]);
  });

  it('before Operation Sindoor: the 2021 LoC understanding violated nightly, the treaty ultimatum active', () => {
    const s = status('2025-05-06T12:00:00Z');
    expect(s.parties.map((p) => p.id)).toEqual(['india', 'pakistan']);
    expect(s.ceasefire).toMatchObject({
      state: 'violated',
      ceasefireId: 'loc-understanding-2021-02-25',
      violations: 6,
    });
    expect(s.ultimatums.map((u) => [u.ultimatumId, u.by, u.deadlineStatus])).toEqual([
      ['ind-indus-waters-treaty-in-abeyance', 'india', 'none'],
    ]);
    expect(s.otherActors.map((a) => [a.id, a.role])).toContainEqual(['the-resistance-front', 'spoiler']);
    expect(s.rounds.held).toBe(0);
  });

  it('on 10 May after 17:00 IST: the DGMO understanding in force; by the next morning, violated', () => {
    const evening = status('2025-05-10T13:00:00Z');
    expect(evening.ceasefire).toMatchObject({
      state: 'in-force',
      ceasefireId: 'dgmo-understanding-2025-05-10',
      violations: 0,
    });
    expect(evening.ceasefire.parties).toEqual(['india', 'pakistan']);
    expect(evening.rounds.last).toMatchObject({
      roundId: 'dgmo-call-2025-05-10',
      outcome: 'agreement',
      inSession: false,
    });
    expect(evening.latestAgreement).toMatchObject({ kind: 'ceasefire', signatories: ['india', 'pakistan'] });

    const next = status('2025-05-11T06:00:00Z');
    expect(next.ceasefire).toMatchObject({ state: 'violated', violations: 1 });
    expect(next.ultimatums).toHaveLength(1);
  });

  it('what was known on 17 May (ceasefire "until 18 May") differs from what was known after the Army said "no expiry date"', () => {
    const then = status('2025-05-19T00:00:00Z', '2025-05-17T00:00:00Z');
    expect(then.ceasefire).toMatchObject({ state: 'ended', duration: 'temporary', until: '2025-05-18' });
    expect(then.ceasefire.ended).toMatchObject({ reason: 'expired', inferred: true });

    const later = status('2025-05-19T00:00:00Z');
    expect(later.ceasefire.state).not.toBe('ended');
    expect(later.ceasefire).toMatchObject({
      ceasefireId: 'dgmo-understanding-2025-05-10',
      duration: 'indefinite',
      until: null,
      extensions: 2,
    });
  });

  it('at the end of June: two DGMO rounds held, the treaty still in abeyance, the mediators registered', () => {
    const s = status('2025-06-30T12:00:00Z');
    expect(s.rounds.held).toBe(2);
    expect(s.rounds.last).toMatchObject({ roundId: 'dgmo-talks-2025-05-12', outcome: 'progress' });
    expect(s.ultimatums.map((u) => u.ultimatumId)).toEqual(['ind-indus-waters-treaty-in-abeyance']);
    expect(s.mediators.map((a) => a.id)).toEqual(['united-states', 'saudi-arabia']);
    expect(s.demands.total).toBe(5);
  });

  it('the matrix holds the demands recorded, with each side’s latest stance and its history', () => {
    const m = matrixView(foldViews(entries));
    const cell = (demandId: string, actorId: string) =>
      m.rows.find((r) => r.demandId === demandId)?.cells.find((c) => c.actorId === actorId);
    expect(m.rows.map((r) => [r.demandId, r.by])).toEqual([
      ['ind-abjure-cross-border-terrorism', 'india'],
      ['pak-honour-indus-waters-treaty', 'pakistan'],
      ['pak-neutral-investigation-pahalgam', 'pakistan'],
      ['pak-dialogue-kashmir-water', 'pakistan'],
      ['ind-vacate-pakistan-occupied-kashmir', 'india'],
    ]);
    expect(cell('ind-abjure-cross-border-terrorism', 'pakistan')?.value).toBe('rejected');
    expect(cell('pak-honour-indus-waters-treaty', 'india')?.history.map((h) => h.stance)).toEqual([
      'conditional',
      'rejected',
    ]);
    expect(cell('pak-neutral-investigation-pahalgam', 'india')?.value).toBe('rejected');
    expect(cell('pak-dialogue-kashmir-water', 'india')?.value).toBe('counter-proposed');
    expect(cell('ind-vacate-pakistan-occupied-kashmir', 'pakistan')?.value).toBe('no-position');
  });
});
