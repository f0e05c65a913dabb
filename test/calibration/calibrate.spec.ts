/**
 * `npm run calibrate` as an analyst runs it: every example case, each model's
 * level beside the analysts' calls, and the counts per model: on the calls
 * shipped in examples/escalation-judgements.csv, and on a judgements file
 * written here.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseJudgements } from '@parley/projections';

const ROOT = join(__dirname, '../..');

async function calibrate(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', join(ROOT, 'scripts', 'calibrate.ts'), ...args],
    { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', SWC_NODE_PROJECT: join(ROOT, 'tsconfig.json') } },
  );
  return stdout;
}

function score(out: string, model: string): { exact: number; within: number; total: number } {
  const m = new RegExp(`^${model}: (\\d+)/(\\d+) exact, (\\d+)/\\d+ within one level$`, 'm').exec(out);
  if (!m) throw new Error(`no score line for ${model} in:\n${out}`);
  return { exact: Number(m[1]), total: Number(m[2]), within: Number(m[3]) };
}

describe('npm run calibrate on a judgements file of its own', () => {
  it('reads quoted reasons, prints the calls of the judged case and the level changes of every other case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-calibrate-'));
    const file = join(dir, 'calls.csv');
    writeFileSync(
      file,
      'negotiation,at,level,why\npak-afghan-2025,2025-10-12T23:59:00Z,5,"Posts attacked on many points, ""tens"" killed"\n',
    );
    expect(parseJudgements('negotiation,at,level,why\nx,2025-10-12T23:59:00Z,5,"a ""quoted"", reason"\n')).toEqual([
      { negotiationId: 'x', at: '2025-10-12T23:59:00Z', level: 5, why: 'a "quoted", reason' },
    ]);
    expect(() => parseJudgements('negotiation,at,level,why\nx,2025-10-12,7,too high\n')).toThrow(/level "7"/);
    const out = await calibrate('--judgements', file);
    expect(out).toMatch(/^2025-10-12T23:59 {2}wanted 5 {3}v1 \d\S* +\d+\.\d {3}v2 5✓/m);
    expect(out).toMatch(/analysts: Posts attacked on many points, "tens" killed/);
    expect(out).toMatch(/^india-pakistan-2025$/m);
    expect(out).toMatch(/no analysts' calls for this case/);
    expect(out).toMatch(/^v2: 1\/1 exact, 1\/1 within one level$/m);
  });
});

describe("npm run calibrate on the shipped analysts' calls (examples/escalation-judgements.csv)", () => {
  it('v2 meets the goal: at least 11 of the 12 calls exact and all within one level', async () => {
    const out = await calibrate();
    expect(out).toMatch(/^pak-afghan-2025$/m);
    expect(out).toMatch(/^india-pakistan-2025$/m);
    const v2 = score(out, 'v2');
    expect(v2.total).toBeGreaterThanOrEqual(12);
    expect(v2.exact).toBeGreaterThanOrEqual(v2.total - 1);
    expect(v2.within).toBe(v2.total);
    // v1 is printed beside it, as specified (not a goal).
    expect(score(out, 'v1').total).toBe(v2.total);
  });
});
