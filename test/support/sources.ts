/**
 * A copy of the repository's sources in a temporary directory, for the specs
 * that run `npm start` or `npm run bench` the way a fresh clone would (no
 * dist/ or dist-bench/ yet), with the repository's node_modules linked in.
 */
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

/** Copies `entries` (files or folders at the root) into a new temporary directory, skipping `skip`'s paths. */
export function copyOfSources(prefix: string, entries: readonly string[], skip?: (path: string) => boolean): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of entries)
    cpSync(join(ROOT, entry), join(dir, entry), {
      recursive: true,
      ...(skip === undefined ? {} : { filter: (source: string) => !skip(source) }),
    });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Every file under `dir`, as full paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}
