/**
 * fast-check arbitraries of valid negotiation logs, for property tests here
 * and elsewhere (engine, API, store round trips).
 *
 *   fc.assert(fc.property(negotiationLogArb(), (entries) => …));
 *
 * A log is generated as a list of abstract steps ("table a demand", "take a
 * position on demand #k", "correct development #j", …) that `buildLog` turns
 * into events in log order, keeping the business rules: the negotiation is
 * opened first; referenced rounds, demands, ultimatums, ceasefires, actors and
 * events exist when referenced; a round concludes once; an ultimatum resolves
 * once; a retracted event is not corrected; every event has a source.
 * occurredAt is independent of log order (backdated events are common), in
 * all three forms (month, day, date-time with `Z` or an offset); recordedAt
 * rises with log order (one minute per event from 2026-01-01).
 *
 * With `distinctInstants`, every development — and every corrected
 * occurredAt — gets an instant of its own, so log order never breaks a tie
 * and any recording order must give the same views (see `reorderLog`).
 */
import type { DemandCategory, EventDataByType, NegotiationEvent, Source, Stance, Tone } from '@parley/domain';
import { AGREEMENT_STATUSES, AGREEMENT_STATUSES_AT_REACHING } from '@parley/domain';
import fc from 'fast-check';
import { isCorrectionEvent, type LogEntry } from '../effective-events';
import { DAY, LogBuilder, RECORDING_START, TEST_NEGOTIATION } from './builders';

/** 2025-09-01: day 0 of generated logs. */
export const GENERATED_START = Date.UTC(2025, 8, 1);
/** Generated developments occur within [day 0, day GENERATED_DAYS). */
export const GENERATED_DAYS = 90;
/** An instant after everything a generated log can hold. */
export const GENERATED_END = GENERATED_START + (GENERATED_DAYS + 1) * DAY;

const STEP_KINDS = [
  ['register', 2],
  ['schedule', 3],
  ['open', 3],
  ['conclude', 3],
  ['postpone', 1],
  ['cancel', 1],
  ['suspend', 1],
  ['resume', 1],
  ['agreement', 1],
  ['agreement-status', 1],
  ['close', 1],
  ['table', 4],
  ['amend', 1],
  ['withdraw', 1],
  ['position', 8],
  ['ultimatum', 2],
  ['resolve', 2],
  ['statement', 4],
  ['ceasefire', 2],
  ['extend', 1],
  ['violation', 2],
  ['end', 1],
  ['incident', 3],
  ['mediation', 2],
  ['engagement', 1],
  ['correct', 4],
  ['retract', 3],
] as const;
export type StepKind = (typeof STEP_KINDS)[number][0];

export interface Step {
  readonly kind: StepKind;
  /** Picks among existing things (mod their count). */
  readonly pick: number;
  readonly pick2: number;
  /** Chooses a variant (stance, tone, outcome, …). */
  readonly variant: number;
  readonly day: number;
  readonly hour: number;
  readonly form: 'month' | 'day' | 'time' | 'offset';
  /** 0 = ungraded. */
  readonly credibility: number;
  readonly twoSources: boolean;
  /** Analyst-set CAMEO code, sometimes (one unknown code included). */
  readonly cameo: string | null;
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(...STEP_KINDS.flatMap(([kind, weight]) => Array<StepKind>(weight).fill(kind))),
  pick: fc.nat(1000),
  pick2: fc.nat(1000),
  variant: fc.nat(1000),
  day: fc.integer({ min: 0, max: GENERATED_DAYS - 1 }),
  hour: fc.integer({ min: 0, max: 23 }),
  form: fc.constantFrom('day', 'day', 'time', 'offset', 'month'),
  credibility: fc.integer({ min: 0, max: 6 }),
  twoSources: fc.boolean(),
  cameo: fc.option(fc.constantFrom('190', '057', '013', '14', '999'), { freq: 8 }),
});

export interface LogOptions {
  /** Every development on an instant of its own (no ties). Default false. */
  readonly distinctInstants?: boolean;
  readonly minSteps?: number;
  /** Default 40. */
  readonly maxSteps?: number;
  readonly negotiationId?: string;
}

const PARTIES = ['pakistan', 'afghan-taliban'];
const EXTRA_ACTORS = [
  { actor: { id: 'ttp', name: 'TTP', kind: 'armed-group' as const }, role: 'spoiler' as const },
  { actor: { id: 'india', name: 'India', kind: 'state' as const }, role: 'third-party' as const },
  { actor: { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state' as const }, role: 'mediator' as const },
];
const STANCES: Stance[] = [
  'accepted',
  'accepted-in-principle',
  'conditional',
  'ambiguous',
  'rejected',
  'counter-proposed',
];
const TONES: Tone[] = ['conciliatory', 'neutral', 'critical', 'accusation', 'warning', 'threat', 'military-threat'];
const CATEGORIES: DemandCategory[] = ['security', 'territorial', 'political', 'economic', 'humanitarian', 'procedural'];
const OUTCOMES = ['agreement', 'progress', 'no-progress', 'collapsed', 'adjourned'] as const;
const RESOLUTIONS = ['complied', 'partially-complied', 'withdrawn', 'rejected', 'lapsed', 'enforced'] as const;
const INCIDENTS = ['clash', 'airstrike', 'militant-attack', 'border-closure', 'force-posture'] as const;
const MEDIATIONS = ['offered', 'requested-resumption', 'proposed', 'visited', 'acknowledged-evidence'] as const;

function at<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** occurredAt for a step. With distinct instants, day + stepIndex minutes (stepIndex < 1440 keeps them apart). */
function occurredAtOf(step: Step, index: number, distinct: boolean, dayShift = 0): string {
  const day = Math.min(GENERATED_DAYS - 1, step.day + dayShift);
  if (distinct) return new Date(GENERATED_START + day * DAY + index * 60_000).toISOString();
  const d = new Date(GENERATED_START + day * DAY);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  switch (step.form) {
    case 'month':
      return date.slice(0, 7);
    case 'day':
      return date;
    case 'time':
      return `${date}T${pad(step.hour)}:30:00Z`;
    case 'offset':
      // +05:00: the instant is 5 h earlier than the wall-clock time.
      return `${date}T${pad(Math.max(5, step.hour))}:15:00+05:00`;
  }
}

function sourcesOf(step: Step): Source[] {
  const first: Source =
    step.credibility === 0
      ? { title: 'Report' }
      : { title: 'Report', credibility: step.credibility as Source['credibility'] };
  return step.twoSources
    ? [
        first,
        {
          title: 'Second report',
          reliability: 'C',
          ...(step.variant % 3 === 0 ? {} : { credibility: ((step.variant % 6) + 1) as Source['credibility'] }),
        },
      ]
    : [first];
}

interface RoundRec {
  id: string;
  opened: boolean;
  concluded: boolean;
  cancelled: boolean;
}

/** Turns steps into a valid log (see the header). Pure: the same steps give the same log. */
export function buildLog(steps: readonly Step[], options: LogOptions = {}): LogEntry[] {
  const distinct = options.distinctInstants ?? false;
  if (distinct && steps.length >= 1440) throw new Error('at most 1439 steps (distinct instants are minutes of a day)');
  const log = new LogBuilder(options.negotiationId ?? TEST_NEGOTIATION);
  log.add(
    'NegotiationOpened',
    {
      negotiationId: log.negotiationId,
      title: 'Generated talks',
      subject: 'Property tests',
      parties: [
        { id: 'pakistan', name: 'Pakistan', kind: 'state' },
        { id: 'afghan-taliban', name: 'Afghan Taliban', kind: 'de-facto-authority' },
      ],
      mediators: [{ id: 'qatar', name: 'Qatar', kind: 'mediator' }],
    },
    { occurredAt: new Date(GENERATED_START - DAY).toISOString() },
  );
  const actors = ['pakistan', 'afghan-taliban', 'qatar'];
  const rounds: RoundRec[] = [];
  const demands: { id: string; withdrawn: boolean }[] = [];
  const ultimatums: { id: string; resolved: boolean }[] = [];
  const ceasefires: { id: string; ended: boolean }[] = [];
  const agreements: string[] = [];
  /** Development ids that may be corrected / retracted, and which are retracted. */
  const developments: NegotiationEvent[] = [];
  const corrections: string[] = [];
  const retracted = new Set<string>();
  let suspended = false;
  let closed = false;

  steps.forEach((step, index) => {
    const occurredAt = occurredAtOf(step, index + 1, distinct);
    const envelope = {
      occurredAt,
      sources: sourcesOf(step),
      ...(step.cameo !== null && step.variant % 4 === 0 ? { cameo: step.cameo } : {}),
    };
    const add = <T extends keyof EventDataByType>(type: T, data: EventDataByType[T]) => {
      const event = log.add(type, data, envelope);
      if (!isCorrectionEvent(event)) developments.push(event);
      return event;
    };
    const party = at(PARTIES, step.pick);
    const other = PARTIES.find((p) => p !== party) as string;
    const anyActor = at(actors, step.pick2);

    switch (step.kind) {
      case 'register': {
        const extra = at(EXTRA_ACTORS, step.pick);
        if (!actors.includes(extra.actor.id)) actors.push(extra.actor.id);
        add('ActorRegistered', step.variant % 5 === 0 ? { ...extra, role: 'observer' } : extra);
        return;
      }
      case 'schedule': {
        const id = `r${rounds.length + 1}`;
        rounds.push({ id, opened: false, concluded: false, cancelled: false });
        const planned = new Date(GENERATED_START + (step.day + (step.variant % 20)) * DAY).toISOString().slice(0, 10);
        add('TalksRoundScheduled', {
          roundId: id,
          label: `Round ${id}`,
          venue: at(['Doha', 'Istanbul', 'Riyadh'], step.pick2),
          plannedFor: planned,
        });
        return;
      }
      case 'open': {
        const candidates = rounds.filter((r) => !r.opened && !r.concluded && !r.cancelled);
        let round = candidates.length > 0 ? at(candidates, step.pick) : undefined;
        if (round === undefined) {
          round = { id: `r${rounds.length + 1}`, opened: false, concluded: false, cancelled: false };
          rounds.push(round);
        }
        round.opened = true;
        add('TalksRoundOpened', { roundId: round.id, label: `Round ${round.id}`, delegations: [{ actorId: party }] });
        return;
      }
      case 'conclude': {
        const candidates = rounds.filter((r) => !r.concluded);
        let round = candidates.length > 0 ? at(candidates, step.pick) : undefined;
        if (round === undefined) {
          round = { id: `r${rounds.length + 1}`, opened: false, concluded: false, cancelled: false };
          rounds.push(round);
        }
        round.concluded = true;
        add('TalksRoundConcluded', {
          roundId: round.id,
          outcome: at(OUTCOMES, step.variant),
          summary: 'summary, with "quotes"',
        });
        return;
      }
      case 'postpone':
      case 'cancel': {
        const candidates = rounds.filter((r) => !r.opened && !r.concluded && !r.cancelled);
        if (candidates.length === 0) return;
        const round = at(candidates, step.pick);
        if (step.kind === 'cancel') {
          round.cancelled = true;
          add('TalksRoundCancelled', { roundId: round.id, reason: 'cancelled' });
        } else {
          const planned = new Date(GENERATED_START + (step.day + (step.variant % 30)) * DAY).toISOString().slice(0, 10);
          add(
            'TalksRoundPostponed',
            step.variant % 3 === 0 ? { roundId: round.id } : { roundId: round.id, plannedFor: planned },
          );
        }
        return;
      }
      case 'suspend':
        suspended = true;
        add('TalksSuspended', { by: party, reason: 'attack' });
        return;
      case 'resume':
        if (!suspended) return;
        suspended = false;
        add('TalksResumed', { by: party });
        return;
      case 'agreement':
        agreements.push(`a${index}`);
        add('AgreementReached', {
          agreementId: `a${index}`,
          kind: at(['ceasefire', 'framework', 'partial', 'comprehensive'] as const, step.variant),
          provisions: ['p1'],
          signatories: PARTIES,
          textPublic: step.variant % 2 === 0,
          // Now and then reached with a status (its text agreed, initialled, …); mostly none, as most are recorded.
          ...(step.variant % 3 === 0 ? { status: at(AGREEMENT_STATUSES_AT_REACHING, step.pick) } : {}),
        });
        return;
      case 'agreement-status': {
        if (agreements.length === 0) return;
        const status = at(AGREEMENT_STATUSES, step.variant);
        add('AgreementStatusChanged', {
          agreementId: at(agreements, step.pick),
          status,
          ...(status === 'suspended' || status === 'withdrawn' ? { by: party } : {}),
        });
        return;
      }
      case 'close':
        if (closed || step.variant % 3 !== 0) return; // rare
        closed = true;
        add('NegotiationClosed', {
          outcome: at(['agreement', 'collapsed', 'abandoned', 'superseded'] as const, step.pick),
        });
        return;
      case 'table': {
        const id = `d${demands.length + 1}`;
        demands.push({ id, withdrawn: false });
        const addressedTo = step.variant % 4 === 0 && actors.includes('ttp') ? [other, 'ttp'] : [other];
        add('DemandTabled', {
          demandId: id,
          by: party,
          addressedTo,
          text: `Demand ${id}, "quoted"`,
          category: at(CATEGORIES, step.variant),
        });
        return;
      }
      case 'amend': {
        if (demands.length === 0) return;
        const d = at(demands, step.pick);
        add(
          'DemandAmended',
          step.variant % 2 === 0
            ? { demandId: d.id, text: `Amended ${d.id}` }
            : { demandId: d.id, addressedTo: PARTIES },
        );
        return;
      }
      case 'withdraw': {
        const open = demands.filter((d) => !d.withdrawn);
        if (open.length === 0) return;
        const d = at(open, step.pick);
        d.withdrawn = true;
        add('DemandWithdrawn', { demandId: d.id });
        return;
      }
      case 'position': {
        if (demands.length === 0) return;
        const d = at(demands, step.pick);
        add('PositionTaken', {
          demandId: d.id,
          actorId: anyActor,
          stance: at(STANCES, step.variant),
          ...(step.variant % 2 ? { conditions: 'if, and only if' } : {}),
        });
        return;
      }
      case 'ultimatum': {
        const id = `u${ultimatums.length + 1}`;
        ultimatums.push({ id, resolved: false });
        const deadline = new Date(GENERATED_START + (step.day + (step.variant % 10)) * DAY).toISOString().slice(0, 10);
        add('UltimatumIssued', {
          ultimatumId: id,
          by: party,
          to: [other],
          demandIds: demands.length ? [at(demands, step.pick2).id] : [],
          consequences: 'strikes',
          ...(step.variant % 3 === 0 ? {} : { deadline }),
        });
        return;
      }
      case 'resolve': {
        const open = ultimatums.filter((u) => !u.resolved);
        if (open.length === 0) return;
        const u = at(open, step.pick);
        u.resolved = true;
        add('UltimatumResolved', { ultimatumId: u.id, resolution: at(RESOLUTIONS, step.variant) });
        return;
      }
      case 'statement':
        add('StatementMade', {
          speaker: { name: 'Speaker', actorId: party },
          tone: at(TONES, step.variant),
          summary: 'said something',
        });
        return;
      case 'ceasefire': {
        const id = `c${ceasefires.length + 1}`;
        ceasefires.push({ id, ended: false });
        const until = new Date(GENERATED_START + (step.day + 1 + (step.variant % 5)) * DAY).toISOString();
        add(
          'CeasefireDeclared',
          step.variant % 2 === 0
            ? { ceasefireId: id, parties: PARTIES, duration: 'temporary', until }
            : { ceasefireId: id, parties: PARTIES, duration: 'indefinite', mediatedBy: ['qatar'] },
        );
        return;
      }
      case 'extend':
      case 'violation':
      case 'end': {
        const candidates = step.kind === 'end' ? ceasefires.filter((c) => !c.ended) : ceasefires;
        if (candidates.length === 0) return;
        const c = at(candidates, step.pick);
        if (step.kind === 'extend') {
          const until = new Date(GENERATED_START + (step.day + 3 + (step.variant % 7)) * DAY)
            .toISOString()
            .slice(0, 10);
          add(
            'CeasefireExtended',
            step.variant % 3 === 0 ? { ceasefireId: c.id, duration: 'indefinite' } : { ceasefireId: c.id, until },
          );
        } else if (step.kind === 'violation') {
          add('CeasefireViolationReported', {
            ceasefireId: c.id,
            allegedBy: party,
            against: other,
            casualties: { min: 1, max: 1 + (step.variant % 9) },
          });
        } else {
          c.ended = true;
          add('CeasefireEnded', {
            ceasefireId: c.id,
            reason: at(['expired', 'collapsed', 'superseded'] as const, step.variant),
          });
        }
        return;
      }
      case 'incident':
        add('IncidentReported', {
          incidentId: `i${index}`,
          kind: at(INCIDENTS, step.variant),
          perpetrator: party,
          description: 'incident',
          fatalities: { min: step.variant % 5, max: (step.variant % 5) + (step.pick % 30) },
        });
        return;
      case 'mediation':
        add('MediationAction', { mediator: 'qatar', action: at(MEDIATIONS, step.variant), summary: 'mediated' });
        return;
      case 'engagement':
        add('ThirdPartyEngagement', {
          actorId: 'qatar',
          counterparts: [party],
          kind: at(['visit', 'outreach', 'meeting', 'recognition', 'support'] as const, step.variant),
          summary: 'engaged',
        });
        return;
      case 'correct': {
        const candidates = developments.filter((e) => !retracted.has(e.eventId));
        if (candidates.length === 0) return;
        const target = at(candidates, step.pick);
        const changes = correctionFor(target, step, occurredAtOf(step, index + 1, distinct, 3));
        const correction = log.add(
          'EventCorrected',
          { eventId: target.eventId, changes, reason: 'corrected' },
          envelope,
        );
        corrections.push(correction.eventId);
        return;
      }
      case 'retract': {
        // Mostly developments; sometimes a correction (which withdraws it).
        const pool =
          step.variant % 4 === 0 && corrections.length > 0
            ? corrections.filter((id) => !retracted.has(id))
            : developments
                .filter((e) => !retracted.has(e.eventId) && e.type !== 'NegotiationOpened')
                .map((e) => e.eventId);
        if (pool.length === 0) return;
        const id = at(pool, step.pick);
        retracted.add(id);
        log.add('EventRetracted', { eventId: id, reason: 'retracted, "with reason"' }, envelope);
        return;
      }
    }
  });
  return log.entries;
}

/** A valid correction of `target`: a type-specific data change, or an envelope change (date, sources, cameo, note). */
function correctionFor(
  target: NegotiationEvent,
  step: Step,
  newOccurredAt: string,
): EventDataByType['EventCorrected']['changes'] {
  switch (step.variant % 5) {
    case 0:
      return { occurredAt: newOccurredAt };
    case 1:
      return { sources: [{ title: 'Better source', credibility: ((step.pick2 % 6) + 1) as Source['credibility'] }] };
    case 2:
      return step.cameo === null ? { note: 'checked' } : { cameo: step.cameo };
    default:
      break;
  }
  switch (target.type) {
    case 'StatementMade':
      return { data: { tone: at(TONES, step.pick2) } };
    case 'PositionTaken':
      return { data: { stance: at(STANCES, step.pick2) } };
    case 'IncidentReported':
      return { data: { kind: at(INCIDENTS, step.pick2), fatalities: null } };
    case 'TalksRoundConcluded':
      return { data: { outcome: at(OUTCOMES, step.pick2) } };
    case 'UltimatumResolved':
      return { data: { resolution: at(RESOLUTIONS, step.pick2) } };
    case 'DemandTabled':
      return { data: { text: 'corrected text' } };
    default:
      return { occurredAt: newOccurredAt, note: 'date corrected' };
  }
}

export function negotiationLogArb(options: LogOptions = {}): fc.Arbitrary<LogEntry[]> {
  return (
    fc
      // size 'max': lengths spread over the whole range (the default bias to tiny arrays would rarely reach a position on a demand).
      .array(stepArb, { minLength: options.minSteps ?? 0, maxLength: options.maxSteps ?? 40, size: 'max' })
      .map((steps) => buildLog(steps, options))
  );
}

/**
 * The same events recorded in another order: developments in the order of
 * `keys`, each correction/retraction somewhere after its target and after the
 * correction/retraction recorded before it (corrections of one event apply in
 * log order, and a retraction of a correction must follow it). Positions are
 * renumbered 1…n; events (ids, recordedAt) are unchanged.
 */
export function reorderLog(entries: readonly LogEntry[], keys: readonly number[]): LogEntry[] {
  const developments = entries.filter((e) => !isCorrectionEvent(e.event));
  const metas = entries.filter((e) => isCorrectionEvent(e.event));
  const key = (i: number) => keys[i % Math.max(1, keys.length)] ?? 0;
  const result = developments
    .map((entry, i) => ({ entry, k: key(i), i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.entry);
  let floor = -1;
  metas.forEach((meta, j) => {
    const event = meta.event as Extract<NegotiationEvent, { type: 'EventCorrected' | 'EventRetracted' }>;
    const target = result.findIndex((e) => e.event.eventId === event.data.eventId);
    const min = Math.max(target, floor) + 1;
    const at = min + (key(developments.length + j) % (result.length - min + 1));
    result.splice(at, 0, meta);
    floor = at;
  });
  return result.map((entry, i) => ({ event: entry.event, position: i + 1 }));
}

/** A log and the same log recorded in another order (use with `distinctInstants`). */
export function reorderedLogsArb(
  options: LogOptions = {},
): fc.Arbitrary<{ entries: LogEntry[]; reordered: LogEntry[] }> {
  return negotiationLogArb(options).chain((entries) =>
    fc
      .array(fc.nat(10_000), { minLength: entries.length, maxLength: entries.length })
      .map((keys) => ({ entries, reordered: reorderLog(entries, keys) })),
  );
}

/** recordedAt (ms) of the entry at a log position, for picking `knownAt` values that cut a generated log. */
export function recordedAtOfPosition(position: number): number {
  return RECORDING_START + position * 60_000;
}
