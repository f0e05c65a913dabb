import { NotFoundException } from '@nestjs/common';
import { isValidNegotiationId } from '@parley/domain';
import { RequestValidationError } from '../errors/validation';

/** A negotiation id from the path: anything that cannot be one is simply not found. */
export function negotiationIdParam(id: string): string {
  if (!isValidNegotiationId(id)) {
    throw new NotFoundException({
      message: `no negotiation "${id.slice(0, 80)}": ids are lowercase slugs such as pak-afghan-2025`,
      code: 'negotiation-not-found',
    });
  }
  return id;
}

/** The 404 for a negotiation id that is well-formed but not in the log. */
export function notFound(negotiationId: string): NotFoundException {
  return new NotFoundException({
    message: `no negotiation "${negotiationId}"`,
    code: 'negotiation-not-found',
    details: { negotiationId },
  });
}

/**
 * A text query parameter as the client sent it (undefined when absent); one
 * given more than once (`?type=a&type=b`) reads as its values joined by
 * commas, as `String` joins them.
 */
export function textQuery(raw: unknown): string | undefined {
  return raw === undefined ? undefined : String(raw);
}

/** A whole-number query parameter within bounds; a 400 naming the parameter otherwise. */
export function intQuery(name: string, raw: unknown, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new RequestValidationError([
      { field: name, problems: [`${name} must be a whole number from ${min} to ${max}`] },
    ]);
  }
  return n;
}
