import { describe, expect, it } from 'vitest';
import { buildCurriculum, findLesson, findTrack } from './index.ts';
import type { LessonInput, TrackInput } from './index.ts';

const options = { locales: ['en'], defaultLocale: 'en' };

function track(id: string, data: Partial<TrackInput['data']> = {}): TrackInput {
  return { id, data: { title: `T ${id}`, summary: 's', level: 'beginner', pioneers: ['Ada Lovelace'], ...data } };
}

function lesson(id: string, data: Partial<LessonInput['data']> = {}): LessonInput {
  return { id, data: { title: `L ${id}`, summary: 's', duration: 10, objectives: ['o'], ...data } };
}

describe('buildCurriculum: order and slugs', () => {
  const c = buildCurriculum(
    [track('en/10-later'), track('en/2-earlier')],
    [
      lesson('en/10-later/1-only'),
      lesson('en/2-earlier/10-last'),
      lesson('en/2-earlier/2-second'),
      lesson('en/2-earlier/01-first'),
    ],
    options,
  );
  const en = c.locales['en']!;

  it('orders tracks and lessons by number, not by string', () => {
    expect(en.tracks.map((t) => t.slug)).toEqual(['earlier', 'later']);
    expect(en.tracks[0]!.lessons.map((l) => l.slug)).toEqual(['first', 'second', 'last']);
    expect(en.tracks[0]!.lessons.map((l) => l.order)).toEqual([1, 2, 10]);
  });

  it('drops prefixes from slugs and builds paths with trailing slashes', () => {
    expect(en.path).toBe('/en/');
    expect(en.tracks[0]!.path).toBe('/en/earlier/');
    expect(en.lessons.map((l) => l.path)).toEqual([
      '/en/earlier/first/',
      '/en/earlier/second/',
      '/en/earlier/last/',
      '/en/later/only/',
    ]);
    expect(en.lessons[0]).toMatchObject({ trackSlug: 'earlier', slug: 'first', id: 'en/2-earlier/01-first' });
  });

  it('keeps the flat list in curriculum order and reports no warnings', () => {
    expect(en.lessons.map((l) => l.id)).toEqual([
      'en/2-earlier/01-first',
      'en/2-earlier/2-second',
      'en/2-earlier/10-last',
      'en/10-later/1-only',
    ]);
    expect(c.warnings).toEqual([]);
  });

  it('links prev/next across tracks; the first has no prev and the last no next', () => {
    const [first, , third, last] = en.lessons;
    expect(first!.prev).toBeUndefined();
    expect(first!.next).toEqual({ path: '/en/earlier/second/', title: 'L en/2-earlier/2-second' });
    expect(third!.next).toEqual({ path: '/en/later/only/', title: 'L en/10-later/1-only' });
    expect(last!.prev).toEqual({ path: '/en/earlier/last/', title: 'L en/2-earlier/10-last' });
    expect(last!.next).toBeUndefined();
    expect('next' in last!).toBe(false);
  });
});

describe('buildCurriculum: metadata', () => {
  const c = buildCurriculum(
    [track('en/01-start', { level: 'intermediate', pioneers: ['Grace Hopper'] })],
    [
      lesson('en/01-start/01-inherits', { duration: 15 }),
      lesson('en/01-start/02-overrides', { duration: 25, level: 'advanced', pioneers: ['Ada Lovelace'] }),
      lesson('en/01-start/03-folder-lesson', { duration: 5 }),
    ],
    options,
  );
  const start = c.locales['en']!.tracks[0]!;
  const [inherits, overrides, folder] = start.lessons;

  it('inherits level and pioneers from the track when the lesson has none', () => {
    expect(inherits!.level).toBe('intermediate');
    expect(inherits!.pioneers).toEqual(['Grace Hopper']);
  });

  it("uses the lesson's own level and pioneers when it has them", () => {
    expect(overrides!.level).toBe('advanced');
    expect(overrides!.pioneers).toEqual(['Ada Lovelace']);
  });

  it('gives each node its own pioneers array', () => {
    inherits!.pioneers.push('changed');
    expect(start.pioneers).toEqual(['Grace Hopper']);
  });

  it('sums lesson durations into the track', () => {
    expect(start.duration).toBe(45);
  });

  it('passes title, summary, objectives and the raw data through', () => {
    expect(folder).toMatchObject({ title: 'L en/01-start/03-folder-lesson', summary: 's', objectives: ['o'] });
    expect(folder!.data.duration).toBe(5);
    expect(start).toMatchObject({ id: 'en/01-start', title: 'T en/01-start', fallback: false, contentLocale: 'en' });
  });
});

describe('find helpers', () => {
  const c = buildCurriculum([track('en/01-start')], [lesson('en/01-start/01-hello')], options);

  it('find tracks and lessons by slug', () => {
    expect(findTrack(c, 'en', 'start')?.id).toBe('en/01-start');
    expect(findLesson(c, 'en', 'start', 'hello')?.path).toBe('/en/start/hello/');
  });

  it('return undefined for anything unknown, including prototype names', () => {
    expect(findTrack(c, 'fr', 'start')).toBeUndefined();
    expect(findTrack(c, 'constructor', 'start')).toBeUndefined();
    expect(findTrack(c, 'en', '01-start')).toBeUndefined();
    expect(findLesson(c, 'en', 'start', 'nope')).toBeUndefined();
  });
});

describe('buildCurriculum: hostile input', () => {
  it('does not throw on malformed entries', () => {
    const bad = [null, { id: 3 }, { id: 'en/01-x' }] as unknown as LessonInput[];
    const c = buildCurriculum([{ id: 'en/01-x' } as unknown as TrackInput], bad, options);
    expect(c.warnings.filter((w) => w.code === 'bad-name')).toHaveLength(3);
    expect(c.locales['en']!.tracks).toEqual([]);
  });

  it('reads a lesson with missing data as empty values', () => {
    const c = buildCurriculum([track('en/01-x')], [{ id: 'en/01-x/01-y' } as unknown as LessonInput], options);
    expect(c.locales['en']!.lessons[0]).toMatchObject({ title: 'y', duration: 0, objectives: [], level: 'beginner' });
  });
});
