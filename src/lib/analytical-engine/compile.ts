/**
 * Reads each mounted card once, before the run, into a small instruction, so the
 * run loop never parses text. A card the Engine cannot carry out becomes an
 * `ERROR` instruction: like the reference, it only fails if the run reaches it.
 */
import type { DiagnosticCode } from './diagnostics.ts';
import { parseValue, TEN50, type Num } from './number.ts';
import { javaTrim, parseJavaInt, startsWithFolded, tokens } from './text.ts';

/** Instruction kinds. */
export const OP = {
  COMMENT: 0,
  OPERATION: 1,
  LOAD: 2,
  ZLOAD: 3,
  STORE: 4,
  NUMBER: 5,
  STEP: 6,
  SKIP: 7,
  BELL: 8,
  PRINT: 9,
  HALT: 10,
  CURVE: 11,
  PICTURE: 12,
  ANNOTATE: 13,
  COLUMNS: 14,
  ROWS: 15,
  NEWLINE: 16,
  TRACE: 17,
  ERROR: 18,
} as const;

/** Mill operations, in the order the snapshot names them. */
export const MILL_OP = { NONE: 0, ADD: 1, SUB: 2, MUL: 3, DIV: 4 } as const;

/** One compiled card. Every instruction has the same shape (fast property access). */
export interface Instr {
  op: number;
  /** Column, Mill operation, step count (negative for `>`), skip distance or curve action. */
  n: number;
  /** Primed variable card; conditional (`?`) combinatorial card; trace on; picture has a 9. */
  flag: boolean;
  /** Skip forward (`CF`) rather than back (`CB`). */
  forward: boolean;
  value: Num;
  /** Halt message, annotation or picture (`null` picture: the default format). */
  text: string | null;
  /** The error an `ERROR` instruction raises, or the warning another one gives. */
  code: DiagnosticCode | null;
  params: Record<string, string | number> | null;
}

function instr(op: number, n = 0, flag = false): Instr {
  return { op, n, flag, forward: false, value: 0n, text: null, code: null, params: null };
}

function error(code: DiagnosticCode, params: Record<string, string | number> | null = null): Instr {
  const i = instr(OP.ERROR);
  i.code = code;
  i.params = params;
  return i;
}

/**
 * The stripped text the reference works on: everything before the first `. `
 * (a full stop and a space, from the second character on), trimmed; otherwise
 * the card untouched.
 */
export function strip(text: string): string {
  const cut = text.indexOf('. ', 1);
  return cut >= 0 ? javaTrim(text.slice(0, cut)) : text;
}

/** Compiles one mounted card's text (spec §4). */
export function compileCard(text: string): Instr {
  const c = text.length === 0 ? ' ' : (text[0] as string);
  switch (c) {
    case '+':
      return instr(OP.OPERATION, MILL_OP.ADD);
    case '-':
      return instr(OP.OPERATION, MILL_OP.SUB);
    case '*':
    case 'x':
    case '×':
      return instr(OP.OPERATION, MILL_OP.MUL);
    case '/':
    case '÷':
      return instr(OP.OPERATION, MILL_OP.DIV);
    case '<':
    case '>': {
      const n = parseJavaInt(strip(text).slice(1)) ?? -1;
      if (n < 0 || n > 100) return error('badStep');
      return instr(OP.STEP, c === '<' ? n : -n);
    }
    case 'L':
    case 'Z':
    case 'S':
      return variable(c, strip(text));
    case 'N':
      return number(strip(text));
    case 'C':
      return combinatorial(strip(text));
    case 'B':
      return instr(OP.BELL);
    case 'P':
      return instr(OP.PRINT);
    case 'H': {
      const i = instr(OP.HALT);
      i.text = javaTrim(strip(text).slice(1));
      return i;
    }
    case 'D': {
      const s = strip(text);
      if (s.length < 2) return instr(OP.COMMENT);
      const action = 'XY+-'.indexOf(s.charAt(1));
      return action < 0 ? error('badCurve') : instr(OP.CURVE, action);
    }
    case 'A':
      return attendant(text);
    case 'T': {
      const s = strip(text);
      return instr(OP.TRACE, 0, s.length > 1 && s.charAt(1) === '1');
    }
    case ' ':
    case '.':
      return instr(OP.COMMENT);
    default:
      return error('unknownCard');
  }
}

function variable(c: 'L' | 'Z' | 'S', s: string): Instr {
  let rest = javaTrim(s.slice(1));
  const primed = rest.endsWith("'");
  if (primed) rest = javaTrim(rest.slice(0, -1));
  const col = parseJavaInt(rest);
  if (col === null) return error('badVariable');
  if (col < 0 || col > 999) return error('columnOutOfRange', { column: col });
  return instr(c === 'L' ? OP.LOAD : c === 'Z' ? OP.ZLOAD : OP.STORE, col, primed);
}

function number(s: string): Instr {
  const t = tokens(s.slice(1));
  if (t.length !== 2) return error('badNumber');
  const col = parseJavaInt(t[0] as string);
  if (col === null) return error('badNumber');
  const raw = t[1] as string;
  const vtext = raw.startsWith('+') ? raw.slice(1) : raw;
  const value = parseValue(vtext);
  if (col < 0 || col > 999) return error('columnOutOfRange', { column: col });
  if (value === null) {
    // The reference stores 0 without a word; the learner gets a warning.
    const i = instr(OP.NUMBER, col);
    i.code = 'numberReadAsZero';
    i.params = { value: raw.length <= 40 ? raw : `${raw.slice(0, 39)}…` };
    return i;
  }
  if (value !== '-0' && (value >= TEN50 || value <= -TEN50)) return error('numberTooLong', { max: 50 });
  const i = instr(OP.NUMBER, col);
  i.value = value;
  return i;
}

function combinatorial(s: string): Instr {
  const dir = s.charAt(1);
  const how = s.charAt(2);
  if (s.length < 4 || (dir !== 'F' && dir !== 'B') || (how !== '?' && how !== '+' && how !== '1')) {
    return error('badSkip');
  }
  const k = parseJavaInt(javaTrim(s.slice(3)));
  const i = instr(OP.SKIP, k ?? -1, how === '?');
  i.forward = dir === 'F';
  // A count the reference cannot read counts as −1, silently; tell the learner.
  if (k === null) i.code = 'badSkipCount';
  return i;
}

function attendant(text: string): Instr {
  if (text.charAt(1) !== ' ' || !startsWithFolded(text, 'write', 2) || text.charAt(7) !== ' ') {
    return error('attendantNotUnderstood');
  }
  if (startsWithFolded(text, 'numbers as ', 8)) {
    const picture = text.slice(19);
    const i = instr(OP.PICTURE, 0, picture.includes('9'));
    i.text = picture === '' ? null : picture;
    return i;
  }
  if (startsWithFolded(text, 'annotation ', 8)) {
    const i = instr(OP.ANNOTATE);
    i.text = text.slice(19);
    return i;
  }
  if (startsWithFolded(text, 'in columns', 8)) return instr(OP.COLUMNS);
  if (startsWithFolded(text, 'in rows', 8)) return instr(OP.ROWS);
  if (startsWithFolded(text, 'new line', 8)) return instr(OP.NEWLINE);
  return error('attendantNotUnderstood');
}
