import { describe, expect, it } from 'vitest';
import { openTagBefore } from './html-language';

describe('openTagBefore', () => {
  it('finds the start tag being finished, with or without attributes', () => {
    expect(openTagBefore('<p')).toBe('p');
    expect(openTagBefore('text <h1 class="big" id=main')).toBe('h1');
    expect(openTagBefore("<a href='x.html'")).toBe('a');
  });
  it('leaves void elements, end tags, unfinished quotes and plain text alone', () => {
    expect(openTagBefore('<img src="a.svg" alt="x"')).toBeUndefined();
    expect(openTagBefore('</p')).toBeUndefined();
    expect(openTagBefore('<p title="a > b')).toBeUndefined();
    expect(openTagBefore('2 < 3 and 4')).toBeUndefined();
  });
});
