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
 *   process.
 * - A compiled verdict (`accepts`): whether class-validator would find nothing
 *   wrong, answered by one straight pass over the checks the decorators
 *   registered, so class-validator's executor (an error object per property,
 *   argument objects, filters) runs only to word a refusal.
 */
import { Type } from 'class-transformer';
import {
  getMetadataStorage,
  IS_DEFINED,
  isDefined,
  ValidateBy,
  validateSync,
  ValidationTypes,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidationError,
  type ValidatorConstraintInterface,
  type ValidatorOptions,
} from 'class-validator';

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
    COMPILED = new WeakMap();
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

// ---------------------------------------------------------------------------
// The compiled verdict: class-validator's yes, without its executor
// ---------------------------------------------------------------------------

/** The options the verdict answers for: unknown fields and classes without metadata refused, as at our edge. */
export const STRICT = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

type Verdict = (value: Record<string, unknown>) => boolean;
type Condition = (object: object, value: unknown) => boolean;
/** A check of one value, given the object holding it: what a `directConstraint` runs. */
export type DirectTest = (value: unknown, object: Record<string, unknown>) => boolean;

const DIRECT = Symbol('parley:direct test');

/**
 * A class-validator constraint class (for `ValidateBy`'s `validator` or
 * `Validate`) whose check is `test(value, object)` and whose refusal is
 * `message(args)`. class-validator calls it as any constraint; the compiled
 * verdict calls `test` itself, with no arguments object and no call through
 * the class.
 */
export function directConstraint(
  name: string,
  test: DirectTest,
  message: (args?: ValidationArguments) => string,
): new () => ValidatorConstraintInterface {
  const cls = class implements ValidatorConstraintInterface {
    static readonly [DIRECT] = test;
    validate(value: unknown, args?: ValidationArguments): boolean {
      return test(value, (args?.object ?? {}) as Record<string, unknown>);
    }
    defaultMessage(args?: ValidationArguments): string {
      return message(args);
    }
  };
  ValidatorConstraint({ name, async: false })(cls);
  return cls;
}

/** class-validator's `isDefined` as a direct constraint: one class for every property that must be present. */
const DEFINED = directConstraint(IS_DEFINED, isDefined, () => '$property should not be null or undefined');

/**
 * class-validator's `IsDefined({ message })` — its name, its test, its place
 * in the executor (checked whatever `skipMissingProperties` says) — with its
 * test called directly by the compiled verdict.
 */
export function IsDefinedDirect(message: string): PropertyDecorator {
  return ValidateBy({ name: IS_DEFINED, validator: DEFINED }, { message });
}

/** Per class: its compiled verdict, or `null` where it uses something the compiler does not know. */
let COMPILED = new WeakMap<Ctor, Verdict | null>();

/**
 * One class's verdict compiled into a function of its own: each property read
 * by name, its conditions and checks called from a site of their own (a
 * `directConstraint`'s test directly, any other constraint through
 * `libraryPasses`), nested DTOs by their own compiled verdict, unknown fields
 * refused by one switch. `null` for the metadata types it does not execute
 * (promises, async constraints, a `@ValidateNested` without its `NestedType`,
 * a field the prototype already has): the class's verdict is class-validator's own.
 */
function compile(dto: Ctor): Verdict | null {
  if (COMPILED.has(dto)) return COMPILED.get(dto)!;
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(dto, undefined as unknown as string, false, false);
  // forbidUnknownValues: a class without metadata is refused, whatever the value.
  if (metadatas.length === 0) return remember(dto, () => false);
  // What the code calls (checks, conditions, helpers), each by a name of its own: r0, r1, …
  const refs: unknown[] = [];
  const ref = (value: unknown): string => {
    const known = refs.indexOf(value);
    return `r${known === -1 ? refs.push(value) - 1 : known}`;
  };
  const grouped = Object.entries(storage.groupByPropertyName(metadatas));
  const properties: string[] = [];
  const nestedTypes: (() => Ctor)[] = [];
  for (const [name, list] of grouped) {
    if (name in dto.prototype) return remember(dto, null);
    const key = JSON.stringify(name);
    const conditions: string[] = [];
    const checks: string[] = [];
    for (const m of list) {
      if (m.type === ValidationTypes.WHITELIST) continue;
      if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) conditions.push(`${ref(m.constraints[0])}(o, v)`);
      else if (m.type === ValidationTypes.NESTED_VALIDATION) {
        const type = nestedType(dto.prototype as object, name);
        if (type === undefined) return remember(dto, null);
        nestedTypes.push(type);
        checks.push(`${ref(nestedVerdict(type))}(v)`);
      } else if (m.type === ValidationTypes.CUSTOM_VALIDATION || m.type === ValidationTypes.IS_DEFINED) {
        const { validateIf } = m as { validateIf?: Condition };
        const direct = (m.constraintCls as { [DIRECT]?: DirectTest })[DIRECT];
        for (const c of storage.getTargetValidatorConstraints(m.constraintCls)) {
          if (c.async) return remember(dto, null);
          let check: string;
          if (direct !== undefined && !m.each) check = `${ref(direct)}(v, o)`;
          else {
            const instance = c.instance as { validate: (value: unknown, args: ValidationArguments) => unknown };
            const constraint = { validate: instance.validate.bind(instance), each: m.each, constraints: m.constraints };
            check = `${ref(libraryPasses)}(${ref(constraint)}, ${ref(dto.name)}, ${key}, o, v)`;
          }
          checks.push(validateIf ? `(!${ref(validateIf)}(o, v) || ${check})` : check);
        }
      } else return remember(dto, null);
    }
    const read = `v = hasOwn(o, ${key}) ? o[${key}] : undefined;`;
    const all = checks.length === 0 ? 'true' : checks.join(' &&\n    ');
    properties.push(
      conditions.length === 0
        ? `${read}\n  if (!(${all})) return false;`
        : `${read}\n  if (${conditions.join(' && ')} && !(${all})) return false;`,
    );
  }
  const cases = grouped.map(([name]) => `case ${JSON.stringify(name)}:`).join(' ');
  const body = [
    "'use strict';",
    'const hasOwn = Object.hasOwn;',
    'return function verdict(o) {',
    '  const keys = Object.keys(o);',
    `  for (let i = 0; i < keys.length; i++) switch (keys[i]) { ${cases} continue; default: return false; }`,
    '  let v;',
    ...properties.map((p) => `  ${p}`),
    '  return true;',
    '};',
  ].join('\n');
  // Code built from the class's metadata (property names as JSON strings): no input in it.
  const make = new Function(...refs.map((_, i) => `r${i}`), body) as (...values: unknown[]) => Verdict;
  // Cached before the nested classes are compiled, so a class nesting itself finds its own verdict.
  remember(dto, make(...refs));
  for (const type of nestedTypes) if (compile(type()) === null) return remember(dto, null);
  return COMPILED.get(dto)!;
}

function remember(dto: Ctor, verdict: Verdict | null): Verdict | null {
  COMPILED.set(dto, verdict);
  return verdict;
}

interface LibraryConstraint {
  readonly validate: (value: unknown, args: ValidationArguments) => unknown;
  readonly each: boolean;
  readonly constraints: unknown[];
}

/** A constraint other than a `directConstraint`, called as class-validator's executor calls it (`each` on a list). */
function libraryPasses(
  c: LibraryConstraint,
  targetName: string,
  property: string,
  object: object,
  value: unknown,
): boolean {
  const args: ValidationArguments = { targetName, property, object, value, constraints: c.constraints };
  if (c.each && Array.isArray(value)) {
    for (const item of value as unknown[]) if (c.validate(item, args) !== true) return false;
    return true;
  }
  return c.validate(value, args) === true;
}

/**
 * `nestedValidations` for a property read as `type()`: nothing to read, each
 * item of a list, an object by the class's compiled verdict (looked up at the
 * first object: a class may nest itself); anything else is refused.
 */
function nestedVerdict(type: () => Ctor): (value: unknown) => boolean {
  let verdict: Verdict | undefined;
  const passes = (value: unknown): boolean => {
    if (value === undefined) return true;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (!passes(value[i])) return false;
      return true;
    }
    if (value === null || typeof value !== 'object') return false;
    verdict ??= compile(type())!;
    return verdict(value as Record<string, unknown>);
  };
  return passes;
}

/**
 * Whether class-validator would find nothing wrong with `value` (a plain JSON
 * object, already walked for forbidden keys and depth) read as `dto` under
 * `STRICT`: one straight pass over the checks the DTO's decorators registered
 * (compiled at the first call and kept), calling each constraint's own
 * validator. A class using anything else is answered by `validateAs`.
 * It never says yes where class-validator says no (`class-validation.spec.ts`);
 * on a no, class-validator runs to word the refusal.
 */
export function accepts(dto: Ctor, value: Record<string, unknown>): boolean {
  try {
    const verdict = COMPILED.get(dto) ?? compile(dto);
    return verdict === null ? validateAs(dto, value, STRICT).length === 0 : verdict(value);
  } catch {
    return false;
  }
}

memoizeMetadataLookups(getMetadataStorage());
