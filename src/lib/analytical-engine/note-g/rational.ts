/**
 * Exact fractions over BigInt, for re-running Lovelace's table with no rounding at all.
 * A {@link Rational} is always normalised: the denominator is positive, the sign sits on
 * the numerator and the two share no common factor, so equal numbers have equal fields.
 */

/** An exact fraction `num / den`, normalised (den > 0, gcd(num, den) = 1, zero is 0/1). */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Builds the normalised fraction `num / den`.
 * @throws RangeError when `den` is zero (callers check divisors first; see {@link div}).
 */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('A fraction cannot have a zero denominator.');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

/** Zero, as 0/1. */
export const ZERO: Rational = rational(0n);
/** One, as 1/1. */
export const ONE: Rational = rational(1n);

/** a + b, exactly. */
export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b, exactly. */
export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × b, exactly. */
export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/**
 * a ÷ b, exactly.
 * @throws RangeError when b is zero; check with {@link isZero} to report it instead.
 */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division by zero.');
  return rational(a.num * b.den, a.den * b.num);
}

/** −a. */
export function neg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

/** |a|. */
export function absolute(a: Rational): Rational {
  return a.num < 0n ? neg(a) : a;
}

/** True when a is zero. */
export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

/** −1, 0 or 1 by the sign of a. */
export function sign(a: Rational): -1 | 0 | 1 {
  return a.num < 0n ? -1 : a.num > 0n ? 1 : 0;
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  return sign(sub(a, b));
}

/** True when a and b are the same number. */
export function equals(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

const FRACTION = /^([+-]?)(\d+)(?:\/(\d+))?$/;

/**
 * Reads `"-1/30"`, `"8"`, `"0"` (also `"+3/4"`, `"6/4"` and a typographic minus `"−1/2"`),
 * or returns null for anything else, including a zero denominator.
 */
export function parseRational(text: string): Rational | null {
  const match = FRACTION.exec(text.trim().replace(/^\u2212/, '-'));
  if (!match) return null;
  const [, signText, numText, denText] = match;
  const den = BigInt(denText ?? '1');
  if (den === 0n) return null;
  const num = BigInt(numText ?? '0');
  return rational(signText === '-' ? -num : num, den);
}

/** Writes a fraction as `"-1/30"`, a whole number as `"8"`, zero as `"0"`. */
export function formatRational(a: Rational): string {
  return a.den === 1n ? String(a.num) : `${a.num}/${a.den}`;
}

/**
 * A decimal approximation for display, rounded half away from zero to `places` digits
 * after the point: `toDecimal(-1/30, 5)` is `"-0.03333"`, `toDecimal(2/3, 0)` is `"1"`.
 * `places` is clamped to 0…100.
 */
export function toDecimal(a: Rational, places: number): string {
  const p = Math.min(100, Math.max(0, Math.trunc(places) || 0));
  const scale = 10n ** BigInt(p);
  const scaled = abs(a.num) * scale;
  let digits = scaled / a.den;
  if ((scaled % a.den) * 2n >= a.den) digits += 1n;
  const text = String(digits).padStart(p + 1, '0');
  const whole = text.slice(0, text.length - p);
  const body = p > 0 ? `${whole}.${text.slice(-p)}` : whole;
  return a.num < 0n && digits !== 0n ? `-${body}` : body;
}

/** A mixed number for reading: `"-1 1/2"` for −3/2, `"2/3"`, `"8"`. */
export function toMixed(a: Rational): string {
  const whole = abs(a.num) / a.den;
  const rest = abs(a.num) % a.den;
  const minus = a.num < 0n ? '-' : '';
  if (rest === 0n) return `${minus}${whole}`;
  return whole === 0n ? `${minus}${rest}/${a.den}` : `${minus}${whole} ${rest}/${a.den}`;
}
