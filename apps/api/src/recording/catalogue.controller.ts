import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.guard';
import { CATALOGUE_BODY, type CatalogueBody } from './catalogue-body';
import { CatalogueDto } from './catalogue.dto';

/** The catalogue as data, for clients that build their forms from it (the dashboard's record form). */
@ApiTags('recording')
@Public()
@Controller()
export class CatalogueController {
  @Get('catalogue')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'The development types, their fields (check, bounds, description, example) and the envelope',
  })
  @ApiResponse({ status: 200, type: CatalogueDto, description: 'the catalogue' })
  catalogue(): CatalogueBody {
    return CATALOGUE_BODY;
  }
}
