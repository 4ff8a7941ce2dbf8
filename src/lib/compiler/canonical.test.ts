import { describe, expect, it } from 'vitest';
import { EXAMPLES, compile, load, run, symbolicText, type SelectedBlock } from './index.ts';

// The reference's count-down program, followed through every stage.
const SOURCE = EXAMPLES.find((e) => e.id === 'countdown')!.source;
const c = compile(SOURCE);

function rendered(b: SelectedBlock): string {
  return b.items.map((i) => (i.kind === 'label' ? `${i.label}:` : symbolicText(i))).join(' ');
}

describe('the count-down program at every stage', () => {
  it('compiles without a word of complaint', () => {
    expect(c.diagnostics).toEqual([]);
  });

  it('Translation: tokens, punctuation as words', () => {
    expect(c.tokens.map((t) => `${t.kind}:${t.text}`).join(' ')).toBe(
      'word:DATA punct:. word:COUNTER word:IS number:10 punct:. word:PROCEDURE punct:. ' +
        'word:PERFORM word:COUNT-DOWN word:UNTIL word:COUNTER word:IS word:LESS word:THAN number:1 punct:. ' +
        'word:DISPLAY string:"LIFT OFF!" punct:. word:STOP punct:. word:COUNT-DOWN punct:. ' +
        'word:DISPLAY word:COUNTER punct:. word:SUBTRACT number:1 word:FROM word:COUNTER punct:.',
    );
    expect(c.tokens[8]).toEqual({
      kind: 'word',
      text: 'PERFORM',
      value: 'PERFORM',
      line: 4,
      column: 1,
      start: 32,
      end: 39,
    });
    expect(c.tokens[18]).toEqual({
      kind: 'string',
      text: '"LIFT OFF!"',
      value: 'LIFT OFF!',
      line: 5,
      column: 9,
      start: 89,
      end: 100,
    });
  });

  it('Translation: the syntax tree, every node with its span', () => {
    expect(c.tree.data).toMatchObject([
      { type: 'data', name: 'COUNTER', value: { type: 'number', text: '10' }, line: 2, start: 6, end: 19 },
    ]);
    expect(
      c.tree.body.map((b) => (b.type === 'paragraph' ? `¶${b.name}` : b.statements.map((s) => s.type).join())),
    ).toEqual(['perform', 'display', 'stop', '¶COUNT-DOWN', 'display', 'subtract']);
    expect(c.tree.body[0]).toMatchObject({
      type: 'sentence',
      operation: null,
      start: 32,
      end: 80,
      statements: [
        {
          type: 'perform',
          id: 0,
          verb: 'PERFORM',
          start: 32,
          end: 79,
          paragraph: { name: 'COUNT-DOWN', start: 40, end: 50 },
          times: null,
          until: {
            relation: 'less',
            negated: false,
            left: { type: 'name', name: 'COUNTER', line: 4, column: 26 },
            right: { type: 'number', text: '1', start: 78, end: 79 },
          },
        },
      ],
    });
    expect(c.glossary?.paragraphs.get('COUNT-DOWN')).toMatchObject({ start: 3, end: 5 });
    expect(c.glossary?.exits).toEqual([5]);
  });

  it('Selection: one template per statement, operands still by name', () => {
    expect(c.selection?.blocks.map((b) => `${b.template}: ${rendered(b)}`)).toEqual([
      'perform-until-less: B0: S0:TEST: L COUNTER B =1 T →E0 R →X5 U →B3 B =U →B5 C →X5 U →S0:TEST E0:',
      'display: B1: PR ="LIFT OFF!" PL E1:',
      'stop: B2: ST E2:',
      'display: B3: PR COUNTER PL E3:',
      'subtract: B4: B COUNTER S =1 C COUNTER E4:',
      'exit-switch: X5: U →B5',
      'end: B5: ST',
    ]);
  });

  it('Allocation: data from 500, constants once each from 800, labels in code', () => {
    expect(c.allocation?.entries.map((e) => [e.address, e.kind, e.name, e.value, e.usedBy.map((u) => u.line)])).toEqual(
      [
        [500, 'box', 'COUNTER', '10', [4, 8, 9]],
        [800, 'constant', '1', '1', [4, 9]],
        [801, 'constant', 'U 017', 'U 017', [4]],
        [802, 'constant', '"LIFT OFF!"', '"LIFT OFF!"', [5]],
      ],
    );
    expect(c.allocation?.labels).toEqual({
      B0: 0,
      'S0:TEST': 0,
      E0: 8,
      B1: 8,
      E1: 10,
      B2: 10,
      E2: 11,
      B3: 11,
      E3: 13,
      B4: 13,
      E4: 16,
      X5: 16,
      B5: 17,
    });
  });

  it('Processing: machine code, each order tied to its line', () => {
    expect(c.program?.orders.map((o) => `${o.text}${o.step ? '*' : ''} @${o.line}`)).toEqual([
      'L 500* @4',
      'B 800 @4',
      'T 008 @4',
      'R 016 @4',
      'U 011 @4',
      'B 801 @4',
      'C 016 @4',
      'U 000 @4',
      'PR 802* @5',
      'PL 000 @5',
      'ST 000* @6',
      'PR 500* @8',
      'PL 000 @8',
      'B 500* @9',
      'S 800 @9',
      'C 500 @9',
      'U 017 @9',
      'ST 000 @9',
    ]);
    expect(c.program?.orders[3]).toMatchObject({ untilBody: 0, span: { start: 32, end: 79 }, operation: null });
    expect(c.program?.orders[2]).toMatchObject({ untilDone: 0 });
  });

  it('Processing: the Edited Record', () => {
    expect(c.editedRecord).toEqual([
      {
        operation: null,
        verb: 'PERFORM',
        line: 4,
        start: 0,
        end: 7,
        jumps: [{ from: 4, to: 11, operation: null, paragraph: 'COUNT-DOWN' }],
        constants: [
          { address: 800, value: '1' },
          { address: 801, value: 'U 017' },
        ],
      },
      {
        operation: null,
        verb: 'DISPLAY',
        line: 5,
        start: 8,
        end: 9,
        jumps: [],
        constants: [{ address: 802, value: '"LIFT OFF!"' }],
      },
      { operation: null, verb: 'STOP', line: 6, start: 10, end: 10, jumps: [], constants: [] },
      { operation: null, verb: 'DISPLAY', line: 8, start: 11, end: 12, jumps: [], constants: [] },
      {
        operation: null,
        verb: 'SUBTRACT',
        line: 9,
        start: 13,
        end: 15,
        jumps: [],
        constants: [{ address: 800, value: '1' }],
      },
    ]);
  });

  it('runs: 33 steps, 146 orders, about 1.14 s on a 1951 UNIVAC (mostly printing)', () => {
    // Steps: 11 loop tests + 10 × (DISPLAY, SUBTRACT) + DISPLAY + STOP.
    // Orders: 10 × 14 for each turn of the loop + the last test (3) + PR, PL, ST.
    const snap = load(SOURCE).run();
    expect(snap).toMatchObject({ status: 'stopped', steps: 33, orders: 146, estimatedMicroseconds: 1_142_450 });
    for (const engine of ['machine', 'interpreter'] as const) {
      expect(run(SOURCE, { engine, maxSteps: 33 }).status).toBe('stopped');
      expect(run(SOURCE, { engine, maxSteps: 32 }).status).toBe('step-limit');
    }
  });
});
