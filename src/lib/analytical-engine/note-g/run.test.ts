import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { akiyamaTanigawa, fractionText } from './bernoulli.test-support';
import { runNoteG, type NoteGStep } from './run';
import { CORRECTED_TABLE, PRINTED_TABLE, type NoteGOperation } from './table';

/** Modern B2, B4, …, B60 by a method that shares nothing with the table. */
const MODERN = akiyamaTanigawa(120);
const modernEven = (n: number): string => fractionText(MODERN[2 * n]!);

/** shared/reference/note-g.md, "Modern Bernoulli numbers": B2 … B30. */
const REFERENCE_B = [
  '1/6',
  '-1/30',
  '1/42',
  '-1/30',
  '5/66',
  '-691/2730',
  '7/6',
  '-3617/510',
  '43867/798',
  '-174611/330',
  '854513/138',
  '-236364091/2730',
  '8553103/6',
  '-23749461029/870',
  '8615841276005/14322',
];

/** shared/reference/note-g.md: the `n4` column, both errata corrected, first pass of 13–23. */
const N4: Record<number, string> = {
  1: '8',
  2: '7',
  3: '9',
  4: '7/9',
  5: '7/18',
  6: '-7/18',
  7: '3',
  8: '2',
  9: '4',
  10: '2/3',
  11: '5/18',
  12: '2',
  13: '7',
  14: '3',
  15: '7/3',
  16: '28/3',
  17: '6',
  18: '4',
  19: '3/2',
  20: '14',
  21: '-7/15',
  22: '-17/90',
  23: '1',
  24: '-1/30',
  25: '5',
};

const swap = (table: readonly NoteGOperation[], op: number): NoteGOperation[] =>
  table.map((line) => (line.op === op ? { ...line, acted: [line.acted[1], line.acted[0]] } : line));
const replace = (table: readonly NoteGOperation[], op: number, by: NoteGOperation): NoteGOperation[] =>
  table.map((line) => (line.op === op ? by : line));
const corrected = (op: number): NoteGOperation => CORRECTED_TABLE.find((line) => line.op === op)!;
const written = (step: NoteGStep | undefined, column: number): string | undefined =>
  step?.writes.find((w) => w.column === column)?.value;

describe('runNoteG, corrected table fed its own results', () => {
  const run = runNoteG({ upTo: 30, version: 'corrected' });

  it('gives B2, B4, … B60 (modern) for n = 1 … 30, as an independent method computes them', () => {
    expect(run.diagnostics).toEqual([]);
    expect(run.results).toEqual(Array.from({ length: 30 }, (_, i) => modernEven(i + 1)));
  });

  it('agrees with the values listed in the reference', () => {
    expect(run.results.slice(0, 15)).toEqual(REFERENCE_B);
  });

  it('executes 9, 14, 25, 36, 47 operations for n = 1 … 5, then eleven more per n', () => {
    expect(run.operationsPerN.slice(0, 5)).toEqual([9, 14, 25, 36, 47]);
    expect(run.operationsPerN).toEqual(run.results.map((_, i) => (i === 0 ? 9 : 11 * (i + 1) - 8)));
    expect(run.trace).toHaveLength(run.operationsPerN.reduce((a, b) => a + b, 0));
  });

  it('follows her cycles: (1…7)(24,25) for B1 and (1…7)(8…12)2(13…23)(24,25) for B7', () => {
    const ops = (n: number): number[] => run.trace.filter((s) => s.n === n).map((s) => s.op);
    const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(ops(1)).toEqual([...range(1, 7), 24, 25]);
    expect(ops(4)).toEqual([...range(1, 12), ...range(13, 23), ...range(13, 23), 24, 25]);
    expect(run.trace.filter((s) => s.n === 4).map((s) => s.pass)).toEqual([
      ...Array<number>(12).fill(0),
      ...Array<number>(11).fill(1),
      ...Array<number>(11).fill(2),
      0,
      0,
    ]);
  });

  it('gives the same results when the true values are supplied instead', () => {
    expect(runNoteG({ upTo: 12, version: 'corrected', feed: 'true' }).results).toEqual(run.results.slice(0, 12));
  });

  it('starts from nothing: V21 and up are empty before the first step', () => {
    expect(run.initial.columns.slice(0, 3)).toEqual(['1', '2', '1']);
    expect(run.initial.columns.slice(20)).toEqual(Array<string>(30).fill('0'));
    expect(run.initial.columns).toHaveLength(50);
    expect(run.trace.at(-1)?.columns[49]).toBe(modernEven(30));
  });

  it('equals the independent Bernoulli number for any n in 1 … 40 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const { results } = runNoteG({ upTo: n, version: 'corrected', trace: false });
        return results.length === n && results[n - 1] === modernEven(n);
      }),
      { numRuns: 40 },
    );
  });
});

describe('runNoteG, n = 4 step by step (the printed example)', () => {
  const run = runNoteG({ from: 4, upTo: 4, version: 'corrected' });
  const first = run.trace.filter((s) => s.pass <= 1);
  const second = run.trace.filter((s) => s.pass === 2);

  it('matches every operation of the reference, first pass of 13–23', () => {
    expect(first.map((s) => s.op)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    for (const step of first) expect([step.op, step.result]).toEqual([step.op, N4[step.op]]);
  });

  it('matches the second pass: operation 21 now reads V23 (B5)', () => {
    expect(second.map((s) => [s.op, s.result])).toEqual([
      [13, '5'],
      [14, '5'],
      [15, '1'],
      [16, '14'],
      [17, '4'],
      [18, '6'],
      [19, '2/3'],
      [20, '28/3'],
      [21, '2/9'],
      [22, '1/30'],
      [23, '0'],
    ]);
    expect(second.find((s) => s.op === 21)?.reads.map((r) => [r.column, r.value])).toEqual([
      [23, '1/42'],
      [11, '28/3'],
    ]);
    expect(first.find((s) => s.op === 21)?.reads[0]).toEqual({ column: 22, index: 1, value: '-1/30' });
  });

  it('writes B7 into V24 and moves n on to 5', () => {
    expect(written(run.trace.at(-2), 24)).toBe('-1/30');
    expect(written(run.trace.at(-1), 3)).toBe('5');
    expect(run.results).toEqual(['-1/30']);
    expect(run.trace.at(-1)?.columns.slice(20, 24)).toEqual(['1/6', '-1/30', '1/42', '-1/30']);
  });

  it('is the same inside a run from n = 1', () => {
    const whole = runNoteG({ upTo: 4, version: 'corrected' }).trace.filter((s) => s.n === 4);
    expect(whole.map((s) => s.result)).toEqual(run.trace.map((s) => s.result));
  });
});

describe('Note D superscripts', () => {
  const printed = runNoteG({ from: 4, upTo: 4, version: 'printed' }).trace.filter((s) => s.pass <= 1);

  it('match the printed table wherever the reference calls the printed index right', () => {
    for (const step of printed) {
      const line = PRINTED_TABLE[step.op - 1]!;
      expect([step.op, step.reads.map((r) => [r.column, r.index])]).toEqual([
        step.op,
        line.acted.map((o) => [o.column, o.index]),
      ]);
      // Erratum 3: operation 21's receiving column is printed ⁰V12 but the value written is ²V12.
      const received = step.op === 21 ? [{ column: 12, index: 2 }] : line.received;
      expect([step.op, step.writes.map((w) => [w.column, w.index])]).toEqual([
        step.op,
        received.map((r) => [r.column, r.index]),
      ]);
    }
  });

  it('show a reset column as ⁰ and continue its count with its next value', () => {
    const v11 = (op: number): number | undefined => printed.find((s) => s.op === op)?.indices[10];
    expect([v11(5), v11(6), v11(9), v11(16), v11(20)]).toEqual([2, 0, 3, 4, 5]);
    expect(printed.find((s) => s.op === 24)?.indices[12]).toBe(0); // erratum 4: V13 shows 0
  });

  it('begin anew for each calculation: data and earlier B at 1, everything else at 0', () => {
    const run = runNoteG({ upTo: 3, version: 'corrected' });
    const afterN2 = run.trace.filter((s) => s.n === 2).at(-1)!;
    expect(afterN2.indices.slice(0, 3)).toEqual([1, 1, 1]);
    expect(afterN2.indices.slice(20, 24)).toEqual([1, 1, 0, 0]);
    expect(afterN2.indices.slice(3, 10)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(run.initial.indices.slice(0, 4)).toEqual([1, 1, 1, 0]);
  });

  it('keep counting the second pass (⁴V13 read by operation 24)', () => {
    const run = runNoteG({ from: 4, upTo: 4, version: 'corrected' });
    const op24 = run.trace.find((s) => s.op === 24)!;
    expect(op24.reads).toEqual([
      { column: 24, index: 0, value: '0' },
      { column: 13, index: 4, value: '1/30' },
    ]);
    expect(op24.writes).toEqual([{ column: 24, index: 1, value: '-1/30' }]);
  });
});

describe('runNoteG, the printed table', () => {
  it('gives −3/2, −1/2, −11/30, −139/630, −5/18, 197/2310, −511/390 with the true B supplied', () => {
    const run = runNoteG({ upTo: 7, version: 'printed' });
    expect(run.results).toEqual(['-3/2', '-1/2', '-11/30', '-139/630', '-5/18', '197/2310', '-511/390']);
    expect(runNoteG({ from: 4, upTo: 4, version: 'printed' }).results).toEqual(['-139/630']);
  });

  it('fed its own results, goes wrong from its own wrong values', () => {
    const own = runNoteG({ upTo: 3, version: 'printed', feed: 'own' });
    expect(own.results[0]).toBe('-3/2');
    // n = 2 with B1 = −3/2: A0 = −5/6, A1 = 2, so V13 = −5/6 − 3 and V24 = V13.
    expect(own.results[1]).toBe('-23/6');
  });

  it('really runs a learner’s table: operation 4 swapped alone gives +1/30 for n = 4', () => {
    const fixed4 = swap(PRINTED_TABLE, 4);
    expect(runNoteG({ from: 4, upTo: 4, version: 'printed', table: fixed4 }).results).toEqual(['1/30']);
    const both = replace(fixed4, 24, corrected(24));
    expect(runNoteG({ from: 4, upTo: 4, version: 'printed', table: both }).results).toEqual(['-1/30']);
    expect(runNoteG({ upTo: 10, version: 'printed', table: both, feed: 'own' }).results).toEqual(
      Array.from({ length: 10 }, (_, i) => modernEven(i + 1)),
    );
  });

  it('a swap in the corrected table breaks it again', () => {
    const run = runNoteG({ from: 4, upTo: 4, version: 'corrected', table: swap(CORRECTED_TABLE, 4) });
    expect(run.results).toEqual(['139/630']);
  });
});

describe('runNoteG diagnostics', () => {
  it('returns a division by zero with its operation, never throws', () => {
    const table = replace(PRINTED_TABLE, 4, {
      ...PRINTED_TABLE[3]!,
      acted: [
        { column: 4, index: 2 },
        { column: 14, index: 0 },
      ],
    });
    const run = runNoteG({ upTo: 3, version: 'printed', table });
    expect(run.diagnostics).toEqual([
      { code: 'divisionByZero', severity: 'error', params: { op: 4, n: 1, pass: 0, column: 14 } },
    ]);
    expect(run.results).toEqual([]);
    expect(run.trace.map((s) => s.op)).toEqual([1, 2, 3]);
  });

  it('clamps upTo to 1 … 60 and from to 1 … upTo', () => {
    const low = runNoteG({ upTo: 0, version: 'corrected' });
    expect(low.diagnostics).toEqual([
      { code: 'upToOutOfRange', severity: 'error', params: { given: '0', used: 1, min: 1, max: 60 } },
    ]);
    expect(low.results).toEqual(['1/6']);
    const high = runNoteG({ upTo: 61, version: 'corrected', trace: false });
    expect(high.diagnostics.map((d) => [d.code, d.params['used']])).toEqual([['upToOutOfRange', 60]]);
    expect(high.results).toHaveLength(60);
    expect(high.results[59]).toBe(modernEven(60));
    expect(runNoteG({ upTo: Number.NaN, version: 'corrected' }).diagnostics[0]?.params).toMatchObject({ used: 1 });
    const from = runNoteG({ upTo: 3, from: 5, version: 'corrected' });
    expect(from.diagnostics.map((d) => [d.code, d.params['used']])).toEqual([['fromOutOfRange', 3]]);
    expect(from.results).toEqual(['1/42']);
  });

  it('refuses a table with a missing operation or a column outside V1…V80', () => {
    const missing = runNoteG({ upTo: 2, version: 'printed', table: PRINTED_TABLE.filter((l) => l.op !== 9) });
    expect(missing.diagnostics).toEqual([
      { code: 'badTable', severity: 'error', params: { op: 9, problem: 'missing' } },
    ]);
    expect(missing.trace).toEqual([]);
    const far = replace(PRINTED_TABLE, 2, { ...PRINTED_TABLE[1]!, received: [{ column: 81, index: 1 }] });
    expect(runNoteG({ upTo: 2, version: 'printed', table: far }).diagnostics).toEqual([
      { code: 'badColumn', severity: 'error', params: { op: 2, column: '81' } },
    ]);
  });

  it('stops a table whose loop never ends', () => {
    const endless = replace(CORRECTED_TABLE, 23, { ...corrected(23), sign: '+' });
    const run = runNoteG({ upTo: 3, version: 'corrected', table: endless });
    expect(run.diagnostics).toEqual([{ code: 'tooManyPasses', severity: 'error', params: { n: 3, max: 60 } }]);
    expect(run.results).toEqual(['1/6', '-1/30']);
  });

  it('never throws and always ends, whatever a learner does to the table (property)', () => {
    const column = fc.integer({ min: 1, max: 30 });
    const change = fc.record({
      op: fc.integer({ min: 1, max: 25 }),
      sign: fc.constantFrom('+', '-', '×', '÷' as const),
      a: column,
      b: column,
      into: column,
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 4 }), fc.integer({ min: 1, max: 8 }), (changes, upTo) => {
        let table: NoteGOperation[] = [...PRINTED_TABLE];
        for (const c of changes) {
          const line = table[c.op - 1]!;
          table = replace(table, c.op, {
            ...line,
            sign: c.sign,
            acted: [
              { column: c.a, index: 0 },
              { column: c.b, index: 0 },
            ],
            received: [{ column: c.into, index: 0 }],
          });
        }
        const run = runNoteG({ upTo, version: 'printed', table, trace: false });
        return run.results.length <= upTo && run.diagnostics.every((d) => d.severity === 'error');
      }),
      { numRuns: 150 },
    );
  });
});
