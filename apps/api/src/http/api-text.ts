import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * A 200 whose body is text (CSV, Markdown, JSONL, Prometheus), as a client
 * reads it: a string of `mediaType`. Unlike `@ApiProduces`, it leaves the
 * route's error answers JSON, which they are.
 */
export function ApiTextResponse(mediaType: string, description: string, example?: string): MethodDecorator {
  return ApiResponse({
    status: 200,
    description,
    content: { [mediaType]: { schema: { type: 'string' }, ...(example === undefined ? {} : { example }) } },
  });
}

/** A 200 answered as JSON (`type`) or, as the client asks, as text of `mediaType`. */
export function ApiJsonOrTextResponse(type: new () => object, mediaType: string, description: string): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(type),
    ApiResponse({
      status: 200,
      description,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(type) } },
        [mediaType]: { schema: { type: 'string' } },
      },
    }),
  );
}
