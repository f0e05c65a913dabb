/**
 * The `data` fields of every development type as the CLI offers them, derived
 * from the catalogue (`libs/domain/src/catalogue.ts`): one flag per field, its
 * description and example from there. Only the example's date and source per
 * type are the CLI's own (a command line needs an envelope).
 *
 * The CLI does not validate values (allowed values are listed in `--help`
 * only): the server is the one judge of a body, and its 400 names the field.
 */
import {
  CATALOGUE,
  DEVELOPMENT_TYPES,
  fieldsOf,
  type DevelopmentType,
  type FieldSpec as CatalogueField,
} from '@parley/domain';

/** Every type but `NegotiationOpened`, which `parley open` records. */
export type RecordableType = DevelopmentType;
export const RECORDABLE_TYPES = DEVELOPMENT_TYPES;

/** How a field is given on the command line. */
export type FieldKind =
  /** free text */
  | { readonly kind: 'text' }
  /** an id the analyst chose (round, demand, ultimatum, …), or an event's */
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

export type FieldSpec = FieldKind & {
  readonly description: string;
  /** The flag without `--`; default: the field in kebab case, `…Id` → `…`, `…Ids` → `…s`. */
  readonly flag?: string;
  /** The catalogue's example, as typed on the command line. */
  readonly example?: string | readonly string[] | boolean;
  readonly optional?: boolean;
};

export interface TypeSpec {
  /** One line for `parley record --help`. */
  readonly summary: string;
  /** Short names that also select the type (`parley record statement …`). */
  readonly aliases: readonly string[];
  /** The example's occurredAt and source. */
  readonly exampleOccurredAt: string;
  readonly exampleSource: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

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

/** The date and source of each type's example command. */
const EXAMPLE_ENVELOPES: { readonly [T in RecordableType]: readonly [string, string] } = {
  ActorRegistered: ['2025-10-17', SRC.ht],
  TalksRoundScheduled: ['2025-10-30', SRC.trt],
  TalksRoundOpened: ['2025-11-06', SRC.htn],
  TalksRoundConcluded: ['2025-11-07', SRC.htn],
  TalksRoundPostponed: ['2025-10-17', SRC.ht],
  TalksRoundCancelled: ['2025-11-07', SRC.htn],
  TalksSuspended: ['2025-10-29', SRC.dunya],
  TalksResumed: ['2025-10-30', SRC.trt],
  AgreementReached: ['2025-10-19', SRC.dawn],
  NegotiationClosed: ['2025-11-30', SRC.htn],
  DemandTabled: ['2025-10-18', SRC.seed],
  DemandAmended: ['2025-10-26', SRC.dunya],
  DemandWithdrawn: ['2025-11', SRC.seed],
  PositionTaken: ['2025-11-07', SRC.seed],
  UltimatumIssued: ['2025-11', SRC.seed],
  UltimatumResolved: ['2025-10-30', SRC.dunya],
  StatementMade: ['2025-10-29', SRC.dunya],
  CeasefireDeclared: ['2025-10-19', SRC.dawn],
  CeasefireExtended: ['2025-10-30', SRC.trt],
  CeasefireViolationReported: ['2025-10-17T20:30:00+04:30', SRC.ht],
  CeasefireEnded: ['2025-10-19', SRC.dawn],
  IncidentReported: ['2025-10-11', SRC.gulf],
  MediationAction: ['2025-11-09', SRC.erdogan],
  ThirdPartyEngagement: ['2025-10-09', SRC.republic],
  EventCorrected: ['2025-10-18', SRC.ht],
  EventRetracted: ['2025-10-17', SRC.ht],
};

type Range = { readonly min: number; readonly max: number };
type Person = { readonly name: string; readonly title?: string; readonly actorId: string };

/** How a catalogue field is typed on the command line. */
function kindOf(f: CatalogueField): FieldKind {
  switch (f.kind) {
    case 'texts':
    case 'id':
    case 'ids':
    case 'actor':
    case 'actors':
    case 'date':
    case 'bool':
      return { kind: f.kind };
    case 'event':
      return { kind: 'id' };
    case 'day':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'enum', values: f.values.map(String) };
    case 'record':
      return { kind: RECORD_KINDS[f.of] ?? 'json' };
    case 'records':
      return { kind: f.of === 'Delegation' ? 'delegations' : 'json' };
    case 'changes':
      return { kind: 'json' };
    default:
      return { kind: 'text' };
  }
}
const RECORD_KINDS: Partial<Record<string, 'range' | 'period' | 'person' | 'actor-spec'>> = {
  Range: 'range',
  Period: 'period',
  Person: 'person',
  Actor: 'actor-spec',
};

/** The catalogue's example as typed: `23-58`, `from..to`, `id:Name:kind`, a person as [name, title, actor]. */
function exampleOf(kind: FieldKind['kind'], example: unknown): FieldSpec['example'] {
  if (example === undefined || typeof example === 'boolean') return example;
  switch (kind) {
    case 'range': {
      const { min, max } = example as Range;
      return min === max ? String(min) : `${min}-${max}`;
    }
    case 'period': {
      const { from, to } = example as { from: string; to: string };
      return `${from}..${to}`;
    }
    case 'person': {
      const p = example as Person;
      return [p.name, p.title ?? '', p.actorId];
    }
    case 'actor-spec': {
      const a = example as { id: string; name: string; kind: string };
      return `${a.id}:${a.name}:${a.kind}`;
    }
    case 'delegations':
      return (example as { actorId: string; head?: Person }[]).map((d) =>
        [d.actorId, d.head?.name, d.head?.title].filter(Boolean).join(':'),
      );
    case 'json':
      return JSON.stringify(example);
    default:
      return Array.isArray(example) ? example.map(String) : String(example);
  }
}

function cliField(f: CatalogueField): FieldSpec {
  const kind = kindOf(f);
  return {
    ...kind,
    description: f.description.replace(/\.$/, ''),
    ...(f.flag ? { flag: f.flag } : {}),
    ...(f.optional ? { optional: true } : {}),
    example: exampleOf(kind.kind, f.example),
  };
}

export const CATALOGUE_CLI: { readonly [T in RecordableType]: TypeSpec } = Object.fromEntries(
  RECORDABLE_TYPES.map((type) => {
    const [exampleOccurredAt, exampleSource] = EXAMPLE_ENVELOPES[type];
    const fields = Object.fromEntries(fieldsOf(type).map(([field, f]) => [field, cliField(f)]));
    const { summary, aliases } = CATALOGUE[type];
    return [type, { summary, aliases, exampleOccurredAt, exampleSource, fields }];
  }),
) as { readonly [T in RecordableType]: TypeSpec };

export function typeSpec(type: RecordableType): TypeSpec {
  return CATALOGUE_CLI[type];
}

export function fieldEntries(type: RecordableType): [string, FieldSpec][] {
  return Object.entries(typeSpec(type).fields);
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
