import * as fs from 'node:fs';
import * as path from 'node:path';
import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.guard';
import { etagOf, matchesIfNoneMatch } from '../http/etag';
import * as zlib from 'node:zlib';
import { acceptsGzip, assetPath, gzippedFile, renderIndex, type VendorFile } from './dashboard-files';
import { DomainModules } from './domain-modules';

export const DASHBOARD_DIR = Symbol('DASHBOARD_DIR');
export const VENDOR_FILES = Symbol('VENDOR_FILES');

const YEAR_S = 365 * 24 * 3600;

/**
 * The web dashboard: the page at `/`, its own modules and styles under
 * `/assets/`, the domain's modules it shares with the API under
 * `/assets/domain/` (compiled from their source: `domain-modules.ts`), and
 * the chart libraries under `/vendor/<pkg>@<version>/`. All
 * public (the page asks for an API key itself when the server has keys); the
 * data routes it calls keep their roles.
 */
@ApiExcludeController()
@Public()
@Controller()
export class DashboardController {
  constructor(
    @Inject(DASHBOARD_DIR) private readonly dir: string,
    @Inject(VENDOR_FILES) private readonly vendor: readonly VendorFile[],
    private readonly domain: DomainModules,
  ) {}

  /** The ETag of each compiled domain module (by its code: a module compiled again gets its own). */
  private readonly moduleTags = new Map<string, string>();

  @Get()
  index(@Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    // Read on every request: a small file, and an edited page shows without a restart.
    const html = renderIndex(fs.readFileSync(path.join(this.dir, 'index.html'), 'utf8'), this.vendor);
    reply.header('Cache-Control', 'no-cache');
    reply.header('Vary', 'Accept-Encoding');
    if (req.protocol !== 'https') dropUpgradeInsecureRequests(reply.raw);
    reply.type('text/html; charset=utf-8');
    if (!acceptsGzip(req.headers['accept-encoding'])) {
      void reply.send(html);
      return;
    }
    reply.header('Content-Encoding', 'gzip');
    void reply.send(zlib.gzipSync(html));
  }

  /** Declared before `assets/*`, which would otherwise take these URLs. */
  @Get('assets/domain/:file')
  domainModule(@Param('file') file: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    const name = /^([a-z0-9-]+)\.js$/.exec(file)?.[1];
    const code = name === undefined ? undefined : this.domain.module(name);
    if (code === undefined)
      throw new NotFoundException({
        message: `no domain module /assets/domain/${file.slice(0, 80)}`,
        code: 'not-found',
      });
    // Compiled from the source on first use: revalidated on every load (ETag), like the page's own modules.
    let etag = this.moduleTags.get(code);
    if (etag === undefined) this.moduleTags.set(code, (etag = etagOf(code)));
    reply.header('Cache-Control', 'no-cache').header('ETag', etag);
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) void reply.status(304).send();
    else void reply.type('text/javascript; charset=utf-8').send(code);
  }

  @Get('assets/*')
  asset(@Param('*') raw: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const segments = String(raw).split('/');
    const file = assetPath(this.dir, segments);
    if (!file)
      throw new NotFoundException({
        message: `no dashboard asset /assets/${segments.join('/').slice(0, 100)}`,
        code: 'not-found',
      });
    // Revalidated on every load (ETag): the modules are not versioned in their URLs.
    return sendFile(req, reply, file, 'no-cache');
  }

  @Get('vendor/:spec/:file')
  vendorFile(
    @Param('spec') spec: string,
    @Param('file') file: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const found = this.vendor.find((v) => `${v.pkg}@${v.version}` === spec && v.file === file);
    if (!found)
      throw new NotFoundException({
        message: `no vendor file /vendor/${spec.slice(0, 80)}/${file.slice(0, 80)}`,
        code: 'not-found',
      });
    // The version is in the URL, so the file at it never changes.
    return sendFile(req, reply, found.path, `public, max-age=${YEAR_S}, immutable`);
  }
}

/** Content types of the text files sent gzipped. */
const TEXT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

/**
 * A file, gzipped when the client takes it (text files only: the images are
 * small or compressed already); with its ETag (and Last-Modified when sent as
 * is), and 304 when If-None-Match holds the ETag. Resolves once it is sent.
 */
async function sendFile(req: FastifyRequest, reply: FastifyReply, file: string, cacheControl: string): Promise<void> {
  reply.header('Cache-Control', cacheControl);
  reply.header('Vary', 'Accept-Encoding');
  const type = TEXT_TYPES[path.extname(file)];
  if (type === undefined || !acceptsGzip(req.headers['accept-encoding'])) {
    await reply.sendFile(path.basename(file), path.dirname(file), { cacheControl: false });
    return;
  }
  const { body, etag } = gzippedFile(file);
  reply.header('ETag', etag);
  if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
    await reply.status(304).send();
    return;
  }
  reply.header('Content-Encoding', 'gzip');
  await reply.type(type).send(body);
}

/**
 * Helmet's default CSP asks the browser to fetch every subresource over https
 * (`upgrade-insecure-requests`). A page served over plain http from anything
 * but localhost (HOST=0.0.0.0 on a LAN) would then load none of its scripts or
 * styles. Over http there is nothing to upgrade to, so the page's own policy
 * leaves that directive out and keeps every other one as the app set it.
 */
export function dropUpgradeInsecureRequests(res: ServerResponse): void {
  const csp = res.getHeader('Content-Security-Policy');
  if (typeof csp !== 'string') return;
  res.setHeader(
    'Content-Security-Policy',
    csp
      .split(';')
      .filter((directive) => directive.trim() !== 'upgrade-insecure-requests')
      .join(';'),
  );
}
