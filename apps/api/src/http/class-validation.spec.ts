import 'reflect-metadata';
import {
  IsDefined,
  IsInt,
  IsOptional,
  IsString,
  ValidateIf,
  ValidateNested,
  ValidateBy,
  ValidatePromise,
  type ValidationError,
} from 'class-validator';
import { IsDefinedDirect, NestedType, STRICT, accepts, directConstraint, validateAs } from './class-validation';

const OPTIONS = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true };

class Inner {
  @IsInt()
  n!: number;
}

class Outer {
  @ValidateNested()
  @NestedType(() => Inner)
  one!: Inner;

  @ValidateNested({ each: true })
  @NestedType(() => Inner)
  many!: Inner[];

  @IsString()
  name!: string;
}

/** `path: constraint` for every failed check, depth first. */
function failures(errors: readonly ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    return [...Object.keys(e.constraints ?? {}).map((c) => `${path}: ${c}`), ...failures(e.children ?? [], path)];
  });
}

describe('validateAs', () => {
  it('validates a nested object and each item of a nested list as their class', () => {
    const body = { one: { n: 'x' }, many: [{ n: 1 }, { n: 2.5 }, { n: 3, extra: true }], name: 'a' };
    expect(failures(validateAs(Outer, body, OPTIONS))).toEqual([
      'one.n: isInt',
      'many.1.n: isInt',
      'many.2.extra: whitelistValidation',
    ]);
  });

  it('accepts a well-formed body and leaves it as it was', () => {
    const body = { one: { n: 1 }, many: [{ n: 2 }], name: 'a' };
    const before = JSON.stringify(body);
    expect(validateAs(Outer, body, OPTIONS)).toEqual([]);
    expect(JSON.stringify(body)).toBe(before);
    expect(Object.getPrototypeOf(body.one)).toBe(Object.prototype);
  });

  it('refuses a nested value that is not an object, by name', () => {
    expect(failures(validateAs(Outer, { one: 5, many: ['x'], name: 'a' }, OPTIONS))).toEqual([
      'one: nestedValidation',
      'many.0: nestedValidation',
    ]);
  });

  it('validates the nested objects a class inherits from the class it extends', () => {
    class Extended extends Outer {
      @IsInt()
      extra!: number;
    }
    expect(failures(validateAs(Extended, { one: { n: 'x' }, many: [], name: 'a', extra: 1 }, OPTIONS))).toEqual([
      'one.n: isInt',
    ]);
  });

  it('applies a check added to a class after the class was first validated', () => {
    class Late {
      @IsString()
      a!: string;
    }
    expect(validateAs(Late, { a: 'x', b: 1 }, OPTIONS)).toHaveLength(1); // b is not a field yet
    IsInt()(Late.prototype, 'b');
    expect(failures(validateAs(Late, { a: 'x', b: 1 }, OPTIONS))).toEqual([]);
    expect(failures(validateAs(Late, { a: 'x', b: 'y' }, OPTIONS))).toEqual(['b: isInt']);
  });
});

describe('accepts: the compiled verdict', () => {
  class Tagged {
    @ValidateIf((_o: unknown, v: unknown) => v !== undefined)
    @IsDefined()
    @IsString({ each: true })
    tags?: string[];

    @ValidateNested({ each: true })
    @NestedType(() => Outer)
    outers?: Outer[];
  }
  const bodies: Record<string, unknown>[] = [
    {},
    { tags: ['a', 'b'] },
    { tags: ['a', 1] },
    { tags: null },
    { tags: 'a' },
    { outers: [] },
    { outers: [{ one: { n: 1 }, many: [], name: 'x' }] },
    { outers: [{ one: { n: 1 }, many: [{ n: 1, more: 1 }], name: 'x' }] },
    { outers: [{ one: { n: 1 }, many: [[{ n: 1 }]], name: 'x' }] },
    { outers: [{ one: [], many: [], name: 'x' }] },
    { outers: [{ one: { n: 1 }, many: [], name: 'x' }, 'x'] },
    { outers: [null] },
    { outers: {} },
    { outers: 3 },
    { tags: [], unknown: 1 },
  ];

  it("gives class-validator's verdict on every body, through conditions, each, nesting, lists of lists and unknown fields", () => {
    const verdicts = bodies.map((body) => ({ body, accepted: accepts(Tagged, body) }));
    expect(verdicts).toEqual(bodies.map((body) => ({ body, accepted: validateAs(Tagged, body, STRICT).length === 0 })));
    // Both verdicts are reached.
    expect(verdicts.filter((v) => v.accepted)).toHaveLength(7);
  });

  it('refuses a class without any check, as forbidUnknownValues does', () => {
    class Bare {}
    expect(accepts(Bare, {})).toBe(false);
    expect(validateAs(Bare, {}, STRICT)).toHaveLength(1);
  });

  it('refuses an own "__proto__" key, which class-validator never sees', () => {
    const body = JSON.parse('{ "one": { "n": 1 }, "many": [], "name": "a", "__proto__": { "n": 1 } }') as object;
    expect(accepts(Outer, body as Record<string, unknown>)).toBe(false);
  });

  it('leaves a class using a check it does not execute to class-validator', () => {
    class Promised {
      @ValidatePromise()
      @IsOptional()
      @IsInt()
      p?: number;
    }
    expect(accepts(Promised, { p: 1 })).toBe(validateAs(Promised, { p: 1 }, STRICT).length === 0);
    expect(accepts(Promised, { p: 'x' })).toBe(false);
  });

  it('calls a direct constraint as class-validator does: on the value and its object, worded by its own message', () => {
    const short = directConstraint(
      'isShort',
      (v, o) => typeof v !== 'string' || v.length <= (typeof o.max === 'number' ? o.max : 3),
      (args) => `${args?.property ?? 'value'} is too long`,
    );
    class Direct {
      @IsDefined()
      @IsString()
      @ValidateBy({ name: 'isShort', validator: short })
      word!: string;

      @IsOptional()
      @IsInt()
      max?: number;

      @ValidateIf((_o: unknown, v: unknown) => v !== undefined)
      @ValidateBy({ name: 'isShort', validator: short }, { each: true })
      words?: string[];
    }
    const cases: Record<string, unknown>[] = [
      { word: 'abc' },
      { word: 'abcd' },
      { word: 'abcd', max: 4 },
      { word: 5 },
      { word: 'a', words: ['ab', 'abcd'] },
      { word: 'a', words: ['ab', 'abc'] },
      { word: 'a', words: 'abcdef' },
      { word: 'a', extra: 1 },
    ];
    const verdicts = cases.map((body) => ({ body, accepted: accepts(Direct, body) }));
    expect(verdicts).toEqual(cases.map((body) => ({ body, accepted: validateAs(Direct, body, STRICT).length === 0 })));
    expect(verdicts.filter((v) => v.accepted)).toHaveLength(3);
    expect(validateAs(Direct, { word: 'abcd' }, STRICT)[0]?.constraints).toEqual({ isShort: 'word is too long' });
  });

  it('IsDefinedDirect is IsDefined: the same refusals, keys and messages, the same verdict', () => {
    class Library {
      @ValidateIf((_o: unknown, v: unknown) => v !== undefined)
      @IsDefined({ message: '$property must not be null' })
      a?: number;

      @IsDefined({ message: '$property is required' })
      b!: number;
    }
    class Direct {
      @ValidateIf((_o: unknown, v: unknown) => v !== undefined)
      @IsDefinedDirect('$property must not be null')
      a?: number;

      @IsDefinedDirect('$property is required')
      b!: number;
    }
    const words = (errors: ValidationError[]) => errors.map((e) => [e.property, e.constraints]);
    for (const body of [{}, { a: null, b: 1 }, { a: 1, b: null }, { a: 1, b: 0 }, { b: undefined }]) {
      expect(words(validateAs(Direct, body, STRICT))).toEqual(words(validateAs(Library, body, STRICT)));
      expect(accepts(Direct, body)).toBe(accepts(Library, body));
    }
    expect(words(validateAs(Direct, { a: null }, STRICT))).toEqual([
      ['a', { isDefined: 'a must not be null' }],
      ['b', { isDefined: 'b is required' }],
    ]);
  });

  it('applies a check added to a class after its verdict was compiled', () => {
    class Later {
      @IsString()
      a!: string;
    }
    expect(accepts(Later, { a: 'x', b: 1 })).toBe(false);
    IsInt()(Later.prototype, 'b');
    expect(accepts(Later, { a: 'x', b: 1 })).toBe(true);
    expect(accepts(Later, { a: 'x', b: 'y' })).toBe(false);
  });
});
