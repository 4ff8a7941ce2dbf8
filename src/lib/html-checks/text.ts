/**
 * Offsets where each line starts. A line ends at `\n`, `\r\n` or a lone `\r`,
 * the same rule CodeMirror uses, so line numbers agree with the editor.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of `offset`, found by binary search in `starts`. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** `text` cut to `max` characters with an ellipsis, and its whitespace runs made single spaces. */
export function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Start of the run of characters matching `isPart` that ends at `end` (so the
 * run is `text.slice(start, end)`; empty when `text[end - 1]` does not match).
 * A backwards scan, because `/\w+$/` can take quadratic time on long input.
 */
export function runBefore(text: string, end: number, isPart: (char: string) => boolean): number {
  let start = end;
  while (start > 0 && isPart(text.charAt(start - 1))) start--;
  return start;
}

/** True for letters, digits, `_` and `-`: the characters of CSS and HTML names. */
export const isNameChar = (char: string): boolean => /[\w-]/.test(char);
