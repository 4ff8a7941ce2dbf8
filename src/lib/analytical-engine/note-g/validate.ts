/**
 * Checks what a caller (or a learner's changed table) hands to `runNoteG`. Every problem is
 * returned as a diagnostic with a stable code; messages live in the i18n strings
 * (`noteg.error.<code>`), filled from `params`.
 */
import type { NoteGOperation } from './table';

/** The largest n a run may reach: V80 holds B(119), her numbering. */
export const MAX_N = 60;
/** Repetitions of operations 13–23 allowed in one calculation (n − 2 are needed). */
export const MAX_PASSES = MAX_N;
/** The highest column a table may name. */
export const MAX_COLUMN = 20 + MAX_N;

/** Every way a run can go wrong. */
export type NoteGDiagnosticCode =
  | 'upToOutOfRange'
  | 'fromOutOfRange'
  | 'badTable'
  | 'badColumn'
  | 'divisionByZero'
  | 'tooManyPasses'
  | 'numberTooLarge';

/** A problem with a run, in the house diagnostics style (see src/lib/mini-mill). */
export interface NoteGDiagnostic {
  code: NoteGDiagnosticCode;
  severity: 'error';
  params: Record<string, string | number>;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isNaN(value) ? min : Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Clamps `upTo` to 1…60 and `from` to 1…upTo, with a diagnostic for each value changed. */
export function checkRange(
  upTo: number,
  from: number | undefined,
  diagnostics: NoteGDiagnostic[],
): { upTo: number; from: number } {
  const last = clamp(upTo, 1, MAX_N);
  if (last !== upTo) {
    diagnostics.push({
      code: 'upToOutOfRange',
      severity: 'error',
      params: { given: String(upTo), used: last, min: 1, max: MAX_N },
    });
  }
  const first = from === undefined ? 1 : clamp(from, 1, last);
  if (from !== undefined && first !== from) {
    diagnostics.push({
      code: 'fromOutOfRange',
      severity: 'error',
      params: { given: String(from), used: first, min: 1, max: last },
    });
  }
  return { upTo: last, from: first };
}

const SIGNS = new Set(['+', '-', '×', '÷']);

function goodColumn(column: unknown): boolean {
  return typeof column === 'number' && Number.isInteger(column) && column >= 1 && column <= MAX_COLUMN;
}

/**
 * Puts a table in operation order, or returns null (with diagnostics) when it cannot run:
 * operations 1–25 must each appear once, with a known sign, two operands and columns V1…V80.
 */
export function checkTable(table: readonly NoteGOperation[], diagnostics: NoteGDiagnostic[]): NoteGOperation[] | null {
  const ordered: (NoteGOperation | undefined)[] = Array.from({ length: 25 });
  const start = diagnostics.length;
  for (const line of table) {
    const op = line.op;
    if (!Number.isInteger(op) || op < 1 || op > 25 || ordered[op - 1]) {
      diagnostics.push({ code: 'badTable', severity: 'error', params: { op, problem: 'number' } });
      continue;
    }
    ordered[op - 1] = line;
    if (!SIGNS.has(line.sign) || line.acted.length !== 2) {
      diagnostics.push({ code: 'badTable', severity: 'error', params: { op, problem: 'operation' } });
    }
    const named = [...line.acted.map((o) => o.column), ...line.received.map((r) => r.column), ...line.zeroed];
    for (const column of named) {
      if (!goodColumn(column)) {
        diagnostics.push({ code: 'badColumn', severity: 'error', params: { op, column: String(column) } });
      }
    }
  }
  ordered.forEach((line, i) => {
    if (!line) diagnostics.push({ code: 'badTable', severity: 'error', params: { op: i + 1, problem: 'missing' } });
  });
  return diagnostics.length === start ? (ordered as NoteGOperation[]) : null;
}
