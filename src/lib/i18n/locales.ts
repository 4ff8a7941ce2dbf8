/** What the site needs to know about one published locale. */
export interface LocaleMeta {
  /** BCP 47 tag, also the URL segment, e.g. `en`. */
  code: string;
  /** The language's name in itself (endonym), e.g. `Español`, for the language picker. */
  name: string;
  /** Writing direction, for `<html dir>`. */
  dir: 'ltr' | 'rtl';
}

/** The locales the site publishes; the first is the default. */
export const LOCALES: LocaleMeta[] = [{ code: 'en', name: 'English', dir: 'ltr' }];

/** The source-of-truth locale: every other locale is checked against it and falls back to it. */
export const DEFAULT_LOCALE = 'en';

/** The metadata of a published locale, or undefined when the site does not publish it. */
export function getLocaleMeta(code: string): LocaleMeta | undefined {
  return LOCALES.find((locale) => locale.code === code);
}

// Languages usually written right to left. Kept beyond the published locales so
// that a new translation gets the right direction before anyone remembers to set it.
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'dv', 'yi', 'iw', 'ji', 'ckb', 'sd', 'ug', 'syr']);

// Scripts written right to left; an explicit script subtag (e.g. `pa-Arab`,
// `ar-Latn`) says more than the language does.
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/**
 * The writing direction of any locale tag, published or not: a published
 * locale's own `dir`, else `rtl` for right-to-left scripts and languages
 * (ar, he, fa, ur, ps, dv, yi and a few more), else `ltr`. Case-insensitive.
 */
export function localeDir(code: string): 'ltr' | 'rtl' {
  const known = getLocaleMeta(code);
  if (known) return known.dir;
  const [language = '', ...subtags] = code.toLowerCase().split(/[-_]/);
  const script = subtags.find((tag) => /^[a-z]{4}$/.test(tag));
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
