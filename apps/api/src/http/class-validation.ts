/**
 * class-validator at the edge, called the cheapest correct way.
 *
 * - No class-transformer round trip: class-validator needs the body as an
 *   instance of its DTO (and each nested object as an instance of its own DTO);
 *   `validateAs` builds exactly those objects from the already inspected plain
 *   copy (`NestedType` says which properties hold a nested DTO) and shares every
 *   other value, where `plainToInstance` copied the whole body again.
 * - Metadata looked up once: class-validator finds a class's validation
 *   metadata on every call by scanning every decorated class (for inheritance)
 *   and groups it by property again. Once the classes are decorated the answer
 *   never changes, so both are kept per class (and forgotten if a decorator is
 *   ever applied later). This holds for every caller of class-validator in the
 *   process, the global ValidationPipe included.
 */
import { Type } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError, type ValidatorOptions } from 'class-validator';

type Ctor = new () => object;

const NESTED = new WeakMap<object, Map<string | symbol, () => Ctor>>();

/**
 * The property holds an object of `type()` (or a list of them), for `validateAs`;
 * and class-transformer's `@Type` for it, for a ValidationPipe given the class.
 */
export function NestedType(type: () => Ctor): PropertyDecorator {
  const transformer = Type(type);
  return (prototype, property) => {
    transformer(prototype, property);
    let fields = NESTED.get(prototype);
    if (fields === undefined) NESTED.set(prototype, (fields = new Map()));
    fields.set(property, type);
  };
}

/**
 * `value` as an instance of `dto`, with an instance of the nested DTO wherever a
 * property has one (each item of a list too); every other value is `value`'s own.
 */
function instantiate(dto: Ctor, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => instantiate(dto, item));
  if (value === null || typeof value !== 'object') return value;
  const instance = Object.create(dto.prototype) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    const item = (value as Record<string, unknown>)[key];
    const type = nestedType(dto.prototype as object, key);
    instance[key] = type === undefined ? item : instantiate(type(), item);
  }
  return instance;
}

/** What `NestedType` said of `key` on this class or the nearest class it extends. */
function nestedType(prototype: object, key: string): (() => Ctor) | undefined {
  for (
    let p: object | null = prototype;
    p !== null && p !== Object.prototype;
    p = Object.getPrototypeOf(p) as object | null
  ) {
    const type = NESTED.get(p)?.get(key);
    if (type !== undefined) return type;
  }
  return undefined;
}

/**
 * class-validator's verdict on `value` (a plain object already walked for
 * forbidden keys and depth, e.g. by the recording routes' `inspect`) read as `dto`.
 */
export function validateAs(dto: Ctor, value: object, options: ValidatorOptions): ValidationError[] {
  return validateSync(instantiate(dto, value) as object, options);
}

type Storage = ReturnType<typeof getMetadataStorage>;
type Metadata = ReturnType<Storage['getTargetValidationMetadatas']>;
const MEMOIZED = Symbol('parley:memoized');

function memoizeMetadataLookups(storage: Storage & { [MEMOIZED]?: true }): void {
  if (storage[MEMOIZED]) return;
  storage[MEMOIZED] = true;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let byTarget = new Map<unknown, Map<string, Metadata>>();
  const grouped = new WeakMap<Metadata, ReturnType<Storage['groupByPropertyName']>>();
  storage.addValidationMetadata = (metadata) => {
    byTarget = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (groups !== undefined && groups.length > 0) return lookup(target, schema, always, strictGroups, groups);
    let forTarget = byTarget.get(target);
    if (forTarget === undefined) byTarget.set(target, (forTarget = new Map()));
    const key = `${String(schema)}\u0000${always}\u0000${strictGroups}`;
    let found = forTarget.get(key);
    if (found === undefined) {
      found = lookup(target, schema, always, strictGroups);
      forTarget.set(key, found);
      grouped.set(found, group(found));
    }
    return found;
  };
  storage.groupByPropertyName = (metadata) => grouped.get(metadata) ?? group(metadata);
}

memoizeMetadataLookups(getMetadataStorage());
