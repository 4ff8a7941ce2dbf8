/**
 * The Engine at run time: the card reader walking the mounted chain, the Store,
 * the Mill and the printing apparatus (spec §4–§11). One `Machine` serves both
 * `runDeck` and the stepping `EngineSession`.
 */
import { compileCard, OP, type Instr } from './compile.ts';
import { diagnose, type DiagnosticCode, type EngineDiagnostic } from './diagnostics.ts';
import { cardLabel, type Card } from './load.ts';
import { MAX_FIGURES, Mill } from './mill.ts';
import { formatPicture, formatPlain, type Num } from './number.ts';

/** Where a machine is: `ready` and `running` can go on; the others have stopped. */
export type MachineStatus = 'ready' | 'running' | 'finished' | 'halted' | 'error' | 'limit';

/** The Store has columns 0–999. */
export const STORE_SIZE = 1000;
/** Output stops (status `limit`) once this many characters have been printed. */
export const MAX_OUTPUT = 2_000_000;
/** At most this many warnings are kept. */
const MAX_WARNINGS = 100;

// Local copies of the instruction kinds: under Vitest's module runner (which the
// bench uses) every read of an imported binding goes through a getter.
const { OPERATION, LOAD, ZLOAD, STORE, NUMBER, STEP, SKIP, BELL, PRINT, HALT } = OP;
const { PICTURE, ANNOTATE, COLUMNS, ROWS, NEWLINE, TRACE, ERROR } = OP;

/** The running Engine. Fields are public for the session's snapshots; change them only through methods. */
export class Machine {
  readonly code: Instr[];
  readonly store: (Num | undefined)[] = new Array<Num | undefined>(STORE_SIZE).fill(undefined);
  readonly mill: Mill;
  status: MachineStatus;
  /** The card that will run next, and the one that ran last (−1: none yet). */
  pc = 0;
  last = -1;
  cardsRun = 0;
  output = '';
  trace = false;
  /** Columns written since {@link resetChanged}, in the order first written. */
  readonly changed: number[] = [];
  private readonly written = new Uint8Array(STORE_SIZE);
  private picture: string | null = null;
  private pictureHasNine = false;
  private columns = false;
  private readonly warned = new Set<string>();
  private warnings = 0;

  constructor(
    readonly chain: Card[],
    readonly maxCards: number,
    readonly diagnostics: EngineDiagnostic[],
    /** Included files whose cards get no warnings (the bundled library: nothing for the learner to fix). */
    private readonly quietFiles: ReadonlySet<string> = new Set(),
  ) {
    this.code = chain.map((card) => compileCard(card.text));
    this.mill = new Mill(this);
    this.status = diagnostics.some((d) => d.severity === 'error') ? 'error' : 'ready';
    if (this.status === 'ready') this.checkNext();
  }

  /** Prints text on the output (the trace uses it too). */
  print(text: string): void {
    this.output += text;
  }

  /** Forgets which columns were written, before a step or a chunk of steps. */
  resetChanged(): void {
    for (const col of this.changed) this.written[col] = 0;
    this.changed.length = 0;
  }

  /** Runs up to `count` cards, or until the machine stops. Never throws. */
  run(count: number): void {
    try {
      for (let k = 0; k < count && (this.status === 'running' || this.status === 'ready'); k++) this.exec();
    } catch (e) {
      // A last resort (say, memory running out): the run stops with a diagnostic instead.
      const card = this.chain[this.last] ?? this.chain[0];
      const place = card ?? { line: 1, original: '' };
      this.stop('error', diagnose('internalError', 'error', place, { reason: String(e).slice(0, 200) }));
    }
  }

  /** Executes the next card (spec §4). */
  private exec(): void {
    const i = this.pc;
    const card = this.chain[i] as Card;
    const ins = this.code[i] as Instr;
    const mill = this.mill;
    this.status = 'running';
    this.last = i;
    this.pc = i + 1;
    this.cardsRun++;
    if (this.trace) this.print(`Card:  ${cardLabel(card)}\n`);
    switch (ins.op) {
      case OPERATION:
        mill.setOperation(ins.n);
        break;
      case LOAD:
      case ZLOAD:
        mill.dividedByZero = false;
        mill.load(this.read(ins.n), ins.flag);
        if (ins.op === ZLOAD) this.write(ins.n, 0n);
        if (mill.overflowed) return this.fail('numberTooBig', card, { max: MAX_FIGURES });
        if (mill.dividedByZero) this.warn('divisionByZero', card);
        break;
      case STORE:
        this.write(ins.n, mill.egress(ins.flag));
        break;
      case NUMBER:
        this.write(ins.n, ins.value);
        if (ins.code) this.warn(ins.code, card, ins.params);
        break;
      case STEP:
        mill.shift(ins.n);
        if (mill.overflowed) return this.fail('numberTooBig', card, { max: MAX_FIGURES });
        break;
      case SKIP:
        if (ins.code) this.warn(ins.code, card);
        if (!ins.flag || mill.lever) {
          const target = ins.forward ? (i + 1 + ins.n) | 0 : (i + 1 - ins.n) | 0;
          if (ins.forward ? target >= this.chain.length : target < 0) return this.fail('fellOffDeck', card);
          this.pc = target;
        }
        break;
      case BELL:
        this.print('\x07');
        break;
      case PRINT: {
        const v = mill.cur;
        const s = this.picture === null ? formatPlain(v) : formatPicture(v, this.picture, this.pictureHasNine);
        this.print(this.columns ? s : `${s}\n`);
        break;
      }
      case HALT:
        if (ins.text) this.print(`Halt: ${ins.text}\n`);
        this.status = 'halted';
        break;
      case PICTURE:
        this.picture = ins.text;
        this.pictureHasNine = ins.flag;
        break;
      case ANNOTATE:
        this.print(this.columns ? (ins.text as string) : `${ins.text as string}\n`);
        break;
      case COLUMNS:
        this.columns = true;
        break;
      case ROWS:
        this.columns = false;
        break;
      case NEWLINE:
        this.print('\n');
        break;
      case TRACE:
        this.trace = ins.flag;
        break;
      case ERROR:
        return this.fail(ins.code as DiagnosticCode, card, ins.params ?? {});
      // COMMENT, and CURVE: DX/DY/D+/D- draw nothing without a curve-drawing view.
    }
    if (this.output.length > MAX_OUTPUT) {
      this.output = this.output.slice(0, MAX_OUTPUT);
      return this.stop('limit', diagnose('outputLimit', 'warning', card, { max: MAX_OUTPUT }));
    }
    if (this.status === 'running') this.checkNext();
  }

  /** After a card: the run ends when the next card is outside the chain, or the budget is spent. */
  private checkNext(): void {
    const next = this.chain[this.pc];
    if (next === undefined) this.status = 'finished';
    else if (this.cardsRun >= this.maxCards) {
      this.stop('limit', diagnose('cardLimit', 'warning', next, { max: this.maxCards }));
    }
  }

  private read(col: number): Num {
    let v = this.store[col];
    if (v === undefined) {
      v = 0n;
      this.store[col] = v;
      if (this.trace) this.print(`Store: V${col} = 0\n`);
    }
    if (this.trace) this.print(`Store: Mill <= V${col}(${formatPlain(v)})\n`);
    return v;
  }

  private write(col: number, v: Num): void {
    this.store[col] = v;
    if (this.written[col] === 0) {
      this.written[col] = 1;
      this.changed.push(col);
    }
    if (this.trace) this.print(`Store: V${col} = ${formatPlain(v)}\n`);
  }

  private fail(code: DiagnosticCode, card: Card, params: Record<string, string | number> = {}): void {
    this.stop('error', diagnose(code, 'error', card, params));
  }

  private stop(status: MachineStatus, d: EngineDiagnostic): void {
    this.status = status;
    this.diagnostics.push(d);
  }

  /** A warning, once per card and code. */
  private warn(code: DiagnosticCode, card: Card, params: Record<string, string | number> | null = null): void {
    if (card.file !== undefined && this.quietFiles.has(card.file)) return;
    const key = `${code}@${this.last}`;
    if (this.warnings >= MAX_WARNINGS || this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings++;
    this.diagnostics.push(diagnose(code, 'warning', card, params ?? {}));
  }
}
