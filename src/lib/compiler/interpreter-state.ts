/**
 * The interpreter's state and how it reads and writes values. Values are read
 * in the order the machine's orders read them, so a program with two
 * mistakes stops at the same one on both engines.
 * @module
 */
import { MAX_DIGITS, tooManyDigits, type Decimal } from './decimal.ts';
import type { CompilerDiagnostic } from './diagnostics.ts';
import type { Tape } from './files.ts';
import type { Glossary } from './glossary.ts';
import { runtimeDiagnostic } from './runtime.ts';
import { valueLabel, type Condition, type Statement, type TargetNode, type ValueNode } from './syntax.ts';
import { asNumber, compareValues, numberValue, textValue, valueText, type Value } from './values.ts';

/** A runtime mistake, thrown inside the interpreter and returned as its diagnostic. */
export class Fault {
  readonly diagnostic: CompilerDiagnostic;
  constructor(diagnostic: CompilerDiagnostic) {
    this.diagnostic = diagnostic;
  }
}

/**
 * Where the interpreter is: a top-level position, or a statement inside the
 * IF at that position. `resume` marks a PERFORM loop coming round for its
 * next test (a step of its own).
 */
export interface Loc {
  pos: number;
  branch: 'then' | 'else' | null;
  index: number;
  resume?: boolean;
}

/** What a range's exit switch holds: where to return, and what kind of PERFORM set it. */
export interface Exit {
  loc: Loc;
  kind: 'plain' | 'times' | 'until';
  statement: Statement;
}

/** Everything a running program has. */
export interface State {
  g: Glossary;
  boxes: Map<string, Value>;
  /** Each file's current item: field → value. */
  items: Map<string, Map<string, Value>>;
  tapes: Map<string, Tape>;
  /** Range end position → the PERFORM to return to. */
  exits: Map<number, Exit>;
  /** GO TO statement id → new target position, set by SET OPERATION. */
  overrides: Map<number, number>;
  /** PERFORM … TIMES statement id → its counter. */
  counters: Map<number, Value>;
  /** PERFORM … UNTIL loops that have started and not finished, innermost last. */
  activeUntil: number[];
  output: string[];
  input: string[];
}

/** How values are read, written, checked and compared. */
export const evaluate = {
  /** The value of a literal, box or field; an empty box is a mistake. */
  read(state: State, v: ValueNode, s: Statement): Value {
    switch (v.type) {
      case 'number':
        return numberValue(v.value);
      case 'text':
        return textValue(v.value);
      case 'word':
        return textValue(v.value);
      case 'name': {
        const value = state.boxes.get(v.name);
        if (!value) throw new Fault(runtimeDiagnostic('emptyBox', s, { name: v.name }));
        return value;
      }
      case 'field':
        return state.items.get(v.file)?.get(v.name) ?? textValue('');
    }
  },

  /** Puts a value in a box or a field. */
  store(state: State, t: TargetNode, v: Value): void {
    if (t.type === 'name') state.boxes.set(t.name, v);
    else state.items.get(t.file)?.set(t.name, v);
  },

  /** The value as a number, or the notANumber mistake. */
  need(v: Value, s: Statement): Decimal {
    const n = asNumber(v);
    if (!n) throw new Fault(runtimeDiagnostic('notANumber', s, { verb: s.verb, value: valueText(v) }));
    return n;
  },

  /** An arithmetic result as a value, unless it has grown past MAX_DIGITS. */
  result(n: Decimal, s: Statement): Value {
    if (tooManyDigits(n)) throw new Fault(runtimeDiagnostic('numberTooBig', s, { verb: s.verb, max: MAX_DIGITS }));
    return numberValue(n);
  },

  /** A value's name for messages. */
  label(v: ValueNode): string {
    return valueLabel(v);
  },

  /** Whether a condition holds; reads the left side first. */
  condition(state: State, c: Condition, s: Statement): boolean {
    const left = evaluate.read(state, c.left, s);
    const right = evaluate.read(state, c.right, s);
    const r = compareValues(left, right);
    const holds = c.relation === 'greater' ? r > 0 : c.relation === 'less' ? r < 0 : r === 0;
    return holds !== c.negated;
  },
};
