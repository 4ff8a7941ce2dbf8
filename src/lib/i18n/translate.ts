/**
 * A message catalog: flat dotted keys to strings, e.g. `{ "nav.home": "Home" }`.
 * One catalog per locale lives in `src/i18n/<locale>.json`.
 */
export type Messages = Record<string, string>;

/** Values substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills its placeholders. */
export type Translator = (key: string, params?: MessageParams) => string;

/** Told when a key had to fall back to the source catalog, or was missing from both. */
export type MissingHandler = (key: string, kind: 'fallback' | 'missing') => void;

// A placeholder is `{` + an identifier + `}`. Anything else in braces, such as
// `{ }` or `{1 + 1}` in a code example, is ordinary text: there is no escaping
// and no plural or select syntax, on purpose.
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Replaces each `{name}` in `template` with `params.name`. A placeholder without
 * a matching param is left as written (`{name}`), so the mistake shows on the
 * page instead of silently vanishing. Only `{identifier}` is a placeholder;
 * other braces are kept as they are, and there is no escape syntax.
 */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    // hasOwn, so `{constructor}` is not filled from Object.prototype.
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The distinct placeholder names in a template, in order of first use. */
export function placeholderNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? ''))];
}

function lookup(catalog: Messages, key: string): string | undefined {
  // Own string values only: `toString` is not a message just because objects have one.
  if (!Object.hasOwn(catalog, key)) return undefined;
  const value = catalog[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Makes `t(key, params)` for one locale. It uses `messages[key]`; else
 * `fallback[key]` (the source locale's) and calls `onMissing(key, 'fallback')`;
 * else it returns the key itself and calls `onMissing(key, 'missing')`.
 * `onMissing` is called on every such lookup, so callers that log should dedupe.
 */
export function createTranslator(messages: Messages, fallback: Messages, onMissing?: MissingHandler): Translator {
  return (key, params) => {
    const own = lookup(messages, key);
    if (own !== undefined) return format(own, params);
    const source = lookup(fallback, key);
    if (source !== undefined) {
      onMissing?.(key, 'fallback');
      return format(source, params);
    }
    onMissing?.(key, 'missing');
    return key;
  };
}

/** How a translated catalog differs from the source catalog. */
export interface CatalogReport {
  /** Keys in the source that the translation lacks, in source order. */
  missing: string[];
  /** Keys in the translation that the source does not have, in translation order. */
  extra: string[];
  /** Keys in both whose sets of `{placeholders}` differ, in source order. */
  placeholderMismatch: string[];
}

/**
 * Compares a translation (`other`) with the source catalog (English). A
 * placeholder used twice counts once: only the sets of names are compared.
 */
export function checkCatalog(source: Messages, other: Messages): CatalogReport {
  const report: CatalogReport = { missing: [], extra: [], placeholderMismatch: [] };
  for (const key of Object.keys(source)) {
    const translated = lookup(other, key);
    if (translated === undefined) {
      report.missing.push(key);
      continue;
    }
    const want = new Set(placeholderNames(source[key] ?? ''));
    const have = new Set(placeholderNames(translated));
    const same = want.size === have.size && [...want].every((name) => have.has(name));
    if (!same) report.placeholderMismatch.push(key);
  }
  report.extra = Object.keys(other).filter((key) => !Object.hasOwn(source, key));
  return report;
}
