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
 *
 * A transient (as Clojure's): `asTransient(owner)` is the same map for a
 * caller that is its only holder — `set` then changes it in place and returns
 * it, copying a node of the trie only the first time it writes to it (nodes
 * it did not make may be shared with other maps). Code written as
 * `m = m.set(k, v)` runs on both. Once `owner.seal()` is called, every map of
 * that owner is persistent again: its `set` copies, and nothing changes it.
 * Why: an import decides a whole file into states only it holds; copying a
 * path of the trie per event made nodes that lived until the stream's next
 * line (a thousand lines later), long enough to be promoted and collected.
 */

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** One entry: a map holds one per key, so one object (keys that share a 32-bit hash are chained by `next`). */
interface Leaf<V> {
  readonly hash: number;
  readonly key: string;
  readonly value: V;
  readonly next: Leaf<V> | undefined;
}
type Node<V> = Leaf<V> | Branch<V>;

/** Who may change the nodes it made in place: a transient, until it is sealed. */
export class TransientOwner {
  private live = true;

  get editing(): boolean {
    return this.live;
  }

  /** Every map of this owner is persistent from now on. */
  seal(): void {
    this.live = false;
  }
}

class Branch<V> {
  constructor(
    readonly slots: (Node<V> | undefined)[],
    /** Set when a transient made it: only that transient, while it edits, may change `slots`. */
    readonly owner: TransientOwner | undefined,
  ) {}
}

const isBranch = <V>(node: Node<V>): node is Branch<V> => node instanceof Branch;

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
  private static readonly EMPTY = new PersistentMap<never>(undefined, 0, undefined);

  private constructor(
    private root: Node<V> | undefined,
    private count: number,
    /** Set on a transient: while it edits, `set` changes this map in place. */
    private readonly owner: TransientOwner | undefined,
  ) {}

  get size(): number {
    return this.count;
  }

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
      if (!isBranch(node)) {
        if (node.hash !== hash) return undefined;
        for (let leaf: Leaf<V> | undefined = node; leaf !== undefined; leaf = leaf.next) {
          if (leaf.key === key) return leaf.value;
        }
        return undefined;
      }
      node = node.slots[(hash >>> shift) & MASK];
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /**
   * A new map with `key` set to `value` (values are never `undefined`) — or,
   * on a transient whose owner still edits, this map changed in place.
   */
  set(key: string, value: V): PersistentMap<V> {
    const owner = this.owner?.editing ? this.owner : undefined;
    const result = insert(this.root, hashOf(key), 0, key, value, owner);
    if (!owner) return new PersistentMap(result.node, this.count + (result.added ? 1 : 0), undefined);
    this.root = result.node;
    if (result.added) this.count++;
    return this;
  }

  /**
   * This map as a transient of `owner` (itself if it already is one): its
   * `set` changes it in place until `owner.seal()`. This map is not changed.
   */
  asTransient(owner: TransientOwner): PersistentMap<V> {
    return this.owner === owner ? this : new PersistentMap(this.root, this.count, owner);
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
    for (let leaf: Leaf<V> | undefined = node; leaf !== undefined; leaf = leaf.next) yield [leaf.key, leaf.value];
    return;
  }
  for (const child of node.slots) if (child !== undefined) yield* walk(child);
}

/** The chain of `leaf` with `key`'s value replaced (its leaves up to `key` copied), or undefined when `key` is not in it. */
function replaced<V>(leaf: Leaf<V> | undefined, key: string, value: V): Leaf<V> | undefined {
  if (leaf === undefined) return undefined;
  if (leaf.key === key) return { hash: leaf.hash, key, value, next: leaf.next };
  const next = replaced(leaf.next, key, value);
  return next && { hash: leaf.hash, key: leaf.key, value: leaf.value, next };
}

/** `node` with `key` set: new nodes along the path, but a branch `owner` made is changed in place. */
function insert<V>(
  node: Node<V> | undefined,
  hash: number,
  shift: number,
  key: string,
  value: V,
  owner: TransientOwner | undefined,
): { node: Node<V>; added: boolean } {
  if (node === undefined) return { node: { hash, key, value, next: undefined }, added: true };

  if (!isBranch(node)) {
    if (node.hash === hash) {
      const chain = replaced(node, key, value);
      return chain ? { node: chain, added: false } : { node: { hash, key, value, next: node }, added: true };
    }
    // Two different hashes differ in some 5-bit slice at or before shift 30, so this terminates.
    const slots: (Node<V> | undefined)[] = new Array<Node<V> | undefined>(WIDTH).fill(undefined);
    slots[(node.hash >>> shift) & MASK] = node;
    return insert(new Branch(slots, owner), hash, shift, key, value, owner);
  }

  const index = (hash >>> shift) & MASK;
  const child = insert(node.slots[index], hash, shift + BITS, key, value, owner);
  if (owner !== undefined && node.owner === owner) {
    node.slots[index] = child.node;
    return { node, added: child.added };
  }
  const copy = new Branch(node.slots.slice(), owner);
  copy.slots[index] = child.node;
  return { node: copy, added: child.added };
}
