/**
 * `JSON.stringify(value)` as UTF-8 bytes, written a few kilobytes at a time.
 *
 * A snapshot row is one negotiation's whole view state: megabytes of JSON for
 * a long negotiation. One string of that size is born in V8's old generation
 * (its large-object space), and a snapshot of a thousand of them piles up
 * there until the next full collection: writing the snapshot after a
 * million-event rebuild took the process from ≈ 0.9 to ≈ 1.4 GiB. Written
 * here, the pieces are small strings that die young, and the bytes live
 * outside the heap: one reused scratch Buffer, and one Buffer of the row's
 * size per row.
 */
const PIECES = 16 * 1024;

/** The bytes being written, reused from one call to the next (a call runs to its end without yielding). */
let scratch = Buffer.allocUnsafe(64 * 1024);

class ByteWriter {
  private bytes = scratch;
  private length = 0;
  private readonly pending: string[] = [];
  private pendingChars = 0;

  push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= PIECES) this.flush();
  }

  /** The bytes written, in a Buffer of their own size. */
  result(): Buffer {
    this.flush();
    return Buffer.from(this.bytes.subarray(0, this.length));
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending.length = 0;
    this.pendingChars = 0;
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    const needed = this.length + text.length * 3;
    if (needed > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
      scratch = grown;
    }
    this.length += this.bytes.write(text, this.length, 'utf8');
  }
}

/** What `JSON.stringify` would write for `value` under `key` (its `toJSON` applied), or undefined where it writes nothing. */
function prepared(key: string, value: unknown): unknown {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * Values this deep are written by JSON.stringify itself, one string each (a
 * development, a demand: small strings): walking them key by key would build
 * V8's key caches for every shape of record in the views, which stay.
 */
const WALKED_DEPTH = 2;

function write(out: ByteWriter, value: unknown, depth: number): void {
  if (depth >= WALKED_DEPTH || typeof value !== 'object' || value === null) {
    // (Here a toJSON's result with a toJSON of its own would be asked for it again; no view state has one.)
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    out.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      const item = prepared(String(i), value[i]);
      if (skipped(item)) out.push('null');
      else write(out, item, depth + 1);
    }
    out.push(']');
    return;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const item = prepared(key, (value as Record<string, unknown>)[key]);
    if (skipped(item)) continue;
    out.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    write(out, item, depth + 1);
  }
  out.push('}');
}

/** `Buffer.from(JSON.stringify(value))` for a value JSON can write (not undefined, a function or a symbol at the top). */
export function jsonBytes(value: unknown): Buffer {
  const top = prepared('', value);
  if (skipped(top)) throw new TypeError('jsonBytes: nothing to write (undefined, a function or a symbol)');
  const out = new ByteWriter();
  write(out, top, 0);
  return out.result();
}
