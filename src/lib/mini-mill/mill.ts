/**
 * The "little Mill" of the welcome lesson: two Store columns, one operation,
 * whole numbers only, as on Babbage's Engine. Mistakes come back as
 * diagnostics (never thrown), rendered from i18n keys `mill.error.<code>`.
 */

/** The four operations of the Mill. */
export type MillOperation = 'add' | 'subtract' | 'multiply' | 'divide';

/** Which column a mistake is in. */
export type MillColumn = 'v1' | 'v2';

/** A learner mistake: a stable code, where it is, and the message's parameters. */
export interface MillDiagnostic {
  code: 'empty' | 'notNumber' | 'tooLong' | 'divideByZero';
  severity: 'error';
  column: MillColumn;
  params: Record<string, string | number>;
}

/** What turning the crank gives. */
export type MillResult = { ok: true; value: string; remainder?: string } | { ok: false; diagnostics: MillDiagnostic[] };

/** The Engine's columns held about forty figures (Menabrea's "forty discs"). */
export const MAX_DIGITS = 40;

const WHOLE = /^[+-]?\d+$/;

/** Reads one column's text as a whole number, or explains why it can't. */
export function readColumn(text: string, column: MillColumn): bigint | MillDiagnostic {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  if (trimmed === '') return { code: 'empty', severity: 'error', column, params: {} };
  if (!WHOLE.test(trimmed)) {
    return { code: 'notNumber', severity: 'error', column, params: { text: trimmed.slice(0, 20) } };
  }
  if (trimmed.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '').length > MAX_DIGITS) {
    return { code: 'tooLong', severity: 'error', column, params: { max: MAX_DIGITS } };
  }
  return BigInt(trimmed);
}

/** Turns the crank: reads both columns and applies the operation exactly. */
export function turnCrank(v1Text: string, v2Text: string, operation: MillOperation): MillResult {
  const a = readColumn(v1Text, 'v1');
  const b = readColumn(v2Text, 'v2');
  const diagnostics = [a, b].filter((x): x is MillDiagnostic => typeof x !== 'bigint');
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const x = a as bigint;
  const y = b as bigint;
  switch (operation) {
    case 'add':
      return { ok: true, value: String(x + y) };
    case 'subtract':
      return { ok: true, value: String(x - y) };
    case 'multiply':
      return { ok: true, value: String(x * y) };
    case 'divide': {
      if (y === 0n) {
        return { ok: false, diagnostics: [{ code: 'divideByZero', severity: 'error', column: 'v2', params: {} }] };
      }
      // Like the Engine, division gives a whole quotient and a remainder.
      return { ok: true, value: String(x / y), remainder: String(x % y) };
    }
  }
}
