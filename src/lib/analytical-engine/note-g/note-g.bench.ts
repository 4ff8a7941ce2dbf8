import { test } from 'vitest';
import { runNoteG } from './run';

// Lovelace's table for n = 1 … 30 (B1 … B59 in her numbering), exact fractions.
// Target: a median under 50 ms in Node, so the table view recomputes as the learner edits.
// Vitest 5 benchmarks are the `bench` fixture inside a test:
// `npx vitest bench --run src/lib/analytical-engine/note-g`.
const TARGET_MS = 50;
const cases = [
  ['with the step-by-step trace', true],
  ['results only', false],
] as const;

for (const [name, trace] of cases) {
  test(`runNoteG corrected, n = 1 … 30, ${name}`, async ({ bench }) => {
    const result = await bench(`runNoteG upTo 30, ${name}`, () => {
      runNoteG({ upTo: 30, version: 'corrected', trace });
    }).run({ time: 1000 });
    const median = result.latency.p50 ?? result.latency.mean;
    // Reported, not asserted: a benchmark measures, and the ratio says how far under the target it is.
    console.log(
      `runNoteG upTo 30, ${name}: median ${median.toFixed(2)} ms, ${(median / TARGET_MS).toFixed(2)} of the ${TARGET_MS} ms target`,
    );
  });
}
