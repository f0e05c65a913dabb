import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CATALOGUE, DEVELOPMENT_GROUPS, DEVELOPMENT_TYPES, ENVELOPE, LIMITS, RECORDS } from '@parley/domain';
import { Public } from '../auth/auth.guard';

/** The catalogue as data, for clients that build their forms from it (the dashboard's record form). */
@ApiTags('recording')
@Public()
@Controller()
export class CatalogueController {
  private readonly body = {
    groups: DEVELOPMENT_GROUPS,
    types: Object.fromEntries(DEVELOPMENT_TYPES.map((type) => [type, CATALOGUE[type]])),
    records: RECORDS,
    envelope: ENVELOPE,
    limits: LIMITS,
  };

  @Get('catalogue')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'The development types, their fields (check, bounds, description, example) and the envelope',
  })
  @ApiResponse({ status: 200, description: '{ groups, types, records, envelope, limits }' })
  catalogue(): typeof this.body {
    return this.body;
  }
}
