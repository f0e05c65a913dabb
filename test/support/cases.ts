/**
 * Request bodies for the API tests.
 *
 * - `everyEventType()`: every recordable event type, from `EXAMPLE_EVENTS`,
 *   in an order the business rules accept, with the few extra developments
 *   the examples refer to (the rounds, demands and ultimatum they name).
 * - `firstSeedArticle()`: the developments of `shared/seeds/000_*.txt`
 *   (Pakistan's "final message" to the Afghan Taliban), as an analyst would
 *   record them from that article.
 */
import { randomUUID } from 'node:crypto';
import type { Source } from '@parley/domain';
import {
  EXAMPLE_EVENTS,
  EXAMPLE_EVENT_IDS,
  EXAMPLE_OPEN_NEGOTIATION,
  EXAMPLE_SOURCES,
} from '@parley/domain/testing/examples';
import type { OpenNegotiationInput, RecordEventInput } from '@parley/domain';

export type Development = RecordEventInput & { readonly eventId: string };

/** A body for POST /negotiations: the example negotiation under another id. */
export function openBody(id: string, overrides: Partial<OpenNegotiationInput> = {}): OpenNegotiationInput {
  return { ...EXAMPLE_OPEN_NEGOTIATION, id, ...overrides };
}

/** Gives a development its own event id (so each test can record it afresh). */
export function withId<T extends RecordEventInput>(
  development: T,
  eventId: string = randomUUID(),
): T & { eventId: string } {
  return { ...development, eventId };
}

const E = EXAMPLE_EVENTS;
const S = EXAMPLE_SOURCES;

const UNAMA_CEASEFIRE: Source = {
  title: 'UNAMA welcomes Afghanistan-Pakistan ceasefire, urges protection of civilians',
  publisher: 'United Nations Assistance Mission in Afghanistan (UNAMA)',
  url: 'http://unama.unmissions.org/unama-welcomes-afghanistan-pakistan-ceasefire-urges-protection-civilians',
  publishedAt: '2025-10-16',
  reliability: 'B',
  credibility: 2,
};
const ASIF_COURT: Source = {
  title: 'Suicide bomb in Pakistan leaves over dozen people dead',
  publisher: 'MENAFN',
  url: 'https://menafn.com/1110330867/Suicide-bomb-in-Pakistan-leaves-over-dozen-people-dead',
  publishedAt: '2025-11-12',
  reliability: 'C',
  credibility: 2,
};

/**
 * Every recordable event type at least once (the examples themselves, unchanged
 * but for their event ids), preceded where needed by what they refer to.
 * The correction and the retraction target the ids `EXAMPLE_EVENT_IDS` names,
 * so those two events are recorded with exactly those ids: record this list
 * once per app.
 */
export function everyEventType(): Development[] {
  const list: RecordEventInput[] = [
    E.ActorRegistered,
    { ...E.ActorRegistered, data: { actor: { id: 'india', name: 'India', kind: 'state' }, role: 'third-party' } },
    E.ThirdPartyEngagement,
    E.IncidentReported,
    E.CeasefireDeclared,
    E.CeasefireExtended,
    withId(E.CeasefireViolationReported, EXAMPLE_EVENT_IDS.paktikaViolation),
    E.EventCorrected,
    withId(
      {
        ...E.CeasefireDeclared,
        data: { ...E.CeasefireDeclared.data, ceasefireId: 'truce-48h-duplicate' },
        sources: [S.dawnTruce],
      },
      EXAMPLE_EVENT_IDS.duplicateTruce,
    ),
    E.EventRetracted,
    E.TalksRoundOpened,
    E.AgreementReached,
    E.AgreementStatusChanged,
    E.CeasefireEnded,
    {
      type: 'DemandTabled',
      data: {
        demandId: 'act-against-ttp',
        by: 'pakistan',
        addressedTo: ['afghan-taliban'],
        text: 'Decisive action against the TTP.',
        category: 'security',
      },
      occurredAt: '2025-10-18',
      precision: 'approximate',
      sources: [S.finalMessageSeed],
    },
    {
      type: 'DemandTabled',
      data: {
        demandId: 'buffer-zone',
        by: 'pakistan',
        addressedTo: ['afghan-taliban'],
        text: 'A limited buffer zone along the border.',
        category: 'territorial',
      },
      occurredAt: '2025-10-18',
      precision: 'approximate',
      sources: [S.finalMessageSeed],
    },
    E.DemandTabled,
    E.DemandAmended,
    E.PositionTaken,
    {
      type: 'TalksRoundOpened',
      data: { roundId: 'istanbul-2', label: 'Istanbul round 2', venue: 'Istanbul' },
      occurredAt: '2025-11-06',
      sources: [S.dunyaStalemate],
    },
    E.TalksRoundConcluded,
    {
      type: 'UltimatumIssued',
      data: {
        ultimatumId: 'istanbul-final-position',
        by: 'pakistan',
        to: ['afghan-taliban'],
        demandIds: ['act-against-ttp'],
        consequences: 'Pakistan leaves the talks.',
      },
      occurredAt: '2025-10-26',
      sources: [S.pakistanTvFinalPosition],
    },
    E.UltimatumResolved,
    E.UltimatumIssued,
    E.TalksSuspended,
    E.TalksResumed,
    E.StatementMade,
    E.TalksRoundScheduled,
    {
      type: 'TalksRoundScheduled',
      data: { roundId: 'islamabad-1', label: 'Islamabad visit', venue: 'Islamabad', plannedFor: '2025-11-16' },
      occurredAt: '2025-11-09',
      sources: [S.trtErdogan],
    },
    E.TalksRoundPostponed,
    {
      type: 'TalksRoundScheduled',
      data: { roundId: 'round-4', label: 'Round 4', plannedFor: '2025-11-20' },
      occurredAt: '2025-11-07',
      precision: 'approximate',
      sources: [S.htnDeadlock],
    },
    E.TalksRoundCancelled,
    E.MediationAction,
    // The catalogue additions the examples do not show: a mediator's request for a pause shared by two mediators
    // (one occurrence), a casualty report over a period, and an attack the victim blames on the other party.
    ...(['qatar', 'saudi-arabia'] as const).map((mediator): RecordEventInput => ({
      type: 'MediationAction',
      data: { mediator, action: 'requested-pause', summary: 'Asked the Taliban to pause operations against Pakistan.' },
      occurredAt: '2025-10-12',
      sources: [S.newsxMujahid],
      occurrence: 'pause-request-2025-10-12',
    })),
    {
      type: 'IncidentReported',
      data: {
        incidentId: 'unama-spin-boldak-2025-10-15',
        kind: 'casualty-report',
        place: 'Spin Boldak, Kandahar',
        fatalities: { min: 17, max: 17 },
        civilianFatalities: { min: 17, max: 17 },
        injured: { min: 346, max: 346 },
        period: { from: '2025-10-15', to: '2025-10-15' },
        description:
          'UNAMA: the fighting of 15 October left at least 17 civilians killed and 346 injured in Spin Boldak.',
      },
      occurredAt: '2025-10-16',
      sources: [UNAMA_CEASEFIRE],
    },
    {
      type: 'IncidentReported',
      data: {
        incidentId: 'islamabad-court-bombing-2025-11-11',
        kind: 'militant-attack',
        allegedBy: 'pakistan',
        against: 'pakistan',
        blamedOn: 'afghan-taliban',
        place: 'District Judicial Complex, G-11, Islamabad',
        fatalities: { min: 12, max: 12 },
        injured: { min: 27, max: 27 },
        description: "Suicide bombing at the Islamabad courts; Asif: 'a message from Kabul'.",
      },
      occurredAt: '2025-11-11',
      sources: [ASIF_COURT],
    },
    E.DemandWithdrawn,
    E.NegotiationClosed,
  ];
  return list.map((d) => ('eventId' in d && typeof d.eventId === 'string' ? (d as Development) : withId(d)));
}

// ---------------------------------------------------------------------------
// The first seed article
// ---------------------------------------------------------------------------

/** The article itself (News18 via the seed file), graded as the example log grades it. */
export const SEED_SOURCE: Source = EXAMPLE_SOURCES.finalMessageSeed;

export const SEED_NEGOTIATION = 'pak-taliban-seed';

export const SEED_OPEN: OpenNegotiationInput = {
  id: SEED_NEGOTIATION,
  title: 'Pakistan – Afghan Taliban talks (first seed article)',
  subject: "Pakistan's security demands on the Afghan Taliban: the TTP, the Durand Line, a buffer zone, trade.",
  parties: [
    { id: 'pakistan', name: 'Pakistan', kind: 'state' },
    { id: 'afghan-taliban', name: 'Afghan Taliban government', kind: 'de-facto-authority' },
  ],
  mediators: [
    { id: 'qatar', name: 'Qatar', kind: 'state' },
    { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey'] },
  ],
  occurredAt: '2025-10-18',
  sources: [SEED_SOURCE],
};

/** Demand ids of the article's five demands, all by Pakistan, addressed to the Taliban. */
export const SEED_DEMANDS = {
  ttp: 'action-against-ttp',
  handover: 'handover-of-militants',
  durand: 'durand-line-assurances',
  bufferZone: 'limited-buffer-zone',
  trade: 'improved-trade-ties',
} as const;

export const SEED_OPPOSITION = ['hamid-karzai', 'ashraf-ghani', 'ahmad-massoud', 'abdul-rashid-dostum'] as const;

const src = [SEED_SOURCE];

/**
 * What the article says, in record order. Dates the article does not give come
 * from the public timeline it refers to (Doha 18–19 Oct, Istanbul 25–30 Oct
 * and 6–7 Nov); the "final message", the rejection and the outreach are only
 * known as "November 2025".
 */
export function firstSeedArticle(): Development[] {
  const demand = (
    demandId: string,
    text: string,
    category: 'security' | 'territorial' | 'economic',
  ): RecordEventInput => ({
    type: 'DemandTabled',
    data: { demandId, by: 'pakistan', addressedTo: ['afghan-taliban'], text, category },
    occurredAt: '2025-10-18',
    precision: 'approximate',
    sources: src,
    note: 'Throughout the process, Islamabad has kept its core expectations unchanged.',
  });
  const opposition = (id: string, name: string, kind: 'individual' | 'opposition-movement'): RecordEventInput => ({
    type: 'ActorRegistered',
    data: { actor: { id, name, kind }, role: 'opposition' },
    occurredAt: '2025-11',
    sources: src,
  });
  const list: RecordEventInput[] = [
    {
      type: 'ActorRegistered',
      data: {
        actor: { id: 'ttp', name: 'Tehreek-e-Taliban Pakistan', kind: 'armed-group', aliases: ['TTP'] },
        role: 'spoiler',
      },
      occurredAt: '2025-10-18',
      sources: src,
    },
    {
      type: 'ActorRegistered',
      data: { actor: { id: 'india', name: 'India', kind: 'state' }, role: 'third-party' },
      occurredAt: '2025-10-09',
      sources: src,
    },
    {
      type: 'ThirdPartyEngagement',
      data: {
        actorId: 'afghan-taliban',
        counterparts: ['india'],
        kind: 'visit',
        summary: 'Afghan Foreign Minister Amir Khan Muttaqi visited India.',
      },
      occurredAt: '2025-10-09',
      sources: src,
    },
    // Round 1, facilitated by Qatar: the tentative ceasefire.
    {
      type: 'TalksRoundOpened',
      data: { roundId: 'doha', label: 'Doha round', venue: 'Doha', hosts: ['qatar'] },
      occurredAt: '2025-10-18',
      sources: src,
    },
    {
      type: 'TalksRoundConcluded',
      data: { roundId: 'doha', outcome: 'agreement', summary: 'A tentative ceasefire arrangement.' },
      occurredAt: '2025-10-19',
      sources: src,
    },
    {
      type: 'CeasefireDeclared',
      data: {
        ceasefireId: 'doha-ceasefire',
        parties: ['pakistan', 'afghan-taliban'],
        scope: 'The Pakistan–Afghanistan border',
        duration: 'indefinite',
        mediatedBy: ['qatar', 'turkiye'],
      },
      occurredAt: '2025-10-19',
      sources: src,
    },
    // The demands, unchanged throughout.
    demand(SEED_DEMANDS.ttp, 'Decisive action against the Tehreek-e-Taliban Pakistan (TTP).', 'security'),
    demand(SEED_DEMANDS.handover, 'Transfer of key militant figures wanted for major attacks.', 'security'),
    demand(SEED_DEMANDS.durand, 'Clear assurances to prevent further escalation along the Durand Line.', 'territorial'),
    demand(SEED_DEMANDS.bufferZone, 'A limited buffer zone to curb cross-border militant movement.', 'territorial'),
    demand(SEED_DEMANDS.trade, 'Improved trade ties and broader bilateral cooperation.', 'economic'),
    // Rounds 2 and 3, facilitated by Turkey.
    {
      type: 'TalksRoundScheduled',
      data: {
        roundId: 'istanbul-1',
        label: 'Istanbul round 1',
        venue: 'Istanbul',
        hosts: ['turkiye'],
        plannedFor: '2025-10-25',
      },
      occurredAt: '2025-10-19',
      sources: src,
    },
    { type: 'TalksRoundOpened', data: { roundId: 'istanbul-1' }, occurredAt: '2025-10-25', sources: src },
    {
      type: 'TalksRoundConcluded',
      data: { roundId: 'istanbul-1', outcome: 'no-progress' },
      occurredAt: '2025-10-30',
      sources: src,
    },
    {
      type: 'TalksRoundScheduled',
      data: {
        roundId: 'istanbul-2',
        label: 'Istanbul round 2',
        venue: 'Istanbul',
        hosts: ['turkiye'],
        plannedFor: '2025-11-06',
      },
      occurredAt: '2025-10-30',
      sources: src,
    },
    { type: 'TalksRoundOpened', data: { roundId: 'istanbul-2' }, occurredAt: '2025-11-06', sources: src },
    {
      type: 'TalksRoundConcluded',
      data: {
        roundId: 'istanbul-2',
        outcome: 'no-progress',
        summary: 'The unsuccessful round in Istanbul: no breakthrough.',
      },
      occurredAt: '2025-11-07',
      sources: src,
    },
    // Kabul's stance: pushed back on the handover and the buffer zone.
    {
      type: 'PositionTaken',
      data: {
        demandId: SEED_DEMANDS.handover,
        actorId: 'afghan-taliban',
        stance: 'rejected',
        quote: 'pushed back against these demands, particularly the proposals concerning the handover of TTP militants',
      },
      occurredAt: '2025-11',
      sources: src,
    },
    {
      type: 'PositionTaken',
      data: {
        demandId: SEED_DEMANDS.bufferZone,
        actorId: 'afghan-taliban',
        stance: 'rejected',
        quote: '… and the creation of a buffer zone near the border',
      },
      occurredAt: '2025-11',
      sources: src,
    },
    // "… amid a surge in militant strikes on its troops and installations."
    {
      type: 'IncidentReported',
      data: {
        incidentId: 'militant-strikes-2025-11',
        kind: 'militant-attack',
        perpetrator: 'ttp',
        allegedBy: 'pakistan',
        target: 'Pakistani troops and installations',
        description: 'A surge in militant strikes on Pakistani troops and installations.',
      },
      occurredAt: '2025-11',
      sources: src,
    },
    // The "final message", conveyed through Turkish mediators.
    {
      type: 'UltimatumIssued',
      data: {
        ultimatumId: 'final-message',
        by: 'pakistan',
        to: ['afghan-taliban'],
        demandIds: [SEED_DEMANDS.ttp, SEED_DEMANDS.handover, SEED_DEMANDS.durand, SEED_DEMANDS.bufferZone],
        consequences:
          "Islamabad's support for alternative political forces capable of challenging the regime in Kabul.",
        channel: 'via Turkish mediators',
      },
      occurredAt: '2025-11',
      sources: src,
      note: 'Single-origin report citing unnamed sources.',
    },
    // The outreach to the Afghan opposition.
    opposition('hamid-karzai', 'Hamid Karzai', 'individual'),
    opposition('ashraf-ghani', 'Ashraf Ghani', 'individual'),
    opposition('ahmad-massoud', 'Ahmad Massoud (National Resistance Front)', 'opposition-movement'),
    opposition('abdul-rashid-dostum', 'Abdul Rashid Dostum', 'individual'),
    {
      type: 'ThirdPartyEngagement',
      data: {
        actorId: 'pakistan',
        counterparts: [...SEED_OPPOSITION],
        kind: 'outreach',
        summary: "Pakistan's intelligence agencies re-establish contact with Afghan political and opposition leaders.",
      },
      occurredAt: '2025-11',
      sources: src,
    },
  ];
  return list.map((d) => withId(d));
}
