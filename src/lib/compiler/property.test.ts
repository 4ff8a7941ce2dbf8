import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validProgram } from './generate.test-support.ts';
import { EXAMPLES, KEYWORDS, SAMPLE_PROBLEM_1, compile, load, run } from './index.ts';

// Token soup: keywords, names, numbers, texts and punctuation in any order, so
// random input gets past the lexer and deep into the parser.
const word = fc.oneof(
  fc.constantFrom(...KEYWORDS, 'FILE-A', 'FILE-B', 'ZZZZZZZZZZZZ', '(END)'),
  fc.constantFrom('COOKIES', 'P', 'X', 'A', 'B', 'PRODUCT-NO', 'COUNT-DOWN'),
  fc.constantFrom('.', ';', ',', '(', ')', '(3)', '(A)', '+', '=', "'", '"HI"', '"', '\n', '-', '#'),
  fc.integer({ min: -20, max: 20 }).map(String),
  fc.constantFrom('0.5', '1.', '10', '2.25'),
);
const soup = fc.array(word, { maxLength: 60 }).map((words) => words.join(' '));

// Never throws, and never hides a bug behind internalError (the catch-all for compiler bugs).
function neverThrows(source: string, files = SAMPLE_PROBLEM_1.files): void {
  const c = compile(source);
  expect(c.diagnostics.length).toBeLessThanOrEqual(100);
  expect(c.diagnostics.map((d) => d.code)).not.toContain('internalError');
  for (const engine of ['machine', 'interpreter'] as const) {
    const r = run(source, { engine, maxSteps: 200, input: ['1'], files });
    expect(['stopped', 'error', 'step-limit']).toContain(r.status);
    if (r.status !== 'stopped') expect(r.diagnostics[0]?.severity).toBe('error');
    expect(r.diagnostics.map((d) => d.code)).not.toContain('internalError');
  }
  const session = load(source, { maxSteps: 50, files });
  session.step();
  const snap = session.run(500);
  expect(['ready', 'running', 'stopped', 'error', 'step-limit']).toContain(snap.status);
  expect(snap.diagnostics.map((d) => d.code)).not.toContain('internalError');
}

describe('whatever it is given', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => neverThrows(s)),
      { numRuns: 300 },
    );
  });

  it('never throws on random words and punctuation', () => {
    fc.assert(
      fc.property(soup, (s) => neverThrows(s)),
      { numRuns: 600 },
    );
  });

  it('never throws on valid programs with a slip in them', () => {
    fc.assert(
      fc.property(
        validProgram,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', '.', ';', '+', '"', '(', 'IF ', 'TO '),
        (p, at, len, insert) => {
          const i = at % (p.length + 1);
          neverThrows(p.slice(0, i) + insert + p.slice(i + (len % 6)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on the examples with files that do not fit them', () => {
    const files = { INVENTORY: { fields: ['X'], records: [['1'], []] }, PRICE: { fields: [], records: [] } };
    for (const e of EXAMPLES) neverThrows(e.source, files);
  });
});

describe('endless loops', () => {
  it('stop at the step limit, naming the line of the GO TO loop', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.integer({ min: 1, max: 300 }), (before, maxSteps) => {
        const lines = [
          'PROCEDURE.',
          ...Array.from({ length: before }, () => 'DISPLAY 1.'),
          'AGAIN.',
          'DISPLAY 2.',
          'GO TO AGAIN.',
        ];
        for (const engine of ['machine', 'interpreter'] as const) {
          const r = run(lines.join('\n'), { engine, maxSteps: maxSteps + before });
          expect(r.status).toBe('step-limit');
          // The loop alternates DISPLAY (line before + 3) and GO TO (line before + 4).
          expect(r.diagnostics[0]).toMatchObject({ code: 'stepLimit', line: before + 3 + (maxSteps % 2) });
          expect(r.output).toHaveLength(before + Math.ceil(maxSteps / 2));
        }
      }),
    );
  });

  it('stop at the step limit, naming the UNTIL that never comes true', () => {
    fc.assert(
      fc.property(fc.nat(4), fc.integer({ min: 1, max: 500 }), (before, maxSteps) => {
        const lines = [
          'DATA.',
          'N IS 1.',
          'PROCEDURE.',
          ...Array.from({ length: before }, () => 'DISPLAY N.'),
          'PERFORM GROW UNTIL N IS LESS THAN 0.',
          'STOP.',
          'GROW.',
          'ADD 1 TO N.',
          'PERFORM SHOW 2 TIMES.',
          'SHOW.',
          'DISPLAY N.',
        ];
        for (const engine of ['machine', 'interpreter'] as const) {
          const r = run(lines.join('\n'), { engine, maxSteps: before + maxSteps });
          expect(r.status).toBe('step-limit');
          expect(r.diagnostics[0]).toMatchObject({
            code: 'stepLimitUntil',
            line: before + 4,
            params: { steps: before + maxSteps },
          });
        }
      }),
    );
  });
});

describe('a megabyte of source', () => {
  const statement = 'DISPLAY "HELLO" COUNTER ; ADD 1 TO COUNTER.\n';
  const program = 'DATA.\nCOUNTER IS 0.\nPROCEDURE.\n' + statement.repeat(Math.ceil(1_048_576 / statement.length));
  const garbage = fc.sample(soup, { numRuns: 40_000, seed: 7 }).join('\n').slice(0, 1_048_576);

  it('compiles without throwing, quickly enough for a Worker (a program far too long for the machine)', () => {
    const start = performance.now();
    const c = compile(program);
    const ms = performance.now() - start;
    expect(program.length).toBeGreaterThanOrEqual(1_048_576);
    expect(c.diagnostics.map((d) => d.code)).toEqual(['programTooLong']);
    expect(c.selection?.blocks.length).toBeGreaterThan(40_000);
    console.info(`1 MB valid program: compiled in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000);
  });

  it('compiles without throwing when it is a megabyte of nonsense', () => {
    const start = performance.now();
    const c = compile(garbage);
    const ms = performance.now() - start;
    expect(c.diagnostics).toHaveLength(100);
    console.info(`1 MB of token soup: compiled in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000);
  });
});
