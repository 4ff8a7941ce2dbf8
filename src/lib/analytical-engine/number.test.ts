import { describe, expect, it } from 'vitest';
import {
  add,
  divide,
  formatPicture,
  formatPlain,
  formatSigned,
  mul,
  NEG_ZERO,
  parseValue,
  sub,
  TEN50,
} from './number.ts';

describe('numbers with a negative zero', () => {
  it('add and subtract like the reference’s sign-and-magnitude integers', () => {
    expect([add(0n, NEG_ZERO), add(NEG_ZERO, 0n), add(NEG_ZERO, NEG_ZERO), add(0n, 0n)]).toEqual([
      NEG_ZERO,
      NEG_ZERO,
      NEG_ZERO,
      0n,
    ]);
    expect([add(5n, -5n), add(NEG_ZERO, 3n), add(NEG_ZERO, -3n)]).toEqual([0n, 3n, -3n]);
    expect([sub(NEG_ZERO, 0n), sub(0n, NEG_ZERO), sub(NEG_ZERO, NEG_ZERO), sub(0n, 0n), sub(4n, 4n)]).toEqual([
      NEG_ZERO,
      NEG_ZERO,
      0n,
      0n,
      0n,
    ]);
    expect([mul(NEG_ZERO, 5n), mul(-3n, 0n)]).toEqual([0n, 0n]);
  });

  it('divide exactly, with the remainder’s sign of zero as the reference gives it', () => {
    expect(divide(-7n, 2n)).toEqual([-3n, -1n]);
    expect(divide(7n, -2n)).toEqual([-3n, 1n]);
    expect(divide(NEG_ZERO, 5n)).toEqual([0n, 0n]);
    expect(divide(-3n, 7n)).toEqual([0n, -3n]);
    // A one-limb divisor (< 2^30) gives +0; a larger one gives −0 for a larger negative dividend.
    expect(divide(-14n, 7n)).toEqual([-2n, 0n]);
    expect(divide(-2n * TEN50, TEN50)).toEqual([-2n, NEG_ZERO]);
    expect(divide(-TEN50, TEN50)).toEqual([-1n, 0n]);
    expect(divide(-(2n ** 31n), 2n ** 30n)).toEqual([-2n, NEG_ZERO]);
  });

  it('parse number-card values: an optional minus and digits only', () => {
    expect([parseValue('007'), parseValue('-0'), parseValue('-000'), parseValue('x'), parseValue('+5')]).toEqual([
      7n,
      NEG_ZERO,
      NEG_ZERO,
      null,
      null,
    ]);
    expect(parseValue('9'.repeat(100))).toBe(10n ** 60n);
    expect(parseValue(`-${'0'.repeat(100)}42`)).toBe(-42n);
  });

  it('print −0 as 0 by default and as -0 in snapshots', () => {
    expect([formatPlain(NEG_ZERO), formatSigned(NEG_ZERO), formatPlain(-12n)]).toEqual(['0', '-0', '-12']);
  });
});

describe('pictures', () => {
  const pic = (v: bigint | typeof NEG_ZERO, p: string) => formatPicture(v, p, p.includes('9'));

  it.each<[bigint | typeof NEG_ZERO, string, string]>([
    [12345n, '9.99', '123.45'],
    [5n, '9.99', '0.05'],
    [-5n, '9.99', '-0.05'],
    [5n, '#,###,##9', ',,5'],
    [1234567n, '#,###,##9', '1,234,567'],
    [-1234n, '#,###,##9', '-,1,234'],
    [5n, '#,###,###', '5'],
    [0n, '#,###,###', '0'],
    [5n, '+9', ' 5'],
    [-5n, '+9', '-5'],
    [-5n, '9-', '5-'],
    [5n, '9-', '5'],
    [5n, '±9', '+5'],
    [NEG_ZERO, '±9', '-0'],
    [NEG_ZERO, '9', '-0'],
    [123456789n, '$###,###.99', '1$234,567.89'],
    [5n, '99 . two digits', '05 . two digits'],
    [12345678901234567890n, '9.9', '1234567890123456789.0'],
  ])('%s through %j is %j', (v, p, s) => {
    expect(pic(v, p)).toBe(s);
  });
});
