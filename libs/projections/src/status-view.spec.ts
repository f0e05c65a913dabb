import { DEFAULT_ESCALATION_MODEL, ESCALATION_MODEL_V1, type EscalationModel } from './escalation-model';
import { briefMarkdown } from './brief';
import { changesView } from './changes-view';
import { escalationView } from './escalation-view';
import { matrixView } from './matrix-view';
import { statusView } from './status-view';
import { timelineView } from './timeline-view';
import { DAY, LogBuilder, ms, PAKISTAN, TALIBAN } from './testing/builders';
import { foldViews } from './view-state';

/** The status at T from the events folded at T. */
function statusAt(log: LogBuilder, T: string, model: EscalationModel = DEFAULT_ESCALATION_MODEL) {
  return statusView(foldViews(log.entries, { at: ms(T) }), ms(T), model);
}

function opened() {
  const log = new LogBuilder();
  log.open({ occurredAt: '2025-10-01' });
  return log;
}

describe('status: phase', () => {
  it('given only the opening, then pre-talks', () => {
    expect(statusAt(opened(), '2025-10-05').phase).toBe('pre-talks');
  });

  it('given a round planned after T, then scheduled; once its date has come without an opening, not any more', () => {
    const log = opened();
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r1', label: 'Doha 1', plannedFor: '2025-10-18' },
      { occurredAt: '2025-10-10' },
    );
    expect(statusAt(log, '2025-10-17T23:59:59Z').phase).toBe('scheduled');
    expect(statusAt(log, '2025-10-18').phase).toBe('pre-talks'); // planned 00:00 UTC that day: no longer "after T"
  });

  it('given the scheduled round was cancelled, then not scheduled', () => {
    const log = opened();
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r1', label: 'Doha 1', plannedFor: '2025-10-18' },
      { occurredAt: '2025-10-10' },
    );
    log.add('TalksRoundCancelled', { roundId: 'r1' }, { occurredAt: '2025-10-12' });
    expect(statusAt(log, '2025-10-11').phase).toBe('scheduled');
    expect(statusAt(log, '2025-10-13').phase).toBe('pre-talks');
  });

  it('given a postponement, then a new date keeps it scheduled and no date unschedules it', () => {
    const log = opened();
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r1', label: 'Doha 1', plannedFor: '2025-10-18' },
      { occurredAt: '2025-10-10' },
    );
    log.add('TalksRoundPostponed', { roundId: 'r1', plannedFor: '2025-10-25' }, { occurredAt: '2025-10-16' });
    log.add('TalksRoundPostponed', { roundId: 'r1', reason: 'sine die' }, { occurredAt: '2025-10-22' });
    const s = statusAt(log, '2025-10-20');
    expect(s.phase).toBe('scheduled');
    expect(s.rounds.next).toMatchObject({ roundId: 'r1', plannedFor: '2025-10-25' });
    expect(statusAt(log, '2025-10-23').phase).toBe('pre-talks');
  });

  it('given a round opened and not concluded, then in-session — even with another round scheduled', () => {
    const log = opened();
    log.add('TalksRoundOpened', { roundId: 'r1', label: 'Doha 1', venue: 'Doha' }, { occurredAt: '2025-10-18' });
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r2', label: 'Istanbul 1', plannedFor: '2025-10-25' },
      { occurredAt: '2025-10-19' },
    );
    expect(statusAt(log, '2025-10-20').phase).toBe('in-session');
  });

  it.each([
    ['agreement', 'agreement'],
    ['progress', 'progressing'],
    ['no-progress', 'stalled'],
    ['adjourned', 'stalled'],
    ['collapsed', 'collapsed'],
  ] as const)('given the latest concluded round ended in %s, then %s', (outcome, phase) => {
    const log = opened();
    log.add('TalksRoundOpened', { roundId: 'r1', label: 'Doha 1' }, { occurredAt: '2025-10-18' });
    log.add('TalksRoundConcluded', { roundId: 'r1', outcome }, { occurredAt: '2025-10-19' });
    expect(statusAt(log, '2025-10-20').phase).toBe(phase);
  });

  it('given two concluded rounds, then the later by occurredAt decides, not the later recorded', () => {
    const log = opened();
    log.add('TalksRoundConcluded', { roundId: 'r2', outcome: 'progress' }, { occurredAt: '2025-10-30' });
    log.add('TalksRoundConcluded', { roundId: 'r1', outcome: 'collapsed' }, { occurredAt: '2025-10-19' }); // backdated
    expect(statusAt(log, '2025-11-01').phase).toBe('progressing');
  });

  it('given a concluded round and the next one scheduled, then scheduled (scheduled > outcome)', () => {
    const log = opened();
    log.add('TalksRoundConcluded', { roundId: 'r1', outcome: 'collapsed' }, { occurredAt: '2025-10-19' });
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r2', label: 'Istanbul', plannedFor: '2025-11-06' },
      { occurredAt: '2025-10-30' },
    );
    expect(statusAt(log, '2025-10-29').phase).toBe('collapsed');
    expect(statusAt(log, '2025-11-01').phase).toBe('scheduled');
  });

  it('given talks suspended during a round, then suspended (suspended > in-session); resumed, then back to in-session', () => {
    const log = opened();
    log.add('TalksRoundOpened', { roundId: 'r1', label: 'Doha 1' }, { occurredAt: '2025-10-18' });
    log.add('TalksSuspended', { by: 'pakistan', reason: 'attack' }, { occurredAt: '2025-10-19' });
    log.add('TalksResumed', { by: 'pakistan' }, { occurredAt: '2025-10-21' });
    const suspended = statusAt(log, '2025-10-20');
    expect(suspended.phase).toBe('suspended');
    expect(suspended.suspended).toEqual({ by: 'pakistan', reason: 'attack', since: '2025-10-19', temporary: false });
    expect(statusAt(log, '2025-10-22').phase).toBe('in-session');
  });

  it('given talks suspended for a time by the suspending party’s own account, then the suspension says it is a pause', () => {
    const log = opened();
    log.add('TalksSuspended', { by: 'pakistan', temporary: true }, { occurredAt: '2025-10-19' });
    const paused = statusAt(log, '2025-10-20');
    expect(paused.phase).toBe('suspended');
    expect(paused.suspended).toEqual({ by: 'pakistan', reason: null, since: '2025-10-19', temporary: true });
    // A resumption ends the pause; a later suspension not said to be temporary is not one.
    log.add('TalksResumed', { by: 'pakistan' }, { occurredAt: '2025-10-21' });
    log.add('TalksSuspended', { by: 'pakistan' }, { occurredAt: '2025-10-23' });
    expect(statusAt(log, '2025-10-22').suspended).toBeNull();
    expect(statusAt(log, '2025-10-24').suspended?.temporary).toBe(false);
  });

  it('given a suspension that occurred after a resumption recorded later, then suspended (later by occurredAt wins)', () => {
    const log = opened();
    log.add('TalksSuspended', { by: 'pakistan' }, { occurredAt: '2025-10-25' });
    log.add('TalksResumed', {}, { occurredAt: '2025-10-20' }); // recorded later, happened earlier
    expect(statusAt(log, '2025-10-26').phase).toBe('suspended');
  });

  it('given the negotiation closed while suspended, then closed (closed > everything)', () => {
    const log = opened();
    log.add('TalksRoundOpened', { roundId: 'r1', label: 'r1' }, { occurredAt: '2025-10-18' });
    log.add('TalksSuspended', { by: 'pakistan' }, { occurredAt: '2025-10-19' });
    log.add('NegotiationClosed', { outcome: 'collapsed', summary: 'talks over' }, { occurredAt: '2025-10-20' });
    const s = statusAt(log, '2025-10-21');
    expect(s.phase).toBe('closed');
    expect(s.closed).toEqual({ outcome: 'collapsed', summary: 'talks over', occurredAt: '2025-10-20' });
  });
});

describe('status: rounds', () => {
  it('counts held rounds (opened, or concluded without a recorded opening), gives the last and the next', () => {
    const log = opened();
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r1', label: 'Doha 1', venue: 'Doha', plannedFor: '2025-10-18' },
      { occurredAt: '2025-10-15' },
    );
    log.add('TalksRoundOpened', { roundId: 'r1' }, { occurredAt: '2025-10-18' });
    log.add(
      'TalksRoundConcluded',
      { roundId: 'r1', outcome: 'agreement', summary: 'ceasefire' },
      { occurredAt: '2025-10-19' },
    );
    log.add('TalksRoundConcluded', { roundId: 'r2', outcome: 'progress' }, { occurredAt: '2025-10-30' });
    log.add(
      'TalksRoundScheduled',
      { roundId: 'r3', label: 'Istanbul 3', plannedFor: '2025-11-06' },
      { occurredAt: '2025-10-31' },
    );
    const s = statusAt(log, '2025-11-02');
    expect(s.rounds.held).toBe(2);
    expect(s.rounds.last).toMatchObject({
      roundId: 'r2',
      outcome: 'progress',
      concludedAt: '2025-10-30',
      inSession: false,
    });
    expect(s.rounds.next).toMatchObject({
      roundId: 'r3',
      label: 'Istanbul 3',
      plannedFor: '2025-11-06',
      openedAt: null,
    });
    expect(s.daysSinceLastRound).toBe(3);

    const earlier = statusAt(log, '2025-10-20');
    expect(earlier.rounds.last).toMatchObject({
      roundId: 'r1',
      label: 'Doha 1',
      venue: 'Doha',
      openedAt: '2025-10-18',
      concludedAt: '2025-10-19',
      outcome: 'agreement',
    });
    expect(earlier.rounds.next).toBeNull();
    expect(earlier.daysSinceLastRound).toBe(1);
  });

  it('gives 0 days since the last round while one is in session, null before any', () => {
    const log = opened();
    expect(statusAt(log, '2025-10-10').daysSinceLastRound).toBeNull();
    log.add('TalksRoundOpened', { roundId: 'r1', label: 'Doha 1' }, { occurredAt: '2025-10-18' });
    expect(statusAt(log, '2025-10-25').daysSinceLastRound).toBe(0);
  });
});

describe('status: actors', () => {
  it('lists parties, mediators and the other registered actors with their roles', () => {
    const log = opened();
    log.add('ActorRegistered', {
      actor: { id: 'ttp', name: 'TTP', kind: 'armed-group', aliases: ['Fitna al-Khawarij'] },
      role: 'spoiler',
    });
    log.add('ActorRegistered', {
      actor: { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state' },
      role: 'mediator',
    });
    const s = statusAt(log, '2025-10-05');
    expect(s.parties.map((a) => a.id)).toEqual([PAKISTAN.id, TALIBAN.id]);
    expect(s.mediators.map((a) => a.id)).toEqual(['qatar', 'turkiye', 'saudi-arabia']);
    expect(s.otherActors).toEqual([
      { id: 'ttp', name: 'TTP', kind: 'armed-group', role: 'spoiler', aliases: ['Fitna al-Khawarij'] },
    ]);
    expect(s.title).toBe('Pakistan – Afghan Taliban talks');
  });
});

describe('status: ultimatums', () => {
  function withUltimatum(deadline?: string) {
    const log = opened();
    log.add(
      'UltimatumIssued',
      {
        ultimatumId: 'u1',
        by: 'pakistan',
        to: ['afghan-taliban'],
        demandIds: ['d1'],
        consequences: 'strikes',
        channel: 'via Turkish mediators',
        ...(deadline ? { deadline } : {}),
      },
      { occurredAt: '2025-11-01' },
    );
    return log;
  }

  it('given a deadline ahead, then active with whole days left (rounded up)', () => {
    const [u] = statusAt(withUltimatum('2025-11-07'), '2025-11-05T12:00:00Z').ultimatums;
    expect(u).toMatchObject({
      ultimatumId: 'u1',
      by: 'pakistan',
      to: ['afghan-taliban'],
      demandIds: ['d1'],
      deadlineStatus: 'pending',
      daysLeft: 2,
      daysOverdue: null,
    });
  });

  it('given the deadline exactly at T, then pending with 0 days left', () => {
    const [u] = statusAt(withUltimatum('2025-11-07'), '2025-11-07').ultimatums;
    expect(u).toMatchObject({ deadlineStatus: 'pending', daysLeft: 0 });
  });

  it('given the deadline passed without a resolution, then overdue with whole days overdue', () => {
    const [u] = statusAt(withUltimatum('2025-11-07'), '2025-11-10').ultimatums;
    expect(u).toMatchObject({ deadlineStatus: 'overdue', daysLeft: null, daysOverdue: 3 });
  });

  it('given no deadline ("final message"), then active without days', () => {
    const [u] = statusAt(withUltimatum(), '2025-11-10').ultimatums;
    expect(u).toMatchObject({ deadline: null, deadlineStatus: 'none', daysLeft: null, daysOverdue: null });
  });

  it('given a resolution, then no longer active (but active before it occurred)', () => {
    const log = withUltimatum('2025-11-07');
    log.add('UltimatumResolved', { ultimatumId: 'u1', resolution: 'rejected' }, { occurredAt: '2025-11-08' });
    expect(statusAt(log, '2025-11-09').ultimatums).toEqual([]);
    expect(statusAt(log, '2025-11-07T12:00:00Z').ultimatums).toHaveLength(1);
  });
});

describe('status: agreements', () => {
  function reached(status?: 'initialled') {
    const log = opened();
    log.add(
      'AgreementReached',
      {
        agreementId: 'a1',
        kind: 'comprehensive',
        provisions: [],
        signatories: ['pakistan', 'afghan-taliban'],
        textPublic: false,
        ...(status ? { status } : {}),
      },
      { occurredAt: '2025-10-19' },
    );
    return log;
  }

  it('given an agreement with no status, then agreed and being implemented, as every agreement recorded before statuses', () => {
    expect(statusAt(reached(), '2025-10-20').agreements).toEqual([
      {
        agreementId: 'a1',
        kind: 'comprehensive',
        occurredAt: '2025-10-19',
        signatories: ['pakistan', 'afghan-taliban'],
        status: null,
        statusText: null,
        since: '2025-10-19',
        by: null,
        reason: null,
        implemented: true,
      },
    ]);
  });

  it('given an agreement initialled, then signed, then suspended by a party: each status from its date, the latest at T', () => {
    const log = reached('initialled');
    log.add('AgreementStatusChanged', { agreementId: 'a1', status: 'signed' }, { occurredAt: '2025-11-01' });
    log.add(
      'AgreementStatusChanged',
      { agreementId: 'a1', status: 'suspended', by: 'pakistan', reason: 'Held in abeyance' },
      { occurredAt: '2025-11-20' },
    );
    const at = (T: string) => {
      const [a] = statusAt(log, T).agreements;
      return (
        a && {
          status: a.status,
          statusText: a.statusText,
          since: a.since,
          by: a.by,
          reason: a.reason,
          implemented: a.implemented,
        }
      );
    };
    expect(statusAt(log, '2025-10-18').agreements).toEqual([]);
    expect(at('2025-10-20')).toEqual({
      status: 'initialled',
      statusText: 'initialled',
      since: '2025-10-19',
      by: null,
      reason: null,
      implemented: false,
    });
    expect(at('2025-11-02')).toEqual({
      status: 'signed',
      statusText: 'signed',
      since: '2025-11-01',
      by: null,
      reason: null,
      implemented: true,
    });
    expect(at('2025-11-21')).toEqual({
      status: 'suspended',
      statusText: 'suspended',
      since: '2025-11-20',
      by: 'pakistan',
      reason: 'Held in abeyance',
      implemented: false,
    });
    // The brief says where it stands, not "signed by".
    const T = ms('2025-11-21');
    const state = foldViews(log.entries, { at: T });
    const brief = briefMarkdown({
      status: statusView(state, T),
      matrix: matrixView(state, DEFAULT_ESCALATION_MODEL, { at: T }),
      escalation: escalationView(state, T),
      timeline: timelineView(log.entries, { at: T }),
      changes: changesView(log.entries, T - 7 * DAY, T),
    });
    expect(brief).toContain(
      '- **Latest agreement:** comprehensive on 2025-10-19, between Pakistan, Afghan Taliban; suspended by Pakistan since 2025-11-20, not being implemented',
    );
  });
});

describe('status: ceasefire', () => {
  function declared(duration: 'temporary' | 'indefinite', until?: string) {
    const log = opened();
    log.add(
      'CeasefireDeclared',
      {
        ceasefireId: 'c1',
        parties: ['pakistan', 'afghan-taliban'],
        duration,
        ...(until ? { until } : {}),
        mediatedBy: ['qatar'],
      },
      { occurredAt: '2025-10-15T13:00:00Z' },
    );
    return log;
  }

  it('given none declared, then none', () => {
    expect(statusAt(opened(), '2025-10-20').ceasefire).toMatchObject({
      state: 'none',
      ceasefireId: null,
      violations: 0,
    });
  });

  it('given one declared, then in-force', () => {
    expect(statusAt(declared('indefinite'), '2025-10-20').ceasefire).toMatchObject({
      state: 'in-force',
      ceasefireId: 'c1',
      duration: 'indefinite',
      declaredAt: '2025-10-15T13:00:00Z',
    });
  });

  it('given a partial ceasefire (energy infrastructure only), then the status and the brief say it is partial and what it covers', () => {
    const log = opened();
    log.add(
      'CeasefireDeclared',
      {
        ceasefireId: 'energy',
        parties: ['pakistan', 'afghan-taliban'],
        scope: 'Strikes on energy infrastructure only',
        coverage: 'partial',
        duration: 'temporary',
        until: '2025-11-15',
      },
      { occurredAt: '2025-10-15' },
    );
    const T = ms('2025-10-20');
    const state = foldViews(log.entries, { at: T });
    const status = statusView(state, T);
    expect(status.ceasefire).toMatchObject({
      state: 'in-force',
      coverage: 'partial',
      scope: 'Strikes on energy infrastructure only',
    });
    const brief = briefMarkdown({
      status,
      matrix: matrixView(state, DEFAULT_ESCALATION_MODEL, { at: T }),
      escalation: escalationView(state, T),
      timeline: timelineView(log.entries, { at: T }),
      changes: changesView(log.entries, T - 7 * DAY, T),
    });
    expect(brief).toContain(
      '- **Ceasefire:** partial (Strikes on energy infrastructure only), in-force, declared 2025-10-15',
    );
    // One of all hostilities, recorded before coverage existed, reads as it always did.
    expect(statusAt(declared('indefinite'), '2025-10-20').ceasefire.coverage).toBe('all-hostilities');
  });

  it('given violations reported since, then violated with their count', () => {
    const log = declared('indefinite');
    log.add(
      'CeasefireViolationReported',
      { ceasefireId: 'c1', allegedBy: 'afghan-taliban', against: 'pakistan' },
      { occurredAt: '2025-10-17' },
    );
    log.add(
      'CeasefireViolationReported',
      { ceasefireId: 'c1', allegedBy: 'pakistan', against: 'afghan-taliban' },
      { occurredAt: '2025-10-18' },
    );
    expect(statusAt(log, '2025-10-17T12:00:00Z').ceasefire).toMatchObject({ state: 'violated', violations: 1 });
    expect(statusAt(log, '2025-10-20').ceasefire).toMatchObject({
      state: 'violated',
      violations: 2,
      lastViolationAt: '2025-10-18',
    });
  });

  it('given a CeasefireEnded, then ended with its reason', () => {
    const log = declared('indefinite');
    log.add('CeasefireEnded', { ceasefireId: 'c1', reason: 'collapsed' }, { occurredAt: '2025-11-08' });
    expect(statusAt(log, '2025-11-09').ceasefire).toMatchObject({
      state: 'ended',
      ended: { reason: 'collapsed', occurredAt: '2025-11-08', inferred: false },
    });
  });

  it('given a temporary ceasefire whose until passed without extension, then ended (expired, inferred)', () => {
    const log = declared('temporary', '2025-10-17T13:00:00Z');
    expect(statusAt(log, '2025-10-17T12:59:59Z').ceasefire.state).toBe('in-force');
    expect(statusAt(log, '2025-10-17T13:00:00Z').ceasefire).toMatchObject({
      state: 'ended',
      ended: { reason: 'expired', occurredAt: '2025-10-17T13:00:00Z', inferred: true },
    });
  });

  it('given a temporary ceasefire extended, then in force past the first until; an indefinite extension never expires', () => {
    const log = declared('temporary', '2025-10-17T13:00:00Z');
    log.add('CeasefireExtended', { ceasefireId: 'c1', until: '2025-10-25' }, { occurredAt: '2025-10-17T10:00:00Z' });
    const s = statusAt(log, '2025-10-20');
    expect(s.ceasefire).toMatchObject({ state: 'in-force', until: '2025-10-25', extensions: 1 });
    expect(statusAt(log, '2025-10-26').ceasefire.state).toBe('ended');
    log.add('CeasefireExtended', { ceasefireId: 'c1', duration: 'indefinite' }, { occurredAt: '2025-10-24' });
    expect(statusAt(log, '2025-12-01').ceasefire).toMatchObject({
      state: 'in-force',
      duration: 'indefinite',
      until: null,
      extensions: 2,
    });
  });

  it('given a temporary ceasefire extended until the talks conclude, then its old until is dropped: in force past it', () => {
    const log = declared('temporary', '2025-10-17T13:00:00Z');
    log.add(
      'CeasefireExtended',
      { ceasefireId: 'c1', duration: 'until-talks-conclude' },
      { occurredAt: '2025-10-17T10:00:00Z' },
    );
    expect(statusAt(log, '2025-10-18').ceasefire).toMatchObject({
      state: 'in-force',
      duration: 'until-talks-conclude',
      until: null,
    });
  });

  it('given a second ceasefire declared, then it is the current one and old violations do not count', () => {
    const log = declared('indefinite');
    log.add(
      'CeasefireViolationReported',
      { ceasefireId: 'c1', allegedBy: 'pakistan', against: 'afghan-taliban' },
      { occurredAt: '2025-10-17' },
    );
    log.add('CeasefireEnded', { ceasefireId: 'c1', reason: 'superseded' }, { occurredAt: '2025-10-19' });
    log.add(
      'CeasefireDeclared',
      { ceasefireId: 'c2', parties: ['pakistan', 'afghan-taliban'], duration: 'indefinite' },
      { occurredAt: '2025-10-19' },
    );
    expect(statusAt(log, '2025-10-20').ceasefire).toMatchObject({
      state: 'in-force',
      ceasefireId: 'c2',
      violations: 0,
    });
  });
});

describe('status: demands, latest development, escalation', () => {
  it('counts open demands by consensus and withdrawn ones apart', () => {
    const log = opened();
    const table = (demandId: string) =>
      log.add(
        'DemandTabled',
        { demandId, by: 'pakistan', addressedTo: ['afghan-taliban'], text: `demand ${demandId}`, category: 'security' },
        { occurredAt: '2025-10-18' },
      );
    const stance = (demandId: string, stance: 'accepted' | 'rejected' | 'accepted-in-principle') =>
      log.add('PositionTaken', { demandId, actorId: 'afghan-taliban', stance }, { occurredAt: '2025-10-19' });
    ['d1', 'd2', 'd3', 'd4', 'd5'].forEach(table);
    stance('d1', 'accepted');
    stance('d2', 'rejected');
    stance('d3', 'accepted-in-principle');
    log.add('DemandWithdrawn', { demandId: 'd5' }, { occurredAt: '2025-10-20' });
    const s = statusAt(log, '2025-10-21');
    expect(s.demands).toEqual({
      total: 5,
      open: 4,
      withdrawn: 1,
      byConsensus: { agreed: 1, contested: 1, partial: 1, pending: 1 },
    });
  });

  it('gives the latest development by occurredAt with its summary line', () => {
    const log = opened();
    log.add(
      'IncidentReported',
      {
        incidentId: 'i1',
        kind: 'airstrike',
        perpetrator: 'pakistan',
        place: 'Kabul',
        description: 'strike',
        fatalities: { min: 10, max: 23 },
      },
      { occurredAt: '2025-10-09' },
    );
    log.add('TalksRoundOpened', { roundId: 'r1', label: 'Doha 1', venue: 'Doha' }, { occurredAt: '2025-10-18' });
    expect(statusAt(log, '2025-10-20').latestDevelopment).toEqual({
      eventId: 'ev-3',
      type: 'TalksRoundOpened',
      occurredAt: '2025-10-18',
      summary: 'Doha 1 opened in Doha',
    });
    expect(statusAt(log, '2025-10-10').latestDevelopment?.summary).toBe(
      'Airstrike by Pakistan in Kabul (10–23 killed)',
    );
  });

  it('gives the escalation index, level and trend at T, naming the model', () => {
    const log = opened();
    log.add('IncidentReported', { incidentId: 'i1', kind: 'clash', description: 'd' }, { occurredAt: '2025-10-09' });
    // clash g = −10, c = 1, age 0 → conflict 10, net 10, index 100·10/25 = 40 → coercive; a week before: 0 → rising
    expect(statusAt(log, '2025-10-09', ESCALATION_MODEL_V1).escalation).toEqual({
      modelVersion: 'v1',
      index: 40,
      level: 3,
      levelName: 'coercive',
      trend: 'rising',
      delta: 40,
    });
  });

  it('names the query time and refuses a T that is not an instant', () => {
    const state = foldViews(opened().entries);
    expect(statusView(state, ms('2025-10-05') + DAY / 2).at).toBe('2025-10-05T12:00:00.000Z');
    expect(() => statusView(state, Number.NaN)).toThrow(expect.objectContaining({ code: 'invalid-time' }));
  });
});
