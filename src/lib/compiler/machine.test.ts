import { describe, expect, it } from 'vitest';
import { EXAMPLES, ORDERS, SAMPLE_PROBLEM_1, compile, load, type OpCode } from './index.ts';

const source = (id: string) => EXAMPLES.find((e) => e.id === id)!.source;

describe('the order set', () => {
  it('marks honestly which orders the FLOW-MATIC manual shows, which are UNIVAC I, and which are simplified', () => {
    const where = (test: (o: (typeof ORDERS)[OpCode]) => boolean) =>
      Object.values(ORDERS)
        .filter(test)
        .map((o) => o.op)
        .sort();
    expect(where((o) => o.inFlowMaticManual)).toEqual(['A', 'B', 'C', 'H', 'J', 'L', 'Q', 'U']);
    expect(where((o) => o.real && !o.inFlowMaticManual)).toEqual(['D', 'M', 'R', 'S', 'T']);
    expect(where((o) => !o.real)).toEqual([
      'CO',
      'DW',
      'HS',
      'IN',
      'IY',
      'IZ',
      'OP',
      'PL',
      'PR',
      'RD',
      'RW',
      'ST',
      'WR',
    ]);
    expect(where((o) => o.inFlowMaticManual && !o.real)).toEqual([]);
  });

  it('gives a sourced time only for addition (525 µs); every other figure is an estimate', () => {
    expect(where525()).toEqual([['A', 'hopper.md']]);
    function where525() {
      return Object.values(ORDERS)
        .filter((o) => o.timing !== 'estimate')
        .map((o) => [o.op, o.timing]);
    }
    expect(ORDERS.A.microseconds).toBe(525);
  });

  it('uses only orders from the set', () => {
    for (const e of EXAMPLES) {
      for (const o of compile(e.source).program!.orders) expect(ORDERS[o.op], o.text).toBeDefined();
    }
  });
});

describe('a machine session', () => {
  it('starts ready, pointing at the first order', () => {
    const snap = load(source('cookies')).snapshot();
    expect(snap).toEqual({
      status: 'ready',
      registers: { A: '', L: '', X: '', CC: '000' },
      changed: [],
      output: [],
      currentOrder: { address: 0, text: 'L 501', statementLine: 5 },
      steps: 0,
      orders: 0,
      estimatedMicroseconds: 0,
      diagnostics: [],
    });
  });

  it('steps one order at a time, showing registers and the boxes each order changed', () => {
    const session = load(source('cookies'));
    // DIVIDE COOKIES BY FRIENDS GIVING EACH REMAINDER LEFT-OVER: L FRIENDS, DW COOKIES, C EACH, J LEFT-OVER.
    expect(session.step()).toMatchObject({
      status: 'running',
      registers: { L: '4', CC: '001' },
      changed: [],
      steps: 1,
    });
    expect(session.step()).toMatchObject({ registers: { A: '3', X: '2' }, orders: 2, estimatedMicroseconds: 4200 });
    expect(session.step()).toMatchObject({ registers: { A: '0' }, changed: [{ address: 502, value: '3' }] });
    expect(session.step()).toMatchObject({ changed: [{ address: 503, value: '2' }], currentOrder: { text: 'PR 800' } });
    const end = session.run();
    expect(end).toMatchObject({ status: 'stopped', output: ['EACH FRIEND GETS 3 AND 2 ARE LEFT'], currentOrder: null });
    expect(session.step()).toEqual(end);
  });

  it('gives snapshots that survive structuredClone (to cross from a Worker)', () => {
    const session = load(SAMPLE_PROBLEM_1.source, { files: SAMPLE_PROBLEM_1.files });
    session.run(25);
    const snap = session.snapshot();
    expect(structuredClone(snap)).toEqual(snap);
    expect(snap.status).toBe('running');
    expect(snap.orders).toBe(25);
  });

  it('rewrites its own code when SET OPERATION 9 runs (Sample Problem 1)', () => {
    const c = compile(SAMPLE_PROBLEM_1.source);
    const row = (n: number) => c.editedRecord!.find((r) => r.operation === n)!;
    const op9 = row(9).start;
    const session = load(SAMPLE_PROBLEM_1.source, { files: SAMPLE_PROBLEM_1.files });
    const cell = () => session.memory().find((m) => m.address === op9)?.value;
    expect(cell()).toBe(`U ${String(row(1).start).padStart(3, '0')}`);
    session.run();
    expect(cell()).toBe(`U ${String(row(2).start).padStart(3, '0')}`);
  });

  it('records the way back from a PERFORM in the exit switch (R) and restores it', () => {
    const session = load(source('countdown'));
    session.step(); // L COUNTER
    session.step(); // B 1
    session.step(); // T: not yet
    expect(session.step().changed).toEqual([{ address: 16, value: 'U 005' }]);
    for (let i = 0; i < 7; i++) session.step(); // U, PR, PL, B, S, C, exit U 005
    expect(session.step().changed).toEqual([]); // B 801 (the restore value)
    expect(session.step().changed).toEqual([{ address: 16, value: 'U 017' }]);
  });

  it('names its memory', () => {
    const memory = load(source('cookies')).memory();
    expect(memory.filter((m) => m.address >= 500)).toEqual([
      { address: 500, value: '14', name: 'COOKIES' },
      { address: 501, value: '4', name: 'FRIENDS' },
      { address: 800, value: '"EACH FRIEND GETS"', name: '"EACH FRIEND GETS"' },
      { address: 801, value: '"AND"', name: '"AND"' },
      { address: 802, value: '"ARE LEFT"', name: '"ARE LEFT"' },
    ]);
  });

  it('stops at the step budget, naming the line', () => {
    const snap = load('PROCEDURE.\nAGAIN.\nGO TO AGAIN.', { maxSteps: 5 }).run();
    expect(snap).toMatchObject({ status: 'step-limit', steps: 5, diagnostics: [{ code: 'stepLimit', line: 3 }] });
  });

  it('stops on a runtime mistake with the statement it was running', () => {
    const snap = load('DATA.\nZERO IS 0.\nPROCEDURE.\nDIVIDE 1 BY ZERO GIVING X.').run();
    expect(snap).toMatchObject({
      status: 'error',
      diagnostics: [{ code: 'divideByZero', line: 4, params: { name: 'ZERO' } }],
    });
  });

  it('cannot run a program that does not compile, and says why', () => {
    const session = load('DISPLY "HI".');
    expect(session.run()).toMatchObject({
      status: 'error',
      currentOrder: null,
      diagnostics: [{ code: 'unknownVerb' }],
    });
    expect(session.step().status).toBe('error');
    expect(session.memory()).toEqual([]);
  });

  it('keeps compile warnings after its own diagnostics', () => {
    const snap = load('PROCEDURE.\nDISPLAY "A".\nNEXT-ONE.\nDISPLAY 1 BY.').run();
    expect(snap.diagnostics.map((d) => d.code)).toEqual(['unexpectedWord']);
    const warned = load('PROCEDURE.\nDISPLAY "A".\nNEXT-ONE.\nDIVIDE 1 BY 0 GIVING X.').run();
    expect(warned.diagnostics.map((d) => d.code)).toEqual(['divideByZero', 'fallIntoParagraph']);
  });
});
