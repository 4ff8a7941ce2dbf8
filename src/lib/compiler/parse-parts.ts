/**
 * The small pieces statements are made of: values, targets, conditions, jump
 * targets, file letters and operation numbers.
 * @module
 */
import { MAX_DIGITS, decimal, parseDecimal, type Decimal } from './decimal.ts';
import { FAIL, type Cursor } from './cursor.ts';
import { isReserved, isVerb } from './keywords.ts';
import type { Token } from './lexer.ts';
import { valueLabel, type Condition, type JumpTarget, type Span, type TargetNode, type ValueNode } from './syntax.ts';

function place(t: Token): Span {
  return { start: t.start, end: t.end, line: t.line, column: t.column };
}

/** The value of a number token; a number too long for the machine is reported (and read as 0). */
export function readNumber(c: Cursor, t: Token): Decimal {
  const n = parseDecimal(t.text);
  if (n) return n;
  const number = t.text.length > 20 ? `${t.text.slice(0, 20)}…` : t.text;
  c.report('numberTooLong', place(t), { number, max: MAX_DIGITS });
  return decimal(0n);
}

/** True when the next token can start a value: a number, a text or a name. */
export function atValue(c: Cursor): boolean {
  const t = c.peek();
  return !!t && (t.kind === 'number' || t.kind === 'string' || (t.kind === 'word' && !isReserved(t.value)));
}

/** True when the next token is a name that is not a reserved word. */
export function atName(c: Cursor, k = 0): boolean {
  const t = c.peek(k);
  return t?.kind === 'word' && !isReserved(t.value);
}

/** A single-letter file name such as `A`, if the next token is one. */
function atLetter(c: Cursor, k = 0): boolean {
  const t = c.peek(k);
  return t?.kind === 'word' && /^[A-Z]$/.test(t.value);
}

/**
 * Parses a number, a text, a name or a field `NAME (A)`; fails with
 * `expectedValue`, or `reservedName` where a special word stands in a box's place.
 */
export function parseValue(c: Cursor, from: number, example: string, receiving = false): ValueNode {
  const t = c.peek();
  if (t?.kind === 'number') {
    c.take();
    return { type: 'number', value: readNumber(c, t), text: t.text, ...place(t) };
  }
  if (t?.kind === 'string') {
    c.take();
    return { type: 'text', value: t.value, ...place(t) };
  }
  if (t?.kind === 'word' && !isReserved(t.value)) {
    c.take();
    if (!c.atPunct('(')) return { type: 'name', name: t.value, ...place(t) };
    c.take();
    if (!atLetter(c) || !c.atPunct(')', 1)) c.fail('expectedFile', { after: c.after(from), example: 'PRODUCT-NO (A)' });
    const letter = c.take().value;
    const close = c.take();
    return { type: 'field', name: t.value, file: letter, ...place(t), end: close.end };
  }
  if (receiving && t?.kind === 'word' && !isVerb(t.value)) {
    c.report('reservedName', place(t), { word: t.value });
    throw FAIL;
  }
  return c.fail('expectedValue', { after: c.after(from), example });
}

/** Parses a value that must receive something: a name or a field (else `needsName`, recorded). */
export function parseTarget(c: Cursor, from: number, verb: string, example: string): TargetNode {
  const v = parseValue(c, from, example, true);
  if (v.type === 'name' || v.type === 'field') return v;
  c.report('needsName', v, { verb, value: valueLabel(v), example });
  return { type: 'name', name: valueLabel(v), start: v.start, end: v.end, line: v.line, column: v.column };
}

/** Parses `value IS [NOT] GREATER THAN | LESS THAN | EQUAL TO value`. */
export function parseCondition(c: Cursor, from: number, example: string): Condition {
  const start = c.pos;
  const left = parseValue(c, from, example);
  c.expectWord('IS', from, example);
  const negated = c.atWord('NOT');
  if (negated) c.take();
  let relation: Condition['relation'];
  if (c.atWord('GREATER') || c.atWord('LESS')) {
    relation = c.take().value === 'GREATER' ? 'greater' : 'less';
    c.expectWord('THAN', from, example);
  } else if (c.atWord('EQUAL')) {
    c.take();
    relation = 'equal';
    c.expectWord('TO', from, example);
  } else {
    return c.fail('expectedWord', { expected: 'GREATER THAN, LESS THAN or EQUAL TO', after: c.after(from), example });
  }
  const right = parseValue(c, from, example);
  return { type: 'condition', left, relation, negated, right, ...c.spanFrom(start) };
}

/** Parses a whole, non-negative operation number. */
export function parseNumber(c: Cursor, from: number, example: string): number {
  const t = c.peek();
  if (t?.kind === 'number' && /^\d+$/.test(t.text) && t.text.length < 10) {
    c.take();
    return Number(t.text);
  }
  return c.fail('expectedNumber', { after: c.after(from), example });
}

/** Parses `OPERATION n`. */
export function parseOperation(c: Cursor, from: number, example: string): JumpTarget & { kind: 'operation' } {
  const start = c.pos;
  c.expectWord('OPERATION', from, example);
  const number = parseNumber(c, from, example);
  return { kind: 'operation', number, ...c.spanFrom(start) };
}

/** Parses `GO TO` or `JUMP TO`, then `OPERATION n` or a paragraph name. */
export function parseGoTo(c: Cursor, from: number, example: string): JumpTarget {
  if (!c.atWord('GO') && !c.atWord('JUMP')) {
    c.fail('expectedWord', { expected: 'GO TO', after: c.after(from), example });
  }
  c.take();
  c.expectWord('TO', from, example);
  if (c.atWord('OPERATION')) return parseOperation(c, from, example);
  const t = c.peek();
  if (t && atName(c)) {
    c.take();
    return { kind: 'paragraph', name: t.value, ...place(t) };
  }
  return c.fail('expectedName', { after: c.after(from), example });
}

/** Parses a file letter such as `D`. */
export function parseLetter(c: Cursor, from: number, example: string): { letter: string } & Span {
  const t = c.peek();
  if (t && atLetter(c)) {
    c.take();
    return { letter: t.value, ...place(t) };
  }
  return c.fail('expectedFile', { after: c.after(from), example });
}

/** Parses a paragraph name (a name that is not reserved). */
export function parseName(c: Cursor, from: number, example: string): { type: 'name'; name: string } & Span {
  const t = c.peek();
  if (t && atName(c)) {
    c.take();
    return { type: 'name', name: t.value, ...place(t) };
  }
  if (t?.kind === 'word') {
    c.report('reservedName', place(t), { word: t.value });
    throw FAIL;
  }
  return c.fail('expectedName', { after: c.after(from), example });
}
