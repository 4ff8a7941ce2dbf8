import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, getLocaleMeta, localeDir } from './index.ts';

describe('locale metadata', () => {
  it('publishes English as the default locale', () => {
    expect(DEFAULT_LOCALE).toBe('en');
    expect(LOCALES).toEqual([{ code: 'en', name: 'English', dir: 'ltr' }]);
    expect(LOCALES.some((l) => l.code === DEFAULT_LOCALE)).toBe(true);
  });

  it('gives every locale a unique code and a name', () => {
    const codes = LOCALES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const locale of LOCALES) expect(locale.name.length).toBeGreaterThan(0);
  });

  it('finds published locales and returns undefined for others', () => {
    expect(getLocaleMeta('en')).toEqual({ code: 'en', name: 'English', dir: 'ltr' });
    expect(getLocaleMeta('xx')).toBeUndefined();
    expect(getLocaleMeta('constructor')).toBeUndefined();
  });
});

describe('localeDir', () => {
  it.each(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi'])('%s is right to left', (code) => {
    expect(localeDir(code)).toBe('rtl');
  });

  it('reads region and case variants by their language', () => {
    expect(localeDir('ar-EG')).toBe('rtl');
    expect(localeDir('FA_IR')).toBe('rtl');
    expect(localeDir('en-GB')).toBe('ltr');
  });

  it('lets an explicit script subtag decide', () => {
    expect(localeDir('pa-Arab')).toBe('rtl');
    expect(localeDir('az-Arab-IR')).toBe('rtl');
    expect(localeDir('ar-Latn')).toBe('ltr');
  });

  it('is left to right for published and unknown left-to-right locales', () => {
    expect(localeDir('en')).toBe('ltr');
    expect(localeDir('es')).toBe('ltr');
    expect(localeDir('zh-Hant')).toBe('ltr');
    expect(localeDir('')).toBe('ltr');
  });
});
