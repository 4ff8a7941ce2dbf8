import { describe, expect, it } from 'vitest';
import { LIMITS, cleanLearnerName, clipText, emptyProgress, progressSchema, type Progress } from './schema.ts';

const T = '2024-05-01T10:00:00.000Z';

function valid(): Progress {
  return {
    version: 2,
    lessons: {
      '/en/start-here/welcome/': {
        startedAt: T,
        completedAt: '2024-05-01T12:00:00+02:00',
        checks: { 'html:has-title': T },
      },
      '/pt-BR/first-webpage/skeleton/': { startedAt: T },
    },
    lastVisited: { path: '/en/start-here/welcome/', title: 'Welcome', at: T },
    drafts: { 'webpage:/en/first-webpage/skeleton/:html': { text: '<p>hi</p>', savedAt: T } },
    learnerName: 'Ada',
    updatedAt: T,
  };
}

function accepts(value: unknown): boolean {
  return progressSchema.safeParse(value).success;
}

function many<T>(count: number, make: (i: number) => [string, T]): Record<string, T> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => make(i)));
}

describe('progressSchema: valid data', () => {
  it('accepts a full record and returns the same data', () => {
    expect(progressSchema.parse(valid())).toEqual(valid());
  });

  it('accepts empty progress', () => {
    const empty = emptyProgress(new Date(T));
    expect(empty).toEqual({ version: 2, lessons: {}, drafts: {}, updatedAt: T });
    expect(accepts(empty)).toBe(true);
  });

  it.each(['/en/a/b/', '/pt-BR/track-1/lesson-2/', '/fil/x/y/', '/zh-Hans/x/y/'])('accepts lesson path %s', (path) => {
    expect(accepts({ ...valid(), lessons: { [path]: { startedAt: T } } })).toBe(true);
  });
});

describe('progressSchema: limits', () => {
  const lesson = { startedAt: T };
  const draft = { text: 'x', savedAt: T };

  it('allows 1000 lessons, not 1001', () => {
    const at = (n: number) => ({ ...valid(), lessons: many(n, (i) => [`/en/t/l${i}/`, lesson]) });
    expect(accepts(at(LIMITS.lessons))).toBe(true);
    expect(accepts(at(LIMITS.lessons + 1))).toBe(false);
  });

  it('allows 200 drafts, not 201', () => {
    const at = (n: number) => ({ ...valid(), drafts: many(n, (i) => [`d:${i}`, draft]) });
    expect(accepts(at(LIMITS.drafts))).toBe(true);
    expect(accepts(at(LIMITS.drafts + 1))).toBe(false);
  });

  it('allows a draft of 100 000 characters, not one more', () => {
    const at = (n: number) => ({ ...valid(), drafts: { d: { text: 'a'.repeat(n), savedAt: T } } });
    expect(accepts(at(100_000))).toBe(true);
    expect(accepts(at(100_001))).toBe(false);
  });

  it('allows 50 checks per lesson, not 51', () => {
    const at = (n: number) => ({
      ...valid(),
      lessons: { '/en/a/b/': { ...lesson, checks: many(n, (i) => [`c${i}`, T]) } },
    });
    expect(accepts(at(LIMITS.checksPerLesson))).toBe(true);
    expect(accepts(at(LIMITS.checksPerLesson + 1))).toBe(false);
  });

  it.each([
    ['a'.repeat(100), true],
    ['a'.repeat(101), false],
    ['html:h1/ok_1.x-y', true],
    ['Upper', false],
    ['', false],
    ['has space', false],
  ])('check id %j accepted: %s', (id, ok) => {
    expect(accepts({ ...valid(), lessons: { '/en/a/b/': { ...lesson, checks: { [id]: T } } } })).toBe(ok);
  });

  it('limits titles to 200 characters and names to 80', () => {
    const visit = (title: string) => ({ ...valid(), lastVisited: { path: '/en/a/b/', title, at: T } });
    expect(accepts(visit('t'.repeat(200)))).toBe(true);
    expect(accepts(visit('t'.repeat(201)))).toBe(false);
    expect(accepts({ ...valid(), learnerName: 'n'.repeat(80) })).toBe(true);
    expect(accepts({ ...valid(), learnerName: 'n'.repeat(81) })).toBe(false);
    expect(accepts({ ...valid(), learnerName: '' })).toBe(false);
    expect(accepts({ ...valid(), learnerName: 'Ada\u0000' })).toBe(false);
    expect(accepts({ ...valid(), learnerName: 'Ada\u202eecalevol' })).toBe(false);
  });

  it.each([
    '/en/../../etc/',
    '/EN/a/b/',
    '/en/a/b',
    '/en/a/b/c/',
    '/english/a/b/',
    'en/a/b/',
    '/en/a b/c/',
    '/en/a/b/?x',
  ])('refuses lesson path %j', (path) => {
    expect(accepts({ ...valid(), lessons: { [path]: lesson } })).toBe(false);
    expect(accepts({ ...valid(), lastVisited: { path, title: '', at: T } })).toBe(false);
  });

  it.each(['2024-05-01', '2024-05-01T10:00:00', 'yesterday', '', '2024-13-01T00:00:00Z'])('refuses time %j', (time) => {
    expect(accepts({ ...valid(), updatedAt: time })).toBe(false);
    expect(accepts({ ...valid(), lessons: { '/en/a/b/': { startedAt: time } } })).toBe(false);
  });
});

describe('progressSchema: wrong shapes', () => {
  it.each([
    ['version as string', { version: '2' }],
    ['version 1', { version: 1 }],
    ['lessons as array', { lessons: [] }],
    ['lessons null', { lessons: null }],
    ['drafts missing', { drafts: undefined }],
    ['startedAt as number', { lessons: { '/en/a/b/': { startedAt: 1 } } }],
    ['draft text as number', { drafts: { d: { text: 1, savedAt: T } } }],
    ['checks as array', { lessons: { '/en/a/b/': { startedAt: T, checks: [T] } } }],
    ['learnerName as number', { learnerName: 7 }],
    ['completedAt explicitly undefined', { lessons: { '/en/a/b/': { startedAt: T, completedAt: undefined } } }],
  ])('refuses %s', (_, patch) => {
    expect(accepts({ ...valid(), ...patch })).toBe(false);
  });

  it('refuses unknown keys at every level', () => {
    expect(accepts({ ...valid(), extra: 1 })).toBe(false);
    expect(accepts({ ...valid(), lessons: { '/en/a/b/': { startedAt: T, score: 3 } } })).toBe(false);
    expect(accepts({ ...valid(), drafts: { d: { text: '', savedAt: T, lang: 'html' } } })).toBe(false);
    expect(accepts({ ...valid(), lastVisited: { path: '/en/a/b/', title: '', at: T, x: 1 } })).toBe(false);
  });

  it('refuses non-objects and objects with a foreign prototype', () => {
    for (const value of [null, undefined, 2, 'progress', [], new Date()]) expect(accepts(value)).toBe(false);
    expect(accepts({ ...valid(), drafts: Object.assign(new Map(), {}) })).toBe(false);
    const inherited = Object.create({ d: { text: '', savedAt: T } }) as unknown;
    expect(accepts({ ...valid(), drafts: inherited })).toBe(false);
    expect(accepts({ ...valid(), drafts: Object.assign(Object.create(null) as object, valid().drafts) })).toBe(true);
  });
});

describe('progressSchema: prototype keys', () => {
  const json = (s: string) => JSON.parse(s) as unknown;
  const base = JSON.stringify(valid()).slice(1, -1);

  it.each([
    ['top level', `{"__proto__": {"polluted": true}, ${base}}`],
    ['lessons', `{${base.replace('"lessons":{', '"lessons":{"__proto__":{"startedAt":"' + T + '"},')}}`],
    ['drafts', `{${base.replace('"drafts":{', '"drafts":{"__proto__":{"text":"","savedAt":"' + T + '"},')}}`],
    ['checks', `{${base.replace('"checks":{', '"checks":{"__proto__":"' + T + '",')}}`],
    ['a lesson', `{${base.replace('"lessons":{"/en/start-here/welcome/":{', '$&"__proto__":{},')}}`],
  ])('refuses an own __proto__ key in %s', (_, text) => {
    const value = json(text);
    expect(JSON.stringify(value)).toContain('__proto__');
    expect(accepts(value)).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each(['constructor', 'prototype'])('refuses %s as a check id or draft id', (key) => {
    expect(accepts({ ...valid(), drafts: { [key]: { text: '', savedAt: T } } })).toBe(false);
    expect(accepts({ ...valid(), lessons: { '/en/a/b/': { startedAt: T, checks: { [key]: T } } } })).toBe(false);
    expect(accepts(json(`{${base}, "${key}": {}}`))).toBe(false);
  });
});

describe('cleanLearnerName and clipText', () => {
  it('trims, turns line breaks into spaces and removes other control characters', () => {
    expect(cleanLearnerName('  Ada\nLovelace\t\u0007 ')).toBe('Ada Lovelace');
    expect(cleanLearnerName('\u202eAda\u2066')).toBe('Ada');
    expect(cleanLearnerName('\u0000\u0001 ')).toBe('');
  });

  it('keeps joiners and non-Latin scripts', () => {
    expect(cleanLearnerName('👩\u200d💻 مریم')).toBe('👩\u200d💻 مریم');
  });

  it('keeps at most 80 UTF-16 units without splitting an emoji', () => {
    expect(cleanLearnerName('a'.repeat(90))).toHaveLength(80);
    const clipped = cleanLearnerName('a'.repeat(79) + '😀');
    expect(clipped).toBe('a'.repeat(79));
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('short', 10)).toBe('short');
  });
});
