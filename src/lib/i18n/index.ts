/**
 * i18n: locale metadata and message catalogs (flat dotted keys, `{name}`
 * placeholders). Plain data in, plain data out.
 * @module
 */
export type { LocaleMeta } from './locales.ts';
export { DEFAULT_LOCALE, LOCALES, getLocaleMeta, localeDir } from './locales.ts';
export type { CatalogReport, MessageParams, Messages, MissingHandler, Translator } from './translate.ts';
export { checkCatalog, createTranslator, format, placeholderNames } from './translate.ts';
export type { ValidationResult } from './validate.ts';
export { validateMessages } from './validate.ts';
export { formatLongDate } from './dates.ts';
