/**
 * The catalogue: per development type and per field, what the field takes
 * (its check), its bounds, its description and an example — written once.
 *
 * Every edge is derived from this table rather than restating it: the domain's
 * shape checks (`shape.ts`), the HTTP validation and the OpenAPI schemas
 * (`apps/api/src/recording/dto`), the CLI's flags and help, and the record
 * form the web page builds (served at `GET /catalogue`). Adding a field to a
 * type is one edit here (plus the rule that uses it, if any).
 *
 * The mapped types below make a field missing from the catalogue, an extra
 * one, or one marked optional that `events.ts` requires (or the other way
 * round) a compile error.
 */
import {
  ACTOR_KINDS,
  ARMED_INCIDENT_KINDS,
  AUTHORED_INCIDENT_KINDS,
  ACTOR_ROLES,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  AGREEMENT_STATUSES_AT_REACHING,
  CEASEFIRE_COVERAGES,
  CEASEFIRE_DURATIONS,
  CEASEFIRE_END_REASONS,
  CREDIBILITY_GRADES,
  DEMAND_CATEGORIES,
  ENGAGEMENT_KINDS,
  EVENT_TYPES,
  INCIDENT_KINDS,
  INCIDENT_SCALES,
  MEDIATION_ACTIONS,
  NEGOTIATION_OUTCOMES,
  PRECISIONS,
  RELIABILITY_GRADES,
  ROUND_FORMATS,
  ROUND_OUTCOMES,
  STANCES,
  TONES,
  ULTIMATUM_RESOLUTIONS,
  type Actor,
  type Blame,
  type CorrectionChanges,
  type Delegation,
  type EventDataByType,
  type EventType,
  type Period,
  type Person,
  type Precision,
  type Range,
  type Source,
} from './events';
import type { TimeForm } from './time';

/** Bounds on what one development may carry: generous for analysts, small enough that no field is a storage or rendering hazard. */
export const LIMITS = {
  /** Sentences: summaries, quotes, demand text, reasons, notes, provisions. */
  text: 4000,
  /** Names and short labels: people, titles, round labels, venues, places, channels, audiences. */
  name: 200,
  /** A source's title (headlines run long). */
  sourceTitle: 500,
  url: 2000,
  /** Items in any list inside `data` (actor ids, provisions, delegations, aliases). */
  items: 100,
  /** Sources per development. */
  sources: 20,
  /** Developments per batch. */
  batch: 500,
  /** Fields an `EventCorrected` may replace in the target's `data`. */
  correctionDataKeys: 50,
  /** Upper bound of a counted range (fatalities, casualties). */
  count: 10_000_000,
  /** Nesting levels a request body may have (the deepest real field is about 10). */
  depth: 20,
  /** Fields in any one object of a request body. */
  keysPerObject: 1000,
} as const;

/** What an analyst-chosen id names: the form offers the negotiation's own ids of that kind. */
export type EntityKind = 'round' | 'demand' | 'ultimatum' | 'ceasefire' | 'agreement' | 'incident' | 'occurrence';

/** The nested shapes a field may hold. */
export interface RecordShapes {
  Actor: Actor;
  Person: Person;
  Delegation: Delegation;
  Range: Range;
  Period: Period;
  Source: Source;
  CorrectionChanges: CorrectionChanges;
  Blame: Blame;
}
export type RecordName = keyof RecordShapes;

/** What a field takes. */
export type FieldCheck =
  /** Free text, not blank, at most `max` characters. */
  | { readonly kind: 'text'; readonly max: number }
  /** A list of texts (each as `text`). */
  | { readonly kind: 'texts'; readonly max: number; readonly min?: number }
  /** An id the analyst chose for a round, demand, … (`ENTITY_ID_PATTERN`). */
  | { readonly kind: 'id'; readonly of: EntityKind }
  /** Distinct ids of one kind. */
  | { readonly kind: 'ids'; readonly of: EntityKind; readonly min?: number }
  /** An actor id (a slug) of the negotiation. */
  | { readonly kind: 'actor' }
  /** Distinct actor ids. */
  | { readonly kind: 'actors'; readonly min?: number }
  /** A negotiation id (a slug). */
  | { readonly kind: 'negotiation' }
  /** The id (UUID) of a stored event. */
  | { readonly kind: 'event' }
  /** One of `values`; `labels` say what each means, where the value alone does not. */
  | { readonly kind: 'enum'; readonly values: readonly (string | number)[]; readonly labels?: readonly string[] }
  /**
   * `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time with a zone. `newForms`: the
   * forms a new value may take (a source's publication: a day or an instant);
   * what is stored is read in any form.
   */
  | { readonly kind: 'date'; readonly newForms?: readonly TimeForm[] }
  /** `YYYY-MM-DD` or an ISO date-time with a zone (not a month). */
  | { readonly kind: 'day' }
  | { readonly kind: 'bool' }
  /** A whole count, 0 … `LIMITS.count`. */
  | { readonly kind: 'count' }
  /** An http(s) URL. */
  | { readonly kind: 'url' }
  /** A CAMEO code of the shipped table. */
  | { readonly kind: 'cameo' }
  /** One nested object of a shape of `RECORDS`. */
  | { readonly kind: 'record'; readonly of: RecordName }
  /** A list of nested objects; `uniqueBy` names the field no two items share. */
  | {
      readonly kind: 'records';
      readonly of: RecordName;
      readonly min?: number;
      readonly max?: number;
      readonly uniqueBy?: string;
    }
  /** Field names and their new values (a correction's `data`), at most `LIMITS.correctionDataKeys`. */
  | { readonly kind: 'changes' };

export interface FieldDoc {
  /** One sentence for the API reference, the CLI's help and the form. */
  readonly description: string;
  /** The form's label, when the field's name in words is not it (`by` → "Issued by"). */
  readonly label?: string;
  /**
   * The id names a new round, demand, … or, on an actor's own `id`, a new actor (the form offers a free field;
   * otherwise a pick of the known ones). Every other actor field must name an actor the negotiation holds.
   */
  readonly introduces?: boolean;
  /** A value from the Pakistan–Afghanistan case. */
  readonly example?: unknown;
  /**
   * The views keep it per development (the timeline's summary line reads it): what a folded state holds of
   * an event instead of the whole event (`KeptData`). Of one nested object (`record`), only its own fields marked
   * kept in `RECORDS`; a list is kept whole.
   */
  readonly kept?: boolean;
  /** The flag's name when it is not the field's (a list given one item per flag: `provision`). */
  readonly flag?: string;
  /** Rules against a sibling field: an end not before its start, a max not below its min, a precision fitting its date. */
  readonly notBefore?: string;
  readonly notLessThan?: string;
  readonly fitsDateOf?: string;
}

export type FieldSpec = FieldCheck & FieldDoc & { readonly optional?: boolean };

type SpecFor<D, K extends keyof D> = FieldSpec &
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{} extends Pick<D, K>` is how an optional key is told apart
  ({} extends Pick<D, K> ? { readonly optional: true } : { readonly optional?: false });

/** The fields of a shape `D`, each exactly once, optional exactly where `D` says. */
export type FieldsOf<D> = { readonly [K in keyof D]-?: SpecFor<D, K> };

/** The four groups PRODUCT.md sorts developments into. */
export const DEVELOPMENT_GROUPS = ['process', 'substance', 'ground-truth', 'corrections'] as const;
export type DevelopmentGroup = (typeof DEVELOPMENT_GROUPS)[number];

export interface TypeEntry<T extends EventType> {
  readonly group: DevelopmentGroup;
  /** One line: what this development is. */
  readonly summary: string;
  /** Short names that also select the type (`parley record statement …`). */
  readonly aliases: readonly string[];
  readonly fields: FieldsOf<EventDataByType[T]>;
  /** When the example happened in the case, where that is not the envelope example's date. */
  readonly exampleAt?: string;
}

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

const text = { kind: 'text', max: LIMITS.text } as const;
const name = { kind: 'text', max: LIMITS.name } as const;
const actor = { kind: 'actor' } as const;
const actors = { kind: 'actors' } as const;
const date = { kind: 'date' } as const;
const id = (of: EntityKind) => ({ kind: 'id', of }) as const;
const oneOf = (values: readonly (string | number)[]) => ({ kind: 'enum', values }) as const;
const range = { kind: 'record', of: 'Range' } as const;
const opt = { optional: true } as const;

// ---------------------------------------------------------------------------
// Nested shapes
// ---------------------------------------------------------------------------

export const RECORDS = {
  Actor: {
    id: { ...actor, introduces: true, description: 'Stable slug id of the actor.', example: 'afghan-taliban' },
    name: {
      kept: true,
      ...name,
      description: 'Display name.',
      example: 'Afghan Taliban (Islamic Emirate of Afghanistan)',
    },
    kind: { ...oneOf(ACTOR_KINDS), description: 'What kind of actor it is.', example: 'de-facto-authority' },
    aliases: {
      kind: 'texts',
      max: LIMITS.name,
      ...opt,
      flag: 'alias',
      description: 'Other names the actor goes by.',
      example: ['Islamic Emirate of Afghanistan', 'IEA'],
    },
  },
  Person: {
    name: { kept: true, ...name, description: "The person's name.", example: 'Khawaja Muhammad Asif' },
    title: {
      kept: true,
      ...name,
      ...opt,
      label: 'Office or role',
      description: 'Office or role.',
      example: 'Defence Minister of Pakistan',
    },
    actorId: {
      ...actor,
      label: 'Speaks for',
      description: 'The actor this person speaks for; must be registered in the negotiation.',
      example: 'pakistan',
    },
  },
  Delegation: {
    actorId: { ...actor, description: 'The actor the delegation represents.', example: 'pakistan' },
    head: { kind: 'record', of: 'Person', ...opt, description: 'Head of the delegation.' },
    members: { kind: 'records', of: 'Person', ...opt, description: 'Other members.' },
  },
  Range: {
    min: { kept: true, kind: 'count', description: 'The lowest credible figure.', example: 23 },
    max: {
      kept: true,
      kind: 'count',
      notLessThan: 'min',
      description: 'The highest credible figure; not less than `min`.',
      example: 58,
    },
  },
  Period: {
    from: {
      kept: true,
      kind: 'day',
      description: 'First day (or instant) covered: YYYY-MM-DD or an ISO date-time with a zone.',
      example: '2025-10-01',
    },
    to: {
      kept: true,
      kind: 'day',
      notBefore: 'from',
      description: 'Last day (or instant) covered; not before `from`.',
      example: '2025-12-31',
    },
  },
  Source: {
    title: {
      kind: 'text',
      max: LIMITS.sourceTitle,
      label: 'Title',
      description: "The article's or document's title.",
      example: 'Türkiye, Qatar help seal truce on western front',
    },
    publisher: { ...name, ...opt, description: 'Who published it.', example: 'Dawn' },
    url: {
      kind: 'url',
      ...opt,
      label: 'Link',
      description: 'Link to the source (http or https).',
      example: 'https://www.dawn.com/news/1950026/turkiye-qatar-help-seal-truce-on-western-front',
    },
    publishedAt: {
      kind: 'date',
      newForms: ['day', 'date-time'],
      ...opt,
      label: 'Published',
      description: 'When it was published: YYYY-MM-DD or an ISO date-time with a zone.',
      example: '2025-10-19',
    },
    reliability: {
      ...oneOf(RELIABILITY_GRADES),
      ...opt,
      label: 'Source reliability',
      description:
        'Admiralty source reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.',
      example: 'B',
    },
    credibility: {
      kind: 'enum',
      values: CREDIBILITY_GRADES,
      labels: ['confirmed', 'probably true', 'possibly true', 'doubtful', 'improbable', 'cannot be judged'],
      ...opt,
      label: 'Information credibility',
      description:
        'Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.',
      example: 2,
    },
  },
  CorrectionChanges: {
    occurredAt: { ...date, ...opt, description: 'Corrected date.', example: '2025-10-17' },
    precision: {
      ...oneOf(PRECISIONS),
      ...opt,
      fitsDateOf: 'occurredAt',
      description: 'Corrected precision.',
      example: 'day',
    },
    sources: {
      kind: 'records',
      of: 'Source',
      min: 1,
      max: LIMITS.sources,
      ...opt,
      description: 'The sources, replacing the old list (1–20).',
    },
    cameo: { kind: 'cameo', ...opt, description: 'Corrected CAMEO code.', example: '195' },
    note: {
      ...text,
      ...opt,
      description: 'Corrected note.',
      example: 'UNAMA: 11 civilians killed in the 17 October Paktika strike.',
    },
    occurrence: {
      ...id('occurrence'),
      ...opt,
      description: 'Corrected occurrence key (developments reporting one occurrence share it).',
      example: 'doha-agreement-2025-10-19',
    },
    data: {
      kind: 'changes',
      ...opt,
      description: `Fields of the target's \`data\` to replace (shallow merge), at most ${LIMITS.correctionDataKeys}; a \`null\` removes a field. Keys must be fields of the target's type.`,
      example: { civilianFatalities: { min: 11, max: 11 } },
    },
  },
  Blame: {
    incidentId: {
      kept: true,
      ...id('incident'),
      label: 'Incident blamed',
      description: 'The incident blamed: one recorded (and not retracted) in this negotiation.',
      example: 'islamabad-court-bombing-2025-11-11',
    },
    on: {
      kept: true,
      ...actor,
      label: 'Blamed on',
      description: "Actor id held responsible for it: a registered actor, not the speaker's own.",
      example: 'afghan-taliban',
    },
  },
} satisfies { readonly [R in RecordName]: FieldsOf<RecordShapes[R]> };

// ---------------------------------------------------------------------------
// The envelope every development carries (DOMAIN.md §2), as a request gives it
// ---------------------------------------------------------------------------

export interface EnvelopeInput {
  readonly eventId?: string;
  readonly occurredAt: string;
  readonly precision?: Precision;
  readonly sources: readonly Source[];
  readonly cameo?: string;
  readonly note?: string;
  readonly occurrence?: string;
}

/** A `POST /negotiations/:id/events` body as the wire carries it (the API validates it, the CLI and the tests write it): `data` typed by `type`. */
export type RecordEventInput = {
  [T in DevelopmentType]: EnvelopeInput & { readonly type: T; readonly data: EventDataByType[T] };
}[DevelopmentType];
export type RecordEventInputOf<T extends DevelopmentType> = Extract<RecordEventInput, { type: T }>;

/** A `POST /negotiations/:id/events:batch` body: developments appended all or nothing. */
export interface RecordBatchInput {
  readonly events: readonly RecordEventInput[];
}

/** A `POST /negotiations` body: the opening's fields (its id derived from the title when absent) and the envelope. */
export type OpenNegotiationInput = EnvelopeInput &
  Omit<EventDataByType['NegotiationOpened'], 'negotiationId'> & { readonly id?: string };

export const ENVELOPE: FieldsOf<EnvelopeInput> = {
  eventId: {
    kind: 'event',
    ...opt,
    description: 'UUID of the event; a retry with the same id stores nothing new. Generated when absent.',
    example: '3b241101-e2bb-4255-8caf-4136c566a962',
  },
  occurredAt: {
    ...date,
    description:
      'When it happened in the world: YYYY-MM, YYYY-MM-DD or an ISO date-time with a zone. Not in the future.',
    example: '2025-10-29',
  },
  precision: {
    ...oneOf(PRECISIONS),
    ...opt,
    fitsDateOf: 'occurredAt',
    description:
      'How precisely `occurredAt` is known; defaults from its form (date-time → exact, date → day, month → month).',
    example: 'day',
  },
  sources: {
    kind: 'records',
    of: 'Source',
    min: 1,
    max: LIMITS.sources,
    flag: 'source',
    description: 'Where it was reported: at least one, at most 20.',
  },
  cameo: {
    kind: 'cameo',
    ...opt,
    label: 'CAMEO code',
    description: "Analyst-set CAMEO event code; replaces the type's default for the escalation model.",
    example: '138',
  },
  note: {
    ...text,
    ...opt,
    label: 'Note for colleagues',
    description: 'Free text for other analysts.',
    example: 'Exact date of the interview uncertain.',
  },
  occurrence: {
    ...id('occurrence'),
    ...opt,
    description:
      'Key of the one occurrence several developments report (the Doha agreement recorded as a concluded round, an agreement and a ceasefire): they share it, and the escalation model counts them once. When absent, developments naming the same round on the same UTC day count as one.',
    example: 'doha-agreement-2025-10-19',
  },
};

// ---------------------------------------------------------------------------
// The development types
// ---------------------------------------------------------------------------

/** The counts an incident and a violation share beside their dead (`total`): the injured, and the civilians among the dead. */
const injuredAndCivilians = <K extends { readonly kept?: true }>(
  total: 'casualties' | 'fatalities',
  injured: Range | undefined,
  civilians: Range | undefined,
  keepInjured: K,
) =>
  ({
    injured: { ...range, ...opt, ...keepInjured, description: 'Injured, as a range.', example: injured },
    civilianFatalities: {
      ...range,
      ...opt,
      description: `How many of \`${total}\` were civilians; its \`max\` not above \`${total}.max\`.`,
      example: civilians,
    },
  }) as const;

const ACTOR_LIST = {
  kind: 'records',
  of: 'Actor',
  uniqueBy: 'id',
} as const;

export const CATALOGUE = {
  NegotiationOpened: {
    group: 'process',
    summary: 'a negotiation is opened: title, subject, parties and mediators',
    aliases: ['open'],
    fields: {
      negotiationId: {
        kind: 'negotiation',
        description: 'Slug id of the negotiation; derived from the title when absent.',
        example: 'pak-afghan-2025',
      },
      title: {
        kept: true,
        ...name,
        description: 'Title of the negotiation.',
        example: 'Pakistan – Afghan Taliban talks, 2025',
      },
      subject: {
        ...text,
        description: 'What it is about.',
        example: 'Cross-border militancy (TTP), border security and the ceasefire after the October 2025 clashes.',
      },
      parties: { ...ACTOR_LIST, min: 1, flag: 'party', description: 'The parties (registered with role `party`).' },
      mediators: {
        ...ACTOR_LIST,
        flag: 'mediator',
        description: 'The mediators (registered with role `mediator`); may be empty.',
      },
    },
  },
  ActorRegistered: {
    group: 'process',
    summary: 'an actor joins the picture with a role',
    aliases: ['actor'],
    fields: {
      actor: {
        kept: true,
        kind: 'record',
        of: 'Actor',
        description: 'The actor that joins the picture.',
        example: { id: 'china', name: 'China', kind: 'state' },
      },
      role: {
        kept: true,
        ...oneOf(ACTOR_ROLES),
        description: 'Its role in this negotiation.',
        example: 'third-party',
      },
    },
    // China hosts the trilateral foreign ministers' meeting in Beijing.
    exampleAt: '2025-05-21',
  },
  TalksRoundScheduled: {
    group: 'process',
    summary: 'a round is planned (id, label, venue, hosts, planned date)',
    aliases: ['round-scheduled'],
    fields: {
      roundId: {
        ...id('round'),
        introduces: true,
        description: 'Id of the round, chosen by the analyst.',
        example: 'istanbul-2',
      },
      label: { kept: true, ...name, description: 'Label of the round.', example: 'Istanbul talks (third round)' },
      format: {
        ...oneOf(ROUND_FORMATS),
        ...opt,
        description: 'How it is held: formal, informal or technical.',
        example: 'formal',
      },
      venue: { kept: true, ...name, ...opt, description: 'Where it will be held.', example: 'Istanbul' },
      hosts: { ...actors, ...opt, description: 'Host and mediators (actor ids).', example: ['turkiye', 'qatar'] },
      plannedFor: {
        kept: true,
        ...date,
        description: 'The planned date; unlike `occurredAt` it may lie in the future.',
        example: '2025-11-06',
      },
    },
    exampleAt: '2025-10-30',
  },
  TalksRoundOpened: {
    group: 'process',
    summary: 'a round began; delegations',
    aliases: ['round-opened'],
    fields: {
      roundId: {
        kept: true,
        ...id('round'),
        introduces: true,
        description: 'Id of the round (a scheduled one, or a new one).',
        example: 'doha-2025-10',
      },
      label: {
        kept: true,
        ...name,
        ...opt,
        description: 'Required by the domain when the round was not scheduled first: opening then creates it.',
        example: 'Doha talks (first round)',
      },
      format: {
        ...oneOf(ROUND_FORMATS),
        ...opt,
        description: 'How it is held: formal, informal or technical.',
        example: 'formal',
      },
      venue: { kept: true, ...name, ...opt, description: 'Where it is held.', example: 'Doha' },
      hosts: { ...actors, ...opt, description: 'Host and mediators (actor ids).', example: ['qatar', 'turkiye'] },
      delegations: {
        kind: 'records',
        of: 'Delegation',
        uniqueBy: 'actorId',
        ...opt,
        flag: 'delegation',
        description: 'One delegation per party.',
        example: [
          {
            actorId: 'pakistan',
            head: { name: 'Khawaja Muhammad Asif', title: 'Defence Minister', actorId: 'pakistan' },
          },
          {
            actorId: 'afghan-taliban',
            head: { name: 'Mullah Mohammad Yaqoob', title: 'Defence Minister', actorId: 'afghan-taliban' },
          },
        ],
      },
    },
    exampleAt: '2025-10-18',
  },
  TalksRoundConcluded: {
    group: 'process',
    summary: 'a round ended: agreement, progress, no-progress, collapsed or adjourned',
    aliases: ['round-concluded'],
    fields: {
      roundId: { kept: true, ...id('round'), description: 'The round that ended.', example: 'istanbul-1' },
      outcome: { kept: true, ...oneOf(ROUND_OUTCOMES), description: 'How it ended.', example: 'adjourned' },
      summary: {
        kept: true,
        ...text,
        ...opt,
        description: 'What came of it.',
        example:
          'Ceasefire continued and a monitoring mechanism agreed in principle; no agreement on action against the TTP.',
      },
      nextSteps: {
        ...text,
        ...opt,
        description: 'What was agreed to happen next.',
        example: 'Principal-level meeting in Istanbul on 6 November to settle ceasefire modalities.',
      },
    },
    exampleAt: '2025-10-30',
  },
  TalksRoundPostponed: {
    group: 'process',
    summary: 'a round is put off (optionally to a new date)',
    aliases: ['round-postponed'],
    fields: {
      roundId: { kept: true, ...id('round'), description: 'The round put off.', example: 'doha-2025-10' },
      reason: { ...text, ...opt, description: 'Why.', example: 'The Taliban reconstituted their delegation.' },
      plannedFor: {
        kept: true,
        ...date,
        ...opt,
        description: 'The new planned date, when one was given.',
        example: '2025-10-18',
      },
    },
    exampleAt: '2025-10-17',
  },
  TalksRoundCancelled: {
    group: 'process',
    summary: 'a round is called off',
    aliases: ['round-cancelled'],
    fields: {
      roundId: { kept: true, ...id('round'), description: 'The round called off.', example: 'istanbul-2' },
      reason: { ...text, ...opt, description: 'Why.', example: 'The mediators could not confirm the delegations.' },
    },
  },
  TalksSuspended: {
    group: 'process',
    summary: 'talks are suspended (by whom, why; for a time, or broken off)',
    aliases: ['suspended'],
    fields: {
      by: {
        kept: true,
        ...actor,
        label: 'Suspended by',
        description: 'Actor id of who suspended the talks.',
        example: 'pakistan',
      },
      reason: {
        kept: true,
        ...text,
        ...opt,
        description: 'Why.',
        example:
          'Information Minister Tarar declares that the Istanbul dialogue failed to bring about any workable solution.',
      },
      temporary: {
        kept: true,
        kind: 'bool',
        ...opt,
        label: 'Only for a time',
        description:
          'The suspending party says the talks are on hold for a time, not broken off (Iran put the Baghdad talks with Saudi Arabia on hold "temporarily" on 13 March 2022): read as a pause, not as collapsed talks.',
        example: false,
      },
    },
  },
  TalksResumed: {
    group: 'process',
    summary: 'talks resume',
    aliases: ['resumed'],
    fields: {
      by: {
        kept: true,
        ...actor,
        ...opt,
        label: 'Resumed by',
        description: 'Actor id of who resumed the talks.',
        example: 'pakistan',
      },
      reason: { ...text, ...opt, description: 'Why.', example: 'At the request of mediators Türkiye and Qatar.' },
    },
    exampleAt: '2025-10-30',
  },
  AgreementReached: {
    group: 'process',
    summary: 'an agreement: ceasefire, framework, partial or comprehensive',
    aliases: ['agreement'],
    fields: {
      agreementId: {
        ...id('agreement'),
        introduces: true,
        description: 'Id of the agreement.',
        example: 'istanbul-joint-statement-2025-10-30',
      },
      kind: { kept: true, ...oneOf(AGREEMENT_KINDS), description: 'What kind of agreement.', example: 'ceasefire' },
      provisions: {
        kind: 'texts',
        max: LIMITS.text,
        flag: 'provision',
        description: 'Its provisions as reported (may be empty when the text is not public and nothing was reported).',
        example: [
          'Continue the ceasefire',
          'A monitoring and verification mechanism that penalises the violating party',
          'Principal-level meeting in Istanbul on 6 November on the modalities',
        ],
      },
      signatories: {
        kept: true,
        ...actors,
        min: 1,
        description: 'Actor ids of the signatories.',
        example: ['pakistan', 'afghan-taliban'],
      },
      textPublic: { kind: 'bool', label: 'Text public', description: 'Whether the text is public.', example: true },
      roundId: { ...id('round'), ...opt, description: 'The round it came out of.', example: 'istanbul-1' },
      status: {
        kept: true,
        ...oneOf(AGREEMENT_STATUSES_AT_REACHING),
        ...opt,
        description:
          'Where it stands when reached, if not simply agreed and applied (the default when absent): text-agreed (the text agreed, nothing initialled or signed) or initialled (the text initialled, not signed), not yet being implemented; signed, ratified or in-force, being implemented. Later changes are AgreementStatusChanged.',
      },
    },
    exampleAt: '2025-10-30',
  },
  AgreementStatusChanged: {
    group: 'process',
    summary:
      "an agreement's status changes: initialled, signed, ratified, in force, suspended, withdrawn from, terminated",
    aliases: ['agreement-status'],
    fields: {
      agreementId: {
        kept: true,
        ...id('agreement'),
        description: 'The agreement whose status changes.',
        example: 'doha-agreement-2025-10-19',
      },
      status: {
        kept: true,
        kind: 'enum',
        values: AGREEMENT_STATUSES,
        labels: [
          'the text agreed, nothing initialled or signed: not yet being implemented',
          'initialled, not yet signed: not yet being implemented',
          'signed: being implemented',
          'ratified: being implemented',
          'in force, or again after a suspension or withdrawal',
          'a party (by) suspends it or holds it in abeyance',
          'a party (by) withdraws from it',
          'ended for every party; its status changes no more',
        ],
        description:
          'Its new status. text-agreed: the text agreed, nothing initialled or signed, and initialled: the text initialled, not yet signed (neither is being implemented); signed, ratified: signed or ratified (by `by`, or by all the signatories), being implemented; in-force: in force, or applied again after a suspension or withdrawal; suspended: a party (`by`) suspends it or holds it in abeyance; withdrawn: a party (`by`) withdraws from it; terminated: ended for every party (expired, superseded, ended by its terms or by agreement), after which its status changes no more.',
        example: 'signed',
      },
      by: {
        kept: true,
        ...actor,
        ...opt,
        description:
          'Actor id of whose act it is: a signatory for initialled, signed, ratified, suspended and withdrawn (required for the last two); absent: all the signatories, or nobody in particular.',
      },
      reason: {
        kept: true,
        ...text,
        ...opt,
        description: 'Why, or what happened.',
        example: 'Signed in Doha by the defence ministers, Khawaja Asif and Mullah Yaqoob.',
      },
    },
    exampleAt: '2025-10-19',
  },
  NegotiationClosed: {
    group: 'process',
    summary: 'the negotiation ends: agreement, collapsed, abandoned or superseded',
    aliases: ['closed'],
    fields: {
      outcome: { kept: true, ...oneOf(NEGOTIATION_OUTCOMES), description: 'The final outcome.', example: 'collapsed' },
      summary: { ...text, ...opt, description: 'How it ended.', example: 'Talks ended without a written agreement.' },
    },
  },
  DemandTabled: {
    group: 'substance',
    summary: 'a party tables a demand (by, addressed to, text, category)',
    aliases: ['demand'],
    fields: {
      demandId: {
        ...id('demand'),
        introduces: true,
        description: 'Id of the demand, chosen by the analyst.',
        example: 'pak-halt-torkham-construction',
      },
      by: { kept: true, ...actor, label: 'Tabled by', description: 'Actor id of the proposer.', example: 'pakistan' },
      addressedTo: {
        ...actors,
        min: 1,
        description: 'Actor ids the demand is addressed to.',
        example: ['afghan-taliban'],
      },
      text: {
        kept: true,
        ...text,
        description: 'The demand.',
        example: 'Halt the construction of a post at the Torkham zero point; build there only by mutual approval.',
      },
      category: { ...oneOf(DEMAND_CATEGORIES), description: 'What it is about.', example: 'territorial' },
    },
    exampleAt: '2025-02-21',
  },
  DemandAmended: {
    group: 'substance',
    summary: "a demand's text, category or addressees change",
    aliases: ['demand-amended'],
    fields: {
      demandId: {
        kept: true,
        ...id('demand'),
        description: 'The demand amended.',
        example: 'pak-verifiable-action-against-ttp',
      },
      text: {
        ...text,
        ...opt,
        description: 'The new text.',
        example: 'Concrete and verifiable action against the TTP operating from Afghan soil.',
      },
      category: { ...oneOf(DEMAND_CATEGORIES), ...opt, description: 'The new category.', example: 'security' },
      addressedTo: {
        ...actors,
        min: 1,
        ...opt,
        description: 'The new addressees (actor ids).',
        example: ['afghan-taliban'],
      },
      reason: {
        ...text,
        ...opt,
        description: 'Why it changed.',
        example: "Pakistan's 'final position' at the Istanbul talks.",
      },
    },
    exampleAt: '2025-10-26',
  },
  DemandWithdrawn: {
    group: 'substance',
    summary: 'a demand is withdrawn',
    aliases: ['demand-withdrawn'],
    fields: {
      demandId: {
        kept: true,
        ...id('demand'),
        description: 'The demand withdrawn.',
        example: 'pak-limited-buffer-zone',
      },
      reason: { ...text, ...opt, description: 'Why.', example: 'Dropped from the agenda.' },
    },
  },
  PositionTaken: {
    group: 'substance',
    summary: "an actor's stance on a demand",
    aliases: ['position'],
    fields: {
      demandId: {
        kept: true,
        ...id('demand'),
        description: 'The demand the stance is on.',
        example: 'pak-handover-of-wanted-militants',
      },
      actorId: {
        kept: true,
        ...actor,
        label: 'Actor',
        description: 'The actor whose stance this is.',
        example: 'afghan-taliban',
      },
      stance: {
        kept: true,
        ...oneOf(STANCES),
        description:
          'The stance: `accepted-in-principle` e.g. "agreed verbally, refused in writing"; `ambiguous` e.g. "some flexibility".',
        example: 'rejected',
      },
      conditions: {
        ...text,
        ...opt,
        description: 'Conditions attached to the stance.',
        example: 'Only if Pakistan halts its strikes on Afghan territory.',
      },
      quote: {
        ...text,
        ...opt,
        description: 'A quote that shows the stance.',
        example: 'The Taliban government has pushed back against these demands.',
      },
      speaker: { kind: 'record', of: 'Person', ...opt, description: 'Who voiced it.' },
    },
    exampleAt: '2025-11',
  },
  UltimatumIssued: {
    group: 'substance',
    summary: 'an ultimatum: by, to, demands, deadline, consequences, channel',
    aliases: ['ultimatum'],
    fields: {
      ultimatumId: {
        ...id('ultimatum'),
        introduces: true,
        description: 'Id of the ultimatum.',
        example: 'open-war-warning-2025-10-25',
      },
      by: { kept: true, ...actor, label: 'Issued by', description: 'Actor id of who issued it.', example: 'pakistan' },
      to: {
        kept: true,
        ...actors,
        min: 1,
        label: 'Addressed to',
        description: 'Actor ids it is addressed to.',
        example: ['afghan-taliban'],
      },
      demandIds: {
        kind: 'ids',
        of: 'demand',
        label: 'Demands it enforces',
        description: 'Demand ids the ultimatum enforces (may be empty).',
        example: ['pak-verifiable-action-against-ttp'],
      },
      deadline: {
        kept: true,
        ...date,
        ...opt,
        description: 'The deadline, when one was stated ("final message" ultimatums may have none).',
      },
      consequences: {
        ...text,
        label: 'What is threatened',
        description: 'What was threatened.',
        example: "Open war: 'If no agreement takes place, we have an open war with them' (Khawaja Asif).",
      },
      channel: { ...name, ...opt, description: 'How it was conveyed.', example: 'televised remarks' },
    },
    exampleAt: '2025-10-25',
  },
  UltimatumResolved: {
    group: 'substance',
    summary: 'an ultimatum is complied with, rejected, withdrawn, lapses, …',
    aliases: ['ultimatum-resolved'],
    fields: {
      ultimatumId: {
        kept: true,
        ...id('ultimatum'),
        description: 'The ultimatum resolved.',
        example: 'final-message-2025-11',
      },
      resolution: {
        kept: true,
        ...oneOf(ULTIMATUM_RESOLUTIONS),
        description: 'How it was resolved.',
        example: 'rejected',
      },
      summary: {
        ...text,
        ...opt,
        description: 'What happened.',
        example: 'Kabul called the demands an attempt to shift responsibility for Pakistan’s security.',
      },
    },
    exampleAt: '2025-11-30',
  },
  StatementMade: {
    group: 'substance',
    summary: 'a statement: speaker, audience, tone, summary, quote',
    aliases: ['statement'],
    fields: {
      speaker: {
        kept: true,
        kind: 'record',
        of: 'Person',
        description: 'Who spoke, and for which actor.',
        example: { name: 'Khawaja Muhammad Asif', title: 'Defence Minister of Pakistan', actorId: 'pakistan' },
      },
      audience: {
        ...name,
        ...opt,
        description: 'Whom it is aimed at: an actor id, or free text such as "domestic audience".',
        example: 'afghan-taliban',
      },
      tone: { kept: true, ...oneOf(TONES), description: 'Its tone.', example: 'military-threat' },
      summary: {
        kept: true,
        ...text,
        label: 'What was said, in a sentence',
        description: 'What was said, in a sentence.',
        example: 'Asif warns that Pakistan could obliterate the Taliban regime if tensions escalate.',
      },
      quote: {
        ...text,
        ...opt,
        description: 'The words used.',
        example: 'does not need to use even a fraction of its full arsenal to completely obliterate the Taliban regime',
      },
      blames: {
        kept: true,
        kind: 'record',
        of: 'Blame',
        ...opt,
        description:
          "The speaker holds actor `on` responsible for the incident `incidentId` recorded in this negotiation: a blame laid in this statement, dated by it (not by the incident, as the incident's own `blamedOn` is). Not the speaker's own actor, and not dated before the incident.",
      },
    },
  },
  CeasefireDeclared: {
    group: 'ground-truth',
    summary: 'a ceasefire: parties, scope, temporary or indefinite, until, mediators',
    aliases: ['ceasefire'],
    fields: {
      ceasefireId: {
        ...id('ceasefire'),
        introduces: true,
        description: 'Id of the ceasefire.',
        example: 'taliban-pause-2025-10-12',
      },
      parties: {
        kept: true,
        ...actors,
        min: 1,
        description: 'Actor ids bound by it.',
        example: ['afghan-taliban'],
      },
      scope: {
        ...text,
        ...opt,
        description: 'Where or what it covers.',
        example: 'Taliban operations against Pakistani border posts',
      },
      coverage: {
        kept: true,
        ...oneOf(CEASEFIRE_COVERAGES),
        ...opt,
        description:
          'What it stops: all hostilities between its parties (the default when absent), or partial: only some targets, weapons, areas or operations (say which in scope), e.g. a moratorium on strikes on energy infrastructure, a humanitarian pause in one area.',
        example: 'all-hostilities',
      },
      duration: {
        kept: true,
        ...oneOf(CEASEFIRE_DURATIONS),
        description: 'Temporary, indefinite, or until the talks it serves conclude.',
        example: 'indefinite',
      },
      until: {
        kept: true,
        ...date,
        ...opt,
        description: 'For a temporary ceasefire, when it lapses, if stated.',
      },
      mediatedBy: {
        ...actors,
        ...opt,
        description: 'Actor ids of the mediators.',
        example: ['qatar', 'saudi-arabia'],
      },
    },
    exampleAt: '2025-10-12',
  },
  CeasefireExtended: {
    group: 'ground-truth',
    summary: 'a ceasefire is extended',
    aliases: ['ceasefire-extended'],
    fields: {
      ceasefireId: { ...id('ceasefire'), description: 'The ceasefire extended.', example: 'doha-ceasefire-2025-10-19' },
      duration: {
        kept: true,
        ...oneOf(CEASEFIRE_DURATIONS),
        ...opt,
        description: 'The new duration.',
        example: 'indefinite',
      },
      until: { kept: true, ...date, ...opt, description: 'The new end, if stated.' },
      terms: {
        ...text,
        ...opt,
        description: 'Terms of the extension.',
        example: "'All parties have agreed to continue the ceasefire' (joint statement issued by Türkiye).",
      },
    },
    exampleAt: '2025-10-30',
  },
  CeasefireViolationReported: {
    group: 'ground-truth',
    summary: 'a ceasefire violation is alleged (by, against, casualties)',
    aliases: ['violation'],
    fields: {
      ceasefireId: { ...id('ceasefire'), description: 'The ceasefire violated.', example: 'truce-48h-2025-10-15' },
      allegedBy: {
        kept: true,
        ...actor,
        description: 'Actor id of who alleges the violation.',
        example: 'afghan-taliban',
      },
      against: { kept: true, ...actor, description: 'Actor id of the alleged violator.', example: 'pakistan' },
      casualties: {
        kept: true,
        ...range,
        ...opt,
        description: 'Casualties as a range (claims conflict).',
        example: { min: 8, max: 17 },
      },
      ...injuredAndCivilians('casualties', { min: 5, max: 5 }, { min: 8, max: 10 }, {}),
      description: {
        ...text,
        ...opt,
        description: 'What happened.',
        example: 'Airstrikes in Urgun and Barmal, Paktika, kill civilians including three local cricketers.',
      },
    },
    exampleAt: '2025-10-17',
  },
  CeasefireEnded: {
    group: 'ground-truth',
    summary: 'a ceasefire ends: expired, collapsed or superseded',
    aliases: ['ceasefire-ended'],
    fields: {
      ceasefireId: { ...id('ceasefire'), description: 'The ceasefire ended.', example: 'truce-48h-2025-10-15' },
      reason: { kept: true, ...oneOf(CEASEFIRE_END_REASONS), description: 'Why it ended.', example: 'superseded' },
      summary: {
        ...text,
        ...opt,
        description: 'What happened.',
        example: 'Superseded by the Doha ceasefire agreement.',
      },
    },
    exampleAt: '2025-10-19',
  },
  IncidentReported: {
    group: 'ground-truth',
    summary:
      'an incident on the ground: clash, strike, attack, shelling, non-lethal or lethal force short of armed action (water cannon, ramming, a civilian shot at sea), ground taken without fire and the withdrawal from it, people or craft detained and their release, border closure or reopening, casualty report',
    aliases: ['incident'],
    fields: {
      incidentId: {
        kept: true,
        ...id('incident'),
        introduces: true,
        description: 'Id of the incident.',
        example: 'torkham-clash-2025-02-21',
      },
      kind: { kept: true, ...oneOf(INCIDENT_KINDS), description: 'What kind of incident.', example: 'clash' },
      perpetrator: {
        kept: true,
        ...actor,
        ...opt,
        description: `Actor id of the perpetrator, as alleged (see \`allegedBy\`). Required for kinds ${AUTHORED_INCIDENT_KINDS.join(', ')} (who holds or frees them).`,
        example: 'afghan-taliban',
      },
      allegedBy: { ...actor, ...opt, description: 'Actor id of who makes the allegation.', example: 'pakistan' },
      against: {
        ...actor,
        ...opt,
        description: 'Actor id the act was aimed at (the other side of the pair).',
        example: 'pakistan',
      },
      blamedOn: {
        ...actor,
        ...opt,
        description:
          'Actor id `allegedBy` holds responsible besides the perpetrator (Pakistan blaming the Afghan Taliban for sheltering the TTP).',
      },
      harmed: {
        kept: true,
        ...actor,
        ...opt,
        description:
          'Actor id of a party whose people or property the act harmed though it was not aimed at it (Azerbaijan, whose airliner Russian air defence firing at Ukrainian drones downed); not the perpetrator, not `against`.',
      },
      target: {
        ...name,
        ...opt,
        description: 'Free text: "Pakistani border posts", "Afghan civilians".',
        example: 'Pakistani border forces',
      },
      place: { kept: true, ...name, ...opt, description: 'Where.', example: 'Torkham' },
      scale: {
        kept: true,
        ...oneOf(INCIDENT_SCALES),
        ...opt,
        description: `How large the armed action was, by its sources: \`major\` for an offensive, a full-scale battle, an invasion along a front — heavy armed action whatever toll is recorded (a war whose tolls are kept secret). Only for the armed kinds (${ARMED_INCIDENT_KINDS.join(', ')}).`,
      },
      fatalities: {
        kept: true,
        ...range,
        ...opt,
        description: 'Fatalities as a range (claims conflict: 23 vs 58).',
      },
      ...injuredAndCivilians('fatalities', undefined, undefined, { kept: true } as const),
      period: {
        kept: true,
        kind: 'record',
        of: 'Period',
        ...opt,
        description: 'The span the counts cover: required when `kind` is `casualty-report`, refused otherwise.',
      },
      description: {
        ...text,
        description: 'What happened.',
        example:
          'Exchange of fire over a Taliban outpost under construction at the zero point; Pakistan closes Torkham to trade and passengers.',
      },
    },
    exampleAt: '2025-02-21',
  },
  MediationAction: {
    group: 'ground-truth',
    summary: 'a mediator offers, proposes, visits, asks for resumption or a pause, acknowledges evidence',
    aliases: ['mediation'],
    fields: {
      mediator: { kept: true, ...actor, description: 'Actor id of the mediator.', example: 'turkiye' },
      action: { kept: true, ...oneOf(MEDIATION_ACTIONS), description: 'What the mediator did.', example: 'offered' },
      summary: {
        kept: true,
        ...text,
        description: 'In a sentence.',
        example:
          'Erdoğan announces that Fidan, Güler and Kalın will visit Islamabad to make the ceasefire sustainable.',
      },
    },
    exampleAt: '2025-11-09',
  },
  ThirdPartyEngagement: {
    group: 'ground-truth',
    summary: 'visits and outreach that shift alignments',
    aliases: ['engagement'],
    fields: {
      actorId: { kept: true, ...actor, description: 'Actor id of who engages.', example: 'afghan-taliban' },
      counterparts: {
        kept: true,
        ...actors,
        min: 1,
        description: 'Actor ids of who is engaged with.',
        example: ['india'],
      },
      kind: { kept: true, ...oneOf(ENGAGEMENT_KINDS), description: 'What kind of engagement.', example: 'visit' },
      summary: {
        kept: true,
        ...text,
        description: 'In a sentence.',
        example:
          'Foreign Minister Amir Khan Muttaqi arrives in New Delhi, the first Taliban foreign-minister visit to India.',
      },
    },
    exampleAt: '2025-10-09',
  },
  EventCorrected: {
    group: 'corrections',
    summary: 'replaces fields of an earlier event, with a reason',
    aliases: ['correction'],
    fields: {
      eventId: {
        kept: true,
        kind: 'event',
        flag: 'target-event',
        label: 'Development',
        description: 'The event corrected.',
        // The violation alleged after the strikes in Paktika on 17 October.
        example: '9d9f0d77-2bbc-57b4-b695-666d4d63d481',
      },
      changes: {
        kind: 'record',
        of: 'CorrectionChanges',
        description: 'What to replace: occurredAt, precision, sources, cameo, note, occurrence, data (shallow merge).',
        example: { data: { civilianFatalities: { min: 11, max: 11 } } },
      },
      reason: {
        kept: true,
        ...text,
        description: 'Why.',
        example: 'UNAMA put the toll at 11 civilians; the first reports varied from 8 to 17.',
      },
    },
  },
  EventRetracted: {
    group: 'corrections',
    summary: 'an earlier event is withdrawn, with a reason',
    aliases: ['retraction'],
    fields: {
      eventId: {
        kept: true,
        kind: 'event',
        flag: 'target-event',
        label: 'Development',
        description: 'The event withdrawn.',
        // The 48-hour truce recorded as expired on 17 October.
        example: 'f289aee7-a651-5497-808b-b14112f880d6',
      },
      reason: {
        kept: true,
        ...text,
        description: 'Why.',
        example: 'Premature: both sides agreed the same day to extend the truce until the Doha talks conclude.',
      },
    },
    exampleAt: '2025-10-17',
  },
} satisfies { readonly [T in EventType]: TypeEntry<T> };

// ---------------------------------------------------------------------------
// Reading it
// ---------------------------------------------------------------------------

/**
 * The development types recorded with `POST /negotiations/:id/events` (every
 * type but `NegotiationOpened`, which `POST /negotiations` records): the one
 * name for that list.
 */
export type DevelopmentType = Exclude<EventType, 'NegotiationOpened'>;
export const DEVELOPMENT_TYPES: DevelopmentType[] = EVENT_TYPES.filter(
  (t): t is DevelopmentType => t !== 'NegotiationOpened',
);

export function isDevelopmentType(value: unknown): value is DevelopmentType {
  return typeof value === 'string' && value !== 'NegotiationOpened' && Object.hasOwn(CATALOGUE, value);
}

/** The names of the fields of a catalogue entry `F` marked `kept`. */
type KeptNames<F> = { [K in keyof F]: F[K] extends { readonly kept: true } ? K : never }[keyof F];

/** What the views keep of a value of shape `D` whose fields `F` describes: its kept fields, nested shapes cut the same way. */
type Kept<D, F> = {
  [K in keyof Pick<D, KeptNames<F> & keyof D>]: K extends keyof F
    ? F[K] extends { readonly kind: 'record'; readonly of: infer R extends RecordName }
      ? Kept<RecordShapes[R], (typeof RECORDS)[R]>
      : D[K]
    : never;
};

/** What the views keep of a `T`'s data: the fields the catalogue marks `kept` (optional where the data's are). */
export type KeptData<T extends EventType> = Kept<EventDataByType[T], (typeof CATALOGUE)[T]['fields']>;

/** The fields of a type, in catalogue order. */
export function fieldsOf(type: EventType): readonly (readonly [string, FieldSpec])[] {
  return Object.entries(CATALOGUE[type].fields) as [string, FieldSpec][];
}

/** The fields of a nested shape, in catalogue order. */
export function recordFields(name: RecordName): readonly (readonly [string, FieldSpec])[] {
  return Object.entries(RECORDS[name]) as [string, FieldSpec][];
}

/** The example of a nested shape: each field's example (nested ones built the same way). */
export function recordExample(name: RecordName): Record<string, unknown> {
  return Object.fromEntries(
    recordFields(name)
      .map(([field, spec]) => [field, fieldExample(spec)] as const)
      .filter(([, example]) => example !== undefined),
  );
}

/** A field's example: its own, or for a nested shape the shape's example. */
export function fieldExample(spec: FieldSpec): unknown {
  if (spec.example !== undefined) return spec.example;
  if (spec.kind === 'record') return recordExample(spec.of);
  if (spec.kind === 'records') return [recordExample(spec.of)];
  return undefined;
}

/** A field's example when it has one of its own, or is required (then built from its nested shape). */
function exampleFields(fields: readonly (readonly [string, FieldSpec])[]): Record<string, unknown> {
  return Object.fromEntries(
    fields
      .filter(([, spec]) => spec.example !== undefined || !spec.optional)
      .map(([field, spec]) => [field, fieldExample(spec)] as const),
  );
}

/** When the example of `type` happened in the case: its own date, else the envelope example's. */
export function exampleOccurredAt(type: EventType): string {
  return (CATALOGUE[type] as { exampleAt?: string }).exampleAt ?? (ENVELOPE.occurredAt.example as string);
}

/** The envelope of the examples: their required fields. */
const exampleEnvelope = (type: EventType) => ({
  occurredAt: exampleOccurredAt(type),
  sources: [recordExample('Source') as unknown as Source],
});

/** A body of `type` made of the catalogue's examples (the API reference's example for that type). */
export function exampleDevelopment<T extends DevelopmentType>(type: T): RecordEventInputOf<T> {
  return { type, data: exampleFields(fieldsOf(type)), ...exampleEnvelope(type) } as unknown as RecordEventInputOf<T>;
}

/** A `POST /negotiations` body made of the catalogue's examples. */
export function exampleOpening(): OpenNegotiationInput {
  const { negotiationId, ...opening } = exampleFields(fieldsOf('NegotiationOpened'));
  return { id: negotiationId, ...opening, ...exampleEnvelope('NegotiationOpened') } as unknown as OpenNegotiationInput;
}
