import { shorten } from './text.ts';

/**
 * Every problem the Engine can report. Each code has one English message in
 * `src/i18n/en.json` under `engine.diag.<code>`; the Engine never writes the
 * wording itself (its output is only what the machine prints).
 */
export const DIAGNOSTIC_CODES = [
  // Load: fetching included cards.
  'missingInclude',
  'missingLibrary',
  'includeLoop',
  'includeTooDeep',
  'deckTooLong',
  // Mount: the attendant's checks before the run.
  'decimalPlacesRelative',
  'decimalPlacesUnreadable',
  'decimalPlacesRange',
  'decimalPlacesNotSet',
  'decimalNumberUnreadable',
  'blockMismatch',
  'elseMismatch',
  'blockNotClosed',
  // Run: a card the Engine cannot carry out stops the run.
  'unknownCard',
  'badNumber',
  'numberTooLong',
  'columnOutOfRange',
  'badVariable',
  'badStep',
  'badSkip',
  'fellOffDeck',
  'badCurve',
  'attendantNotUnderstood',
  'numberTooBig',
  // Budgets: the Engine stopped a run that went on too long.
  'cardLimit',
  'outputLimit',
  // Warnings: the run goes on, but the learner may not expect what happened.
  'numberReadAsZero',
  'badSkipCount',
  'divisionByZero',
  // The Engine itself went wrong (a bug, or memory ran out): never the learner's fault.
  'internalError',
] as const;

/** One of {@link DIAGNOSTIC_CODES}. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** A problem found in a deck: a stable code, where it is, and what its message needs. */
export interface EngineDiagnostic {
  /** Stable camelCase code; the message is `engine.diag.<code>` in the i18n catalog. */
  code: string;
  /** `error` stops the deck; `warning` explains something surprising that did not stop it. */
  severity: 'error' | 'warning';
  /** 1-based line in the learner's deck (for an included card: the line of the include request). */
  line: number;
  /** When the card came from an included file: that file's name. */
  file?: string;
  /** The card's text as written (shortened when very long). */
  card?: string;
  /** Values for the message's `{placeholders}`; always has `line` and `card`. */
  params: Record<string, string | number>;
}

/** Where a card came from, enough to place a diagnostic. */
export interface CardPlace {
  line: number;
  file?: string | undefined;
  original: string;
}

/** Builds a diagnostic for a card, with `line` and `card` always in the params. */
export function diagnose(
  code: DiagnosticCode,
  severity: 'error' | 'warning',
  place: CardPlace,
  params: Record<string, string | number> = {},
): EngineDiagnostic {
  const card = shorten(place.original);
  const d: EngineDiagnostic = { code, severity, line: place.line, card, params: { ...params, line: place.line, card } };
  if (place.file !== undefined) {
    d.file = place.file;
    d.params['file'] = place.file;
  }
  return d;
}
