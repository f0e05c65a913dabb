/**
 * An immutable string-keyed map with structural sharing (a small hash array
 * mapped trie): `set` returns a new map in O(log32 n) and leaves the old one
 * untouched.
 *
 * Why: `evolve(state, event)` must be pure, and callers fold streams one event
 * at a time (`events.reduce(evolve, initialState)`, or a cache that evolves
 * the events appended since it last looked). Copying plain Maps on every event
 * made that fold quadratic (10,000 events took seconds); with this it is
 * linear.
 *
 * Iteration order follows the keys' hashes, not insertion: callers that need
 * an order sort (RecordedFact carries its `seq`).
 */

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

interface Leaf<V> {
  readonly hash: number;
  /** More than one entry only when two keys share a 32-bit hash. */
  readonly entries: readonly (readonly [string, V])[];
}
type Branch<V> = readonly (Node<V> | undefined)[];
type Node<V> = Leaf<V> | Branch<V>;

const isBranch = <V>(node: Node<V>): node is Branch<V> => Array.isArray(node);

/** FNV-1a, 32 bits. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class PersistentMap<V> {
  private static readonly EMPTY = new PersistentMap<never>(undefined, 0);

  private constructor(
    private readonly root: Node<V> | undefined,
    readonly size: number,
  ) {}

  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY as PersistentMap<V>;
  }

  static of<V>(entries: Iterable<readonly [string, V]>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  get(key: string): V | undefined {
    const hash = hashOf(key);
    let node = this.root;
    for (let shift = 0; node !== undefined; shift += BITS) {
      if (!isBranch(node)) return node.hash === hash ? node.entries.find(([k]) => k === key)?.[1] : undefined;
      node = node[(hash >>> shift) & MASK];
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A new map with `key` set to `value` (values are never `undefined`). */
  set(key: string, value: V): PersistentMap<V> {
    const result = insert(this.root, hashOf(key), 0, key, value);
    return new PersistentMap(result.node, this.size + (result.added ? 1 : 0));
  }

  *entries(): IterableIterator<[string, V]> {
    if (this.root !== undefined) yield* walk(this.root);
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): IterableIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }
}

function* walk<V>(node: Node<V>): Generator<[string, V]> {
  if (!isBranch(node)) {
    for (const [key, value] of node.entries) yield [key, value];
    return;
  }
  for (const child of node) if (child !== undefined) yield* walk(child);
}

function insert<V>(
  node: Node<V> | undefined,
  hash: number,
  shift: number,
  key: string,
  value: V,
): { node: Node<V>; added: boolean } {
  if (node === undefined) return { node: { hash, entries: [[key, value]] }, added: true };

  if (!isBranch(node)) {
    if (node.hash === hash) {
      const at = node.entries.findIndex(([k]) => k === key);
      const entries =
        at === -1
          ? [...node.entries, [key, value] as const]
          : node.entries.map((e, i) => (i === at ? ([key, value] as const) : e));
      return { node: { hash, entries }, added: at === -1 };
    }
    // Two different hashes differ in some 5-bit slice at or before shift 30, so this terminates.
    const branch: (Node<V> | undefined)[] = new Array<Node<V> | undefined>(WIDTH).fill(undefined);
    branch[(node.hash >>> shift) & MASK] = node;
    return insert(branch, hash, shift, key, value);
  }

  const index = (hash >>> shift) & MASK;
  const child = insert(node[index], hash, shift + BITS, key, value);
  const copy = node.slice();
  copy[index] = child.node;
  return { node: copy, added: child.added };
}
