import { describe, expect, it } from 'vitest';
import { out, problems, run } from './engine.test-support.ts';
import { loadChain } from './load.ts';
import { expandDecimal, mountChain } from './mount.ts';

/** The mounted chain's texts for a deck given as lines. */
function mounted(lines: string[]): string[] {
  const loaded = loadChain(`${lines.join('\n')}\n`, 'DECK.ae', new Map());
  return mountChain(loaded.chain).chain.map((c) => c.text);
}

describe('decimal expansion of number cards', () => {
  it.each([
    // [places, card value, digits stored] — rounding half away from zero at `places`.
    [3, '1.0456', '1046'],
    [3, '1.9996', '2000'],
    [2, '1.005', '101'],
    [2, '0.0051', '001'],
    [4, '0.01239', '00124'],
    [2, '0.999', '100'],
    [1, '0.95', '10'],
    [1, '1.95', '20'],
    [0, '1.99', '2'],
    [0, '1.49', '1'],
    [2, '-1.005', '-101'],
    [3, '-.5', '-500'],
    [3, '.5', '500'],
    [3, '5.', '5000'],
    [3, '-0.0', '-0000'],
    [2, '+1.5', '+150'],
    [1, '9.96', '100'],
    [3, '1.5x', '15x0'],
    [1, '1.23x', '12'],
  ])('at %i places, %s is written %s', (dp, value, digits) => {
    expect(expandDecimal(value, dp)).toBe(digits);
  });

  it('gives up (where the reference crashes) when the kept figures are not digits', () => {
    expect(expandDecimal('1.x56', 2)).toBe(null);
    expect(problems(['A set decimal places to 2', 'N1 1.x56'])).toEqual([['decimalNumberUnreadable', 2]]);
  });

  it('rewrites only two-token number cards, upper- or lower-case', () => {
    expect(mounted(['A set decimal places to 3', 'N1 1.0456', 'N2 1.5 . comment', 'n3 2.5'])).toEqual([
      '. A set decimal places to 3',
      'N1 1046 . Decimal expansion by attendant',
      'N2 1.5 . comment',
      'N3 2500 . Decimal expansion by attendant',
    ]);
  });

  it('stores −0 for -0.0, which shows under a picture', () => {
    expect(out(['A set decimal places to 1', 'N1 -0.0', 'L1', 'A write numbers as 9.9', 'P'])).toBe('-0.0\n');
  });
});

describe('decimal-place settings', () => {
  it('work in text order at mount time, absolute or relative', () => {
    expect(
      out([
        'A set decimal places to 3',
        'A write numbers with decimal point',
        'N1 1.5',
        'N2 -2.25',
        'L1',
        'L2',
        'P',
        'A set decimal places to +2',
        'A write numbers with decimal point',
        'P',
        'A set decimal places to 0',
        'A write numbers with decimal point',
        'P',
      ]),
    ).toBe('-2.250\n-0.02250\n-2250.\n');
  });

  it('rewrite bare stepping cards and the decimal-point picture', () => {
    expect(mounted(['A set decimal places to 10', '<', '> ', 'A write numbers with decimal point, please'])).toEqual([
      '. A set decimal places to 10',
      '<10 . Step count added by attendant',
      '> 10 . Step count added by attendant',
      'A write numbers as 9.9999999999',
    ]);
  });

  it('complain about a relative setting first, an unreadable one, or one out of 0–50', () => {
    expect(problems(['A set decimal places to +2'])).toEqual([['decimalPlacesRelative', 1]]);
    expect(problems(['A set decimal places to 3 . x'])).toEqual([['decimalPlacesUnreadable', 1]]);
    expect(problems(['A set decimal places to '])).toEqual([['decimalPlacesUnreadable', 1]]);
    expect(problems(['A set decimal places to 51'])).toEqual([['decimalPlacesRange', 1]]);
    expect(problems(['A set decimal places to 2', 'A set decimal places to -3'])).toEqual([['decimalPlacesRange', 2]]);
    expect(run(['A set decimal places to 51']).diagnostics[0]?.params).toMatchObject({ places: 51 });
  });

  it('stop the decimal pass at a missing setting, but still check the blocks', () => {
    expect(problems(['N1 1.5', 'N2 2.5', 'A set decimal places to x', '('])).toEqual([
      ['decimalPlacesNotSet', 1],
      ['blockNotClosed', 4],
    ]);
    // The pass stopped at line 1, so the setting on line 3 was never checked.
    expect(mounted(['N1 1.5', 'A set decimal places to 2', 'N2 2.5'])).toEqual([
      'N1 1.5',
      'A set decimal places to 2',
      'N2 2.5',
    ]);
  });
});

describe('blocks', () => {
  it('translate as the checked listing in the specification shows', () => {
    expect(mounted(['(?', '{?', 'A', '}{', '(', 'B', ')', '}', '. c', ')'])).toEqual([
      '. (? Translated by attendant',
      '. {? Translated by attendant',
      'CF?3',
      'A',
      '. }{ Translated by attendant',
      'CF+5',
      '. ( Translated by attendant',
      'B',
      'CB+2',
      '. ) Translated by attendant',
      '. } Translated by attendant',
      '. c',
      'CB?12',
      '. ) Translated by attendant',
    ]);
  });

  it('{ always skips; {? runs its first part when the lever is clear', () => {
    const tick = (s: string) => `A write annotation ${s}`;
    expect(out(['{', tick('never'), '}', tick('after')])).toBe('after\n');
    const deck = (a: string, b: string) => ['N1 1', '-', `L${a}`, `L${b}`, '{?', tick('clear'), '}{', tick('set'), '}'];
    expect(out(deck('1', '0'))).toBe('clear\n');
    expect(out(deck('0', '1'))).toBe('set\n');
  });

  it('( without an exit repeats for ever, until the card budget', () => {
    expect(run(['(', 'P', ')'], { maxCards: 10 })).toMatchObject({ status: 'limit', output: '0\n0\n0\n0\n0\n' });
  });

  it('complain about mismatched and unclosed blocks, at the right card', () => {
    expect(problems(['A write annotation x', '(?', 'A write annotation y', '}'])).toEqual([['blockMismatch', 4]]);
    expect(run(['(?', '}']).diagnostics[0]?.params).toMatchObject({ which: '(', expected: ')', startLine: 1 });
    expect(problems(['{?', 'x', '}{', 'y', ')'])).toEqual([['elseMismatch', 5]]);
    expect(problems(['(', '(', '{', ')'])).toEqual([
      ['blockMismatch', 4],
      ['blockNotClosed', 2],
      ['blockNotClosed', 1],
    ]);
  });

  it('leave an unterminated else part alone, and stray ends fail at run time', () => {
    expect(out(['{?', 'A write annotation y', '}{', 'A write annotation z'])).toBe('y\nz\n');
    expect(problems([')'])).toEqual([['unknownCard', 1]]);
  });
});
