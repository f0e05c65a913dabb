/** Seconds taken by `work`, measured with the monotonic clock. */
export async function seconds(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Events per second for `count` events done by `work`. */
export async function rate(count: number, work: () => unknown): Promise<number> {
  return count / (await seconds(work));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Runs a baseline and a contender alternately `rounds` times and keeps the
 * median of each, so that drift in the machine (other load, page cache,
 * thermal) hits both sides alike.
 */
export async function paired(
  rounds: number,
  baseline: () => Promise<number>,
  contender: () => Promise<number>,
): Promise<{ baseline: number; contender: number }> {
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await baseline());
    c.push(await contender());
  }
  return { baseline: median(b), contender: median(c) };
}
