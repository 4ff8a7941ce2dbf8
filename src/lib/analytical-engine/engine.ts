/**
 * The public entry points: `loadDeck` gives a stepping session, `runDeck` runs a
 * deck to the end on the same machine. Both never throw.
 */
import { diagnose, type EngineDiagnostic } from './diagnostics.ts';
import { BUNDLED_LIBRARY } from './library.ts';
import { loadChain } from './load.ts';
import { Machine } from './machine.ts';
import { AXIS } from './mill.ts';
import { mountChain } from './mount.ts';
import { formatSigned, type Num } from './number.ts';

/** Options for {@link runDeck} and {@link loadDeck}. */
export interface DeckOptions {
  /** Files visible to include requests (name → text), on top of {@link BUNDLED_LIBRARY}. */
  library?: Record<string, string>;
  /** Most cards to run (default 1,000,000); past it the status is `limit`. */
  maxCards?: number;
  /** The deck's file name in trace labels (default `DECK.ae`, as in the specification). */
  deckName?: string;
}

/** Default card budget. */
export const DEFAULT_MAX_CARDS = 1_000_000;

/** A card's place in the mounted chain. */
export interface CardRef {
  /** 0-based position in the mounted chain. */
  index: number;
  /** 1-based line in the learner's deck (for an included card: the include request's line). */
  line: number;
  /** The included file it came from, if any. */
  file?: string;
  /** The card's text as mounted (the attendant may have rewritten it). */
  text: string;
}

/** Everything the UI shows about the Engine at one moment. Plain data: safe for `postMessage`. */
export interface EngineSnapshot {
  /** `ready`: nothing run yet; `running`: can go on; the rest have stopped. */
  status: 'ready' | 'running' | 'finished' | 'halted' | 'error' | 'limit';
  cardsRun: number;
  /** Cards in the mounted chain. */
  totalCards: number;
  /** The card just executed. */
  current: CardRef | null;
  /** The card that will run next (null once stopped). */
  next: CardRef | null;
  mill: {
    operation: '+' | '-' | '×' | '÷' | null;
    /** Axes A and B; null until first given a value. */
    ingress: [string | null, string | null];
    /** Axis A′, the upper half of a 100-figure dividend. */
    ingressPrimed: string | null;
    /** E (result, or remainder after ÷) and E′ (upper half of a product, or the quotient). */
    egress: [string | null, string | null];
    /** The run-up lever. */
    runUp: boolean;
    /** The current axis: what `P` would print now (an addition to the agreed shape). */
    current: string;
  };
  /** Store columns written by the last `step()` or `run()`, in column order. */
  changed: { column: number; value: string }[];
  /** Every column that is not +0, in column order (`-0` for negative zero). */
  store: { column: number; value: string }[];
  /** Everything printed so far. */
  output: string;
  diagnostics: EngineDiagnostic[];
}

/** A loaded deck that runs card by card, for the Engine's UI (e.g. inside a Web Worker). */
export interface EngineSession {
  /** Load and mount problems appear here at once (status `error` then). */
  readonly diagnostics: EngineDiagnostic[];
  /** Executes exactly one card (does nothing once stopped). */
  step(): EngineSnapshot;
  /** Runs up to `maxCards` more cards, or until the machine stops. */
  run(maxCards: number): EngineSnapshot;
  snapshot(): EngineSnapshot;
}

/** What {@link runDeck} returns. */
export interface RunResult {
  /** Byte for byte what Fourmilab's emulator prints, apart from the documented project decisions. */
  output: string;
  status: 'finished' | 'halted' | 'error' | 'limit';
  diagnostics: EngineDiagnostic[];
  cardsRun: number;
}

function budget(n: unknown, fallback: number): number {
  if (typeof n !== 'number' || Number.isNaN(n)) return fallback;
  return n === Infinity ? Number.MAX_SAFE_INTEGER : Math.max(0, Math.floor(n));
}

function createMachine(deck: string, options: DeckOptions): Machine {
  const maxCards = budget(options.maxCards, DEFAULT_MAX_CARDS);
  try {
    const files = new Map(Object.entries(BUNDLED_LIBRARY));
    const quiet = new Set(files.keys());
    for (const [name, text] of Object.entries(options.library ?? {})) {
      if (typeof text !== 'string') continue;
      files.set(name, text);
      quiet.delete(name);
    }
    const name = typeof options.deckName === 'string' && options.deckName !== '' ? options.deckName : 'DECK.ae';
    const loaded = loadChain(typeof deck === 'string' ? deck : '', name, files);
    if (loaded.diagnostics.length > 0) return new Machine([], maxCards, loaded.diagnostics);
    const mounted = mountChain(loaded.chain);
    return new Machine(mounted.chain, maxCards, mounted.diagnostics, quiet);
  } catch (e) {
    const d = diagnose('internalError', 'error', { line: 1, original: '' }, { reason: String(e).slice(0, 200) });
    return new Machine([], maxCards, [d]);
  }
}

/** Runs a deck to its end (or its card budget) and returns what it printed. Never throws. */
export function runDeck(deck: string, options: DeckOptions = {}): RunResult {
  const m = createMachine(deck, options);
  m.run(Infinity);
  const status = m.status === 'ready' || m.status === 'running' ? 'limit' : m.status;
  return { output: m.output, status, diagnostics: m.diagnostics.slice(), cardsRun: m.cardsRun };
}

/** Loads and mounts a deck for stepping. Never throws. */
export function loadDeck(deck: string, options: DeckOptions = {}): EngineSession {
  const m = createMachine(deck, options);
  return {
    get diagnostics() {
      return m.diagnostics.slice();
    },
    step() {
      m.resetChanged();
      m.run(1);
      return snapshot(m);
    },
    run(maxCards: number) {
      m.resetChanged();
      m.run(budget(maxCards, 0));
      return snapshot(m);
    },
    snapshot: () => snapshot(m),
  };
}

const OPERATIONS = [null, '+', '-', '×', '÷'] as const;

function ref(m: Machine, index: number): CardRef | null {
  const card = m.chain[index];
  if (!card) return null;
  const r: CardRef = { index, line: card.line, text: card.text };
  if (card.file !== undefined) r.file = card.file;
  return r;
}

function snapshot(m: Machine): EngineSnapshot {
  const mill = m.mill;
  const axis = (bit: number, v: Num) => ((mill.seen & bit) !== 0 ? formatSigned(v) : null);
  const store: { column: number; value: string }[] = [];
  m.store.forEach((v, column) => {
    if (v !== undefined && v !== 0n) store.push({ column, value: formatSigned(v) });
  });
  const going = m.status === 'ready' || m.status === 'running';
  return {
    status: m.status,
    cardsRun: m.cardsRun,
    totalCards: m.chain.length,
    current: m.last >= 0 ? ref(m, m.last) : null,
    next: going ? ref(m, m.pc) : null,
    mill: {
      operation: OPERATIONS[mill.op] ?? null,
      ingress: [axis(AXIS.A, mill.a), axis(AXIS.B, mill.b)],
      ingressPrimed: axis(AXIS.AP, mill.ap),
      egress: [axis(AXIS.E, mill.e), axis(AXIS.EP, mill.ep)],
      runUp: mill.lever,
      current: formatSigned(mill.cur),
    },
    changed: [...m.changed]
      .sort((x, y) => x - y)
      .map((column) => ({ column, value: formatSigned(m.store[column] ?? 0n) })),
    store,
    output: m.output,
    diagnostics: m.diagnostics.map((d) => ({ ...d, params: { ...d.params } })),
  };
}
