import { describe, expect, it } from 'vitest';
import { runNoteG } from '~/lib/analytical-engine/note-g';
import { sameMagnitude, showFraction, superscript, TRUE_BERNOULLI } from './bernoulli';

describe('the Bernoulli numbers shown next to her results', () => {
  it('are the numbers the corrected table computes, for every n the view offers', () => {
    const run = runNoteG({ upTo: 10, version: 'corrected', trace: false });
    expect(run.results).toEqual(Array.from({ length: 10 }, (_, i) => TRUE_BERNOULLI[i + 1]));
  });

  it('tell a wrong sign from a wrong size', () => {
    expect(sameMagnitude('1/30', '-1/30')).toBe(true);
    expect(sameMagnitude('-139/630', '-1/30')).toBe(false);
  });

  it('are written with a real minus sign and Note D superscripts', () => {
    expect(showFraction('-1/30')).toBe('−1/30');
    expect(superscript(0)).toBe('⁰');
    expect(superscript(12)).toBe('¹²');
  });
});
