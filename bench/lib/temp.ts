import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temp directories for one run. `PARLEY_BENCH_DIR` picks the parent: it must
 * be on a real disk, since on tmpfs an fsync is free and durable-append
 * figures mean nothing.
 */
export class TempDirs {
  private readonly dirs: string[] = [];
  private readonly parent = process.env['PARLEY_BENCH_DIR'] ?? tmpdir();

  create(label: string): string {
    const dir = mkdtempSync(join(this.parent, `parley-bench-${label}-`));
    this.dirs.push(dir);
    return dir;
  }

  removeAll(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}
