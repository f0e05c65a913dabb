/**
 * The import's second thread: the checks a line needs nothing else for
 * (`checkLine`: parse, envelope, codec, the edge's verdict) run here on the
 * groups of lines ahead of the one being decided, while the import's thread
 * decides. A decision needs its stream's state and the lines before it; these
 * checks do not, and they were about a third of the import thread's work.
 *
 * Hand-over, all in shared memory, no message: a group's bytes are copied
 * into a ring the worker reads (a copy costs a few µs per 64 KiB; a message
 * carrying them cost 120–150 µs, most of it allocating and transferring the
 * buffer), and what comes back is one word — the worker found every line of
 * the group good — and nothing else: the import's thread parses a vouched line
 * again (`checkedLine`), cheaper for it than receiving the parsed line (a
 * structured clone deserializes 3–5× slower than `JSON.parse`).
 *
 * The import never waits for the worker: a group it has not finished when
 * the group's turn comes (loading, lagging on a busy core, failed), or one
 * with a bad line, is checked on the import's thread as if there were no
 * worker — so a refusal is found and worded exactly as without it, the
 * lowest bad line first.
 */
import { Worker } from 'node:worker_threads';

/**
 * Who checks a group: its slot in the claims ring holds `group * STATES`
 * while nobody has claimed it, then `+ BY_IMPORT` (the import's thread checks
 * it; the worker skips it), `+ CHECKING` (the worker is at it), `+ PASSED`
 * (the worker found every line good) or `+ REFUSED` (it found a bad one). A
 * slot is reused RING groups later; every change names its group
 * (compare-and-exchange), so a stale one fails.
 */
const RING = 256;
const STATES = 8;
const BY_IMPORT = 1;
const CHECKING = 2;
const PASSED = 3;
const REFUSED = 4;

/** Groups the import offers ahead of the one it decides: it asks `passed` of a group at most this many groups after offering it. */
export const GROUPS_AHEAD = 8;

/**
 * The ring of group bytes: a group larger than MAX_GROUP is not offered (the
 * import checks it). The bytes of a group are overwritten only once the ring
 * has taken (RING_BYTES − 2 × MAX_GROUP) bytes of later groups — 14 groups
 * or more, more than GROUPS_AHEAD + 1 — by when the import has asked
 * `passed` of it: a worker that lags and reads bytes since overwritten can
 * vouch only for a group the import has settled already.
 */
const RING_BYTES = 8 * 1024 * 1024;
const MAX_GROUP = 512 * 1024;
/** Control words: groups offered so far; 1 once the worker is to stop. */
const OFFERED = 0;
const STOP = 1;

/**
 * The worker, as plain JavaScript run with `eval` (as the store's read-ahead
 * is): it requires `line-check` compiled, or as TypeScript through
 * @swc-node/register (tests, the bench), which does not reach a worker. It
 * sleeps in `Atomics.wait` until a group is offered.
 */
const WORKER = `
const { workerData } = require('node:worker_threads');
require(workerData.reflect);
if (workerData.tsLoader && !require.extensions['.ts']) require(workerData.tsLoader);
const { checkLine, linesOf } = require(workerData.module);
const control = new Int32Array(workerData.control);
const claims = new Int32Array(workerData.claims);
const where = new Int32Array(workerData.where);
const ring = new Uint8Array(workerData.ring);
const good = (bytes) => {
  for (const raw of linesOf(bytes, false)) {
    const text = raw.trim();
    if (text !== '' && checkLine(text).problem !== undefined) return false;
  }
  return true;
};
for (let group = 0; ; group++) {
  for (let offered; (offered = Atomics.load(control, ${OFFERED})) <= group; ) {
    if (Atomics.load(control, ${STOP})) return;
    Atomics.wait(control, ${OFFERED}, offered);
  }
  if (Atomics.load(control, ${STOP})) return;
  const slot = group % ${RING};
  const unclaimed = group * ${STATES};
  if (Atomics.compareExchange(claims, slot, unclaimed, unclaimed + ${CHECKING}) !== unclaimed) continue;
  const at = where[slot * 2];
  const bytes = ring.subarray(at, at + where[slot * 2 + 1]);
  Atomics.compareExchange(claims, slot, unclaimed + ${CHECKING}, unclaimed + (good(bytes) ? ${PASSED} : ${REFUSED}));
  Atomics.notify(claims, slot);
}
`;

/** `Atomics.waitAsync` (Node 16+; in TypeScript's lib from ES2024). */
interface WaitAsync {
  waitAsync(array: Int32Array, index: number, value: number, timeout: number): { value: unknown };
}

export class CheckWorker {
  private readonly worker: Worker;
  private readonly control = new Int32Array(new SharedArrayBuffer(2 * 4));
  private readonly claims = new Int32Array(new SharedArrayBuffer(RING * 4));
  /** Per slot: the group's offset in the ring and its length. */
  private readonly where = new Int32Array(new SharedArrayBuffer(RING * 2 * 4));
  private readonly ring = new Uint8Array(new SharedArrayBuffer(RING_BYTES));
  private offered = 0;
  /** Where the next group's bytes go in the ring. */
  private at = 0;
  private failed = false;

  constructor() {
    const module = require.resolve('./line-check');
    // The DTOs' decorators need reflect-metadata (the app loads it first); TypeScript needs its loader.
    const reflect = require.resolve('reflect-metadata');
    const tsLoader = module.endsWith('.ts') ? require.resolve('@swc-node/register') : undefined;
    const { control, claims, where, ring } = this;
    this.worker = new Worker(`(() => {${WORKER}})()`, {
      eval: true,
      workerData: {
        module,
        reflect,
        tsLoader,
        control: control.buffer,
        claims: claims.buffer,
        where: where.buffer,
        ring: ring.buffer,
      },
    });
    this.worker.unref();
    const fail = () => {
      this.failed = true;
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
  }

  /**
   * Hands the worker a group of whole lines (`parts`, `size` bytes in all,
   * read by `linesOf`); returns the group's number for `passed`, or
   * `undefined` if it is not offered (larger than MAX_GROUP, or the worker failed).
   */
  offer(parts: readonly Uint8Array[], size: number): number | undefined {
    if (this.failed || size > MAX_GROUP) return undefined;
    if (this.at + size > RING_BYTES) this.at = 0;
    const group = this.offered++;
    const slot = group % RING;
    this.where[slot * 2] = this.at;
    this.where[slot * 2 + 1] = size;
    for (const part of parts) {
      this.ring.set(part, this.at);
      this.at += part.length;
    }
    Atomics.store(this.claims, slot, group * STATES);
    Atomics.store(this.control, OFFERED, this.offered);
    Atomics.notify(this.control, OFFERED);
    return group;
  }

  /**
   * True when the worker has checked every line of the offered group and
   * found nothing wrong; false when the caller must check the group itself
   * (the worker has not started on it, and now will not; it is still at it;
   * it found a bad line; it failed). Ask once per group, in the order offered.
   */
  passed(group: number): boolean {
    const unclaimed = group * STATES;
    return Atomics.compareExchange(this.claims, group % RING, unclaimed, unclaimed + BY_IMPORT) === unclaimed + PASSED;
  }

  /**
   * Resolves once the worker is done with an offered group (vouched for it or
   * found a bad line): for a test that asks `passed` of a group the worker
   * must have checked. The import never waits for it.
   */
  async checked(group: number): Promise<void> {
    const slot = group % RING;
    for (;;) {
      const state = Atomics.load(this.claims, slot);
      if (state === group * STATES + PASSED || state === group * STATES + REFUSED) return;
      if (this.failed) throw new Error('the check worker failed');
      // (A timeout, to notice a worker that failed meanwhile; the timer keeps the process alive, as waitAsync does not.)
      const alive = setTimeout(() => undefined, 100);
      await (Atomics as unknown as WaitAsync).waitAsync(this.claims, slot, state, 100).value;
      clearTimeout(alive);
    }
  }

  stop(): void {
    Atomics.store(this.control, STOP, 1);
    Atomics.notify(this.control, OFFERED);
    void this.worker.terminate();
  }
}
