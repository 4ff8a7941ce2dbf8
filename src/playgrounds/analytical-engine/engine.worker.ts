// The Analytical Engine runs here, off the page's thread, so a long or endless
// deck never freezes the page. It runs in chunks and looks for Stop between them.
import { loadDeck, type EngineSession } from '~/lib/analytical-engine';
import { CHUNK, type FromEngine, type ToEngine } from './protocol';

let session: EngineSession | undefined;
let stopRequested = false;
let running = false;

function send(message: FromEngine): void {
  postMessage(message);
}

function runChunk(): void {
  if (!session) return;
  const snapshot = session.run(CHUNK);
  const more = snapshot.status === 'running' && !stopRequested;
  running = more;
  send({ type: 'snapshot', snapshot, busy: more });
  // A zero timeout lets a waiting Stop message in before the next chunk.
  if (more) setTimeout(runChunk, 0);
}

addEventListener('message', (event: MessageEvent<ToEngine>) => {
  const message = event.data;
  switch (message.type) {
    case 'load':
      stopRequested = false;
      running = false;
      session = loadDeck(message.deck, { maxCards: message.maxCards });
      send({ type: 'snapshot', snapshot: session.snapshot(), busy: false });
      break;
    case 'step':
      if (session && !running) send({ type: 'snapshot', snapshot: session.step(), busy: false });
      break;
    case 'run':
      if (session && !running) {
        stopRequested = false;
        running = true;
        runChunk();
      }
      break;
    case 'stop':
      stopRequested = true;
      break;
  }
});
