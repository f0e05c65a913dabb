/**
 * Example request bodies, one per event type, from the 2025 Pakistan – Afghan
 * Taliban talks (`shared/seeds/*.txt`, `shared/data/pak-afghan-2025-timeline.csv`).
 * Test fixtures: they feed the specs and the benchmarks (every one must
 * validate; the API reference's examples are the catalogue's own,
 * `exampleDevelopment`). Typed against the catalogue, so they cannot drift.
 *
 * Where the public record has no such development yet (a negotiation closed,
 * a demand withdrawn, a round postponed), the example is illustrative and its
 * `note` says so.
 */
import type { DevelopmentType, OpenNegotiationInput, RecordEventInputOf } from '../catalogue';
import type { Source } from '../events';
import { sources } from './index';

/** Sources cited by the examples, with an Admiralty grade an analyst might give. */
export const EXAMPLE_SOURCES = {
  finalMessageSeed: {
    title:
      'Pakistan issues “final message” to Afghan Taliban, re-contacts Afghan opposition leaders (citing a News18 report)',
    publisher: 'News18 (as reported)',
    reliability: 'F',
    credibility: 3,
  },
  istanbulSeed: {
    title: 'Pakistan Ready to Resume Talks with Afghanistan Amid Istanbul Dialogue',
    reliability: 'C',
    credibility: 2,
  },
  news24FinalMessage: {
    title: "Pakistan sends ultimatum to Taliban amid shifts in Afghanistan policy, calls it 'final message'",
    publisher: 'News24',
    url: 'https://news24online.com/world/pakistan-sends-ultimatum-to-taliban-amid-shifts-in-afghanistan-policy-calls-it-final-message/672832',
    reliability: 'F',
    credibility: 3,
  },
  asifArsenal: {
    title: 'Asif: Pakistan does not require even a fraction of its arsenal to obliterate the Taliban regime',
    publisher: 'The Pakistan Connect',
    url: 'https://thepakistanconnect.com/?p=6689',
    publishedAt: '2025-10-29',
    reliability: 'C',
    credibility: 2,
  },
  /** The specs' own (`testing/index.ts`). */
  dawnTruce: sources.dawn,
  dohaTalks: {
    title: 'Pakistan and Afghanistan hold talks in Doha with Qatari and Turkish mediation',
    publisher: 'archive.mv',
    url: 'https://archive.mv/en/articles/x3OBjY',
    publishedAt: '2025-10-19',
    reliability: 'C',
    credibility: 2,
  },
  geoStrikes: {
    title: 'Pakistan Army conducts precision strikes on Afghan Taliban strongholds',
    publisher: 'Geo News',
    url: 'https://www.geo.tv/latest/628722-pakistan-army-conducts-precision-strikes-on-afghan-taliban-strongholds',
    publishedAt: '2025-10-15',
    reliability: 'B',
    credibility: 2,
  },
  gulfTodayClash: {
    title: 'Dozens killed in Pakistan–Afghanistan clashes; border closed',
    publisher: 'Gulf Today',
    url: 'https://www.gulftoday.ae/news/2025/10/12/dozens-killed-in-pakistan-afghanistan-clashes-border-closedafghan-forces-pakistani-border-poststalibanafghanistan',
    publishedAt: '2025-10-12',
    reliability: 'C',
    credibility: 3,
  },
  htPaktika: {
    title: 'Afghanistan–Pakistan border clash: cricketers killed, ceasefire violation alleged ahead of Doha talks',
    publisher: 'Hindustan Times',
    url: 'https://www.hindustantimes.com/world-news/afghanistan-pakistan-border-clash-cricketers-killed-ceasefire-violation-doha-talks-taliban-101760750198720.html',
    publishedAt: '2025-10-18',
    reliability: 'C',
    credibility: 3,
  },
  newsxMujahid: {
    title: 'Taliban claims 58 Pakistani soldiers killed in border clash; Afghanistan issues fresh warning',
    publisher: 'NewsX',
    url: 'https://www.newsx.com/world/taliban-claims-58-pakistan-soldiers-killed-in-border-clash-afghanistan-issues-fresh-warning-demands-islamabad-to-90386/',
    publishedAt: '2025-10-12',
    reliability: 'C',
    credibility: 3,
  },
  trtJointStatement: {
    title: 'Pakistan, Afghanistan agree to continue ceasefire: Türkiye',
    publisher: 'TRT World',
    url: 'https://www.trtworld.com/article/d9c19645a415/amp',
    publishedAt: '2025-10-31',
    reliability: 'B',
    credibility: 2,
  },
  pakistanTvFinalPosition: {
    title: 'Istanbul talks: Pakistan demands concrete Taliban action to stop cross-border terrorism',
    publisher: 'PTV',
    url: 'https://pakistantv.com/article/istanbul-talks-pakistan-demands-concrete-taliban-action-to-stop-crossborder-terrorism',
    publishedAt: '2025-10-26',
    reliability: 'C',
    credibility: 2,
  },
  dunyaStalemate: {
    title: 'Istanbul talks end in stalemate, Pakistan announces operations to eliminate terrorists',
    publisher: 'Dunya News',
    url: 'https://dunyanews.tv/en/Pakistan/914686-istanbul-talks-end-in-stalemate-pakistan-announces-operations-to-elim',
    publishedAt: '2025-10-29',
    reliability: 'B',
    credibility: 2,
  },
  htnDeadlock: {
    title: 'Khawaja Asif confirms deadlock in Pakistan–Afghanistan talks',
    publisher: 'HTN World',
    url: 'https://htnworld.com/khawaja-asif-confirms-deadlock-in-pakistan-afghanistan-talks',
    publishedAt: '2025-11-07',
    reliability: 'C',
    credibility: 2,
  },
  trtErdogan: {
    title: 'Erdogan: Turkish ministers and intelligence chief to visit Islamabad next week',
    publisher: 'TRT World',
    url: 'https://www.trtworld.com/article/77a984030061',
    publishedAt: '2025-11-09',
    reliability: 'B',
    credibility: 2,
  },
  republicMuttaqi: {
    title: "Taliban's foreign minister to meet EAM Jaishankar in Delhi amid Kabul's night of explosions",
    publisher: 'Republic World',
    url: 'https://www.republicworld.com/world-news/taliban-s-foreign-minister-to-meet-eam-jaishankar-in-delhi-amidst-kabul-s-night-of-explosions-and-fears',
    publishedAt: '2025-10-09',
    reliability: 'C',
    credibility: 2,
  },
} as const satisfies Record<string, Source>;

const S = EXAMPLE_SOURCES;

/** Event ids the correction examples refer to. */
export const EXAMPLE_EVENT_IDS = {
  paktikaViolation: '6f1c2b9e-8d3a-4f5e-9b7c-1a2d3e4f5a6b',
  duplicateTruce: '9a0e4c57-2b1d-4e8f-a3c6-5d7b9e1f2a40',
} as const;

/** One valid `POST /negotiations/:id/events` body per event type. */
export const EXAMPLE_EVENTS: { readonly [T in DevelopmentType]: RecordEventInputOf<T> } = {
  ActorRegistered: {
    type: 'ActorRegistered',
    data: { actor: { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', aliases: ['KSA'] }, role: 'mediator' },
    occurredAt: '2025-10-12',
    sources: [S.newsxMujahid],
    note: 'Mujahid: the pause in operations came at the request of Qatar and Saudi Arabia.',
  },
  TalksRoundScheduled: {
    type: 'TalksRoundScheduled',
    data: {
      roundId: 'istanbul-3',
      label: 'Istanbul round 3 (principal level)',
      venue: 'Istanbul',
      hosts: ['turkiye', 'qatar'],
      plannedFor: '2025-11-06',
    },
    occurredAt: '2025-10-30',
    sources: [S.trtJointStatement],
  },
  TalksRoundOpened: {
    type: 'TalksRoundOpened',
    data: {
      roundId: 'doha-1',
      label: 'Doha round',
      venue: 'Doha',
      hosts: ['qatar', 'turkiye'],
      delegations: [
        {
          actorId: 'pakistan',
          head: { name: 'Khawaja Muhammad Asif', title: 'Defence Minister', actorId: 'pakistan' },
          members: [{ name: 'Lt Gen Asim Malik', title: 'Director-General, ISI', actorId: 'pakistan' }],
        },
        {
          actorId: 'afghan-taliban',
          head: { name: 'Mullah Mohammad Yaqoob', title: 'Defence Minister', actorId: 'afghan-taliban' },
        },
      ],
    },
    occurredAt: '2025-10-18',
    sources: [S.dohaTalks],
    cameo: '046',
  },
  TalksRoundConcluded: {
    type: 'TalksRoundConcluded',
    data: {
      roundId: 'istanbul-2',
      outcome: 'no-progress',
      summary:
        "'The dialogue thus failed to bring about any workable solution' (Information Minister Attaullah Tarar).",
      nextSteps: 'Pakistan vows to decimate terrorists, their sanctuaries, abettors and supporters.',
    },
    occurredAt: '2025-10-28',
    sources: [S.dunyaStalemate],
  },
  TalksRoundPostponed: {
    type: 'TalksRoundPostponed',
    data: {
      roundId: 'islamabad-1',
      reason: 'The announced visit of Turkish ministers to Islamabad had not taken place by the end of November.',
    },
    occurredAt: '2025-11',
    precision: 'approximate',
    sources: [S.trtErdogan],
    note: 'Illustrative: the visit was reported as not yet held; no new date was given.',
  },
  TalksRoundCancelled: {
    type: 'TalksRoundCancelled',
    data: {
      roundId: 'round-4',
      reason: "No plan for a fourth round: 'Negotiations are over … entered an indefinite phase'.",
    },
    occurredAt: '2025-11-07',
    sources: [S.htnDeadlock],
  },
  TalksSuspended: {
    type: 'TalksSuspended',
    data: {
      by: 'pakistan',
      reason: "Khawaja Asif: 'Negotiations are over'; the Taliban would agree only verbally, not in writing.",
    },
    occurredAt: '2025-11-07',
    sources: [S.htnDeadlock],
  },
  TalksResumed: {
    type: 'TalksResumed',
    data: {
      by: 'pakistan',
      reason:
        'At the request of mediators Türkiye and Qatar the Pakistani delegation stays in Istanbul to give peace another chance.',
    },
    occurredAt: '2025-10-29',
    precision: 'approximate',
    sources: [S.istanbulSeed],
  },
  AgreementReached: {
    type: 'AgreementReached',
    data: {
      agreementId: 'doha-ceasefire-agreement',
      kind: 'ceasefire',
      provisions: [
        'Immediate ceasefire',
        'Mechanisms to consolidate lasting peace',
        'Follow-up meetings; next round in Istanbul on 25 October',
      ],
      signatories: ['pakistan', 'afghan-taliban'],
      textPublic: false,
      roundId: 'doha-1',
    },
    occurredAt: '2025-10-19',
    sources: [S.dawnTruce],
  },
  AgreementStatusChanged: {
    type: 'AgreementStatusChanged',
    data: {
      agreementId: 'doha-ceasefire-agreement',
      status: 'signed',
      reason:
        'Signed in Doha by the defence ministers, Khawaja Asif and Mullah Yaqoob, in the presence of the mediators.',
    },
    occurredAt: '2025-10-19',
    sources: [S.dawnTruce],
  },
  NegotiationClosed: {
    type: 'NegotiationClosed',
    data: { outcome: 'collapsed', summary: 'No written agreement; no further round planned.' },
    occurredAt: '2025-11',
    sources: [S.htnDeadlock],
    note: 'Illustrative: the talks had not formally closed by mid-November 2025.',
  },
  DemandTabled: {
    type: 'DemandTabled',
    data: {
      demandId: 'handover-ttp-leaders',
      by: 'pakistan',
      addressedTo: ['afghan-taliban'],
      text: 'Transfer of key militant figures wanted for major attacks in Pakistan.',
      category: 'security',
    },
    occurredAt: '2025-10-25',
    precision: 'approximate',
    sources: [S.finalMessageSeed],
  },
  DemandAmended: {
    type: 'DemandAmended',
    data: {
      demandId: 'act-against-ttp',
      text: "'Concrete and verifiable steps' against terrorists operating from Afghan soil; 'ongoing patronage of terrorists … unacceptable'.",
      reason: "Pakistan's 'final position' at the Istanbul talks.",
    },
    occurredAt: '2025-10-26',
    sources: [S.pakistanTvFinalPosition],
  },
  DemandWithdrawn: {
    type: 'DemandWithdrawn',
    data: { demandId: 'buffer-zone', reason: 'Dropped from the agenda of the principal-level round.' },
    occurredAt: '2025-11',
    precision: 'approximate',
    sources: [S.finalMessageSeed],
    note: 'Illustrative: no withdrawal of the buffer-zone demand has been reported.',
  },
  PositionTaken: {
    type: 'PositionTaken',
    data: {
      demandId: 'handover-ttp-leaders',
      actorId: 'afghan-taliban',
      stance: 'rejected',
      quote:
        "Afghanistan's Taliban government has pushed back against these demands, particularly the proposals concerning the handover of TTP militants and the creation of a buffer zone near the border.",
    },
    occurredAt: '2025-11',
    sources: [S.finalMessageSeed],
  },
  UltimatumIssued: {
    type: 'UltimatumIssued',
    data: {
      ultimatumId: 'final-message',
      by: 'pakistan',
      to: ['afghan-taliban'],
      demandIds: ['act-against-ttp', 'handover-ttp-leaders', 'buffer-zone'],
      consequences: 'Pakistani support for alternative political forces capable of challenging the regime in Kabul.',
      channel: 'via Turkish mediators',
    },
    occurredAt: '2025-11',
    sources: [S.finalMessageSeed, S.news24FinalMessage],
    cameo: '139',
    note: 'Single-origin report citing unnamed sources; no official Pakistani confirmation.',
  },
  UltimatumResolved: {
    type: 'UltimatumResolved',
    data: {
      ultimatumId: 'istanbul-final-position',
      resolution: 'rejected',
      summary: 'Kabul gave no commitment to act against the TTP; the Istanbul round ended without a solution.',
    },
    occurredAt: '2025-10-28',
    sources: [S.dunyaStalemate],
  },
  StatementMade: {
    type: 'StatementMade',
    data: {
      speaker: { name: 'Khawaja Muhammad Asif', title: 'Defence Minister', actorId: 'pakistan' },
      audience: 'afghan-taliban',
      tone: 'military-threat',
      summary:
        'Asif warns that restraint is not weakness and that Pakistan could obliterate the Taliban regime if tensions escalate.',
      quote: 'does not need to use even a fraction of its full arsenal to completely obliterate the Taliban regime',
    },
    occurredAt: '2025-10-29',
    sources: [S.istanbulSeed, S.asifArsenal],
  },
  CeasefireDeclared: {
    type: 'CeasefireDeclared',
    data: {
      ceasefireId: 'truce-48h',
      parties: ['pakistan', 'afghan-taliban'],
      scope: 'The Afghanistan–Pakistan border',
      duration: 'temporary',
      until: '2025-10-17T18:00:00+05:00',
    },
    occurredAt: '2025-10-15T18:00:00+05:00',
    sources: [S.geoStrikes],
    note: 'Who requested the truce is contested.',
  },
  CeasefireExtended: {
    type: 'CeasefireExtended',
    data: {
      ceasefireId: 'truce-48h',
      duration: 'until-talks-conclude',
      terms: 'Extended until the conclusion of the Doha talks.',
    },
    occurredAt: '2025-10-17',
    sources: [S.htPaktika],
  },
  CeasefireViolationReported: {
    type: 'CeasefireViolationReported',
    data: {
      ceasefireId: 'truce-48h',
      allegedBy: 'afghan-taliban',
      against: 'pakistan',
      casualties: { min: 8, max: 17 },
      description: 'Airstrikes on Urgun and Barmal, Paktika, kill civilians including three local cricketers.',
    },
    occurredAt: '2025-10-17T20:30:00+04:30',
    sources: [S.htPaktika],
  },
  CeasefireEnded: {
    type: 'CeasefireEnded',
    data: { ceasefireId: 'truce-48h', reason: 'superseded', summary: 'Superseded by the Doha ceasefire agreement.' },
    occurredAt: '2025-10-19',
    sources: [S.dawnTruce],
  },
  IncidentReported: {
    type: 'IncidentReported',
    data: {
      incidentId: 'border-clash-2025-10-11',
      kind: 'clash',
      perpetrator: 'afghan-taliban',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani border posts',
      place: 'Angoor Adda, Bajaur, Kurram, Dir, Chitral, Bahram Chah',
      fatalities: { min: 23, max: 58 },
      injured: { min: 29, max: 29 },
      description:
        'Taliban forces attack Pakistani border posts; ISPR reports 23 soldiers killed and 29 injured, the Taliban claim 58 killed.',
    },
    occurredAt: '2025-10-11',
    sources: [S.gulfTodayClash],
    note: 'Casualty figures conflict.',
  },
  MediationAction: {
    type: 'MediationAction',
    data: {
      mediator: 'turkiye',
      action: 'offered',
      summary:
        'Erdoğan announces that Foreign Minister Fidan, Defence Minister Güler and MIT chief Kalın will visit Islamabad to make the ceasefire sustainable.',
    },
    occurredAt: '2025-11-09',
    sources: [S.trtErdogan],
  },
  ThirdPartyEngagement: {
    type: 'ThirdPartyEngagement',
    data: {
      actorId: 'afghan-taliban',
      counterparts: ['india'],
      kind: 'visit',
      summary:
        'Foreign Minister Amir Khan Muttaqi arrives in New Delhi, the first Taliban foreign-minister visit to India.',
    },
    occurredAt: '2025-10-09',
    sources: [S.republicMuttaqi],
  },
  EventCorrected: {
    type: 'EventCorrected',
    data: {
      eventId: EXAMPLE_EVENT_IDS.paktikaViolation,
      changes: { data: { casualties: { min: 10, max: 17 } } },
      reason: 'Later reports put the toll at 10 to 17; UNAMA counted 11 civilians.',
    },
    occurredAt: '2025-10-18',
    sources: [S.htPaktika],
  },
  EventRetracted: {
    type: 'EventRetracted',
    data: {
      eventId: EXAMPLE_EVENT_IDS.duplicateTruce,
      reason: 'Duplicate of the 48-hour truce already recorded from Geo News.',
    },
    occurredAt: '2025-10-16',
    sources: [S.geoStrikes],
  },
};

/** A valid `POST /negotiations` body. */
export const EXAMPLE_OPEN_NEGOTIATION: OpenNegotiationInput = {
  id: 'pak-afghan-talks-2025',
  title: 'Pakistan – Afghan Taliban talks, 2025',
  subject: 'Cross-border militancy (TTP), border security and a lasting ceasefire after the October 2025 clashes.',
  parties: [
    { id: 'pakistan', name: 'Pakistan', kind: 'state' },
    {
      id: 'afghan-taliban',
      name: 'Afghan Taliban (Islamic Emirate of Afghanistan)',
      kind: 'de-facto-authority',
      aliases: ['Islamic Emirate of Afghanistan', 'IEA'],
    },
  ],
  mediators: [
    { id: 'qatar', name: 'Qatar', kind: 'state' },
    { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey'] },
  ],
  occurredAt: '2025-10-18',
  sources: [S.dohaTalks],
};

/** A development of `type` holding `data`, with a valid envelope (the StatementMade example's): for specs of `data` alone. */
export function developmentWith(type: string, data: unknown): Record<string, unknown> {
  const { type: _type, data: _data, ...envelope } = EXAMPLE_EVENTS.StatementMade;
  return { ...structuredClone(envelope), type, data };
}
