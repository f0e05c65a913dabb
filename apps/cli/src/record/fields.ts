/**
 * The `data` fields of every recordable event type, as the CLI offers them:
 * one flag per field, with what it takes and an example from the
 * Pakistan–Afghanistan case. The mapped type below makes a missing or extra
 * field, or a field marked optional that the catalogue requires (or the other
 * way round), a compile error — so this table follows
 * `libs/domain/src/events.ts` like the API's DTOs do.
 *
 * The CLI does not validate values (allowed values are listed in `--help`
 * only): the server is the one judge of a body, and its 400 names the field.
 */
import {
  ACTOR_ROLES,
  AGREEMENT_KINDS,
  CEASEFIRE_DURATIONS,
  CEASEFIRE_END_REASONS,
  DEMAND_CATEGORIES,
  ENGAGEMENT_KINDS,
  EVENT_TYPES,
  INCIDENT_KINDS,
  MEDIATION_ACTIONS,
  NEGOTIATION_OUTCOMES,
  ROUND_FORMATS,
  ROUND_OUTCOMES,
  STANCES,
  TONES,
  ULTIMATUM_RESOLUTIONS,
  type EventDataByType,
  type EventType,
} from '@parley/domain';

/** Every type but `NegotiationOpened`, which `parley open` records. */
export type RecordableType = Exclude<EventType, 'NegotiationOpened'>;
export const RECORDABLE_TYPES = EVENT_TYPES.filter((t): t is RecordableType => t !== 'NegotiationOpened');

/** How a field is given on the command line. */
export type FieldKind =
  /** free text */
  | { readonly kind: 'text' }
  /** an id the analyst chose (round, demand, ultimatum, …) */
  | { readonly kind: 'id' }
  /** an actor id (slug) */
  | { readonly kind: 'actor' }
  /** actor ids: the flag repeats, and commas separate too */
  | { readonly kind: 'actors' }
  /** ids (demands): the flag repeats, and commas separate too */
  | { readonly kind: 'ids' }
  /** texts: the flag repeats (commas are kept: provisions contain them) */
  | { readonly kind: 'texts' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  /** YYYY-MM, YYYY-MM-DD or an ISO date-time with zone */
  | { readonly kind: 'date' }
  /** --flag / --no-flag */
  | { readonly kind: 'bool' }
  /** a contested count: `23-58`, `23..58` or `23` */
  | { readonly kind: 'range' }
  /** a span of days: `2025-10-01..2025-12-31` (or `from/to`) */
  | { readonly kind: 'period' }
  /** a person: --<flag> <name>, --<flag>-title, --<flag>-actor */
  | { readonly kind: 'person' }
  /** an actor: --<flag> id:Name:kind, --alias (repeatable) */
  | { readonly kind: 'actor-spec' }
  /** delegations: --delegation actor-id[:head name[:head title]] (repeatable) */
  | { readonly kind: 'delegations' }
  /** a JSON object */
  | { readonly kind: 'json' };

interface FieldBase {
  readonly description: string;
  /** The flag without `--`; default: the field in kebab case, `…Id` → `…`, `…Ids` → `…s`. */
  readonly flag?: string;
  /** A value from the Pakistan–Afghanistan case, as typed on the command line. */
  readonly example?: string | readonly string[] | boolean;
}

export type FieldSpec = FieldKind & FieldBase & { readonly optional?: boolean };

type SpecFor<D, K extends keyof D> = FieldKind &
  FieldBase &
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends Pick<D, K>` is how an optional key is told apart
  ({} extends Pick<D, K> ? { readonly optional: true } : { readonly optional?: false });

export interface TypeSpec<T extends RecordableType> {
  /** One line for `parley record --help`. */
  readonly summary: string;
  /** Short names that also select the type (`parley record statement …`). */
  readonly aliases?: readonly string[];
  /** The example's occurredAt and source. */
  readonly exampleOccurredAt: string;
  readonly exampleSource: string;
  readonly fields: { readonly [K in keyof EventDataByType[T]]-?: SpecFor<EventDataByType[T], K> };
}

type Catalogue = { readonly [T in RecordableType]: TypeSpec<T> };

const text = { kind: 'text' } as const;
const id = { kind: 'id' } as const;
const actor = { kind: 'actor' } as const;
const actors = { kind: 'actors' } as const;
const date = { kind: 'date' } as const;
const oneOf = (values: readonly string[]) => ({ kind: 'enum', values }) as const;

const SRC = {
  dawn: 'Türkiye, Qatar help seal truce on western front|https://www.dawn.com/news/1950026|Dawn|2025-10-19|B2',
  dunya: 'Istanbul talks end in stalemate|https://dunyanews.tv/en/Pakistan/914686|Dunya News|2025-10-29|B2',
  htn: 'Khawaja Asif confirms deadlock in Pakistan–Afghanistan talks|https://htnworld.com/khawaja-asif-confirms-deadlock-in-pakistan-afghanistan-talks|HTN World|2025-11-07|C2',
  trt: 'Pakistan, Afghanistan agree to continue ceasefire: Türkiye|https://www.trtworld.com/article/d9c19645a415/amp|TRT World|2025-10-31|B2',
  seed: "Pakistan's final message to the Taliban|https://example.org/final-message|News18 (via blog)|2025-11-24|F3",
  geo: 'Pakistan Army conducts precision strikes on Afghan Taliban strongholds|https://www.geo.tv/latest/628722|Geo News|2025-10-15|B2',
  ht: 'Afghanistan–Pakistan border clash: ceasefire violation alleged ahead of Doha talks|https://www.hindustantimes.com/world-news/afghanistan-pakistan-border-clash|Hindustan Times|2025-10-18|C3',
  gulf: 'Dozens killed in Pakistan–Afghanistan clashes; border closed|https://www.gulftoday.ae/news/2025/10/12/dozens-killed|Gulf Today|2025-10-12|C3',
  erdogan:
    'Erdogan: Turkish ministers and intelligence chief to visit Islamabad|https://www.trtworld.com/article/77a984030061|TRT World|2025-11-09|B2',
  republic:
    "Taliban's foreign minister to meet EAM Jaishankar in Delhi|https://www.republicworld.com/world-news/muttaqi-delhi|Republic World|2025-10-09|C2",
} as const;

export const CATALOGUE: Catalogue = {
  ActorRegistered: {
    summary: 'an actor joins the picture with a role',
    aliases: ['actor'],
    exampleOccurredAt: '2025-10-17',
    exampleSource: SRC.ht,
    fields: {
      actor: {
        kind: 'actor-spec',
        description:
          'the actor, as id:Name:kind (kinds: state, de-facto-authority, armed-group, mediator, international-organisation, opposition-movement, individual)',
        example: 'ttp:Tehreek-e-Taliban Pakistan:armed-group',
      },
      role: { ...oneOf(ACTOR_ROLES), description: 'its role in this negotiation', example: 'spoiler' },
    },
  },
  TalksRoundScheduled: {
    summary: 'a round is planned (id, label, venue, hosts, planned date)',
    aliases: ['round-scheduled'],
    exampleOccurredAt: '2025-10-30',
    exampleSource: SRC.trt,
    fields: {
      roundId: { ...id, description: 'id of the round, chosen by you', example: 'istanbul-2' },
      label: { ...text, description: 'label of the round', example: 'Istanbul round 2' },
      format: { ...oneOf(ROUND_FORMATS), optional: true, description: 'how it is held', example: 'formal' },
      venue: { ...text, optional: true, description: 'where it will be held', example: 'Istanbul' },
      hosts: {
        ...actors,
        optional: true,
        description: 'host and mediators (actor ids)',
        example: ['turkiye', 'qatar'],
      },
      plannedFor: { ...date, description: 'the planned date (may lie in the future)', example: '2025-11-06' },
    },
  },
  TalksRoundOpened: {
    summary: 'a round began; delegations',
    aliases: ['round-opened'],
    exampleOccurredAt: '2025-11-06',
    exampleSource: SRC.htn,
    fields: {
      roundId: { ...id, description: 'the round (a scheduled one, or a new one)', example: 'istanbul-2' },
      label: { ...text, optional: true, description: 'needed when the round was not scheduled first' },
      format: { ...oneOf(ROUND_FORMATS), optional: true, description: 'how it is held', example: 'formal' },
      venue: { ...text, optional: true, description: 'where it is held', example: 'Istanbul' },
      hosts: { ...actors, optional: true, description: 'host and mediators (actor ids)' },
      delegations: {
        kind: 'delegations',
        optional: true,
        flag: 'delegation',
        description: 'a delegation as actor-id[:head name[:head title]]; repeat per party (members: --set)',
        example: ['pakistan:Lt Gen Muhammad Asim Malik:Director General ISI', 'afghan-taliban'],
      },
    },
  },
  TalksRoundConcluded: {
    summary: 'a round ended: agreement, progress, no-progress, collapsed or adjourned',
    aliases: ['round-concluded'],
    exampleOccurredAt: '2025-11-07',
    exampleSource: SRC.htn,
    fields: {
      roundId: { ...id, description: 'the round that ended', example: 'istanbul-2' },
      outcome: { ...oneOf(ROUND_OUTCOMES), description: 'how it ended', example: 'collapsed' },
      summary: { ...text, optional: true, description: 'what came of it', example: "Asif: 'negotiations are over'" },
      nextSteps: { ...text, optional: true, description: 'what was agreed to happen next' },
    },
  },
  TalksRoundPostponed: {
    summary: 'a round is put off (optionally to a new date)',
    aliases: ['round-postponed'],
    exampleOccurredAt: '2025-10-17',
    exampleSource: SRC.ht,
    fields: {
      roundId: { ...id, description: 'the round put off', example: 'doha-2025-10' },
      reason: { ...text, optional: true, description: 'why', example: 'The Taliban reconstituted their team' },
      plannedFor: { ...date, optional: true, description: 'the new planned date', example: '2025-10-18' },
    },
  },
  TalksRoundCancelled: {
    summary: 'a round is called off',
    aliases: ['round-cancelled'],
    exampleOccurredAt: '2025-11-07',
    exampleSource: SRC.htn,
    fields: {
      roundId: { ...id, description: 'the round called off', example: 'round-4' },
      reason: { ...text, optional: true, description: 'why', example: 'No plan for a fourth round' },
    },
  },
  TalksSuspended: {
    summary: 'talks are suspended (by whom, why)',
    aliases: ['suspended'],
    exampleOccurredAt: '2025-10-29',
    exampleSource: SRC.dunya,
    fields: {
      by: { ...actor, description: 'actor id of who suspended the talks', example: 'pakistan' },
      reason: { ...text, optional: true, description: 'why', example: 'Tarar declared the Istanbul dialogue failed' },
    },
  },
  TalksResumed: {
    summary: 'talks resume',
    aliases: ['resumed'],
    exampleOccurredAt: '2025-10-30',
    exampleSource: SRC.trt,
    fields: {
      by: { ...actor, optional: true, description: 'actor id of who resumed the talks', example: 'pakistan' },
      reason: { ...text, optional: true, description: 'why', example: 'At the request of Türkiye and Qatar' },
    },
  },
  AgreementReached: {
    summary: 'an agreement: ceasefire, framework, partial or comprehensive',
    aliases: ['agreement'],
    exampleOccurredAt: '2025-10-19',
    exampleSource: SRC.dawn,
    fields: {
      agreementId: { ...id, description: 'id of the agreement', example: 'doha-agreement-2025-10-19' },
      kind: { ...oneOf(AGREEMENT_KINDS), description: 'what kind of agreement', example: 'ceasefire' },
      provisions: {
        kind: 'texts',
        flag: 'provision',
        description: 'one provision as reported; repeat (none when the text is not public)',
        example: ['Immediate ceasefire', 'Follow-up meetings in Istanbul'],
      },
      signatories: { ...actors, description: 'actor ids of the signatories', example: ['pakistan', 'afghan-taliban'] },
      textPublic: {
        kind: 'bool',
        description: 'whether the text is public (--text-public / --no-text-public)',
        example: false,
      },
      roundId: { ...id, optional: true, description: 'the round it came out of', example: 'doha-2025-10' },
    },
  },
  NegotiationClosed: {
    summary: 'the negotiation ends: agreement, collapsed, abandoned or superseded',
    aliases: ['closed'],
    exampleOccurredAt: '2025-11-30',
    exampleSource: SRC.htn,
    fields: {
      outcome: { ...oneOf(NEGOTIATION_OUTCOMES), description: 'the final outcome', example: 'collapsed' },
      summary: {
        ...text,
        optional: true,
        description: 'how it ended',
        example: 'No written agreement; no further round planned.',
      },
    },
  },
  DemandTabled: {
    summary: 'a party tables a demand (by, addressed to, text, category)',
    aliases: ['demand'],
    exampleOccurredAt: '2025-10-18',
    exampleSource: SRC.seed,
    fields: {
      demandId: { ...id, description: 'id of the demand, chosen by you', example: 'pak-limited-buffer-zone' },
      by: { ...actor, description: 'actor id of the proposer', example: 'pakistan' },
      addressedTo: { ...actors, description: 'actor ids it is addressed to', example: ['afghan-taliban'] },
      text: { ...text, description: 'the demand', example: 'Establishment of a limited buffer zone' },
      category: { ...oneOf(DEMAND_CATEGORIES), description: 'what it is about', example: 'territorial' },
    },
  },
  DemandAmended: {
    summary: "a demand's text, category or addressees change",
    aliases: ['demand-amended'],
    exampleOccurredAt: '2025-10-26',
    exampleSource: SRC.dunya,
    fields: {
      demandId: { ...id, description: 'the demand amended', example: 'pak-verifiable-action-against-ttp' },
      text: {
        ...text,
        optional: true,
        description: 'the new text',
        example: 'Concrete and verifiable steps against the TTP',
      },
      category: { ...oneOf(DEMAND_CATEGORIES), optional: true, description: 'the new category' },
      addressedTo: { ...actors, optional: true, description: 'the new addressees (actor ids)' },
      reason: {
        ...text,
        optional: true,
        description: 'why it changed',
        example: "Pakistan's final position at Istanbul",
      },
    },
  },
  DemandWithdrawn: {
    summary: 'a demand is withdrawn',
    aliases: ['demand-withdrawn'],
    exampleOccurredAt: '2025-11',
    exampleSource: SRC.seed,
    fields: {
      demandId: { ...id, description: 'the demand withdrawn', example: 'pak-limited-buffer-zone' },
      reason: { ...text, optional: true, description: 'why', example: 'Dropped from the agenda' },
    },
  },
  PositionTaken: {
    summary: "an actor's stance on a demand",
    aliases: ['position'],
    exampleOccurredAt: '2025-11-07',
    exampleSource: SRC.seed,
    fields: {
      demandId: { ...id, description: 'the demand the stance is on', example: 'pak-handover-of-wanted-militants' },
      actorId: { ...actor, description: 'the actor whose stance this is', example: 'afghan-taliban' },
      stance: { ...oneOf(STANCES), description: 'the stance', example: 'rejected' },
      conditions: { ...text, optional: true, description: 'conditions attached to the stance' },
      quote: {
        ...text,
        optional: true,
        description: 'a quote that shows the stance',
        example: 'pushed back against these demands',
      },
      speaker: { kind: 'person', optional: true, description: 'who voiced it' },
    },
  },
  UltimatumIssued: {
    summary: 'an ultimatum: by, to, demands, deadline, consequences, channel',
    aliases: ['ultimatum'],
    exampleOccurredAt: '2025-11',
    exampleSource: SRC.seed,
    fields: {
      ultimatumId: { ...id, description: 'id of the ultimatum', example: 'final-message-2025-11' },
      by: { ...actor, description: 'actor id of who issued it', example: 'pakistan' },
      to: { ...actors, description: 'actor ids it is addressed to', example: ['afghan-taliban'] },
      demandIds: {
        kind: 'ids',
        description: 'demand ids it enforces (may be none)',
        example: ['pak-handover-of-wanted-militants', 'pak-limited-buffer-zone'],
      },
      deadline: { ...date, optional: true, description: 'the deadline, when one was stated' },
      consequences: {
        ...text,
        description: 'what was threatened',
        example: 'Support for alternative political forces in Kabul',
      },
      channel: { ...text, optional: true, description: 'how it was conveyed', example: 'via Turkish mediators' },
    },
  },
  UltimatumResolved: {
    summary: 'an ultimatum is complied with, rejected, withdrawn, lapses, …',
    aliases: ['ultimatum-resolved'],
    exampleOccurredAt: '2025-10-30',
    exampleSource: SRC.dunya,
    fields: {
      ultimatumId: { ...id, description: 'the ultimatum resolved', example: 'istanbul-final-position' },
      resolution: { ...oneOf(ULTIMATUM_RESOLUTIONS), description: 'how it was resolved', example: 'lapsed' },
      summary: {
        ...text,
        optional: true,
        description: 'what happened',
        example: 'No verifiable Taliban commitment followed',
      },
    },
  },
  StatementMade: {
    summary: 'a statement: speaker, audience, tone, summary, quote',
    aliases: ['statement'],
    exampleOccurredAt: '2025-10-29',
    exampleSource: SRC.dunya,
    fields: {
      speaker: {
        kind: 'person',
        description: 'who spoke, and for which actor',
        example: ['Khawaja Muhammad Asif', 'Defence Minister of Pakistan', 'pakistan'],
      },
      audience: {
        ...text,
        optional: true,
        description: 'whom it is aimed at: an actor id or free text',
        example: 'afghan-taliban',
      },
      tone: { ...oneOf(TONES), description: 'its tone', example: 'military-threat' },
      summary: {
        ...text,
        description: 'what was said, in a sentence',
        example: 'Asif warns Pakistan could obliterate the Taliban regime',
      },
      quote: {
        ...text,
        optional: true,
        description: 'the words used',
        example: 'does not need to use even a fraction of its full arsenal',
      },
    },
  },
  CeasefireDeclared: {
    summary: 'a ceasefire: parties, scope, temporary or indefinite, until, mediators',
    aliases: ['ceasefire'],
    exampleOccurredAt: '2025-10-19',
    exampleSource: SRC.dawn,
    fields: {
      ceasefireId: { ...id, description: 'id of the ceasefire', example: 'doha-ceasefire-2025-10-19' },
      parties: { ...actors, description: 'actor ids bound by it', example: ['pakistan', 'afghan-taliban'] },
      scope: { ...text, optional: true, description: 'where or what it covers' },
      duration: {
        ...oneOf(CEASEFIRE_DURATIONS),
        description: 'temporary, indefinite, or until the talks conclude',
        example: 'indefinite',
      },
      until: { ...date, optional: true, description: 'for a temporary ceasefire, when it lapses' },
      mediatedBy: {
        ...actors,
        optional: true,
        description: 'actor ids of the mediators',
        example: ['qatar', 'turkiye'],
      },
    },
  },
  CeasefireExtended: {
    summary: 'a ceasefire is extended',
    aliases: ['ceasefire-extended'],
    exampleOccurredAt: '2025-10-30',
    exampleSource: SRC.trt,
    fields: {
      ceasefireId: { ...id, description: 'the ceasefire extended', example: 'doha-ceasefire-2025-10-19' },
      duration: {
        ...oneOf(CEASEFIRE_DURATIONS),
        optional: true,
        description: 'the new duration',
        example: 'indefinite',
      },
      until: { ...date, optional: true, description: 'the new end, if stated' },
      terms: {
        ...text,
        optional: true,
        description: 'terms of the extension',
        example: 'All parties have agreed to continue the ceasefire',
      },
    },
  },
  CeasefireViolationReported: {
    summary: 'a ceasefire violation is alleged (by, against, casualties)',
    aliases: ['violation'],
    exampleOccurredAt: '2025-10-17T20:30:00+04:30',
    exampleSource: SRC.ht,
    fields: {
      ceasefireId: { ...id, description: 'the ceasefire violated', example: 'truce-48h-2025-10-15' },
      allegedBy: { ...actor, description: 'actor id of who alleges it', example: 'afghan-taliban' },
      against: { ...actor, description: 'actor id of the alleged violator', example: 'pakistan' },
      casualties: {
        kind: 'range',
        optional: true,
        description: 'casualties as min-max (claims conflict)',
        example: '8-17',
      },
      injured: { kind: 'range', optional: true, description: 'injured as min-max' },
      civilianFatalities: {
        kind: 'range',
        optional: true,
        description: 'how many of the casualties were civilians, as min-max',
        example: '8-10',
      },
      description: {
        ...text,
        optional: true,
        description: 'what happened',
        example: 'Airstrikes on Urgun and Barmal, Paktika',
      },
    },
  },
  CeasefireEnded: {
    summary: 'a ceasefire ends: expired, collapsed or superseded',
    aliases: ['ceasefire-ended'],
    exampleOccurredAt: '2025-10-19',
    exampleSource: SRC.dawn,
    fields: {
      ceasefireId: { ...id, description: 'the ceasefire ended', example: 'truce-48h-2025-10-15' },
      reason: { ...oneOf(CEASEFIRE_END_REASONS), description: 'why it ended', example: 'superseded' },
      summary: { ...text, optional: true, description: 'what happened', example: 'Superseded by the Doha ceasefire' },
    },
  },
  IncidentReported: {
    summary:
      'an incident: clash, airstrike, shelling, drone or missile strike, militant attack, border closure or reopening, force posture, casualty report',
    aliases: ['incident'],
    exampleOccurredAt: '2025-10-11',
    exampleSource: SRC.gulf,
    fields: {
      incidentId: { ...id, description: 'id of the incident', example: 'border-clashes-2025-10-11' },
      kind: { ...oneOf(INCIDENT_KINDS), description: 'what kind of incident', example: 'clash' },
      perpetrator: {
        ...actor,
        optional: true,
        description: 'actor id of the perpetrator, as alleged',
        example: 'afghan-taliban',
      },
      allegedBy: { ...actor, optional: true, description: 'actor id of who makes the allegation', example: 'pakistan' },
      against: {
        ...actor,
        optional: true,
        description: 'actor id the act was aimed at (the other side of the pair)',
        example: 'pakistan',
      },
      blamedOn: {
        ...actor,
        optional: true,
        description: 'actor id the alleger holds responsible besides the perpetrator',
        example: 'afghan-taliban',
      },
      target: { ...text, optional: true, description: 'free text', example: 'Pakistani border posts' },
      place: { ...text, optional: true, description: 'where', example: 'Angoor Adda, Bajaur, Kurram' },
      fatalities: {
        kind: 'range',
        optional: true,
        description: 'fatalities as min-max (claims conflict: 23 vs 58)',
        example: '23-58',
      },
      injured: { kind: 'range', optional: true, description: 'injured as min-max', example: '29' },
      civilianFatalities: {
        kind: 'range',
        optional: true,
        description: 'how many of the fatalities were civilians, as min-max',
      },
      period: {
        kind: 'period',
        optional: true,
        description: 'the days the counts cover, from..to (required for a casualty-report, refused otherwise)',
      },
      description: { ...text, description: 'what happened', example: 'Taliban forces attack Pakistani border posts' },
    },
  },
  MediationAction: {
    summary: 'a mediator offers, proposes, visits, asks for resumption or a pause, acknowledges evidence',
    aliases: ['mediation'],
    exampleOccurredAt: '2025-11-09',
    exampleSource: SRC.erdogan,
    fields: {
      mediator: { ...actor, description: 'actor id of the mediator', example: 'turkiye' },
      action: { ...oneOf(MEDIATION_ACTIONS), description: 'what the mediator did', example: 'offered' },
      summary: {
        ...text,
        description: 'in a sentence',
        example: 'Erdoğan announces three ministers will visit Islamabad',
      },
    },
  },
  ThirdPartyEngagement: {
    summary: 'visits and outreach that shift alignments',
    aliases: ['engagement'],
    exampleOccurredAt: '2025-10-09',
    exampleSource: SRC.republic,
    fields: {
      actorId: { ...actor, description: 'actor id of who engages', example: 'afghan-taliban' },
      counterparts: { ...actors, description: 'actor ids of who is engaged with', example: ['india'] },
      kind: { ...oneOf(ENGAGEMENT_KINDS), description: 'what kind of engagement', example: 'visit' },
      summary: { ...text, description: 'in a sentence', example: 'Muttaqi arrives in New Delhi' },
    },
  },
  EventCorrected: {
    summary: 'replaces fields of an earlier event, with a reason',
    aliases: ['correction'],
    exampleOccurredAt: '2025-10-18',
    exampleSource: SRC.ht,
    fields: {
      eventId: {
        kind: 'id',
        flag: 'target-event',
        description: 'event id (UUID) of the event corrected',
        example: '9d9f0d77-2bbc-57b4-b695-666d4d63d481',
      },
      changes: {
        kind: 'json',
        description:
          'what to replace, as JSON: occurredAt, precision, sources, cameo, note, occurrence, data (shallow merge)',
        example: '{"data":{"casualties":{"min":8,"max":17}}}',
      },
      reason: { ...text, description: 'why', example: 'Later reports put the toll at 8 to 17' },
    },
  },
  EventRetracted: {
    summary: 'an earlier event is withdrawn, with a reason',
    aliases: ['retraction'],
    exampleOccurredAt: '2025-10-17',
    exampleSource: SRC.ht,
    fields: {
      eventId: {
        kind: 'id',
        flag: 'target-event',
        description: 'event id (UUID) of the event retracted',
        example: 'f289aee7-a651-5497-808b-b14112f880d6',
      },
      reason: { ...text, description: 'why', example: 'Premature: the truce was extended the same evening' },
    },
  },
};

export function typeSpec(type: RecordableType): TypeSpec<RecordableType> {
  return CATALOGUE[type] as unknown as TypeSpec<RecordableType>;
}

export function fieldEntries(type: RecordableType): [string, FieldSpec][] {
  return Object.entries(typeSpec(type).fields) as [string, FieldSpec][];
}

export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The flag for a field (without `--`). */
export function flagOf(field: string, spec: FieldSpec): string {
  if (spec.flag) return spec.flag;
  if (field.endsWith('Ids')) return `${kebab(field.slice(0, -3))}s`;
  if (field.endsWith('Id')) return kebab(field.slice(0, -2));
  return kebab(field);
}

/** `--stance <stance>`-style placeholder. */
export function placeholderOf(field: string, spec: FieldSpec): string {
  switch (spec.kind) {
    case 'actor':
      return '<actor-id>';
    case 'actors':
      return '<actor-ids>';
    case 'ids':
      return '<ids>';
    case 'date':
      return '<date>';
    case 'range':
      return '<min-max>';
    case 'period':
      return '<from..to>';
    case 'person':
      return '<name>';
    case 'actor-spec':
      return '<id:Name:kind>';
    case 'delegations':
      return '<actor[:head[:title]]>';
    case 'json':
      return '<json>';
    case 'texts':
      return '<text>';
    case 'id':
      return '<id>';
    case 'enum':
      return `<${kebab(field)}>`;
    default:
      return '<text>';
  }
}
