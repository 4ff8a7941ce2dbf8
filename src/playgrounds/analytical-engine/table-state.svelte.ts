import {
  CORRECTED_TABLE,
  PRINTED_TABLE,
  runNoteG,
  type NoteGOperation,
  type NoteGRun,
  type NoteGStep,
} from '~/lib/analytical-engine/note-g';
import { reportCheck } from '../shared/checks';
import { TRUE_BERNOULLI, sameMagnitude } from './bernoulli';

/** Which of Lovelace's two tables the view runs. */
export type TableVersion = 'printed' | 'corrected';

/** How the view behaves: free exploring, or the find-the-bug story. */
export type TableMode = 'explore' | 'find-the-bug';

/** Steps per second for Run, slowest first. */
export const SPEEDS = [1, 2, 5, 20] as const;

/** The largest n a learner can choose (B19 in her numbering). */
export const MAX_N = 10;

/** Where one operation of the table stands in the current run. */
export type RowStatus = 'waiting' | 'current' | 'done' | 'skipped';

/** One operation's row, ready to draw. */
export interface TableRow {
  op: NoteGOperation;
  status: RowStatus;
  /** The step that last ran this operation, up to the current position. */
  step: NoteGStep | undefined;
  /** True when the learner swapped this operation's two columns. */
  swapped: boolean;
}

/** Operations whose two columns a learner may swap: order matters only for − and ÷. */
export function canSwap(op: NoteGOperation): boolean {
  return op.sign === '-' || op.sign === '÷';
}

/**
 * State of Lovelace's table view. The arithmetic lives in src/lib (runNoteG);
 * this class keeps the learner's position in the trace, the run timer and the
 * changes she makes to the printed table.
 */
export class NoteGTableState {
  n = $state(4);
  version = $state<TableVersion>('corrected');
  /** Operation numbers whose two columns the learner swapped. */
  swapped = $state<number[]>([]);
  /** True when she replaced the printed operation 24 with the corrected one. */
  fixed24 = $state(false);
  /** How many steps of the trace have run (0 = not started). */
  position = $state(0);
  playing = $state(false);
  speed = $state<(typeof SPEEDS)[number]>(2);
  readonly mode: TableMode;

  #timer: ReturnType<typeof setInterval> | undefined;
  /** Tries already reported, so each is sent once. */
  #reported: string[] = [];

  constructor(options: { n: number; version: TableVersion; mode: TableMode }) {
    this.mode = options.mode;
    this.n = clampN(options.n);
    this.version = options.mode === 'find-the-bug' ? 'printed' : options.version;
  }

  /** The table as it will run: the chosen version, with the learner's changes. */
  table = $derived.by((): NoteGOperation[] => {
    const base = this.version === 'printed' ? PRINTED_TABLE : CORRECTED_TABLE;
    return base.map((op) => {
      if (op.op === 24 && this.fixed24) return CORRECTED_TABLE.find((c) => c.op === 24) ?? op;
      if (!this.swapped.includes(op.op)) return op;
      const [first, second] = op.acted;
      return { ...op, acted: [second, first] };
    });
  });

  /** The whole run for the chosen n, earlier Bernoulli numbers supplied. */
  run = $derived.by((): NoteGRun =>
    runNoteG({ upTo: this.n, from: this.n, version: this.version, table: this.table, feed: 'true' }),
  );

  /** Problems the run met (a learner's change can make the Mill divide by 0); the run stops there. */
  get problems(): NoteGRun['diagnostics'] {
    return this.run.diagnostics.filter((d) => d.severity === 'error');
  }

  get trace(): readonly NoteGStep[] {
    return this.run.trace;
  }

  get total(): number {
    return this.trace.length;
  }

  get finished(): boolean {
    return this.total > 0 && this.position >= this.total;
  }

  /** The step just run, if any. */
  get current(): NoteGStep | undefined {
    return this.position > 0 ? this.trace[this.position - 1] : undefined;
  }

  /** Her result for this n once the run ends (an exact fraction), else undefined. */
  get result(): string | undefined {
    return this.finished ? this.run.results[0] : undefined;
  }

  /** The true Bernoulli number she was computing: her B(2n − 1), the modern B(2n). */
  get expected(): string | undefined {
    return TRUE_BERNOULLI[this.n];
  }

  get correct(): boolean {
    return this.result !== undefined && this.result === this.expected;
  }

  /** Right size, wrong sign: what the printed operation 24 gives once operation 4 is fixed. */
  get rightSizeOnly(): boolean {
    return (
      this.result !== undefined &&
      this.expected !== undefined &&
      !this.correct &&
      sameMagnitude(this.result, this.expected)
    );
  }

  /** How many times operations 13–23 have run so far for this n. */
  get passes(): number {
    let most = 0;
    for (let i = 0; i < this.position; i++) most = Math.max(most, this.trace[i]?.pass ?? 0);
    return most;
  }

  /** One row per operation, with its status at the current position. */
  get rows(): TableRow[] {
    // Indexed by operation number: the step that last ran it, and whether this n runs it at all.
    const lastRun: (NoteGStep | undefined)[] = [];
    for (let i = 0; i < this.position; i++) {
      const step = this.trace[i];
      if (step) lastRun[step.op] = step;
    }
    const ran: boolean[] = [];
    for (const step of this.trace) ran[step.op] = true;
    const current = this.current?.op;
    return this.table.map((op) => {
      const step = lastRun[op.op];
      let status: RowStatus = 'waiting';
      if (op.op === current) status = 'current';
      else if (step) status = 'done';
      else if (!ran[op.op] || this.finished) status = 'skipped';
      return { op, status, step, swapped: this.swapped.includes(op.op) };
    });
  }

  /** Values and Note D indices of V1…V24 at the current position. */
  get columns(): { values: string[]; indices: number[] } {
    const step = this.current;
    if (step) return { values: step.columns, indices: step.indices };
    return { values: this.run.initial.columns, indices: this.run.initial.indices };
  }

  step(): void {
    if (this.position < this.total) this.position += 1;
    this.#afterMove();
  }

  back(): void {
    this.pause();
    if (this.position > 0) this.position -= 1;
  }

  reset(): void {
    this.pause();
    this.position = 0;
  }

  /** Runs to the end at the chosen speed (immediately when `instant`). */
  play(instant = false): void {
    if (this.finished) this.position = 0;
    if (instant) {
      this.position = this.total;
      this.#afterMove();
      return;
    }
    this.playing = true;
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Changes the speed; a run in progress continues at the new speed. */
  setSpeed(speed: (typeof SPEEDS)[number]): void {
    this.speed = speed;
    if (this.playing) this.#schedule();
  }

  setN(n: number): void {
    this.n = clampN(n);
    this.reset();
  }

  setVersion(version: TableVersion): void {
    this.version = version;
    this.reset();
  }

  /** Swaps (or swaps back) the two columns an operation acts on, then starts again. */
  toggleSwap(op: number): void {
    this.swapped = this.swapped.includes(op) ? this.swapped.filter((o) => o !== op) : [...this.swapped, op];
    this.reset();
  }

  toggleFix24(): void {
    this.fixed24 = !this.fixed24;
    this.reset();
  }

  /** Undoes every change to the printed table. */
  restorePrinted(): void {
    this.swapped = [];
    this.fixed24 = false;
    this.reset();
  }

  /** Stops the timer when the island goes away. */
  destroy(): void {
    this.pause();
  }

  #schedule(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      if (this.position >= this.total) {
        this.pause();
        return;
      }
      this.position += 1;
      this.#afterMove();
    }, 1000 / this.speed);
  }

  #afterMove(): void {
    if (!this.finished) return;
    this.pause();
    if (this.n === 4 && this.correct) this.#report('note-g:b7');
    // The famous bug: the learner changed the printed table herself and now gets the right number
    // (or its right size, before operation 24's sign is dealt with).
    if (this.mode === 'find-the-bug' && this.swapped.includes(4) && (this.correct || this.rightSizeOnly)) {
      this.#report('note-g:bug-fixed');
    }
  }

  #report(id: string): void {
    if (this.#reported.includes(id)) return;
    this.#reported.push(id);
    reportCheck(id);
  }
}

function clampN(n: number): number {
  return Number.isInteger(n) ? Math.min(MAX_N, Math.max(1, n)) : 4;
}
