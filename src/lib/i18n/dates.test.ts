import { describe, expect, it } from 'vitest';
import { formatLongDate } from './dates.ts';

describe('formatLongDate', () => {
  it('writes English dates day first, month in words', () => {
    expect(formatLongDate(new Date(Date.UTC(1947, 8, 9, 12)), 'en')).toBe('9 September 1947');
  });
  it('uses the locale for other languages and survives a bad tag', () => {
    expect(formatLongDate(new Date(Date.UTC(1947, 8, 9, 12)), 'es')).toBe('9 de septiembre de 1947');
    expect(formatLongDate(new Date(Date.UTC(1947, 8, 9, 12)), 'not a locale!')).toBe('9 September 1947');
  });
});
