/**
 * How many decimal places the Note G deck holds, and how far it can go.
 *
 * The deck works in fixed point: a number x is held as the whole number x · 10^H in a
 * 50-digit column, and every × and ÷ truncates toward zero (one unit of 10^−H at most).
 * Lovelace's recurrence magnifies those small errors quickly: each new B costs about two
 * more places. So the plan holds as many places H as the largest number allows, bounds the
 * error of every printed B rigorously, and prints D places only where that bound stays below
 * a tenth of a unit in the last printed place. Beyond that it stops earlier (smaller upTo).
 */
import { ONE, ZERO, absolute, parseRational, type Rational } from './rational';
import { runNoteG } from './run';
import type { NoteGStep } from './types';

/** Result columns V21…V40: the deck's ring of B's, so it can reach B39 at most. */
export const DECK_CAPACITY = 20;
/** Column width of the Engine (Fourmilab: 50 digits). */
export const COLUMN_DIGITS = 50;

/** What the deck will do, after the request has been fitted to the columns. */
export interface NoteGDeckPlan {
  /** Last n computed: the deck prints B1 … B(2·upTo − 1). */
  upTo: number;
  /** Places printed. */
  decimalPlaces: number;
  /** Places held in the columns (H): decimalPlaces plus guard digits. */
  heldPlaces: number;
  /** Bound of |value held − true value| for every B, in units of the last printed place. */
  errorBound: number;
}

const wholeDigits = (x: Rational): number => String(absolute(x).num / absolute(x).den).length;
const size = (x: Rational): number => Math.abs(Number(x.num) / Number(x.den));
/** Doubles carry these bounds with a relative error far below this margin. */
const MARGIN = 1.000001;

/**
 * Bounds the fixed-point error of every column along the corrected table's trace, in units of
 * 10^−held: sums and differences add the operands' errors; × and ÷ propagate them through the
 * true values and add one unit for their own truncation. Returns the largest bound on a result,
 * or Infinity when a divisor's error could reach the divisor itself.
 */
function errorBound(trace: readonly NoteGStep[], held: number): number {
  const unit = 10 ** -held;
  const error = new Map<number, number>();
  let worst = 0;
  for (const step of trace) {
    const [a, b] = step.reads.map((r) => ({ x: size(parseRational(r.value) ?? ZERO), e: error.get(r.column) ?? 0 }));
    if (!a || !b) return Infinity;
    let e = a.e + b.e;
    if (step.sign === '×') e = a.x * b.e + b.x * a.e + a.e * b.e * unit + 1;
    if (step.sign === '÷') e = b.x > b.e * unit ? (a.e + (a.x / b.x) * b.e) / (b.x - b.e * unit) + 1 : Infinity;
    e *= MARGIN;
    for (const z of step.zeroed) error.set(z.column, 0);
    for (const w of step.writes) error.set(w.column, e);
    if (step.op === 24) worst = Math.max(worst, e);
  }
  return worst;
}

/**
 * Fits a request to the Engine: decimalPlaces 1…40 (default 20), upTo 1…20 (default 10),
 * lowered until the error bound allows `decimalPlaces` right to within one unit.
 */
export function planNoteGDeck(options: { upTo?: number; decimalPlaces?: number } = {}): NoteGDeckPlan {
  const fit = (x: number | undefined, fallback: number, max: number): number =>
    x === undefined || Number.isNaN(x) ? fallback : Math.min(max, Math.max(1, Math.trunc(x)));
  const places = fit(options.decimalPlaces, 20, 40);
  const { trace } = runNoteG({ upTo: fit(options.upTo, 10, DECK_CAPACITY), version: 'corrected' });
  let plan: NoteGDeckPlan | undefined;
  for (let upTo = fit(options.upTo, 10, DECK_CAPACITY); upTo >= 1; upTo--) {
    const steps = trace.filter((s) => s.n <= upTo);
    // The deck's own counters need 2 digits (DECK_CAPACITY + 3); one more digit is headroom.
    const values = steps.flatMap((s) => [...s.reads, ...s.writes]).map((c) => parseRational(c.value) ?? ONE);
    const held = COLUMN_DIGITS - 1 - Math.max(2, ...values.map(wholeDigits));
    const bound = errorBound(steps, held) * 10 ** (places - held);
    plan = { upTo, decimalPlaces: places, heldPlaces: held, errorBound: bound };
    if (bound <= 0.1) break;
  }
  return plan!;
}
