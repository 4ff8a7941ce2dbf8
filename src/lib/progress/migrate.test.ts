import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { emptyProgress } from './schema.ts';

const NOW = new Date('2024-06-01T09:00:00.000Z');
const AT = NOW.toISOString();

describe('migrate: version 1', () => {
  it('turns completed and visited lists into lessons and `last` into lastVisited', () => {
    const v1 = {
      version: 1,
      completed: ['/en/start-here/welcome/', '/en/start-here/tools/'],
      visited: ['/en/start-here/welcome/', '/en/first-webpage/skeleton/'],
      last: '/en/first-webpage/skeleton/',
    };
    expect(migrate(v1, NOW)).toEqual({
      ok: true,
      migratedFrom: 1,
      progress: {
        version: 2,
        lessons: {
          '/en/start-here/welcome/': { startedAt: AT, completedAt: AT },
          '/en/start-here/tools/': { startedAt: AT, completedAt: AT },
          '/en/first-webpage/skeleton/': { startedAt: AT },
        },
        lastVisited: { path: '/en/first-webpage/skeleton/', title: '', at: AT },
        drafts: {},
        updatedAt: AT,
      },
    });
  });

  it('leaves lastVisited out when v1 had no `last`', () => {
    const result = migrate({ version: 1, completed: [], visited: [] }, NOW);
    expect(result).toEqual({ ok: true, migratedFrom: 1, progress: emptyProgress(NOW) });
  });

  it.each([
    ['a bad path', { version: 1, completed: ['/en/../../etc/'], visited: [] }],
    ['a missing list', { version: 1, completed: [] }],
    ['an unknown key', { version: 1, completed: [], visited: [], extra: true }],
    ['paths that are not strings', { version: 1, completed: [1], visited: [] }],
    ['a bad `last`', { version: 1, completed: [], visited: [], last: '/etc/passwd' }],
  ])('refuses v1 with %s', (_, raw) => {
    expect(migrate(raw, NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses v1 data that would exceed the v2 lesson limit', () => {
    const paths = (prefix: string) => Array.from({ length: 600 }, (_, i) => `/en/${prefix}/l${i}/`);
    const result = migrate({ version: 1, completed: paths('a'), visited: paths('b') }, NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('migrate: version 2 and beyond', () => {
  it('passes valid v2 through without migratedFrom', () => {
    const result = migrate(emptyProgress(NOW), NOW);
    expect(result).toEqual({ ok: true, progress: emptyProgress(NOW) });
  });

  it('refuses invalid v2 with a detail naming the path', () => {
    const result = migrate({ ...emptyProgress(NOW), lessons: { '/en/a/b/': { startedAt: 'soon' } } }, NOW);
    expect(result).toEqual({ ok: false, reason: 'invalid', detail: 'lessons./en/a/b/.startedAt: invalid_format' });
  });

  it.each([3, 99])('refuses version %i as newer', (version) => {
    expect(migrate({ version, anything: 'at all' }, NOW)).toMatchObject({ ok: false, reason: 'newer-version' });
  });

  it.each([
    ['null', null],
    ['a string', 'progress'],
    ['an array', [1, 2]],
    ['no version', { lessons: {} }],
    ['version 0', { version: 0 }],
    ['version -1', { version: -1 }],
    ['version 2.5', { version: 2.5 }],
    ['version "2"', { version: '2' }],
    ['version Infinity', { version: Infinity }],
    ['an inherited version', Object.create({ version: 2 }) as unknown],
  ])('refuses %s as invalid', (_, raw) => {
    expect(migrate(raw, NOW)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
