/**
 * The order set of the simulated machine. Each order is a letter (or two)
 * and a three-digit address, like `B 512`.
 *
 * Honesty marks:
 * - `real`: UNIVAC I had an order with this letter doing essentially this
 *   job (the simulated version may be simpler: one order per word, values
 *   of any length, no X side effects).
 * - `inFlowMaticManual`: the letter is among those seen in the FLOW-MATIC
 *   manual's machine code (B, L, Q, A, C, H, U, P, J — checked in the
 *   project's reference). S, M, D, T and R come from UNIVAC I order lists
 *   and are not checked there.
 * - Orders with `real: false` are simplified stand-ins for what UNIVAC did
 *   with tapes, the printer, the console and longer routines.
 *
 * Timings: only addition has a sourced figure (about 525 µs). Every other
 * figure is an estimate for the "about N ms on a 1951 UNIVAC" line and is
 * marked `timing: 'estimate'`.
 * @module
 */

/** An order's letter(s). */
export type OpCode =
  | 'B'
  | 'L'
  | 'A'
  | 'S'
  | 'M'
  | 'D'
  | 'C'
  | 'H'
  | 'J'
  | 'Q'
  | 'T'
  | 'U'
  | 'R'
  | 'DW'
  | 'PR'
  | 'PL'
  | 'IN'
  | 'RD'
  | 'WR'
  | 'RW'
  | 'CO'
  | 'OP'
  | 'HS'
  | 'IY'
  | 'IZ'
  | 'ST';

/** What the machine knows about one kind of order. */
export interface OrderInfo {
  op: OpCode;
  /** A real UNIVAC I order (see the module comment). */
  real: boolean;
  /** Seen in the FLOW-MATIC manual's code, per the project's checked reference. */
  inFlowMaticManual: boolean;
  /** About how long it took, in microseconds. */
  microseconds: number;
  /** Where the figure comes from: the reference (`hopper.md`), or an estimate. */
  timing: 'hopper.md' | 'estimate';
  /** What it does, in short (for the README and tools; learners get `compiler.order.<op>`). */
  effect: string;
}

const MOVE_US = 300;
const TAPE_ITEM_US = 10_000;
const PRINT_LINE_US = 100_000;
const TAPE_REWIND_US = 1_000_000;

function info(
  op: OpCode,
  real: boolean,
  inFlowMaticManual: boolean,
  microseconds: number,
  effect: string,
  timing: OrderInfo['timing'] = 'estimate',
): OrderInfo {
  return { op, real, inFlowMaticManual, microseconds, timing, effect };
}

/** Every order, by letter. */
export const ORDERS: Record<OpCode, OrderInfo> = {
  B: info('B', true, true, MOVE_US, 'A ← m'),
  L: info('L', true, true, MOVE_US, 'L ← m'),
  A: info('A', true, true, 525, 'A ← A + m', 'hopper.md'),
  S: info('S', true, false, 525, 'A ← A − m'),
  M: info('M', true, false, 2150, 'A ← L × m'),
  D: info('D', true, false, 3900, 'A ← m ÷ L rounded to 10 places; X ← m − A × L'),
  C: info('C', true, true, MOVE_US, 'm ← A; A ← 0'),
  H: info('H', true, true, MOVE_US, 'm ← A'),
  J: info('J', true, true, MOVE_US, 'm ← X'),
  Q: info('Q', true, true, MOVE_US, 'jump to m if A = L'),
  T: info('T', true, false, MOVE_US, 'jump to m if A > L'),
  U: info('U', true, true, MOVE_US, 'jump to m'),
  R: info('R', true, false, MOVE_US, 'm ← "U (this address + 2)": the way back from a PERFORM'),
  DW: info('DW', false, false, 3900, 'A ← whole part of m ÷ L; X ← remainder'),
  PR: info('PR', false, false, MOVE_US, 'put m on the print line'),
  PL: info('PL', false, false, PRINT_LINE_US, 'print the print line'),
  IN: info('IN', false, false, 0, 'm ← the next typed line (waiting for a person is not counted)'),
  RD: info('RD', false, false, TAPE_ITEM_US, 'read the next item of the file at block m; A ← 1 at end of data, else 0'),
  WR: info('WR', false, false, TAPE_ITEM_US, 'write the item at block m to its file (and print it after HSP)'),
  RW: info('RW', false, false, TAPE_REWIND_US, 'rewind the file at block m'),
  CO: info('CO', false, false, TAPE_REWIND_US, 'close out the file at block m'),
  OP: info('OP', false, false, MOVE_US, 'open the file at block m for writing'),
  HS: info('HS', false, false, MOVE_US, 'print every item written to the file at block m'),
  IY: info('IY', false, false, 10 * MOVE_US, 'hold the item at block m in the item register'),
  IZ: info('IZ', false, false, 10 * MOVE_US, 'copy fields with the same names from the item register to block m'),
  ST: info('ST', false, false, 0, 'stop'),
};

/** Orders that may jump (their address is code). */
export const JUMP_ORDERS: ReadonlySet<OpCode> = new Set(['Q', 'T', 'U']);

/** The key of an order's plain-words note for learners. */
export function orderNoteKey(op: OpCode): string {
  return `compiler.order.${op}`;
}

/** A memory address as the machine writes it: three digits, `007`. */
export function addressText(address: number): string {
  return String(address).padStart(3, '0');
}

/** An order as it is written: `B 512`. */
export function orderText(op: OpCode, address: number): string {
  return `${op} ${addressText(address)}`;
}
