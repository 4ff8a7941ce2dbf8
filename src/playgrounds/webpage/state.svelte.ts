import type { Diagnostic, StepResult } from '~/lib/html-checks';
import { saveDraft } from '~/lib/progress';
import { reportCheck } from '../shared/checks';
import { change, progress } from '~/scripts/progress/store';
import type { PageFiles, WebpageStep } from './types';

/** How long typing must pause before the page is checked and the preview redrawn. */
const CHECK_DELAY = 250;
/** How long typing must pause before the draft is saved. */
const SAVE_DELAY = 800;

/** The checker and the preview builder: the heavy part (parsers), loaded once, after the island shows. */
type Engine = typeof import('~/lib/html-checks') & typeof import('~/lib/html-preview');
let engine: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([import('~/lib/html-checks'), import('~/lib/html-preview')]).then(([checks, preview]) => ({
    ...checks,
    ...preview,
  }));
  return engine;
}

/** The web page playground's state; checking and previewing live in src/lib. */
export class WebpageState {
  html = $state('');
  css = $state('');
  diagnostics = $state.raw<Diagnostic[]>([]);
  results = $state.raw<StepResult[]>([]);
  preview = $state.raw('');
  hintLevels = $state<number[]>([]);
  phone = $state(false);
  comparing = $state(false);
  restored = $state(false);
  saved = $state<boolean | undefined>(undefined);
  beforeReset = $state.raw<PageFiles | undefined>(undefined);

  #engine: Engine | undefined;
  readonly #start: PageFiles;
  readonly #steps: readonly WebpageStep[];
  readonly #draftKey: string;
  readonly #origin: string;
  #checkTimer: ReturnType<typeof setTimeout> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #reported = false;

  constructor(options: { start: PageFiles; steps: readonly WebpageStep[]; draftKey: string; origin: string }) {
    this.#start = options.start;
    this.#steps = options.steps;
    this.#draftKey = options.draftKey;
    this.#origin = options.origin;
    this.hintLevels = options.steps.map(() => 0);
    this.html = options.start.html;
    this.css = options.start.css;
  }

  /** True once the checker and preview are ready. */
  get ready(): boolean {
    return this.preview !== '';
  }

  /** Runs in the browser once the island is visible: loads the engine, opens her draft, checks the page. */
  async start(): Promise<void> {
    this.#engine = await loadEngine();
    this.#restoreDraft();
    this.#check();
  }

  /** Opens her saved draft, if this browser has one. */
  #restoreDraft(): void {
    const drafts = progress().drafts;
    const html = drafts[`${this.#draftKey}:html`]?.text;
    const css = drafts[`${this.#draftKey}:css`]?.text;
    if (html === undefined && css === undefined) return;
    this.html = html ?? this.html;
    this.css = css ?? this.css;
    this.restored = html !== this.#start.html || css !== this.#start.css;
  }

  get stepsDone(): number {
    return this.results.filter((r) => r.pass).length;
  }

  get allDone(): boolean {
    return this.results.length > 0 && this.results.every((r) => r.pass);
  }

  /** Diagnostics worth listing (errors and warnings first). */
  get problems(): Diagnostic[] {
    const rank = { error: 0, warning: 1, info: 2 } as const;
    return [...this.diagnostics].sort((a, b) => rank[a.severity] - rank[b.severity]);
  }

  message(d: Diagnostic, strings: Record<string, string>): string {
    return this.#engine ? this.#engine.formatDiagnostic(d, strings) : '';
  }

  edit(file: 'html' | 'css', text: string): void {
    if (file === 'html') this.html = text;
    else this.css = text;
    this.beforeReset = undefined;
    clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(() => this.#check(), CHECK_DELAY);
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#save(), SAVE_DELAY);
  }

  nextHint(step: number): void {
    this.hintLevels[step] = Math.min(3, (this.hintLevels[step] ?? 0) + 1);
  }

  reset(): void {
    this.beforeReset = { html: this.html, css: this.css };
    this.html = this.#start.html;
    this.css = this.#start.css;
    this.restored = false;
    this.#check();
    this.#save();
  }

  undoReset(): void {
    if (!this.beforeReset) return;
    this.html = this.beforeReset.html;
    this.css = this.beforeReset.css;
    this.beforeReset = undefined;
    this.#check();
    this.#save();
  }

  #check(): void {
    const e = this.#engine;
    if (!e) return;
    this.diagnostics = e.diagnose(this.html, this.css);
    this.results = e.runSteps(
      this.html,
      this.css,
      this.#steps.map((s) => (s.arg === undefined ? { check: s.check } : { check: s.check, arg: String(s.arg) })),
    );
    this.preview = e.buildPreview(this.html, this.css, { origin: this.#origin, picturesPath: '/pictures/' });
    // The lesson's progress box listens for this (see src/scripts/progress/lesson.ts).
    if (this.allDone && !this.#reported && typeof document !== 'undefined') {
      this.#reported = true;
      reportCheck('webpage:steps');
    }
  }

  #save(): void {
    if (typeof window === 'undefined') return;
    const result = change((p, now) =>
      saveDraft(saveDraft(p, `${this.#draftKey}:html`, this.html, now), `${this.#draftKey}:css`, this.css, now),
    );
    this.saved = result.saved;
  }
}
