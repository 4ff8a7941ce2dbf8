/**
 * Lovelace's Note G program, exact: the table as printed and corrected, a runner with exact
 * fractions that follows her control flow step by step, and a generator for a real card deck
 * that runs the same program on the Analytical Engine emulator. See README.md.
 */
export { runNoteG } from './run';
export type { NoteGCell, NoteGRun, NoteGRunOptions, NoteGStep } from './types';
export type { StoreSnapshot } from './store';
export { MAX_COLUMN, MAX_N, MAX_PASSES } from './validate';
export type { NoteGDiagnostic, NoteGDiagnosticCode } from './validate';
export { CORRECTED_TABLE, PRINTED_TABLE, REPETITION_NOTE } from './table';
export type { ColumnRef, NoteGOperation, NoteGSign, Operand } from './table';
export {
  ONE,
  ZERO,
  absolute,
  add,
  compare,
  div,
  equals,
  formatRational,
  isZero,
  mul,
  neg,
  parseRational,
  rational,
  sign,
  sub,
  toDecimal,
  toMixed,
} from './rational';
export type { Rational } from './rational';
export { deckCards, noteGDeck, noteGDeckWithPlan } from './deck';
export { COLUMN_DIGITS, DECK_CAPACITY, planNoteGDeck } from './deck-plan';
export type { NoteGDeckPlan } from './deck-plan';
