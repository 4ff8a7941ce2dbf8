import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compareDecimals,
  decimal,
  divideRounded,
  divideWhole,
  formatDecimal,
  multiply,
  parseDecimal,
  subtract,
  type Decimal,
} from './decimal.ts';
import { asNumber, compareValues, numberValue, textValue } from './values.ts';

const d = (text: string): Decimal => {
  const n = parseDecimal(text);
  if (!n) throw new Error(`not a number: ${text}`);
  return n;
};
const show = (n: Decimal) => formatDecimal(n);

describe('exact decimals', () => {
  it('add 0.1 and 0.2 to exactly 0.3', () => {
    expect(show(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(compareDecimals(add(d('0.1'), d('0.2')), d('0.3'))).toBe(0);
  });

  it('print without trailing zeros or a plus sign', () => {
    expect(['42', '-7', '2.50', '007', '-0.50', '0.000', '-0', '1.000100'].map((t) => show(d(t)))).toEqual([
      '42',
      '-7',
      '2.5',
      '7',
      '-0.5',
      '0',
      '0',
      '1.0001',
    ]);
    expect(show(decimal(5n, 3))).toBe('0.005');
  });

  it('read only plain numbers', () => {
    for (const t of ['+5', '1e3', '.5', '5.', '1,000', '', '-', ' 5', '0x10']) expect(parseDecimal(t), t).toBeNull();
  });

  it('subtract and multiply exactly', () => {
    expect(show(subtract(d('7.5'), d('10')))).toBe('-2.5');
    expect(show(multiply(d('1.50'), d('4')))).toBe('6');
    expect(show(multiply(d('-0.1'), d('0.1')))).toBe('-0.01');
    expect(show(multiply(d('123456789012345678901234567890'), d('10')))).toBe('1234567890123456789012345678900');
  });

  it('divide rounding half-up (away from zero) to at most 10 places', () => {
    const q = (a: string, b: string) => show(divideRounded(d(a), d(b)));
    expect(q('10', '4')).toBe('2.5');
    expect(q('1', '3')).toBe('0.3333333333');
    expect(q('2', '3')).toBe('0.6666666667');
    expect(q('-2', '3')).toBe('-0.6666666667');
    expect(q('2', '-3')).toBe('-0.6666666667');
    expect(q('1', '8')).toBe('0.125');
    expect(q('0.00000000005', '1')).toBe('0.0000000001');
    expect(q('0.00000000004', '1')).toBe('0');
    expect(q('1', '0.5')).toBe('2');
  });

  it('divide in whole numbers towards zero, with the remainder', () => {
    const w = (a: string, b: string) => {
      const r = divideWhole(d(a), d(b));
      return `${show(r.quotient)} r ${show(r.remainder)}`;
    };
    expect(w('14', '4')).toBe('3 r 2');
    expect(w('-14', '4')).toBe('-3 r -2');
    expect(w('14', '-4')).toBe('-3 r 2');
    expect(w('7.5', '2')).toBe('3 r 1.5');
    expect(w('1', '3')).toBe('0 r 1');
  });

  it('keep quotient × divisor + remainder equal to the dividend', () => {
    const num = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
      .map(([u, s]) => decimal(u, s));
    fc.assert(
      fc.property(num, num, (a, b) => {
        fc.pre(b.units !== 0n);
        const { quotient, remainder } = divideWhole(a, b);
        expect(compareDecimals(add(multiply(quotient, b), remainder), a)).toBe(0);
        expect(quotient.scale).toBe(0);
        const r = divideRounded(a, b);
        expect(r.scale).toBeLessThanOrEqual(10);
        expect(show(r)).toBe(show(d(show(r))));
      }),
    );
  });
});

describe('values', () => {
  it('compare as numbers when both are numbers, else as text', () => {
    expect(compareValues(textValue('9'), textValue('10'))).toBe(-1);
    expect(compareValues(textValue('0012'), numberValue(d('12')))).toBe(0);
    expect(compareValues(textValue('1003'), textValue('ZZZZZZZZZZZZ'))).toBe(-1);
    expect(compareValues(textValue('APPLE'), textValue('BANANA'))).toBe(-1);
    expect(compareValues(numberValue(d('2.5')), numberValue(d('2.50')))).toBe(0);
  });

  it('read text that spells a number as that number', () => {
    expect(asNumber(textValue(' 4.50 '))).toEqual(d('4.5'));
    expect(asNumber(textValue('FOUR'))).toBeNull();
  });
});
