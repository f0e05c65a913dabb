import 'reflect-metadata';
import { IsInt, IsString, ValidateNested, type ValidationError } from 'class-validator';
import { NestedType, validateAs } from './class-validation';

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
