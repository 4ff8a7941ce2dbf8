import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INPUT, fileProgram, validProgram } from './generate.test-support.ts';
import manifest from './golden/expected.json';
import { EXAMPLES, compile, run, type RunOptions } from './index.ts';

const goldens = import.meta.glob('./golden/*.grace', { query: '?raw', eager: true, import: 'default' }) as Record<
  string,
  string
>;

function both(source: string, options: RunOptions) {
  return [run(source, { ...options, engine: 'machine' }), run(source, { ...options, engine: 'interpreter' })] as const;
}

describe('machine and interpreter agree', () => {
  it('on every program of the golden corpus, whatever the step budget', () => {
    const cases = manifest as Record<string, { example?: string; files?: RunOptions['files']; input?: string[] }>;
    for (const [name, c] of Object.entries(cases)) {
      const example = EXAMPLES.find((e) => e.id === c.example);
      const source = example?.source ?? goldens[`./golden/${name}.grace`] ?? '';
      const files = c.files ?? example?.files;
      for (const maxSteps of [0, 1, 2, 3, 5, 8, 13, 21, 34, 10_000]) {
        const options: RunOptions = { maxSteps, ...(files ? { files } : {}), ...(c.input ? { input: c.input } : {}) };
        const [machine, interpreter] = both(source, options);
        expect(machine, `${name} with ${maxSteps} steps`).toEqual(interpreter);
      }
    }
  });

  it('on which mistake comes first when a statement has two (the order the machine reads its operands)', () => {
    const cases: [string, string, string][] = [
      ['ADD E0 TO E1.', 'emptyBox', 'E1'],
      ['ADD E0, E1 TO 5 GIVING X.', 'emptyBox', 'E0'],
      ['SUBTRACT E0 FROM E1.', 'emptyBox', 'E1'],
      ['MULTIPLY E0 BY E1.', 'emptyBox', 'E0'],
      ['DIVIDE E0 BY E1 GIVING X.', 'emptyBox', 'E1'],
      ['DIVIDE E0 BY E1 GIVING X REMAINDER Y.', 'emptyBox', 'E1'],
      ['IF E0 IS LESS THAN E1 STOP.', 'emptyBox', 'E0'],
      ['IF E0 IS GREATER THAN E1 STOP.', 'emptyBox', 'E0'],
      ['COMPARE E0 WITH E1 ; OTHERWISE GO TO OPERATION 1.', 'emptyBox', 'E0'],
      ['DISPLAY E0 E1.', 'emptyBox', 'E0'],
      ['PERFORM P UNTIL E0 IS EQUAL TO E1.', 'emptyBox', 'E0'],
      ['ADD T0 TO T1.', 'notANumber', 'B'],
      ['SUBTRACT T0 FROM T1.', 'notANumber', 'B'],
      ['MULTIPLY T0 BY T1.', 'notANumber', 'A'],
      ['DIVIDE T0 BY T1 GIVING X.', 'notANumber', 'B'],
      ['DIVIDE T0 BY ZERO GIVING X.', 'notANumber', 'A'],
      ['DIVIDE 5 BY ZERO GIVING X.', 'divideByZero', 'ZERO'],
      ['PERFORM P T0 TIMES.', 'notANumber', 'A'],
    ];
    for (const [statement, code, name] of cases) {
      const source = `DATA.\nT0 IS "A".\nT1 IS "B".\nZERO IS 0.\nPROCEDURE.\n(1) ${statement}\nSTOP.\nP.\nMOVE 1 TO E0, E1, X, Y.`;
      const [machine, interpreter] = both(source, {});
      expect(machine, statement).toEqual(interpreter);
      const d = machine.diagnostics[0];
      expect([d?.code, d?.params['name'] ?? d?.params['value']], statement).toEqual([code, name]);
    }
  });

  it('on generated programs (all of GRACE: arithmetic, IF, COMPARE, GO TO, PERFORM, EXECUTE, SET, ACCEPT)', () => {
    let ran = 0;
    fc.assert(
      fc.property(validProgram, fc.integer({ min: 0, max: 400 }), (source, maxSteps) => {
        expect(
          compile(source).diagnostics.filter((d) => d.severity === 'error'),
          source,
        ).toEqual([]);
        const [machine, interpreter] = both(source, { maxSteps, input: INPUT });
        expect(machine, source).toEqual(interpreter);
        expect(machine.diagnostics.map((d) => d.code)).not.toContain('internalError');
        if (machine.output.length > 0) ran++;
      }),
      { numRuns: 400 },
    );
    // The generator is no use if its programs never print anything.
    expect(ran).toBeGreaterThan(60);
  });

  it('on generated file programs in the shape of Sample Problem 1', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(fileProgram, fc.integer({ min: 0, max: 300 }), ({ source, files }, maxSteps) => {
        expect(
          compile(source).diagnostics.filter((d) => d.severity === 'error'),
          source,
        ).toEqual([]);
        const [machine, interpreter] = both(source, { maxSteps, files });
        expect(machine, source).toEqual(interpreter);
        expect(machine.diagnostics.map((d) => d.code)).not.toContain('internalError');
        statuses.add(machine.status);
      }),
      { numRuns: 300 },
    );
    expect([...statuses].sort()).toEqual(['error', 'step-limit', 'stopped']);
  });
});
