import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ONE,
  ZERO,
  add,
  compare,
  div,
  equals,
  formatRational,
  mul,
  neg,
  parseRational,
  rational,
  sub,
  toDecimal,
  toMixed,
} from './rational';

const r = (text: string) => parseRational(text)!;

describe('rational', () => {
  it('normalises: sign on the numerator, lowest terms, zero as 0/1', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0, -5)).toEqual({ num: 0n, den: 1n });
    expect(rational(-2, -6)).toEqual({ num: 1n, den: 3n });
    expect(() => rational(1, 0)).toThrow(RangeError);
  });

  it('parses and writes "-1/30", "8", "0"', () => {
    for (const text of ['-1/30', '8', '0', '7/6', '-236364091/2730']) expect(formatRational(r(text))).toBe(text);
    expect(formatRational(r('6/4'))).toBe('3/2');
    expect(formatRational(r('+3'))).toBe('3');
    expect(formatRational(r(' \u22121/2 '))).toBe('-1/2');
    expect(parseRational('1/0')).toBeNull();
    expect(parseRational('1.5')).toBeNull();
    expect(parseRational('')).toBeNull();
    expect(parseRational('1/-2')).toBeNull();
  });

  it('does exact arithmetic', () => {
    expect(formatRational(add(r('1/6'), r('-1/30')))).toBe('2/15');
    expect(formatRational(sub(r('5/18'), r('-7/15')))).toBe('67/90');
    expect(formatRational(mul(r('-1/30'), r('14')))).toBe('-7/15');
    expect(formatRational(div(r('7'), r('9')))).toBe('7/9');
    expect(() => div(ONE, ZERO)).toThrow(RangeError);
    expect(compare(r('-1/30'), r('-1/31'))).toBe(-1);
    expect(equals(neg(r('2/3')), r('-4/6'))).toBe(true);
  });

  it('approximates for display, rounding half away from zero', () => {
    expect(toDecimal(r('-1/30'), 5)).toBe('-0.03333');
    expect(toDecimal(r('2/3'), 0)).toBe('1');
    expect(toDecimal(r('1/6'), 3)).toBe('0.167');
    expect(toDecimal(r('-1/2'), 0)).toBe('-1');
    expect(toDecimal(r('-1/3000'), 2)).toBe('0.00');
    expect(toDecimal(r('8553103/6'), 2)).toBe('1425517.17');
    expect(toMixed(r('-3/2'))).toBe('-1 1/2');
    expect(toMixed(r('2/3'))).toBe('2/3');
    expect(toMixed(r('-8'))).toBe('-8');
  });

  it('keeps field laws exactly (property)', () => {
    const frac = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }))
      .map(([n, d]) => rational(n, d));
    fc.assert(
      fc.property(frac, frac, frac, (a, b, c) => {
        expect(add(sub(a, b), b)).toEqual(a);
        expect(mul(a, add(b, c))).toEqual(add(mul(a, b), mul(a, c)));
        if (b.num !== 0n) expect(mul(div(a, b), b)).toEqual(a);
        expect(parseRational(formatRational(a))).toEqual(a);
      }),
    );
  });
});
