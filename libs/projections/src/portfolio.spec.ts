/**
 * The portfolio line of a negotiation: the level's direction over 7 and 30
 * days as CrisisWatch reports it (the level at T against the level 7 / 30
 * days before), active ultimatums, deadlines coming due, and the orders the
 * overview sorts by.
 */
import type { EventDataByType } from '@parley/domain';
import { ESCALATION_MODEL_V1, ESCALATION_MODEL_V2 as V2, type EscalationModel } from './escalation-model';
import { portfolioEntry, sortPortfolio, type PortfolioEntry } from './portfolio';
import { DAY, LogBuilder, ms } from './testing/builders';
import { foldViews } from './view-state';

const T = ms('2025-11-01T12:00:00Z');
const daysBefore = (days: number) => new Date(T - days * DAY).toISOString();
const day = (offset: number) => new Date(T + offset * DAY).toISOString().slice(0, 10);

function log() {
  const l = new LogBuilder();
  l.open({ occurredAt: '2025-06-01' });
  return l;
}

let incidents = 0;
function strike(l: LogBuilder, days: number, fatalities?: number) {
  l.add(
    'IncidentReported',
    {
      incidentId: `i${++incidents}`,
      kind: 'airstrike',
      description: 'd',
      perpetrator: 'pakistan',
      allegedBy: 'afghan-taliban',
      ...(fatalities ? { fatalities: { min: fatalities, max: fatalities } } : {}),
    } as EventDataByType['IncidentReported'],
    { occurredAt: daysBefore(days) },
  );
}

function ultimatum(l: LogBuilder, id: string, days: number, deadline?: string) {
  l.add(
    'UltimatumIssued',
    {
      ultimatumId: id,
      by: 'pakistan',
      to: ['afghan-taliban'],
      demandIds: [],
      consequences: 'c',
      ...(deadline ? { deadline } : {}),
    },
    { occurredAt: daysBefore(days) },
  );
}

const entryAt = (l: LogBuilder, when = T, model: EscalationModel = V2) =>
  portfolioEntry(foldViews(l.entries, { at: when }, model), when, model);

const directions = (e: PortfolioEntry) => e.levelChanges.map((c) => [c.days, c.levelBefore, c.direction]);

describe('portfolio: the level’s direction over 7 and 30 days', () => {
  it('a strike 3 days ago raises strained to militarised: deteriorated over both windows', () => {
    const l = log();
    strike(l, 3);
    const e = entryAt(l);
    expect(e.escalation.level).toBe(4);
    expect(directions(e)).toEqual([
      [7, 2, 'deteriorated'],
      [30, 2, 'deteriorated'],
    ]);
  });

  it('fighting 9 days ago: improved on the week (hostilities then), deteriorated on the month (strained then)', () => {
    const l = log();
    strike(l, 9, 40);
    const e = entryAt(l);
    expect(e.escalation.level).toBe(3);
    expect(directions(e)).toEqual([
      [7, 5, 'improved'],
      [30, 2, 'deteriorated'],
    ]);
  });

  it('the index moving inside one level is unchanged', () => {
    const l = log();
    strike(l, 25);
    strike(l, 15);
    const e = entryAt(l);
    const week = entryAt(l, T - 7 * DAY);
    expect([e.escalation.level, week.escalation.level]).toEqual([3, 3]);
    expect(e.escalation.index).not.toBe(week.escalation.index);
    expect(e.levelChanges[0]?.direction).toBe('unchanged');
  });

  it('follows the date asked about: as of 10 days ago, the strike of 9 days ago had not happened', () => {
    const l = log();
    strike(l, 9, 40);
    const e = entryAt(l, T - 10 * DAY);
    expect(e.escalation.level).toBe(2);
    expect(directions(e)).toEqual([
      [7, 2, 'unchanged'],
      [30, 2, 'unchanged'],
    ]);
  });

  it('answers with the model asked for', () => {
    const l = log();
    strike(l, 3);
    const e = entryAt(l, T, ESCALATION_MODEL_V1);
    expect(e.escalation.modelVersion).toBe('v1');
    expect(e.levelChanges.every((c) => c.levelBefore === 1)).toBe(true);
  });
});

describe('portfolio: ultimatums and deadlines coming due', () => {
  it('an ultimatum due within 14 days is a deadline; one due later or overdue is only active', () => {
    const l = log();
    ultimatum(l, 'soon', 2, day(3));
    ultimatum(l, 'later', 2, day(20));
    ultimatum(l, 'past', 10, day(-1));
    ultimatum(l, 'open-ended', 1);
    const e = entryAt(l);
    expect(e.activeUltimatums).toBe(4);
    expect(e.ultimatums.map((u) => [u.ultimatumId, u.deadlineStatus])).toEqual([
      ['past', 'overdue'],
      ['soon', 'pending'],
      ['later', 'pending'],
      ['open-ended', 'none'],
    ]);
    expect(e.ultimatums[1]?.text).toBe('Pakistan to Afghan Taliban');
    expect(e.deadlines).toEqual([
      {
        kind: 'ultimatum',
        id: 'soon',
        due: day(3),
        daysLeft: 3,
        text: 'Ultimatum by Pakistan to Afghan Taliban falls due',
      },
    ]);
  });

  it('a resolved ultimatum is neither active nor due', () => {
    const l = log();
    ultimatum(l, 'u', 2, day(3));
    l.add('UltimatumResolved', { ultimatumId: 'u', resolution: 'complied' }, { occurredAt: daysBefore(1) });
    const e = entryAt(l);
    expect([e.activeUltimatums, e.ultimatums, e.deadlines]).toEqual([0, [], []]);
  });

  it('a temporary ceasefire expiring within 14 days is due, sooner deadlines first; an indefinite or ended one is not', () => {
    const l = log();
    ultimatum(l, 'u', 2, day(9));
    l.add(
      'CeasefireDeclared',
      { ceasefireId: 'truce', parties: ['pakistan', 'afghan-taliban'], duration: 'temporary', until: day(5) },
      { occurredAt: daysBefore(2) },
    );
    expect(entryAt(l).deadlines.map((d) => [d.kind, d.id, d.daysLeft, d.text])).toEqual([
      ['ceasefire-expiry', 'truce', 5, 'Ceasefire between Pakistan and Afghan Taliban expires'],
      ['ultimatum', 'u', 9, 'Ultimatum by Pakistan to Afghan Taliban falls due'],
    ]);

    const ended = log();
    ended.add(
      'CeasefireDeclared',
      { ceasefireId: 'truce', parties: ['pakistan', 'afghan-taliban'], duration: 'temporary', until: day(5) },
      { occurredAt: daysBefore(2) },
    );
    ended.add('CeasefireEnded', { ceasefireId: 'truce', reason: 'collapsed' }, { occurredAt: daysBefore(1) });
    expect(entryAt(ended).deadlines).toEqual([]);

    const far = log();
    far.add(
      'CeasefireDeclared',
      { ceasefireId: 'truce', parties: ['pakistan', 'afghan-taliban'], duration: 'temporary', until: day(25) },
      { occurredAt: daysBefore(2) },
    );
    expect(entryAt(far).deadlines).toEqual([]);
    expect(entryAt(far, T + 12 * DAY).deadlines.map((d) => d.daysLeft)).toEqual([13]);
  });
});

describe('portfolio: sorting', () => {
  function named(id: string, title: string) {
    const l = new LogBuilder(id);
    l.add(
      'NegotiationOpened',
      {
        negotiationId: id,
        title,
        subject: 's',
        parties: [
          { id: 'pakistan', name: 'Pakistan', kind: 'state' },
          { id: 'afghan-taliban', name: 'Afghan Taliban', kind: 'de-facto-authority' },
        ],
        mediators: [],
      },
      { occurredAt: '2025-06-01' },
    );
    return l;
  }
  // calm: strained throughout, latest development 60 days ago.
  const calm = named('calm', 'Zeta talks');
  calm.add('TalksResumed', {}, { occurredAt: daysBefore(60) });
  // cooling: hostilities 9 days ago, coercive now (improved on the week).
  const cooling = named('cooling', 'Alpha talks');
  strike(cooling, 9, 40);
  // flaring: militarised now after a strike 3 days ago (deteriorated).
  const flaring = named('flaring', 'Mid talks');
  strike(flaring, 3);
  // erupting: hostilities today (deteriorated by three levels).
  const erupting = named('erupting', 'Beta talks');
  strike(erupting, 0.5, 40);
  const entries = [calm, cooling, flaring, erupting].map((l) => entryAt(l));
  const order = (sort: Parameters<typeof sortPortfolio>[1]) => sortPortfolio(entries, sort).map((e) => e.negotiationId);

  it('by level: the most escalated first', () => {
    expect(entries.map((e) => e.escalation.level)).toEqual([2, 3, 4, 5]);
    expect(order('level')).toEqual(['erupting', 'flaring', 'cooling', 'calm']);
  });

  it('by direction: deteriorated first (the larger move leading), then unchanged, then improved', () => {
    expect(order('direction')).toEqual(['erupting', 'flaring', 'calm', 'cooling']);
  });

  it('by last development: the most recent first', () => {
    expect(order('latest')).toEqual(['erupting', 'flaring', 'cooling', 'calm']);
  });

  it('by name: alphabetical by title', () => {
    expect(order('name')).toEqual(['cooling', 'erupting', 'flaring', 'calm']);
  });

  it('leaves the given array as it was', () => {
    sortPortfolio(entries, 'name');
    expect(entries.map((e) => e.negotiationId)).toEqual(['calm', 'cooling', 'flaring', 'erupting']);
  });
});
