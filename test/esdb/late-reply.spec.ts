/**
 * Issue #15, finding 3: a stray error of the EventStoreDB client (here its
 * late batch-append reply) must not kill the API. The scene runs in a child
 * process (support/late-reply-child.ts), where an uncaught exception can end
 * the process without ending jest.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function runChild(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'support', 'late-reply-child.ts'), ...args],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });
}

describe('a stray error of the EventStoreDB client', () => {
  it('without a guard, the late batch-append reply of the client ends the process', async () => {
    const { code, stderr } = await runChild();
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/TypeError/);
  });

  it('with the API process guards, it is logged and the process keeps running', async () => {
    const { code, stdout, stderr } = await runChild('--guard');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout.trim()) as { outcome: string; stored: boolean; logged: string[] };
    // The write went through, though the client told X otherwise because Y's stream broke.
    expect(report).toEqual({
      outcome: 'rejected: 14 UNAVAILABLE: injected UNAVAILABLE',
      stored: true,
      logged: ['the EventStoreDB client threw outside any request; ignored (see process-guards.ts)'],
    });
  });
});
