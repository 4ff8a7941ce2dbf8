import en from './en.json';
import { createTranslator, DEFAULT_LOCALE, LOCALES, type Messages } from '~/lib/i18n';

/** UI string catalogs by locale; `en` is the source of truth. */
const catalogs: Record<string, Messages> = { en };

/** Codes of the locales the site is built for. */
export const localeCodes: string[] = LOCALES.map((l) => l.code);

export { DEFAULT_LOCALE };

/**
 * The translator for a locale. A key missing from a translation falls back to
 * English; a key missing everywhere fails the build, so a typo never ships.
 */
export function useTranslations(locale: string) {
  return createTranslator(catalogs[locale] ?? catalogs[DEFAULT_LOCALE]!, en, (key, kind) => {
    if (kind === 'missing') throw new Error(`UI string "${key}" is not in src/i18n/en.json. Add it there.`);
  });
}

/** The translator function type, for components that receive one. */
export type Translate = ReturnType<typeof useTranslations>;

/** The strings whose keys start with one of the prefixes (e.g. every `plan.` string), plus any extra keys. */
export function stringsWithPrefix(t: Translate, prefixes: readonly string[], extra: readonly string[] = []) {
  const keys = Object.keys(en).filter((k) => prefixes.some((p) => k.startsWith(p)));
  return pickStrings(t, [...keys, ...extra]);
}

/** Picks the strings an island needs, so only those are sent to the browser. */
export function pickStrings(t: Translate, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, t(k)]));
}

/** The locale a page belongs to, from the first segment of its path. */
export function localeFromPath(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return localeCodes.includes(first) ? first : DEFAULT_LOCALE;
}
