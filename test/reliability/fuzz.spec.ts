/**
 * 10,000 generated malformed or hostile requests against one running app
 * (its own process, keys for the three roles), over keep-alive connections:
 * zero 5xx, every 4xx names its problem, the log unchanged; see
 * scenarios/fuzz.ts. PARLEY_FUZZ_SEED replays a run; PARLEY_FUZZ_REQUESTS
 * changes its size.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KEYS, KEYS_ENV } from '../support/app';
import { fuzzScenario } from './scenarios/fuzz';
import { importFuzzScenario } from './scenarios/import-fuzz';
import { recordFigures } from './support/api';
import { startServer, type ServerProcess } from './support/server';

const REQUESTS = Number(process.env.PARLEY_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? Date.now() % 1_000_000_007);
const IMPORT_FILES = Number(process.env.PARLEY_IMPORT_FUZZ_FILES ?? 40);

describe('fuzzed requests', () => {
  let server: ServerProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-fuzz-'));
    // Wrong keys by the thousand are part of the fuzzing: lift the per-address throttle of wrong keys (trust.spec.ts tests it).
    server = await startServer(dataDir, {
      PARLEY_API_KEYS: KEYS_ENV,
      PARLEY_WRITE_RATE_LIMIT: '1000000',
      PARLEY_AUTH_FAILURE_LIMIT: '1000000',
    });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`given ${REQUESTS} malformed or hostile requests on every write and query route, then no 5xx, every 4xx names the problem, and the log is unchanged`, async () => {
    const figures = await fuzzScenario({
      url: server.url,
      keys: KEYS,
      requests: REQUESTS,
      seed: SEED,
      concurrency: 8,
    });
    recordFigures('fuzz', figures);
    expect(figures.failures).toEqual([]);
    expect(figures).toMatchObject({
      requests: REQUESTS,
      serverErrors: 0,
      unnamed: 0,
      badAnswers: 0,
      logChanged: false,
    });
    expect(Object.keys(figures.byCategory).length).toBeGreaterThanOrEqual(25);
    // (A guard against a hang, not a speed bar: about 75 s alone on the shared 2-core machine, twice that beside the other suites.)
  }, 300_000);

  it(`given ${IMPORT_FILES} import files each with one random change an HTTP write may refuse, then the import accepts none that HTTP refused, and stores nothing of those it refuses`, async () => {
    const figures = await importFuzzScenario({
      url: server.url,
      adminKey: KEYS.admin,
      analystKey: KEYS.analyst,
      files: IMPORT_FILES,
      seed: SEED,
    });
    recordFigures('import-fuzz', figures);
    expect(figures.findings).toEqual([]);
    expect(figures).toMatchObject({ acceptedBreaking: 0, refusedButStored: 0, validRefused: 0 });
    // The oracle did refuse most of them: the fuzzing tried what it claims to.
    expect(figures.httpRefused).toBeGreaterThan(IMPORT_FILES / 2);
  }, 180_000);
});
