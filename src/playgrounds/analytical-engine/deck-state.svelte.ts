import type { EngineDiagnostic, EngineSnapshot } from '~/lib/analytical-engine';
import { saveDraft } from '~/lib/progress';
import { change, progress } from '~/scripts/progress/store';
import { reportCheck } from '../shared/checks';
import { MAX_CARDS, type FromEngine, type ToEngine } from './protocol';

/** How long typing must pause before the deck is saved. */
const SAVE_DELAY = 800;
/** How long Stop waits for the Worker before ending it. */
const STOP_GRACE = 2000;

/** A try in a lesson: the deck must print exactly this (trailing spaces and new lines aside). */
export interface DeckGoal {
  id: string;
  output: string;
}

/** An entry of the examples menu (the deck text loads when chosen). */
export interface ExampleEntry {
  id: string;
  title: string;
}

/** Where a deck's text comes from: the lesson's own, or an example's id. */
export async function exampleText(id: string): Promise<string | undefined> {
  if (id === 'note-g') return (await import('~/lib/analytical-engine/note-g')).noteGDeck();
  const { EXAMPLES } = await import('~/lib/analytical-engine');
  return EXAMPLES.find((e) => e.id === id)?.deck;
}

/**
 * State of the card deck view. The Engine itself runs in a Worker (see
 * engine.worker.ts); this class sends it the deck, asks for steps or a run, and
 * keeps the latest snapshot. The learner's deck is saved as a draft.
 */
export class DeckState {
  deck = $state('');
  snapshot = $state.raw<EngineSnapshot | undefined>(undefined);
  /** True while the Worker is running cards. */
  busy = $state(false);
  /** True when the text changed after the machine was loaded: the next Run starts afresh. */
  stale = $state(true);
  restored = $state(false);
  saved = $state<boolean | undefined>(undefined);
  /** Her text before she opened an example, so one click brings it back. */
  putAside = $state.raw<string | undefined>(undefined);

  readonly #start: string;
  readonly #draftKey: string;
  readonly #goal: DeckGoal | undefined;
  #worker: Worker | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #reported = false;
  #pending: 'step' | 'run' | undefined;
  #stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: { deck: string; draftKey: string; goal?: DeckGoal | undefined }) {
    this.#start = options.deck;
    this.deck = options.deck;
    this.#draftKey = options.draftKey;
    this.#goal = options.goal;
  }

  /** Opens her saved deck, if this browser has one. */
  restore(): void {
    const text = progress().drafts[this.#draftKey]?.text;
    if (text === undefined || text === this.deck) return;
    this.deck = text;
    this.restored = true;
  }

  get diagnostics(): EngineDiagnostic[] {
    return this.snapshot?.diagnostics ?? [];
  }

  get output(): string {
    return this.snapshot?.output ?? '';
  }

  /** True when the machine has stopped for good (the next Run or Step starts again). */
  get stopped(): boolean {
    const status = this.snapshot?.status;
    return status === 'finished' || status === 'halted' || status === 'error' || status === 'limit';
  }

  edit(text: string): void {
    this.deck = text;
    this.stale = true;
    this.restored = false;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), SAVE_DELAY);
  }

  run(): void {
    if (this.busy) return;
    this.#ask('run');
  }

  step(): void {
    if (this.busy) return;
    this.#ask('step');
  }

  stop(): void {
    if (!this.busy) return;
    this.#post({ type: 'stop' });
    // The Worker stops between chunks; if it does not answer soon, end it.
    clearTimeout(this.#stopTimer);
    this.#stopTimer = setTimeout(() => {
      if (!this.busy) return;
      this.#endWorker();
      this.stale = true;
    }, STOP_GRACE);
  }

  /** Clears the Store, the Mill and the printer, ready to run the deck from its first card. */
  restart(): void {
    // A running Worker is ended rather than stopped, so no late snapshot refills the views.
    if (this.busy) this.#endWorker();
    this.stale = true;
    this.snapshot = undefined;
  }

  /** Replaces the deck with an example; her own text can come back with `bringBack`. */
  async open(id: string): Promise<boolean> {
    const text = await exampleText(id);
    if (text === undefined) return false;
    if (this.deck !== text) this.putAside = this.deck;
    this.edit(text);
    this.restart();
    return true;
  }

  bringBack(): void {
    if (this.putAside === undefined) return;
    const text = this.putAside;
    this.putAside = undefined;
    this.edit(text);
    this.restart();
  }

  /** The deck the lesson started with. */
  startAgain(): void {
    if (this.deck !== this.#start) this.putAside = this.deck;
    this.edit(this.#start);
    this.restart();
  }

  destroy(): void {
    this.#endWorker();
    clearTimeout(this.#saveTimer);
  }

  #endWorker(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#pending = undefined;
    this.busy = false;
    clearTimeout(this.#stopTimer);
  }

  #ask(what: 'step' | 'run'): void {
    if (this.stale || this.stopped || !this.snapshot) {
      // A fresh machine for the current text; the request follows its first snapshot.
      this.#pending = what;
      this.stale = false;
      this.busy = what === 'run';
      this.#post({ type: 'load', deck: this.deck, maxCards: MAX_CARDS });
      return;
    }
    if (what === 'run') this.busy = true;
    this.#post({ type: what });
  }

  #post(message: ToEngine): void {
    this.#workerOrNew().postMessage(message);
  }

  #workerOrNew(): Worker {
    if (!this.#worker) {
      this.#worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
      this.#worker.addEventListener('message', (event: MessageEvent<FromEngine>) => this.#receive(event.data));
    }
    return this.#worker;
  }

  #receive(message: FromEngine): void {
    this.snapshot = message.snapshot;
    this.busy = message.busy;
    const pending = this.#pending;
    if (pending && message.snapshot.status === 'ready') {
      this.#pending = undefined;
      if (pending === 'run') this.busy = true;
      this.#post({ type: pending });
      return;
    }
    this.#pending = undefined;
    if (!message.busy) this.#checkGoal(message.snapshot);
  }

  #checkGoal(snapshot: EngineSnapshot): void {
    const goal = this.#goal;
    if (!goal || this.#reported) return;
    if (snapshot.status !== 'finished' && snapshot.status !== 'halted') return;
    if (snapshot.output.trimEnd() !== goal.output.trimEnd()) return;
    this.#reported = true;
    reportCheck(`engine:${goal.id}`);
  }

  #save(): void {
    if (typeof window === 'undefined') return;
    const result = change((p, now) => saveDraft(p, this.#draftKey, this.deck, now));
    this.saved = result.saved;
  }
}
