import { BadRequestException } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';

export interface FieldProblem {
  /** Dotted path of the field in the request body, e.g. `data.sources.0.credibility`. */
  readonly field: string;
  readonly problems: readonly string[];
}

/** A 400 that names every bad field and why. */
export class RequestValidationError extends BadRequestException {
  constructor(readonly fields: readonly FieldProblem[]) {
    super({
      message: fields.map((f) => `${f.field}: ${f.problems.join('; ')}`).join(' | ') || 'the request is malformed',
      errors: fields,
    });
  }
}

/** A ValidationPipe's 400 (given a DTO): class-validator's errors in the words the recording routes use. */
export function validationExceptionFactory(errors: ValidationError[]): RequestValidationError {
  const problems = new Problems();
  collect(errors, '', problems);
  return new RequestValidationError(problems.list());
}

/** A response never lists more bad fields than this (a hostile body could otherwise have thousands). */
export const MAX_REPORTED_FIELDS = 100;

// ---------------------------------------------------------------------------
// Problems, named by field
// ---------------------------------------------------------------------------

/** Problems named by field (`data.tone`), each said once; at most `MAX_REPORTED_FIELDS` fields. */
export class Problems {
  private readonly byField = new Map<string, string[]>();

  /** How many problems so far, over every field. */
  count(): number {
    let n = 0;
    for (const list of this.byField.values()) n += list.length;
    return n;
  }

  add(field: string, problem: string): void {
    const list = this.byField.get(field);
    if (!list) this.byField.set(field, [problem]);
    else if (!list.includes(problem)) list.push(problem);
  }

  list(): FieldProblem[] {
    const all = [...this.byField].map(([field, problems]) => ({ field, problems }));
    if (all.length <= MAX_REPORTED_FIELDS) return all;
    return [
      ...all.slice(0, MAX_REPORTED_FIELDS),
      { field: 'body', problems: [`… and ${all.length - MAX_REPORTED_FIELDS} more fields with problems`] },
    ];
  }
}

/** Flattens class-validator's tree into dotted field paths, rewriting the messages that would not tell a user what to do. */
export function collect(errors: readonly ValidationError[], prefix: string, problems: Problems): void {
  for (const error of errors) {
    const property = error.property === undefined || error.property === null ? undefined : String(error.property);
    const field = property === undefined ? prefix : join(prefix, property);
    const constraints = error.constraints ?? {};
    // A missing (or null) field gets one message, plus the allowed values when it is an enum.
    const kinds =
      'isDefined' in constraints
        ? Object.keys(constraints).filter((k) => k === 'isDefined' || k === 'isIn')
        : Object.keys(constraints);
    for (const kind of kinds) {
      const message = constraints[kind] ?? '';
      const text = rewrite(kind, message, property, constraints, error.target);
      if (text !== undefined) problems.add(field || 'body', text);
    }
    if (error.children?.length) collect(error.children, field, problems);
  }
}

function rewrite(
  kind: string,
  message: string,
  property: string | undefined,
  constraints: Record<string, string>,
  target: object | undefined,
): string | undefined {
  const name = property ?? 'value';
  switch (kind) {
    case 'whitelistValidation':
      return unknownFieldMessage(name, target ? allowedFields(target.constructor as Ctor) : []);
    case 'unknownValue':
      return `${name} must be an object of the documented shape`;
    case 'nestedValidation':
      // "nested property x must be either object or array": say it once, plainly.
      if ('isArray' in constraints || 'isObject' in constraints) return undefined;
      return /^\d+$/.test(name) ? `item ${name} must be an object` : `${name} must be an object`;
    default:
      return message;
  }
}

export function unknownFieldMessage(name: string, allowed: readonly string[]): string {
  const shown = name.length > 64 ? `${name.slice(0, 64)}…` : name;
  return allowed.length
    ? `${shown} is not a field here; the fields are: ${allowed.join(', ')}`
    : `${shown} is not a field here`;
}

type Ctor = abstract new (...args: never[]) => unknown;

const allowedCache = new Map<Ctor, readonly string[]>();

function allowedFields(ctor: Ctor): readonly string[] {
  let fields = allowedCache.get(ctor);
  if (!fields) {
    fields = [
      ...new Set(
        getMetadataStorage()
          .getTargetValidationMetadatas(ctor, '', true, false)
          .map((m) => m.propertyName),
      ),
    ];
    allowedCache.set(ctor, fields);
  }
  return fields;
}

export function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
