import type { CompileResult, DataFile, MachineSnapshot, RunResult } from '~/lib/compiler';

/**
 * At most this many tokens, sentences, blocks or memory entries are sent to the
 * page and drawn: a huge program stays quick to pass over and to show.
 */
export const MAX_SHOWN = 300;

/** The compiler's stages as the page gets them: long lists cut to MAX_SHOWN, with their full lengths. */
export type ShownStages = CompileResult & { tokenCount: number; sentenceCount: number };

/** What a run needs besides the program. */
export interface RunInputs {
  files: Record<string, DataFile>;
  input: string[];
  engine: 'machine' | 'interpreter';
}

/** Messages the page sends to the compiler's Worker. */
export type ToCompiler =
  | { type: 'compile'; seq: number; source: string }
  | ({ type: 'run'; source: string } & RunInputs)
  | ({ type: 'load'; source: string } & RunInputs)
  | { type: 'step' };

/** A box of the machine's memory as the learner sees it. */
export interface MemoryCell {
  address: number;
  value: string;
  name: string | null;
}

/** Messages the Worker sends back. */
export type FromCompiler =
  | { type: 'compiled'; seq: number; result: ShownStages }
  | { type: 'ran'; result: RunResult; snapshot: MachineSnapshot | null; memory: MemoryCell[] }
  | { type: 'machine'; snapshot: MachineSnapshot; memory: MemoryCell[] };
