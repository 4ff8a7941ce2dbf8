/**
 * A real Fourmilab card deck for Lovelace's program: the corrected table, operation by
 * operation, in fixed point, with her two loops made of combinatorial cards and the run-up
 * lever. It prints her B1, B3, B5, … one per line: `B7 = -0.03333333333333333333`.
 */
import { DECK_CAPACITY, planNoteGDeck, type NoteGDeckPlan } from './deck-plan';
import { deckCards, layOut, type Card } from './deck-cards';
import { CORRECTED_TABLE } from './table';

export { deckCards };

/** Her result columns V21, V22, … are a ring of DECK_CAPACITY columns; V105 helps turn it. */
const RING = Array.from({ length: DECK_CAPACITY }, (_, i) => 21 + i);
const [ZERO_COL, LAST, TURNS, COUNTER, SCRATCH, HAND] = [0, 101, 102, 103, 104, 105];

const col = (c: number): string => String(c).padStart(3, '0');
/** Comment cards, kept to Latin-1 so the deck also reads on the reference emulator. */
const comment = (...lines: string[]): Card[] => lines.map((l) => ({ text: `. ${l.replace(/\u2212/g, '-')}` }));
const plain = (...texts: string[]): Card[] => texts.map((text) => ({ text }));
const op = (sign: string, ...cards: string[]): Card[] => plain(sign, ...cards);

/** Moves every B one column down the ring (V21 ← V22 ← … ← V40 ← old V21). */
function turnRing(): Card[] {
  const moves = [[RING[0]!, HAND], ...RING.slice(1).map((c) => [c, c - 1]), [HAND, RING.at(-1)!]];
  return [
    { text: '+' },
    ...moves.flatMap(([from, to]) => [`L${col(from!)}`, `L${col(ZERO_COL)}`, `S${col(to!)}`].map((text) => ({ text }))),
  ];
}

/**
 * The cards for one of her operations, in fixed point with `held` places. `where` maps her
 * column to the deck's (operation 24's V24, "V(20 + n)", is V22 once the ring has turned).
 */
function operation(number: number, held: number, where: (column: number) => number = (c) => c): Card[] {
  const line = CORRECTED_TABLE[number - 1]!;
  const zeroed = new Set(line.zeroed);
  const load = (c: number): string => `${zeroed.has(c) ? 'Z' : 'L'}${col(where(c))}`;
  const [a, b] = [line.acted[0].column, line.acted[1].column];
  const into = line.received.map((r) => where(r.column));
  const name = (c: number): string => (where(c) === c ? `V${c}` : `V${where(c)} (her V${c})`);
  const head = comment(
    `Operation ${number}: ${line.received.map((r) => name(r.column)).join(', ')} = ${name(a)} ${line.sign} ${name(b)}` +
      `  ${line.statement}` +
      (zeroed.size ? `; V${[...zeroed].join(', V')} to zero (Z)` : ''),
  );
  // Columns reset without being read (operation 25's V6, V7) are cleared by Z cards after the
  // result is stored; their loads go through the Mill harmlessly.
  const reset = line.zeroed.filter((c) => c !== a && c !== b).map((c) => `Z${col(where(c))}`);
  if (line.sign === '×') return [...head, ...op('×', load(a), load(b), `>${held}`, ...stores(into, ''), ...reset)];
  if (line.sign === '÷') return [...head, ...op('÷', load(a), `<${held}`, load(b), ...stores(into, "'"), ...reset)];
  return [...head, ...op(line.sign, load(a), load(b), ...stores(into, '')), ...plain(...reset)];
}

/** S cards for the receiving columns; after ÷ the quotient is on the primed axis (S'). */
function stores(columns: readonly number[], prime: string): string[] {
  return columns.map((c) => `S${col(c)}${prime}`);
}

function ops(from: number, to: number, held: number): Card[] {
  return Array.from({ length: to - from + 1 }, (_, i) => operation(from + i, held)).flat();
}

function printResult(plan: NoteGDeckPlan): Card[] {
  const held = plan.heldPlaces;
  return [
    ...comment(`Print "B(2n - 1) = value": 2n - 1 from V2 x V3 - V1, then V22 cut to ${plan.decimalPlaces} places`),
    { text: 'A write annotation B' },
    ...op('×', 'L002', 'L003', `>${held}`, `S${col(SCRATCH)}`),
    ...op('-', `L${col(SCRATCH)}`, 'L001', `>${held}`),
    { text: 'A write numbers as 9' },
    { text: 'P' },
    { text: 'A write annotation  = ' },
    { text: `A write numbers as 9.${'9'.repeat(plan.decimalPlaces)}` },
    ...op('+', 'L022', `L${col(ZERO_COL)}`, `>${held - plan.decimalPlaces}`),
    { text: 'P' },
    { text: 'A write new line' },
  ];
}

/** The deck's cards, labels resolved later by `layOut`. */
function cards(plan: NoteGDeckPlan): Card[] {
  const h = plan.heldPlaces;
  const skipTo24 = (after: number): Card[] => [
    ...comment(`If V10 = 0 go to operation 24: V10 - V1 is below zero only when V10 = 0, and that sets the lever`),
    ...plain('L010', 'L001'),
    { text: 'CF?', to: 'op24', note: `after operation ${after}: V10 = 0, go to operation 24` },
  ];
  return [
    ...comment(
      "Ada Lovelace's Note G (1843): the Bernoulli numbers B1, B3, B5, ... on the Analytical Engine.",
      `This deck computes B1 ... B${2 * plan.upTo - 1} with her corrected table (operation 4 is V4 / V5,`,
      'operation 24 is V24 = 0 - V13). Each group of cards below is one line of her table; its',
      'comment gives her statement of the result as printed for n = 4 (B7).',
      `Fixed point: a number x is held as the whole number x * 10^${h} in a 50-digit column.`,
      `So after x the product has ${2 * h} places and ">${h}" steps it back down; before / the`,
      `dividend is stepped up with "<${h}" so the quotient keeps ${h} places (it comes out on the`,
      "primed axis: S'). Only the first " + `${plan.decimalPlaces} places are printed: the rest are guard digits.`,
      'Columns: V1-V13 are hers. V21-V40 hold B1, B3, ... : she wanted operation 21 to read V22,',
      'then V23, ... but a Variable card names one column, so the deck turns the ring of result',
      "columns by one place instead. V101-V105 are the deck's own: last n + 1, ring size + 3, a",
      'turn counter, a scratch column and a hand for turning the ring.',
    ),
    { text: `A set decimal places to ${h}` },
    { text: 'A write in columns' },
    ...comment("The data: V1 = 1, V2 = 2, V3 = n = 1. Then the deck's own: V101 = last n + 1, V102 = ring size + 3."),
    ...[
      'N001 1.0',
      'N002 2.0',
      'N003 1.0',
      `N${col(LAST)} ${plan.upTo + 1}.0`,
      `N${col(TURNS)} ${DECK_CAPACITY + 3}.0`,
    ].map((text) => ({ text })),
    { label: 'start' },
    ...comment('=== A new calculation: n is in V3, B1 ... B(2n - 3) are in V21, V22, ... ==='),
    ...ops(1, 7, h),
    ...skipTo24(7),
    ...ops(8, 12, h),
    ...skipTo24(12),
    { label: 'loop' },
    ...comment('=== Operations 13 to 23, repeated while V10 > 0 ==='),
    ...ops(13, 21, h),
    ...comment('Turn the ring one place: the next pass finds the next B in V22, as if its card said V23.'),
    ...turnRing(),
    ...ops(22, 23, h),
    ...comment('Repeat while V10 > 0: 0 - V10 is below zero exactly then, and that sets the lever.'),
    ...plain(`L${col(ZERO_COL)}`, 'L010'),
    { text: 'CB?', to: 'loop', note: 'back to operation 13 while V10 > 0' },
    { label: 'op24' },
    ...operation(24, h, (c) => (c === 24 ? 22 : c)),
    ...printResult(plan),
    ...operation(25, h),
    ...comment(
      `Turn the ring on until B1 is back in V21 and the new B sits after the others: (ring size + 2) - n`,
      `turns, which with the loop's n - 2 make one full round of ${DECK_CAPACITY} (for n = 1, one turn more).`,
    ),
    ...op('-', `L${col(TURNS)}`, 'L003', `S${col(COUNTER)}`),
    { label: 'turn' },
    ...turnRing(),
    ...op('-', `L${col(COUNTER)}`, 'L001', `S${col(COUNTER)}`),
    ...plain(`L${col(ZERO_COL)}`, `L${col(COUNTER)}`),
    { text: 'CB?', to: 'turn', note: 'turn again while turns remain' },
    ...comment(`Next n: go back to operation 1 while n <= ${plan.upTo} (V3 - V101 below zero sets the lever).`),
    ...plain('L003', `L${col(LAST)}`),
    { text: 'CB?', to: 'start', note: 'back to operation 1 for the next Bernoulli number' },
  ];
}

/**
 * Generates the deck: `upTo` (default 10) Bernoulli numbers, `decimalPlaces` (default 20)
 * printed. The request is fitted to 50-digit columns by {@link planNoteGDeck}; the deck's
 * cards do not depend on upTo except its number cards (nothing is unrolled).
 */
export function noteGDeck(options: { upTo?: number; decimalPlaces?: number } = {}): string {
  return layOut(cards(planNoteGDeck(options)));
}

/** The deck together with the plan it was made from (places held, error bound, upTo used). */
export function noteGDeckWithPlan(options: { upTo?: number; decimalPlaces?: number } = {}): {
  deck: string;
  plan: NoteGDeckPlan;
} {
  const plan = planNoteGDeck(options);
  return { deck: layOut(cards(plan)), plan };
}
