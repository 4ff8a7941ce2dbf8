/**
 * Exact decimal numbers for GRACE: a whole number of units and a scale, so the
 * value is `units × 10^-scale`. 0.1 + 0.2 is exactly 0.3, as on a decimal
 * machine like UNIVAC I (which had no binary fractions to round). Values are
 * plain frozen objects (structured-clone-able) and always normalised: no
 * trailing zero digits after the point, and zero has scale 0.
 * @module
 */

/** An exact decimal: `units × 10^-scale`, normalised. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** How many decimal places DIVIDE keeps (rounding half-up, away from zero). */
export const DIVIDE_PLACES = 10;

/**
 * The most digits a number may have, before and after the point together.
 * UNIVAC I held 11 digits a word; this is generous but finite, so a loop that
 * squares a number stops with a message instead of filling the memory.
 */
export const MAX_DIGITS = 100;

const NUMBER = /^(-)?(\d+)(?:\.(\d+))?$/;
const TEN = 10n;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

/** Makes a normalised decimal from units and scale (drops trailing zeros). */
export function decimal(units: bigint, scale = 0): Decimal {
  let u = units;
  let s = scale;
  while (s > 0 && u % TEN === 0n) {
    u /= TEN;
    s -= 1;
  }
  if (u === 0n) s = 0;
  return Object.freeze({ units: u, scale: s });
}

/** True when a number has more than `MAX_DIGITS` digits (counting those after the point). */
export function tooManyDigits(d: Decimal): boolean {
  const digits = (d.units < 0n ? -d.units : d.units).toString().length;
  return Math.max(digits, d.scale) > MAX_DIGITS;
}

/** Reads `42`, `-7`, `2.50` (no plus sign, no exponent, at most `MAX_DIGITS` digits); anything else is null. */
export function parseDecimal(text: string): Decimal | null {
  if (text.length > MAX_DIGITS + 2) return null;
  const m = NUMBER.exec(text);
  if (!m) return null;
  const fraction = m[3] ?? '';
  const units = BigInt((m[2] ?? '0') + fraction);
  const d = decimal(m[1] ? -units : units, fraction.length);
  return tooManyDigits(d) ? null : d;
}

/** Plain form: no trailing zeros, no plus sign, `-` only for negatives (`2.5`, `-7`, `0.03`). */
export function formatDecimal(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString();
  if (d.scale === 0) return (negative ? '-' : '') + digits;
  const padded = digits.padStart(d.scale + 1, '0');
  const cut = padded.length - d.scale;
  return (negative ? '-' : '') + padded.slice(0, cut) + '.' + padded.slice(cut);
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

/** a + b, exactly. */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return decimal(x + y, scale);
}

/** a − b, exactly. */
export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return decimal(x - y, scale);
}

/** a × b, exactly. */
export function multiply(a: Decimal, b: Decimal): Decimal {
  return decimal(a.units * b.units, a.scale + b.scale);
}

/** True when d is zero. */
export function isZero(d: Decimal): boolean {
  return d.units === 0n;
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

// a ÷ b as a fraction of two whole numbers with a positive denominator.
function fraction(a: Decimal, b: Decimal, extraPlaces: number): [bigint, bigint] {
  let n = a.units * pow10(b.scale + extraPlaces);
  let d = b.units * pow10(a.scale);
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  return [n, d];
}

/**
 * a ÷ b rounded half-up (halves go away from zero) to at most `places`
 * decimal places, trailing zeros dropped: 10 ÷ 4 is 2.5, 1 ÷ 3 is 0.3333333333,
 * 2 ÷ 3 is 0.6666666667. The caller must make sure b is not zero.
 */
export function divideRounded(a: Decimal, b: Decimal, places = DIVIDE_PLACES): Decimal {
  const [n, d] = fraction(a, b, places);
  let q = n / d;
  const r = n % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) q += n < 0n ? -1n : 1n;
  return decimal(q, places);
}

/**
 * The whole-number quotient of a ÷ b (cut towards zero) and the remainder
 * a − quotient × b, which has the sign of a: 14 ÷ 4 is 3 remainder 2,
 * -14 ÷ 4 is -3 remainder -2. The caller must make sure b is not zero.
 */
export function divideWhole(a: Decimal, b: Decimal): { quotient: Decimal; remainder: Decimal } {
  const [n, d] = fraction(a, b, 0);
  const quotient = decimal(n / d, 0);
  return { quotient, remainder: subtract(a, multiply(quotient, b)) };
}
