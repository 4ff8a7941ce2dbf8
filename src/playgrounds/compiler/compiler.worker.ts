// The compiler and the machine run here, off the page's thread: a huge program
// compiles without freezing the page, and every run has a step budget.
import { compile, load, run, type CompileResult, type MachineSession } from '~/lib/compiler';
import { MAX_SHOWN, type FromCompiler, type RunInputs, type ShownStages, type ToCompiler } from './protocol';

let session: MachineSession | undefined;
/** The newest text waiting to be compiled: while a big program compiles, older texts are skipped. */
let waiting: { seq: number; source: string } | undefined;

/**
 * What the page needs of the stages: the glossary (the compiler's own working
 * data) stays here, and long lists are cut, so that passing a huge program's
 * stages to the page never holds it up.
 */
function shown(r: CompileResult): ShownStages {
  const cut = <T>(list: T[]) => list.slice(0, MAX_SHOWN);
  return {
    ...r,
    glossary: null,
    tokens: cut(r.tokens),
    tokenCount: r.tokens.length,
    tree: { ...r.tree, data: cut(r.tree.data), body: cut(r.tree.body) },
    sentenceCount: r.tree.body.length,
    selection: r.selection && { ...r.selection, blocks: cut(r.selection.blocks) },
    allocation: r.allocation && { ...r.allocation, entries: cut(r.allocation.entries) },
  };
}

/** Compiles the newest text waiting. */
function compileWaiting(): void {
  const m = waiting;
  waiting = undefined;
  if (m) send({ type: 'compiled', seq: m.seq, result: shown(compile(m.source)) });
}

function send(message: FromCompiler): void {
  postMessage(message);
}

function options(m: RunInputs) {
  return { files: m.files, input: m.input, engine: m.engine };
}

addEventListener('message', (event: MessageEvent<ToCompiler>) => {
  const m = event.data;
  switch (m.type) {
    case 'compile':
      // Messages already queued run before this timeout, so only the newest text is compiled.
      waiting = { seq: m.seq, source: m.source };
      setTimeout(compileWaiting, 0);
      break;
    case 'run': {
      const result = run(m.source, options(m));
      // On the machine, run a stepping session to its end too, for the registers and memory.
      session = m.engine === 'machine' ? load(m.source, options(m)) : undefined;
      const snapshot = session ? session.run() : null;
      send({ type: 'ran', result, snapshot, memory: session ? session.memory() : [] });
      break;
    }
    case 'load':
      session = load(m.source, options(m));
      send({ type: 'machine', snapshot: session.snapshot(), memory: session.memory() });
      break;
    case 'step':
      if (session) send({ type: 'machine', snapshot: session.step(), memory: session.memory() });
      break;
  }
});
