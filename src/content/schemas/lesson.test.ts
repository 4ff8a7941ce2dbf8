import { describe, expect, it } from 'vitest';
import { lessonSchema } from './lesson';
import { trackSchema } from './track';

const lesson = {
  title: 'Meet the Mill',
  summary: 'Add two numbers the way the Engine did.',
  duration: 15,
  objectives: ['You can name the Mill.'],
  sources: [{ title: 'Sketch of the Analytical Engine', year: 1843 }],
};

/** The messages zod gives for a value, by dotted path. */
function problems(schema: typeof lessonSchema | typeof trackSchema, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || '(root)', i.message]));
}

describe('lesson frontmatter', () => {
  it('accepts a complete lesson, and optional facilitator notes and materials', () => {
    expect(problems(lessonSchema, lesson)).toEqual({});
    expect(
      problems(lessonSchema, { ...lesson, facilitatorNotes: 'Pair them up.', materials: ['paper'], level: 'beginner' }),
    ).toEqual({});
  });

  it('names a misspelt key and the key that was meant', () => {
    const { duration, ...rest } = lesson;
    const p = problems(lessonSchema, { ...rest, durration: duration });
    expect(p['(root)']).toBe('Unknown lesson key "durration". Did you mean "duration"?');
    expect(p['duration']).toBe('"duration" is missing. Add it, for example: duration: 15');
  });

  it('lists the known keys when an unknown key is nothing like them', () => {
    expect(problems(lessonSchema, { ...lesson, colourScheme: 'pink' })['(root)']).toMatch(
      /^Unknown lesson key "colourScheme"\. Remove it, or use one of: title, summary, duration/,
    );
  });

  it('says how to fix every missing required field', () => {
    const p = problems(lessonSchema, {});
    expect(Object.keys(p).sort()).toEqual(['duration', 'objectives', 'sources', 'summary', 'title']);
    expect(p['sources']).toContain('Add it, for example: sources:');
  });

  it('refuses a bad level, pioneer, duration and source url, saying what is allowed', () => {
    const p = problems(lessonSchema, {
      ...lesson,
      level: 'expert',
      pioneers: ['ada-lovelase'],
      duration: 12.5,
      sources: [{ title: 'A page', url: 'http://example.org' }],
    });
    expect(p['level']).toBe('Unknown level "expert". Use one of: beginner, intermediate, advanced.');
    expect(p['pioneers.0']).toBe('Unknown pioneer "ada-lovelase". Did you mean "ada-lovelace"?');
    expect(p['duration']).toMatch(/int/i);
    expect(p['sources.0.url']).toBe('A source url must start with https://');
  });

  it('refuses unknown keys inside a source too', () => {
    expect(problems(lessonSchema, { ...lesson, sources: [{ title: 'X', auther: 'Y' }] })['sources.0']).toBe(
      'Unknown source key "auther". Did you mean "author"?',
    );
  });

  it('needs at least one objective', () => {
    expect(problems(lessonSchema, { ...lesson, objectives: [] })['objectives']).toBeDefined();
  });
});

describe('track.yaml', () => {
  const track = { title: 'Start here', summary: 'Begin.', level: 'beginner', pioneers: ['grace-hopper'] };

  it('accepts a track with an optional description', () => {
    expect(problems(trackSchema, track)).toEqual({});
    expect(problems(trackSchema, { ...track, description: 'More words.' })).toEqual({});
  });

  it('names the track.yaml key that is misspelt', () => {
    expect(problems(trackSchema, { ...track, sumary: 'x' })['(root)']).toBe(
      'Unknown track.yaml key "sumary". Did you mean "summary"?',
    );
  });

  it('requires a level and pioneers', () => {
    const p = problems(trackSchema, { title: 'T', summary: 'S' });
    expect(p['level']).toBe('"level" is missing. Add it, for example: level: beginner');
    expect(p['pioneers']).toBe('"pioneers" is missing. Add it, for example: pioneers: [ada-lovelace]');
  });
});
