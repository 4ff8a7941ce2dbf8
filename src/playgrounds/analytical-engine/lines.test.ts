import { describe, expect, it } from 'vitest';
import { lineSpan } from './lines';

describe('lineSpan', () => {
  const text = 'N001 5\nL001\n\nP';
  it('finds each line, without its new line', () => {
    expect(lineSpan(text, 1)).toEqual({ from: 0, to: 6 });
    expect(lineSpan(text, 2)).toEqual({ from: 7, to: 11 });
    expect(lineSpan(text, 3)).toEqual({ from: 12, to: 12 });
    expect(lineSpan(text, 4)).toEqual({ from: 13, to: 14 });
  });
  it('clamps a line past the end to the end of the text', () => {
    expect(lineSpan(text, 9)).toEqual({ from: 14, to: 14 });
  });
});
