/**
 * Text handling exactly as the reference emulator (Java) does it. JavaScript's
 * own `trim()`, `parseInt()` and `toLowerCase()` differ in small ways that change
 * which cards are accepted, so none of them is used on card text.
 */

/** Java `String.trim()`: removes every character with code ≤ 0x20 from both ends. */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const INT = /^[+-]?[0-9]+$/;

/**
 * Java `Integer.parseInt`: one optional sign, then ASCII digits and nothing else,
 * within the 32-bit signed range. Returns `null` where Java would throw.
 */
export function parseJavaInt(s: string): number | null {
  if (s.length === 0 || !INT.test(s)) return null;
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
  while (i < s.length - 1 && s[i] === '0') i++;
  if (s.length - i > 10) return null;
  const n = Number(s.slice(i));
  const v = s[0] === '-' ? -n : n;
  return v >= -2147483648 && v <= 2147483647 ? v + 0 : null;
}

/** Splits on runs of SPACE, TAB, LF, CR and FF only (Java's `StringTokenizer`). */
export function tokens(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isTokenSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isTokenSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(start, i));
  }
  return out;
}

function isTokenSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** Lower-cases ASCII letters only, so keyword matches never depend on the locale. */
export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** True when `s` starts with `prefix`, comparing ASCII letters without case. */
export function startsWithFolded(s: string, prefix: string, at = 0): boolean {
  if (s.length - at < prefix.length) return false;
  return lowerAscii(s.slice(at, at + prefix.length)) === prefix;
}

/**
 * Splits a deck into card texts. LF, CR and CR LF each end a card; an empty card
 * between two terminators counts, and a last line without a terminator is a card
 * only when it is not empty. Stops after `max` cards (the caller then has too many).
 */
export function splitLines(text: string, max = Infinity): string[] {
  const lines: string[] = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n && lines.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    lines.push(text.slice(start, i));
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  if (start < n && lines.length < max) lines.push(text.slice(start));
  return lines;
}

/**
 * Reads a deck file's bytes: as UTF-8 when they are valid UTF-8, otherwise as
 * Latin-1, the reference's own encoding (a project decision: see the README).
 * A UTF-8 byte order mark is dropped.
 */
export function decodeDeck(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192) {
      s += String.fromCharCode(...bytes.subarray(i, i + 8192));
    }
    return s;
  }
}

/** Shortens a card's text for a message, so a huge pasted line stays readable. */
export function shorten(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
