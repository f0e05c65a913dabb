import * as fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import * as path from 'node:path';
import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.guard';
import { assetPath, renderIndex, type VendorFile } from './dashboard-files';
import { etagOf, matchesIfNoneMatch } from '../http/etag';
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
    if (req.protocol !== 'https') dropUpgradeInsecureRequests(reply.raw);
    void reply.type('text/html; charset=utf-8').send(html);
  }

  /** Declared before `assets/*`, which would otherwise take these URLs. */
  @Get('assets/domain/:file')
  domainModule(@Param('file') file: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    const name = /^([a-z0-9-]+)\.js$/.exec(file)?.[1];
    const code = name === undefined ? undefined : this.domain.module(name);
    if (code === undefined)
      throw new NotFoundException({ message: `no domain module /assets/domain/${file.slice(0, 80)}`, code: 'not-found' });
    // Compiled from the source on first use: revalidated on every load (ETag), like the page's own modules.
    let etag = this.moduleTags.get(code);
    if (etag === undefined) this.moduleTags.set(code, (etag = etagOf(code)));
    reply.header('Cache-Control', 'no-cache').header('ETag', etag);
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) void reply.status(304).send();
    else void reply.type('text/javascript; charset=utf-8').send(code);
  }

  @Get('assets/*')
  asset(@Param('*') raw: string, @Res() reply: FastifyReply): Promise<void> {
    const segments = String(raw).split('/');
    const file = assetPath(this.dir, segments);
    if (!file) throw new NotFoundException({ message: `no dashboard asset /assets/${segments.join('/').slice(0, 100)}`, code: 'not-found' });
    // Revalidated on every load (ETag / Last-Modified): the modules are not versioned in their URLs.
    return sendFile(reply, file, 'no-cache');
  }

  @Get('vendor/:spec/:file')
  vendorFile(@Param('spec') spec: string, @Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const found = this.vendor.find((v) => `${v.pkg}@${v.version}` === spec && v.file === file);
    if (!found) throw new NotFoundException({ message: `no vendor file /vendor/${spec.slice(0, 80)}/${file.slice(0, 80)}`, code: 'not-found' });
    // The version is in the URL, so the file at it never changes.
    return sendFile(reply, found.path, `public, max-age=${YEAR_S}, immutable`);
  }
}

/** A file with its ETag and Last-Modified (304 on a match) and our Cache-Control; resolves once it is sent. */
async function sendFile(reply: FastifyReply, file: string, cacheControl: string): Promise<void> {
  reply.header('Cache-Control', cacheControl);
  await reply.sendFile(path.basename(file), path.dirname(file), { cacheControl: false });
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
