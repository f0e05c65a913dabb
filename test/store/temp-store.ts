import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory for one test's database file, removed by `remove`. */
export async function tempDir(
  label = 'parley-store-',
): Promise<{ dir: string; file: (name?: string) => string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), label));
  return {
    dir,
    file: (name = 'events.db') => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
