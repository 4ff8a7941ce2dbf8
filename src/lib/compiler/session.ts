/**
 * A machine the UI can step through, one order at a time, with snapshots that
 * are plain structured-clone-able data (so they can cross from a Worker).
 * @module
 */
import type { CompilerDiagnostic } from './diagnostics.ts';
import { Machine, cellText, type MachineStatus } from './machine.ts';
import { addressText, orderText } from './orders.ts';
import type { MachineProgram } from './processing.ts';
import type { RunOptions } from './runtime.ts';

/** What the machine looks like between orders. */
export interface MachineSnapshot {
  status: MachineStatus;
  /** Registers as shown to learners: `42`, `"HELLO"`, `U 012`, '' when empty; CC as three digits. */
  registers: { A: string; L: string; X: string; CC: string };
  /** Boxes written by the last `step()` or `run()`, with their new contents. */
  changed: { address: number; value: string }[];
  output: string[];
  /** The order about to run (null once the machine has stopped). */
  currentOrder: { address: number; text: string; statementLine: number } | null;
  /** Steps counted against the step budget (statements begun, loop tests). */
  steps: number;
  /** Orders carried out. */
  orders: number;
  /** About how long this would have taken on a 1951 UNIVAC (estimates; see `ORDERS`). */
  estimatedMicroseconds: number;
  diagnostics: CompilerDiagnostic[];
}

/** A loaded program the UI steps through. */
export interface MachineSession {
  /** Carries out one order. */
  step(): MachineSnapshot;
  /** Carries out orders until the machine stops, or `maxOrders` orders (default: no limit but the step budget). */
  run(maxOrders?: number): MachineSnapshot;
  /** The machine as it is now (changes since the last step or run). */
  snapshot(): MachineSnapshot;
  /** Every box that holds something: address, contents as text, and its name in the program if it has one. */
  memory(): { address: number; value: string; name: string | null }[];
}

function snapshotOf(m: Machine, diagnostics: CompilerDiagnostic[]): MachineSnapshot {
  const meta = m.program.orders[m.cc];
  const cell = m.memory[m.cc];
  const live = m.status === 'ready' || m.status === 'running';
  return {
    status: m.status,
    registers: { A: cellText(m.A), L: cellText(m.L), X: cellText(m.X), CC: addressText(m.cc) },
    changed: [...m.changed].map(([address, c]) => ({ address, value: cellText(c) })),
    output: [...m.output],
    currentOrder:
      live && meta && cell?.kind === 'order'
        ? { address: m.cc, text: orderText(cell.op, cell.address), statementLine: meta.line }
        : null,
    steps: m.steps,
    orders: m.orders,
    estimatedMicroseconds: m.microseconds,
    diagnostics: [...m.diagnostics, ...diagnostics],
  };
}

/** A session over a compiled program; `warnings` (compile-time) follow the machine's own diagnostics. */
export function createSession(
  program: MachineProgram,
  options: RunOptions,
  warnings: CompilerDiagnostic[],
): MachineSession {
  const m = new Machine(program, options);
  return {
    step() {
      m.changed.clear();
      m.step();
      return snapshotOf(m, warnings);
    },
    run(maxOrders = Infinity) {
      m.changed.clear();
      m.run(maxOrders);
      return snapshotOf(m, warnings);
    },
    snapshot: () => snapshotOf(m, warnings),
    memory: () =>
      m.memory.flatMap((c, address) =>
        c ? [{ address, value: cellText(c), name: m.program.names[address] ?? null }] : [],
      ),
  };
}

/** A session that cannot run: the program did not compile. */
export function failedSession(diagnostics: CompilerDiagnostic[]): MachineSession {
  const snap = (): MachineSnapshot => ({
    status: 'error',
    registers: { A: '', L: '', X: '', CC: '000' },
    changed: [],
    output: [],
    currentOrder: null,
    steps: 0,
    orders: 0,
    estimatedMicroseconds: 0,
    diagnostics,
  });
  return { step: snap, run: snap, snapshot: snap, memory: () => [] };
}
