import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  CATALOGUE,
  DEVELOPMENT_GROUPS,
  DEVELOPMENT_TYPES,
  ENVELOPE,
  LIMITS,
  RECORDS,
  type RecordName,
  recordExample,
} from '@parley/domain';
import { Public } from '../auth/auth.guard';
import { CatalogueDto } from './catalogue.dto';

/** The catalogue as data, for clients that build their forms from it (the dashboard's record form). */
@ApiTags('recording')
@Public()
@Controller()
export class CatalogueController {
  readonly body = {
    groups: DEVELOPMENT_GROUPS,
    types: Object.fromEntries(DEVELOPMENT_TYPES.map((type) => [type, CATALOGUE[type]])),
    records: RECORDS,
    // Each nested shape's example as the API reference shows it (its fields' examples): a form's hint for a field
    // that has none of its own (a correction's sources).
    recordExamples: Object.fromEntries(
      (Object.keys(RECORDS) as RecordName[]).map((name) => [name, recordExample(name)]),
    ) as Record<RecordName, Record<string, unknown>>,
    envelope: ENVELOPE,
    limits: LIMITS,
  };

  @Get('catalogue')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'The development types, their fields (check, bounds, description, example) and the envelope',
  })
  @ApiResponse({ status: 200, type: CatalogueDto, description: 'the catalogue' })
  catalogue(): typeof this.body {
    return this.body;
  }
}
