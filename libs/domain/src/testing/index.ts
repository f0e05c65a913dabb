/**
 * Decider specs read as given / when / then:
 *
 *   given(history).when(record(dev)).then([expected])
 *   given(history).when(record(dev)).thenThrows('round-already-concluded', 'rule', ['doha-1'])
 *
 * and the fixtures speak the Pakistan – Afghan Taliban 2025 case
 * (shared/data/pak-afghan-2025-timeline.csv). Test-only: excluded from builds.
 */
import type { DevelopmentType } from '../catalogue';
import { DomainError, type DomainErrorCode, type DomainErrorKind } from '../errors';
import {
  type Actor,
  type EventDataByType,
  type EventEnvelope,
  type EventOf,
  type EventType,
  type NegotiationEvent,
  type Person,
  type Precision,
  type Source,
} from '../events';
import {
  decide,
  type DecisionContext,
  type Development,
  type DevelopmentOf,
  foldEvents,
  type NegotiationCommand,
  type NegotiationState,
  type OpenNegotiation,
  type RecordDevelopments,
} from '../negotiation';

export const NEGOTIATION_ID = 'pak-afghan-2025';
/** "Now" in every spec unless a spec says otherwise: after the Istanbul rounds, before December. */
export const NOW = '2025-11-20T12:00:00Z';
export const ANALYST = 'analyst:sana';
export const context: DecisionContext = { now: NOW, recordedBy: ANALYST };

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

export const actors = {
  pakistan: { id: 'pakistan', name: 'Pakistan', kind: 'state' },
  afghanTaliban: {
    id: 'afghan-taliban',
    name: 'Afghan Taliban (Islamic Emirate)',
    kind: 'de-facto-authority',
    aliases: ['IEA'],
  },
  qatar: { id: 'qatar', name: 'Qatar', kind: 'state' },
  turkiye: { id: 'turkiye', name: 'Türkiye', kind: 'state' },
  ttp: { id: 'ttp', name: 'Tehreek-e-Taliban Pakistan', kind: 'armed-group', aliases: ['Fitna al-Khawarij'] },
  india: { id: 'india', name: 'India', kind: 'state' },
  nrf: { id: 'nrf', name: 'National Resistance Front', kind: 'opposition-movement' },
} as const satisfies Record<string, Actor>;

export const people = {
  asif: { name: 'Khawaja Asif', title: 'Defence Minister', actorId: 'pakistan' },
  yaqoob: { name: 'Mullah Mohammad Yaqoob', title: 'Defence Minister', actorId: 'afghan-taliban' },
  mujahid: { name: 'Zabihullah Mujahid', title: 'Spokesman', actorId: 'afghan-taliban' },
  tarar: { name: 'Attaullah Tarar', title: 'Information Minister', actorId: 'pakistan' },
} as const satisfies Record<string, Person>;

export const sources = {
  dawn: {
    title: 'Türkiye, Qatar help seal truce on western front',
    publisher: 'Dawn',
    url: 'https://www.dawn.com/news/1950026/turkiye-qatar-help-seal-truce-on-western-front',
    publishedAt: '2025-10-19',
    reliability: 'B',
    credibility: 2,
  },
  hindustanTimes: {
    title: "Pakistan's open war warning amid peace talks with Afghanistan in Istanbul",
    publisher: 'Hindustan Times',
    publishedAt: '2025-10-25',
    reliability: 'C',
    credibility: 2,
  },
  news18: {
    title: 'Pakistan sends ultimatum to Taliban, calls it final message',
    publisher: 'News18',
    reliability: 'F',
    credibility: 3,
  },
} as const satisfies Record<string, Source>;

/** A deterministic UUID for a label, so specs name events and messages stay readable in failures. */
export function eventId(label: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The precision the spec expects for a form, written out rather than computed by the code under test. */
function expectedPrecision(occurredAt: string): Precision {
  if (/^\d{4}-\d{2}$/.test(occurredAt)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(occurredAt)) return 'day';
  return 'exact';
}

type EnvelopeOverrides = Partial<Omit<EventEnvelope, 'eventId'>> & {
  readonly eventId?: string;
  readonly label?: string;
};

/** A recorded event as the decider would produce it now (recordedAt NOW, by ANALYST). */
export function event<T extends EventType>(
  type: T,
  data: EventDataByType[T],
  overrides: EnvelopeOverrides = {},
): EventOf<T> {
  const { label, ...envelope } = overrides;
  const occurredAt = envelope.occurredAt ?? '2025-10-18';
  return {
    type,
    eventId: envelope.eventId ?? eventId(label ?? `${type}:${JSON.stringify(data)}`),
    negotiationId: NEGOTIATION_ID,
    precision: expectedPrecision(occurredAt),
    recordedAt: NOW,
    recordedBy: ANALYST,
    sources: [sources.dawn],
    ...envelope,
    occurredAt,
    data,
  } as EventOf<T>;
}

/** What an analyst sends for an event: the envelope without what the server sets (precision only when it is not the default). */
export function developmentOf(e: NegotiationEvent): Development {
  const { eventId: id, type, data, occurredAt, precision, sources: s, cameo, note, occurrence } = e;
  return {
    eventId: id,
    type,
    data,
    occurredAt,
    ...(precision !== expectedPrecision(occurredAt) ? { precision } : {}),
    sources: s,
    ...(cameo !== undefined ? { cameo } : {}),
    ...(note !== undefined ? { note } : {}),
    ...(occurrence !== undefined ? { occurrence } : {}),
  } as Development;
}

/** A development straight from type and data (envelope defaults as in `event`). */
export function development<T extends DevelopmentType>(
  type: T,
  data: EventDataByType[T],
  overrides: EnvelopeOverrides = {},
): DevelopmentOf<T> {
  return developmentOf(event(type, data, overrides) as NegotiationEvent) as DevelopmentOf<T>;
}

export function record(...developments: readonly Development[]): RecordDevelopments {
  return { type: 'RecordDevelopments', negotiationId: NEGOTIATION_ID, developments };
}

// ---------------------------------------------------------------------------
// The story so far (record order), used as `given` by most specs
// ---------------------------------------------------------------------------

export const openCommand: OpenNegotiation = {
  type: 'OpenNegotiation',
  negotiationId: NEGOTIATION_ID,
  eventId: eventId('opened'),
  title: 'Pakistan – Afghan Taliban talks, 2025',
  subject: 'Cross-border militancy (TTP), border clashes and a ceasefire',
  parties: [actors.pakistan, actors.afghanTaliban],
  mediators: [actors.qatar, actors.turkiye],
  occurredAt: '2025-10-15T18:00:00+05:00',
  sources: [sources.dawn],
};

export const opened = event(
  'NegotiationOpened',
  {
    negotiationId: NEGOTIATION_ID,
    title: openCommand.title,
    subject: openCommand.subject,
    parties: openCommand.parties,
    mediators: openCommand.mediators,
  },
  { label: 'opened', occurredAt: openCommand.occurredAt },
);
export const ttpRegistered = event(
  'ActorRegistered',
  { actor: actors.ttp, role: 'spoiler' },
  { label: 'ttp-registered', occurredAt: '2025-10-08' },
);
export const indiaRegistered = event(
  'ActorRegistered',
  { actor: actors.india, role: 'third-party' },
  { label: 'india-registered', occurredAt: '2025-10-09' },
);
export const truce48h = event(
  'CeasefireDeclared',
  {
    ceasefireId: 'truce-48h',
    parties: ['pakistan', 'afghan-taliban'],
    duration: 'temporary',
    until: '2025-10-17T18:00:00+05:00',
    scope: 'Afghanistan–Pakistan border',
  },
  { label: 'truce-48h', occurredAt: '2025-10-15T18:00:00+05:00' },
);
/** The 48-hour truce as the agreement it was: agreed by both sides, at the Taliban's request (Pakistan's Foreign Office). */
export const truce48hAgreement = event(
  'AgreementReached',
  {
    agreementId: 'truce-48h-agreement',
    kind: 'ceasefire',
    provisions: ['A temporary ceasefire of 48 hours from 18:00 on 15 October'],
    signatories: ['pakistan', 'afghan-taliban'],
    textPublic: false,
  },
  { label: 'truce-48h-agreement', occurredAt: '2025-10-15T18:00:00+05:00' },
);
export const doha1Scheduled = event(
  'TalksRoundScheduled',
  { roundId: 'doha-1', label: 'Doha round', venue: 'Doha', hosts: ['qatar'], plannedFor: '2025-10-18' },
  { label: 'doha-1-scheduled', occurredAt: '2025-10-17' },
);
export const doha1Opened = event(
  'TalksRoundOpened',
  {
    roundId: 'doha-1',
    delegations: [
      { actorId: 'pakistan', head: people.asif },
      { actorId: 'afghan-taliban', head: people.yaqoob },
    ],
  },
  { label: 'doha-1-opened', occurredAt: '2025-10-18' },
);
export const istanbul1Scheduled = event(
  'TalksRoundScheduled',
  {
    roundId: 'istanbul-1',
    label: 'Istanbul round 1',
    venue: 'Istanbul',
    hosts: ['turkiye', 'qatar'],
    plannedFor: '2025-10-25',
  },
  { label: 'istanbul-1-scheduled', occurredAt: '2025-10-19' },
);
export const ttpDemand = event(
  'DemandTabled',
  {
    demandId: 'verifiable-action-against-ttp',
    by: 'pakistan',
    addressedTo: ['afghan-taliban'],
    text: 'Take clear, verifiable and effective action against terrorist groups operating from Afghan soil',
    category: 'security',
  },
  { label: 'ttp-demand', occurredAt: '2025-10-25' },
);
export const strikesDemand = event(
  'DemandTabled',
  {
    demandId: 'halt-strikes',
    by: 'afghan-taliban',
    addressedTo: ['pakistan'],
    text: 'Halt Pakistani strikes on Afghan territory',
    category: 'security',
  },
  { label: 'strikes-demand', occurredAt: '2025-10-25' },
);
export const openWarWarning = event(
  'StatementMade',
  {
    speaker: people.asif,
    audience: 'afghan-taliban',
    tone: 'military-threat',
    summary: 'Open war if no agreement is reached in Istanbul',
    quote: 'If no agreement takes place, we have an open war with them.',
  },
  { label: 'open-war-warning', occurredAt: '2025-10-25', sources: [sources.hindustanTimes] },
);
export const finalPosition = event(
  'UltimatumIssued',
  {
    ultimatumId: 'final-position',
    by: 'pakistan',
    to: ['afghan-taliban'],
    demandIds: ['verifiable-action-against-ttp'],
    consequences: 'Pakistan will act against terrorists, their sanctuaries and supporters',
  },
  { label: 'final-position', occurredAt: '2025-10-26' },
);
export const orakzaiAttack = event(
  'IncidentReported',
  {
    incidentId: 'orakzai-attack',
    kind: 'militant-attack',
    perpetrator: 'ttp',
    allegedBy: 'pakistan',
    target: 'Pakistani soldiers',
    place: 'Orakzai, Khyber Pakhtunkhwa',
    fatalities: { min: 11, max: 11 },
    description: 'Ambush in Orakzai; a lieutenant colonel and a major among 11 soldiers killed',
  },
  { label: 'orakzai-attack', occurredAt: '2025-10-08' },
);

export const history: readonly NegotiationEvent[] = [
  opened,
  ttpRegistered,
  indiaRegistered,
  truce48h,
  truce48hAgreement,
  doha1Scheduled,
  doha1Opened,
  istanbul1Scheduled,
  ttpDemand,
  strikesDemand,
  openWarWarning,
  finalPosition,
  orakzaiAttack,
];

/**
 * One event of every type that can follow `history`, as the decider records
 * it: what "every event type is recorded" is checked with, and what the codec
 * round-trips.
 */
export const samples: { readonly [T in EventType]: EventOf<T> } = {
  NegotiationOpened: opened,
  ActorRegistered: event('ActorRegistered', { actor: actors.nrf, role: 'opposition' }, { occurredAt: '2025-11' }),
  TalksRoundScheduled: event(
    'TalksRoundScheduled',
    {
      roundId: 'istanbul-2',
      label: 'Istanbul round 2',
      format: 'formal',
      venue: 'Istanbul',
      hosts: ['turkiye'],
      plannedFor: '2025-11-06',
    },
    { occurredAt: '2025-10-30' },
  ),
  TalksRoundOpened: event(
    'TalksRoundOpened',
    {
      roundId: 'istanbul-1',
      format: 'formal',
      venue: 'Istanbul',
      delegations: [
        {
          actorId: 'afghan-taliban',
          head: { name: 'Haji Najib', title: 'Deputy Interior Minister', actorId: 'afghan-taliban' },
        },
      ],
    },
    { occurredAt: '2025-10-25' },
  ),
  TalksRoundConcluded: event(
    'TalksRoundConcluded',
    {
      roundId: 'doha-1',
      outcome: 'agreement',
      summary: 'Immediate ceasefire and mechanisms to consolidate lasting peace',
      nextSteps: 'Meet again in Istanbul on 25 October',
    },
    { occurredAt: '2025-10-19T02:00:00+03:00', cameo: '057' },
  ),
  TalksRoundPostponed: event(
    'TalksRoundPostponed',
    { roundId: 'istanbul-1', reason: 'Delegations still travelling', plannedFor: '2025-10-26' },
    { occurredAt: '2025-10-24' },
  ),
  TalksRoundCancelled: event(
    'TalksRoundCancelled',
    { roundId: 'istanbul-1', reason: 'Border clashes' },
    { occurredAt: '2025-10-24' },
  ),
  TalksSuspended: event(
    'TalksSuspended',
    { by: 'pakistan', reason: 'The dialogue failed to bring about any workable solution' },
    { occurredAt: '2025-10-28T23:00:00+05:00' },
  ),
  TalksResumed: event(
    'TalksResumed',
    { by: 'pakistan', reason: 'At the request of Türkiye and Qatar' },
    { occurredAt: '2025-10-30' },
  ),
  AgreementReached: event(
    'AgreementReached',
    {
      agreementId: 'doha-ceasefire',
      kind: 'ceasefire',
      provisions: ['Immediate ceasefire', 'No support to groups attacking Pakistan', 'Follow-up meetings'],
      signatories: ['pakistan', 'afghan-taliban'],
      textPublic: false,
      roundId: 'doha-1',
    },
    { occurredAt: '2025-10-19' },
  ),
  AgreementStatusChanged: event(
    'AgreementStatusChanged',
    { agreementId: 'truce-48h-agreement', status: 'terminated', reason: 'Superseded by the Doha ceasefire agreement' },
    { occurredAt: '2025-10-19' },
  ),
  NegotiationClosed: event(
    'NegotiationClosed',
    { outcome: 'collapsed', summary: 'Negotiations are over' },
    { occurredAt: '2025-11-07' },
  ),
  DemandTabled: event(
    'DemandTabled',
    {
      demandId: 'expel-isis',
      by: 'afghan-taliban',
      addressedTo: ['pakistan'],
      text: 'Expel or hand over ISIS members on Pakistani soil',
      category: 'security',
    },
    { occurredAt: '2025-10-12' },
  ),
  DemandAmended: event(
    'DemandAmended',
    {
      demandId: 'verifiable-action-against-ttp',
      text: 'Concrete and verifiable steps against TTP, monitored by a third party',
      reason: 'Final position',
    },
    { occurredAt: '2025-10-26' },
  ),
  DemandWithdrawn: event(
    'DemandWithdrawn',
    { demandId: 'halt-strikes', reason: 'Superseded by the ceasefire' },
    { occurredAt: '2025-10-30' },
  ),
  PositionTaken: event(
    'PositionTaken',
    {
      demandId: 'verifiable-action-against-ttp',
      actorId: 'afghan-taliban',
      stance: 'accepted-in-principle',
      conditions: 'Verbal assurance only; refuses a written commitment',
      speaker: people.mujahid,
    },
    { occurredAt: '2025-11-07' },
  ),
  UltimatumIssued: event(
    'UltimatumIssued',
    {
      ultimatumId: 'final-message',
      by: 'pakistan',
      to: ['afghan-taliban'],
      demandIds: ['verifiable-action-against-ttp'],
      consequences: 'Support for alternative political forces (Karzai, Ghani, NRF, Dostum)',
      channel: 'via Turkish mediators',
    },
    { occurredAt: '2025-11', precision: 'month', sources: [sources.news18] },
  ),
  UltimatumResolved: event(
    'UltimatumResolved',
    {
      ultimatumId: 'final-position',
      resolution: 'rejected',
      summary: 'Taliban reject shifting security responsibility to Kabul',
    },
    { occurredAt: '2025-11-08' },
  ),
  StatementMade: event(
    'StatementMade',
    {
      speaker: people.tarar,
      audience: 'afghan-taliban',
      tone: 'accusation',
      summary: "Pakistan's patience has run its course",
    },
    { occurredAt: '2025-10-29T01:00:00+05:00' },
  ),
  CeasefireDeclared: event(
    'CeasefireDeclared',
    {
      ceasefireId: 'doha-ceasefire',
      parties: ['pakistan', 'afghan-taliban'],
      duration: 'indefinite',
      mediatedBy: ['qatar', 'turkiye'],
    },
    { occurredAt: '2025-10-19' },
  ),
  CeasefireExtended: event(
    'CeasefireExtended',
    { ceasefireId: 'truce-48h', duration: 'until-talks-conclude', terms: 'Until the conclusion of the Doha talks' },
    { occurredAt: '2025-10-17' },
  ),
  CeasefireViolationReported: event(
    'CeasefireViolationReported',
    {
      ceasefireId: 'truce-48h',
      allegedBy: 'afghan-taliban',
      against: 'pakistan',
      casualties: { min: 8, max: 17 },
      civilianFatalities: { min: 8, max: 17 },
      description: 'Strikes on Urgun and Barmal, Paktika; the dead were civilians, three local cricketers among them',
    },
    { occurredAt: '2025-10-17T20:30:00+04:30', precision: 'approximate' },
  ),
  CeasefireEnded: event(
    'CeasefireEnded',
    { ceasefireId: 'truce-48h', reason: 'superseded', summary: 'Replaced by the Doha ceasefire' },
    { occurredAt: '2025-10-19' },
  ),
  IncidentReported: event(
    'IncidentReported',
    {
      incidentId: 'border-clash-11-oct',
      kind: 'clash',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani border posts',
      place: 'Angoor Adda, Bajaur, Kurram',
      fatalities: { min: 23, max: 58 },
      injured: { min: 29, max: 29 },
      description: 'Cross-border attack on Pakistani posts; tolls conflict (ISPR 23, Taliban 58)',
    },
    { occurredAt: '2025-10-11' },
  ),
  MediationAction: event(
    'MediationAction',
    {
      mediator: 'turkiye',
      action: 'offered',
      summary: 'Erdogan announces a ministerial visit to Islamabad to make the ceasefire sustainable',
    },
    { occurredAt: '2025-11-09', occurrence: 'erdogan-ministerial-visit' },
  ),
  ThirdPartyEngagement: event(
    'ThirdPartyEngagement',
    {
      actorId: 'afghan-taliban',
      counterparts: ['india'],
      kind: 'visit',
      summary: 'Muttaqi visits New Delhi; India upgrades its Kabul mission',
    },
    { occurredAt: '2025-10-09' },
  ),
  EventCorrected: event(
    'EventCorrected',
    {
      eventId: orakzaiAttack.eventId,
      changes: { data: { fatalities: { min: 11, max: 17 } } },
      reason: 'One outlet claims 17 killed',
    },
    { occurredAt: '2025-11-20' },
  ),
  EventRetracted: event(
    'EventRetracted',
    { eventId: openWarWarning.eventId, reason: 'Misattributed quote' },
    { occurredAt: '2025-11-20' },
  ),
};

/** What `fn` throws; fails the spec when it throws nothing. */
export function thrownBy(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

// ---------------------------------------------------------------------------
// given / when / then
// ---------------------------------------------------------------------------

export function given(...events: (NegotiationEvent | readonly NegotiationEvent[])[]) {
  const state: NegotiationState = foldEvents(events.flat());
  return {
    state,
    when(command: NegotiationCommand, ctx: DecisionContext = context) {
      const run = () => decide(command, state, ctx);
      return {
        /** The decided events, for specs that look further (e.g. at the state they lead to). */
        run,
        then(expected: readonly NegotiationEvent[]): NegotiationEvent[] {
          const decided = run();
          expect(decided).toEqual(expected);
          return decided;
        },
        /** The command is refused with this rule, of this kind, and the message names every id in `mentions`. */
        thenThrows(code: DomainErrorCode, kind: DomainErrorKind, mentions: readonly string[] = []): DomainError {
          const thrown = thrownBy(run);
          expect(thrown).toBeInstanceOf(DomainError);
          const error = thrown as DomainError;
          expect({ code: error.code, kind: error.kind }).toEqual({ code, kind });
          for (const id of mentions) expect(error.message).toContain(id);
          return error;
        },
      };
    },
  };
}
