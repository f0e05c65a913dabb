import { BadRequestException, type ValidationError } from '@nestjs/common';

export interface FieldProblem {
  /** Dotted path of the field in the request body, e.g. `data.sources.0.credibility`. */
  readonly field: string;
  readonly problems: readonly string[];
}

/** Flattens class-validator's nested errors into one entry per bad field, keeping its messages as they are. */
export function flattenValidationErrors(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints && Object.keys(error.constraints).length > 0) {
      out.push({ field, problems: Object.values(error.constraints) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
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

export function validationExceptionFactory(errors: ValidationError[]): RequestValidationError {
  return new RequestValidationError(flattenValidationErrors(errors));
}
