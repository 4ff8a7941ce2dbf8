/**
 * The Bernoulli numbers the table computes, for showing next to her results.
 * Lovelace's B(2n − 1) is the modern B(2n); values from the project's checked
 * reference (shared/reference/note-g.md, "Modern Bernoulli numbers"), kept as
 * data here so the view compares the Engine against something it did not compute.
 */
export const TRUE_BERNOULLI: Readonly<Record<number, string>> = {
  1: '1/6',
  2: '-1/30',
  3: '1/42',
  4: '-1/30',
  5: '5/66',
  6: '-691/2730',
  7: '7/6',
  8: '-3617/510',
  9: '43867/798',
  10: '-174611/330',
};

/** True when two exact fractions differ at most in sign. */
export function sameMagnitude(a: string, b: string): boolean {
  return a.replace(/^-/, '') === b.replace(/^-/, '');
}

/** An exact fraction for reading: a real minus sign, and a fraction slash. */
export function showFraction(value: string): string {
  return value.replace(/^-/, '−');
}

/** Superscript digits for Note D's indices (¹V4). */
export function superscript(index: number): string {
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return String(index)
    .split('')
    .map((d) => digits[Number(d)] ?? d)
    .join('');
}
