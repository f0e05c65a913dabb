import type { Json } from './http';

/**
 * A schema of /openapi.json as JSON Schema says it, for ajv: OpenAPI 3.0's
 * `nullable` becomes `type: [t, 'null']`, and a nullable reference to another
 * schema (which the Swagger module writes as `{ nullable, allOf: [$ref] }`)
 * that schema or null, as generated clients read it. With `base`, its
 * references point into the document added to ajv under that id.
 */
export function openApiSchema(schema: Json, base?: string): Json {
  const converted = convert(schema);
  return base === undefined
    ? converted
    : JSON.parse(JSON.stringify(converted).replace(/"#\/components\//g, `"${base}#/components/`));
}

function convert(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(convert);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) if (key !== 'nullable') out[key] = convert(value);
  if (schema.nullable !== true) return out;
  if (out.allOf !== undefined || out.$ref !== undefined) return { anyOf: [out, { type: 'null' }] };
  out.type = [out.type, 'null'];
  if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  return out;
}
