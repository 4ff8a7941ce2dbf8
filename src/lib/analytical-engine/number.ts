/**
 * The Engine's numbers: exact signed integers (`bigint`) plus a negative zero.
 * Babbage's columns hold a sign wheel beside the figure wheels, so "−0" exists;
 * the reference emulator keeps it too, and it shows under a picture and decides
 * the run-up lever in a few cases. Everything else is ordinary exact arithmetic.
 */

/** Negative zero. Every other value is a `bigint` (and `0n` is +0). */
export const NEG_ZERO = '-0';

/** A value in a Store column or on a Mill axis. */
export type Num = bigint | typeof NEG_ZERO;

/** 10^50: the capacity of one column (50 figures). */
export const TEN50 = 10n ** 50n;

/** Divisors below 2^30 fit in one limb of the reference's big integers. */
const ONE_LIMB = 1n << 30n;

/** True for negative values, including −0. */
export function isNeg(x: Num): boolean {
  return x === NEG_ZERO || x < 0n;
}

/** The value as a `bigint` (−0 becomes 0n). */
export function big(x: Num): bigint {
  return x === NEG_ZERO ? 0n : x;
}

/** Addition; a zero sum is −0 only for +0 + −0, −0 + +0 and −0 + −0. */
export function add(x: Num, y: Num): Num {
  if (typeof x === 'bigint' && typeof y === 'bigint') return x + y;
  const r = big(x) + big(y);
  if (r !== 0n) return r;
  return big(x) === 0n && big(y) === 0n ? NEG_ZERO : 0n;
}

/** Subtraction; a zero difference is −0 only for −0 − +0 and +0 − −0. */
export function sub(x: Num, y: Num): Num {
  if (typeof x === 'bigint' && typeof y === 'bigint') return x - y;
  const r = big(x) - big(y);
  if (r !== 0n) return r;
  return big(x) === 0n && big(y) === 0n && (x === NEG_ZERO) !== (y === NEG_ZERO) ? NEG_ZERO : 0n;
}

/** Multiplication; a zero product is always +0. */
export function mul(x: Num, y: Num): bigint {
  return big(x) * big(y);
}

/**
 * Exact division: the quotient truncated toward zero and the remainder with the
 * dividend's sign (a project decision: the reference's own division is sometimes
 * wrong in its last figures). The divisor must not be zero. Like the reference, a
 * zero remainder is −0 when the dividend is negative, larger than the divisor,
 * and the divisor is at least 2^30.
 */
export function divide(n: Num, d: bigint): [quotient: bigint, remainder: Num] {
  const nb = big(n);
  if (nb === 0n) return [0n, 0n];
  const q = nb / d;
  const r = nb % d;
  if (r === 0n && nb < 0n) {
    const ad = d < 0n ? -d : d;
    if (ad >= ONE_LIMB && -nb > ad) return [q, NEG_ZERO];
  }
  return [q, r];
}

/**
 * Parses a number card's value: an optional `-` and ASCII digits, nothing else.
 * A value of more than 60 figures comes back as ±10^60 without being read in
 * full (it is far too long for a column either way, and a huge paste stays fast).
 */
export function parseValue(s: string): Num | null {
  if (!/^-?[0-9]+$/.test(s)) return null;
  const neg = s.startsWith('-');
  let i = neg ? 1 : 0;
  while (i < s.length - 1 && s[i] === '0') i++;
  if (s.length - i > 60) return neg ? -(10n ** 60n) : 10n ** 60n;
  const v = BigInt(s.slice(i));
  if (v === 0n) return neg ? NEG_ZERO : 0n;
  return neg ? -v : v;
}

/** The default print form: `-` for negatives, `0` for either zero. */
export function formatPlain(x: Num): string {
  return x === NEG_ZERO ? '0' : x.toString();
}

/** The value as a signed decimal string, keeping `-0` (for snapshots). */
export function formatSigned(x: Num): string {
  return x === NEG_ZERO ? '-0' : x.toString();
}

/**
 * Writes a value through a picture (`A write numbers as …`), right to left: `9`
 * is a digit or 0, `#` a digit if any remain, `,` shows when the picture has a
 * `9` or digits remain, `-` `+` `±` show the sign, anything else is copied.
 * Digits left over go in front; a minus goes first if no sign character was used.
 */
export function formatPicture(x: Num, picture: string, hasNine: boolean): string {
  const neg = isNeg(x);
  const b = big(x);
  const digits = (b < 0n ? -b : b).toString();
  let di = digits.length - 1;
  let out = '';
  let signShown = false;
  for (let i = picture.length - 1; i >= 0; i--) {
    const c = picture[i] as string;
    if (c === '9') out = (di >= 0 ? digits[di--] : '0') + out;
    else if (c === '#') out = (di >= 0 ? digits[di--] : '') + out;
    else if (c === ',') out = (hasNine || di >= 0 ? ',' : '') + out;
    else if (c === '-' || c === '+' || c === '±') {
      signShown = true;
      out = (neg ? '-' : c === '-' ? '' : c === '+' ? ' ' : '+') + out;
    } else out = c + out;
  }
  out = digits.slice(0, di + 1) + out;
  return neg && !signShown ? `-${out}` : out;
}
