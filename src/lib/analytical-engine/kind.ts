/**
 * What kind of card a line is, for highlighting in the editor. It looks at one
 * line alone, as the Engine's card reader does (spec §4), plus the requests the
 * attendant handles before the run (includes, decimal places, blocks).
 */
import { javaTrim, lowerAscii, tokens } from './text.ts';

/** The kinds {@link cardKind} tells apart. */
export type CardKind =
  | 'number'
  | 'operation'
  | 'variable'
  | 'stepping'
  | 'combinatorial'
  | 'action'
  | 'trace'
  | 'curve'
  | 'attendant'
  | 'block'
  | 'comment'
  | 'blank'
  | 'unknown';

const ATTENDANT_PREFIXES = [
  'a include cards ',
  'a include from library cards for ',
  'a set decimal places to ',
  'a write numbers with decimal point',
];

/** The kind of one card (one line of a deck). */
export function cardKind(text: string): CardKind {
  if (typeof text !== 'string' || text === '') return 'blank';
  const c = text.charAt(0);
  if (c === ' ' && javaTrim(text) === '') return 'blank';
  if (c === '@' && text.length >= 2) return 'attendant';
  const low = lowerAscii(text.slice(0, 40));
  if (ATTENDANT_PREFIXES.some((p) => low.startsWith(p))) return 'attendant';
  switch (c) {
    case '+':
    case '-':
    case '*':
    case 'x':
    case '×':
    case '/':
    case '÷':
      return 'operation';
    case '<':
    case '>':
      return 'stepping';
    case 'L':
    case 'Z':
    case 'S':
      return 'variable';
    case 'N':
      return 'number';
    case 'n': {
      // A lower-case decimal number card works: the attendant rewrites it.
      const t = tokens(lowerAscii(text.slice(1, 200)));
      return t.length === 2 && (t[1] as string).includes('.') ? 'number' : 'unknown';
    }
    case 'C':
      return 'combinatorial';
    case 'P':
    case 'B':
    case 'H':
      return 'action';
    case 'T':
      return 'trace';
    case 'D':
      return 'curve';
    case 'A':
      return 'attendant';
    case '(':
    case ')':
    case '{':
    case '}':
      return 'block';
    case ' ':
    case '.':
      return 'comment';
    default:
      return 'unknown';
  }
}
