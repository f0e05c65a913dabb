/**
 * The OpenAPI description of what `POST /admin/import` and `POST /admin/rebuild`
 * answer: checked equal to their types both ways (`Same`), so a field the
 * import's summary gains or loses fails `tsc` until it is described here.
 */
import { ApiProperty } from '@nestjs/swagger';
import type { ProjectionEngine } from '@parley/projections';
import { Closed, type Same } from '../shared/same';
import type { Provenance } from './import-line';
import type { ImportSummary } from './jsonl-import';

@Closed()
export class ProvenanceDto {
  @ApiProperty({
    description:
      'true: recordedBy and recordedAt kept from the file (a faithful export); false: stamped by the importing key, now',
  })
  kept!: boolean;
  @ApiProperty({ description: 'which, and why, in words' })
  note!: string;
}

@Closed()
export class ImportSummaryDto {
  @ApiProperty({ type: 'integer', description: 'lines of the file read' })
  lines!: number;
  @ApiProperty({ type: 'integer', description: 'events stored' })
  stored!: number;
  @ApiProperty({
    type: 'integer',
    description: 'events already in the log with the same id on the same stream: skipped',
  })
  skipped!: number;
  @ApiProperty({ type: 'integer', description: 'negotiations (streams) in the file' })
  streams!: number;
  @ApiProperty({
    type: 'integer',
    description: 'position of the last stored event: pass it as `minPosition` to read the imported views',
  })
  position!: number;
  @ApiProperty({ type: ProvenanceDto })
  recorded!: ProvenanceDto;
}

@Closed()
export class RebuildResultDto {
  @ApiProperty({ type: 'integer', description: 'the global position the rebuilt views include' })
  position!: number;
  @ApiProperty({ type: 'integer' })
  negotiations!: number;
  @ApiProperty({ type: 'integer', description: 'events folded' })
  events!: number;
  @ApiProperty({ type: 'integer', description: 'how long it took, in milliseconds' })
  ms!: number;
}

const _provenance: Same<ProvenanceDto, Provenance> = true;
const _summary: Same<ImportSummaryDto, ImportSummary> = true;
const _rebuild: Same<RebuildResultDto, Awaited<ReturnType<ProjectionEngine['rebuild']>>> = true;
export const ADMIN_DTO_CHECKS = [_provenance, _summary, _rebuild];
