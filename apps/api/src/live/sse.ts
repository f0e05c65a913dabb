/**
 * Server-Sent Events on a plain Node response: the framing, and one client
 * connection with a bounded queue. Nothing here awaits a client: a write goes
 * to the socket's buffer, and a client whose buffer grows past the limit is
 * told where to resume (`overflow`) and cut off, so a slow reader costs the
 * writers and the other readers nothing.
 */
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Which route a connection belongs to (the `stream` label of the `parley_sse_clients` gauge). */
export type StreamKind = 'events' | 'views';

/**
 * One SSE message. `data` must be a single line — JSON.stringify output is
 * (it escapes CR and LF) — and `id` is a global position.
 */
export function sseMessage(event: string, data: string, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${data}\n\n`;
}

export const KEEP_ALIVE = ': keep-alive\n\n';

const CRLF = Buffer.from('\r\n');

/**
 * Bytes to send to one or many clients, encoded once: the SSE text, and the
 * same as one HTTP/1.1 chunk (`<hex length>\r\n…\r\n`), built the first time
 * a chunked response asks for it. A fan-out hands one SseChunk to every
 * client, so each client costs one socket write of a shared Buffer — no
 * re-encoding, no per-client framing.
 */
export class SseChunk {
  private chunkedBytes: Buffer | undefined;

  constructor(readonly bytes: Buffer) {}

  static of(data: string | Buffer | SseChunk): SseChunk {
    return data instanceof SseChunk ? data : new SseChunk(typeof data === 'string' ? Buffer.from(data) : data);
  }

  get length(): number {
    return this.bytes.length;
  }

  /** The bytes framed as one chunk of a `Transfer-Encoding: chunked` body. */
  get chunked(): Buffer {
    return (this.chunkedBytes ??= Buffer.concat([
      Buffer.from(`${this.bytes.length.toString(16)}\r\n`),
      this.bytes,
      CRLF,
    ]));
  }
}

const KEEP_ALIVE_CHUNK = SseChunk.of(KEEP_ALIVE);

export interface ConnectionLimits {
  readonly maxBufferedBytes: number;
  readonly overflowGraceMs: number;
}

/** What the `overflow` message tells a client that fell behind. */
export interface OverflowNotice {
  /** Everything up to this global position was written to the client before this message. */
  readonly resumeFrom: number;
  readonly message: string;
}

export class SseConnection {
  /** The global position this client has been sent everything up to: its resume point. */
  position: number;
  private ended = false;
  private graceTimer: NodeJS.Timeout | undefined;
  private destroyAt = Number.POSITIVE_INFINITY;
  private readonly closed: Promise<void>;

  constructor(
    readonly kind: StreamKind,
    private readonly res: ServerResponse,
    private readonly limits: ConnectionLimits,
    startPosition: number,
    private readonly onOverflow?: () => void,
  ) {
    this.position = startPosition;
    this.closed = new Promise((resolve) => {
      const closed = () => {
        this.ended = true;
        if (this.graceTimer) clearTimeout(this.graceTimer);
        resolve();
      };
      // The client may have gone while the request waited (minPosition, a store read): 'close' has fired already.
      if (res.destroyed || res.socket?.destroyed) closed();
      else res.once('close', closed);
    });
  }

  /**
   * Sends the headers and the reconnect advice at once (nothing is buffered or
   * compressed on this route). From then on the body goes straight to the
   * socket, framed as the response's chunks would be (see SseChunk): the
   * response object only sends the headers and, at the end, the last chunk.
   */
  start(retryMs: number): void {
    const res = this.res;
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/event-stream');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    // nginx and similar proxies buffer responses unless told not to.
    res.setHeader('X-Accel-Buffering', 'no');
    res.socket?.setNoDelay(true);
    // A stream is idle by design between events: no socket timeout.
    res.socket?.setTimeout(0);
    res.flushHeaders();
    this.send(SseChunk.of(`retry: ${retryMs}\n\n`));
  }

  /** The socket the body goes to (the response's own until it ends). */
  private get socket(): Socket | null {
    return this.res.socket;
  }

  /** One socket write: the chunk as the response frames its body (chunked, or as is for an HTTP/1.0 client). */
  private send(chunk: SseChunk): void {
    const socket = this.socket;
    if (socket === null || socket.destroyed) return;
    socket.write(
      (this.res as ServerResponse & { chunkedEncoding?: boolean }).chunkedEncoding ? chunk.chunked : chunk.bytes,
    );
  }

  get open(): boolean {
    return !this.ended && !this.res.destroyed;
  }

  /** Bytes queued in this process for this client (Node's buffers; the kernel's are not counted). */
  get backlog(): number {
    return this.res.writableLength;
  }

  /** True once the socket has more queued than its high-water mark (Node's backpressure signal). */
  private get needsDrain(): boolean {
    const socket = this.socket;
    return socket !== null && socket.writableNeedDrain;
  }

  /** Resolves when the connection has closed, for whatever reason. */
  whenClosed(): Promise<void> {
    return this.closed;
  }

  /**
   * For pushed data (the live fan-out): queues `chunk`, records that the client
   * now has everything up to `upTo`, never waits. A client that still has more
   * than the limit queued from earlier pushes when new data arrives has fallen
   * behind: it is cut off with `overflow` instead (one burst larger than the
   * limit is fine for a client that reads it). Returns false then, or when the
   * client is gone.
   */
  push(chunk: string | Buffer | SseChunk, upTo: number, overflowMessage?: string): boolean {
    if (!this.open) return false;
    if (this.res.writableLength > this.limits.maxBufferedBytes) {
      this.overflow(overflowMessage);
      return false;
    }
    return this.write(chunk, upTo);
  }

  /** For pulled data (a catch-up that awaits `drained()` between pages): queues `chunk` with no limit check. */
  write(chunk: string | Buffer | SseChunk, upTo: number): boolean {
    if (!this.open) return false;
    this.send(SseChunk.of(chunk));
    if (upTo > this.position) this.position = upTo;
    return true;
  }

  /** A comment line keeps idle connections (and proxies) alive; skipped when data is already waiting to go out. */
  heartbeat(): void {
    if (this.open && this.res.writableLength === 0) this.send(KEEP_ALIVE_CHUNK);
  }

  /**
   * Resolves true once the socket has taken what was written (Node's usual
   * backpressure), false when the client went away or did not read for
   * `timeoutMs` — then it has been cut off with `overflow`.
   */
  async drained(timeoutMs: number): Promise<boolean> {
    if (!this.open) return false;
    const socket = this.socket;
    if (socket === null || !this.needsDrain) return true;
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      new Promise<'drain'>((resolve) => socket.once('drain', () => resolve('drain'))),
      this.closed.then(() => 'closed' as const),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.overflow();
    return outcome === 'drain' && this.open;
  }

  /** Tells the client where to resume and ends the response; a client that cannot even read that much is dropped after the grace time. */
  overflow(message?: string): void {
    if (!this.open) return;
    const notice: OverflowNotice = {
      resumeFrom: this.position,
      message:
        message ??
        `this client fell too far behind (more than ${this.limits.maxBufferedBytes} bytes waiting to be read) and was disconnected; ` +
          `reconnect with Last-Event-ID: ${this.position} to resume without a gap`,
    };
    this.res.end(sseMessage('overflow', JSON.stringify(notice)));
    this.ended = true;
    this.onOverflow?.();
    this.destroyAfter(this.limits.overflowGraceMs);
  }

  /**
   * Sends a last message and ends the stream: nothing more will come on it (the negotiation it
   * follows is gone). A client that cannot read it is dropped after the overflow grace time.
   */
  finish(last: string): void {
    if (!this.open) return;
    this.res.end(last);
    this.ended = true;
    this.destroyAfter(this.limits.overflowGraceMs);
  }

  /** Ends the stream (shutdown); the socket is destroyed if the client has not read the rest within `graceMs`. */
  close(graceMs: number): Promise<void> {
    if (this.open) {
      this.res.end();
      this.ended = true;
    }
    this.destroyAfter(graceMs);
    return this.closed;
  }

  /** Destroys the socket in `ms` unless it closes first (an earlier deadline already set stands). */
  private destroyAfter(ms: number): void {
    if (this.res.destroyed) return;
    const at = Date.now() + ms;
    if (this.graceTimer && this.destroyAt <= at) return;
    if (this.graceTimer) clearTimeout(this.graceTimer);
    this.destroyAt = at;
    this.graceTimer = setTimeout(() => this.res.destroy(), ms);
    this.graceTimer.unref();
  }
}

/** How a Coalescer spaces its runs. */
export interface Spacing {
  /** Least time between two runs (ms). */
  readonly minMs: number;
  /** Most time a request waits, whatever the cost (ms): the latency bound wins over the share. */
  readonly maxMs: number;
  /** The share of the CPU the runs aim to stay under (0–1). */
  readonly share: number;
}

/**
 * Runs `work` soon after `request()`, merging the requests of a burst: the
 * first request after a quiet spell runs on the next turn of the event loop
 * (low latency); later ones wait until `minMs` has passed since the last run
 * started — and until the last run's CPU cost is at most `share` of the time
 * since (a run that cost 5 ms with share 0.1 is followed by 45 ms of anything
 * else), but never longer than `maxMs`. So the fan-out to many clients trades
 * the number of writes against latency within a bound, and takes about its
 * share from the writers. The cost is CPU time (wall time on a busy machine
 * would count other processes), including the socket writes Node defers to
 * the end of the tick. Timers are unref'd: they never keep the process up.
 */
export class Coalescer {
  private immediate: NodeJS.Immediate | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastStart = Number.NEGATIVE_INFINITY;
  private lastCost = 0;

  /**
   * @param onCost told each run's CPU milliseconds (the same figure `cost` gives), e.g. to count them in a metric.
   */
  constructor(
    private readonly spacing: Spacing,
    private readonly work: () => void,
    private readonly onCost?: (ms: number) => void,
  ) {}

  request(): void {
    if (this.immediate || this.timer) return;
    const { minMs, maxMs, share } = this.spacing;
    const gap = Math.min(maxMs, Math.max(minMs, (this.lastCost * (1 - share)) / share));
    const wait = this.lastStart + gap - performance.now();
    if (wait <= 0) {
      this.immediate = setImmediate(this.fire);
      this.immediate.unref();
    } else {
      this.timer = setTimeout(this.fire, wait);
      this.timer.unref();
    }
  }

  /** Runs on the next turn whatever the spacing says (too much is waiting to hold it back any longer). */
  urge(): void {
    if (this.immediate) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.immediate = setImmediate(this.fire);
    this.immediate.unref();
  }

  /** CPU milliseconds the last run took, including the writes it queued for the end of its tick. */
  get cost(): number {
    return this.lastCost;
  }

  cancel(): void {
    if (this.immediate) clearImmediate(this.immediate);
    if (this.timer) clearTimeout(this.timer);
    this.immediate = undefined;
    this.timer = undefined;
  }

  private readonly fire = (): void => {
    this.immediate = undefined;
    this.timer = undefined;
    this.lastStart = performance.now();
    const cpu = process.cpuUsage();
    try {
      this.work();
    } finally {
      // Node flushes corked response writes in nextTick callbacks queued during `work`; this one runs after them.
      process.nextTick(() => {
        const used = process.cpuUsage(cpu);
        this.lastCost = (used.user + used.system) / 1000;
        this.onCost?.(this.lastCost);
      });
    }
  };
}
