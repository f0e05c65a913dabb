/**
 * The OpenAPI side of the recording bodies: a development is a discriminated
 * union on `type`, one schema per type (`RecordStatementMadeDto`: the envelope,
 * `type` fixed, `data` that type's schema), so a generated client gets
 * `type` → `data` typing and an example is checked against its own type.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CATALOGUE, DEVELOPMENT_TYPES, exampleDevelopment } from '@parley/domain';
import { dataSchemaRef } from './event-data.dto';

const ref = (name: string) => `#/components/schemas/${name}`;

/** Replaces `RecordEventDto` (envelope + any `data`) by the union of one schema per development type. */
export function describeDevelopments(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  const envelope = schemas.RecordEventDto as SchemaObject | undefined;
  if (!envelope) return document;
  const mapping: Record<string, string> = {};
  for (const type of DEVELOPMENT_TYPES) {
    const name = `Record${type}Dto`;
    const data = schemas[`${type}DataDto`] as SchemaObject;
    data.description = `The data of ${type}: ${CATALOGUE[type].summary}.`;
    schemas[name] = {
      ...envelope,
      description: `${type}: ${CATALOGUE[type].summary}.`,
      properties: {
        ...envelope.properties,
        type: { type: 'string', enum: [type], example: type },
        data: { $ref: dataSchemaRef(type) },
      },
    };
    mapping[type] = ref(name);
  }
  schemas.RecordEventDto = {
    description: 'One development: the schema is chosen by `type`.',
    oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
    discriminator: { propertyName: 'type', mapping },
  };
  return document;
}

/** One example body per development type, the catalogue's (`@ApiBody({ examples })`). */
export function developmentExamples(): Record<string, { summary: string; value: unknown }> {
  return Object.fromEntries(
    DEVELOPMENT_TYPES.map((type) => [type, { summary: CATALOGUE[type].summary, value: exampleDevelopment(type) }]),
  );
}
