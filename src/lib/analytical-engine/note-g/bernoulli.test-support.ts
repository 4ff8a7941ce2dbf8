/**
 * Test support only (not exported from index.ts): Bernoulli numbers by the Akiyama–Tanigawa
 * algorithm, with its own BigInt fractions, so the tests check the table against a method
 * that shares no code with rational.ts, run.ts or Lovelace's recurrence.
 */

/** A fraction [numerator, denominator], denominator > 0, in lowest terms. */
export type Fraction = readonly [bigint, bigint];

function reduce(n: bigint, d: bigint): Fraction {
  let a = n < 0n ? -n : n;
  let b = d;
  while (b !== 0n) [a, b] = [b, a % b];
  const g = a === 0n ? 1n : a;
  return d < 0n ? [-n / g, -d / g] : [n / g, d / g];
}

/**
 * Modern Bernoulli numbers B0…B(last), with B1 = +1/2 as Akiyama–Tanigawa gives it
 * (the even ones, which Note G computes, do not depend on that convention).
 */
export function akiyamaTanigawa(last: number): Fraction[] {
  const row: Fraction[] = [];
  const out: Fraction[] = [];
  for (let m = 0; m <= last; m++) {
    row[m] = [1n, BigInt(m + 1)];
    for (let j = m; j >= 1; j--) {
      const [an, ad] = row[j - 1]!;
      const [bn, bd] = row[j]!;
      row[j - 1] = reduce(BigInt(j) * (an * bd - bn * ad), ad * bd);
    }
    out.push(row[0]!);
  }
  return out;
}

/** Writes a fraction the way the table's results are written: "-1/30", "7/6", "0". */
export function fractionText([n, d]: Fraction): string {
  return d === 1n ? String(n) : `${n}/${d}`;
}
