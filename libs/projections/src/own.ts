/** Reads and writes of records keyed by ids that users choose (an id may be `constructor` or `__proto__`). */

/** Own-property read: ids such as `constructor` must not find Object.prototype. */
export function getOwn<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Own-property write that also stores a key such as `__proto__` as data. */
export function setOwn<V>(record: Record<string, V>, key: string, value: V): void {
  // `__proto__` is the one key Object.prototype gives a setter; any other is a plain own data property (the cheap store).
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
