/**
 * The block pass of mounting (spec §3.3): `(` `(?` … `)` become loops closed by a
 * `CB` card, and `{` `{?` … `}{` … `}` become skips opened by `CF` cards.
 */
import { diagnose } from './diagnostics.ts';
import { attendantCard, type Card } from './load.ts';
import type { Complain } from './mount.ts';

interface Frame {
  which: '(' | '{';
  cond: boolean;
  start: number;
  startCard: Card;
  inElse: boolean;
  elsePos: number;
  elseCard: Card | null;
}

/**
 * The block translation of spec §3.3, done in one forward pass. Cards the
 * reference inserts just after a block's start card (or its `}{`) are attached
 * to that card and placed when the chain is flattened; `pos` counts the cards
 * already inserted, so distances and complaint numbers come out the same.
 */
export function blockPass(chain: Card[], complain: Complain): Card[] {
  const out: Card[] = [];
  const after = new Map<Card, Card>();
  const open: Frame[] = [];
  let attached = 0;
  for (const card of chain) {
    const text = card.text;
    const first = text.charAt(0);
    const pos = out.length + attached;
    if (first === '(' || first === '{') {
      open.push({
        which: first,
        cond: text.charAt(1) === '?',
        start: pos,
        startCard: card,
        inElse: false,
        elsePos: 0,
        elseCard: null,
      });
      card.text = `. ${text} Translated by attendant`;
      out.push(card);
      continue;
    }
    const top = open[open.length - 1];
    if ((first !== ')' && first !== '}') || top === undefined) {
      out.push(card);
      continue;
    }
    const closer = top.which === '(' ? ')' : '}';
    const sign = top.cond ? '?' : '+';
    card.text = `. ${text} Translated by attendant`;
    if (top.inElse) {
      if (first !== '}')
        complain(diagnose('elseMismatch', 'error', card, { elseLine: top.elseCard?.line ?? 0, expected: '}' }));
      const elseCard = attendantCard(`CF+${pos - top.elsePos - 1}`, card.line, card.file);
      after.set(top.elseCard as Card, elseCard);
      attached++;
      out.push(card);
      open.pop();
      continue;
    }
    if (first !== closer) {
      complain(
        diagnose('blockMismatch', 'error', card, { which: top.which, expected: closer, startLine: top.startCard.line }),
      );
    }
    if (top.which === '(') {
      out.push(attendantCard(`CB${sign}${pos - top.start}`, card.line, card.file), card);
      open.pop();
      continue;
    }
    const isElse = text.startsWith('}{');
    after.set(
      top.startCard,
      attendantCard(`CF${sign}${(isElse ? 1 : 0) + pos - top.start}`, top.startCard.line, top.startCard.file),
    );
    attached++;
    out.push(card);
    if (isElse) {
      top.inElse = true;
      top.elsePos = pos;
      top.elseCard = card;
    } else open.pop();
  }
  // Blocks still open at the end: innermost first; an unterminated else part is silent.
  for (let i = open.length - 1; i >= 0; i--) {
    const f = open[i] as Frame;
    if (!f.inElse)
      complain(diagnose('blockNotClosed', 'error', f.startCard, { expected: f.which === '(' ? ')' : '}' }));
  }
  if (after.size === 0) return out;
  const flat: Card[] = [];
  for (const card of out) {
    flat.push(card);
    const extra = after.get(card);
    if (extra) flat.push(extra);
  }
  return flat;
}
