/**
 * The `data` fields of every development type as the CLI offers them, derived
 * from the catalogue (`libs/domain/src/catalogue.ts`): one flag per field, its
 * description and example from there, and the example command's date and
 * source from the catalogue's envelope. What is the CLI's own is how a value
 * is typed (`23-58` for a range, `id:Name:kind` for an actor).
 *
 * The CLI does not validate values (allowed values are listed in `--help`
 * only): the server is the one judge of a body, and its 400 names the field.
 */
import {
  CATALOGUE,
  DEVELOPMENT_TYPES,
  fieldsOf,
  recordExample,
  type DevelopmentType,
  type FieldSpec as CatalogueField,
  type Source,
} from '@parley/domain';

/** How a field is typed on the command line, and its placeholder in `--help`. */
const PLACEHOLDERS = {
  text: '<text>',
  /** an id the analyst chose (round, demand, …), or an event's */
  id: '<id>',
  actor: '<actor-id>',
  /** the flag repeats, and commas separate too */
  actors: '<actor-ids>',
  ids: '<ids>',
  /** the flag repeats (commas are kept: provisions contain them) */
  texts: '<text>',
  enum: '',
  /** YYYY-MM, YYYY-MM-DD or an ISO date-time with zone */
  date: '<date>',
  /** --flag / --no-flag */
  bool: '',
  /** a contested count: `23-58`, `23..58` or `23` */
  range: '<min-max>',
  /** a span of days: `2025-10-01..2025-12-31` (or `from/to`) */
  period: '<from..to>',
  /** a person: --<flag> <name>, --<flag>-title, --<flag>-actor */
  person: '<name>',
  /** an actor: --<flag> id:Name:kind, --alias (repeatable) */
  'actor-spec': '<id:Name:kind>',
  /** delegations: --delegation actor-id[:head name[:head title]] (repeatable) */
  delegations: '<actor[:head[:title]]>',
  json: '<json>',
} as const;

export type FieldKind =
  | { readonly kind: Exclude<keyof typeof PLACEHOLDERS, 'enum'> }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

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
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** How each catalogue kind is typed on the command line (a nested shape by what it holds). */
const KINDS: Record<CatalogueField['kind'], FieldKind['kind']> = {
  text: 'text',
  url: 'text',
  count: 'text',
  cameo: 'text',
  negotiation: 'text',
  bool: 'bool',
  texts: 'texts',
  id: 'id',
  event: 'id',
  ids: 'ids',
  actor: 'actor',
  actors: 'actors',
  enum: 'enum',
  date: 'date',
  day: 'date',
  record: 'json',
  records: 'json',
  changes: 'json',
};
const NESTED_KINDS: Partial<Record<string, FieldKind['kind']>> = {
  Range: 'range',
  Period: 'period',
  Person: 'person',
  Actor: 'actor-spec',
  Delegation: 'delegations',
};

function kindOf(f: CatalogueField): FieldKind {
  if (f.kind === 'enum') return { kind: 'enum', values: f.values.map(String) };
  const nested =
    f.kind === 'record' || (f.kind === 'records' && f.of === 'Delegation') ? NESTED_KINDS[f.of] : undefined;
  return { kind: nested ?? KINDS[f.kind] } as FieldKind;
}

type Person = { readonly name: string; readonly title?: string; readonly actorId: string };

/** The catalogue's example as typed: `23-58`, `from..to`, `id:Name:kind`, a person as [name, title, actor]. */
function exampleOf(kind: FieldKind['kind'], example: unknown): FieldSpec['example'] {
  if (example === undefined || typeof example === 'boolean') return example;
  const x = example as Record<string, string> & { min: number; max: number };
  switch (kind) {
    case 'range':
      return x.min === x.max ? String(x.min) : `${x.min}-${x.max}`;
    case 'period':
      return `${x.from}..${x.to}`;
    case 'person':
      return [x.name!, x.title ?? '', x.actorId!];
    case 'actor-spec':
      return `${x.id}:${x.name}:${x.kind}`;
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

/** The example command's source as `--source` takes it (`title|url|publisher|published|B2`): the catalogue's. */
export const EXAMPLE_SOURCE = ((s: Source) =>
  [s.title, s.url, s.publisher, s.publishedAt, `${s.reliability ?? ''}${s.credibility ?? ''}`].join('|'))(
  recordExample('Source') as unknown as Source,
);

const CATALOGUE_CLI = Object.fromEntries(
  DEVELOPMENT_TYPES.map((type): [DevelopmentType, TypeSpec] => {
    const fields = Object.fromEntries(fieldsOf(type).map(([field, f]) => [field, cliField(f)]));
    const { summary, aliases } = CATALOGUE[type];
    return [type, { summary, aliases, fields }];
  }),
) as { readonly [T in DevelopmentType]: TypeSpec };

export function typeSpec(type: DevelopmentType): TypeSpec {
  return CATALOGUE_CLI[type];
}

export function fieldEntries(type: DevelopmentType): [string, FieldSpec][] {
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
  return spec.kind === 'enum' ? `<${kebab(field)}>` : PLACEHOLDERS[spec.kind] || '<text>';
}
