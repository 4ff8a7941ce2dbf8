import { describe, expect, it } from 'vitest';
import { runDeck } from '../index';
import { akiyamaTanigawa, type Fraction } from './bernoulli.test-support';
import { deckCards, noteGDeck, noteGDeckWithPlan } from './deck';
import { DECK_CAPACITY } from './deck-plan';

const MODERN = akiyamaTanigawa(2 * DECK_CAPACITY);

/** A printed fixed-point number "-0.0333…" as the fraction digits / 10^places. */
function printed(text: string, places: number): Fraction {
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  expect(fraction).toHaveLength(places);
  const n = BigInt(`${whole}${fraction}`);
  return [text.startsWith('-') ? -n : n, 10n ** BigInt(places)];
}

/** |a − b| in units of 10^−places, as an exact fraction [numerator, denominator]. */
function distance([an, ad]: Fraction, [bn, bd]: Fraction, places: number): Fraction {
  const n = (an * bd - bn * ad) * 10n ** BigInt(places);
  return [n < 0n ? -n : n, ad * bd];
}

/** The exact value rounded half away from zero to `places`, in units of 10^−places. */
function rounded([n, d]: Fraction, places: number): bigint {
  const scaled = (n < 0n ? -n : n) * 10n ** BigInt(places);
  const q = (2n * scaled + d) / (2n * d);
  return n < 0n ? -q : q;
}

function runAndRead(upTo: number, decimalPlaces: number) {
  const { deck, plan } = noteGDeckWithPlan({ upTo, decimalPlaces });
  const run = runDeck(deck);
  const lines = run.output.split('\n').filter((l) => l !== '');
  return { plan, run, lines };
}

describe('the Note G deck on the Analytical Engine', () => {
  it.each([
    [1, 40],
    [2, 30],
    [10, 20],
    [13, 20],
    [16, 10],
  ])('prints B1 … B(2·%i − 1) to %i places, each within one unit of the truth', (upTo, places) => {
    const { plan, run, lines } = runAndRead(upTo, places);
    expect(run.diagnostics).toEqual([]);
    expect(run.status).toBe('finished');
    expect(plan.upTo).toBe(upTo);
    expect(lines).toHaveLength(upTo);
    lines.forEach((line, i) => {
      const n = i + 1;
      const match = /^B(\d+) = (-?\d+\.\d+)$/.exec(line);
      expect(match?.[1]).toBe(String(2 * n - 1));
      const value = printed(match![2]!, places);
      const truth = MODERN[2 * n]!;
      // The Engine's stepping card ">k" cuts toward zero, so the last place may be one below the
      // rounded value; the planned error bound (under a tenth of a unit) adds nothing more.
      const [dn, dd] = distance(value, truth, places);
      expect(dn * 10n < 11n * dd, `${line} vs ${truth.join('/')}`).toBe(true);
      const off = value[0] - rounded(truth, places);
      expect(off >= -1n && off <= 1n, line).toBe(true);
    });
  });

  it('starts with the numbers Lovelace gives: B1 = 1/6, B3 = −1/30, B5 = 1/42, B7 = −1/30', () => {
    const { lines } = runAndRead(4, 20);
    expect(lines).toEqual([
      'B1 = 0.16666666666666666666',
      'B3 = -0.03333333333333333333',
      'B5 = 0.02380952380952380952',
      'B7 = -0.03333333333333333333',
    ]);
  });

  it('lowers upTo where 50-digit columns cannot hold the places asked for', () => {
    const { plan, lines } = runAndRead(20, 20);
    expect(plan.upTo).toBeLessThan(20);
    expect(plan.errorBound).toBeLessThanOrEqual(0.1);
    expect(lines).toHaveLength(plan.upTo);
  });

  it('is not unrolled: only its number cards change with upTo', () => {
    const cards = (upTo: number): string[] => deckCards(noteGDeck({ upTo, decimalPlaces: 10 }));
    const small = cards(2);
    const large = cards(14);
    expect(large).toHaveLength(small.length);
    const program = (list: string[]): string[] => list.filter((c) => !/^(N|[<>]\d|A set )/.test(c));
    expect(program(large)).toEqual(program(small));
    expect(small.filter((c) => c.startsWith('C'))).toHaveLength(5);
  });

  it('runs its loops with the lever: combinatorial cards, no branch cards of her own', () => {
    const cards = deckCards(noteGDeck());
    expect(cards.filter((c) => /^C[FB]\?\d+$/.test(c))).toHaveLength(5);
    expect(cards.filter((c) => /^C[FB][+1]/.test(c))).toEqual([]);
  });
});
