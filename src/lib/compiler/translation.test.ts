import { describe, expect, it } from 'vitest';
import { EXAMPLES, KEYWORDS, MAX_DIAGNOSTICS, SAMPLE_PROBLEM_1, compile, run } from './index.ts';
import { tokenize } from './lexer.ts';

const kinds = (source: string) => tokenize(source).map((t) => `${t.kind}:${t.text}`);

describe('tokens', () => {
  it('make punctuation a word of its own and join hyphenated names', () => {
    expect(kinds('MOVE UNIT-PRICE (B) TO UNIT-PRICE (C) .')).toEqual([
      'word:MOVE',
      'word:UNIT-PRICE',
      'punct:(',
      'word:B',
      'punct:)',
      'word:TO',
      'word:UNIT-PRICE',
      'punct:(',
      'word:C',
      'punct:)',
      'punct:.',
    ]);
  });

  it('tell a decimal point from the period that ends a sentence', () => {
    expect(kinds('COUNTER IS 10.\nX IS 2.5.')).toEqual([
      'word:COUNTER',
      'word:IS',
      'number:10',
      'punct:.',
      'word:X',
      'word:IS',
      'number:2.5',
      'punct:.',
    ]);
  });

  it('read -5 as a number but a lone minus as a symbol', () => {
    expect(kinds('ADD -5 TO X.')).toContain('number:-5');
    expect(kinds('X - 5')).toEqual(['word:X', 'symbol:-', 'number:5']);
    expect(kinds('5-3')).toEqual(['number:5', 'symbol:-', 'number:3']);
  });

  it('keep text in straight or curly double quotes', () => {
    const [straight, curly] = tokenize('"HELLO, WORLD!" “HI”');
    expect(straight).toMatchObject({ kind: 'string', value: 'HELLO, WORLD!', start: 0, end: 15 });
    expect(curly).toMatchObject({ kind: 'string', value: 'HI', column: 17 });
  });

  it('count lines like the editor (\\n, \\r\\n, a lone \\r) and columns in UTF-16 units', () => {
    const tokens = tokenize('A\r\nB\rC\n😀 D');
    expect(tokens.map((t) => [t.text, t.line, t.column])).toEqual([
      ['A', 1, 1],
      ['B', 2, 1],
      ['C', 3, 1],
      ['😀', 4, 1],
      ['D', 4, 4],
    ]);
    expect(tokens[3]).toMatchObject({ kind: 'bad', problem: 'strangeCharacter' });
  });

  it('allow names in any alphabet, in any case', () => {
    const c = compile('DATA.\nniños IS 3.\nPROCEDURE.\nDISPLAY NIÑOS.\nStop.');
    expect(c.diagnostics).toEqual([]);
    expect(run('DATA.\nniños IS 3.\nPROCEDURE.\ndisplay NIÑOS "años".').output).toEqual(['3 años']);
  });

  it('are shared with the editor through KEYWORDS', () => {
    expect(KEYWORDS).toEqual(expect.arrayContaining(['DISPLAY', 'READ-ITEM', 'OTHERWISE', 'GIVING', 'END']));
  });
});

describe('the syntax tree', () => {
  it('reads Sample Problem 1 as printed, line breaks inside sentences and all', () => {
    const c = compile(SAMPLE_PROBLEM_1.source);
    expect(c.diagnostics).toEqual([]);
    const sentences = c.tree.body.filter((b) => b.type === 'sentence');
    expect(sentences.map((s) => s.operation)).toEqual([...Array(18).keys()]);
    expect(sentences[0]?.statements.map((s) => s.type)).toEqual(['input', 'output', 'hsp']);
    expect(sentences[0]?.statements[1]).toMatchObject({
      files: [
        { name: 'PRICED-INV', letter: 'C' },
        { name: 'UNPRICED-INV', letter: 'D', line: 1 },
      ],
    });
    expect(sentences[1]?.statements[0]).toMatchObject({
      type: 'compare',
      left: { type: 'field', name: 'PRODUCT-NO', file: 'A' },
      branches: [
        { when: 'greater', target: { kind: 'operation', number: 10 } },
        { when: 'equal', target: { kind: 'operation', number: 5 }, line: 4 },
        { when: 'otherwise', target: { kind: 'operation', number: 2 } },
      ],
    });
    expect(sentences[8]?.statements[0]).toMatchObject({ type: 'readItem', atEnd: { number: 14 } });
    expect(sentences[12]?.statements[0]).toMatchObject({
      type: 'set',
      operation: { number: 9 },
      target: { number: 2 },
    });
    expect(sentences[14]?.statements[0]).toMatchObject({
      type: 'compare',
      verb: 'TEST',
      right: { type: 'word', value: 'ZZZZZZZZZZZZ' },
    });
    expect(sentences[17]).toMatchObject({
      statements: [{ type: 'stop' }],
      end: SAMPLE_PROBLEM_1.source.trimEnd().length,
    });
  });

  it('gives an IF everything up to its period, with OTHERWISE or ELSE', () => {
    const c = compile(
      'DATA.\nX IS 1.\nPROCEDURE.\nIF X IS NOT LESS THAN 2 THEN DISPLAY 1 ; DISPLAY 2\n  ELSE DISPLAY 3 MOVE 4 TO X.',
    );
    expect(c.diagnostics).toEqual([]);
    const sentence = c.tree.body[0];
    expect(sentence).toMatchObject({
      type: 'sentence',
      statements: [
        {
          type: 'if',
          condition: { relation: 'less', negated: true },
          then: [{ type: 'display' }, { type: 'display' }],
          otherwise: [{ type: 'display' }, { type: 'move' }],
        },
      ],
    });
  });

  it('numbers statements in source order, nested ones included', () => {
    const c = compile('DATA.\nX IS 1.\nPROCEDURE.\nIF X IS EQUAL TO 1 DISPLAY 1 OTHERWISE DISPLAY 2.\nSTOP.');
    expect(c.glossary?.byId.map((s) => `${s.id}:${s.type}`)).toEqual(['0:if', '1:display', '2:display', '3:stop']);
  });
});

describe('mistakes', () => {
  it('are reported one sentence at a time, recovering at the next period, first error first', () => {
    const c = compile('PROCEDURE.\nDISPLAY "A" + 1.\nDISPLY "B".\nMOVE 1 TO.\nDISPLAY "OK".\nADD 1 TO 2 TO 3.');
    expect(c.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['symbol', 2],
      ['unknownVerb', 3],
      ['expectedValue', 4],
      ['needsName', 6],
      ['unexpectedWord', 6],
    ]);
    expect(c.selection).toBeNull();
    expect(c.program).toBeNull();
  });

  it('point at the exact words', () => {
    const source = 'DATA.\nCOOKIES IS 1.\nPROCEDURE.\nDISPLAY COOKIES COOKEIS.';
    const [d] = compile(source).diagnostics;
    expect(d).toMatchObject({ code: 'unknownBox', line: 4, column: 17 });
    expect(source.slice(d!.span.start, d!.span.end)).toBe('COOKEIS');
  });

  it('put errors before warnings', () => {
    const c = compile('DATA.\nA-VERY-LONG-NAME IS 1.\nPROCEDURE.\nDISPLAY NOPE.');
    expect(c.diagnostics.map((d) => d.severity)).toEqual(['error', 'warning']);
  });

  it('do not stop the next line when only a period is missing', () => {
    const c = compile('PROCEDURE.\nDISPLAY "A"\nDISPLAY "B"\nDISPLY "C".');
    expect(c.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['missingPeriod', 2],
      ['missingPeriod', 3],
      ['unknownVerb', 4],
    ]);
  });

  it('stop at a hundred, however long the program', () => {
    const c = compile('PROCEDURE.\n' + 'DISPLY 1.\n'.repeat(500));
    expect(c.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
  });

  it('let warnings through to the run', () => {
    const r = run('PROCEDURE.\nDISPLAY "A".\nNEXT-PART.\nDISPLAY "B".');
    expect(r).toMatchObject({ status: 'stopped', output: ['A', 'B'] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['fallIntoParagraph']);
  });
});

describe('examples', () => {
  it('are the five the playground offers, each compiling cleanly', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual(['hello', 'countdown', 'cookies', 'times-table', 'sample-problem-1']);
    for (const e of EXAMPLES) expect(compile(e.source).diagnostics, e.id).toEqual([]);
  });

  it('give Sample Problem 1 its files by the names in its INPUT and OUTPUT statements', () => {
    expect(Object.keys(SAMPLE_PROBLEM_1.files)).toEqual(['INVENTORY', 'PRICE', 'PRICED-INV', 'UNPRICED-INV']);
    expect(SAMPLE_PROBLEM_1.files['PRICE']?.fields).toEqual(['PRODUCT-NO', 'UNIT-PRICE']);
    expect(SAMPLE_PROBLEM_1.files['PRICED-INV']?.records).toEqual([]);
  });
});
