import { describe, expect, it } from 'vitest';
import { cardKind, decodeDeck, EXAMPLES, runDeck } from './index.ts';
import { javaTrim, parseJavaInt, splitLines, tokens } from './text.ts';

describe('Java-exact text helpers', () => {
  it('trim every control character but not a no-break space', () => {
    expect(javaTrim('\u0001 x \t\u001f')).toBe('x');
    expect(javaTrim('\u00a0x')).toBe('\u00a0x');
  });

  it('parse ints as Integer.parseInt does', () => {
    expect([parseJavaInt('0000005'), parseJavaInt('-0'), parseJavaInt('+7'), parseJavaInt('2147483647')]).toEqual([
      5, 0, 7, 2147483647,
    ]);
    expect(Object.is(parseJavaInt('-0'), 0)).toBe(true);
    for (const bad of ['', '+', ' 5', '5 ', '1e3', '2147483648', '٣', '0x1', '--1'])
      expect(parseJavaInt(bad)).toBe(null);
    expect(parseJavaInt(`${'0'.repeat(300)}12`)).toBe(12);
  });

  it('split tokens on space, tab, LF, CR and FF only', () => {
    expect(tokens('  5 \t 3\f\u00a0x ')).toEqual(['5', '3', '\u00a0x']);
  });

  it('split lines at LF, CR and CR LF, counting empty cards', () => {
    expect(splitLines('a\r\nb\rc\n\nd')).toEqual(['a', 'b', 'c', '', 'd']);
    expect(splitLines('P\n')).toEqual(['P']);
    expect(splitLines('P\n\n')).toEqual(['P', '']);
    expect(splitLines('a\nb\nc\n', 2)).toEqual(['a', 'b']);
  });
});

describe('decodeDeck', () => {
  it('reads UTF-8, and Latin-1 when the bytes are not UTF-8', () => {
    expect(decodeDeck(new Uint8Array([0xc3, 0x97, 0x0a]))).toBe('×\n');
    expect(decodeDeck(new Uint8Array([0xd7, 0x0a, 0xe9]))).toBe('×\né');
    expect(decodeDeck(new Uint8Array([0xef, 0xbb, 0xbf, 0x50]))).toBe('P');
  });

  it('gives a Latin-1 deck the same meaning as its UTF-8 twin', () => {
    const latin1 = new Uint8Array(
      [...'N1 6\nN2 7\n'].map((c) => c.charCodeAt(0)).concat([0xd7, 0x0a, 0x4c, 0x31, 0x0a, 0x4c, 0x32, 0x0a, 0x50]),
    );
    expect(runDeck(decodeDeck(latin1)).output).toBe('42\n');
  });
});

describe('cardKind', () => {
  it.each([
    ['N001 7', 'number'],
    ['n3 2.5', 'number'],
    ['n3 25', 'unknown'],
    ['+', 'operation'],
    ['×', 'operation'],
    ['x', 'operation'],
    ['÷', 'operation'],
    ["L001'", 'variable'],
    ['Z2', 'variable'],
    ['S3', 'variable'],
    ['<5', 'stepping'],
    ['>', 'stepping'],
    ['CB?4', 'combinatorial'],
    ['P', 'action'],
    ['B', 'action'],
    ['H stop', 'action'],
    ['T1', 'trace'],
    ['D+', 'curve'],
    ['A write annotation hi', 'attendant'],
    ['a include cards fixn/sqrt.ae', 'attendant'],
    ['@fixn/sqrt.ae', 'attendant'],
    ['a set decimal places to 3', 'attendant'],
    ['(?', 'block'],
    ['}{', 'block'],
    ['. a comment', 'comment'],
    [' indented', 'comment'],
    ['', 'blank'],
    ['   ', 'blank'],
    ['\tP', 'unknown'],
    ['p', 'unknown'],
    ['@', 'unknown'],
    ['Q', 'unknown'],
  ])('%j is %s', (text, kind) => {
    expect(cardKind(text)).toBe(kind);
  });
});

describe('EXAMPLES', () => {
  it('has the beginner decks first, then the Fourmilab ones, each with words and cards', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual([
      'add-two',
      'countdown',
      'times-table',
      'fourmilab-sqrt',
      'fourmilab-exp',
      'fourmilab-ln',
      'fourmilab-arctan',
      'fourmilab-functable',
      'fourmilab-inverse',
    ]);
    for (const e of EXAMPLES) {
      expect(e.title.length, e.id).toBeGreaterThan(3);
      expect(e.description.length, e.id).toBeGreaterThan(40);
      expect(e.deck.length, e.id).toBeGreaterThan(20);
    }
  });

  it('explains each card of add-two with a comment card above it', () => {
    const cards = (EXAMPLES[0]?.deck ?? '').trimEnd().split('\n');
    cards.forEach((card, i) => {
      if (cardKind(card) !== 'comment') expect(cardKind(cards[i - 1] ?? ''), card).toBe('comment');
    });
  });

  it('every example runs to its end with no error', () => {
    for (const e of EXAMPLES) {
      const r = runDeck(e.deck);
      expect(r.status, e.id).toBe('finished');
      expect(
        r.diagnostics.filter((d) => d.severity === 'error'),
        e.id,
      ).toEqual([]);
    }
  });
});
