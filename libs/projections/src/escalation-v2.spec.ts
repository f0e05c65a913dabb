/**
 * Escalation model v2 (DOMAIN.md §5b), one rule at a time: each scenario is a
 * situation an analyst would name, built from the catalogue, and the level
 * the section's table gives it.
 */
import type { EventDataByType, Source } from '@parley/domain';
import { ESCALATION_MODEL_V2 as V2 } from './escalation-model';
import { escalationView, type EscalationView } from './escalation-view';
import { conditionsReader, conditionsReadingAt } from './escalation-v2';
import { DAY, LogBuilder, ms, type EnvelopeOverrides } from './testing/builders';
import { foldViews } from './view-state';

const T = ms('2025-11-01T12:00:00Z');
const daysBefore = (days: number) => new Date(T - days * DAY).toISOString();
const SPEAKER = { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' };
const TTP = { id: 'ttp', name: 'TTP', kind: 'armed-group' as const };

function log() {
  const l = new LogBuilder();
  l.open({ occurredAt: '2025-06-01' });
  l.add('ActorRegistered', { actor: TTP, role: 'spoiler' }, { occurredAt: '2025-06-01' });
  return l;
}

type Incident = Record<string, unknown>;
let incidents = 0;
function incident(l: LogBuilder, days: number, data: Incident, extra: EnvelopeOverrides = {}) {
  return l.add(
    'IncidentReported',
    { incidentId: `i${++incidents}`, kind: 'clash', description: 'd', ...data } as EventDataByType['IncidentReported'],
    { occurredAt: daysBefore(days), ...extra },
  );
}
function ceasefire(l: LogBuilder, days: number, id = 'cf', extra: Partial<EventDataByType['CeasefireDeclared']> = {}) {
  return l.add(
    'CeasefireDeclared',
    { ceasefireId: id, parties: ['pakistan', 'afghan-taliban'], duration: 'indefinite', ...extra },
    { occurredAt: daysBefore(days) },
  );
}
function agreement(l: LogBuilder, days: number, extra: Partial<EventDataByType['AgreementReached']> = {}) {
  return l.add(
    'AgreementReached',
    {
      agreementId: 'a',
      kind: 'comprehensive',
      provisions: [],
      signatories: ['pakistan', 'afghan-taliban'],
      textPublic: true,
      ...extra,
    },
    { occurredAt: daysBefore(days) },
  );
}
function statement(
  l: LogBuilder,
  days: number,
  tone: EventDataByType['StatementMade']['tone'],
  audience = 'afghan-taliban',
) {
  return l.add('StatementMade', { speaker: SPEAKER, audience, tone, summary: tone }, { occurredAt: daysBefore(days) });
}

const at = (l: LogBuilder, when = T) => escalationView(foldViews(l.entries, { at: when }), when, V2, { drivers: 10 });
const strike = { kind: 'airstrike', perpetrator: 'pakistan', allegedBy: 'afghan-taliban' } as const;

describe('escalation v2: the level means what §5b says', () => {
  it('5 hostilities: tens killed in armed action between the parties in the last 3 days, no ceasefire', () => {
    const dozen = log();
    incident(dozen, 1, { ...strike, fatalities: { min: 12, max: 12 } });
    expect(at(dozen).level).toBe(4); // a dozen is not "tens"

    const l = log();
    incident(l, 1, { perpetrator: 'afghan-taliban', allegedBy: 'pakistan', fatalities: { min: 23, max: 58 } });
    const v = at(l);
    expect(v).toMatchObject({ level: 5, levelName: 'hostilities', modelVersion: 'v2' });
    expect(v.index).toBeGreaterThanOrEqual(75);
    expect(v.reasons[0]).toMatchObject({ level: 5, rule: 'heavy-armed-action' });
    expect(v.pair?.actors).toEqual(['afghan-taliban', 'pakistan']);
  });

  it('5 also for several separate armed acts in 3 days, however few were killed', () => {
    const l = log();
    for (const d of [0.5, 1, 2]) incident(l, d, strike);
    expect(at(l).level).toBe(5);
    // No toll recorded for them: the reason does not say "about 0 killed" of a war (tolls often come in totals).
    expect(at(l).reasons[0]?.text).toBe(
      'Heavy armed action between Afghan Taliban and Pakistan in the last 3 days (3 occurrences) and no ceasefire in force',
    );
  });

  // §5b's "in several places": three days of firing at one crossing, recorded day by day, is one place (found on the
  // first case's Torkham firing of March 2025, which read 5).
  it('several acts at a place recorded alike are one place: militarised, not hostilities, unless tens are killed', () => {
    const same = log();
    for (const [d, place] of [
      [0.5, 'Torkham'],
      [1, ' torkham'],
      [2, 'TORKHAM  '],
    ] as const)
      incident(same, d, { ...strike, place });
    expect(at(same).level).toBe(4);

    const three = log();
    for (const [d, place] of [
      [0.5, 'Torkham'],
      [1, 'Chaman'],
      [2, 'Kurram'],
    ] as const)
      incident(three, d, { ...strike, place });
    expect(at(three).level).toBe(5);

    // A place recorded for some and not for others: each act without one is a place of its own.
    const partly = log();
    incident(partly, 0.5, { ...strike, place: 'Torkham' });
    incident(partly, 1, { ...strike, place: 'Torkham' });
    incident(partly, 2, strike);
    expect(at(partly).level).toBe(4);
    incident(partly, 2.5, strike);
    expect(at(partly).level).toBe(5);

    // Tens killed at the one place is heavy all the same.
    incident(same, 1.5, { ...strike, place: 'Torkham', fatalities: { min: 30, max: 40 } });
    expect(at(same).level).toBe(5);
  });

  // A war whose tolls both sides keep secret, recorded at the one or two places the sources name (Ethiopia's offensive
  // at Badme, February 1999): its sources' word that it was an offensive is what says it was heavy.
  it('a major operation by its sources (an offensive, a full-scale battle) is hostilities with no toll and one place', () => {
    const l = log();
    incident(l, 2, { kind: 'clash', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Badme' });
    incident(l, 1, { kind: 'clash', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Konito' });
    expect(at(l).level).toBe(4); // two places, no toll: armed action, not heavy

    const offensive = log();
    incident(offensive, 1, {
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'afghan-taliban',
      place: 'Badme',
      scale: 'major',
    });
    expect(at(offensive)).toMatchObject({
      level: 5,
      reasons: [expect.objectContaining({ rule: 'heavy-armed-action' })],
    });
    expect(at(offensive).reasons[0]?.text).toBe(
      'Heavy armed action between Afghan Taliban and Pakistan in the last 3 days (1 occurrence, one called a major operation by its sources) and no ceasefire in force',
    );
    // It is armed action like any other: four days on, militarised; a ceasefire agreed after it stops it.
    expect(at(offensive, T + 3 * DAY).level).toBe(4);
    ceasefire(offensive, 0.5);
    expect(at(offensive).level).toBe(4);
  });

  // Eritrea's landing on Lesser Hanish (August 1996), no shot fired; Iraq's troops left on Iranian soil after the
  // ceasefire of 1988 until August 1990: ground held is a lasting condition, as a closed border is. Under an agreement
  // being implemented (or a ceasefire in force) it is the line the truce froze: not coercion past the two weeks.
  it('ground taken without fire is coercion for two weeks, never armed action, and under a truce keeps the level from 1 while it is held', () => {
    const taken = (l: LogBuilder, days: number, place: string) =>
      incident(l, days, { kind: 'occupation', perpetrator: 'pakistan', against: 'afghan-taliban', place });
    const l = log();
    agreement(l, 90);
    expect(at(l).level).toBe(1);
    taken(l, 5, 'Hill 1');
    expect(at(l)).toMatchObject({
      level: 3,
      reasons: [
        expect.objectContaining({
          rule: 'coercion',
          text: expect.stringMatching(/^Occupation by Pakistan on /),
        }),
      ],
    });
    // A month and more on, the agreement is applied and nothing else hostile happened: held, the ground keeps it at 2.
    const later = T + 40 * DAY;
    expect(at(l, later)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
    expect(at(l, later).reasons[0]?.text).toContain('ground held by Pakistan at Hill 1 since ');
    // Withdrawn from another place it held, it still holds this one; withdrawn from it, the calm is back.
    taken(l, -20, 'Hill 2');
    incident(l, -22, { kind: 'withdrawal', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Hill 2' });
    expect(at(l, T + 60 * DAY).reasons[0]?.text).toContain('ground held by Pakistan at Hill 1 since ');
    incident(l, -25, { kind: 'withdrawal', perpetrator: 'pakistan', against: 'afghan-taliban', place: ' hill 1' });
    expect(at(l, T + 60 * DAY)).toMatchObject({
      level: 1,
      reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
    });
    // A withdrawal recorded at no place it holds (the place written otherwise) ends all it held.
    const elsewhere = log();
    agreement(elsewhere, 90);
    taken(elsewhere, 40, 'Hill 1');
    expect(at(elsewhere).level).toBe(2);
    incident(elsewhere, 35, { kind: 'withdrawal', perpetrator: 'pakistan', against: 'afghan-taliban' });
    expect(at(elsewhere).level).toBe(1);

    // Whose forces took it must be recorded: with no perpetrator it is nobody's act and holds nothing.
    const unknown = log();
    agreement(unknown, 90);
    incident(unknown, 40, { kind: 'occupation', allegedBy: 'afghan-taliban', place: 'Hill 1' });
    expect(at(unknown).level).toBe(1);
  });

  // Qatar's troops left the reef of Fasht al-Dibal on 15 June 1986, seven weeks after they took it: ground held is
  // hostile every day it is held, as a closed border is, so a withdrawal within the month ends the calm as a border
  // reopened within the month does — the month of calm runs from the withdrawal, not from the landing.
  it('ground held until a withdrawal within the month keeps the level from 1, said with when it ended', () => {
    const l = log();
    agreement(l, 90);
    incident(l, 60, { kind: 'occupation', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Hill 1' });
    incident(l, 3, { kind: 'withdrawal', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Hill 1' });
    expect(at(l)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
    expect(at(l).reasons[0]?.text).toContain(
      `ground held by Pakistan at Hill 1 until ${daysBefore(3).slice(0, 10)} (3 days ago)`,
    );
    // A month after the withdrawal, nothing else hostile: the agreement is applied in calm.
    expect(at(l, T + 28 * DAY)).toMatchObject({
      level: 1,
      reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
    });
  });

  /** A holding in force is coercive, the one reason, said as its lasting condition, and never armed action. */
  function expectHeldInForce(v: EscalationView, kind: 'occupation' | 'detention', eventId: string, text: string) {
    expect(v).toMatchObject({
      level: 3,
      reasons: [{ level: 3, rule: `${kind}-in-force`, text, eventIds: [eventId] }],
      conditions: expect.arrayContaining([expect.objectContaining({ kind, eventId })]),
    });
    expect(v.pair?.lastArmedAction).toBeNull();
  }

  // Ethiopia's army in Mogadishu and Kismayo after the Islamic Courts dispersed (2007), Iraq holding Kuwait (August 1990 –
  // February 1991), Morocco's cordon at Guerguerat after the 1991 ceasefire was declared over (2020–21): force standing
  // on the other's ground with no truce between the two is coercion every day it stands, as a border closed against the
  // other is — and no longer once withdrawn.
  describe('ground held with no truce between the two', () => {
    const taken = (l: LogBuilder, days: number, place = 'Hill 1') =>
      incident(l, days, { kind: 'occupation', perpetrator: 'pakistan', against: 'afghan-taliban', place });

    it('is coercive while it is held, months after it was taken; listed as a lasting condition, said once', () => {
      const l = log();
      const hill = taken(l, 40);
      expectHeldInForce(
        at(l),
        'occupation',
        hill.eventId,
        `Ground held by Pakistan at Hill 1 since ${daysBefore(40).slice(0, 10)} (occupation in force)`,
      );
      expect(at(l, T + 300 * DAY).level).toBe(3);
      // Within its first two weeks, said once, as the condition (not again as a recent act of coercion).
      const fresh = log();
      taken(fresh, 3);
      expect(at(fresh).reasons.map((r) => r.rule)).toEqual(['occupation-in-force']);
    });

    it('a ceasefire in force between the two, or an agreement between them being implemented, makes it strained', () => {
      const truce = log();
      taken(truce, 60);
      ceasefire(truce, 50);
      expect(at(truce)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
      expect(at(truce).reasons[0]?.text).toContain('ground held by Pakistan at Hill 1 since ');
      expect(at(truce).conditions.map((c) => c.kind)).not.toContain('occupation');
      const deal = log();
      taken(deal, 60);
      agreement(deal, 50);
      expect(at(deal).level).toBe(2);
    });

    it('ends with the withdrawal: no tail, strained within the month after it', () => {
      const l = log();
      taken(l, 60);
      incident(l, 3, { kind: 'withdrawal', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Hill 1' });
      expect(at(l)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
      expect(at(l).conditions.map((c) => c.kind)).not.toContain('occupation');
    });
  });

  // The Hainan crew held by China (1–11 April 2001), the Stena Impero held by Iran (19 July – 27 September 2019), the
  // fifteen sailors held by Iran (23 March – 5 April 2007): a detention is coercive for as long as it lasts (§5b:
  // lasting conditions weigh while they last), not for two weeks from the seizure.
  describe('a detention: people or craft of the other held until their release', () => {
    const detained = (l: LogBuilder, days: number, extra: Incident = {}) =>
      incident(l, days, { kind: 'detention', perpetrator: 'pakistan', against: 'afghan-taliban', ...extra });
    const released = (l: LogBuilder, days: number, extra: Incident = {}) =>
      incident(l, days, { kind: 'release', perpetrator: 'pakistan', against: 'afghan-taliban', ...extra });

    it('is coercive while it holds, weeks after the seizure, and never armed action; listed as a lasting condition', () => {
      const l = log();
      agreement(l, 120);
      const seized = detained(l, 40, { place: 'Hainan' });
      expectHeldInForce(
        at(l),
        'detention',
        seized.eventId,
        `People or craft of Afghan Taliban held by Pakistan at Hainan since ${daysBefore(40).slice(0, 10)} (detention in force)`,
      );
      // Held half a year on, still coercive; the same seizure released on its day is long over (the calm is back).
      expect(at(l, T + 200 * DAY).level).toBe(3);
      const freed = log();
      agreement(freed, 120);
      detained(freed, 40, { place: 'Hainan' });
      released(freed, 39.9, { place: 'Hainan' });
      expect(at(freed).level).toBe(1);
    });

    it('ends with the release: no two-week tail, but strained and never cooperative within the month after it', () => {
      const l = log();
      agreement(l, 120);
      detained(l, 60);
      released(l, 3);
      const v = at(l);
      expect(v).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
      expect(v.reasons[0]?.text).toContain(
        `people or craft of Afghan Taliban held by Pakistan until ${daysBefore(3).slice(0, 10)} (3 days ago)`,
      );
      expect(v.conditions.map((c) => c.kind)).not.toContain('detention');
      // Held for a day and released: not coercion for two weeks from the seizure.
      const short = log();
      agreement(short, 120);
      detained(short, 5);
      released(short, 4);
      expect(at(short).level).toBe(2);
      // Throughout the month after the release, never 1; a month on, the agreement is applied in calm.
      for (const d of [0, 10, 20, 26]) expect(at(l, T + d * DAY).level).toBe(2);
      expect(at(l, T + 28 * DAY)).toMatchObject({
        level: 1,
        reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
      });
    });

    it('a release at the place of a detention ends that one; at no place detained recorded alike, all of its author’s', () => {
      const l = log();
      detained(l, 50, { place: 'Shatt al-Arab' });
      detained(l, 45, { place: 'Strait of Hormuz' });
      released(l, 40, { place: ' shatt al-arab ' });
      expect(at(l).reasons.map((r) => r.text)).toEqual([
        `People or craft of Afghan Taliban held by Pakistan at Strait of Hormuz since ${daysBefore(45).slice(0, 10)} (detention in force)`,
      ]);
      released(l, 35, { place: 'Bandar Abbas' });
      expect(at(l)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
      const none = log();
      detained(none, 50, { place: 'Shatt al-Arab' });
      detained(none, 45);
      released(none, 40);
      expect(at(none).level).toBe(2);
    });

    it('a release by the other party does not end it, nor an occupation’s withdrawal', () => {
      const l = log();
      detained(l, 50, { place: 'Hainan' });
      incident(l, 40, { kind: 'release', perpetrator: 'afghan-taliban', against: 'pakistan', place: 'Hainan' });
      incident(l, 40, { kind: 'withdrawal', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Hainan' });
      expect(at(l).reasons.map((r) => r.rule)).toEqual(['detention-in-force']);
    });

    it('with no author is nobody’s act and holds nothing', () => {
      const l = log();
      agreement(l, 120);
      incident(l, 40, { kind: 'detention', allegedBy: 'afghan-taliban', against: 'afghan-taliban' });
      expect(at(l)).toMatchObject({ level: 1, reasons: [expect.objectContaining({ rule: 'agreement-implemented' })] });
    });
  });

  it('5 while the fighting goes on: heavy action in the last week and armed action in the last 3 days, no ceasefire', () => {
    const l = log();
    incident(l, 5, { ...strike, fatalities: { min: 40, max: 60 } });
    expect(at(l).level).toBe(4); // the heavy day alone is five days old: militarised
    incident(l, 1, { ...strike, fatalities: { min: 2, max: 2 } });
    const v = at(l);
    expect(v.level).toBe(5);
    expect(v.reasons[0]?.text).toBe(
      'Heavy armed action between Afghan Taliban and Pakistan in the last 7 days (2 occurrences, about 52 killed) and no ceasefire in force',
    );
    // Once the last armed action is more than 3 days old, the war is no longer going on by the record: militarised.
    expect(at(l, T + 3 * DAY).level).toBe(4);
  });

  it('light acts of a pair never at war, spread over the week, are not fighting that goes on: militarised', () => {
    // The United States killing Soleimani at Baghdad airport (3 January 2020), then Iran's missiles on Ain al-Asad and
    // Erbil five days later, no one killed: three places in the week, but never several within three days, and no
    // war between the two before.
    const spread = (l: LogBuilder) => {
      incident(l, 5, { ...strike, place: 'Baghdad airport', fatalities: { min: 7, max: 8 } });
      incident(l, 0.5, { ...strike, place: 'Ain al-Asad' });
      incident(l, 0.5, { ...strike, place: 'Erbil' });
      return l;
    };
    const l = spread(log());
    expect(at(l)).toMatchObject({ level: 4, reasons: [expect.objectContaining({ rule: 'armed-action' })] });
    // A third place within the three days is heavy action in several places.
    incident(l, 2, { ...strike, place: 'Kirkuk' });
    expect(at(l).level).toBe(5);
    // Two at war before (tens killed at one place, weeks ago, nothing recorded since): the same week is their war's
    // fighting going on, however thin the record.
    const war = log();
    incident(war, 40, { ...strike, place: 'Torkham', fatalities: { min: 30, max: 40 } });
    expect(at(spread(war)).level).toBe(5);
  });

  it('a ceasefire agreed after heavy fighting stops it: one strike since, not reported as its violation, is militarised', () => {
    const l = log();
    incident(l, 5, { ...strike, fatalities: { min: 40, max: 60 } });
    ceasefire(l, 4);
    incident(l, 1, { ...strike, fatalities: { min: 2, max: 2 } });
    expect(at(l)).toMatchObject({ level: 4, reasons: [expect.objectContaining({ rule: 'armed-action' })] });
  });

  it('a ceasefire the fighting broke is not in force: heavy action after it is hostilities', () => {
    const l = log();
    ceasefire(l, 300);
    incident(l, 1, { ...strike, fatalities: { min: 30, max: 40 } });
    const v = at(l);
    expect(v.level).toBe(5);
    // The reason says which ceasefire the fighting broke, not that none is in force (the status card shows it is).
    expect(v.reasons[0]?.text).toContain(
      `after the ceasefire of ${daysBefore(300).slice(0, 10)} was agreed: it is not holding`,
    );
    expect(v.reasons[0]?.text).not.toContain('no ceasefire');
  });

  it('a ceasefire breached by heavy strikes reported as violations of it is violated, not broken: militarised', () => {
    // Israel's strikes of 28–29 October in Gaza (about 104 killed) under the ceasefire of 10 October: Hamas reports them
    // as a violation of it, Israel reports Hamas's fire on its troops as one; neither ends it. §5b: a ceasefire violated
    // with casualties is militarised; hostilities need no ceasefire in force.
    const l = log();
    ceasefire(l, 20);
    l.add(
      'CeasefireViolationReported',
      { ceasefireId: 'cf', allegedBy: 'pakistan', against: 'afghan-taliban', casualties: { min: 1, max: 1 } },
      { occurredAt: daysBefore(1.2) },
    );
    incident(l, 1, { ...strike, fatalities: { min: 91, max: 104 } }, { occurrence: 'strikes' });
    l.add(
      'CeasefireViolationReported',
      { ceasefireId: 'cf', allegedBy: 'afghan-taliban', against: 'pakistan', casualties: { min: 91, max: 104 } },
      { occurredAt: daysBefore(1), occurrence: 'strikes' },
    );
    const v = at(l);
    expect(v.level).toBe(4);
    expect(v.reasons[0]?.text).toBe(
      `Armed action between Afghan Taliban and Pakistan on ${daysBefore(1).slice(0, 10)} (1 day ago), in breach of the ceasefire agreed on ${daysBefore(20).slice(0, 10)}`,
    );
    // The same strike not reported as a violation of it: the fighting broke the ceasefire (the test above).
    const unlinked = log();
    ceasefire(unlinked, 20);
    incident(unlinked, 1, { ...strike, fatalities: { min: 91, max: 104 } });
    expect(at(unlinked).level).toBe(5);
  });

  it('scale matters: one strike with 2 killed is militarised, not hostilities', () => {
    const l = log();
    incident(l, 1, { ...strike, fatalities: { min: 2, max: 2 } });
    expect(at(l)).toMatchObject({ level: 4, levelName: 'militarised' });
  });

  it('4 when a ceasefire is in force right after heavy fighting; 3 once it has held 3 days', () => {
    const l = log();
    incident(l, 6, { perpetrator: 'afghan-taliban', allegedBy: 'pakistan', fatalities: { min: 30, max: 40 } });
    ceasefire(l, 5);
    expect(at(l, T - 3 * DAY).level).toBe(4); // held 2 days
    const held = at(l); // held 5 days, fighting 6 days ago
    expect(held.level).toBe(3);
    expect(held.reasons.map((r) => r.rule)).toEqual(['ceasefire-held', 'recent-armed-action']);
    expect(held.conditions.map((c) => c.kind)).toEqual(['ceasefire']);
  });

  it('a ceasefire that held 3 days after the armed action and then ran out or ended still held: coercive, not militarised', () => {
    // The Eid pause: agreed two days after the last strikes, in force five days, over by its term a day ago, no fire
    // since. The armed action of the week before is still within the month, but the pause agreed after it held.
    const lapsed = log();
    incident(lapsed, 6.5, { ...strike, fatalities: { min: 2, max: 2 } });
    ceasefire(lapsed, 6, 'cf', { duration: 'temporary', until: daysBefore(1) });
    const v = at(lapsed);
    expect(v.level).toBe(3);
    expect(v.reasons.map((r) => r.rule)).toEqual(['ceasefire-held', 'recent-armed-action']);
    expect(v.reasons[0]?.text).toBe(
      `The ceasefire agreed on ${daysBefore(6).slice(0, 10)}, after the last armed action, held 3 days or more, until ${daysBefore(1).slice(0, 10)}`,
    );
    expect(v.conditions.map((c) => c.kind)).toEqual([]);
    // Ended by the parties after five days (superseded, or declared over): the same.
    const ended = log();
    incident(ended, 6.5, { ...strike, fatalities: { min: 2, max: 2 } });
    ceasefire(ended, 6);
    ended.add('CeasefireEnded', { ceasefireId: 'cf', reason: 'superseded' }, { occurredAt: daysBefore(1) });
    expect(at(ended).level).toBe(3);
    // Over before it had held 3 days: the armed action of the week is militarised again, with no ceasefire to name.
    const short = log();
    incident(short, 6.5, { ...strike, fatalities: { min: 2, max: 2 } });
    ceasefire(short, 6, 'cf', { duration: 'temporary', until: daysBefore(4) });
    expect(at(short)).toMatchObject({ level: 4, reasons: [{ rule: 'armed-action' }] });
    expect(at(short).reasons[0]?.text).toBe(
      `Armed action between Afghan Taliban and Pakistan on ${daysBefore(6.5).slice(0, 10)} (6 days ago)`,
    );
  });

  it('a ceasefire superseded by another with no gap holds on through it: the quiet counts from the first', () => {
    // Kyrgyzstan – Tajikistan, September 2022: the ceasefire agreed on the evening of the 17th, after the last fire, is
    // replaced two days later by the Guliston protocol's; four days after the fire the guns have been silent under one
    // ceasefire or the other for more than three days.
    const chain = log();
    incident(chain, 4, { ...strike, fatalities: { min: 2, max: 2 } });
    ceasefire(chain, 3.9, 'first');
    ceasefire(chain, 1.8, 'second');
    chain.add('CeasefireEnded', { ceasefireId: 'first', reason: 'superseded' }, { occurredAt: daysBefore(1.8) });
    const v = at(chain);
    expect(v.level).toBe(3);
    expect(v.reasons[0]).toMatchObject({ rule: 'ceasefire-held' });
    expect(v.reasons[0]?.text).toBe(
      `The ceasefire agreed on ${daysBefore(3.9).slice(0, 10)}, after the last armed action, has held 3 days or more, continued by the ceasefire agreed on ${daysBefore(1.8).slice(0, 10)}`,
    );
    // Declared over rather than superseded (or superseded with a gap before the next): the quiet under the first ends
    // with it, and the second has not yet held three days — militarised still.
    const over = log();
    incident(over, 4, { ...strike, fatalities: { min: 2, max: 2 } });
    ceasefire(over, 3.9, 'first');
    over.add('CeasefireEnded', { ceasefireId: 'first', reason: 'collapsed' }, { occurredAt: daysBefore(1.8) });
    ceasefire(over, 1.8, 'second');
    expect(at(over).level).toBe(4);
    const gap = log();
    incident(gap, 4, { ...strike, fatalities: { min: 2, max: 2 } });
    ceasefire(gap, 3.9, 'first');
    gap.add('CeasefireEnded', { ceasefireId: 'first', reason: 'superseded' }, { occurredAt: daysBefore(2.5) });
    ceasefire(gap, 1.8, 'second');
    expect(at(gap).level).toBe(4);
  });

  it('a ceasefire one of the pair brokered, binding the other, holds between them', () => {
    // The United States, having struck Iran, proposes the ceasefire that ends Israel's war with Iran: it binds Israel
    // and Iran and the United States brokered it; the US–Iran exchange is over as much as the war.
    const l = log();
    incident(l, 2, { ...strike, fatalities: { min: 30, max: 40 } });
    ceasefire(l, 1, 'cf', { parties: ['afghan-taliban', 'ttp'], mediatedBy: ['pakistan'] });
    const v = at(l);
    expect(v.level).toBe(4);
    expect(v.conditions.map((c) => c.kind)).toEqual(['ceasefire']);
    expect(at(l, T + 2.5 * DAY).level).toBe(3);
    // Brokered by someone else, it does not bind the pair.
    const other = log();
    incident(other, 2, { ...strike, fatalities: { min: 30, max: 40 } });
    other.add('ActorRegistered', { actor: { id: 'qatar', name: 'Qatar', kind: 'state' }, role: 'mediator' });
    ceasefire(other, 1, 'cf', { parties: ['afghan-taliban', 'ttp'], mediatedBy: ['qatar'] });
    expect(at(other).level).toBe(5);
  });

  it('4 for a ceasefire violated with casualties, even after the ceasefire held', () => {
    const l = log();
    ceasefire(l, 20);
    l.add(
      'CeasefireViolationReported',
      { ceasefireId: 'cf', allegedBy: 'afghan-taliban', against: 'pakistan', casualties: { min: 8, max: 17 } },
      { occurredAt: daysBefore(2) },
    );
    expect(at(l).level).toBe(4);
    // Said as what it is: a breach of a ceasefire that had held 18 days, not a ceasefire "not yet held 3 days".
    expect(at(l).reasons[0]?.text).toBe(
      `Armed action between Afghan Taliban and Pakistan on ${daysBefore(2).slice(0, 10)} (2 days ago), in breach of the ceasefire agreed on ${daysBefore(20).slice(0, 10)}`,
    );
  });

  it('an armed action before a ceasefire that has not held 3 days yet says so', () => {
    const l = log();
    incident(l, 2, strike);
    ceasefire(l, 1);
    expect(at(l).reasons[0]?.text).toBe(
      `Armed action between Afghan Taliban and Pakistan on ${daysBefore(2).slice(0, 10)} (2 days ago); the ceasefire agreed on ${daysBefore(1).slice(0, 10)} has not yet held 3 days`,
    );
  });

  it('a ceasefire extended before (or after) the armed action is named by the day it was agreed and the day it was extended', () => {
    const extend = (l: LogBuilder, days: number) =>
      l.add('CeasefireExtended', { ceasefireId: 'cf', duration: 'indefinite' }, { occurredAt: daysBefore(days) });
    const breached = log();
    ceasefire(breached, 6);
    extend(breached, 4);
    incident(breached, 2, strike);
    expect(at(breached).reasons[0]?.text).toBe(
      `Armed action between Afghan Taliban and Pakistan on ${daysBefore(2).slice(0, 10)} (2 days ago), in breach of the ceasefire agreed on ${daysBefore(6).slice(0, 10)} and extended on ${daysBefore(4).slice(0, 10)}`,
    );

    const renewed = log();
    ceasefire(renewed, 6);
    incident(renewed, 5, strike);
    extend(renewed, 4.5);
    const held = at(renewed);
    expect(held.level).toBe(3);
    expect(held.reasons[0]?.text).toBe(
      `The ceasefire agreed on ${daysBefore(6).slice(0, 10)} and extended on ${daysBefore(4.5).slice(0, 10)}, after the last armed action, has held 3 days or more`,
    );
  });

  describe('a partial ceasefire (some targets, weapons, areas or operations) is not a ceasefire of the fighting', () => {
    const partial = { coverage: 'partial', scope: 'Strikes on energy infrastructure only' } as const;

    it('heavy fighting with only a partial ceasefire in force is hostilities, and the reason says no ceasefire of all hostilities is in force', () => {
      const l = log();
      ceasefire(l, 1.5, 'energy', partial);
      incident(l, 1, { ...strike, fatalities: { min: 30, max: 40 } });
      const v = at(l);
      expect(v.level).toBe(5);
      expect(v.reasons[0]?.text).toBe(
        `Heavy armed action between Afghan Taliban and Pakistan in the last 3 days (1 occurrence, about 35 killed) and no ceasefire of all hostilities in force (only the partial ceasefire agreed on ${daysBefore(1.5).slice(0, 10)})`,
      );
      // The lasting condition says what it is.
      expect(v.conditions.map((c) => c.text)).toEqual([
        `Partial ceasefire in force since ${daysBefore(1.5).slice(0, 10)}`,
      ]);
    });

    it('agreed right after heavy fighting, it caps nothing: still hostilities', () => {
      const l = log();
      incident(l, 2, { ...strike, fatalities: { min: 30, max: 40 } });
      ceasefire(l, 1, 'energy', partial);
      expect(at(l).level).toBe(5);
    });

    it('never "has held": three quiet days after it, armed action of the week is still militarised', () => {
      const l = log();
      incident(l, 5, strike);
      ceasefire(l, 4.5, 'energy', partial);
      const v = at(l);
      expect(v.level).toBe(4);
      expect(v.reasons.map((r) => r.rule)).toEqual(['armed-action']);
      expect(v.reasons[0]?.text).toBe(
        `Armed action between Afghan Taliban and Pakistan on ${daysBefore(5).slice(0, 10)} (5 days ago); only the partial ceasefire agreed on ${daysBefore(4.5).slice(0, 10)} is in force`,
      );
    });

    it('armed action is not "in breach" of it; a reported violation of it is armed action and said to be one', () => {
      const l = log();
      ceasefire(l, 20, 'energy', partial);
      incident(l, 2, strike);
      expect(at(l).reasons[0]?.text).not.toContain('breach');
      l.add(
        'CeasefireViolationReported',
        { ceasefireId: 'energy', allegedBy: 'afghan-taliban', against: 'pakistan', casualties: { min: 2, max: 2 } },
        { occurredAt: daysBefore(1) },
      );
      expect(at(l)).toMatchObject({ level: 4 });
      expect(at(l).reasons[0]?.text).toBe(
        `Armed action between Afghan Taliban and Pakistan on ${daysBefore(1).slice(0, 10)} (1 day ago), reported as a violation of the partial ceasefire agreed on ${daysBefore(20).slice(0, 10)}`,
      );
    });

    it('while nothing else holds, it is said as partial among what keeps the pair strained', () => {
      const l = log();
      ceasefire(l, 40, 'energy', partial);
      const v = at(l);
      expect(v.level).toBe(2);
      expect(v.reasons[0]?.text).toContain(`; partial ceasefire in force since ${daysBefore(40).slice(0, 10)}`);
    });

    it('a correction of its coverage changes the reading: a full ceasefire corrected to partial no longer holds', () => {
      const l = log();
      incident(l, 5, strike);
      const declared = ceasefire(l, 4.5, 'energy');
      expect(at(l).level).toBe(3); // held 4.5 days
      l.add('EventCorrected', {
        eventId: declared.eventId,
        changes: { data: { coverage: 'partial' } },
        reason: 'energy only',
      });
      expect(at(l).level).toBe(4);
    });
  });

  it('an alleged ceasefire violation is armed action; nightly exchanges of fire without casualties are never heavy', () => {
    const l = log();
    ceasefire(l, 300);
    for (const d of [0.2, 1, 2, 2.5])
      l.add(
        'CeasefireViolationReported',
        { ceasefireId: 'cf', allegedBy: 'afghan-taliban', against: 'pakistan', description: 'small-arms fire' },
        { occurredAt: daysBefore(d) },
      );
    expect(at(l)).toMatchObject({ level: 4, reasons: [expect.objectContaining({ rule: 'armed-action' })] });
  });

  it('a development dated before the opening is read between the parties the opening names', () => {
    // The analyst records the pre-history of a crisis (a strike, a closed border) backdated before the opening.
    const opened = ms('2025-12-01');
    const struck = new LogBuilder();
    struck.open({ occurredAt: '2025-12-01' });
    incident(struck, 1, { ...strike, fatalities: { min: 3, max: 3 } });
    expect(T).toBeLessThan(opened);
    expect(at(struck)).toMatchObject({ level: 4, pair: { actors: ['afghan-taliban', 'pakistan'] } });
    expect(at(struck, T + 20 * DAY).level).toBe(3);

    const closed = new LogBuilder();
    closed.open({ occurredAt: '2025-12-01' });
    incident(closed, 2, { kind: 'border-closure', perpetrator: 'pakistan', against: 'afghan-taliban' });
    expect(at(closed).level).toBe(3);
  });

  it('3 for armed action within 30 days; 2 after it, when nothing else holds', () => {
    const l = log();
    incident(l, 20, strike);
    statement(l, 3, 'critical');
    expect(at(l).level).toBe(3);
    expect(at(l, T + 11 * DAY)).toMatchObject({ level: 2, levelName: 'strained' });
  });

  it('3 for an ultimatum, a threat of war or collapsed talks within 2 weeks', () => {
    const ultimatum = log();
    ultimatum.add(
      'UltimatumIssued',
      { ultimatumId: 'u', by: 'pakistan', to: ['afghan-taliban'], demandIds: [], consequences: 'c' },
      { occurredAt: daysBefore(3) },
    );
    expect(at(ultimatum).reasons.map((r) => r.rule)).toEqual(['ultimatum-active']);
    const threat = log();
    statement(threat, 3, 'military-threat');
    expect(at(threat).level).toBe(3);
    expect(at(threat, T + 12 * DAY).level).toBe(2);
    const collapse = log();
    collapse.add('TalksRoundConcluded', { roundId: 'r', outcome: 'collapsed' }, { occurredAt: daysBefore(3) });
    expect(at(collapse).level).toBe(3);
    expect(at(collapse).reasons[0]?.text).toMatch(/^Talks collapsed on /);
    // A suspension is said as one, by whom (Thailand suspending the Kuala Lumpur declaration was read "talks collapsed").
    const suspended = log();
    suspended.add('TalksSuspended', { by: 'pakistan' }, { occurredAt: daysBefore(3) });
    expect(at(suspended)).toMatchObject({
      level: 3,
      reasons: [
        expect.objectContaining({ rule: 'coercion', text: expect.stringMatching(/^Talks suspended by Pakistan on /) }),
      ],
    });
  });

  // Iran put the Baghdad talks on hold "temporarily" on 13 March 2022 and the postponed round was held five weeks later:
  // by the suspending party's own account a pause, not collapsed talks (§5b line 3 names collapsed talks).
  it('2, not 3, for talks suspended for a time by the suspending party’s own account, said as a pause', () => {
    const paused = log();
    paused.add('TalksSuspended', { by: 'pakistan', temporary: true }, { occurredAt: daysBefore(3) });
    expect(at(paused)).toMatchObject({
      level: 2,
      reasons: [
        expect.objectContaining({
          rule: 'strained',
          text: expect.stringMatching(/; talks paused by Pakistan on \d{4}-\d{2}-\d{2} \(3 days ago\)/),
        }),
      ],
    });
    // Said while collapsed talks would be coercion; no longer after.
    expect(at(paused, T + 12 * DAY).reasons[0]?.text).not.toMatch(/paused/);
    // Without the field (or with it false), a suspension still reads as talks collapsed.
    for (const data of [{ by: 'pakistan' }, { by: 'pakistan', temporary: false }]) {
      const suspended = log();
      suspended.add('TalksSuspended', data, { occurredAt: daysBefore(3) });
      expect(at(suspended)).toMatchObject({
        level: 3,
        reasons: [expect.objectContaining({ rule: 'coercion', text: expect.stringMatching(/^Talks suspended by /) })],
      });
    }
  });

  it('a pause of the talks does not end the calm of an agreement being implemented; a suspension does', () => {
    const paused = log();
    agreement(paused, 60);
    paused.add('TalksSuspended', { by: 'pakistan', temporary: true }, { occurredAt: daysBefore(5) });
    expect(at(paused)).toMatchObject({
      level: 1,
      reasons: [
        expect.objectContaining({
          rule: 'agreement-implemented',
          text: expect.stringMatching(/; talks paused by Pakistan on /),
        }),
      ],
    });
    const suspended = log();
    agreement(suspended, 60);
    suspended.add('TalksSuspended', { by: 'pakistan' }, { occurredAt: daysBefore(5) });
    expect(at(suspended).level).toBe(3);
    // Once the two weeks of coercion are over, the collapse still stands between the agreement and level 1.
    expect(at(suspended, T + 40 * DAY).level).toBe(2);
    expect(at(paused, T + 40 * DAY).level).toBe(1);
  });

  it('a ceasefire agreement lapses with its ceasefire: once that has ended and none is in force, it is no agreement being implemented', () => {
    const ceasefire = (l: LogBuilder, id: string, days: number, until: number) =>
      l.add(
        'CeasefireDeclared',
        {
          ceasefireId: id,
          parties: ['pakistan', 'afghan-taliban'],
          duration: 'temporary',
          until: daysBefore(until).slice(0, 10),
        },
        { occurredAt: daysBefore(days) },
      );
    const l = log();
    agreement(l, 120, { kind: 'ceasefire' });
    ceasefire(l, 'cf', 110, 60);
    // While its ceasefire holds, a month and more of calm: being implemented.
    expect(at(l, T - 70 * DAY)).toMatchObject({
      level: 1,
      reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
    });
    // Its ceasefire expired two months ago, quietly: talks and calm, no agreement being implemented — and the reason
    // says why there is none.
    expect(at(l)).toMatchObject({
      level: 2,
      reasons: [
        expect.objectContaining({
          rule: 'strained',
          text: expect.stringContaining(
            `the ceasefire agreement of ${daysBefore(120).slice(0, 10)} lapsed when its ceasefire ended on ${daysBefore(60).slice(0, 10)}`,
          ),
        }),
      ],
    });
    // A new ceasefire of the pair in force: implemented again.
    ceasefire(l, 'cf-2', 50, -30);
    expect(at(l).level).toBe(1);
    // An agreement of another kind does not lapse with a ceasefire.
    const framework = log();
    agreement(framework, 120, { kind: 'framework' });
    ceasefire(framework, 'cf', 110, 60);
    expect(at(framework).level).toBe(1);
    // A ceasefire agreement recorded without a ceasefire of its own stands as recorded.
    const alone = log();
    agreement(alone, 120, { kind: 'ceasefire' });
    expect(at(alone).level).toBe(1);
  });

  it("a third party's attack is not armed action between the parties; blaming the other party for it is coercion", () => {
    const l = log();
    incident(l, 1, {
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      fatalities: { min: 25, max: 25 },
    });
    const unblamed = at(l);
    expect(unblamed.level).toBe(2);
    // the pair that fought is broken down on its own
    expect(unblamed.pairs.find((p) => p.actors.includes('ttp'))).toMatchObject({
      actors: ['pakistan', 'ttp'],
      level: 5,
    });
    const blamed = log();
    incident(blamed, 1, {
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      blamedOn: 'afghan-taliban',
      fatalities: { min: 11, max: 11 },
    });
    expect(at(blamed)).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
  });

  it("a third party's armed strike, clash or shelling blamed on the other party is coercion between the parties, not armed action", () => {
    // Israel's strikes on Iran, which Iran blames on the United States; here the TTP fighting Pakistan's army, blamed on
    // Kabul. Recorded as a clash (an armed kind), not as a militant attack: the blame counts all the same.
    const unblamed = log();
    incident(unblamed, 1, {
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      fatalities: { min: 25, max: 25 },
    });
    expect(at(unblamed).level).toBe(2);
    const blamed = log();
    incident(blamed, 1, {
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      blamedOn: 'afghan-taliban',
      fatalities: { min: 25, max: 25 },
    });
    const v = at(blamed);
    expect(v).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
    expect(v.reasons[0]?.text).toBe(`Attack blamed on Afghan Taliban on ${daysBefore(1).slice(0, 10)} (1 day ago)`);
    // the fighting itself stays between the two who fought
    expect(v.pairs.find((p) => p.actors.includes('ttp'))).toMatchObject({ actors: ['pakistan', 'ttp'], level: 5 });
  });

  it("a third party's border closure blamed on the other party is coercion between the parties for the coercion window", () => {
    // Nepal blaming India for the Madhesi front's sit-in at the Birgunj–Raxaul crossing (23 September 2015): here the
    // TTP blocking a crossing against Pakistan, blamed on Kabul. Not a border closed by one party against the other —
    // the blame, laid with the closure, is what counts, as for an attack.
    const closure = {
      kind: 'border-closure',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      place: 'Torkham crossing',
    } as const;
    const unblamed = log();
    incident(unblamed, 1, closure);
    expect(at(unblamed).level).toBe(2);
    const blamed = log();
    incident(blamed, 1, { ...closure, blamedOn: 'afghan-taliban' });
    const v = at(blamed);
    expect(v).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
    expect(v.reasons[0]?.text).toBe(
      `Border closure blamed on Afghan Taliban on ${daysBefore(1).slice(0, 10)} (1 day ago)`,
    );
    // the closure is the third party's: once the blame is older than the coercion window, it holds the pair at nothing
    expect(at(blamed, T + 20 * DAY).level).toBe(2);
  });

  describe('a blame laid days after the attack it names (`StatementMade.blames`)', () => {
    // Burundi blaming Rwanda on 29 December 2023 for RED-Tabara's attack of the 22nd; here Pakistan blaming Kabul, 16
    // days later, for a TTP attack reported without a blame.
    const attack = { kind: 'militant-attack', perpetrator: 'ttp', allegedBy: 'pakistan', against: 'pakistan' } as const;
    const blameOf = (l: LogBuilder, days: number, incidentId: string) =>
      l.add(
        'StatementMade',
        {
          speaker: SPEAKER,
          audience: 'afghan-taliban',
          tone: 'accusation',
          summary: 'Kabul is behind the attack',
          blames: { incidentId, on: 'afghan-taliban' },
        },
        { occurredAt: daysBefore(days) },
      );
    const attackDay = daysBefore(20).slice(0, 10);

    it('is an attack blamed on the other party from the day the blame is laid: 3 for two weeks after it, 2 before', () => {
      const l = log();
      const reported = incident(l, 20, { ...attack, fatalities: { min: 11, max: 11 } });
      const said = blameOf(l, 4, reported.data.incidentId);
      const v = at(l);
      expect(v.level).toBe(3);
      expect(v.reasons.map((r) => ({ rule: r.rule, text: r.text, eventIds: r.eventIds }))).toEqual([
        {
          rule: 'coercion',
          text: `Attack of ${attackDay} blamed on Afghan Taliban by Pakistan on ${daysBefore(4).slice(0, 10)} (4 days ago)`,
          eventIds: [said.eventId, reported.eventId],
        },
      ]);
      // The day before the blame was laid, nobody had blamed Kabul: the attack alone is the TTP's, not the pair's.
      expect(at(l, T - 5 * DAY).level).toBe(2);
      // Two weeks after it, the blame is over.
      expect(at(l, T + 11 * DAY).level).toBe(2);
    });

    it('counts once with the same blame recorded on the attack, from its latest laying', () => {
      const l = log();
      const reported = incident(l, 20, { ...attack, blamedOn: 'afghan-taliban' });
      const renewed = blameOf(l, 2, reported.data.incidentId);
      const v = at(l);
      expect(v.level).toBe(3);
      expect(v.reasons).toEqual([
        expect.objectContaining({
          rule: 'coercion',
          text: `Attack of ${attackDay} blamed on Afghan Taliban by Pakistan on ${daysBefore(2).slice(0, 10)} (2 days ago)`,
        }),
      ]);
      const blames = v.drivers.filter((d) => d.eventIds?.includes(renewed.eventId) || d.eventId === reported.eventId);
      expect(blames).toHaveLength(1);
    });
  });

  describe('an act of one party aimed elsewhere that harmed the other (`harmed`)', () => {
    // Azerbaijan's airliner downed by Russian air defence firing at Ukrainian drones; here Pakistan's strike aimed at
    // the TTP that hits the Afghan Taliban.
    const aimedElsewhere = { kind: 'missile-strike', perpetrator: 'pakistan', against: 'ttp' } as const;
    const harmedAt = (days: number, data: Incident = {}) => {
      const l = log();
      incident(l, days, { ...aimedElsewhere, harmed: 'afghan-taliban', ...data });
      return l;
    };

    it('is an attack blamed on the other party: 3 within two weeks, 2 after', () => {
      const v = at(harmedAt(1));
      expect(v).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
      expect(v.reasons[0]?.text).toBe(
        `Missile strike by Pakistan aimed at TTP harmed Afghan Taliban on ${daysBefore(1).slice(0, 10)} (1 day ago)`,
      );
      expect(at(harmedAt(13)).level).toBe(3);
      expect(at(harmedAt(15))).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
      // Recorded against the TTP alone (no `harmed`), it is not the pair's.
      const unharmed = log();
      incident(unharmed, 1, aimedElsewhere);
      expect(at(unharmed).level).toBe(2);
    });

    it('is never armed action between the pair, however many it killed; the strike stays its own pair’s', () => {
      for (const killed of [0, 38, 300]) {
        const v = at(
          harmedAt(1, { fatalities: { min: killed, max: killed }, civilianFatalities: { min: killed, max: killed } }),
        );
        expect(v.level).toBe(3);
        expect(v.reasons.map((r) => r.rule)).toEqual(['coercion']);
        expect(v.pair?.lastArmedAction).toBeNull();
        if (killed >= 38) expect(v.pairs.find((p) => p.actors.includes('ttp'))).toMatchObject({ level: 5 });
      }
    });

    it('with no `against` recorded, the other party it harmed is not taken for its target', () => {
      const l = log();
      incident(l, 1, {
        kind: 'missile-strike',
        perpetrator: 'pakistan',
        harmed: 'afghan-taliban',
        fatalities: { min: 38, max: 38 },
      });
      expect(at(l)).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
      // reported by the one it harmed, still not aimed at it
      const reported = log();
      incident(reported, 1, {
        kind: 'missile-strike',
        perpetrator: 'pakistan',
        allegedBy: 'afghan-taliban',
        harmed: 'afghan-taliban',
        fatalities: { min: 38, max: 38 },
      });
      expect(at(reported).level).toBe(3);
    });

    it('with no `against` recorded, an act that harmed a third party is not taken as aimed at the other party', () => {
      // Iran's air defence downing a Ukrainian airliner it took for a hostile target: aimed at no one the analyst can
      // name, it harmed Ukraine; it is not armed action against the other party, however many it killed.
      const l = log();
      incident(l, 1, {
        kind: 'missile-strike',
        perpetrator: 'pakistan',
        allegedBy: 'pakistan',
        harmed: 'ttp',
        fatalities: { min: 176, max: 176 },
        civilianFatalities: { min: 176, max: 176 },
      });
      const v = at(l);
      expect(v).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
      expect(v.pair?.lastArmedAction).toBeNull();
      // It stays between the one that fired and the one it harmed: coercion between them.
      expect(v.pairs.find((p) => p.actors.includes('ttp'))).toMatchObject({ level: 3 });
    });

    it('ends the month of calm an agreement being implemented needs', () => {
      const calm = log();
      agreement(calm, 60);
      expect(at(calm).level).toBe(1);
      const harmed = log();
      agreement(harmed, 60);
      incident(harmed, 20, { ...aimedElsewhere, harmed: 'afghan-taliban' });
      expect(at(harmed)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
    });

    it('an act aimed at the other party reads as before, whoever else it harmed', () => {
      const aimed = log();
      incident(aimed, 1, { ...strike, against: 'afghan-taliban', fatalities: { min: 38, max: 38 } });
      const aimedHarmingTtp = log();
      incident(aimedHarmingTtp, 1, {
        ...strike,
        against: 'afghan-taliban',
        harmed: 'ttp',
        fatalities: { min: 38, max: 38 },
      });
      expect(at(aimed).level).toBe(5);
      expect(at(aimedHarmingTtp).level).toBe(5);
      expect(at(aimedHarmingTtp).reasons.map((r) => r.rule)).toEqual(at(aimed).reasons.map((r) => r.rule));
    });
  });

  it("a third party's threat aimed at no party threatens no party; addressed to one, it is that pair's", () => {
    // Israel's defence minister on Israeli television, in a negotiation between the United States and Iran.
    const INDIA = { id: 'india', name: 'India', kind: 'state' as const };
    const outsider = (audience: string) => {
      const l = log();
      l.add('ActorRegistered', { actor: INDIA, role: 'third-party' }, { occurredAt: '2025-06-01' });
      l.add(
        'StatementMade',
        { speaker: { name: 'Minister', actorId: 'india' }, audience, tone: 'military-threat', summary: 'war' },
        { occurredAt: daysBefore(1) },
      );
      return at(l);
    };
    expect(outsider('Indian television').level).toBe(2);
    const addressed = outsider('pakistan');
    expect(addressed.level).toBe(2);
    expect(addressed.pairs.find((p) => p.actors.includes('india'))).toMatchObject({
      actors: ['india', 'pakistan'],
      level: 3,
    });
    // a party's threat to an audience that is not an actor is still aimed at the other party
    const own = log();
    statement(own, 1, 'military-threat', 'domestic audience');
    expect(at(own).level).toBe(3);
  });

  it("a third party's ultimatum to a party, and its answer, weigh on that pair, not the parties'", () => {
    const l = log();
    l.add(
      'UltimatumIssued',
      { ultimatumId: 'u', by: 'ttp', to: ['pakistan'], demandIds: [], consequences: 'war' },
      { occurredAt: daysBefore(40) },
    );
    const rejection = l.add(
      'UltimatumResolved',
      { ultimatumId: 'u', resolution: 'rejected' },
      { occurredAt: daysBefore(1) },
    );
    const v = at(l);
    expect(v.level).toBe(2);
    expect(v.drivers.flatMap((d) => d.eventIds)).not.toContain(rejection.eventId);
  });

  it('a ceasefire between a party and a third party collapsing is coercion between those two, not the parties', () => {
    const collapsed = (parties: readonly string[]) => {
      const l = log();
      ceasefire(l, 100, 'cf', { parties });
      l.add('CeasefireEnded', { ceasefireId: 'cf', reason: 'collapsed' }, { occurredAt: daysBefore(1) });
      return at(l);
    };
    const truce = collapsed(['pakistan', 'ttp']);
    expect(truce.level).toBe(2);
    expect(truce.pairs.find((p) => p.actors.includes('ttp'))).toMatchObject({ actors: ['pakistan', 'ttp'], level: 3 });
    expect(collapsed(['pakistan', 'afghan-taliban']).level).toBe(3);
  });

  it("a third party's own truce collapsing is not the parties': neither coercion between them nor the end of their agreement", () => {
    // M23 declares a unilateral ceasefire and breaks it the next day, in DR Congo – Rwanda talks; or a truce between the
    // TTP and a party collapses while the parties' agreement is being implemented.
    const l = (parties: readonly string[]) => {
      const b = log();
      agreement(b, 60);
      ceasefire(b, 20, 'truce', { parties });
      b.add('CeasefireEnded', { ceasefireId: 'truce', reason: 'collapsed' }, { occurredAt: daysBefore(2) });
      return at(b);
    };
    for (const parties of [['ttp'], ['pakistan', 'ttp']])
      expect(l(parties)).toMatchObject({
        level: 1,
        reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
      });
    // A party's own unilateral truce collapsing is still the negotiation's.
    expect(l(['pakistan']).level).toBe(3);
  });

  it('an attack whose perpetrator is not known is not armed action by the other party; blaming the other party for it is coercion', () => {
    // A mine blast or an unclaimed bombing on one party's side: the other party is not its author until someone says so.
    const unclaimed = log();
    incident(unclaimed, 1, {
      kind: 'militant-attack',
      allegedBy: 'pakistan',
      against: 'pakistan',
      fatalities: { min: 25, max: 25 },
    });
    expect(at(unclaimed).level).toBe(2);
    const blamed = log();
    incident(blamed, 1, {
      kind: 'militant-attack',
      allegedBy: 'pakistan',
      against: 'pakistan',
      blamedOn: 'afghan-taliban',
      injured: { min: 3, max: 3 },
    });
    expect(at(blamed)).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
    // Recorded as the other party's own attack, it is armed action between the two.
    const byTheParty = log();
    incident(byTheParty, 1, {
      kind: 'militant-attack',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      injured: { min: 3, max: 3 },
    });
    expect(at(byTheParty).level).toBe(4);
  });

  it('an attack nobody is recorded as the author of, blamed on no one, does not end the month of calm', () => {
    // Nine Pakistani workers shot in Saravan by unknown gunmen (27 January 2024), while the Pakistan – Iran agreements
    // of that month were being implemented: Pakistan blamed no one and asked Iran to investigate. Nobody's act is no
    // hostile act of either party: the agreement is still being implemented with no hostile act between them.
    for (const kind of ['militant-attack', 'missile-strike'] as const) {
      const unclaimed = log();
      agreement(unclaimed, 60);
      incident(unclaimed, 10, { kind, against: 'pakistan', fatalities: { min: 9, max: 9 } });
      expect(at(unclaimed)).toMatchObject({
        level: 1,
        reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
      });
    }
    // Blamed on the other party, it is coercion for two weeks and ends the calm for a month.
    const blamed = log();
    agreement(blamed, 60);
    incident(blamed, 20, {
      kind: 'militant-attack',
      allegedBy: 'pakistan',
      against: 'pakistan',
      blamedOn: 'afghan-taliban',
      fatalities: { min: 9, max: 9 },
    });
    expect(at(blamed)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
    // Recorded as the other party's own, it is armed action between the two: within the month, 3.
    const byTheParty = log();
    agreement(byTheParty, 60);
    incident(byTheParty, 10, {
      kind: 'militant-attack',
      perpetrator: 'afghan-taliban',
      against: 'pakistan',
      fatalities: { min: 9, max: 9 },
    });
    expect(at(byTheParty).level).toBe(3);
  });

  it('a strike or shelling whose perpetrator is not recorded is not armed action by the other party', () => {
    // A rocket from Gaza that nobody claimed (Israel – Hamas, 31 October 2014), with third parties firing from the same
    // ground: the other party is not its author until someone says so, as for an unclaimed attack.
    for (const kind of ['missile-strike', 'shelling', 'clash'] as const) {
      const unclaimed = log();
      incident(unclaimed, 1, { kind, against: 'pakistan', fatalities: { min: 0, max: 0 } });
      expect(at(unclaimed).level).toBe(2);
      const reported = log();
      incident(reported, 1, { kind, allegedBy: 'pakistan', against: 'pakistan', fatalities: { min: 25, max: 25 } });
      expect(at(reported).level).toBe(2);
    }
    // Blamed on the other party, it is coercion; recorded as the other party's, it is armed action between the two.
    const blamed = log();
    incident(blamed, 1, {
      kind: 'missile-strike',
      against: 'pakistan',
      allegedBy: 'pakistan',
      blamedOn: 'afghan-taliban',
    });
    expect(at(blamed)).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
    const byTheParty = log();
    incident(byTheParty, 1, { kind: 'missile-strike', perpetrator: 'afghan-taliban', against: 'pakistan' });
    expect(at(byTheParty).level).toBe(4);
  });

  it('a closed border weighs while it lasts, and stops when it reopens', () => {
    const l = log();
    incident(l, 60, { kind: 'border-closure', perpetrator: 'pakistan', description: 'crossings closed' });
    expect(at(l).reasons.map((r) => r.rule)).toEqual(['border-closed']);
    incident(l, 10, { kind: 'border-reopening', perpetrator: 'pakistan', description: 'reopened' });
    expect(at(l).level).toBe(2);
  });

  it('a border closed for two days and reopened since weighs no longer: not coercive in the two weeks after it', () => {
    // Israel closed Erez and Kerem Shalom against Gaza for two days after a rocket (2–4 November 2014): a lasting
    // condition, coercive while it lasts (§5b), not an act that keeps the level at 3 for two weeks once lifted.
    const l = log();
    incident(l, 6, { kind: 'border-closure', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Torkham' });
    expect(at(l, T - 5 * DAY)).toMatchObject({
      level: 3,
      reasons: [expect.objectContaining({ rule: 'border-closed' })],
    });
    incident(l, 4, { kind: 'border-reopening', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Torkham' });
    expect(at(l)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
    // A second closure while the first lasts adds to the condition; both lifted, nothing coercive remains.
    incident(l, 3, { kind: 'border-closure', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Chaman' });
    incident(l, 3, { kind: 'border-closure', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Torkham' });
    expect(at(l).level).toBe(3);
    incident(l, 1, { kind: 'border-reopening', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Chaman' });
    incident(l, 1, { kind: 'border-reopening', perpetrator: 'pakistan', against: 'afghan-taliban', place: 'Torkham' });
    expect(at(l).level).toBe(2);
  });

  // §5b lists a closed border apart from the acts of the last two weeks: it is coercive while it lasts. A strait closed
  // for a day (Russia's tanker under the Kerch bridge, 25–26 November 2018) is no coercion once it reopened, though
  // the two weeks after the closing have not run out; what it does after it reopened is end the month of calm.
  it('a border closed for a day is coercive while it is closed, and not once it reopened within the two weeks', () => {
    const l = log();
    incident(l, 5, { kind: 'border-closure', perpetrator: 'pakistan', description: 'strait closed' });
    expect(at(l)).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'border-closed' })] });
    incident(l, 4, { kind: 'border-reopening', perpetrator: 'pakistan', description: 'reopened the next day' });
    const reopened = at(l);
    expect(reopened.level).toBe(2);
    expect(reopened.reasons.filter((r) => r.level === 3)).toEqual([]);
  });

  it("non-lethal force on the other party's vessels or people (water cannon, ramming) is coercion for 2 weeks, never armed action", () => {
    // The China Coast Guard's water cannon on a Philippine fisheries vessel, one crew member hurt: no weapon fired.
    const force = {
      kind: 'non-lethal-force',
      perpetrator: 'pakistan',
      allegedBy: 'afghan-taliban',
      against: 'afghan-taliban',
    };
    const l = log();
    incident(l, 1, { ...force, injured: { min: 1, max: 1 } });
    const v = at(l);
    expect(v).toMatchObject({
      level: 3,
      levelName: 'coercive',
      pair: { actors: ['afghan-taliban', 'pakistan'], level: 3 },
    });
    expect(v.reasons.map((r) => r.rule)).toEqual(['coercion']);
    expect(v.reasons[0]?.text).toBe(
      `Non-lethal force by Pakistan against Afghan Taliban on ${daysBefore(1).slice(0, 10)} (1 day ago)`,
    );
    expect(v.pair?.lastArmedAction).toBeNull();
    expect(at(l, T + 12 * DAY).level).toBe(3);
    expect(at(l, T + 15 * DAY).level).toBe(2);
    // It is a hostile act: an agreement being implemented is not calm for a month after it (2, not 1).
    const agreed = log();
    agreement(agreed, 60, { kind: 'partial', textPublic: false });
    incident(agreed, 20, force);
    expect(at(agreed).level).toBe(2);
    expect(at(agreed, T + 11 * DAY).level).toBe(1);
    // A third party's force on a party is that pair's coercion, not the parties'.
    const third = log();
    incident(third, 1, { ...force, perpetrator: 'ttp', allegedBy: 'pakistan', against: 'pakistan' });
    expect(at(third).level).toBe(2);
    expect(at(third).pairs.find((p) => p.actors.includes('ttp'))).toMatchObject({ level: 3 });
  });

  it("lethal force on the other party's people outside fighting (a civilian shot at sea) is coercion with its toll, never armed action, said lethal", () => {
    // North Korean troops killing a South Korean fisheries official in the North's waters: weapons fired, one killed,
    // but not between the parties' forces and not on the other's territory.
    const l = log();
    incident(l, 2, {
      kind: 'lethal-force',
      perpetrator: 'pakistan',
      allegedBy: 'afghan-taliban',
      against: 'afghan-taliban',
      fatalities: { min: 1, max: 1 },
    });
    const v = at(l);
    expect(v).toMatchObject({ level: 3, pair: { actors: ['afghan-taliban', 'pakistan'], level: 3 } });
    expect(v.reasons.map((r) => r.rule)).toEqual(['coercion']);
    expect(v.reasons[0]?.text).toBe(
      `Lethal force by Pakistan against Afghan Taliban on ${daysBefore(2).slice(0, 10)} (2 days ago)`,
    );
    expect(v.pair?.lastArmedAction).toBeNull();
    expect(at(l, T + 11 * DAY).level).toBe(3);
    expect(at(l, T + 13 * DAY).level).toBe(2);
  });

  it('a violation without casualties reported of non-lethal force (one occurrence) is that force, not an exchange of fire', () => {
    // Civilians seized at gunpoint during a ceasefire, no shot fired, no one killed; the other party calls it a breach.
    const seized = {
      kind: 'non-lethal-force',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
    };
    const breach = (l: LogBuilder, days: number, occurrence?: string) =>
      l.add(
        'CeasefireViolationReported',
        { ceasefireId: 'cf', allegedBy: 'pakistan', against: 'afghan-taliban', casualties: { min: 0, max: 0 } },
        { occurredAt: daysBefore(days), ...(occurrence === undefined ? {} : { occurrence }) },
      );
    const l = log();
    ceasefire(l, 90);
    incident(l, 2, seized, { occurrence: 'seized' });
    breach(l, 1, 'seized');
    const v = at(l);
    expect(v).toMatchObject({ level: 3, pair: { level: 3, lastArmedAction: null } });
    expect(v.reasons.map((r) => r.rule)).toEqual(['coercion']);
    // Whichever was recorded first.
    const reversed = log();
    ceasefire(reversed, 90);
    breach(reversed, 1, 'seized');
    incident(reversed, 2, seized, { occurrence: 'seized' });
    expect(at(reversed).level).toBe(3);
    // Reported alone, or of another occurrence, a violation without casualties is still an alleged exchange of fire.
    const alone = log();
    ceasefire(alone, 90);
    incident(alone, 2, seized, { occurrence: 'seized' });
    breach(alone, 1);
    expect(at(alone)).toMatchObject({ level: 4, reasons: [expect.objectContaining({ rule: 'armed-action' })] });
  });

  it('1 cooperative only for an agreement being implemented with no hostile act or threat for a month', () => {
    const l = log();
    agreement(l, 40);
    expect(at(l)).toMatchObject({ level: 1, levelName: 'cooperative' });
    statement(l, 10, 'warning');
    expect(at(l).level).toBe(2);
  });

  // Sanctions, an embargo, relations cut have no type of their own: the analyst records the announcement with the
  // CAMEO code of the act (163 impose embargo, 161 reduce relations). Whatever the statement's tone, that is a hostile
  // act within the month, not critical words; it is not §5b's coercion either.
  it('a statement coded as an act of material conflict (sanctions, an embargo) ends the calm, whatever its tone, and is not coercion', () => {
    const withMeasure = (tone: EventDataByType['StatementMade']['tone'], cameo?: string) => {
      const l = log();
      agreement(l, 60, { kind: 'partial' });
      l.add(
        'StatementMade',
        { speaker: SPEAKER, audience: 'afghan-taliban', tone, summary: 'bans the other side’s goods' },
        { occurredAt: daysBefore(10), ...(cameo !== undefined ? { cameo } : {}) },
      );
      return at(l);
    };
    for (const tone of ['critical', 'neutral'] as const) {
      expect(withMeasure(tone, '163')).toMatchObject({
        level: 2,
        reasons: [expect.objectContaining({ rule: 'strained' })],
      });
      expect(withMeasure(tone, '161').level).toBe(2);
      // The same words without the act: critical words alone, or neutral ones, do not end the calm.
      expect(withMeasure(tone).level).toBe(1);
    }
  });

  // A show of force (exercises, missile launches, warships shadowing the other's): no force used on the other, so
  // neither armed action nor coercion — but a hostile act of one party toward the other, as the same act recorded as a
  // statement coded 15 (exhibit force posture) already is. With no target recorded, a party's show of force is toward
  // the other party; a third party's is toward no one of the pair, and leaves its calm alone.
  it("a party's show of force ends the month of calm (2, not 1, and not coercion); a third party's does not", () => {
    const withPosture = (perpetrator: string, days: number, against?: string) => {
      const l = log();
      agreement(l, 60, { kind: 'partial' });
      incident(l, days, { kind: 'force-posture', perpetrator, ...(against !== undefined ? { against } : {}) });
      return at(l);
    };
    expect(withPosture('pakistan', 10)).toMatchObject({
      level: 2,
      reasons: [expect.objectContaining({ rule: 'strained', text: expect.stringContaining('show of force') })],
    });
    expect(withPosture('afghan-taliban', 10, 'pakistan').level).toBe(2);
    // A month on, the calm is back; a third party's show of force was never the pair's.
    expect(withPosture('pakistan', 31)).toMatchObject({
      level: 1,
      reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
    });
    expect(withPosture('ttp', 10).level).toBe(1);
  });

  // The analyst's CAMEO code says what a statement is: 138 (threaten with military force, and its sub-codes 1381–1384)
  // is a threat of war whatever tone the words were given ("if talks fail, only war will happen", recorded as a
  // conditional `threat` and coded 138). The tone `threat` alone (CAMEO 13: a threat short of force) is not.
  it('a statement coded as a threat of military force (CAMEO 138…) is a threat of war, whatever its tone', () => {
    const withCode = (tone: EventDataByType['StatementMade']['tone'], days: number, cameo?: string) => {
      const l = log();
      l.add(
        'StatementMade',
        { speaker: SPEAKER, audience: 'afghan-taliban', tone, summary: 'if talks fail, only war will happen' },
        { occurredAt: daysBefore(days), ...(cameo !== undefined ? { cameo } : {}) },
      );
      return at(l);
    };
    for (const cameo of ['138', '1384']) {
      expect(withCode('threat', 3, cameo)).toMatchObject({
        level: 3,
        reasons: [expect.objectContaining({ rule: 'coercion' })],
      });
      expect(withCode('warning', 3, cameo).level).toBe(3);
      expect(withCode('threat', 20, cameo).level).toBe(2); // like any threat of war, it weighs two weeks
    }
    expect(withCode('threat', 3).level).toBe(2); // a threat short of force: words, not a threat of war
    expect(withCode('threat', 3, '130').level).toBe(2);
    expect(withCode('military-threat', 3).level).toBe(3);
  });

  it('a doubtful report (credibility 4) is shown but raises no level', () => {
    const doubtful: Source[] = [{ title: 'rumour', credibility: 4 }];
    const l = log();
    incident(l, 1, { ...strike, fatalities: { min: 30, max: 30 } }, { sources: doubtful });
    expect(at(l).level).toBe(2);
  });

  it('a doubtful report does not end the calm of an agreement being implemented either (1 stays 1)', () => {
    const doubtful: Source[] = [{ title: 'rumour', credibility: 4 }];
    const l = log();
    agreement(l, 60, { kind: 'framework' });
    incident(l, 5, { ...strike }, { sources: doubtful });
    statement(l, 3, 'threat');
    expect(at(l)).toMatchObject({ level: 2 }); // a threat on record, however graded by default, ends the calm
    const quiet = log();
    agreement(quiet, 60, { kind: 'framework' });
    incident(quiet, 5, { ...strike }, { sources: doubtful });
    expect(at(quiet)).toMatchObject({
      level: 1,
      reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
    });
  });
});

describe('escalation v2: what becomes of an agreement', () => {
  const day = (days: number) => daysBefore(days).slice(0, 10);
  function status(
    l: LogBuilder,
    days: number,
    data: Omit<EventDataByType['AgreementStatusChanged'], 'agreementId'>,
    agreementId = 'a',
  ) {
    return l.add('AgreementStatusChanged', { agreementId, ...data }, { occurredAt: daysBefore(days) });
  }
  const agreementConditions = (l: LogBuilder, when = T) =>
    at(l, when)
      .conditions.filter((c) => c.kind === 'agreement')
      .map((c) => c.text);

  it('a text only agreed or initialled is not being implemented (2), and says so among the conditions; signed, it is (1)', () => {
    for (const reached of ['text-agreed', 'initialled'] as const) {
      const l = log();
      agreement(l, 90, { status: reached });
      expect(at(l)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });
      expect(agreementConditions(l)).toEqual([
        `Agreement of ${day(90)} (${reached === 'initialled' ? 'initialled' : 'text agreed'}): not being implemented`,
      ]);
      const signed = status(l, 40, { status: 'signed' });
      expect(at(l)).toMatchObject({
        level: 1,
        reasons: [
          expect.objectContaining({
            rule: 'agreement-implemented',
            text: `Agreement of ${day(90)} (signed on ${day(40)}) being implemented; no hostile act or threat in the last 30 days`,
          }),
        ],
      });
      expect(agreementConditions(l)).toEqual([at(l).reasons[0]?.text]);
      // Before the signature it was not: the reading of a date between the two is 2.
      expect(at(l, ms(daysBefore(50))).level).toBe(2);
      expect(signed.type).toBe('AgreementStatusChanged');
    }
  });

  it('an agreement reached signed, ratified or in force, or with no status (as every agreement recorded before statuses), is being implemented', () => {
    for (const reached of [undefined, 'signed', 'ratified', 'in-force'] as const) {
      const l = log();
      agreement(l, 40, reached === undefined ? {} : { status: reached });
      expect(at(l).reasons[0]).toMatchObject({
        rule: 'agreement-implemented',
        text: `Agreement of ${day(40)}${reached === undefined ? '' : ` (${reached === 'in-force' ? 'in force' : reached})`} being implemented; no hostile act or threat in the last 30 days`,
      });
    }
  });

  // A closed border and an active ultimatum weigh while they last (§5b): a hostile condition in force yesterday is not a
  // month without a hostile act or threat, however long ago it began. Found on the Saudi Arabia – Qatar case: the
  // border closed for three and a half years reopened on the eve of the Al-Ula declaration, and the next day read 1.
  it('a closed border or an active ultimatum lifted within the month ends the calm of an agreement signed since: 2, then 1 a month on', () => {
    const border = log();
    incident(border, 400, { kind: 'border-closure', perpetrator: 'pakistan', description: 'crossings closed' });
    const reopened = incident(border, 3, {
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      description: 'reopened',
    });
    agreement(border, 2, { status: 'signed' });
    expect(at(border)).toMatchObject({
      level: 2,
      reasons: [
        expect.objectContaining({
          rule: 'strained',
          text: `No armed action, ultimatum, threat of war or collapse of talks in the windows; border closed until ${daysBefore(3).slice(0, 10)} (3 days ago)`,
          eventIds: expect.arrayContaining([reopened.eventId]),
        }),
      ],
    });
    expect(at(border, T + 26 * DAY).level).toBe(2);
    expect(at(border, T + 28 * DAY)).toMatchObject({
      level: 1,
      reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
    });

    const ultimatum = log();
    ultimatum.add(
      'UltimatumIssued',
      { ultimatumId: 'u', by: 'pakistan', to: ['afghan-taliban'], demandIds: [], consequences: 'c' },
      { occurredAt: daysBefore(100) },
    );
    agreement(ultimatum, 60);
    ultimatum.add('UltimatumResolved', { ultimatumId: 'u', resolution: 'complied' }, { occurredAt: daysBefore(5) });
    expect(at(ultimatum)).toMatchObject({
      level: 2,
      reasons: [
        expect.objectContaining({
          text: `No armed action, ultimatum, threat of war or collapse of talks in the windows; ultimatum of ${day(100)} in force until ${day(5)} (5 days ago)`,
        }),
      ],
    });
    expect(at(ultimatum, T + 26 * DAY).level).toBe(1);

    // Lifted more than a month before, it is history: the agreement signed since reads 1 at once.
    const long = log();
    incident(long, 400, { kind: 'border-closure', perpetrator: 'pakistan', description: 'crossings closed' });
    incident(long, 40, { kind: 'border-reopening', perpetrator: 'pakistan', description: 'reopened' });
    agreement(long, 2, { status: 'signed' });
    expect(at(long).level).toBe(1);
  });

  // A border closed in two places (the land links and the airspace) and reopened in one stays closed against the other
  // party (§5b) while the other closure lasts. Found on the India – Pakistan 2001–02 case: India cut the train and the
  // bus and barred Pakistani aircraft from 1 January 2002, lifted the overflight ban on 10 June and kept the land links
  // cut; the model read the border open from 10 June.
  it('a border closed in two places and reopened in one stays closed, since the closure still in force; reopened in both, it is open', () => {
    const l = log();
    incident(l, 100, {
      kind: 'border-closure',
      perpetrator: 'pakistan',
      place: 'Torkham crossing',
      description: 'closed',
    });
    const air = incident(l, 90, {
      kind: 'border-closure',
      perpetrator: 'pakistan',
      place: 'Airspace',
      description: 'closed',
    });
    incident(l, 80, {
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      place: 'Torkham  crossing',
      description: 'reopened',
    });
    expect(at(l)).toMatchObject({
      level: 3,
      reasons: [
        expect.objectContaining({
          rule: 'border-closed',
          text: `Border closed since ${day(90)}`,
          eventIds: [air.eventId],
        }),
      ],
    });
    incident(l, 50, { kind: 'border-reopening', perpetrator: 'pakistan', place: 'airspace', description: 'reopened' });
    expect(at(l).level).toBe(2);
    expect(at(l).reasons[0]?.rule).not.toBe('border-closed');
    expect(at(l, T - 60 * DAY).reasons.map((r) => r.rule)).toContain('border-closed');
  });

  // Crossings closed one after another are one closed border, said since the first; the reason counts the closures in
  // force and stands on each, so that the analyst sees them all. Found on the Lithuania – Belarus 2021–25 case: with
  // every crossing closed in October 2025 the reason named only the two closed in August 2023.
  it('a border closed at several crossings one after another is said since the first, with the closures in force counted and each cited', () => {
    const l = log();
    const first = incident(l, 100, {
      kind: 'border-closure',
      perpetrator: 'pakistan',
      place: 'Torkham crossing',
      description: 'closed',
    });
    const second = incident(l, 60, {
      kind: 'border-closure',
      perpetrator: 'pakistan',
      place: 'Chaman crossing',
      description: 'closed too',
    });
    const third = incident(l, 20, {
      kind: 'border-closure',
      perpetrator: 'pakistan',
      place: 'Ghulam Khan crossing',
      description: 'the last one closed',
    });
    expect(at(l).reasons).toContainEqual(
      expect.objectContaining({
        rule: 'border-closed',
        text: `Border closed since ${day(100)} (3 closures in force, the latest on ${day(20)})`,
        eventIds: [first.eventId, second.eventId, third.eventId],
      }),
    );
    incident(l, 10, {
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      place: 'Torkham crossing',
      description: 'open',
    });
    incident(l, 5, {
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      place: 'Chaman crossing',
      description: 'open',
    });
    expect(at(l).reasons).toContainEqual(
      expect.objectContaining({
        rule: 'border-closed',
        text: `Border closed since ${day(20)}`,
        eventIds: [third.eventId],
      }),
    );
  });

  // Each party's closure is its own: one party reopening what it closed leaves the other's against it in force (§5b: a
  // border closed against the other party). Found on the Kosovo – Serbia 2011–13 case: Serbia had let no goods with
  // Kosovo's customs stamps in since 2008, Kosovo banned Serbian goods in reciprocity (20 July 2011) and lifted its
  // ban on 16 September; Serbia let Kosovo's goods in only after the 22nd. The model read the border open from the 16th.
  it("a border closed by both parties against each other and reopened by one stays closed, since the other's closure; reopened by both, it is open", () => {
    const l = log();
    const theirs = incident(l, 100, {
      kind: 'border-closure',
      perpetrator: 'afghan-taliban',
      against: 'pakistan',
      place: 'Torkham crossing',
      description: 'closed to Pakistani goods',
    });
    incident(l, 90, {
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'afghan-taliban',
      place: 'Torkham crossing',
      description: 'closed to Afghan goods in reciprocity',
    });
    incident(l, 80, {
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      against: 'afghan-taliban',
      place: 'Torkham crossing',
      description: 'Pakistan lifts its ban',
    });
    expect(at(l)).toMatchObject({
      level: 3,
      reasons: [
        expect.objectContaining({
          rule: 'border-closed',
          text: `Border closed since ${day(100)}`,
          eventIds: [theirs.eventId],
        }),
      ],
    });
    incident(l, 50, {
      kind: 'border-reopening',
      perpetrator: 'afghan-taliban',
      against: 'pakistan',
      place: 'Torkham crossing',
      description: 'the Taliban lift theirs',
    });
    expect(at(l).level).toBe(2);
    expect(at(l, T - 60 * DAY).reasons.map((r) => r.rule)).toContain('border-closed');
  });

  // Found on the United States – North Korea case: the day after the Singapore statement was signed the level was 2,
  // rightly (the threats of war of three weeks before were within the month), but the reason said only "No armed
  // action … in the windows": what kept the level from 1 went unsaid, as it is said for a show of force or a border
  // reopened within the month.
  it('with an agreement being implemented, a threat of war older than the coercion window but within the month keeps it from 1, and the reason says so', () => {
    const l = log();
    const threat = statement(l, 20, 'military-threat');
    agreement(l, 1, { status: 'signed' });
    expect(at(l)).toMatchObject({
      level: 2,
      reasons: [
        expect.objectContaining({
          rule: 'strained',
          text: `No armed action, ultimatum, threat of war or collapse of talks in the windows; threat of war on ${day(20)} (20 days ago)`,
          eventIds: [threat.eventId],
        }),
      ],
    });
    // A month after the threat: 1, with nothing hostile to say.
    expect(at(l, T + 11 * DAY)).toMatchObject({
      level: 1,
      reasons: [expect.objectContaining({ rule: 'agreement-implemented' })],
    });
    // With no agreement being implemented nothing could read 1: the old threat is not what keeps it from 1, and unsaid.
    const none = log();
    statement(none, 20, 'military-threat');
    expect(at(none).reasons[0]?.text).toBe(
      'No armed action, ultimatum, threat of war or collapse of talks in the windows',
    );
  });

  it('a party suspending the agreement ends the calm (2, not 3: it is on none of the coercive lists) until it is in force again and a month has passed', () => {
    const l = log();
    agreement(l, 200);
    const suspension = status(l, 20, { status: 'suspended', by: 'pakistan', reason: 'Held in abeyance' });
    const v = at(l);
    expect(v.level).toBe(2);
    expect(v.reasons).toEqual([
      expect.objectContaining({
        rule: 'strained',
        text: `No armed action, ultimatum, threat of war or collapse of talks in the windows; suspension by Pakistan of the agreement of ${day(200)} on ${day(20)} (20 days ago)`,
        eventIds: [suspension.eventId],
      }),
    ]);
    expect(v.pair).toMatchObject({ actors: ['afghan-taliban', 'pakistan'], level: 2 });
    expect(agreementConditions(l)).toEqual([
      `Agreement of ${day(200)} (suspended by Pakistan on ${day(20)}): not being implemented`,
    ]);
    // A month after the suspension, still suspended: no agreement being implemented, so 2 still.
    expect(at(l, T + 20 * DAY).level).toBe(2);
    // In force again: the suspension ends the calm for a month from when it happened, then 1.
    status(l, 5, { status: 'in-force', by: 'pakistan' });
    expect(at(l).level).toBe(2);
    expect(at(l, T + 11 * DAY)).toMatchObject({
      level: 1,
      reasons: [
        expect.objectContaining({
          text: `Agreement of ${day(200)} (put in force by Pakistan on ${day(5)}) being implemented; no hostile act or threat in the last 30 days`,
        }),
      ],
    });
  });

  it('a party withdrawing from it is a hostile act against the other signatory; a termination ends it without one', () => {
    const withdrawn = log();
    agreement(withdrawn, 200);
    status(withdrawn, 45, { status: 'withdrawn', by: 'afghan-taliban' });
    expect(at(withdrawn).level).toBe(2);
    expect(agreementConditions(withdrawn)).toEqual([
      `Agreement of ${day(200)} (withdrawn from by Afghan Taliban on ${day(45)}): not being implemented`,
    ]);
    // Within the month it is a hostile act; more than a month later the calm is back, but nothing is being implemented.
    expect(at(withdrawn, T - 30 * DAY).reasons[0]?.text).toContain('withdrawal by Afghan Taliban');
    expect(at(withdrawn).reasons[0]?.text).not.toContain('withdrawal');

    const terminated = log();
    agreement(terminated, 200);
    status(terminated, 20, { status: 'terminated' });
    expect(at(terminated)).toMatchObject({ level: 2 });
    expect(at(terminated).reasons[0]?.text).toBe(
      'No armed action, ultimatum, threat of war or collapse of talks in the windows',
    );
    expect(agreementConditions(terminated)).toEqual([]);
  });

  it('one ended by its terms, the negotiation then closed with it, is a settlement carried out: 1 once calm', () => {
    // The United Kingdom and Iceland's Oslo agreement (1 June 1976) ran its six months to 1 December and the dispute
    // was over: what analysts call cooperative, not a return to strain.
    const settled = log();
    agreement(settled, 200);
    status(settled, 40, { status: 'terminated', reason: 'Expired by its own term' });
    settled.add('NegotiationClosed', { outcome: 'agreement', summary: 'Carried out' }, { occurredAt: daysBefore(40) });
    expect(at(settled)).toMatchObject({
      level: 1,
      reasons: [
        expect.objectContaining({
          rule: 'agreement-implemented',
          text: `Agreement of ${day(200)} (terminated on ${day(40)}) carried out to its end, the negotiation closed with it; no hostile act or threat in the last 30 days`,
        }),
      ],
    });
    // Within the month of a hostile act it is 2, as for an agreement being implemented.
    statement(settled, 10, 'accusation');
    expect(at(settled).level).toBe(2);

    // Terminated, and the negotiation closed without agreement: nothing carried out to stand on (2 once the collapse
    // is past the coercion window).
    const failed = log();
    agreement(failed, 200);
    status(failed, 40, { status: 'terminated' });
    failed.add('NegotiationClosed', { outcome: 'abandoned', summary: 'Given up' }, { occurredAt: daysBefore(40) });
    expect(at(failed)).toMatchObject({ level: 2, reasons: [expect.objectContaining({ rule: 'strained' })] });

    // Closed with agreement before the agreement was terminated: the termination came after, nothing says it was kept.
    const before = log();
    agreement(before, 200);
    before.add('NegotiationClosed', { outcome: 'agreement', summary: 'Settled' }, { occurredAt: daysBefore(60) });
    status(before, 40, { status: 'terminated' });
    expect(at(before).level).toBe(2);
  });

  it("a suspension of another pair's agreement (Pakistan's with the TTP) is that pair's, not the parties'", () => {
    const l = log();
    agreement(l, 200);
    agreement(l, 100, { agreementId: 'ttp-truce', signatories: ['pakistan', 'ttp'] });
    status(l, 10, { status: 'suspended', by: 'pakistan' }, 'ttp-truce');
    const v = at(l);
    expect(v).toMatchObject({ level: 1, pair: { actors: ['afghan-taliban', 'pakistan'] } });
    expect(v.pairs.find((p) => p.actors.join() === 'pakistan,ttp')).toMatchObject({ level: 2 });
  });
});

describe('escalation v2: one fact counts once', () => {
  it('developments sharing an occurrence weigh as one, listed together in the drivers', () => {
    const once = log();
    incident(once, 1, { ...strike, fatalities: { min: 5, max: 5 } }, { occurrence: 'kabul-strike' });
    const twice = log();
    incident(twice, 1, { ...strike, fatalities: { min: 5, max: 5 } }, { occurrence: 'kabul-strike' });
    l2(twice);
    const a = at(once);
    const b = at(twice);
    expect(b.level).toBe(a.level);
    expect(b.index).toBeCloseTo(a.index, 9);
    expect(b.drivers[0]?.eventIds).toHaveLength(2);

    function l2(l: LogBuilder) {
      l.add(
        'CeasefireViolationReported',
        { ceasefireId: 'cf', allegedBy: 'afghan-taliban', against: 'pakistan', casualties: { min: 5, max: 5 } },
        { occurredAt: daysBefore(1), occurrence: 'kabul-strike' },
      );
    }
  });

  it('a threat of war made on the occasion of a hostile measure is a threat of war, whichever was recorded first', () => {
    // Carter's press conference of 17 April 1980: further sanctions on Iran (critical, CAMEO 163) and, at the same
    // conference, "the next step may be military action" — two statements of one occurrence, equally graded. What the
    // occasion was comes from its gravest report: a threat of war (3 for two weeks), not only a hostile measure (2).
    const said = (l: LogBuilder, tone: EventDataByType['StatementMade']['tone'], cameo?: string) =>
      l.add(
        'StatementMade',
        { speaker: SPEAKER, audience: 'afghan-taliban', tone, summary: tone },
        { occurredAt: daysBefore(3), occurrence: 'press-conference', ...(cameo !== undefined ? { cameo } : {}) },
      );
    for (const order of [
      ['measure', 'threat'],
      ['threat', 'measure'],
    ]) {
      const l = log();
      for (const which of order) {
        if (which === 'measure') said(l, 'critical', '163');
        else said(l, 'military-threat');
      }
      const v = at(l);
      expect({ order, level: v.level, rule: v.reasons[0]?.rule }).toEqual({ order, level: 3, rule: 'coercion' });
      expect(v.drivers[0]?.eventIds).toHaveLength(2);
    }
  });

  it('a strike also recorded as the violation it is alleged to be is a strike, however the two reports are graded', () => {
    // Moscow alleges Ukrainian drone strikes on power sites under the energy moratorium: the incident (one side's claim,
    // credibility 3) and the violation (the same claim, confirmed as made, credibility 1) are one occurrence. It is a
    // strike, not an exchange of fire: three of them in three days are heavy armed action in several places. (The
    // moratorium is partial: it stops no fighting. Violations of a ceasefire of all hostilities breach it, test above.)
    const claim: Source[] = [{ title: 'claim', credibility: 3 }];
    const onRecord: Source[] = [{ title: 'on record', credibility: 1 }];
    const l = log();
    ceasefire(l, 300, 'cf', { coverage: 'partial' });
    for (const [i, d] of [0.5, 1, 2].entries()) {
      incident(l, d, { ...strike, fatalities: { min: 0, max: 0 } }, { occurrence: `s${i}`, sources: claim });
      l.add(
        'CeasefireViolationReported',
        { ceasefireId: 'cf', allegedBy: 'afghan-taliban', against: 'pakistan', description: 'the same strike' },
        { occurredAt: daysBefore(d), occurrence: `s${i}`, sources: onRecord },
      );
    }
    expect(at(l)).toMatchObject({ level: 5, reasons: [expect.objectContaining({ rule: 'heavy-armed-action' })] });
  });

  it("an armed group's attack blamed on the other party, in which that party's own forces are reported fighting, is armed action between the parties", () => {
    // Kinshasa blames Rwanda for M23's capture of a town, and reports Rwandan troops fighting in it: two reports of one
    // occurrence. What the fact is comes from every report of it: the other party's forces fought, so it is armed action
    // between the parties (4), not only an attack blamed on them (3) — whichever report was recorded first or weighs more.
    const blamed: Source[] = [{ title: 'wire', credibility: 2 }];
    const claim = (credibility: 3 | 4): Source[] => [{ title: 'one side', credibility }];
    const attack = (l: LogBuilder) =>
      incident(
        l,
        2,
        {
          kind: 'militant-attack',
          perpetrator: 'ttp',
          allegedBy: 'pakistan',
          against: 'pakistan',
          blamedOn: 'afghan-taliban',
        },
        { occurrence: 'town', sources: blamed },
      );
    const troops = (l: LogBuilder, credibility: 3 | 4) =>
      incident(
        l,
        2,
        { kind: 'clash', perpetrator: 'afghan-taliban', allegedBy: 'pakistan', against: 'pakistan' },
        { occurrence: 'town', sources: claim(credibility) },
      );
    const blameFirst = log();
    attack(blameFirst);
    troops(blameFirst, 3);
    const troopsFirst = log();
    troops(troopsFirst, 3);
    attack(troopsFirst);
    for (const l of [blameFirst, troopsFirst])
      expect(at(l)).toMatchObject({ level: 4, reasons: [expect.objectContaining({ rule: 'armed-action' })] });
    // A report of the troops graded doubtful raises no level: the occurrence is still the attack blamed on them.
    const doubtful = log();
    attack(doubtful);
    troops(doubtful, 4);
    expect(at(doubtful)).toMatchObject({ level: 3, reasons: [expect.objectContaining({ rule: 'coercion' })] });
  });

  it('a speech recorded as a statement to the other party and a position on a demand is one hostile statement', () => {
    const speech = (l: LogBuilder, occurrence?: string) => {
      l.add('DemandTabled', {
        demandId: 'd',
        by: 'afghan-taliban',
        addressedTo: ['pakistan'],
        text: 't',
        category: 'security',
      });
      const extra = { occurredAt: daysBefore(2), ...(occurrence === undefined ? {} : { occurrence }) };
      l.add('StatementMade', { speaker: SPEAKER, audience: 'afghan-taliban', tone: 'accusation', summary: 's' }, extra);
      l.add('PositionTaken', { demandId: 'd', actorId: 'pakistan', stance: 'rejected' }, extra);
    };
    const apart = log();
    speech(apart);
    expect(at(apart).reasons[0]?.text).toContain('2 hostile statements in the last 14 days');
    const once = log();
    speech(once, 'speech');
    expect(at(once).reasons[0]?.text).toContain('1 hostile statement in the last 14 days');
  });

  it('by default a round and what was reached at it on the same day are one occurrence', () => {
    const l = log();
    l.add('TalksRoundConcluded', { roundId: 'doha', outcome: 'agreement' }, { occurredAt: daysBefore(2) });
    l.add(
      'AgreementReached',
      {
        agreementId: 'a',
        kind: 'ceasefire',
        provisions: [],
        signatories: ['pakistan'],
        textPublic: true,
        roundId: 'doha',
      },
      { occurredAt: daysBefore(2) },
    );
    const drivers = at(l).drivers.filter((d) => d.contribution > 0);
    expect(drivers).toHaveLength(1);
    expect(drivers[0]?.eventIds).toHaveLength(2);
  });

  it('a round that opened and collapsed the same day is one occurrence, and it is a collapse: coercive', () => {
    // A one-day meeting that breaks down (Brussels, 14 September 2023: "it was not possible to bridge the
    // differences", no further meeting planned) is recorded as the round opened and concluded `collapsed`; by default
    // the two are one occurrence. What the meeting came to is its collapse (§5b: collapsed talks within 2 weeks are
    // coercive), not the opening of talks it began with, which weighs as much.
    const l = log();
    l.add('TalksRoundOpened', { roundId: 'r', label: 'Brussels' }, { occurredAt: daysBefore(3) });
    l.add('TalksRoundConcluded', { roundId: 'r', outcome: 'collapsed' }, { occurredAt: daysBefore(3) });
    const v = at(l);
    expect(v).toMatchObject({
      level: 3,
      reasons: [expect.objectContaining({ rule: 'coercion', text: expect.stringMatching(/^Talks collapsed on /) })],
    });
    expect(v.reasons[0]?.eventIds).toHaveLength(2);
    // The same meeting concluded without progress is talks held: strained, not coercive.
    const held = log();
    held.add('TalksRoundOpened', { roundId: 'r', label: 'Brussels' }, { occurredAt: daysBefore(3) });
    held.add('TalksRoundConcluded', { roundId: 'r', outcome: 'no-progress' }, { occurredAt: daysBefore(3) });
    expect(at(held).level).toBe(2);
  });
});

describe('escalation v2: silence is not peace', () => {
  it('long after the last record, the reading rests on the conditions in force and says nothing recent was recorded', () => {
    const l = log();
    incident(l, 10, { kind: 'border-closure', perpetrator: 'pakistan', description: 'closed' });
    l.add(
      'UltimatumIssued',
      { ultimatumId: 'final', by: 'pakistan', to: ['afghan-taliban'], demandIds: [], consequences: 'c' },
      { occurredAt: daysBefore(5) },
    );
    l.add('TalksRoundConcluded', { roundId: 'r', outcome: 'collapsed' }, { occurredAt: daysBefore(3) });
    const v = at(l, T + 367 * DAY);
    expect(v).toMatchObject({ level: 3, quiet: { days: 370, since: daysBefore(3) } });
    expect(v.conditions.map((c) => c.kind).sort()).toEqual(['border-closed', 'ultimatum']);
    expect(v.index).toBeGreaterThan(30);
  });

  it('a closed border and an active ultimatum are conditions in force under fighting too, not only where they make it 3', () => {
    const l = log();
    incident(l, 10, { kind: 'border-closure', perpetrator: 'pakistan', description: 'closed' });
    l.add(
      'UltimatumIssued',
      { ultimatumId: 'final', by: 'pakistan', to: ['afghan-taliban'], demandIds: [], consequences: 'c' },
      { occurredAt: daysBefore(5) },
    );
    ceasefire(l, 20);
    l.add(
      'CeasefireViolationReported',
      { ceasefireId: 'cf', allegedBy: 'afghan-taliban', against: 'pakistan', casualties: { min: 10, max: 10 } },
      { occurredAt: daysBefore(1) },
    );
    const v = at(l);
    expect(v.level).toBe(4);
    expect(v.conditions.map((c) => c.kind)).toEqual(['ceasefire', 'border-closed', 'ultimatum']);
  });
});

describe('escalation v2: continuous index inside the band, and the trend', () => {
  it('the heavier the recent fighting, the higher the index within hostilities', () => {
    const light = log();
    incident(light, 1, { ...strike, fatalities: { min: 20, max: 20 } });
    const heavy = log();
    incident(heavy, 1, { ...strike, fatalities: { min: 200, max: 200 } });
    expect(at(light).level).toBe(5);
    expect(at(heavy).index).toBeGreaterThan(at(light).index);
    expect(at(heavy).index).toBeLessThan(100);
  });

  it('rises into fighting and falls as a ceasefire holds', () => {
    const l = log();
    incident(l, 2, { ...strike, fatalities: { min: 30, max: 30 } });
    expect(at(l).trend.direction).toBe('rising');
    ceasefire(l, 1);
    expect(at(l, T + 1.5 * DAY).level).toBe(4);
    expect(at(l, T + 8.5 * DAY)).toMatchObject({ level: 3, trend: { direction: 'falling' } });
  });
});

describe('escalation v2: readings along a series', () => {
  it('reads each instant as a reading of its own does, and refuses to go back', () => {
    const l = log();
    incident(l, 20, { ...strike, fatalities: { min: 30, max: 30 } });
    ceasefire(l, 12);
    incident(l, 5, { kind: 'clash', description: 'a skirmish on the line' });
    const state = foldViews(l.entries);
    const read = conditionsReader(state, V2);
    const instants = [-25, -19.5, -11, -4.5, 0, 40].map((d) => T + d * DAY);
    const levels = instants.map((t) => {
      const reading = read(t);
      expect(reading).toEqual(conditionsReadingAt(state, t, V2));
      return reading.level;
    });
    expect(new Set(levels).size).toBeGreaterThan(2);
    expect(() => read(T)).toThrow(/reads forward only/);
  });
});
