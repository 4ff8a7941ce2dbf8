import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge.ts';
import { LIMITS, emptyProgress, progressSchema, type LessonProgress, type Progress } from './schema.ts';

const A = '/en/start-here/welcome/';
const B = '/en/start-here/tools/';
const t = (hour: number) => `2024-05-01T${String(hour).padStart(2, '0')}:00:00.000Z`;

function progress(patch: Partial<Progress>): Progress {
  return { ...emptyProgress(new Date(t(0))), ...patch };
}

describe('mergeProgress: rules', () => {
  const device = progress({
    lessons: { [A]: { startedAt: t(5), checks: { c1: t(6), c2: t(9) } } },
    drafts: { d1: { text: 'device old', savedAt: t(1) }, d2: { text: 'device new', savedAt: t(8) } },
    lastVisited: { path: A, title: 'Welcome', at: t(6) },
    learnerName: 'Ada',
    updatedAt: t(9),
  });
  const file = progress({
    lessons: { [A]: { startedAt: t(3), completedAt: t(4), checks: { c2: t(4), c3: t(4) } }, [B]: { startedAt: t(2) } },
    drafts: { d1: { text: 'file new', savedAt: t(2) }, d2: { text: 'file old', savedAt: t(7) } },
    lastVisited: { path: B, title: 'Tools', at: t(7) },
    learnerName: 'Grace',
    updatedAt: t(7),
  });

  it('unites lessons: earliest start, any completion, checks at their first pass', () => {
    expect(mergeProgress(device, file).lessons).toEqual({
      [A]: { startedAt: t(3), completedAt: t(4), checks: { c1: t(6), c2: t(4), c3: t(4) } },
      [B]: { startedAt: t(2) },
    });
  });

  it('keeps the later draft, the later visit, the device name and the later update time', () => {
    const merged = mergeProgress(device, file);
    expect(merged.drafts).toEqual({
      d1: { text: 'file new', savedAt: t(2) },
      d2: { text: 'device new', savedAt: t(8) },
    });
    expect(merged.lastVisited).toEqual({ path: B, title: 'Tools', at: t(7) });
    expect(merged.learnerName).toBe('Ada');
    expect(merged.updatedAt).toBe(t(9));
    expect(progressSchema.safeParse(merged).success).toBe(true);
  });

  it("takes the file's name only when the device has none", () => {
    const nameless = progress({ lessons: device.lessons });
    expect(mergeProgress(nameless, file).learnerName).toBe('Grace');
    expect(Object.hasOwn(mergeProgress(nameless, nameless), 'learnerName')).toBe(false);
  });

  it('never wipes: merging with empty progress keeps everything', () => {
    const empty = emptyProgress(new Date(t(0)));
    expect(mergeProgress(device, empty)).toEqual(device);
    expect(mergeProgress(empty, device).lessons).toEqual(device.lessons);
  });

  it('compares times with offsets as instants', () => {
    const a = progress({ lessons: { [A]: { startedAt: '2024-05-01T10:00:00+02:00' } } });
    const b = progress({ lessons: { [A]: { startedAt: '2024-05-01T09:00:00Z' } } });
    expect(mergeProgress(a, b).lessons[A]?.startedAt).toBe('2024-05-01T10:00:00+02:00');
    expect(mergeProgress(b, a).lessons[A]?.startedAt).toBe('2024-05-01T10:00:00+02:00');
  });

  it('keeps at most the draft limit, newest first', () => {
    const drafts = (from: number) =>
      Object.fromEntries(
        Array.from({ length: LIMITS.drafts }, (_, i) => [
          `d${from + i}`,
          { text: '', savedAt: new Date(from + i).toISOString() },
        ]),
      );
    const merged = mergeProgress(progress({ drafts: drafts(0) }), progress({ drafts: drafts(LIMITS.drafts) }));
    expect(Object.keys(merged.drafts)).toHaveLength(LIMITS.drafts);
    expect(Object.hasOwn(merged.drafts, `d${LIMITS.drafts}`)).toBe(true);
    expect(Object.hasOwn(merged.drafts, `d${LIMITS.drafts - 1}`)).toBe(false);
  });
});

// A small seeded generator stands in for fast-check (not installed): the same
// 300 random pairs every run, spread over a few paths and times so they collide.
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const times = [t(1), t(2), t(3), '2024-05-01T05:00:00+02:00', t(4)];
  const paths = ['/en/a/one/', '/en/a/two/', '/en/b/three/', '/fr/a/one/'];
  const lesson = (): LessonProgress => {
    const value: LessonProgress = { startedAt: pick(times) };
    if (next() < 0.5) value.completedAt = pick(times);
    if (next() < 0.5)
      value.checks = Object.fromEntries(['x', 'y', 'z'].filter(() => next() < 0.5).map((id) => [id, pick(times)]));
    return value;
  };
  return (): Progress =>
    progress({
      lessons: Object.fromEntries(paths.filter(() => next() < 0.6).map((path) => [path, lesson()])),
      drafts: Object.fromEntries(
        ['d1', 'd2'].filter(() => next() < 0.5).map((id) => [id, { text: id + next(), savedAt: pick(times) }]),
      ),
      ...(next() < 0.7 ? { lastVisited: { path: pick(paths), title: '', at: pick(times) } } : {}),
      ...(next() < 0.5 ? { learnerName: pick(['Ada', 'Grace']) } : {}),
      updatedAt: pick(times),
    });
}

describe('mergeProgress: laws over generated pairs', () => {
  const random = generator(20240501);
  const pairs = Array.from({ length: 300 }, () => [random(), random()] as const);

  it('is commutative for lessons', () => {
    for (const [a, b] of pairs) expect(mergeProgress(a, b).lessons).toEqual(mergeProgress(b, a).lessons);
  });

  it('is idempotent', () => {
    for (const [a] of pairs) expect(mergeProgress(a, a)).toEqual(a);
  });

  it('is associative for lessons', () => {
    for (const [a, b] of pairs) {
      const c = random();
      expect(mergeProgress(mergeProgress(a, b), c).lessons).toEqual(mergeProgress(a, mergeProgress(b, c)).lessons);
    }
  });

  it('loses no lesson and no completion, and stays valid', () => {
    for (const [a, b] of pairs) {
      const merged = mergeProgress(a, b);
      expect(progressSchema.safeParse(merged).success).toBe(true);
      for (const source of [a, b]) {
        for (const [path, lesson] of Object.entries(source.lessons)) {
          expect(Object.hasOwn(merged.lessons, path)).toBe(true);
          if (lesson.completedAt !== undefined) expect(merged.lessons[path]?.completedAt).toBeDefined();
        }
      }
    }
  });
});
