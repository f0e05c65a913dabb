import 'reflect-metadata';
import { Body, Controller, type INestApplication, Post, ValidationPipe } from '@nestjs/common';
import { ApiBody, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { DEVELOPMENT_TYPES, STANCES } from '@parley/domain';
import { RequestValidationError, validationExceptionFactory } from '../../errors/validation';
import { DATA_DTO_BY_TYPE } from './event-data.dto';
import { EXAMPLE_EVENTS, EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import {
  OpenNegotiationDto,
  RecordBatchDto,
  RecordEventDto,
  describeDevelopments,
  developmentExamples,
} from './record-event.dto';
import { validateOpenNegotiation, validateRecordEvent } from './validate';

/** The global pipe exactly as `app.ts` configured it until it had none (no route takes a DTO class from Nest). */
const globalPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: validationExceptionFactory,
    validationError: { target: false, value: false },
  });

describe('the global ValidationPipe and RecordEventDto', () => {
  it('keeps every field of data, known or not, so validateRecordEvent still sees them', async () => {
    const body = structuredClone(EXAMPLE_EVENTS.PositionTaken) as unknown as Record<string, unknown>;
    (body.data as Record<string, unknown>).sentiment = 'hostile';
    const out = (await globalPipe().transform(body, {
      type: 'body',
      metatype: RecordEventDto,
      data: '',
    })) as { data: unknown };
    expect(out.data).toEqual({ ...EXAMPLE_EVENTS.PositionTaken.data, sentiment: 'hostile' });
    expect(validateRecordEvent(out)).toEqual([
      { field: 'data.sentiment', problems: [expect.stringMatching(/^sentiment is not a field here/)] },
    ]);
  });

  it('accepts every example envelope', async () => {
    for (const type of DEVELOPMENT_TYPES) {
      await expect(
        globalPipe().transform(structuredClone(EXAMPLE_EVENTS[type]), {
          type: 'body',
          metatype: RecordEventDto,
          data: '',
        }),
      ).resolves.toBeDefined();
    }
    await expect(
      globalPipe().transform(structuredClone(EXAMPLE_OPEN_NEGOTIATION), {
        type: 'body',
        metatype: OpenNegotiationDto,
        data: '',
      }),
    ).resolves.toBeDefined();
  });

  it('refuses unknown envelope fields with the same field names', async () => {
    const body = { ...structuredClone(EXAMPLE_EVENTS.StatementMade), recordedBy: 'someone' };
    const error = await globalPipe()
      .transform(body, { type: 'body', metatype: RecordEventDto, data: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).fields).toEqual([
      { field: 'recordedBy', problems: [expect.stringMatching(/^recordedBy is not a field here/)] },
    ]);
  });

  it('leaves bodies declared `unknown` (design type Object) untouched: the routes validate them with validateRecordEvent', async () => {
    const body = JSON.parse('{"type":"StatementMade","data":{"constructor":1}}') as unknown;
    await expect(globalPipe().transform(body, { type: 'body', metatype: Object, data: '' })).resolves.toBe(body);
    expect(validateRecordEvent(body)).toEqual(
      expect.arrayContaining([
        { field: 'data.constructor', problems: ['"constructor" is not allowed as a field name'] },
      ]),
    );
  });
});

@Controller()
class DocumentedController {
  @Post('negotiations')
  @ApiBody({
    type: OpenNegotiationDto,
    examples: { 'Pakistan – Afghan Taliban talks': { value: EXAMPLE_OPEN_NEGOTIATION } },
  })
  open(@Body() body: unknown): unknown {
    return validateOpenNegotiation(body);
  }

  @Post('negotiations/:id/events')
  @ApiBody({ type: RecordEventDto, examples: developmentExamples() })
  record(@Body() body: unknown): unknown {
    return validateRecordEvent(body);
  }

  @Post('negotiations/:id/events\\:batch')
  @ApiBody({ type: RecordBatchDto })
  batch(@Body() body: unknown): unknown {
    return body;
  }
}

describe('the OpenAPI document', () => {
  let app: INestApplication;
  let doc: OpenAPIObject;
  const schema = (name: string): Record<string, unknown> => doc.components?.schemas?.[name] as Record<string, unknown>;
  const props = (name: string): Record<string, Record<string, unknown>> =>
    schema(name).properties as Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [DocumentedController] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    doc = describeDevelopments(SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('Parley').build()));
  });

  afterAll(async () => {
    await app.close();
  });

  it('has a schema for the data of every type, and a development is a union discriminated by type', () => {
    for (const type of DEVELOPMENT_TYPES) expect(schema(DATA_DTO_BY_TYPE[type].name)).toBeDefined();
    const union = schema('RecordEventDto') as {
      oneOf: { $ref: string }[];
      discriminator: { propertyName: string; mapping: Record<string, string> };
    };
    expect(union.oneOf).toHaveLength(26);
    expect(union.oneOf[0]).toEqual({ $ref: '#/components/schemas/RecordActorRegisteredDto' });
    expect(union.discriminator.propertyName).toBe('type');
    for (const type of DEVELOPMENT_TYPES) {
      const branch = union.discriminator.mapping[type]!.replace('#/components/schemas/', '');
      expect(props(branch).type).toMatchObject({ enum: [type] });
      expect(props(branch).data).toEqual({ $ref: `#/components/schemas/${type}DataDto` });
    }
  });

  it('describes the per-type fields: required ones, enums, nested refs and limits', () => {
    const position = schema('PositionTakenDataDto');
    expect(position.required).toEqual(['demandId', 'actorId', 'stance']);
    expect(props('PositionTakenDataDto').stance).toMatchObject({ enum: [...STANCES], example: 'rejected' });
    expect(props('PositionTakenDataDto').speaker).toMatchObject({
      allOf: [{ $ref: '#/components/schemas/PersonDto' }],
    });
    expect(props('StatementMadeDataDto').quote).toMatchObject({
      maxLength: 4000,
      example: 'does not need to use even a fraction of its full arsenal to completely obliterate the Taliban regime',
    });
    expect(props('IncidentReportedDataDto').fatalities).toMatchObject({
      allOf: [{ $ref: '#/components/schemas/RangeDto' }],
    });
    expect(props('RecordStatementMadeDto').sources).toMatchObject({
      items: { $ref: '#/components/schemas/SourceDto' },
    });
    expect(props('UltimatumIssuedDataDto').to).toMatchObject({ type: 'array', minItems: 1, maxItems: 100 });
    expect(props('CorrectionChangesDto').data).toMatchObject({ type: 'object', additionalProperties: true });
  });

  it('describes the envelope and its sources', () => {
    for (const type of DEVELOPMENT_TYPES) {
      expect([...((schema(`Record${type}Dto`).required ?? []) as string[])].sort()).toEqual([
        'data',
        'occurredAt',
        'sources',
        'type',
      ]);
    }
    expect(props('RecordStatementMadeDto').sources).toMatchObject({ type: 'array', minItems: 1, maxItems: 20 });
    expect(props('SourceDto').reliability).toMatchObject({ enum: ['A', 'B', 'C', 'D', 'E', 'F'] });
    expect(props('RecordBatchDto').events).toMatchObject({ type: 'array', minItems: 1, maxItems: 500 });
    expect([...((schema('OpenNegotiationDto').required ?? []) as string[])].sort()).toEqual([
      'mediators',
      'occurredAt',
      'parties',
      'sources',
      'subject',
      'title',
    ]);
  });

  it('carries one example body per type on the recording route, each of them valid', () => {
    const content = (
      doc.paths['/negotiations/{id}/events']?.post?.requestBody as {
        content: Record<string, { examples?: Record<string, { value: unknown }> }>;
      }
    ).content;
    const examples = content['application/json']?.examples ?? {};
    expect(Object.keys(examples).sort()).toEqual([...DEVELOPMENT_TYPES].sort());
    for (const example of Object.values(examples)) expect(validateRecordEvent(example.value)).toEqual([]);
  });
});
