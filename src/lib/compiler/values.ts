/**
 * What a box, a field or a register holds while a program runs: an exact
 * number or a piece of text. Shared by the machine and the interpreter so the
 * two agree on every comparison and every printed character.
 * @module
 */
import { compareDecimals, formatDecimal, parseDecimal, type Decimal } from './decimal.ts';

/** A number (exact decimal) or a text. File fields always start as text. */
export type Value = { readonly kind: 'number'; readonly n: Decimal } | { readonly kind: 'text'; readonly s: string };

/** Wraps a decimal as a value. */
export function numberValue(n: Decimal): Value {
  return { kind: 'number', n };
}

/** Wraps a text as a value. */
export function textValue(s: string): Value {
  return { kind: 'text', s };
}

/** How the value prints: numbers in plain form (`2.5`), texts as they are. */
export function valueText(v: Value): string {
  return v.kind === 'number' ? formatDecimal(v.n) : v.s;
}

/**
 * The value as a number, or null when it is text that is not a number. Text
 * such as `0012` or ` 4.50 ` counts as a number (file fields are text), so
 * `ADD QUANTITY (A) TO TOTAL` works.
 */
export function asNumber(v: Value): Decimal | null {
  return v.kind === 'number' ? v.n : parseDecimal(v.s.trim());
}

/**
 * Compares two values the way COMPARE, TEST and IF do: as numbers when both
 * are numbers (or text that reads as a number), otherwise as text, character
 * by character (UTF-16 code units; UNIVAC had its own collating order).
 */
export function compareValues(a: Value, b: Value): -1 | 0 | 1 {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x && y) return compareDecimals(x, y);
  const s = valueText(a);
  const t = valueText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** The end-of-data sentinel that fills every field after the last item, as on UNIVAC tapes. */
export const END_OF_DATA = 'ZZZZZZZZZZZZ';
