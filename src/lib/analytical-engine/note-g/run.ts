/**
 * Runs Lovelace's table with exact fractions, following her control flow: V10 decides.
 * README.md in this folder lists the rules applied (columns per pass, indices, feeds).
 */
import {
  ZERO,
  absolute,
  add,
  compare,
  div,
  formatRational,
  isZero,
  mul,
  rational,
  sub,
  type Rational,
} from './rational';
import { NoteGStore } from './store';
import { CORRECTED_TABLE, PRINTED_TABLE, type NoteGOperation, type NoteGSign } from './table';
import type { NoteGRun, NoteGRunOptions, NoteGStep } from './types';
import { MAX_PASSES, checkRange, checkTable, type NoteGDiagnostic } from './validate';

export type { NoteGCell, NoteGRun, NoteGRunOptions, NoteGStep } from './types';

const STORE_SIZE = 160;
/** Numerators and denominators stop at 2000 digits; only a changed table gets near. */
const LIMIT = 10n ** 2000n;

interface Machine {
  table: readonly NoteGOperation[];
  store: NoteGStore;
  width: number;
  trace: NoteGStep[] | null;
  diagnostics: NoteGDiagnostic[];
  count: number;
}

/** Which column the table's V(column) means for calculation n and pass `pass` of 13–23. */
function resolve(column: number, op: number, n: number, pass: number): number {
  if (op === 24 && column === 24) return 20 + n; // her V24 is where B7 goes: V(20 + n) in general
  if (pass > 0 && column >= 21) return column + pass - 1; // V22 on pass 1, V23 on pass 2, …
  return column;
}

function compute(sign: NoteGSign, a: Rational, b: Rational): Rational {
  if (sign === '+') return add(a, b);
  if (sign === '-') return sub(a, b);
  return sign === '×' ? mul(a, b) : div(a, b);
}

/** Runs operation `op` once; false when a diagnostic stopped the run. */
function execute(m: Machine, op: number, n: number, pass: number): boolean {
  const line = m.table[op - 1]!;
  const [first, second] = [line.acted[0].column, line.acted[1].column].map((c) => resolve(c, op, n, pass)) as [
    number,
    number,
  ];
  const divisor = m.store.get(second);
  if (line.sign === '÷' && isZero(divisor)) {
    m.diagnostics.push({ code: 'divisionByZero', severity: 'error', params: { op, n, pass, column: second } });
    return false;
  }
  const result = compute(line.sign, m.store.get(first), divisor);
  if (absolute(result).num >= LIMIT || result.den >= LIMIT) {
    m.diagnostics.push({ code: 'numberTooLarge', severity: 'error', params: { op, n, pass } });
    return false;
  }
  const reads = [first, second].map((column) => ({
    column,
    index: m.store.index(column),
    value: m.store.text(column),
  }));
  const zeroed = line.zeroed.map((c) => resolve(c, op, n, pass));
  for (const column of zeroed) m.store.zero(column);
  const into = line.received.map((r) => resolve(r.column, op, n, pass));
  for (const column of into) m.store.receive(column, result);
  if (op === 25) m.store.beginAnew(); // n := n + 1 starts the next calculation: indices begin anew
  m.count += 1;
  if (!m.trace) return true;
  const text = formatRational(result);
  m.trace.push({
    n,
    op,
    sign: line.sign,
    pass,
    reads,
    writes: into.map((column) => ({ column, index: m.store.index(column), value: text })),
    zeroed: zeroed.map((column) => ({ column, index: 0 })),
    statement: line.statement,
    result: text,
    ...m.store.snapshot(m.width),
  });
  return true;
}

/** One calculation: (1…7), if V10 ≠ 0 (8…12), then (13…23) while V10 > 0, then (24, 25). */
function calculate(m: Machine, n: number): boolean {
  const run = (from: number, to: number, pass = 0): boolean => {
    for (let op = from; op <= to; op++) if (!execute(m, op, n, pass)) return false;
    return true;
  };
  if (!run(1, 7)) return false;
  if (!isZero(m.store.get(10))) {
    if (!run(8, 12)) return false;
    for (let pass = 1; compare(m.store.get(10), ZERO) > 0; pass++) {
      if (pass > MAX_PASSES) {
        m.diagnostics.push({ code: 'tooManyPasses', severity: 'error', params: { n, max: MAX_PASSES } });
        return false;
      }
      if (!run(13, 23, pass)) return false;
    }
  }
  return run(24, 25);
}

const truth: Rational[] = [];

/** Her B1, B3, … up to B(2·count − 1), from the corrected table (kept once computed). */
function trueResults(count: number): readonly Rational[] {
  if (truth.length < count) {
    const m = machine(CORRECTED_TABLE, 24, false);
    for (let n = 1; n <= count; n++) {
      calculate(m, n);
      if (n > truth.length) truth.push(m.store.get(20 + n));
    }
  }
  return truth;
}

function machine(table: readonly NoteGOperation[], width: number, trace: boolean, from = 1): Machine {
  const store = new NoteGStore(STORE_SIZE);
  store.supply(1, rational(1));
  store.supply(2, rational(2));
  store.supply(3, rational(from));
  return { table, store, width, trace: trace ? [] : null, diagnostics: [], count: 0 };
}

/**
 * Runs Lovelace's table for n = from … upTo with exact fractions and returns each result, a
 * step-by-step trace and any diagnostics. The 'corrected' version fed its own results gives
 * her B1, B3, B5, … (the modern B2, B4, B6, …); the 'printed' version shows what the errata do.
 */
export function runNoteG(options: NoteGRunOptions): NoteGRun {
  const diagnostics: NoteGDiagnostic[] = [];
  const { upTo, from } = checkRange(options.upTo, options.from, diagnostics);
  const table = checkTable(
    options.table ?? (options.version === 'printed' ? PRINTED_TABLE : CORRECTED_TABLE),
    diagnostics,
  );
  const feed = options.feed ?? (options.version === 'printed' ? 'true' : 'own');
  const m = machine(table ?? CORRECTED_TABLE, 20 + Math.max(4, upTo), options.trace ?? true, from);
  const known = trueResults(feed === 'true' ? upTo - 1 : from - 1);
  const supply = (before: number): void => {
    for (let k = 1; k < before; k++) m.store.supply(20 + k, known[k - 1]!);
  };
  supply(from);
  const run: NoteGRun = { results: [], trace: [], operationsPerN: [], diagnostics, initial: m.store.snapshot(m.width) };
  if (!table) return run;
  for (let n = from; n <= upTo; n++) {
    if (feed === 'true') supply(n);
    const before = m.count;
    if (!calculate(m, n)) break;
    run.results.push(m.store.text(20 + n));
    run.operationsPerN.push(m.count - before);
  }
  run.trace = m.trace ?? [];
  diagnostics.push(...m.diagnostics);
  return run;
}
