import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

/**
 * Where the dashboard's files are, and the browser libraries it loads.
 *
 * The page and its modules live in `apps/dashboard/` (plain ES modules, no
 * build step). The app runs both from `apps/api/src` (swc) and from
 * `dist/apps/api/src` (tsc), so the folder is found by walking up from here to
 * the directory that holds `apps/dashboard/index.html` — the repo root in both
 * cases.
 *
 * Vendor files come straight from node_modules (the packages' own UMD builds),
 * resolved with `require.resolve`, so `npm install` is the only step. Their URL
 * carries the package version, which is what makes a year-long cache safe.
 */
export interface VendorFile {
  readonly pkg: string;
  readonly version: string;
  readonly file: string;
  /** Absolute path on disk. */
  readonly path: string;
  /** The URL the page loads it from, e.g. `/vendor/chart.js@4.5.1/chart.umd.min.js`. */
  readonly url: string;
}

/** The UMD builds the page needs: Chart.js first, then the date adapter and the annotation plugin (which register themselves). */
const VENDOR_SPECS: readonly { readonly pkg: string; readonly file: string }[] = [
  { pkg: 'chart.js', file: 'chart.umd.min.js' },
  { pkg: 'chartjs-adapter-date-fns', file: 'chartjs-adapter-date-fns.bundle.min.js' },
  { pkg: 'chartjs-plugin-annotation', file: 'chartjs-plugin-annotation.min.js' },
];

export class DashboardFilesError extends Error {
  override readonly name = 'DashboardFilesError';
}

/** The `apps/dashboard` folder: walks up from `from` to the first directory holding `apps/dashboard/index.html`. */
export function findDashboardDir(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'apps', 'dashboard');
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new DashboardFilesError(`the dashboard (apps/dashboard/index.html) was not found above ${from}`);
    dir = parent;
  }
}

/** Resolves each vendor file in node_modules; throws naming the package to install when one is missing. */
export function resolveVendorFiles(): VendorFile[] {
  return VENDOR_SPECS.map(({ pkg, file }) => {
    let main: string;
    try {
      // The packages export no `./package.json`, so resolve the entry point and look beside it (every one keeps its builds in dist/).
      main = require.resolve(pkg);
    } catch {
      throw new DashboardFilesError(`the dashboard needs the npm package ${pkg}: run npm install`);
    }
    const dist = path.dirname(main);
    const filePath = path.join(dist, file);
    if (!fs.existsSync(filePath)) throw new DashboardFilesError(`${pkg} has no ${file} in ${dist}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as { version?: string };
    const version = manifest.version ?? '0';
    return { pkg, version, file, path: filePath, url: `/vendor/${pkg}@${version}/${file}` };
  });
}

/** index.html with `{{vendor:<pkg>}}` replaced by the versioned vendor URLs. */
export function renderIndex(template: string, vendor: readonly VendorFile[]): string {
  return template.replace(/\{\{vendor:([a-z0-9.@/-]+)\}\}/g, (match, pkg: string) => {
    const found = vendor.find((v) => v.pkg === pkg);
    if (!found) throw new DashboardFilesError(`index.html refers to an unknown vendor package ${pkg}`);
    return found.url;
  });
}

/** The file an `/assets/...` request names, or undefined when it is not a plain file inside `root` (no dot-files, no `..`). */
export function assetPath(root: string, segments: readonly string[]): string | undefined {
  if (segments.length === 0 || segments.length > 8) return undefined;
  if (!segments.every((s) => /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(s) && s !== '..' && !s.startsWith('.')))
    return undefined;
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return undefined;
  if (!/\.(js|css|svg|png|woff2|json)$/.test(file)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** A file gzipped once per version on disk (size and mtime), with an ETag of its own. */
export interface GzippedFile {
  readonly body: Buffer;
  readonly etag: string;
}

const gzipped = new Map<string, GzippedFile & { readonly version: string }>();

/**
 * The dashboard's text files (modules, styles, Chart.js) gzipped at the highest level, kept in memory: about
 * 460 KB less to download for a negotiation page. A file edited on disk is compressed again on its next request.
 */
export function gzippedFile(file: string): GzippedFile {
  const stat = fs.statSync(file);
  const version = `${stat.size}-${stat.mtimeMs}`;
  const cached = gzipped.get(file);
  if (cached?.version === version) return cached;
  const body = zlib.gzipSync(fs.readFileSync(file), { level: zlib.constants.Z_BEST_COMPRESSION });
  const entry = { body, etag: `W/"gz-${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`, version };
  gzipped.set(file, entry);
  return entry;
}

/** Whether an Accept-Encoding header takes gzip (not refused with q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(
      ([coding, ...params]) =>
        (coding === 'gzip' || coding === '*') && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p)),
    );
}
