/**
 * Example decks for the Engine's playground: three small ones written for
 * beginners, then decks from John Walker's Fourmilab corpus that use the bundled
 * function library. Titles and descriptions are data (plain English for
 * 12-year-olds), not UI chrome.
 */
const beginner = import.meta.glob('./examples/*.ae', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;
const corpus = import.meta.glob('./fixtures/fourmilab/*/*.ae', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** One example deck. */
export interface EngineExample {
  id: string;
  title: string;
  deck: string;
  description: string;
}

const ex = (id: string, title: string, path: string, description: string): EngineExample => ({
  id,
  title,
  deck: beginner[path] ?? corpus[path] ?? '',
  description,
});

/** The example decks, easiest first. */
export const EXAMPLES: readonly EngineExample[] = Object.freeze([
  ex(
    'add-two',
    'Add two numbers',
    './examples/add-two.ae',
    'Put 7 and 5 into the Store, let the Mill add them, and print the answer. Every card has a comment card above it that says what it does.',
  ),
  ex(
    'countdown',
    'Countdown',
    './examples/countdown.ae',
    'Counts down from 5 to 1. A combinatorial card sends the Engine back 11 cards while the run-up lever is up, so the same cards run again and again: a loop.',
  ),
  ex(
    'times-table',
    'The 7 times table',
    './examples/times-table.ae',
    'Prints 7 × 1 up to 7 × 10. The cards between ( and ) repeat until the multiplier reaches 11.',
  ),
  ex(
    'fourmilab-sqrt',
    'Square roots',
    './fixtures/fourmilab/tests/sqrt_test.ae',
    'Works out the square roots of 0 to 10 to 20 decimal places. The library deck guesses, improves its guess, and stops when the guess stops changing (Newton’s method).',
  ),
  ex(
    'fourmilab-exp',
    'Powers of e',
    './fixtures/fourmilab/tests/exp_test.ae',
    'Works out e to the power 0, 0.1, 0.2 … 1 by adding up smaller and smaller pieces of a series, until a piece is too small to matter.',
  ),
  ex(
    'fourmilab-ln',
    'Natural logarithms',
    './fixtures/fourmilab/tests/ln_test.ae',
    'Works out the natural logarithm of 1 to 10, the opposite of raising e to a power, again by adding up a series.',
  ),
  ex(
    'fourmilab-arctan',
    'Arc tangents',
    './fixtures/fourmilab/tests/arctan_test.ae',
    'Works out the angle (in radians) whose tangent is 0, 0.1 … 1. The last answer is a quarter of pi.',
  ),
  ex(
    'fourmilab-functable',
    'A table of functions',
    './fixtures/fourmilab/examples/functable.ae',
    'Prints a whole table: exp, ln, sine, cosine, arc tangent and square root for x from 1 to 2, using a picture card to line the numbers up.',
  ),
  ex(
    'fourmilab-inverse',
    'Checking the library',
    './fixtures/fourmilab/examples/inverse.ae',
    'Checks the library against itself: ln of e to the x should give x back, a square root squared should too, and sin² + cos² should be 1. Watch the last figures.',
  ),
]);
