import { describe, expect, it } from 'vitest';
import { runDeck } from './index.ts';

// The Fourmilab corpus (see fixtures/README.md) and the beginner examples: each
// deck must print exactly its `.expected` file.
const decks = import.meta.glob(['./fixtures/fourmilab/*/*.ae', './examples/*.ae'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const expected = import.meta.glob(['./fixtures/fourmilab/*/*.expected', './examples/*.expected'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const reference = import.meta.glob('./fixtures/fourmilab/examples/*.reference.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('golden decks', () => {
  const names = Object.keys(decks).sort();

  it('has every corpus deck and beginner example, each with its expected output', () => {
    expect(names.length).toBe(9);
    for (const path of names) expect(expected[path.replace(/\.ae$/, '.expected')], path).toBeTypeOf('string');
  });

  it.each(names)('%s prints exactly its .expected', (path) => {
    const result = runDeck(decks[path] as string);
    // No warnings either: sqrt.ae divides by 0 on purpose for sqrt(0) (the lever
    // rises), and the bundled library's cards are not the learner's to fix.
    expect(result.diagnostics).toEqual([]);
    expect(result.status).toBe('finished');
    expect(result.output).toBe(expected[path.replace(/\.ae$/, '.expected')]);
  });

  it('computes inverse exactly, so it differs from the reference where the reference divides wrongly', () => {
    const out = runDeck(decks['./fixtures/fourmilab/examples/inverse.ae'] as string).output.split('\n');
    const ref = (reference['./fixtures/fourmilab/examples/inverse.reference.txt'] as string).split('\n');
    const differ = out.flatMap((line, i) => (line === ref[i] ? [] : [i + 1]));
    expect(differ).toHaveLength(5);
    for (const n of differ) expect(out[n - 1]).toMatch(/sqrt\(x\)² = /);
  });
});
