/**
 * The second half of Translation's reading: tokens to a syntax tree. The DATA
 * part, paragraph headings, numbered sentences and the statements in them.
 * A mistake abandons its sentence and parsing goes on after the next period,
 * so one slip does not hide the rest of the program; a missing period at the
 * end of a line is reported and the next line read as a new sentence.
 * @module
 */
import { closest } from '../html-checks/distance.ts';
import { Cursor, FAIL } from './cursor.ts';
import type { CompilerDiagnostic } from './diagnostics.ts';
import { SENTENCE_EXAMPLE, VERBS, isVerb } from './keywords.ts';
import type { Token } from './lexer.ts';
import { atName, parseNumber, readNumber } from './parse-parts.ts';
import { parseStatement } from './parse-statements.ts';
import type { DataEntry, ParagraphHeading, ProgramNode, Sentence, Statement } from './syntax.ts';

const DATA_EXAMPLE = 'COOKIES IS 14.';
const OPERATION_EXAMPLE = '(3) DISPLAY "HELLO".';

/** Parses tokens into a program tree. Never throws; mistakes come back as diagnostics. */
export function parse(
  tokens: readonly Token[],
  source: string,
): { tree: ProgramNode; diagnostics: CompilerDiagnostic[] } {
  const c = new Cursor(tokens, source);
  const data: DataEntry[] = [];
  const body: (Sentence | ParagraphHeading)[] = [];
  let inData = false;
  let procedure = false;
  if (c.atWord('DATA') && c.atPunct('.', 1)) {
    c.pos += 2;
    inData = true;
  }
  while (!c.done) {
    const from = c.pos;
    try {
      if ((c.atWord('PROCEDURE') || c.atWord('DATA')) && c.atPunct('.', 1)) {
        const t = c.take();
        if (t.value === 'DATA' || procedure || body.length > 0)
          c.report('misplacedHeading', c.spanFrom(from), { word: t.value });
        c.take();
        procedure = true;
        inData = false;
      } else if (atName(c) && c.atWord('IS', 1) && inData) {
        data.push(dataEntry(c));
      } else if (atName(c) && c.atPunct('.', 1)) {
        const t = c.take();
        c.take();
        body.push({ type: 'paragraph', name: t.value, ...c.spanFrom(from), end: t.end });
        inData = false;
      } else {
        inData = false;
        body.push(sentence(c));
      }
    } catch (e) {
      if (e !== FAIL) throw e;
      recover(c, from);
    }
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const span = first && last ? { start: first.start, end: last.end, line: first.line, column: first.column } : none();
  return { tree: { type: 'program', data, body, ...span }, diagnostics: c.diagnostics };
}

function none() {
  return { start: 0, end: 0, line: 1, column: 1 };
}

// Skips to just after the next period (and a following `(END)`), always moving forward.
function recover(c: Cursor, from: number): void {
  if (c.pos === from && !c.done) c.pos++;
  while (!c.done && !c.atPunct('.')) c.pos++;
  if (!c.done) c.pos++;
  if (c.atPunct('(') && c.atWord('END', 1) && c.atPunct(')', 2)) c.pos += 3;
}

function dataEntry(c: Cursor): DataEntry {
  const from = c.pos;
  const name = c.take().value;
  c.take();
  const t = c.peek();
  if (!t || (t.kind !== 'number' && t.kind !== 'string')) {
    return c.fail('expectedValue', { after: c.after(from), example: DATA_EXAMPLE });
  }
  c.take();
  const value =
    t.kind === 'number'
      ? { type: 'number' as const, value: readNumber(c, t), text: t.text }
      : { type: 'text' as const, value: t.value };
  const entry: DataEntry = {
    type: 'data',
    name,
    value: { ...value, start: t.start, end: t.end, line: t.line, column: t.column },
    ...c.spanFrom(from),
  };
  endSentence(c, from);
  return entry;
}

// After a complete statement: a period ends the sentence. A missing period at
// the end of a line is reported without losing the next line.
function endSentence(c: Cursor, from: number): void {
  if (c.sentenceClosed) return;
  if (c.atPunct('.')) {
    c.take();
    return;
  }
  const prev = c.previous;
  const t = c.peek();
  if (!t || !prev || t.line > prev.line) {
    c.report('missingPeriod', c.gap());
    return;
  }
  if (t.kind === 'symbol' || t.kind === 'bad') c.failOnToken(t);
  c.fail('unexpectedWord', { word: t.text, after: c.after(from) });
}

function sentence(c: Cursor): Sentence {
  const from = c.pos;
  let operation: number | null = null;
  if (c.atPunct('(')) {
    c.take();
    operation = parseNumber(c, from, OPERATION_EXAMPLE);
    if (!c.atPunct(')')) c.fail('expectedWord', { expected: ')', after: c.after(from), example: OPERATION_EXAMPLE });
    c.take();
  }
  c.sentenceClosed = false;
  const statements: Statement[] = [];
  for (;;) {
    const t = c.peek();
    if (!t || t.kind !== 'word' || !isVerb(t.value)) startError(c, from);
    const s = parseStatement(c);
    statements.push(s);
    if (c.sentenceClosed || s.type === 'if') break;
    if (!c.atPunct(';')) break;
    c.take();
    if (c.atPunct('.')) break;
  }
  endSentence(c, from);
  c.sentenceClosed = false;
  return { type: 'sentence', operation, statements, ...c.spanFrom(from) };
}

// The sentence (or the part after a `;`) does not start with a verb.
function startError(c: Cursor, from: number): never {
  const t = c.peek();
  if (!t) return c.fail('expectedStatement', { after: c.after(from), example: SENTENCE_EXAMPLE });
  if (t.kind === 'symbol' || t.kind === 'bad') c.failOnToken(t);
  const next = c.peek(1);
  if (t.kind === 'word' && (next?.kind === 'symbol' || next?.kind === 'bad')) c.failOnToken(next);
  if (t.kind === 'word' && c.atWord('IS', 1) && atName(c)) {
    const v = c.peek(2);
    const value = v && (v.kind === 'number' || v.kind === 'string') ? v.text : '0';
    return c.fail('dataInProcedure', { name: t.value, value });
  }
  if (t.kind === 'word') {
    const suggestion = closest(t.value, VERBS);
    if (suggestion) return c.fail('unknownVerb', { word: t.value, suggestion });
  }
  return c.fail('unknownVerbNoGuess', { word: t.text, example: SENTENCE_EXAMPLE });
}
