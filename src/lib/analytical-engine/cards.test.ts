import { describe, expect, it } from 'vitest';
import { MAX, out, problems, run } from './engine.test-support.ts';
import { runDeck } from './index.ts';

describe('number cards', () => {
  it('store a value; the column may be written many ways', () => {
    expect(out(['N+5 3', 'N 6 4', 'N007 5', '+', 'L5', 'L6', 'S1', 'L1', 'L7', 'P'])).toBe('12\n');
  });

  it('read a value they cannot parse as 0 (with a warning) and accept one leading +', () => {
    const r = run(['N3 abc', 'N4 +-4', 'N5 1e5', '+', 'L3', 'L4', 'P', 'L5', 'L4', 'P']);
    expect(r.output).toBe('-4\n-4\n');
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.params['value']])).toEqual([
      ['numberReadAsZero', 'warning', 1, 'abc'],
      ['numberReadAsZero', 'warning', 3, '1e5'],
    ]);
  });

  it('accept 50 figures and refuse 51', () => {
    expect(out([`N1 -${MAX}`, '+', 'L1', 'L0', 'P'])).toBe(`-${MAX}\n`);
    expect(problems([`N1 1${'0'.repeat(50)}`])).toEqual([['numberTooLong', 1]]);
  });

  it('need exactly a column and a value; a comment needs a full stop and a space', () => {
    expect(problems(['N5 3 4'])).toEqual([['badNumber', 1]]);
    expect(problems(['. ok', 'N5'])).toEqual([['badNumber', 2]]);
    expect(problems(['N1x 3'])).toEqual([['badNumber', 1]]);
    expect(problems(['N001 203 the number'])).toEqual([['badNumber', 1]]);
    expect(out(['N2 7. seven', '+', 'L2', 'L0', 'P'])).toBe('7\n');
  });

  it('refuse a column outside 0–999', () => {
    const r = run(['N1000 3']);
    expect(r.diagnostics).toMatchObject([{ code: 'columnOutOfRange', line: 1, params: { column: 1000 } }]);
    expect(problems(['N-1 3'])).toEqual([['columnOutOfRange', 1]]);
  });

  it('keep negative zero: 0 in the default format, -0 under a picture', () => {
    expect(out(['N5 -0', 'L5', 'P', 'A write numbers as 9', 'P'])).toBe('0\n-0\n');
  });
});

describe('operation cards', () => {
  it('have three spellings for × and two for ÷, and ignore the rest of the card', () => {
    const deck = (op: string, store = 'S3') => ['N1 12', 'N2 5', op, 'L1', 'L2', store, 'P'];
    expect(out(deck('×'))).toBe('60\n');
    expect(out(deck('*'))).toBe('60\n');
    expect(out(deck('xyz'))).toBe('60\n');
    expect(out(deck('÷', "S4'"))).toBe('2\n');
    expect(out(deck('/ divide', "S4'"))).toBe('2\n');
    expect(out(deck('-5'))).toBe('7\n');
    expect(out(deck('+ . add'))).toBe('17\n');
  });

  it('stay latched, so every later pair of loads runs the same operation', () => {
    expect(out(['N1 2', '+', 'L1', 'L1', 'P', 'L1', 'L1', 'P', 'S1', 'L1', 'L1', 'P'])).toBe('4\n4\n8\n');
  });

  it('start a new pair: + L2 - L3 L2 computes V3 − V2', () => {
    expect(out(['N2 2', 'N3 30', '+', 'L2', '-', 'L3', 'L2', 'P'])).toBe('28\n');
  });
});

describe('variable cards', () => {
  it('accept a comment, blanks and a prime', () => {
    expect(out(['N2 9', 'L2. load', 'P', 'L 2 ', 'P', "L 2 '", 'P'])).toBe('9\n9\n9\n');
  });

  it('refuse a bad column, a doubled prime and a column past 999', () => {
    expect(problems(['L'])).toEqual([['badVariable', 1]]);
    expect(problems(['Lx'])).toEqual([['badVariable', 1]]);
    expect(problems(["L5''"])).toEqual([['badVariable', 1]]);
    expect(problems(["S'"])).toEqual([['badVariable', 1]]);
    expect(problems(['L99999999999'])).toEqual([['badVariable', 1]]);
    expect(problems(['. fine', 'L1000'])).toEqual([['columnOutOfRange', 2]]);
    expect(problems(['Z-1'])).toEqual([['columnOutOfRange', 1]]);
  });

  it('Z loads the old value, then clears the column', () => {
    expect(out(['N1 7', '+', 'Z1', 'L1', 'P', 'L1', 'L1', 'P'])).toBe('7\n0\n');
  });

  it('S stores the egress axis and can repeat; S′ stores the primed one', () => {
    expect(out(['N1 17', 'N2 5', '÷', 'L1', 'L2', 'S3', 'P', "S5'", 'P', 'S4', 'P', '+', 'L3', 'L4', 'P'])).toBe(
      '2\n3\n2\n4\n',
    );
  });

  it('a primed load before the first load of a pair is lost', () => {
    expect(out(['N1 7', 'N2 1', 'N3 2', '/', 'L1', "L2'", 'L3', "S4'", 'P', "L2'", 'L1', 'L3', "S4'", 'P'])).toBe(
      `5${'0'.repeat(48)}3\n3\n`,
    );
  });

  it('without an operation the crank passes the second value through', () => {
    expect(out(['N1 4', 'N2 6', 'L1', 'L2', 'S3', 'L3', 'P'])).toBe('6\n');
  });
});

describe('stepping cards', () => {
  it('shift left before a divisor and right after a product', () => {
    expect(out(['N1 15', 'N2 4', '*', 'L1', 'L2', '>1', 'P', '/', 'L1', '<2', 'L2', "S3'", 'P'])).toBe('6\n375\n');
  });

  it('>0 shifts the ingress axes, not the product', () => {
    expect(out([`N8 ${MAX}`, '*', 'L8', 'L8', '>0', 'P'])).toBe(`${MAX}\n`);
  });

  it('truncate toward zero on a right shift, for negatives too', () => {
    expect(out(['N1 -19', 'N2 1', '*', 'L1', 'L2', '>1', 'P'])).toBe('-1\n');
  });

  it('refuse a count with blanks, a missing count or one over 100', () => {
    expect(problems(['< 5'])).toEqual([['badStep', 1]]);
    expect(problems(['<5 '])).toEqual([['badStep', 1]]);
    expect(problems(['>101'])).toEqual([['badStep', 1]]);
    expect(problems(['<-1'])).toEqual([['badStep', 1]]);
    expect(out(['>3 . three places', 'P'])).toBe('0\n');
  });

  it('a bare < or > takes the decimal places set before it', () => {
    expect(out(['A set decimal places to 2', 'N1 1.50', 'N2 2.00', '*', 'L1', 'L2', '>', 'P'])).toBe('300\n');
    expect(problems(['<'])).toEqual([['decimalPlacesNotSet', 1]]);
  });
});

describe('combinatorial cards', () => {
  const tick = (s: string) => `A write annotation ${s}`;

  it('CF+k skips the k cards after it; every card counts, comments too', () => {
    expect(out([tick('1'), 'CF+2', tick('2'), '. a comment', tick('3'), '', 'CF1 1', tick('4'), tick('5')])).toBe(
      '1\n3\n5\n',
    );
  });

  it('CB+k counts itself: CB?7 repeats the six cards before it', () => {
    const r = run(['N1 3', 'N2 1', '-', 'L1', 'L2', 'S1', 'L0', 'L1', tick('tick'), 'CB?7 . again while V1 > 0']);
    expect(r.output).toBe('tick\ntick\ntick\n');
    expect(r.status).toBe('finished');
  });

  it('may not land on the end of the deck', () => {
    expect(problems([tick('a'), 'CF+1', tick('b')])).toEqual([['fellOffDeck', 2]]);
    expect(problems(['CB+2'])).toEqual([['fellOffDeck', 1]]);
    expect(problems(['. x', 'CB+-2147483648'])).toEqual([['fellOffDeck', 2]]);
  });

  it('a negative count that leaves the deck ends the run quietly', () => {
    expect(run([tick('a'), 'CF+-3', tick('b')])).toMatchObject({ output: 'a\n', status: 'finished', diagnostics: [] });
    expect(run(['CF+2147483647', tick('b')])).toMatchObject({ output: '', status: 'finished' });
  });

  it('an unreadable count is −1: CB+x skips the next card, CF+x repeats itself', () => {
    const r = run(['CB+x', tick('skipped'), tick('run')]);
    expect(r.output).toBe('run\n');
    expect(r.diagnostics).toMatchObject([{ code: 'badSkipCount', severity: 'warning', line: 1 }]);
    const loop = run(['CF+x', tick('never')], { maxCards: 50 });
    expect(loop.status).toBe('limit');
    expect(loop.cardsRun).toBe(50);
  });

  it('CF? and CB? act only when the run-up lever is set', () => {
    expect(out(['N1 1', '-', 'L0', 'L1', 'CF?1', tick('clear'), tick('after')])).toBe('after\n');
    expect(out(['N1 1', '-', 'L1', 'L0', 'CF?1', tick('clear'), tick('after')])).toBe('clear\nafter\n');
  });

  it('refuse a card of the wrong shape', () => {
    for (const card of ['C', 'CF+', 'CF1', 'Cf+1', 'CX+1', 'CF-1']) expect(problems([card])).toEqual([['badSkip', 1]]);
  });
});

describe('action cards', () => {
  it('P prints the current axis: the loaded value, or the remainder after ÷', () => {
    expect(out(['N1 17', 'N2 5', 'P', 'L1', 'P', '÷', 'L1', 'L2', 'P'])).toBe('0\n17\n2\n');
  });

  it('B rings the bell without a new line', () => {
    expect(out(['B', 'B bell'])).toBe('\x07\x07');
  });

  it('H halts, with its message trimmed', () => {
    expect(run(['H  stop here  ', 'P'])).toMatchObject({ output: 'Halt: stop here\n', status: 'halted' });
    expect(out(['Halt'])).toBe('Halt: alt\n');
    expect(run(['H . comment', 'P'])).toMatchObject({ output: '', status: 'halted' });
    expect(out(['H. x'])).toBe('');
  });
});

describe('trace cards', () => {
  it('T1 traces from the next card; T0 is traced; any other T is off', () => {
    expect(out(['T1', 'P', 'T0', 'P'])).toBe('Card:  2. (DECK.ae:2) P\n0\nCard:  3. (DECK.ae:3) T0\n0\n');
    expect(out(['T 1', 'P'])).toBe('0\n');
    expect(out(['T1 . on', 'T'])).toBe('Card:  2. (DECK.ae:2) T\n');
  });

  it('show Z reading, the crank, then the zeroing', () => {
    expect(out(['N1 6', '*', 'L1', 'T1', 'Z1', 'T0'], { deckName: 'z.ae' })).toBe(
      [
        'Card:  5. (z.ae:5) Z1',
        'Store: Mill <= V1(6)',
        'Mill:  6 × 6 = 36',
        'Store: V1 = 0',
        'Card:  6. (z.ae:6) T0',
        '',
      ].join('\n'),
    );
  });

  it('show division with its dividend, shifts, and the lever on + and −', () => {
    const lines = out(['N1 7', 'N2 2', 'T1', '/', 'L1', '<1', 'L2', '>1', '-', 'L0', 'L2', 'T0']).split('\n');
    expect(lines.filter((l) => l.startsWith('Mill:'))).toEqual([
      'Mill:  7 < 1 = 70',
      'Mill:  70 / 2 = 35, Rem: 0',
      `Mill:  35${'0'.repeat(50)} > 1 = 35${'0'.repeat(49)}`,
      'Mill:  0 - 2 = -2 Run up',
    ]);
  });

  it('labels attendant cards as 0. (Attendant:1)', () => {
    expect(out(['T1', '{', '}'])).toBe(
      'Card:  2. (DECK.ae:2) . { Translated by attendant\nCard:  0. (Attendant:1) CF+1\n',
    );
  });
});

describe('curve-drawing cards', () => {
  it('draw nothing without a view, and refuse an unknown action', () => {
    expect(run(['D', 'DX', 'DY', 'D+', 'D-', 'D . pen', 'P'])).toMatchObject({ output: '0\n', status: 'finished' });
    expect(problems(['DQ'])).toEqual([['badCurve', 1]]);
  });
});

describe('attendant requests at run time', () => {
  it('write annotations, rows or columns, and new lines', () => {
    expect(out(['A write in columns', 'A write annotation a', 'P', 'A write new lines', 'A write in rows', 'P'])).toBe(
      'a0\n0\n',
    );
  });

  it('keep trailing blanks and "comments" in annotations and pictures', () => {
    expect(out(['N1 5', 'L1', 'A write annotation x . y  ', 'A write numbers as 99 . two', 'P'])).toBe(
      'x . y  \n05 . two\n',
    );
  });

  it('are case-insensitive but need an upper-case A and fixed spacing', () => {
    expect(out(['A WRITE ANNOTATION Hi'])).toBe('Hi\n');
    expect(problems(['a write annotation x'])).toEqual([['unknownCard', 1]]);
    expect(problems(['A  write annotation x'])).toEqual([['attendantNotUnderstood', 1]]);
    expect(problems(['A write annotation'])).toEqual([['attendantNotUnderstood', 1]]);
    expect(problems(['A set decimal places 3'])).toEqual([['attendantNotUnderstood', 1]]);
  });

  it('an empty picture goes back to the default format', () => {
    expect(out(['N1 -5', 'L1', 'A write numbers as 9.99', 'P', 'A write numbers as ', 'P'])).toBe('-0.05\n-5\n');
  });
});

describe('comment cards and the card reader', () => {
  it('skip cards that start with a space, a full stop, or nothing', () => {
    expect(run([' P', '.P', '', 'P'])).toMatchObject({ output: '0\n', cardsRun: 4 });
  });

  it('treat a card that starts with a TAB as unknown', () => {
    expect(problems(['\tP'])).toEqual([['unknownCard', 1]]);
  });

  it('end cards at LF, CR or CR LF; a last line without one is a card', () => {
    expect(runDeck('P\rP\r\nP\nP').output).toBe('0\n0\n0\n0\n');
  });
});
