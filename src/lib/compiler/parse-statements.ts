/**
 * One parsing function per verb. Each starts at the verb and stops before the
 * `;` or `.` that follows its statement (IF runs to the period).
 * @module
 */
import { FAIL, type Cursor } from './cursor.ts';
import { VERB_EXAMPLES, isVerb, type Verb } from './keywords.ts';
import {
  atName,
  atValue,
  parseCondition,
  parseGoTo,
  parseLetter,
  parseName,
  parseOperation,
  parseTarget,
  parseValue,
} from './parse-parts.ts';
import { valueLabel, type Branch, type FileName, type Statement, type TargetNode, type ValueNode } from './syntax.ts';

type Body = Statement extends infer S ? (S extends unknown ? Omit<S, 'id' | 'verb' | keyof Position> : never) : never;
interface Position {
  start: number;
  end: number;
  line: number;
  column: number;
}

const NOT_IN_IF = new Set(['COMPARE', 'TEST', 'INPUT', 'OUTPUT', 'HSP']);

/** Parses the statement that starts at the next token, which must be a verb. */
export function parseStatement(c: Cursor): Statement {
  const from = c.pos;
  const id = c.nextId++;
  const verbToken = c.take();
  const verb = verbToken.value as Verb;
  const body = PARSERS[verb](c, from, VERB_EXAMPLES[verb]);
  return { ...body, id, verb, ...c.spanFrom(from) } as Statement;
}

function checkArithmetic(c: Cursor, verb: string, values: ValueNode[]): void {
  for (const v of values) {
    if (v.type === 'text') c.report('textInArithmetic', v, { verb, text: `"${v.value}"` });
  }
}

function valueList(c: Cursor, from: number, example: string): ValueNode[] {
  const values = [parseValue(c, from, example)];
  while (c.atPunct(',')) {
    c.take();
    values.push(parseValue(c, from, example));
  }
  return values;
}

function giving(c: Cursor, from: number, verb: string, example: string): TargetNode | null {
  if (!c.atWord('GIVING')) return null;
  c.take();
  return parseTarget(c, from, verb, example);
}

// Without GIVING, the word after TO / FROM / BY receives the result, so it must be a box.
function mustReceive(c: Cursor, v: ValueNode, verb: string, example: string): void {
  if (v.type !== 'name' && v.type !== 'field' && v.type !== 'text') {
    c.report('needsName', v, { verb, value: valueLabel(v), example });
  }
}

// A word at the start of a new line (or a heading `NAME.`) begins a new sentence,
// so a DISPLAY whose period is missing does not swallow the next line.
function newSentence(c: Cursor): boolean {
  const next = c.peek();
  const prev = c.previous;
  return !!next && !!prev && next.line > prev.line && (next.column === 1 || c.atPunct('.', 1));
}

function branches(c: Cursor, from: number, example: string): Branch[] {
  const list: Branch[] = [];
  for (;;) {
    const semicolon = c.atPunct(';') ? 1 : 0;
    const k = semicolon;
    const when = c.atWord('IF', k) ? 'if' : c.atWord('OTHERWISE', k) || c.atWord('ELSE', k) ? 'otherwise' : null;
    if (!when || (when === 'if' && !['GREATER', 'EQUAL', 'LESS'].some((w) => c.atWord(w, k + 1)))) break;
    if (semicolon) c.take();
    const start = c.pos;
    c.take();
    const relation = when === 'if' ? (c.take().value.toLowerCase() as Branch['when']) : 'otherwise';
    const target = parseGoTo(c, from, example);
    list.push({ when: relation, target, ...c.spanFrom(start) });
  }
  if (list.length === 0) c.fail('expectedWord', { expected: '; IF GREATER GO TO', after: c.after(from), example });
  return list;
}

function fileNames(c: Cursor, from: number, example: string): FileName[] {
  const files: FileName[] = [];
  do {
    const start = c.pos;
    const name = parseName(c, from, example);
    const t = c.peek();
    const m = t?.kind === 'word' ? /^FILE-([A-Z])$/.exec(t.value) : null;
    if (!m) c.fail('expectedWord', { expected: 'FILE-A', after: c.after(from), example });
    c.take();
    files.push({ name: name.name, letter: m?.[1] ?? '', ...c.spanFrom(start) });
  } while (atName(c) && !c.atPunct(';'));
  return files;
}

function ifStatements(c: Cursor, from: number, example: string): Statement[] {
  const list: Statement[] = [];
  for (;;) {
    const t = c.peek();
    if (!t || t.kind !== 'word' || !isVerb(t.value)) {
      if (list.length > 0) break;
      c.fail('expectedStatement', { after: c.after(from), example });
    }
    if (c.atWord('IF')) c.fail('nestedIf', { example });
    if (NOT_IN_IF.has(t?.value ?? '')) c.fail('notInIf', { verb: t?.value ?? '', example });
    list.push(parseStatement(c));
    if (c.sentenceClosed) break;
    if (c.atPunct(';')) {
      if (c.atWord('OTHERWISE', 1) || c.atWord('ELSE', 1)) break;
      c.take();
      continue;
    }
    const next = c.peek();
    if (!next || next.kind !== 'word' || !isVerb(next.value)) break;
  }
  return list;
}

const PARSERS: Record<Verb, (c: Cursor, from: number, example: string) => Body> = {
  DISPLAY(c, from, example) {
    const values = [parseValue(c, from, example)];
    for (;;) {
      if (c.atPunct(',')) {
        c.take();
        values.push(parseValue(c, from, example));
      } else if (atValue(c) && !newSentence(c)) {
        values.push(parseValue(c, from, example));
      } else break;
    }
    return { type: 'display', values };
  },
  MOVE(c, from, example) {
    const value = parseValue(c, from, example);
    c.expectWord('TO', from, example);
    const targets = [parseTarget(c, from, 'MOVE', example)];
    while (c.atPunct(',')) {
      c.take();
      targets.push(parseTarget(c, from, 'MOVE', example));
    }
    return { type: 'move', value, targets };
  },
  ADD(c, from, example) {
    const values = valueList(c, from, example);
    c.expectWord('TO', from, example);
    const to = parseValue(c, from, example);
    const target = giving(c, from, 'ADD', example);
    if (!target) mustReceive(c, to, 'ADD', example);
    checkArithmetic(c, 'ADD', [...values, to]);
    return { type: 'add', values, to, giving: target };
  },
  SUBTRACT(c, from, example) {
    const values = valueList(c, from, example);
    c.expectWord('FROM', from, example);
    const fromValue = parseValue(c, from, example);
    const target = giving(c, from, 'SUBTRACT', example);
    if (!target) mustReceive(c, fromValue, 'SUBTRACT', example);
    checkArithmetic(c, 'SUBTRACT', [...values, fromValue]);
    return { type: 'subtract', values, from: fromValue, giving: target };
  },
  MULTIPLY(c, from, example) {
    const value = parseValue(c, from, example);
    c.expectWord('BY', from, example);
    const by = parseValue(c, from, example);
    const target = giving(c, from, 'MULTIPLY', example);
    if (!target) mustReceive(c, by, 'MULTIPLY', example);
    checkArithmetic(c, 'MULTIPLY', [value, by]);
    return { type: 'multiply', value, by, giving: target };
  },
  DIVIDE(c, from, example) {
    const value = parseValue(c, from, example);
    c.expectWord('BY', from, example);
    const by = parseValue(c, from, example);
    c.expectWord('GIVING', from, example);
    const target = parseTarget(c, from, 'DIVIDE', example);
    let remainder: TargetNode | null = null;
    if (c.atWord('REMAINDER')) {
      c.take();
      remainder = parseTarget(c, from, 'DIVIDE', example);
    }
    checkArithmetic(c, 'DIVIDE', [value, by]);
    return { type: 'divide', value, by, giving: target, remainder };
  },
  IF(c, from, example) {
    const condition = parseCondition(c, from, example);
    if (c.atWord('THEN')) c.take();
    const then = ifStatements(c, from, example);
    let otherwise: Statement[] | null = null;
    if (!c.sentenceClosed) {
      if (c.atPunct(';') && (c.atWord('OTHERWISE', 1) || c.atWord('ELSE', 1))) c.take();
      if (c.atWord('OTHERWISE') || c.atWord('ELSE')) {
        c.take();
        otherwise = ifStatements(c, from, example);
      }
    }
    return { type: 'if', condition, then, otherwise };
  },
  COMPARE(c, from, example) {
    const left = parseValue(c, from, example);
    c.expectWord('WITH', from, example);
    const right = parseValue(c, from, example);
    return { type: 'compare', left, right, branches: branches(c, from, example) };
  },
  TEST(c, from, example) {
    const left = parseValue(c, from, example);
    c.expectWord('AGAINST', from, example);
    const t = c.peek();
    let right: ValueNode;
    // FLOW-MATIC tests against a literal, so a bare word here is text, not a box.
    if (t?.kind === 'word' && atName(c)) {
      c.take();
      right = { type: 'word', value: t.value, start: t.start, end: t.end, line: t.line, column: t.column };
    } else right = parseValue(c, from, example);
    return { type: 'compare', left, right, branches: branches(c, from, example) };
  },
  GO(c, from, example) {
    c.pos--;
    return { type: 'goTo', target: parseGoTo(c, from, example) };
  },
  JUMP(c, from, example) {
    c.pos--;
    return { type: 'goTo', target: parseGoTo(c, from, example) };
  },
  PERFORM(c, from, example) {
    const paragraph = parseName(c, from, example);
    if (c.atWord('UNTIL')) {
      c.take();
      return { type: 'perform', paragraph, times: null, until: parseCondition(c, from, example) };
    }
    if (!atValue(c)) return { type: 'perform', paragraph, times: null, until: null };
    const times = parseValue(c, from, example);
    c.expectWord('TIMES', from, example);
    checkArithmetic(c, 'PERFORM', [times]);
    return { type: 'perform', paragraph, times, until: null };
  },
  ACCEPT(c, from, example) {
    return { type: 'accept', target: parseTarget(c, from, 'ACCEPT', example) };
  },
  STOP(c) {
    if (c.atWord('RUN')) c.take();
    else if (c.atPunct('.') && c.atPunct('(', 1) && c.atWord('END', 2) && c.atPunct(')', 3)) {
      c.pos += 4;
      c.sentenceClosed = true;
    }
    return { type: 'stop' };
  },
  INPUT(c, from, example) {
    return { type: 'input', files: fileNames(c, from, example) };
  },
  OUTPUT(c, from, example) {
    return { type: 'output', files: fileNames(c, from, example) };
  },
  HSP(c, from, example) {
    return { type: 'hsp', file: parseLetter(c, from, example) };
  },
  EXECUTE(c, from, example) {
    const start = parseOperation(c, from, example);
    if (!c.atWord('THROUGH')) return { type: 'execute', from: start, through: null };
    c.take();
    return { type: 'execute', from: start, through: parseOperation(c, from, example) };
  },
  SET(c, from, example) {
    const operation = parseOperation(c, from, example);
    c.expectWord('TO', from, example);
    const target = parseGoTo(c, from, example);
    if (target.kind !== 'operation') {
      c.report('expectedWord', target, { expected: 'OPERATION', after: c.after(from), example });
      throw FAIL;
    }
    return { type: 'set', operation, target };
  },
  TRANSFER(c, from, example) {
    const source = parseLetter(c, from, example);
    c.expectWord('TO', from, example);
    return { type: 'transfer', from: source, to: parseLetter(c, from, example) };
  },
  'READ-ITEM'(c, from, example) {
    const file = parseLetter(c, from, example);
    if (!(c.atPunct(';') && c.atWord('IF', 1) && c.atWord('END', 2))) return { type: 'readItem', file, atEnd: null };
    c.pos += 3;
    c.expectWord('OF', from, example);
    c.expectWord('DATA', from, example);
    return { type: 'readItem', file, atEnd: parseGoTo(c, from, example) };
  },
  'WRITE-ITEM'(c, from, example) {
    return { type: 'writeItem', file: parseLetter(c, from, example) };
  },
  REWIND(c, from, example) {
    return { type: 'rewind', file: parseLetter(c, from, example) };
  },
  'CLOSE-OUT'(c, from, example) {
    if (c.atWord('FILES')) c.take();
    const files = [parseLetter(c, from, example)];
    while (c.atPunct(',')) {
      c.take();
      files.push(parseLetter(c, from, example));
    }
    return { type: 'closeOut', files };
  },
};
