import type { Severity } from './types.ts';

/**
 * Every code `diagnose` can emit, with its severity. Each code is also the key of
 * its English message in `src/i18n/en.json`. HTML problems start with `html.`,
 * CSS problems with `html.css-`, so the whole checker lives in one namespace.
 */
export const CODES = {
  // Structure: what is open, what is closed.
  'html.unclosed-element': 'error',
  'html.unclosed-optional': 'warning',
  'html.mismatched-end-tag': 'error',
  'html.stray-end-tag': 'error',
  'html.paragraph-closed-early': 'error',
  'html.void-end-tag': 'warning',
  // Tags, attributes and comments that do not finish.
  'html.unclosed-quote': 'error',
  'html.missing-open-quote': 'error',
  'html.unfinished-tag': 'error',
  'html.unclosed-comment': 'error',
  'html.duplicate-attribute': 'warning',
  // Names.
  'html.misspelt-element': 'error',
  'html.unknown-element': 'warning',
  // Accessibility and document shape.
  'html.img-missing-alt': 'error',
  'html.img-decorative-alt': 'info',
  'html.img-alt-not-meaningful': 'warning',
  'html.link-no-text': 'error',
  'html.heading-skips-level': 'warning',
  'html.multiple-h1': 'info',
  'html.missing-title': 'warning',
  'html.missing-lang': 'info',
  // What the sandboxed preview will not do.
  'html.script-not-run': 'info',
  'html.inline-handler-not-run': 'info',
  'html.javascript-url': 'warning',
  'html.external-resource': 'info',
  // CSS.
  'html.css-misspelt-property': 'error',
  'html.css-unknown-property': 'error',
  'html.css-misspelt-value': 'error',
  'html.css-missing-unit': 'error',
  'html.css-invalid-value': 'error',
  'html.css-missing-semicolon': 'error',
  'html.css-missing-colon': 'error',
  'html.css-missing-brace': 'error',
  'html.css-extra-brace': 'error',
  'html.css-unclosed-comment': 'error',
  'html.css-syntax-error': 'error',
  'html.css-external-resource': 'info',
} as const satisfies Record<string, Severity>;

/** A code `diagnose` can emit. */
export type Code = keyof typeof CODES;

/** Every code, in the order above (handy for catalogs and tests). */
export const DIAGNOSTIC_CODES = Object.keys(CODES) as Code[];

/** The most diagnostics reported per file: nobody reads more, and the editor stays quick. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;
