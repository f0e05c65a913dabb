import { toInstant } from '@parley/domain';
import { changesView } from './changes-view';
import { escalationView } from './escalation-view';
import { ESCALATION_MODEL_V1 } from './escalation-model';
import { matrixView } from './matrix-view';
import { statusView } from './status-view';
import { LogBuilder, ms } from './testing/builders';
import { timelineView } from './timeline-view';
import { foldViews } from './view-state';

/**
 * The first example as it was recorded: an attack (8 Oct), a demand (12 Oct)
 * and a clash (15 Oct) dated before the negotiation was opened (17 Oct), the
 * TTP registered after its attack. Replayed to 12 Oct, the views must still
 * name the negotiation and everyone in it, not show their ids.
 */
function recordedLater() {
  const log = new LogBuilder();
  log.add(
    'IncidentReported',
    {
      incidentId: 'orakzai',
      kind: 'militant-attack',
      description: 'Attack on a convoy in Orakzai',
      perpetrator: 'ttp',
      against: 'pakistan',
      fatalities: { min: 11, max: 11 },
    },
    { occurredAt: '2025-10-08' },
  );
  log.add(
    'DemandTabled',
    {
      demandId: 'expel-isis',
      by: 'afghan-taliban',
      addressedTo: ['pakistan'],
      text: 'Expel ISIS members',
      category: 'security',
    },
    { occurredAt: '2025-10-12' },
  );
  log.add(
    'PositionTaken',
    { demandId: 'expel-isis', actorId: 'pakistan', stance: 'rejected' },
    { occurredAt: '2025-10-12' },
  );
  log.open({ occurredAt: '2025-10-17' });
  log.add(
    'ActorRegistered',
    { actor: { id: 'ttp', name: 'Tehreek-e-Taliban Pakistan', kind: 'armed-group' }, role: 'spoiler' },
    { occurredAt: '2025-10-18' },
  );
  log.add(
    'ActorRegistered',
    { actor: { id: 'ttp', name: 'TTP (renamed later)', kind: 'armed-group' }, role: 'spoiler' },
    { occurredAt: '2025-10-20' },
  );
  return log;
}

describe('names before the opening', () => {
  const log = recordedLater();
  const T = ms('2025-10-12T23:59:59.999Z');
  const state = foldViews(log.entries, { at: T });

  it('the status names the negotiation and its parties, though it was opened later (the phase is still pre-talks)', () => {
    const status = statusView(state, T);
    expect(status.title).toBe('Pakistan – Afghan Taliban talks');
    expect(status.subject).toBe('Cross-border militancy');
    expect(status.parties.map((p) => p.name)).toEqual(['Pakistan', 'Afghan Taliban']);
    expect(status.mediators.map((p) => p.name)).toEqual(['Qatar', 'Türkiye']);
    expect(status.phase).toBe('pre-talks');
    // Only what occurred by then counts as registered: the TTP is no "other actor" yet.
    expect(status.otherActors).toEqual([]);
  });

  it('the matrix columns and the developments name the actors', () => {
    const matrix = matrixView(state);
    expect(matrix.columns.map((c) => c.name)).toEqual(['Afghan Taliban', 'Pakistan']);
    const items = timelineView(log.entries, { at: T }).items.map((i) => i.summary);
    expect(items.join('\n')).not.toMatch(/\b(ttp|afghan-taliban|pakistan)\b/);
    expect(items[0]).toContain('Tehreek-e-Taliban Pakistan');
  });

  it('the escalation drivers name the perpetrator by the first name Parley was given', () => {
    const drivers = escalationView(state, T, ESCALATION_MODEL_V1).drivers.map((d) => d.summary);
    expect(drivers.join('\n')).toContain('Militant attack by Tehreek-e-Taliban Pakistan');
    expect(drivers.join('\n')).not.toContain('by ttp');
  });

  it('a name not yet recorded at knownAt is not known: the id shows', () => {
    const opening = log.entries.find((e) => e.event.type === 'NegotiationOpened')!;
    const knownAt = toInstant(opening.event.recordedAt) - 1;
    const before = foldViews(log.entries, { at: T, knownAt });
    expect(statusView(before, T)).toMatchObject({ title: null, parties: [] });
    expect(matrixView(before).columns.map((c) => c.name)).toEqual(['afghan-taliban', 'pakistan']);
  });

  it('"what changed" over the days before the opening names the actors too', () => {
    const c = changesView(log.entries, ms('2025-10-08'), T);
    expect(c.stanceChanges.map((s) => s.actorName)).toEqual(['Pakistan']);
    expect(c.demands.tabled.map((d) => d.byName)).toEqual(['Afghan Taliban']);
  });
});
