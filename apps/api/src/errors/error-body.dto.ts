/**
 * The OpenAPI description of every error response (`ErrorBody`, which the
 * error filter answers with): checked equal to it both ways (`Same`).
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { Closed, type Same } from '../shared/same';
import type { ErrorBody } from './http-exception.filter';
import type { FieldProblem } from './validation';

@Closed()
export class FieldProblemDto {
  @ApiProperty({
    description: 'the field, as a dotted path in the body (or the parameter or header)',
    example: 'data.tone',
  })
  field!: string;
  @ApiProperty({ type: [String], description: 'what is wrong with it, each a sentence' })
  problems!: readonly string[];
}

@Closed()
export class ErrorBodyDto {
  @ApiProperty({ description: 'the HTTP status', example: 404 })
  statusCode!: number;
  @ApiProperty({ description: "the status's name", example: 'Not Found' })
  error!: string;
  @ApiProperty({
    description: 'a sentence a person can act on: names the field or the rule and the ids involved',
    example: 'no negotiation pak-afghan-2026',
  })
  message!: string;
  @ApiProperty({ description: 'stable machine-readable code: the rule, or the kind of failure', example: 'not-found' })
  code!: string;
  @ApiProperty({
    type: Object,
    required: false,
    description: 'the ids and values involved (for a 409 or 412, `currentRevision`: the ETag to retry with)',
  })
  details?: Record<string, unknown>;
  @ApiProperty({
    type: [FieldProblemDto],
    required: false,
    description: 'for a 400: one entry per bad field',
  })
  errors?: readonly FieldProblemDto[];
}

const _errorBody: Same<ErrorBodyDto, ErrorBody> = true;
const _fieldProblem: Same<FieldProblemDto, FieldProblem> = true;
export const ERROR_BODY_CHECKS = [_errorBody, _fieldProblem];

/** What each error status means, unless a route says more. */
const ERROR_MEANINGS = {
  400: 'malformed: names each bad field or parameter',
  401: 'no API key, or an unknown one (keys are configured: see Access)',
  403: "the key's role may not do this (viewer < analyst < admin)",
  404: 'no such negotiation (or event)',
  409: 'conflicts with what is recorded (an id already used, a concurrent write)',
  410: "the negotiation's stream was deleted in EventStoreDB outside Parley: names it and the kind of deletion",
  412: 'If-Match names a stale revision; the ETag holds the current one',
  413: "the body is over PARLEY_BODY_LIMIT, or the write over the EventStoreDB cluster's MaxAppendSize: names the limit",
  415: 'the body is not of the media type the route reads',
  422: 'a business rule refused it: names the rule and the ids',
  429: 'too many requests: Retry-After says when to try again',
  503: 'the event store is unavailable: retry shortly',
} as const;
type ErrorStatus = keyof typeof ERROR_MEANINGS;

/** Documents `statuses` as answered with the one error body (`ErrorBodyDto`); `meanings` overrides a description. */
export function ApiErrors(
  statuses: readonly ErrorStatus[],
  meanings: Partial<Record<ErrorStatus, string>> = {},
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, type: ErrorBodyDto, description: meanings[status] ?? ERROR_MEANINGS[status] }),
    ),
  );
}
