import { runDeck, type DeckOptions, type RunResult } from './index.ts';

/** Runs a deck given as lines (joined with newlines, plus a final newline). */
export function run(lines: string[], options: DeckOptions = {}): RunResult {
  return runDeck(`${lines.join('\n')}\n`, options);
}

/** The output of a deck given as lines. */
export function out(lines: string[], options: DeckOptions = {}): string {
  return run(lines, options).output;
}

/** `[code, line]` for each diagnostic of a deck given as lines. */
export function problems(lines: string[], options: DeckOptions = {}): [string, number][] {
  return run(lines, options).diagnostics.map((d) => [d.code, d.line]);
}

/** The Mill's whole 50 figures: 10^50 − 1. */
export const MAX = '9'.repeat(50);
