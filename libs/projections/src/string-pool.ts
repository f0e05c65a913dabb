/**
 * One copy of each equal string (and small all-string shape) a fold keeps.
 *
 * Every stored event is parsed into strings of its own, so a million
 * developments naming the same actor, speaker, day or tone would keep a
 * million equal copies: most of the views' memory, and what every young
 * garbage collection copies while a rebuild runs. A fold that keeps a string
 * takes it through a pool and keeps the pool's copy instead; the views are the
 * same strings (equal values), only shared. The same goes for a few small
 * shapes made only of such strings (a statement's speaker and facts, a
 * position's data): one object per distinct content (`sharedObject`).
 *
 * Short-lived on purpose: a rebuild or one fold from the log has its own pool
 * and drops it when done (its strings live on in the states, shared), so
 * nothing grows with the life of the process. Long texts (a statement's
 * summary) are not pooled: they rarely repeat, and hashing them costs more
 * than it saves.
 */
export interface StringPool {
  /** `value`, or the equal string taken before it. */
  share(value: string): string;
  /**
   * The object kept before under the same `path` (`keepObject`), else
   * undefined. `path` spells an object's whole content, a fixed number of
   * parts per kind of object (the kind first, e.g. the shape's field list;
   * then its values, undefined for an absent one), so equal paths mean equal
   * objects: a statement's speaker or facts built and kept once rather than
   * per development. Shared objects are never written. Neither call keeps
   * `path` itself: a caller may reuse one array for every lookup (no
   * allocation per development).
   */
  sharedObject<T extends object>(path: readonly unknown[]): T | undefined;
  /** Keeps `value` under `path` (see `sharedObject`) and returns it. */
  keepObject<T extends object>(path: readonly unknown[], value: T): T;
}

type Trie = Map<unknown, unknown>;

/** A pool of its own (a Map: one hash of each string taken; a trie of Maps for the shapes). */
export function stringPool(): StringPool {
  const strings = new Map<string, string>();
  const objects: Trie = new Map();
  return {
    share(value) {
      const known = strings.get(value);
      if (known !== undefined) return known;
      strings.set(value, value);
      return value;
    },
    // A trie of Maps, one level per part: no key string to build (the parts are pooled strings, hashed once).
    sharedObject<T extends object>(path: readonly unknown[]): T | undefined {
      let node: Trie | undefined = objects;
      const last = path.length - 1;
      for (let i = 0; i < last && node !== undefined; i++) node = node.get(path[i]) as Trie | undefined;
      return node?.get(path[last]) as T | undefined;
    },
    keepObject<T extends object>(path: readonly unknown[], value: T): T {
      let node = objects;
      const last = path.length - 1;
      for (let i = 0; i < last; i++) {
        let next = node.get(path[i]) as Trie | undefined;
        if (next === undefined) {
          next = new Map();
          node.set(path[i], next);
        }
        node = next;
      }
      node.set(path[last], value);
      return value;
    },
  };
}

/** Keeps every string and object as it is: for a caller with no pool. */
export const NO_POOL: StringPool = {
  share: (value) => value,
  sharedObject: () => undefined,
  keepObject: (_path, value) => value,
};
