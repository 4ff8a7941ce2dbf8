import { describe, expect, it } from 'vitest';
import { MAX, out } from './engine.test-support.ts';

/** Runs `a op b`, prints E (and E′ when asked), then whether the run-up lever is set. */
function crank(a: string, op: string, b: string, primed = false): [string, string, 'set' | 'clear'] {
  const lines = out([
    `N1 ${a}`,
    `N2 ${b}`,
    'A write numbers as #9',
    op,
    'L1',
    'L2',
    'S3',
    'P',
    "S4'",
    'P',
    'CF?1',
    'A write annotation clear',
    'A write annotation end',
  ]).split('\n');
  const lever = lines[2] === 'clear' ? 'clear' : 'set';
  return [lines[0] as string, primed ? (lines[1] as string) : '', lever];
}

const NMAX = `-${MAX}`;
const TEN50 = `1${'0'.repeat(50)}`;

describe('the run-up lever and the 50-figure columns', () => {
  it.each([
    ['5', '+', '-3', '2', 'clear'],
    ['5', '+', '-5', '0', 'clear'],
    ['5', '+', '-6', '-1', 'set'],
    ['-5', '+', '6', '1', 'clear'],
    ['-5', '+', '-6', '-11', 'clear'],
    ['0', '+', '-1', '-1', 'set'],
    ['0', '+', '0', '0', 'clear'],
    [MAX, '+', '1', '0', 'set'],
    [MAX, '+', MAX, `${'9'.repeat(49)}8`, 'set'],
    [NMAX, '+', NMAX, `-1${'9'.repeat(49)}8`, 'clear'],
    [NMAX, '+', '-1', `-${TEN50}`, 'clear'],
    ['5', '-', '3', '2', 'clear'],
    ['5', '-', '5', '0', 'clear'],
    ['3', '-', '5', '-2', 'set'],
    ['-3', '-', '5', '-8', 'clear'],
    ['-5', '-', '-3', '-2', 'clear'],
    ['0', '-', '1', '-1', 'set'],
    [NMAX, '-', '1', '0', 'set'],
    [NMAX, '-', '2', '1', 'set'],
    [NMAX, '-', MAX, `${'9'.repeat(49)}8`, 'set'],
    [MAX, '-', '-1', TEN50, 'clear'],
    // Negative zero: the sign wheel shows under a picture and counts for the lever.
    ['0', '+', '-0', '-0', 'set'],
    ['-0', '+', '0', '-0', 'clear'],
    ['0', '-', '-0', '-0', 'set'],
    ['-0', '-', '-0', '0', 'clear'],
    ['-0', '×', '5', '0', 'clear'],
  ])('%s %s %s gives %s, lever %s', (a, op, b, e, lever) => {
    expect(crank(a, op, b)).toEqual([e, '', lever]);
  });

  it('splits a product past 10^50 into E′ (upper) and E (lower); the lever stays clear', () => {
    expect(crank(MAX, '×', MAX, true)).toEqual(['1', `${'9'.repeat(49)}8`, 'clear']);
    expect(crank(`1${'0'.repeat(49)}`, '×', '10', true)).toEqual([TEN50, '0', 'clear']);
    expect(crank(`-2${'0'.repeat(49)}`, '×', '10', true)).toEqual(['-0', '-2', 'clear']);
  });

  it('divides into a quotient (E′) and a remainder with the dividend’s sign (E)', () => {
    expect(crank('7', '÷', '2', true)).toEqual(['1', '3', 'clear']);
    expect(crank('-7', '÷', '2', true)).toEqual(['-1', '-3', 'clear']);
    expect(crank('7', '÷', '-2', true)).toEqual(['1', '-3', 'clear']);
    expect(crank('-7', '÷', '-2', true)).toEqual(['-1', '3', 'clear']);
  });

  it('sets the lever on division by zero, −0 included, giving 0 and 0', () => {
    expect(crank('7', '÷', '0', true)).toEqual(['0', '0', 'set']);
    expect(crank('0', '÷', '0', true)).toEqual(['0', '0', 'set']);
    expect(crank('7', '÷', '-0', true)).toEqual(['0', '0', 'set']);
  });

  it('sets it when the quotient has more than 50 figures; exactly 10^50 fits', () => {
    const divide = (low: string) =>
      out(['N1 1', `N2 ${low}`, '/', 'L2', "L1'", 'L1', "S3'", 'P', 'CF?1', 'A write annotation clear', '. end']);
    expect(divide('0')).toBe(`${TEN50}\nclear\n`);
    expect(divide('1')).toBe('0\n');
  });

  it('is cleared by every crank, × and pass-through included, and by nothing else', () => {
    const lever = (cards: string[]) =>
      out(['N1 1', '-', 'L0', 'L1', ...cards, 'CF?1', 'A write annotation clear', '. end']).includes('clear')
        ? 'clear'
        : 'set';
    expect(lever([])).toBe('set');
    expect(lever(['N5 3', 'S5', "S6'", '>2', '<2', 'P', 'A write in columns', 'CF?0', 'CB?0', 'CF+0', '+'])).toBe(
      'set',
    );
    expect(lever(['×', 'L1', 'L1'])).toBe('clear');
    expect(lever(['+', 'L1', 'L1'])).toBe('clear');
  });
});
