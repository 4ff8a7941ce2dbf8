import type { CompileResult, DataFile, MachineSnapshot, RunResult } from '~/lib/compiler';

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
  | { type: 'compiled'; seq: number; result: CompileResult }
  | { type: 'ran'; result: RunResult; snapshot: MachineSnapshot | null; memory: MemoryCell[] }
  | { type: 'machine'; snapshot: MachineSnapshot; memory: MemoryCell[] };
