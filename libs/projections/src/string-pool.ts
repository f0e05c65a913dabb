/**
 * One copy of each equal string a fold keeps.
 *
 * Every stored event is parsed into strings of its own, so a million
 * developments naming the same actor, speaker, day or tone would keep a
 * million equal copies: most of the views' memory, and what every young
 * garbage collection copies while a rebuild runs. A fold that keeps a string
 * takes it through a pool and keeps the pool's copy instead; the views are the
 * same strings (equal values), only shared.
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
}

/** A pool of its own (a Map: one hash of each string taken). */
export function stringPool(): StringPool {
  const strings = new Map<string, string>();
  return {
    share(value) {
      const known = strings.get(value);
      if (known !== undefined) return known;
      strings.set(value, value);
      return value;
    },
  };
}

/** Keeps every string as it is: for a caller with no pool (one event applied live). */
export const NO_POOL: StringPool = { share: (value) => value };
