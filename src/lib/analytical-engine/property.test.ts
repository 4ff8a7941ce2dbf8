import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardKind, loadDeck, runDeck, type EngineSnapshot, type RunResult } from './index.ts';

const col = fc.integer({ min: 0, max: 12 }).map((n) => String(n).padStart(3, '0'));
const value = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom('-0', '9'.repeat(50), `-${'9'.repeat(50)}`, '1.5', '-.25', 'abc', '0.999'),
);

/** Cards of every kind, mostly well formed, some not. */
const card = fc.oneof(
  fc.tuple(col, value).map(([c, v]) => `N${c} ${v}`),
  fc.constantFrom('+', '-', '×', '÷', '*', '/', 'x'),
  fc.tuple(fc.constantFrom('L', 'Z', 'S'), col, fc.constantFrom('', "'")).map(([l, c, p]) => `${l}${c}${p}`),
  fc.tuple(fc.constantFrom('<', '>'), fc.integer({ min: -2, max: 102 })).map(([s, n]) => `${s}${n}`),
  fc.constantFrom('<', '>'),
  fc
    .tuple(fc.constantFrom('CF', 'CB'), fc.constantFrom('+', '?', '1'), fc.integer({ min: -3, max: 12 }))
    .map(([c, s, k]) => `${c}${s}${k}`),
  fc.constantFrom('P', 'B', 'H', 'H stop', 'T1', 'T0', 'D', 'DX', 'D+', 'DQ', 'CF+x', 'CB?'),
  fc.constantFrom('A write in columns', 'A write in rows', 'A write new line', 'A write annotation hi'),
  fc.constantFrom('A write numbers as 9.99', 'A write numbers as ±#,##9', 'A write numbers as ', 'A write nothing'),
  fc.constantFrom('A set decimal places to 2', 'A set decimal places to +1', 'A write numbers with decimal point'),
  fc.constantFrom('(', '(?', ')', '{', '{?', '}{', '}', '. comment', '', ' ', '\t', '@missing.ae', '@fixn/sqrt.ae'),
  fc.string({ maxLength: 12 }),
);

const deck = fc
  .tuple(fc.array(card, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([cards, eol]) => cards.join(eol));

const STOPPED = ['finished', 'halted', 'error', 'limit'];

function checkResult(r: RunResult, maxCards: number): void {
  expect(STOPPED).toContain(r.status);
  expect(r.cardsRun).toBeLessThanOrEqual(maxCards);
  expect(r.diagnostics.filter((d) => d.code === 'internalError')).toEqual([]);
  for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
  if (r.status === 'limit')
    expect(r.diagnostics.some((d) => d.code === 'cardLimit' || d.code === 'outputLimit')).toBe(true);
}

function finish(deckText: string, maxCards: number, chunks: number[]): EngineSnapshot {
  const s = loadDeck(deckText, { maxCards });
  let snap = s.snapshot();
  for (let i = 0; snap.status === 'ready' || snap.status === 'running'; i++) {
    const n = chunks[i % chunks.length] ?? 1;
    snap = n === 1 ? s.step() : s.run(n);
  }
  return snap;
}

describe('any deck', () => {
  it('from a card grammar runs without throwing and stops within its budget', () => {
    fc.assert(
      fc.property(deck, fc.integer({ min: 0, max: 3000 }), (text, maxCards) => {
        checkResult(runDeck(text, { maxCards }), maxCards);
      }),
      { numRuns: 400 },
    );
  });

  it('from arbitrary text runs without throwing and stops within its budget', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        checkResult(runDeck(t, { maxCards: 2000 }), 2000);
        for (const line of t.split('\n')) expect(typeof cardKind(line)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result stepped in any chunks as in one run', () => {
    fc.assert(
      fc.property(
        deck,
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }),
        (text, maxCards, chunks) => {
          const r = runDeck(text, { maxCards });
          const snap = finish(text, maxCards, chunks);
          expect({
            output: snap.output,
            status: snap.status,
            diagnostics: snap.diagnostics,
            cardsRun: snap.cardsRun,
          }).toEqual(r);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives huge input', () => {
    const huge = `N1 ${'7'.repeat(2_000_000)}\nA write numbers as ${'9'.repeat(500_000)}\nP\n${'x'.repeat(1_000_000)}`;
    const r = runDeck(huge);
    expect(r).toMatchObject({ status: 'error', diagnostics: [{ code: 'numberTooLong', line: 1 }] });
    expect(runDeck(`\u0000\u00ff\ud800${'\r'.repeat(100_000)}P`).status).toBe('error');
  });
});
