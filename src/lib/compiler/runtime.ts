/**
 * What running a program means, shared by the machine and the interpreter:
 * options, results, the step budget and the runtime diagnostics.
 *
 * A **step** is one statement started, plus one more each time a PERFORM …
 * TIMES or PERFORM … UNTIL tests its loop again (PERFORM … TIMES also counts
 * setting up its counter). Both engines count steps this way, so they stop at
 * the same place when the budget runs out.
 * @module
 */
import { diagnostic, type CompilerDiagnostic, type DiagnosticCode, type Place } from './diagnostics.ts';
import type { DataFile } from './files.ts';

/** The step budget when none is given. */
export const DEFAULT_MAX_STEPS = 10_000;

/** How a run ended. */
export type RunStatus = 'stopped' | 'error' | 'step-limit';

/** What a run may be given. */
export interface RunOptions {
  /** Files by the name in INPUT / OUTPUT; output files as layouts (`records: []`). */
  files?: Record<string, DataFile>;
  /** Lines ACCEPT reads, in order. */
  input?: string[];
  /** Step budget (see the module comment); default 10 000. */
  maxSteps?: number;
  /** Which engine runs the program; default the machine. */
  engine?: 'machine' | 'interpreter';
}

/** What a run gives back. */
export interface RunResult {
  /** One string per printed line: DISPLAY and the high-speed printer (HSP). */
  output: string[];
  /** The files passed in, with the output files' records filled in. */
  files: Record<string, DataFile>;
  status: RunStatus;
  diagnostics: CompilerDiagnostic[];
}

/** Where a statement is, for runtime messages. */
export interface StatementPlace extends Place {
  /** Set on PERFORM … UNTIL: where its condition is, for the step-limit message. */
  until?: Place;
}

/** A runtime diagnostic at a statement. */
export function runtimeDiagnostic(
  code: DiagnosticCode,
  at: Place,
  params: Record<string, string | number> = {},
): CompilerDiagnostic {
  return diagnostic(code, { start: at.start, end: at.end, line: at.line, column: at.column }, params);
}

/**
 * The step-limit diagnostic: names the UNTIL of the innermost PERFORM … UNTIL
 * loop still going round, or else the statement that was about to run.
 */
export function stepLimitDiagnostic(maxSteps: number, current: Place, until: Place | undefined): CompilerDiagnostic {
  return until
    ? runtimeDiagnostic('stepLimitUntil', until, { steps: maxSteps })
    : runtimeDiagnostic('stepLimit', current, { steps: maxSteps });
}

/** A budget that is a whole number ≥ 0 (anything else falls back to the default). */
export function stepBudget(maxSteps: number | undefined): number {
  return maxSteps !== undefined && Number.isFinite(maxSteps) && maxSteps >= 0
    ? Math.floor(maxSteps)
    : DEFAULT_MAX_STEPS;
}
