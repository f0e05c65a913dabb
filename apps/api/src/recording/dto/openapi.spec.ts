import 'reflect-metadata';
import { Body, Controller, type INestApplication, Post } from '@nestjs/common';
import { ApiBody, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { DEVELOPMENT_TYPES, STANCES } from '@parley/domain';
import { DATA_DTO_BY_TYPE } from './event-data.dto';
import { EXAMPLE_OPEN_NEGOTIATION } from '@parley/domain/testing/examples';
import {
  OpenNegotiationDto,
  RecordBatchDto,
  RecordEventDto,
  describeDevelopments,
  developmentExamples,
} from './record-event.dto';
import { validateOpenNegotiation, validateRecordEvent } from './validate';

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
    expect(union.oneOf).toHaveLength(27);
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
