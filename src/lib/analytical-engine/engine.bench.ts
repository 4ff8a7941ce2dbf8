import { test } from 'vitest';
import { runDeck } from './index.ts';

// Cards per second for the library decks. Vitest 5 benchmarks are the `bench`
// fixture inside a test (`vitest bench --run src/lib/analytical-engine`); each
// line printed gives the cards one run executes, the median time of a run and
// the cards per second at that median.
const decks = import.meta.glob('./fixtures/fourmilab/*/*.ae', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

// A tight loop of + − L S CB? with small numbers: the card loop itself.
const LOOP = ['N1 40000', 'N2 1', 'N3 0', '-', 'L1', 'L2', 'S1', 'L3', 'L1', 'CB?6'].join('\n');

const cases = [
  ...Object.keys(decks)
    .sort()
    .map((path) => [path.replace(/^.*\//, ''), decks[path] as string] as const),
  ['countdown loop', LOOP] as const,
];

for (const [name, deck] of cases) {
  test(`cards per second: ${name}`, async ({ bench }) => {
    const { cardsRun, status } = runDeck(deck);
    if (status !== 'finished') throw new Error(`${name} stopped: ${status}`);
    const result = await bench(`${name} (${cardsRun} cards a run)`, () => {
      runDeck(deck);
    }).run({ time: 1000 });
    const median = result.latency.p50 ?? result.latency.mean;
    const perSecond = Math.round((cardsRun / median) * 1000);
    console.log(
      `${name}: ${cardsRun} cards a run, median ${median.toFixed(2)} ms, ${perSecond.toLocaleString('en')} cards/s`,
    );
  });
}
