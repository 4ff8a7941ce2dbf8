import { describe, expect, it } from 'vitest';
import { buildCurriculum } from './index.ts';
import type { Curriculum, CurriculumWarning, LessonInput, TrackInput } from './index.ts';

function track(id: string): TrackInput {
  return { id, data: { title: id, summary: '', level: 'beginner', pioneers: [] } };
}

function lesson(id: string, title = id): LessonInput {
  return { id, data: { title, summary: '', duration: 5, objectives: [] } };
}

function build(tracks: string[], lessons: string[], locales = ['en', 'es']): Curriculum {
  return buildCurriculum(
    tracks.map(track),
    lessons.map((id) => lesson(id)),
    { locales, defaultLocale: 'en' },
  );
}

function codes(warnings: CurriculumWarning[]): string[] {
  return warnings.map((w) => `${w.code} ${w.id}`);
}

describe('curriculum warnings', () => {
  it('orphan-lesson: a lesson in a folder without track.yaml is left out', () => {
    const c = build(['en/01-a'], ['en/01-a/01-x', 'en/02-b/01-y']);
    expect(codes(c.warnings)).toEqual(['orphan-lesson en/02-b/01-y']);
    expect(c.warnings[0]!.message).toContain('lessons/en/02-b/track.yaml');
    expect(c.locales['en']!.lessons.map((l) => l.id)).toEqual(['en/01-a/01-x']);
  });

  it('empty-track: a track without lessons is left out', () => {
    const c = build(['en/01-a', 'en/02-b'], ['en/01-a/01-x']);
    expect(codes(c.warnings)).toEqual(['empty-track en/02-b']);
    expect(c.locales['en']!.tracks.map((t) => t.slug)).toEqual(['a']);
  });

  it('bad-name: badly named tracks and lessons are left out', () => {
    const c = build(['en/01-a', 'en/Intro', 'en/01-a/02-x'], ['en/01-a/01-x', 'en/01-a/Lesson', 'en/01-a']);
    expect(codes(c.warnings)).toEqual([
      'bad-name en/Intro',
      'bad-name en/01-a/02-x',
      'bad-name en/01-a/Lesson',
      'bad-name en/01-a',
    ]);
    expect(c.warnings[0]!.message).toMatch(/left out.*<NN-track>/);
    expect(c.locales['en']!.lessons).toHaveLength(1);
  });

  it('duplicate-order: both lessons are kept, ordered by slug', () => {
    const c = build(['en/01-a'], ['en/01-a/02-zebra', 'en/01-a/02-apple', 'en/01-a/01-first']);
    expect(codes(c.warnings)).toEqual(['duplicate-order en/01-a/02-zebra']);
    expect(c.warnings[0]!.message).toContain('en/01-a/02-apple');
    expect(c.locales['en']!.lessons.map((l) => l.slug)).toEqual(['first', 'apple', 'zebra']);
  });

  it('duplicate-order applies to tracks too', () => {
    const c = build(['en/01-b', 'en/01-a'], ['en/01-a/01-x', 'en/01-b/01-x']);
    expect(codes(c.warnings)).toEqual(['duplicate-order en/01-b']);
    expect(c.locales['en']!.tracks.map((t) => t.slug)).toEqual(['a', 'b']);
  });

  it('duplicate-slug: the first in curriculum order is kept', () => {
    const c = build(['en/01-a'], ['en/01-a/03-same', 'en/01-a/01-same', 'en/01-a/02-other']);
    expect(codes(c.warnings)).toEqual(['duplicate-slug en/01-a/03-same']);
    expect(c.locales['en']!.lessons.map((l) => l.id)).toEqual(['en/01-a/01-same', 'en/01-a/02-other']);
  });

  it('duplicate-slug on a track drops it with its lessons', () => {
    const c = build(['en/01-a', 'en/02-a'], ['en/01-a/01-x', 'en/02-a/01-y']);
    expect(codes(c.warnings)).toEqual(['duplicate-slug en/02-a']);
    expect(c.warnings[0]!.message).toContain('lessons are left out');
    expect(c.locales['en']!.lessons.map((l) => l.id)).toEqual(['en/01-a/01-x']);
  });

  it('duplicate-slug: the same id twice keeps the first entry', () => {
    const c = buildCurriculum([track('en/01-a')], [lesson('en/01-a/01-x', 'file'), lesson('en/01-a/01-x', 'folder')], {
      locales: ['en'],
      defaultLocale: 'en',
    });
    expect(codes(c.warnings)).toEqual(['duplicate-slug en/01-a/01-x']);
    expect(c.locales['en']!.lessons.map((l) => l.title)).toEqual(['file']);
  });

  it('unknown-locale: content in an unpublished locale is left out', () => {
    const c = build(['en/01-a', 'fr/01-a'], ['en/01-a/01-x', 'fr/01-a/01-x']);
    expect(codes(c.warnings)).toEqual(['unknown-locale fr/01-a', 'unknown-locale fr/01-a/01-x']);
    expect(c.warnings[0]!.message).toContain('"fr"');
    expect(Object.keys(c.locales)).toEqual(['en', 'es']);
  });

  it('orphan-translation: a translation with no default-locale counterpart is left out', () => {
    const c = build(
      ['en/01-a', 'es/01-a', 'es/02-b'],
      ['en/01-a/01-x', 'es/01-a/01-x', 'es/01-a/02-only-es', 'es/02-b/01-y'],
    );
    expect(codes(c.warnings)).toEqual([
      'orphan-translation es/02-b',
      'orphan-translation es/01-a/02-only-es',
      'orphan-translation es/02-b/01-y',
    ]);
    expect(c.warnings[1]!.message).toContain('en/01-a/02-only-es');
    expect(c.locales['es']!.lessons.map((l) => l.id)).toEqual(['es/01-a/01-x']);
  });

  it('orphan-translation: pairing needs identical folder names, not just equal numbers', () => {
    const c = build(['en/01-a', 'es/1-a'], ['en/01-a/01-x', 'es/1-a/01-x']);
    expect(codes(c.warnings)).toEqual(['orphan-translation es/1-a', 'orphan-translation es/1-a/01-x']);
  });

  it('every warning names its id in the message', () => {
    const c = build(['en/01-a', 'en/02-b', 'xx/01-a'], ['en/01-a/01-x', 'en/03-c/01-y', 'es/09-z/01-z', 'bad']);
    expect(c.warnings.length).toBeGreaterThan(3);
    for (const w of c.warnings) expect(w.message).toContain(w.id);
  });
});
