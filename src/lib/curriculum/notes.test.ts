import { describe, expect, it } from 'vitest';
import { noteParagraphs } from './notes.ts';

describe('noteParagraphs', () => {
  it('splits at blank lines, even ones holding spaces, and trims each paragraph', () => {
    expect(noteParagraphs('Timing: 15 min.\n\n  Words to check: bug.\n \nQuestions?\n')).toEqual([
      'Timing: 15 min.',
      'Words to check: bug.',
      'Questions?',
    ]);
  });

  it('gives nothing for missing or blank notes, and no empty paragraph at either end', () => {
    expect(noteParagraphs(undefined)).toEqual([]);
    expect(noteParagraphs('\n\n')).toEqual([]);
    expect(noteParagraphs('\n\nOne.\n\n')).toEqual(['One.']);
  });
});
