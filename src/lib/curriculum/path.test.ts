import { describe, expect, it } from 'vitest';
import { compareOrdered, lessonPath, localePath, parseEntryId, parseNumberedName, trackPath } from './path.ts';

describe('parseEntryId', () => {
  it('reads a lesson id and drops the numeric prefixes', () => {
    expect(parseEntryId('en/01-start-here/02-how-to-learn')).toEqual({
      locale: 'en',
      trackOrder: 1,
      trackSlug: 'start-here',
      lessonOrder: 2,
      lessonSlug: 'how-to-learn',
    });
  });

  it('reads a track id without lesson fields', () => {
    const parsed = parseEntryId('en/10-analytical-engine');
    expect(parsed).toEqual({ locale: 'en', trackOrder: 10, trackSlug: 'analytical-engine' });
    expect(parsed && 'lessonSlug' in parsed).toBe(false);
  });

  it('accepts a track id that kept its file name, and a folder lesson that kept /index', () => {
    expect(parseEntryId('en/01-start-here/track')).toEqual({ locale: 'en', trackOrder: 1, trackSlug: 'start-here' });
    expect(parseEntryId('es/01-start-here/03-first-page/index')?.lessonSlug).toBe('first-page');
  });

  it('reads multi-digit prefixes as numbers and region locales', () => {
    expect(parseEntryId('pt-br/007-x/120-y')).toMatchObject({ locale: 'pt-br', trackOrder: 7, lessonOrder: 120 });
  });

  it.each([
    '',
    'en',
    'en/start-here',
    'en/01_start-here',
    'en/01-Start-Here',
    'en/01-start here',
    'en/01-',
    'en/-01-x',
    'en/01--x',
    'en/01-x-',
    'en/01-x/how-to-learn',
    'en/01-x/02-y/03-z',
    'en//01-x',
    '/en/01-x',
    'english!/01-x',
    'en/99999999999999999999-x',
  ])('returns undefined for %j', (id) => {
    expect(parseEntryId(id)).toBeUndefined();
  });

  it('returns undefined for a non-string id instead of throwing', () => {
    expect(parseEntryId(undefined as unknown as string)).toBeUndefined();
  });
});

describe('parseNumberedName and compareOrdered', () => {
  it('orders by number, not by string', () => {
    const names = ['10-x', '2-y', '1-z'].map((n) => parseNumberedName(n)!);
    expect(names.sort(compareOrdered).map((n) => n.slug)).toEqual(['z', 'y', 'x']);
  });

  it('breaks ties by slug', () => {
    const names = ['3-b', '3-a', '03-c'].map((n) => parseNumberedName(n)!);
    expect(names.sort(compareOrdered).map((n) => n.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('paths', () => {
  it('always start and end with a slash', () => {
    expect(localePath('en')).toBe('/en/');
    expect(trackPath('en', 'start-here')).toBe('/en/start-here/');
    expect(lessonPath('es', 'start-here', 'how-to-learn')).toBe('/es/start-here/how-to-learn/');
  });
});
