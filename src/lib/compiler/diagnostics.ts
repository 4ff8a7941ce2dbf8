/**
 * Learner mistakes, returned (never thrown) as coded diagnostics. The English
 * words live in `src/i18n/en.json` under `compiler.diag.<code>`; `params`
 * carries everything a message needs, always including `line`.
 * @module
 */
import { format } from '../i18n/translate.ts';

/** One finding about a GRACE program, at compile time or while it runs. */
export interface CompilerDiagnostic {
  /** Stable camelCase code; the message key is `compiler.diag.<code>`. */
  code: string;
  /** Fixed per code (see `CODES`). */
  severity: 'error' | 'warning';
  /** 1-based line of `span.start`. */
  line: number;
  /** 1-based column of `span.start`, in UTF-16 code units like the editor. */
  column: number;
  /** 0-based offsets into the source; `end` is exclusive. */
  span: { start: number; end: number };
  /** What the message needs, always including `line`. */
  params: Record<string, string | number>;
}

/**
 * Every diagnostic code: its severity and the params its message may use
 * (`line` is always there too). Grouped by the stage that finds it.
 */
export const CODES = {
  // Translation: words and punctuation.
  symbol: ['error', 'symbol', 'example'],
  strangeCharacter: ['error', 'character'],
  singleQuote: ['error'],
  unclosedString: ['error', 'text'],
  missingPeriod: ['error'],
  expectedWord: ['error', 'expected', 'after', 'example'],
  expectedValue: ['error', 'after', 'example'],
  expectedName: ['error', 'after', 'example'],
  expectedNumber: ['error', 'after', 'example'],
  expectedFile: ['error', 'after', 'example'],
  expectedStatement: ['error', 'after', 'example'],
  unknownVerb: ['error', 'word', 'suggestion'],
  unknownVerbNoGuess: ['error', 'word', 'example'],
  unexpectedWord: ['error', 'word', 'after'],
  nestedIf: ['error', 'example'],
  notInIf: ['error', 'verb', 'example'],
  dataInProcedure: ['error', 'name', 'value'],
  misplacedHeading: ['error', 'word'],
  reservedName: ['error', 'word'],
  needsName: ['error', 'verb', 'value', 'example'],
  textInArithmetic: ['error', 'verb', 'text'],
  numberTooLong: ['error', 'number', 'max'],
  // Translation: what the names mean.
  unknownBox: ['error', 'name', 'suggestion'],
  unknownBoxNoGuess: ['error', 'name'],
  unknownParagraph: ['error', 'name', 'suggestion'],
  unknownParagraphNoGuess: ['error', 'name'],
  unknownOperation: ['error', 'number'],
  duplicateOperation: ['error', 'number', 'first'],
  duplicateParagraph: ['error', 'name', 'first'],
  duplicateBox: ['error', 'name', 'first'],
  setNeedsJump: ['error', 'number'],
  unknownFile: ['error', 'letter'],
  duplicateFile: ['error', 'letter', 'first'],
  readOutputFile: ['error', 'letter', 'name'],
  writeInputFile: ['error', 'letter', 'name'],
  performItself: ['error', 'name'],
  emptyParagraph: ['error', 'name'],
  badRange: ['error', 'from', 'to'],
  longName: ['warning', 'name', 'length'],
  fallIntoParagraph: ['warning', 'name'],
  // Allocation: the machine's 1000 boxes.
  programTooLong: ['error', 'max'],
  tooManyBoxes: ['error', 'max'],
  tooManyConstants: ['error', 'max'],
  tooManyTemporaries: ['error', 'max'],
  tooManyFields: ['error', 'file', 'max'],
  // Running.
  divideByZero: ['error', 'name'],
  emptyBox: ['error', 'name'],
  notANumber: ['error', 'verb', 'value'],
  numberTooBig: ['error', 'verb', 'max'],
  noInput: ['error', 'name'],
  stepLimit: ['error', 'steps'],
  stepLimitUntil: ['error', 'steps'],
  missingFile: ['error', 'name', 'letter'],
  unknownField: ['error', 'field', 'file', 'suggestion'],
  unknownFieldNoGuess: ['error', 'field', 'file'],
  recordShape: ['error', 'file', 'record', 'expected', 'got'],
  fileClosed: ['error', 'file'],
  internalError: ['error'],
} as const satisfies Record<string, readonly ['error' | 'warning', ...string[]]>;

/** A code the compiler, machine or interpreter can emit. */
export type DiagnosticCode = keyof typeof CODES;

/** Every code, in the order above. */
export const DIAGNOSTIC_CODES = Object.keys(CODES) as DiagnosticCode[];

/** A code's severity. */
export function severityOf(code: DiagnosticCode): 'error' | 'warning' {
  return CODES[code][0];
}

/** The params a code's diagnostics carry (besides `line`). */
export function paramsOf(code: DiagnosticCode): readonly string[] {
  return CODES[code].slice(1);
}

/** The i18n key of a code's English message. */
export function messageKey(code: string): string {
  return `compiler.diag.${code}`;
}

/** The most diagnostics one compile reports: nobody reads more, and huge inputs stay quick. */
export const MAX_DIAGNOSTICS = 100;

/** Turns offsets into 1-based lines and columns; `\n`, `\r\n` and a lone `\r` end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** Line and column (both 1-based) of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}

/** Where a diagnostic points: a span with its line and column. */
export interface Place {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** Builds a diagnostic for `code` at `place`; `params.line` is filled in. */
export function diagnostic(
  code: DiagnosticCode,
  place: Place,
  params: Record<string, string | number> = {},
): CompilerDiagnostic {
  return {
    code,
    severity: severityOf(code),
    line: place.line,
    column: place.column,
    span: { start: place.start, end: place.end },
    params: { line: place.line, ...params },
  };
}

/** Errors first, each group in source order, capped at `MAX_DIAGNOSTICS`: the first is the one to show. */
export function sortDiagnostics(list: CompilerDiagnostic[]): CompilerDiagnostic[] {
  const rank = (d: CompilerDiagnostic) => (d.severity === 'error' ? 0 : 1);
  return [...list]
    .sort((a, b) => rank(a) - rank(b) || a.span.start - b.span.start || a.span.end - b.span.end)
    .slice(0, MAX_DIAGNOSTICS);
}

/** True when the list holds an error (warnings do not stop a program). */
export function hasErrors(list: readonly CompilerDiagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/**
 * The message for `d` from a catalog such as `en.json`: `compiler.diag.<code>`
 * with each `{param}` filled in. A missing message renders as the key itself.
 */
export function formatCompilerDiagnostic(d: CompilerDiagnostic, messages: Record<string, string>): string {
  const key = messageKey(d.code);
  const template = Object.hasOwn(messages, key) ? messages[key] : undefined;
  return typeof template === 'string' ? format(template, d.params) : key;
}
