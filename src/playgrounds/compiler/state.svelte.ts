import type { CompilerDiagnostic, DataFile, MachineOrder, MachineSnapshot, RunResult } from '~/lib/compiler';
import { saveDraft } from '~/lib/progress';
import { change, progress } from '~/scripts/progress/store';
import { reportCheck } from '../shared/checks';
import type { FromCompiler, MemoryCell, ShownStages, ToCompiler } from './protocol';

export type { DataFile };

/** How long typing must pause before the program is compiled again. */
const COMPILE_DELAY = 250;
/** How long typing must pause before the draft is saved. */
const SAVE_DELAY = 800;

/** A try in a lesson: a run that stops normally must print exactly these lines. */
export interface CompilerGoal {
  id: string;
  output: string[];
}

/** The stage views, named after the 1958 compiler's phases. */
export const STAGES = ['translation', 'selection', 'allocation', 'processing'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * State of the compiler playground. Compiling and running happen in a Worker
 * (compiler.worker.ts); this class keeps the text, the latest stages, the run,
 * the files, and which statement or order the learner is pointing at.
 */
export class CompilerState {
  source = $state('');
  compiled = $state.raw<ShownStages | undefined>(undefined);
  /** True while a newer text waits to be compiled. */
  compiling = $state(false);
  files = $state.raw<Record<string, DataFile>>({});
  /** Answers for ACCEPT, one per line. */
  input = $state('');
  engine = $state<'machine' | 'interpreter'>('machine');
  result = $state.raw<RunResult | undefined>(undefined);
  snapshot = $state.raw<MachineSnapshot | undefined>(undefined);
  memory = $state.raw<MemoryCell[]>([]);
  /** True when the text changed since the last run or load. */
  stale = $state(true);
  /** The statement the cursor is in (its id), to light up its orders. */
  focusStatement = $state<number | null>(null);
  /** The order the learner points at (its address), to light up its statement. */
  focusOrder = $state<number | null>(null);
  stage = $state<Stage>('translation');
  restored = $state(false);
  saved = $state<boolean | undefined>(undefined);
  putAside = $state.raw<{ source: string; files: Record<string, DataFile> } | undefined>(undefined);

  readonly #start: { source: string; files: Record<string, DataFile> };
  readonly #draftKey: string;
  readonly #goal: CompilerGoal | undefined;
  #worker: Worker | undefined;
  #seq = 0;
  #compileTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #reported = false;

  constructor(options: {
    source: string;
    files: Record<string, DataFile>;
    draftKey: string;
    goal?: CompilerGoal | undefined;
  }) {
    this.#start = { source: options.source, files: options.files };
    this.source = options.source;
    this.files = options.files;
    this.#draftKey = options.draftKey;
    this.#goal = options.goal;
  }

  /** Runs in the browser once the island shows: opens her draft and compiles. */
  start(): void {
    const text = progress().drafts[this.#draftKey]?.text;
    if (text !== undefined && text !== this.source) {
      this.source = text;
      this.restored = true;
    }
    this.#compileNow();
  }

  get diagnostics(): CompilerDiagnostic[] {
    // Before the first run, the compiler's; after it, the run's (which include the compiler's warnings).
    if (this.result && !this.stale) return this.result.diagnostics;
    if (this.snapshot && !this.stale) return this.snapshot.diagnostics;
    return this.compiled?.diagnostics ?? [];
  }

  /** The first error: one mistake at a time is easier to fix. */
  get firstError(): CompilerDiagnostic | undefined {
    return this.diagnostics.find((d) => d.severity === 'error');
  }

  /** Problems to list: the first error, then the warnings. */
  get problems(): CompilerDiagnostic[] {
    const first = this.firstError;
    const warnings = this.diagnostics.filter((d) => d.severity === 'warning');
    return first ? [first, ...warnings] : warnings;
  }

  get output(): string[] {
    if (this.stale) return [];
    return this.result?.output ?? this.snapshot?.output ?? [];
  }

  /** Orders of the statement the cursor is in. */
  get litOrders(): number[] {
    const program = this.compiled?.program;
    if (!program || this.focusStatement === null) return [];
    return program.orders.filter((o) => o.statement === this.focusStatement).map((o) => o.address);
  }

  /** The order the learner points at, if the program has it. */
  get pointedOrder(): MachineOrder | undefined {
    return this.compiled?.program?.orders.find((o) => o.address === this.focusOrder);
  }

  /** The source range to highlight in the editor: the statement of the order pointed at. */
  get linked(): { from: number; to: number } | null {
    const order = this.pointedOrder;
    const program = this.compiled?.program;
    if (!order || !program) return null;
    const statement = program.statements.find((s) => s.id === order.statement);
    return statement ? { from: statement.start, to: statement.end } : { from: order.span.start, to: order.span.end };
  }

  /** Names of the files the program reads (editable) and writes (shown after a run). */
  get fileDirections(): { inputs: string[]; outputs: string[] } {
    const declared = this.compiled?.allocation?.files ?? [];
    const inputs = declared.filter((f) => f.direction === 'input').map((f) => f.name);
    const outputs = declared.filter((f) => f.direction === 'output').map((f) => f.name);
    if (declared.length === 0) return { inputs: Object.keys(this.files), outputs: [] };
    return { inputs, outputs };
  }

  edit(text: string): void {
    this.source = text;
    this.stale = true;
    this.restored = false;
    this.compiling = true;
    clearTimeout(this.#compileTimer);
    this.#compileTimer = setTimeout(() => this.#compileNow(), COMPILE_DELAY);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), SAVE_DELAY);
  }

  setFile(name: string, file: DataFile): void {
    this.files = { ...this.files, [name]: file };
    this.stale = true;
  }

  /** The cursor moved: find the statement it is in (or, between statements, the one on its line). */
  cursorAt(offset: number): void {
    const statements = this.compiled?.program?.statements ?? [];
    const inside = statements.filter((s) => s.start <= offset && offset <= s.end);
    // The innermost statement (an IF's inner DISPLAY rather than the IF).
    inside.sort((a, b) => a.end - a.start - (b.end - b.start));
    const line = this.source.slice(0, offset).split('\n').length;
    this.focusStatement = (inside[0] ?? statements.find((s) => s.line === line))?.id ?? null;
  }

  run(): void {
    this.#post({ type: 'run', source: this.source, ...this.#inputs() });
  }

  /** One machine order; the first press loads the program afresh. */
  step(): void {
    const s = this.snapshot;
    if (this.stale || !s || this.result || (s.status !== 'ready' && s.status !== 'running')) {
      this.result = undefined;
      this.#post({ type: 'load', source: this.source, ...this.#inputs() });
      return;
    }
    this.#post({ type: 'step' });
  }

  /** Opens an example; her program can come back with `bringBack`. */
  open(example: { source: string; files?: Record<string, DataFile> | undefined }): void {
    this.putAside = { source: this.source, files: this.files };
    this.files = example.files ?? {};
    this.edit(example.source);
    this.#clearRun();
  }

  bringBack(): void {
    const aside = this.putAside;
    if (!aside) return;
    this.putAside = undefined;
    this.files = aside.files;
    this.edit(aside.source);
    this.#clearRun();
  }

  startAgain(): void {
    this.open(this.#start);
  }

  destroy(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    clearTimeout(this.#compileTimer);
    clearTimeout(this.#saveTimer);
  }

  #clearRun(): void {
    this.result = undefined;
    this.snapshot = undefined;
    this.memory = [];
  }

  #inputs() {
    return {
      files: $state.snapshot(this.files),
      input: this.input === '' ? [] : this.input.split('\n'),
      engine: this.engine,
    };
  }

  #compileNow(): void {
    this.#seq += 1;
    this.#post({ type: 'compile', seq: this.#seq, source: this.source });
  }

  #post(message: ToCompiler): void {
    if (!this.#worker) {
      this.#worker = new Worker(new URL('./compiler.worker.ts', import.meta.url), { type: 'module' });
      this.#worker.addEventListener('message', (event: MessageEvent<FromCompiler>) => this.#receive(event.data));
    }
    this.#worker.postMessage(message);
  }

  #receive(message: FromCompiler): void {
    switch (message.type) {
      case 'compiled':
        // Only the answer for the latest text counts.
        if (message.seq !== this.#seq) return;
        this.compiled = message.result;
        this.compiling = false;
        break;
      case 'ran':
        this.result = message.result;
        this.snapshot = message.snapshot ?? undefined;
        this.memory = message.memory;
        this.stale = false;
        this.#checkGoal(message.result);
        break;
      case 'machine':
        this.result = undefined;
        this.snapshot = message.snapshot;
        this.memory = message.memory;
        this.stale = false;
        break;
    }
  }

  #checkGoal(result: RunResult): void {
    const goal = this.#goal;
    if (!goal || this.#reported || result.status !== 'stopped') return;
    if (result.output.length !== goal.output.length || result.output.some((line, i) => line !== goal.output[i])) return;
    this.#reported = true;
    reportCheck(`compiler:${goal.id}`);
  }

  #save(): void {
    if (typeof window === 'undefined') return;
    const result = change((p, now) => saveDraft(p, this.#draftKey, this.source, now));
    this.saved = result.saved;
  }
}
