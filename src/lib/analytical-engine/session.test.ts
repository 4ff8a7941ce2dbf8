import { describe, expect, it } from 'vitest';
import { EXAMPLES, loadDeck, runDeck, type EngineSession, type EngineSnapshot } from './index.ts';

function finish(session: EngineSession, chunk = 7): EngineSnapshot {
  let snap = session.snapshot();
  while (snap.status === 'ready' || snap.status === 'running') snap = session.run(chunk);
  return snap;
}

describe('a stepping session', () => {
  it('shows every card, the Mill and the Store as it goes', () => {
    const s = loadDeck('N1 5\nN2 -0\n+\nL1\nL1\nS2\nP\n');
    expect(s.diagnostics).toEqual([]);
    expect(s.snapshot()).toEqual({
      status: 'ready',
      cardsRun: 0,
      totalCards: 7,
      current: null,
      next: { index: 0, line: 1, text: 'N1 5' },
      mill: {
        operation: null,
        ingress: [null, null],
        ingressPrimed: null,
        egress: [null, null],
        runUp: false,
        current: '0',
      },
      changed: [],
      store: [],
      output: '',
      diagnostics: [],
    });
    let snap = s.step();
    expect(snap).toMatchObject({ status: 'running', cardsRun: 1, current: { index: 0 }, next: { index: 1, line: 2 } });
    expect(snap.changed).toEqual([{ column: 1, value: '5' }]);
    snap = s.step();
    expect(snap.store).toEqual([
      { column: 1, value: '5' },
      { column: 2, value: '-0' },
    ]);
    snap = s.step();
    expect(snap.mill.operation).toBe('+');
    expect(snap.changed).toEqual([]);
    snap = s.step();
    expect(snap.mill).toMatchObject({ ingress: ['5', null], ingressPrimed: '0', egress: [null, null], current: '5' });
    snap = s.step();
    expect(snap.mill).toMatchObject({ ingress: ['5', '5'], egress: ['10', '0'], runUp: false });
    snap = s.step();
    expect(snap.changed).toEqual([{ column: 2, value: '10' }]);
    snap = s.step();
    expect(snap).toMatchObject({ status: 'finished', cardsRun: 7, output: '10\n', next: null });
    expect(snap.current).toEqual({ index: 6, line: 7, text: 'P' });
    // Stepping a stopped machine does nothing.
    expect(s.step()).toMatchObject({ status: 'finished', cardsRun: 7, changed: [] });
  });

  it('gives plain data that survives structured cloning and JSON', () => {
    const s = loadDeck(EXAMPLES.find((e) => e.id === 'fourmilab-sqrt')?.deck ?? '');
    const snap = s.run(500);
    expect(structuredClone(snap)).toEqual(snap);
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.next).toMatchObject({ file: 'fixn/sqrt.ae', line: 29 });
  });

  it('runs in chunks, and `changed` covers the whole chunk', () => {
    const s = loadDeck('N1 1\nN2 2\nN3 3\n');
    expect(s.run(2)).toMatchObject({ status: 'running', cardsRun: 2, changed: [{ column: 1 }, { column: 2 }] });
    expect(s.run(10)).toMatchObject({ status: 'finished', cardsRun: 3, changed: [{ column: 3, value: '3' }] });
    expect(s.run(-1).cardsRun).toBe(3);
  });

  it('reports load and mount problems at once, and never runs', () => {
    const s = loadDeck('P\n@missing.ae\n');
    expect(s.diagnostics).toMatchObject([{ code: 'missingInclude', line: 2 }]);
    expect(s.snapshot()).toMatchObject({ status: 'error', totalCards: 0, next: null });
    expect(s.step()).toMatchObject({ status: 'error', cardsRun: 0, output: '' });
    expect(loadDeck('(\n').snapshot()).toMatchObject({ status: 'error', totalCards: 1 });
  });

  it('stops at its card budget with status limit', () => {
    const s = loadDeck('. x\nCB+1\n', { maxCards: 5 });
    const snap = s.run(100);
    expect(snap).toMatchObject({ status: 'limit', cardsRun: 5, next: null });
    expect(snap.diagnostics).toMatchObject([{ code: 'cardLimit', severity: 'warning', line: 2 }]);
  });

  it('is finished at once for an empty deck', () => {
    expect(loadDeck('').snapshot()).toMatchObject({ status: 'finished', totalCards: 0, next: null });
    expect(runDeck('')).toEqual({ output: '', status: 'finished', diagnostics: [], cardsRun: 0 });
  });

  it.each(EXAMPLES.map((e) => [e.id, e.deck] as const))('gives what runDeck gives for %s', (_id, deck) => {
    const snap = finish(loadDeck(deck), 997);
    const r = runDeck(deck);
    expect({
      output: snap.output,
      status: snap.status,
      diagnostics: snap.diagnostics,
      cardsRun: snap.cardsRun,
    }).toEqual(r);
  });
});
