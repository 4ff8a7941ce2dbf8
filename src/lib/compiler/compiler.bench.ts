import { test } from 'vitest';
import { compile, run } from './index.ts';

// A 200-line beginner program that fits the machine's 500 boxes of code:
// 40 DATA entries, a PERFORM … TIMES loop over a 154-line paragraph of
// arithmetic, DISPLAY and IF (482 orders). Target: compile + run in under
// 5 ms (median).
function program(): string {
  const data = ['TOTAL IS 0.', ...Array.from({ length: 39 }, (_, i) => `V${i} IS ${i % 7}.`)];
  const patterns = [
    (i: number) => `ADD V${i % 39} TO TOTAL.`,
    (i: number) => `DISPLAY V${(i * 7) % 39}.`,
    (i: number) => `IF V${i % 39} IS NOT GREATER THAN V${(i + 3) % 39} ADD 1 TO TOTAL.`,
    (i: number) => `MOVE TOTAL TO V${(i * 11) % 39}.`,
    (i: number) => `DISPLAY "LINE" V${(i * 5) % 39}.`,
    (i: number) => `SUBTRACT 1 FROM V${(i * 3) % 39}.`,
    (i: number) => `DISPLAY V${(i * 13) % 39}.`,
  ];
  const work = Array.from({ length: 154 }, (_, i) => patterns[i % patterns.length]!(i));
  const lines = [
    'DATA.',
    ...data,
    'PROCEDURE.',
    'PERFORM WORK 5 TIMES.',
    'DISPLAY "DONE" TOTAL.',
    'STOP.',
    'WORK.',
    ...work,
  ];
  return lines.join('\n');
}

const TARGET_MS = 5;
const SOURCE = program();
const check = compile(SOURCE);
if (SOURCE.split('\n').length !== 200 || !check.program) {
  throw new Error(`bench program: ${SOURCE.split('\n').length} lines, ${JSON.stringify(check.diagnostics[0])}`);
}

const cases = [
  ['compile', () => compile(SOURCE)],
  ['compile + run on the machine', () => run(SOURCE)],
  ['compile + run on the interpreter', () => run(SOURCE, { engine: 'interpreter' })],
] as const;

// Vitest 5 benchmarks are the `bench` fixture inside a test:
// `vitest bench --run src/lib/compiler` prints each median.
for (const [name, work] of cases) {
  test(`a 200-line program: ${name}`, async ({ bench }) => {
    const result = await bench(name, work).run({ time: 1000 });
    const median = result.latency.p50 ?? result.latency.mean;
    console.log(
      `200-line program, ${name}: median ${median.toFixed(3)} ms, ${(median / TARGET_MS).toFixed(2)} of the ${TARGET_MS} ms target for compile + run`,
    );
  });
}
