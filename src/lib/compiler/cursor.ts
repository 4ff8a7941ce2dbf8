/**
 * A position in the token list, with the helpers every parsing function uses:
 * looking ahead, taking expected words, and reporting a mistake in the
 * friendly style. A mistake that stops the sentence throws `FAIL` (caught by
 * the sentence parser, which recovers at the next period); a mistake that
 * does not (a number where a box is needed) is only recorded.
 * @module
 */
import { SYMBOL_EXAMPLES } from './keywords.ts';
import type { Token } from './lexer.ts';
import { diagnostic, type CompilerDiagnostic, type DiagnosticCode, type Place } from './diagnostics.ts';
import type { Span } from './syntax.ts';

/** Thrown (never out of Translation) to abandon the current sentence. */
export const FAIL: unique symbol = Symbol('sentence failed');

/** Token cursor plus the diagnostics found so far. */
export class Cursor {
  pos = 0;
  nextId = 0;
  /** Set when `STOP . (END)` has already closed the sentence. */
  sentenceClosed = false;
  readonly diagnostics: CompilerDiagnostic[] = [];

  readonly tokens: readonly Token[];
  readonly source: string;

  constructor(tokens: readonly Token[], source: string) {
    this.tokens = tokens;
    this.source = source;
  }

  /** The token `k` ahead, if any. */
  peek(k = 0): Token | undefined {
    return this.tokens[this.pos + k];
  }

  /** True when the token `k` ahead is the word `w` (upper case). */
  atWord(w: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.kind === 'word' && t.value === w;
  }

  /** True when the token `k` ahead is the punctuation `p`. */
  atPunct(p: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.kind === 'punct' && t.value === p;
  }

  /** True at the end of the tokens. */
  get done(): boolean {
    return this.pos >= this.tokens.length;
  }

  /** The last token taken (or the first token, at the start). */
  get previous(): Token | undefined {
    return this.tokens[this.pos - 1] ?? this.tokens[0];
  }

  /** Takes the next token. */
  take(): Token {
    const t = this.tokens[this.pos];
    if (!t) throw new Error('read past the end of the tokens');
    this.pos++;
    return t;
  }

  /** The place just after the last token taken: where a missing word belongs. */
  gap(): Place {
    const p = this.previous;
    if (!p) return { start: 0, end: 0, line: 1, column: 1 };
    return { start: p.end, end: p.end, line: p.line, column: p.column + p.text.length };
  }

  /** The place of the next token, or the gap at the end. */
  here(): Place {
    const t = this.peek();
    return t ? { start: t.start, end: t.end, line: t.line, column: t.column } : this.gap();
  }

  /** A span from token index `from` to the last token taken. */
  spanFrom(from: number): Span {
    const first = this.tokens[from] ?? this.tokens[this.pos - 1];
    const last = this.tokens[this.pos - 1] ?? first;
    if (!first || !last) return { start: 0, end: 0, line: 1, column: 1 };
    return { start: first.start, end: Math.max(first.end, last.end), line: first.line, column: first.column };
  }

  /** The learner's words from token index `from` to the last token taken, on one line. */
  after(from: number): string {
    const span = this.spanFrom(from);
    return this.source.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  }

  /** Records a diagnostic without stopping. */
  report(code: DiagnosticCode, place: Place, params: Record<string, string | number> = {}): void {
    this.diagnostics.push(diagnostic(code, place, params));
  }

  /** Records a diagnostic and abandons the sentence. A symbol or strange character explains itself first. */
  fail(code: DiagnosticCode, params: Record<string, string | number> = {}): never {
    const t = this.peek();
    if (t && (t.kind === 'symbol' || t.kind === 'bad')) this.failOnToken(t);
    this.report(code, this.here(), params);
    throw FAIL;
  }

  /** Reports what is wrong with a symbol or bad token and abandons the sentence. */
  failOnToken(t: Token): never {
    const place = { start: t.start, end: t.end, line: t.line, column: t.column };
    if (t.kind === 'symbol') this.report('symbol', place, { symbol: t.text, example: SYMBOL_EXAMPLES[t.text] ?? '' });
    else if (t.problem === 'unclosedString') this.report('unclosedString', place, { text: t.text });
    else if (t.problem === 'singleQuote') this.report('singleQuote', place);
    else this.report('strangeCharacter', place, { character: t.text });
    throw FAIL;
  }

  /** Takes the word `w` or fails with `expectedWord`. */
  expectWord(w: string, from: number, example: string, shown = w): Token {
    if (this.atWord(w)) return this.take();
    return this.fail('expectedWord', { expected: shown, after: this.after(from), example });
  }
}
