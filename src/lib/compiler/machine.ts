/**
 * The simulated UNIVAC-style machine: 1000 boxes of memory (000–999),
 * registers A (accumulator), L, X and CC (the control counter: the address of
 * the next order), and the order set in `orders.ts`.
 *
 * Simplifications, on purpose: a box holds one order, or one exact decimal of
 * any length, or one text of any length (UNIVAC I held 12 characters: 11
 * digits and a sign, or two orders); there is no F register and no
 * overflow; files, the printer and the console keyboard are reached through
 * simplified orders instead of tape blocks and buffers.
 * @module
 */
import {
  MAX_DIGITS,
  add,
  divideRounded,
  divideWhole,
  isZero,
  multiply,
  subtract,
  tooManyDigits,
  type Decimal,
} from './decimal.ts';
import type { CompilerDiagnostic, DiagnosticCode } from './diagnostics.ts';
import { prepareFiles, type Tape } from './files.ts';
import { ORDERS, addressText, orderText, type OpCode } from './orders.ts';
import type { Cell, MachineOrder, MachineProgram } from './processing.ts';
import { runtimeDiagnostic, stepBudget, stepLimitDiagnostic, type RunOptions } from './runtime.ts';
import { asNumber, compareValues, END_OF_DATA, numberValue, textValue, valueText, type Value } from './values.ts';

/** Where a machine is. `ready`: loaded, nothing run yet. */
export type MachineStatus = 'ready' | 'running' | 'stopped' | 'error' | 'step-limit';

/** How a box or register is shown: `42`, `"HELLO"`, `U 012`, or '' when empty. */
export function cellText(c: Cell | null): string {
  if (!c) return '';
  if (c.kind === 'order') return orderText(c.op, c.address);
  return c.kind === 'text' ? `"${c.s}"` : valueText(c);
}

class Stop {
  readonly code: DiagnosticCode;
  readonly params: Record<string, string | number>;
  constructor(code: DiagnosticCode, params: Record<string, string | number> = {}) {
    this.code = code;
    this.params = params;
  }
}

interface FileUnit {
  tape: Tape;
  /** Field → its box, for every field of the file's layout. */
  slots: Map<string, number>;
}

/** One machine loaded with a program and its files. Run it with `step` and `run`. */
export class Machine {
  readonly program: MachineProgram;
  readonly memory: (Cell | null)[] = new Array<Cell | null>(1000).fill(null);
  A: Cell | null = null;
  L: Cell | null = null;
  X: Cell | null = null;
  cc = 0;
  /** Steps counted against the budget (see `runtime.ts`). */
  steps = 0;
  /** Orders carried out. */
  orders = 0;
  /** Estimated time on a 1951 UNIVAC, from each order's figure in `ORDERS`. */
  microseconds = 0;
  status: MachineStatus = 'ready';
  readonly output: string[] = [];
  diagnostics: CompilerDiagnostic[] = [];
  /** Boxes written since `changed.clear()`, with their new contents. */
  readonly changed = new Map<number, Cell | null>();
  readonly tapes: Map<string, Tape>;
  private readonly units = new Map<number, FileUnit>();
  private readonly input: string[];
  private readonly maxSteps: number;
  private printLine: string[] = [];
  private itemRegister: Map<string, Cell | null> | null = null;
  private activeUntil: number[] = [];

  constructor(program: MachineProgram, options: RunOptions = {}) {
    this.program = program;
    this.input = [...(options.input ?? [])];
    this.maxSteps = stepBudget(options.maxSteps);
    for (const o of program.orders) this.memory[o.address] = { kind: 'order', op: o.op, address: o.operand };
    for (const { address, cell } of program.memory) this.memory[address] = cell;
    const declarations = program.files.map((f) => ({ ...f, fields: f.named.map((n) => n.field) }));
    const prepared = prepareFiles(declarations, options.files);
    this.tapes = prepared.tapes;
    if (prepared.diagnostics.length > 0) {
      this.status = 'error';
      this.diagnostics = prepared.diagnostics;
      return;
    }
    for (const block of program.files) {
      const tape = this.tapes.get(block.letter);
      if (!tape) continue;
      const slots = new Map(block.named.map((n) => [n.field, n.address]));
      let free = block.base + block.named.length;
      for (const field of tape.fields) if (!slots.has(field)) slots.set(field, free++);
      for (const address of slots.values()) this.memory[address] = textValue('');
      this.units.set(block.base, { tape, slots });
    }
  }

  /** Carries out one order. Returns false when the machine has stopped (for any reason). */
  step(): boolean {
    if (this.status !== 'ready' && this.status !== 'running') return false;
    this.status = 'running';
    const meta = this.program.orders[this.cc];
    const cell = this.memory[this.cc];
    try {
      // Every loop passes an order that starts a step, so this many orders means a compiler bug.
      const tooMany = (this.maxSteps + 1) * (this.program.orders.length + 1);
      if (!meta || cell?.kind !== 'order' || this.orders > tooMany) throw new Stop('internalError');
      if (meta.step) {
        if (this.steps >= this.maxSteps) {
          const until = this.program.statements[this.activeUntil[this.activeUntil.length - 1] ?? -1]?.until;
          this.finish('step-limit', stepLimitDiagnostic(this.maxSteps, this.placeOf(meta), until));
          return false;
        }
        this.steps++;
      }
      this.orders++;
      this.microseconds += ORDERS[cell.op].microseconds;
      this.cc = meta.address + 1;
      this.execute(cell.op, cell.address, meta);
    } catch (e) {
      // Anything but a Stop is a bug in the compiler or the machine: still a diagnostic, never a throw.
      const stop = e instanceof Stop ? e : new Stop('internalError');
      const at = meta ? this.placeOf(meta) : { start: 0, end: 0, line: 1, column: 1 };
      this.finish('error', runtimeDiagnostic(stop.code, at, stop.params));
    }
    return this.status === 'running';
  }

  /** Carries out orders until the machine stops or `maxOrders` orders have run. */
  run(maxOrders = Infinity): void {
    for (let i = 0; i < maxOrders && this.step(); i++);
  }

  private finish(status: MachineStatus, d: CompilerDiagnostic): void {
    this.status = status;
    this.diagnostics = [d];
  }

  private placeOf(meta: MachineOrder) {
    return { start: meta.span.start, end: meta.span.end, line: meta.line, column: meta.column };
  }

  private read(m: number): Cell {
    const c = this.memory[m];
    if (!c) throw new Stop('emptyBox', { name: this.program.names[m] ?? addressText(m) });
    return c;
  }

  private write(m: number, c: Cell | null): void {
    this.memory[m] = c;
    this.changed.set(m, c);
  }

  private value(c: Cell | null): Value {
    if (!c || c.kind === 'order') throw new Stop('internalError');
    return c;
  }

  private need(c: Cell | null, meta: MachineOrder): Decimal {
    const v = this.value(c);
    const n = asNumber(v);
    if (!n) throw new Stop('notANumber', { verb: this.verb(meta), value: valueText(v) });
    return n;
  }

  private verb(meta: MachineOrder): string {
    return meta.statement === null ? '' : (this.program.statements[meta.statement]?.verb ?? '');
  }

  // An arithmetic result, unless it has grown past MAX_DIGITS.
  private result(n: Decimal, meta: MachineOrder): Value {
    if (tooManyDigits(n)) throw new Stop('numberTooBig', { verb: this.verb(meta), max: MAX_DIGITS });
    return numberValue(n);
  }

  private unit(m: number): FileUnit {
    const u = this.units.get(m);
    if (!u) throw new Stop('internalError');
    return u;
  }

  private open(m: number): FileUnit {
    const u = this.unit(m);
    if (u.tape.closed) throw new Stop('fileClosed', { file: u.tape.declaration.name });
    return u;
  }

  private jump(m: number, meta: MachineOrder): void {
    this.cc = m;
    if (meta.untilDone !== undefined) this.activeUntil = this.activeUntil.filter((id) => id !== meta.untilDone);
  }

  private execute(op: OpCode, m: number, meta: MachineOrder): void {
    switch (op) {
      case 'B':
        this.A = this.read(m);
        return;
      case 'L':
        this.L = this.read(m);
        return;
      case 'A':
      case 'S': {
        const v = this.read(m);
        const a = this.need(this.A, meta);
        const b = this.need(v, meta);
        this.A = this.result(op === 'A' ? add(a, b) : subtract(a, b), meta);
        return;
      }
      case 'M': {
        const v = this.read(m);
        const a = this.need(this.L, meta);
        this.A = this.result(multiply(a, this.need(v, meta)), meta);
        return;
      }
      case 'D':
      case 'DW': {
        const v = this.read(m);
        const d = this.need(this.L, meta);
        const n = this.need(v, meta);
        if (isZero(d)) throw new Stop('divideByZero', { name: meta.subject ?? '' });
        if (op === 'DW') {
          const { quotient, remainder } = divideWhole(n, d);
          this.A = this.result(quotient, meta);
          this.X = this.result(remainder, meta);
        } else {
          const q = divideRounded(n, d);
          this.A = this.result(q, meta);
          this.X = numberValue(subtract(n, multiply(q, d)));
        }
        return;
      }
      case 'C':
        this.write(m, this.A);
        this.A = numberValue({ units: 0n, scale: 0 });
        return;
      case 'H':
        this.write(m, this.A);
        return;
      case 'J':
        this.write(m, this.X);
        return;
      case 'Q':
        if (compareValues(this.value(this.A), this.value(this.L)) === 0) this.jump(m, meta);
        return;
      case 'T':
        if (compareValues(this.value(this.A), this.value(this.L)) > 0) this.jump(m, meta);
        return;
      case 'U':
        this.jump(m, meta);
        return;
      case 'R':
        this.write(m, { kind: 'order', op: 'U', address: meta.address + 2 });
        if (meta.untilBody !== undefined && !this.activeUntil.includes(meta.untilBody)) {
          this.activeUntil.push(meta.untilBody);
        }
        return;
      default:
        return this.executeSimplified(op, m, meta);
    }
  }

  private executeSimplified(op: OpCode, m: number, meta: MachineOrder): void {
    switch (op) {
      case 'PR':
        this.printLine.push(valueText(this.value(this.read(m))));
        return;
      case 'PL':
        this.output.push(this.printLine.join(' '));
        this.printLine = [];
        return;
      case 'IN': {
        const line = this.input.shift();
        if (line === undefined) throw new Stop('noInput', { name: meta.subject ?? '' });
        this.write(m, textValue(line));
        return;
      }
      case 'RD': {
        const { tape, slots } = this.open(m);
        const values = tape.read();
        tape.fields.forEach((f, i) =>
          this.write(slots.get(f) ?? m, textValue(values ? (values[i] ?? '') : END_OF_DATA)),
        );
        this.A = numberValue({ units: values ? 0n : 1n, scale: 0 });
        return;
      }
      case 'WR': {
        const { tape, slots } = this.open(m);
        const values = tape.fields.map((f) => valueText(this.value(this.memory[slots.get(f) ?? m] ?? textValue(''))));
        tape.write(values);
        if (tape.printer) this.output.push(values.join(' '));
        return;
      }
      case 'RW':
        return this.unit(m).tape.rewind();
      case 'CO':
        this.unit(m).tape.closed = true;
        return;
      case 'OP':
        return this.unit(m).tape.open();
      case 'HS':
        this.unit(m).tape.printer = true;
        return;
      case 'IY': {
        const { slots } = this.unit(m);
        this.itemRegister = new Map([...slots].map(([f, address]) => [f, this.memory[address] ?? null]));
        return;
      }
      case 'IZ': {
        const { slots } = this.unit(m);
        for (const [f, address] of slots) this.write(address, this.itemRegister?.get(f) ?? textValue(''));
        return;
      }
      case 'ST':
        this.status = 'stopped';
        this.cc = meta.address;
        return;
      default:
        throw new Stop('internalError');
    }
  }
}
