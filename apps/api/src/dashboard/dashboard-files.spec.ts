import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import {
  acceptsGzip,
  assetPath,
  DashboardFilesError,
  findDashboardDir,
  gzippedFile,
  renderIndex,
  resolveVendorFiles,
} from './dashboard-files';

const REPO = path.resolve(__dirname, '../../../..');

describe('finding the dashboard', () => {
  it('walks up from the source folder (swc) and from the compiled one (dist/) to apps/dashboard', () => {
    expect(findDashboardDir(__dirname)).toBe(path.join(REPO, 'apps', 'dashboard'));
    expect(findDashboardDir(path.join(REPO, 'dist', 'apps', 'api', 'src', 'dashboard'))).toBe(
      path.join(REPO, 'apps', 'dashboard'),
    );
  });

  it('says what is missing when there is no dashboard above', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-dash-'));
    try {
      expect(() => findDashboardDir(tmp)).toThrow(DashboardFilesError);
      expect(() => findDashboardDir(tmp)).toThrow(/apps\/dashboard\/index.html/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('vendor files', () => {
  it('resolves the UMD builds in node_modules, with versioned URLs', () => {
    const vendor = resolveVendorFiles();
    expect(vendor.map((v) => v.pkg)).toEqual(['chart.js', 'chartjs-adapter-date-fns', 'chartjs-plugin-annotation']);
    for (const v of vendor) {
      expect(fs.existsSync(v.path)).toBe(true);
      expect(v.url).toBe(`/vendor/${v.pkg}@${v.version}/${v.file}`);
      expect(v.version).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it('fills index.html placeholders, and refuses an unknown package', () => {
    const vendor = resolveVendorFiles();
    const html = renderIndex('<script src="{{vendor:chart.js}}"></script>', vendor);
    expect(html).toBe(`<script src="${vendor[0]!.url}"></script>`);
    expect(() => renderIndex('{{vendor:left-pad}}', vendor)).toThrow(/unknown vendor package left-pad/);
  });
});

describe('asset paths', () => {
  const root = path.join(REPO, 'apps', 'dashboard');

  it('serves plain files inside the dashboard folder', () => {
    expect(assetPath(root, ['src', 'main.js'])).toBe(path.join(root, 'src', 'main.js'));
    expect(assetPath(root, ['styles.css'])).toBe(path.join(root, 'styles.css'));
  });

  it.each([
    [['..', 'package.json']],
    [['src', '..', '..', 'package.json']],
    [['.eslintrc.js']],
    [['index.html']],
    [['src', 'missing.js']],
    [['src']],
    [[]],
    [['src/../../x.js']],
  ])('refuses %j', (segments) => {
    expect(assetPath(root, segments)).toBeUndefined();
  });
});

describe('compressed files', () => {
  it('gzips a file once per version: the same bytes and ETag until it changes on disk, then new ones', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-gz-'));
    try {
      const file = path.join(tmp, 'app.js');
      fs.writeFileSync(file, 'export const a = 1;\n'.repeat(500));
      const first = gzippedFile(file);
      expect(zlib.gunzipSync(first.body).toString()).toBe(fs.readFileSync(file, 'utf8'));
      expect(first.body.length).toBeLessThan(fs.statSync(file).size / 10);
      expect(gzippedFile(file)).toBe(first);
      fs.writeFileSync(file, 'export const b = 2;\n'.repeat(600));
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
      const second = gzippedFile(file);
      expect(zlib.gunzipSync(second.body).toString()).toContain('export const b = 2;');
      expect(second.etag).not.toBe(first.etag);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    [undefined, false],
  ])('Accept-Encoding %p takes gzip: %p', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
