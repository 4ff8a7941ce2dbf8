/**
 * The Store as the table sees it: exact values in V1, V2, … with Note D's upper indices.
 *
 * Index rules (Note D, as this module applies them):
 * - a column holding zero shows index 0;
 * - every value a column receives raises its count by one, and a column showing a non-zero
 *   value shows its count;
 * - a column reset to zero (the "indication of change") shows 0 but keeps its count, so its
 *   next value continues it (⁰V11 after operation 6, then ³V11 at operation 9);
 * - "these indices always begin anew" for each calculation: at its start every column holding
 *   a value counts 1 (the data V1–V3 and the B's already found) and every other column 0.
 */
import { ZERO, formatRational, isZero, type Rational } from './rational';

/** Values and indices of V1…V(width), ready to show. */
export interface StoreSnapshot {
  columns: string[];
  indices: number[];
}

/** The columns of the Store, numbered from 1; column 0 is never used. */
export class NoteGStore {
  readonly #values: Rational[];
  readonly #texts: string[];
  readonly #counts: number[];

  constructor(size: number) {
    this.#values = Array.from({ length: size + 1 }, () => ZERO);
    this.#texts = Array.from({ length: size + 1 }, () => '0');
    this.#counts = Array.from({ length: size + 1 }, () => 0);
  }

  /** The exact value of V(column). */
  get(column: number): Rational {
    return this.#values[column] ?? ZERO;
  }

  /** The value of V(column) as an exact fraction string. */
  text(column: number): string {
    return this.#texts[column] ?? '0';
  }

  /** The index Note D would print on V(column) now. */
  index(column: number): number {
    return (this.#values[column]?.num ?? 0n) === 0n ? 0 : (this.#counts[column] ?? 0);
  }

  /** V(column) receives a value: the count goes up by one. */
  receive(column: number, value: Rational): void {
    this.#put(column, value);
    this.#counts[column] = (this.#counts[column] ?? 0) + 1;
  }

  /** V(column) is reset to zero; its count is kept for its next value. */
  zero(column: number): void {
    this.#put(column, ZERO);
  }

  /** Puts a value in place from outside the table (data, or a B supplied by the attendant). */
  supply(column: number, value: Rational): void {
    this.#put(column, value);
    this.#counts[column] = isZero(value) ? 0 : 1;
  }

  /** Starts a new calculation: indices begin anew. */
  beginAnew(): void {
    for (let c = 1; c < this.#values.length; c++) this.#counts[c] = isZero(this.get(c)) ? 0 : 1;
  }

  /** V1…V(width) as exact strings with their indices. */
  snapshot(width: number): StoreSnapshot {
    const indices = new Array<number>(width);
    for (let c = 1; c <= width; c++) indices[c - 1] = this.index(c);
    return { columns: this.#texts.slice(1, width + 1), indices };
  }

  #put(column: number, value: Rational): void {
    this.#values[column] = value;
    this.#texts[column] = formatRational(value);
  }
}
