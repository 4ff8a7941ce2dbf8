import { describe, expect, it } from 'vitest';
import { altProblem } from './accessible.ts';
import { closest, editDistance } from './distance.ts';
import { lineStarts, positionAt, shorten } from './text.ts';

describe('positions', () => {
  it('count \\n, \\r\\n and a lone \\r as one line break each', () => {
    const starts = lineStarts('a\nb\r\nc\rd');
    expect(starts).toEqual([0, 2, 5, 7]);
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, 5)).toEqual({ line: 3, column: 1 });
    expect(positionAt(starts, 8)).toEqual({ line: 4, column: 2 });
  });

  it('shorten long values for messages', () => {
    expect(shorten('a   b\nc')).toBe('a b c');
    expect(shorten('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('sapn', 'span', 3)).toBe(1);
    expect(editDistance('colour', 'color', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('gives up beyond the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('suggests only close words, preferring the first on a tie', () => {
    expect(closest('heder', ['head', 'header', 'thead'])).toBe('header');
    expect(closest('x', ['a', 'b'])).toBeUndefined();
    expect(closest('pioneer', ['p', 'div'])).toBeUndefined();
  });
});

describe('alt text', () => {
  it.each([
    [undefined, 'missing'],
    ['', 'decorative'],
    ['  ', 'decorative'],
    ['Image', 'generic'],
    ['a picture', 'generic'],
    ['cat.svg', 'generic'],
    ['IMG_2041', 'generic'],
    ['123', 'generic'],
    ['ada-lovelace', 'generic'],
    ['Ada Lovelace at her desk', undefined],
  ])('%j is %s', (alt, problem) => {
    expect(altProblem(alt, 'pictures/ada-lovelace.svg')).toBe(problem);
  });
});
