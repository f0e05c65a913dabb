import * as fs from 'node:fs';
import * as path from 'node:path';
import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.guard';
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

  @Get()
  index(@Req() req: Request, @Res() res: Response): void {
    // Read on every request: a small file, and an edited page shows without a restart.
    const html = renderIndex(fs.readFileSync(path.join(this.dir, 'index.html'), 'utf8'), this.vendor);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    if (!req.secure) dropUpgradeInsecureRequests(res);
    res.type('html');
    if (!acceptsGzip(req.headers['accept-encoding'])) {
      res.send(html);
      return;
    }
    res.setHeader('Content-Encoding', 'gzip');
    res.send(zlib.gzipSync(html));
  }

  /** Declared before `assets/*path`, which would otherwise take these URLs. */
  @Get('assets/domain/:file')
  domainModule(@Param('file') file: string, @Res() res: Response): void {
    const name = /^([a-z0-9-]+)\.js$/.exec(file)?.[1];
    const code = name === undefined ? undefined : this.domain.module(name);
    if (code === undefined)
      throw new NotFoundException({ message: `no domain module /assets/domain/${file.slice(0, 80)}`, code: 'not-found' });
    // Compiled from the source on first use: revalidated on every load (ETag), like the page's own modules.
    res.setHeader('Cache-Control', 'no-cache');
    res.type('text/javascript').send(code);
  }

  @Get('assets/*path')
  asset(@Param('path') raw: string | string[], @Req() req: Request, @Res() res: Response): void {
    // Express 5 hands a named wildcard over as its segments; older routers as one string.
    const segments = Array.isArray(raw) ? raw : String(raw).split('/');
    const file = assetPath(this.dir, segments);
    if (!file) throw new NotFoundException({ message: `no dashboard asset /assets/${segments.join('/').slice(0, 100)}`, code: 'not-found' });
    // Revalidated on every load (ETag): the modules are not versioned in their URLs.
    sendFile(req, res, file, 'no-cache');
  }

  @Get('vendor/:spec/:file')
  vendorFile(@Param('spec') spec: string, @Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    const found = this.vendor.find((v) => `${v.pkg}@${v.version}` === spec && v.file === file);
    if (!found) throw new NotFoundException({ message: `no vendor file /vendor/${spec.slice(0, 80)}/${file.slice(0, 80)}`, code: 'not-found' });
    // The version is in the URL, so the file at it never changes.
    sendFile(req, res, found.path, `public, max-age=${YEAR_S}, immutable`);
  }
}

/** A file, gzipped when the client takes it (text files only: the images are small or compressed already). */
function sendFile(req: Request, res: Response, file: string, cacheControl: string): void {
  if (!/\.(js|css|svg|json)$/.test(file) || !acceptsGzip(req.headers['accept-encoding'])) {
    res.sendFile(file, { cacheControl: false, headers: { 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' } });
    return;
  }
  const { body, etag } = gzippedFile(file);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('ETag', etag);
  res.type(path.extname(file));
  // Express answers 304 when If-None-Match holds the ETag.
  res.send(body);
}

/**
 * Helmet's default CSP asks the browser to fetch every subresource over https
 * (`upgrade-insecure-requests`). A page served over plain http from anything
 * but localhost (HOST=0.0.0.0 on a LAN) would then load none of its scripts or
 * styles. Over http there is nothing to upgrade to, so the page's own policy
 * leaves that directive out and keeps every other one as the app set it.
 */
export function dropUpgradeInsecureRequests(res: Response): void {
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
