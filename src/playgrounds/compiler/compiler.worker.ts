// The compiler and the machine run here, off the page's thread: a huge program
// compiles without freezing the page, and every run has a step budget.
import { compile, load, run, type MachineSession } from '~/lib/compiler';
import type { FromCompiler, RunInputs, ToCompiler } from './protocol';

let session: MachineSession | undefined;
/** The newest text waiting to be compiled: while a big program compiles, older texts are skipped. */
let waiting: { seq: number; source: string } | undefined;

/** Compiles the newest text; the glossary (the compiler's own working data) stays here. */
function compileWaiting(): void {
  const m = waiting;
  waiting = undefined;
  if (m) send({ type: 'compiled', seq: m.seq, result: { ...compile(m.source), glossary: null } });
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
