import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../errors/error-body.dto';
import { ApiTextResponse } from '../http/api-text';
import { ImportSummaryDto, RebuildResultDto } from './responses.dto';
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isValidNegotiationId } from '@parley/domain';
import type { EventStore } from '@parley/event-store';
import { ProjectionEngine } from '@parley/projections';
import { type AuthenticatedRequest, RequireRole } from '../auth/auth.guard';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { RequestValidationError } from '../errors/validation';
import { CommandLoop } from '../recording/command-loop';
import { decompressor } from '../http/body';
import { rawResponse } from '../http/raw-response';
import { textQuery } from '../shared/params';
import { EVENT_STORE } from '../store/store.module';
import { ExportLogQuery } from './export';
import { ImportRejectedError, importJsonl, type ImportSummary } from './jsonl-import';

const JSONL_TYPES = [
  'application/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'text/plain',
  'application/octet-stream',
];

@ApiTags('admin')
@Controller('admin')
export class AdminController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly queryBus: QueryBus,
    private readonly engine: ProjectionEngine,
    private readonly commands: CommandLoop,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('export')
  @RequireRole('admin')
  @ApiOperation({ summary: 'The whole log as JSONL (one stored event per line, in position order)' })
  @ApiQuery({ name: 'negotiation', required: false, type: String, description: 'only this negotiation' })
  @ApiTextResponse(
    'application/x-ndjson',
    'one stored event per line as the store keeps it — { position, stream, revision, id, type, data, metadata, recordedAt } — in position order: what POST /admin/import reads',
  )
  @ApiErrors([400, 404, 410, 503], { 400: 'negotiation is not a negotiation id', 404: 'no such negotiation' })
  async export(@Res() reply: FastifyReply, @Query('negotiation') negotiationRaw?: unknown): Promise<void> {
    const negotiation = textQuery(negotiationRaw);
    if (negotiation !== undefined && !isValidNegotiationId(negotiation)) {
      throw new RequestValidationError([
        { field: 'negotiation', problems: ['must be a negotiation id (a lowercase slug)'] },
      ]);
    }
    // The response starts with the first bytes: a store that fails before then gets the usual error answer (503).
    let started: ServerResponse | undefined;
    const start = (): ServerResponse => {
      if (started) return started;
      const res = rawResponse(reply);
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="parley-${negotiation ?? 'log'}.jsonl"`);
      return (started = res);
    };
    const chunks = await this.queryBus.execute(new ExportLogQuery(negotiation));
    for await (const chunk of chunks) {
      const res = start();
      // Respect backpressure: a slow client must not make the export buffer the whole log.
      if (chunk && !res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', () => resolve()));
      if (res.destroyed) return;
    }
    start().end();
  }

  @Post('import')
  @RequireRole('admin')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import a JSONL log (as exported). Every line is checked as the HTTP write it would have been (validation, then the rules, replayed per stream in file order); ' +
      'a line an HTTP write would refuse, an id stored in another stream, or a stream that does not continue its stored history (by `revision`) refuses the whole file, naming the line, and nothing is stored. ' +
      'Idempotent. All or nothing: writes to the streams it touches wait until it ends. A faithful export (every line with its `revision`) keeps its recordedBy/recordedAt; any other file is stamped by the importing key, now — the answer says which.',
  })
  @ApiConsumes('application/x-ndjson')
  @ApiBody({
    required: true,
    description: 'the log: one stored event per line, as GET /admin/export writes it',
    schema: { type: 'string' },
  })
  @ApiResponse({ status: 200, type: ImportSummaryDto, description: 'imported (or already there)' })
  @ApiErrors([400, 410, 413, 415, 503], {
    400: 'refused: each bad line with its number (`errors`); nothing stored',
    410: "a line's negotiation has a stream deleted in EventStoreDB outside Parley: names it and the kind of deletion",
    413: "an append of it over the EventStoreDB cluster's MaxAppendSize: names the limit (docs/EVENTSTOREDB.md)",
  })
  async import(@Req() req: FastifyRequest): Promise<ImportSummary> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (!JSONL_TYPES.includes(type)) {
      throw new UnsupportedMediaTypeException({
        message: `send the log as application/x-ndjson (one JSON event per line), ${type ? `not ${type}` : 'the request has no Content-Type'}`,
        code: 'unsupported-media-type',
      });
    }
    // A compressed log (an export piped through gzip) is read as what it compresses, as a JSON body is.
    const encoding = String(req.headers['content-encoding'] ?? 'identity')
      .trim()
      .toLowerCase();
    let input: Readable = req.raw;
    if (encoding !== 'identity') {
      const inflate = decompressor(encoding);
      if (inflate === undefined) {
        throw new UnsupportedMediaTypeException({
          message: `unsupported content encoding "${encoding.slice(0, 40)}": send the log as it is, or gzip, deflate or br`,
          code: 'encoding.unsupported',
        });
      }
      input = req.raw.pipe(inflate);
      req.raw.once('error', (error) => inflate.destroy(error));
    }
    try {
      // The body was left unread (http/body.ts): it streams from the socket, never buffered whole.
      return await this.engine.withoutPeriodicSnapshots(() =>
        importJsonl(this.store, input, {
          spoolDir: this.config.dataDir,
          importedBy: (req as AuthenticatedRequest).principal?.name ?? 'import',
          exclusive: (streams, work) => this.commands.exclusive(streams, work),
          window: this.config.importWindow,
        }),
      );
    } catch (error) {
      // zlib's error (Z_DATA_ERROR, …): the filter answers the 400 `encoding.invalid` a JSON body gets.
      if (encoding !== 'identity' && /^Z_/.test(String((error as { code?: unknown }).code)))
        throw Object.assign(error as Error, { status: 400 });
      if (error instanceof ImportRejectedError) {
        throw new RequestValidationError(
          error.problems.map((p) => ({ field: p.line ? `line ${p.line}` : 'file', problems: [p.problem] })),
        );
      }
      throw error;
    }
  }

  @Post('rebuild')
  @RequireRole('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rebuild every view from the log (e.g. after the escalation model changed)' })
  @ApiResponse({ status: 200, type: RebuildResultDto, description: 'rebuilt' })
  rebuild() {
    return this.engine.rebuild();
  }
}
