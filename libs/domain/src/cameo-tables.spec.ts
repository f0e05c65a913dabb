import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, readGoldstein, readNames } from '../scripts/generate-cameo';
import { CAMEO_GOLDSTEIN, CAMEO_NAMES } from './cameo-goldstein.generated';

const data = (file: string) => readFileSync(join(__dirname, '../data', file), 'utf8');

describe('the CAMEO tables shipped with the domain', () => {
  it('given cameo-goldstein.tsv, then the generated weights equal it row for row (311 codes)', () => {
    const rows = readGoldstein(data('cameo-goldstein.tsv'));
    expect(rows).toHaveLength(311);
    // Compared as records: integer-like keys ('190') enumerate before others ('01'), whatever the file order.
    expect(Object.keys(CAMEO_GOLDSTEIN)).toHaveLength(311);
    expect(CAMEO_GOLDSTEIN).toEqual(Object.fromEntries(rows));
  });

  it('given cameo-codes.tsv, then the generated names equal it (312 codes: 1213 is named but has no GDELT weight)', () => {
    const rows = readNames(data('cameo-codes.tsv'));
    expect(rows).toHaveLength(312);
    expect(Object.keys(CAMEO_NAMES)).toHaveLength(312);
    expect(CAMEO_NAMES).toEqual(Object.fromEntries(rows));
    expect(CAMEO_NAMES['1213']).toBe('Reject judicial cooperation');
    expect(Object.hasOwn(CAMEO_GOLDSTEIN, '1213')).toBe(false);
  });

  // The shared folder lies beside the repo, not in it: where it is absent the comparison is skipped, and says so.
  const sharedData = join(__dirname, '../../../../shared/data');
  const compareShared = existsSync(sharedData) ? it : it.skip;
  compareShared(
    existsSync(sharedData)
      ? 'given the shared data, then the shipped copies are identical to it'
      : `given the shared data — SKIPPED: ${sharedData} is absent, so the shipped copies are not compared with it`,
    () => {
      for (const file of ['cameo-goldstein.tsv', 'cameo-codes.tsv']) {
        expect(data(file)).toBe(readFileSync(join(sharedData, file), 'utf8'));
      }
    },
  );

  it('when the script regenerates the module, then nothing changes (the generated file is up to date)', () => {
    expect(generate()).toBe(readFileSync(join(__dirname, 'cameo-goldstein.generated.ts'), 'utf8'));
  });

  it('weights the codes DOMAIN.md quotes as it says (GDELT, not ICEWS: 164 is −7.0)', () => {
    expect(CAMEO_GOLDSTEIN).toMatchObject({
      '036': 4.0,
      '046': 7.0,
      '057': 8.0,
      '164': -7.0,
      '08': 5.0,
      '03': 4.0,
      '12': -4.0,
      '139': -7.0,
      '010': 0,
      '111': -2.0,
      '112': -2.0,
      '130': -4.4,
      '13': -6.0,
      '138': -7.0,
      '0871': 9.0,
      '196': -9.5,
      '190': -10,
      '195': -10,
      '18': -9.0,
      '191': -9.5,
      '15': -7.2,
      '045': 5.0,
      '042': 1.9,
    });
  });
});
