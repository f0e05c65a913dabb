/**
 * True when A and B are assignable both ways and name the same fields (an
 * optional one included): `const _x: Same<XDto, X> = true` fails to compile
 * the moment a field is added to, removed from or retyped in either, so an
 * OpenAPI DTO cannot drift from the type it documents.
 */
export type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/**
 * The response schemas that list every field of their body: `/openapi.json`
 * marks them `additionalProperties: false` (`closeSchemas`), so a field a
 * response carries and the document does not name is a test failure, not a
 * surprise for a generated client.
 */
export const CLOSED_SCHEMAS = new Set<string>();

/** Registers `dto` as closed (see `CLOSED_SCHEMAS`); a class decorator. */
export function Closed(): ClassDecorator {
  return (target) => {
    CLOSED_SCHEMAS.add(target.name);
  };
}
