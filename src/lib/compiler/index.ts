/**
 * The GRACE compiler, machine and interpreter: a beginner's English-like
 * language in the style of Grace Hopper's FLOW-MATIC (which it includes, so
 * the 1958 manual's Sample Problem 1 runs unmodified), compiled in the four
 * phases of the 1958 compiler — Translation, Selection, Allocation,
 * Processing — for a simulated UNIVAC-style machine, plus a tree-walking
 * interpreter that must agree with the machine. Plain data in, plain data out;
 * mistakes are returned as diagnostics, never thrown.
 * @module
 */
import { allocate, type Allocation } from './allocation.ts';
import { diagnostic, hasErrors, sortDiagnostics, type CompilerDiagnostic } from './diagnostics.ts';
import { resultFiles } from './files.ts';
import { interpret } from './interpreter.ts';
import { Machine } from './machine.ts';
import { processProgram, type EditedRecordRow, type MachineProgram } from './processing.ts';
import type { RunOptions, RunResult } from './runtime.ts';
import { select, type Selection } from './selection.ts';
import { createSession, failedSession, type MachineSession } from './session.ts';
import type { ProgramNode } from './syntax.ts';
import { translate, type Glossary, type Token } from './translation.ts';

export type { CompilerDiagnostic, DiagnosticCode } from './diagnostics.ts';
export {
  DIAGNOSTIC_CODES,
  CODES,
  formatCompilerDiagnostic,
  messageKey,
  paramsOf,
  severityOf,
  MAX_DIAGNOSTICS,
} from './diagnostics.ts';
export type { Token, TokenKind } from './lexer.ts';
export type * from './syntax.ts';
export type { Glossary, FileDeclaration } from './glossary.ts';
export type { Selection, SelectedBlock, SymbolicOrder, Operand, ConstantValue, LabelItem } from './selection.ts';
export { symbolicText, operandText } from './selection.ts';
export type { Allocation, MemoryEntry, FileBlock } from './allocation.ts';
export { AREAS } from './allocation.ts';
export type { MachineProgram, MachineOrder, EditedRecordRow, Cell, OrderWord, StatementInfo } from './processing.ts';
export { ORDERS, addressText, orderNoteKey, orderText, type OpCode, type OrderInfo } from './orders.ts';
export { Machine, cellText, type MachineStatus } from './machine.ts';
export type { MachineSession, MachineSnapshot } from './session.ts';
export type { RunOptions, RunResult, RunStatus } from './runtime.ts';
export { DEFAULT_MAX_STEPS } from './runtime.ts';
export { FIELD_SLOTS, type DataFile } from './files.ts';
export { EXAMPLES, SAMPLE_PROBLEM_1, type Example, type ExampleId } from './examples.ts';
export { KEYWORDS, VERBS } from './keywords.ts';
export { describeOrder } from './describe.ts';

/** Every stage the compiler reached; a stage after one with errors is null. */
export interface CompileResult {
  tokens: Token[];
  tree: ProgramNode;
  /** Translation's layout of the program (null when the tree has syntax errors). */
  glossary: Glossary | null;
  selection: Selection | null;
  allocation: Allocation | null;
  program: MachineProgram | null;
  editedRecord: EditedRecordRow[] | null;
  /** Errors first, then warnings, each in source order: show the first one. */
  diagnostics: CompilerDiagnostic[];
}

/** Compiles GRACE source through all four phases, as far as it can. Never throws. */
export function compile(source: string): CompileResult {
  try {
    return compileStages(source);
  } catch {
    // A bug in the compiler, not the learner's mistake: still a diagnostic, never a throw.
    const place = { start: 0, end: 0, line: 1, column: 1 };
    return {
      tokens: [],
      tree: { type: 'program', data: [], body: [], ...place },
      glossary: null,
      selection: null,
      allocation: null,
      program: null,
      editedRecord: null,
      diagnostics: [diagnostic('internalError', place)],
    };
  }
}

function compileStages(source: string): CompileResult {
  const t = translate(source);
  const result: CompileResult = {
    tokens: t.tokens,
    tree: t.tree,
    glossary: t.glossary,
    selection: null,
    allocation: null,
    program: null,
    editedRecord: null,
    diagnostics: sortDiagnostics(t.diagnostics),
  };
  if (!t.glossary || hasErrors(t.diagnostics)) return result;
  result.selection = select(t.glossary);
  result.allocation = allocate(result.selection, t.glossary);
  if (hasErrors(result.allocation.diagnostics)) {
    result.diagnostics = sortDiagnostics([...t.diagnostics, ...result.allocation.diagnostics]);
    return result;
  }
  const processed = processProgram(result.selection, result.allocation, t.glossary);
  result.program = processed.program;
  result.editedRecord = processed.editedRecord;
  return result;
}

/**
 * Compiles and runs a program on the machine (default) or the interpreter.
 * A program that does not compile (including one too big for the machine's
 * memory) does not run on either engine: status `error` with the compile
 * diagnostics. Never throws.
 */
export function run(source: string, options: RunOptions = {}): RunResult {
  const c = compile(source);
  if (!c.program || !c.glossary) {
    return { output: [], files: resultFiles(options.files), status: 'error', diagnostics: c.diagnostics };
  }
  const warnings = c.diagnostics;
  if (options.engine === 'interpreter') {
    const r = interpret(c.tree, c.glossary, options);
    return { ...r, diagnostics: [...r.diagnostics, ...warnings] };
  }
  const m = new Machine(c.program, options);
  m.run();
  const status = m.status === 'stopped' || m.status === 'step-limit' ? m.status : 'error';
  return {
    output: m.output,
    files: resultFiles(options.files, m.tapes),
    status,
    diagnostics: [...m.diagnostics, ...warnings],
  };
}

/** Loads a program into a machine the UI can step through. Never throws. */
export function load(source: string, options: RunOptions = {}): MachineSession {
  const c = compile(source);
  if (!c.program) return failedSession(c.diagnostics);
  return createSession(c.program, options, c.diagnostics);
}
