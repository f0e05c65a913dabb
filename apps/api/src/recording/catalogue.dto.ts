/**
 * The OpenAPI description of `GET /catalogue` — the catalogue as data, for
 * clients that build forms from it. Its maps are keyed by what the domain
 * lists (the development types, the nested shapes, the envelope's fields, the
 * limits): their properties are generated from those lists, and the names of
 * the fields a field's spec may carry are checked against `FieldSpec` (`Same`).
 */
import { ApiExtraModels, ApiProperty, type ApiPropertyOptions, getSchemaPath } from '@nestjs/swagger';
import type { SchemaObjectMetadata } from '@nestjs/swagger/dist/interfaces/schema-object-metadata.interface';
import {
  DEVELOPMENT_GROUPS,
  DEVELOPMENT_TYPES,
  ENVELOPE,
  LIMITS,
  RECORDS,
  type DevelopmentGroup,
  type EventType,
  type FieldSpec,
  type TypeEntry,
} from '@parley/domain';
import { Closed, type Same } from '../shared/same';
import type { CatalogueBody } from './catalogue-body';

/** What a field takes: its kind and the bounds that kind has (the catalogue's `FieldCheck`). */
const FIELD_KINDS = Object.keys({
  text: true,
  texts: true,
  id: true,
  ids: true,
  actor: true,
  actors: true,
  negotiation: true,
  event: true,
  enum: true,
  date: true,
  day: true,
  bool: true,
  count: true,
  url: true,
  cameo: true,
  record: true,
  records: true,
  changes: true,
} satisfies Record<FieldSpec['kind'], true>);

const optional = (description: string) => ({ required: false, description });

@Closed()
export class FieldSpecDto {
  @ApiProperty({ enum: FIELD_KINDS, description: 'what the field takes' })
  kind!: string;
  @ApiProperty()
  description!: string;
  @ApiProperty(optional('the field may be left out'))
  optional?: boolean;
  @ApiProperty(optional("the form's label, when the field's name is not it"))
  label?: string;
  @ApiProperty(optional('the id names a new entity (a free field) rather than a known one'))
  introduces?: boolean;
  @ApiProperty({
    required: false,
    description: 'a value from the case, of the type the field takes',
    oneOf: [
      { type: 'string' },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'array', items: {} },
      { type: 'object' },
    ],
  })
  example?: unknown;
  @ApiProperty(optional('the views keep it per development'))
  kept?: boolean;
  @ApiProperty(optional("the CLI flag's name, when not the field's"))
  flag?: string;
  @ApiProperty(optional('a sibling field this one may not be before'))
  notBefore?: string;
  @ApiProperty(optional('a sibling field this one may not be less than'))
  notLessThan?: string;
  @ApiProperty(optional('a sibling date whose form this precision must fit'))
  fitsDateOf?: string;
  @ApiProperty({ type: 'integer', required: false, description: 'text: most characters; texts: of each' })
  max?: number;
  @ApiProperty({ type: 'integer', required: false, description: 'lists: fewest items' })
  min?: number;
  @ApiProperty(optional('id(s): the kind of entity; record(s): the nested shape (`records`)'))
  of?: string;
  @ApiProperty({ required: false, type: 'array', items: {}, description: 'enum: the values it takes' })
  values?: unknown[];
  @ApiProperty({ required: false, type: [String], description: 'enum: what each value means, in order' })
  labels?: string[];
  @ApiProperty({ required: false, type: [String], description: 'date: the forms a new value may take' })
  newForms?: string[];
  @ApiProperty(optional('records: the field no two items share'))
  uniqueBy?: string;
}

@Closed()
export class TypeEntryDto {
  @ApiProperty({ enum: DEVELOPMENT_GROUPS })
  group!: DevelopmentGroup;
  @ApiProperty({ description: 'one line: what this development is' })
  summary!: string;
  @ApiProperty({ type: [String], description: 'short names that also select the type (the CLI)' })
  aliases!: readonly string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(FieldSpecDto) },
    description: "the type's data fields, in order",
  })
  fields!: Record<string, FieldSpec>;
  @ApiProperty(optional("when the example happened, where not the envelope example's date"))
  exampleAt?: string;
}

/** An object with exactly `keys`, each of schema `value`. */
function keyed(keys: readonly string[], value: SchemaObjectMetadata, description: string): ApiPropertyOptions {
  return {
    type: 'object' as const,
    properties: Object.fromEntries(keys.map((key) => [key, value])),
    required: [...keys],
    selfRequired: true,
    additionalProperties: false,
    description,
  };
}
// A plain reference (the metadata type has no `$ref`, the document does).
const ref = (dto: new () => object) => ({ $ref: getSchemaPath(dto) }) as SchemaObjectMetadata;
const fieldSpecs: SchemaObjectMetadata = {
  type: 'object',
  additionalProperties: { $ref: getSchemaPath(FieldSpecDto) },
};

@Closed()
@ApiExtraModels(FieldSpecDto, TypeEntryDto)
export class CatalogueDto {
  @ApiProperty({ enum: DEVELOPMENT_GROUPS, isArray: true, description: 'the groups developments are sorted into' })
  groups!: unknown;
  @ApiProperty(keyed(DEVELOPMENT_TYPES, ref(TypeEntryDto), 'each development type'))
  types!: unknown;
  @ApiProperty(keyed(Object.keys(RECORDS), fieldSpecs, "each nested shape's fields"))
  records!: unknown;
  @ApiProperty(
    keyed(Object.keys(RECORDS), { type: 'object', additionalProperties: true }, "each nested shape's example"),
  )
  recordExamples!: unknown;
  @ApiProperty(keyed(Object.keys(ENVELOPE), ref(FieldSpecDto), "the envelope's fields"))
  envelope!: unknown;
  @ApiProperty(keyed(Object.keys(LIMITS), { type: 'integer' }, 'the bounds a development keeps to'))
  limits!: unknown;
}

/** Every field any kind of spec may carry. */
type AnyKey<U> = U extends unknown ? keyof U : never;
const _spec: Same<keyof FieldSpecDto, AnyKey<FieldSpec>> = true;
const _entry: Same<keyof TypeEntryDto, keyof TypeEntry<EventType>> = true;
const _catalogue: Same<keyof CatalogueDto, keyof CatalogueBody> = true;
export const CATALOGUE_DTO_CHECKS = [_spec, _entry, _catalogue];
