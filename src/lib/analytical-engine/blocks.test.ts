import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadChain } from './load.ts';
import { mountChain } from './mount.ts';

// The block pass is done in one forward pass (blocks.ts). This test holds it to a
// literal transcription of the specification's in-place algorithm (§3.3), which
// inserts cards into the chain as it goes, on random and malformed decks.

interface RefCard {
  text: string;
  line: number;
}
type Complaint = [code: string, line: number, about?: number];

const isStart = (c: RefCard) => c.text.startsWith('(') || c.text.startsWith('{');
const isEnd = (c: RefCard) => c.text.startsWith(')') || c.text.startsWith('}');
const comment = (c: RefCard) => {
  c.text = `. ${c.text} Translated by attendant`;
};

function translate(chain: RefCard[], start: number, complaints: Complaint[]): void {
  const sc = chain[start] as RefCard;
  const which = sc.text.charAt(0);
  const sign = sc.text.charAt(1) === '?' ? '?' : '+';
  comment(sc);
  for (let i = start + 1; i < chain.length; i++) {
    const c = chain[i] as RefCard;
    if (isStart(c)) {
      translate(chain, i, complaints);
      continue;
    }
    if (!isEnd(c)) continue;
    const isElse = c.text.startsWith('}{');
    if (c.text.charAt(0) !== (which === '(' ? ')' : '}')) complaints.push(['blockMismatch', c.line, sc.line]);
    comment(c);
    if (which === '(') {
      chain.splice(i, 0, { text: `CB${sign}${i - start}`, line: 0 });
      return;
    }
    chain.splice(start + 1, 0, { text: `CF${sign}${(isElse ? 1 : 0) + i - start}`, line: 0 });
    if (!isElse) return;
    for (let j = i + 1; j < chain.length; j++) {
      const d = chain[j] as RefCard;
      if (isStart(d)) {
        translate(chain, j, complaints);
        continue;
      }
      if (!isEnd(d)) continue;
      if (!d.text.startsWith('}')) complaints.push(['elseMismatch', d.line, c.line]);
      comment(d);
      chain.splice(i + 2, 0, { text: `CF+${j - i - 1}`, line: 0 });
      return;
    }
    return;
  }
  complaints.push(['blockNotClosed', sc.line]);
}

function reference(cards: string[]): { chain: string[]; complaints: Complaint[] } {
  const chain = cards.map((text, i) => ({ text, line: i + 1 }));
  const complaints: Complaint[] = [];
  for (let i = 0; i < chain.length; i++) if (isStart(chain[i] as RefCard)) translate(chain, i, complaints);
  return { chain: chain.map((c) => c.text), complaints };
}

function engine(cards: string[]): { chain: string[]; complaints: Complaint[] } {
  const { chain, diagnostics } = mountChain(loadChain(cards.map((c) => `${c}\n`).join(''), 'DECK.ae', new Map()).chain);
  return {
    chain: chain.map((c) => c.text),
    complaints: diagnostics.map((d): Complaint => {
      const about = d.params['startLine'] ?? d.params['elseLine'];
      return about === undefined ? [d.code, d.line] : [d.code, d.line, Number(about)];
    }),
  };
}

describe('the block pass', () => {
  it('matches the specification’s in-place algorithm on the checked listing', () => {
    const deck = ['(?', '{?', 'A', '}{', '(', 'B', ')', '}', '. c', ')'];
    expect(engine(deck)).toEqual(reference(deck));
  });

  it('matches it on any deck of blocks, well formed or not', () => {
    const card = fc.constantFrom('(', '(?', '{', '{?', '}{', ')', '}', '}x', '){', 'P', '. c', '');
    fc.assert(
      fc.property(fc.array(card, { maxLength: 30 }), (cards) => {
        expect(engine(cards)).toEqual(reference(cards));
      }),
      { numRuns: 2000 },
    );
  });
});
