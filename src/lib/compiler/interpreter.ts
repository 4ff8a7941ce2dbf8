/**
 * A tree-walking interpreter: runs the syntax tree directly, statement by
 * statement, with no machine in between. It is the reference the machine is
 * checked against: both must print the same lines, write the same files and
 * stop the same way for every program.
 *
 * Control follows the machine's rules exactly. Falling off the end of a
 * PERFORMed paragraph (or an EXECUTEd range) returns to the PERFORM; jumping
 * (GO TO) to the statement after it does not, just as a jump on the machine
 * skips the paragraph's exit switch. Each range end remembers only its latest
 * PERFORM, as the exit switch does.
 * @module
 */
import { add, divideRounded, divideWhole, isZero, multiply, subtract, type Decimal } from './decimal.ts';
import { prepareFiles, resultFiles, type Tape } from './files.ts';
import type { Glossary } from './glossary.ts';
import { Fault, evaluate, type Exit, type Loc, type State } from './interpreter-state.ts';
import { runtimeDiagnostic, stepBudget, stepLimitDiagnostic, type RunOptions, type RunResult } from './runtime.ts';
import type { ProgramNode, Statement } from './syntax.ts';
import { asNumber, compareValues, END_OF_DATA, numberValue, textValue, valueText, type Value } from './values.ts';

const ZERO = numberValue({ units: 0n, scale: 0 });
const ONE: Decimal = { units: 1n, scale: 0 };

/** Runs a translated program on the interpreter. Never throws. */
export function interpret(tree: ProgramNode, g: Glossary, options: RunOptions = {}): RunResult {
  const prepared = prepareFiles(g.files.values(), options.files);
  if (prepared.diagnostics.length > 0) {
    return { output: [], files: resultFiles(options.files), status: 'error', diagnostics: prepared.diagnostics };
  }
  const state: State = {
    g,
    boxes: new Map(tree.data.map((d) => [d.name, evaluateLiteral(d.value)])),
    items: new Map([...prepared.tapes].map(([letter, tape]) => [letter, emptyItem(tape)])),
    tapes: prepared.tapes,
    exits: new Map(),
    overrides: new Map(),
    counters: new Map(),
    activeUntil: [],
    output: [],
    input: [...(options.input ?? [])],
  };
  const max = stepBudget(options.maxSteps);
  let steps = 0;
  let loc: Loc | 'stop' = { pos: 0, branch: null, index: 0 };
  const finish = (status: RunResult['status'], diagnostics: RunResult['diagnostics'] = []): RunResult => ({
    output: state.output,
    files: resultFiles(options.files, state.tapes),
    status,
    diagnostics,
  });
  try {
    while (loc !== 'stop' && !(loc.branch === null && loc.pos >= g.statements.length)) {
      const s = statementAt(g, loc);
      if (!s) {
        loc = fallThrough(state, loc.pos);
        continue;
      }
      if (steps >= max) {
        const until = state.g.byId[state.activeUntil[state.activeUntil.length - 1] ?? -1];
        const untilPlace = until?.type === 'perform' && until.until ? until.until : undefined;
        return finish('step-limit', [stepLimitDiagnostic(max, s, untilPlace)]);
      }
      steps++;
      loc = execute(state, s, loc);
    }
  } catch (e) {
    if (e instanceof Fault) return finish('error', [e.diagnostic]);
    // Anything else is a bug in the interpreter: still a diagnostic, never a throw.
    const at = loc === 'stop' ? undefined : statementAt(g, loc);
    return finish('error', [runtimeDiagnostic('internalError', at ?? { start: 0, end: 0, line: 1, column: 1 })]);
  }
  return finish('stopped');
}

function evaluateLiteral(v: { type: 'number'; value: Decimal } | { type: 'text'; value: string }): Value {
  return v.type === 'number' ? numberValue(v.value) : textValue(v.value);
}

function emptyItem(tape: Tape): Map<string, Value> {
  return new Map(tape.fields.map((f) => [f, textValue('')]));
}

function statementAt(g: Glossary, loc: Loc): Statement | undefined {
  const s = g.statements[loc.pos];
  if (loc.branch === null || s?.type !== 'if') return s;
  return (loc.branch === 'then' ? s.then : (s.otherwise ?? []))[loc.index];
}

function top(pos: number): Loc {
  return { pos, branch: null, index: 0 };
}

// Where control goes when a statement finishes without jumping.
function after(state: State, loc: Loc): Loc {
  const s = state.g.statements[loc.pos];
  if (loc.branch !== null && s?.type === 'if') {
    const list = loc.branch === 'then' ? s.then : (s.otherwise ?? []);
    if (loc.index + 1 < list.length) return { pos: loc.pos, branch: loc.branch, index: loc.index + 1 };
  }
  return fallThrough(state, loc.pos);
}

// Running past the end of top-level statement `pos`: through the exit switch, if a PERFORM set it.
function fallThrough(state: State, pos: number): Loc {
  const exit = state.exits.get(pos + 1);
  if (!exit) return top(pos + 1);
  state.exits.delete(pos + 1);
  return returnTo(state, exit);
}

function returnTo(state: State, exit: Exit): Loc {
  if (exit.kind === 'plain') return after(state, exit.loc);
  if (exit.kind === 'times') {
    const counter = state.counters.get(exit.statement.id) ?? ZERO;
    const n = asNumber(counter);
    if (!n)
      throw new Fault(runtimeDiagnostic('notANumber', exit.statement, { verb: 'PERFORM', value: valueText(counter) }));
    state.counters.set(exit.statement.id, evaluate.result(subtract(n, ONE), exit.statement));
  }
  return { ...exit.loc, resume: true };
}

function jumpTarget(state: State, t: number | string): number {
  const range = typeof t === 'number' ? state.g.operations.get(t) : state.g.paragraphs.get(t);
  return range?.start ?? state.g.statements.length;
}

function target(state: State, t: { kind: 'operation'; number: number } | { kind: 'paragraph'; name: string }): number {
  return jumpTarget(state, t.kind === 'operation' ? t.number : t.name);
}

function tape(state: State, letter: string, s: Statement): Tape {
  const t = state.tapes.get(letter);
  if (!t) throw new Fault(runtimeDiagnostic('internalError', s));
  if (t.closed) throw new Fault(runtimeDiagnostic('fileClosed', s, { file: t.declaration.name }));
  return t;
}

function readItem(state: State, letter: string, s: Statement): boolean {
  const t = tape(state, letter, s);
  const item = state.items.get(letter) ?? new Map<string, Value>();
  const values = t.read();
  t.fields.forEach((f, i) => item.set(f, textValue(values ? (values[i] ?? '') : END_OF_DATA)));
  return values === null;
}

function execute(state: State, s: Statement, loc: Loc): Loc | 'stop' {
  const read = (v: Parameters<typeof evaluate.read>[1]) => evaluate.read(state, v, s);
  const store = (t: Parameters<typeof evaluate.store>[1], v: Value) => evaluate.store(state, t, v);
  switch (s.type) {
    case 'display':
      state.output.push(s.values.map((v) => valueText(read(v))).join(' '));
      break;
    case 'move': {
      const v = read(s.value);
      s.targets.forEach((t) => store(t, v));
      break;
    }
    case 'add':
    case 'subtract': {
      const combine = s.type === 'add' ? add : subtract;
      // Read and combine one value at a time, as the machine's A and S orders do.
      let acc = read(s.type === 'add' ? s.to : s.from);
      for (const v of s.values) {
        const next = read(v);
        acc = evaluate.result(combine(evaluate.need(acc, s), evaluate.need(next, s)), s);
      }
      const receiver = s.giving ?? (s.type === 'add' ? s.to : s.from);
      if (receiver.type === 'name' || receiver.type === 'field') store(receiver, acc);
      break;
    }
    case 'multiply': {
      const a = read(s.value);
      const b = read(s.by);
      const product = evaluate.result(multiply(evaluate.need(a, s), evaluate.need(b, s)), s);
      const receiver = s.giving ?? s.by;
      if (receiver.type === 'name' || receiver.type === 'field') store(receiver, product);
      break;
    }
    case 'divide': {
      const divisor = read(s.by);
      const dividend = read(s.value);
      const d = evaluate.need(divisor, s);
      const n = evaluate.need(dividend, s);
      if (isZero(d)) throw new Fault(runtimeDiagnostic('divideByZero', s, { name: evaluate.label(s.by) }));
      if (s.remainder) {
        const { quotient, remainder } = divideWhole(n, d);
        const q = evaluate.result(quotient, s);
        const r = evaluate.result(remainder, s);
        store(s.giving, q);
        store(s.remainder, r);
      } else store(s.giving, evaluate.result(divideRounded(n, d), s));
      break;
    }
    case 'accept': {
      const line = state.input.shift();
      if (line === undefined) throw new Fault(runtimeDiagnostic('noInput', s, { name: evaluate.label(s.target) }));
      store(s.target, textValue(line));
      break;
    }
    case 'stop':
      return 'stop';
    case 'goTo':
      return top(state.overrides.get(s.id) ?? target(state, s.target));
    case 'if': {
      if (evaluate.condition(state, s.condition, s)) return { pos: loc.pos, branch: 'then', index: 0 };
      if (s.otherwise) return { pos: loc.pos, branch: 'else', index: 0 };
      break;
    }
    case 'compare': {
      const r = compareValues(read(s.left), read(s.right));
      const when = r > 0 ? 'greater' : r === 0 ? 'equal' : 'less';
      const branch = s.branches.find((b) => b.when === when || b.when === 'otherwise');
      if (branch) return top(target(state, branch.target));
      break;
    }
    case 'perform':
      return perform(state, s, loc);
    case 'execute': {
      const start = jumpTarget(state, s.from.number);
      const end = state.g.operations.get((s.through ?? s.from).number)?.end ?? start;
      state.exits.set(end, {
        loc: { pos: loc.pos, branch: loc.branch, index: loc.index },
        kind: 'plain',
        statement: s,
      });
      return top(start);
    }
    case 'set': {
      const op = state.g.operations.get(s.operation.number);
      const jump = op ? state.g.statements[op.start] : undefined;
      if (jump) state.overrides.set(jump.id, jumpTarget(state, s.target.number));
      break;
    }
    case 'input':
      s.files.forEach((f) => readItem(state, f.letter, s));
      break;
    case 'output':
      s.files.forEach((f) => state.tapes.get(f.letter)?.open());
      break;
    case 'hsp':
      if (state.tapes.get(s.file.letter)) state.tapes.get(s.file.letter)!.printer = true;
      break;
    case 'transfer': {
      const from = state.items.get(s.from.letter);
      const to = state.items.get(s.to.letter);
      const fields = state.tapes.get(s.to.letter)?.fields ?? [];
      for (const f of fields) to?.set(f, from?.get(f) ?? textValue(''));
      break;
    }
    case 'readItem': {
      const end = readItem(state, s.file.letter, s);
      if (end && s.atEnd) return top(target(state, s.atEnd));
      break;
    }
    case 'writeItem': {
      const t = tape(state, s.file.letter, s);
      const item = state.items.get(s.file.letter);
      const values = t.fields.map((f) => valueText(item?.get(f) ?? textValue('')));
      t.write(values);
      if (t.printer) state.output.push(values.join(' '));
      break;
    }
    case 'rewind':
      state.tapes.get(s.file.letter)?.rewind();
      break;
    case 'closeOut':
      s.files.forEach((f) => {
        const t = state.tapes.get(f.letter);
        if (t) t.closed = true;
      });
      break;
  }
  return after(state, loc);
}

function perform(state: State, s: Statement & { type: 'perform' }, loc: Loc): Loc {
  const range = state.g.paragraphs.get(s.paragraph.name);
  const here: Loc = { pos: loc.pos, branch: loc.branch, index: loc.index };
  if (!range) return after(state, here);
  if (s.times) {
    if (!loc.resume) {
      // Setting up the counter is one step; each test of it is another.
      state.counters.set(s.id, evaluate.read(state, s.times, s));
      return { ...here, resume: true };
    }
    if (compareValues(state.counters.get(s.id) ?? ZERO, ZERO) <= 0) return after(state, here);
    state.exits.set(range.end, { loc: here, kind: 'times', statement: s });
    return top(range.start);
  }
  if (s.until) {
    if (evaluate.condition(state, s.until, s)) {
      state.activeUntil = state.activeUntil.filter((id) => id !== s.id);
      return after(state, here);
    }
    if (!state.activeUntil.includes(s.id)) state.activeUntil.push(s.id);
    state.exits.set(range.end, { loc: here, kind: 'until', statement: s });
    return top(range.start);
  }
  state.exits.set(range.end, { loc: here, kind: 'plain', statement: s });
  return top(range.start);
}
