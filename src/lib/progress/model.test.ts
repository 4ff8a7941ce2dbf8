import { describe, expect, it } from 'vitest';
import {
  continuePath,
  lessonStatus,
  markCompleted,
  markVisited,
  recordCheck,
  saveDraft,
  setLearnerName,
  trackSummary,
  undoCompleted,
} from './model.ts';
import { LIMITS, emptyProgress, progressSchema, type Progress } from './schema.ts';

const T0 = new Date('2024-05-01T10:00:00.000Z');
const T1 = new Date('2024-05-01T11:00:00.000Z');
const A = '/en/start-here/welcome/';
const B = '/en/start-here/tools/';
const C = '/en/start-here/first-code/';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function frozen(build: (p: Progress) => Progress = (p) => p): Progress {
  return deepFreeze(build(emptyProgress(T0)));
}

describe('model: immutable updates', () => {
  it('never changes a deep-frozen input, and every result validates', () => {
    const input = frozen((p) => markCompleted(recordCheck(markVisited(p, A, 'Welcome', T0), A, 'c1', T0), B, T0));
    const snapshot = structuredClone(input);
    const results = [
      markVisited(input, C, 'First code', T1),
      markCompleted(input, A, T1),
      undoCompleted(input, B, T1),
      recordCheck(input, A, 'c2', T1),
      saveDraft(input, 'webpage:/en/a/b/:html', '<h1>Hi</h1>', T1),
      setLearnerName(input, 'Ada', T1),
    ];
    expect(input).toEqual(snapshot);
    for (const result of results) {
      expect(result).not.toBe(input);
      expect(progressSchema.safeParse(result).success).toBe(true);
    }
  });

  it('returns the same object for input it refuses', () => {
    const p = frozen();
    expect(markVisited(p, '/en/../../etc/', 'x', T1)).toBe(p);
    expect(markCompleted(p, '__proto__', T1)).toBe(p);
    expect(recordCheck(p, A, 'constructor', T1)).toBe(p);
    expect(recordCheck(p, A, 'Bad Id', T1)).toBe(p);
    expect(saveDraft(p, '__proto__', 'x', T1)).toBe(p);
    expect(saveDraft(p, 'd', 'x'.repeat(LIMITS.draftChars + 1), T1)).toBe(p);
    expect(undoCompleted(p, A, T1)).toBe(p);
  });
});

describe('model: lessons', () => {
  it('markVisited starts a lesson once and always moves lastVisited', () => {
    const once = markVisited(frozen(), A, 'Welcome', T0);
    const twice = markVisited(once, A, 'Welcome again', T1);
    expect(twice.lessons[A]).toEqual({ startedAt: T0.toISOString() });
    expect(twice.lastVisited).toEqual({ path: A, title: 'Welcome again', at: T1.toISOString() });
    expect(twice.updatedAt).toBe(T1.toISOString());
    expect(markVisited(frozen(), A, 't'.repeat(300), T0).lastVisited?.title).toHaveLength(LIMITS.titleChars);
  });

  it('markCompleted starts if needed and keeps the first completion time', () => {
    const done = markCompleted(frozen(), A, T0);
    expect(done.lessons[A]).toEqual({ startedAt: T0.toISOString(), completedAt: T0.toISOString() });
    expect(markCompleted(done, A, T1)).toBe(done);
    const startedEarlier = markCompleted(markVisited(frozen(), A, '', T0), A, T1);
    expect(startedEarlier.lessons[A]).toEqual({ startedAt: T0.toISOString(), completedAt: T1.toISOString() });
  });

  it('undoCompleted keeps the start and the checks', () => {
    const p = undoCompleted(markCompleted(recordCheck(frozen(), A, 'c1', T0), A, T0), A, T1);
    expect(p.lessons[A]).toEqual({ startedAt: T0.toISOString(), checks: { c1: T0.toISOString() } });
    expect(lessonStatus(p, A)).toBe('in-progress');
  });

  it('recordCheck keeps the first pass and stops at the per-lesson limit', () => {
    const p = recordCheck(recordCheck(frozen(), A, 'c1', T0), A, 'c1', T1);
    expect(p.lessons[A]?.checks).toEqual({ c1: T0.toISOString() });
    let full = frozen();
    for (let i = 0; i < LIMITS.checksPerLesson; i += 1) full = recordCheck(full, A, `c${i}`, T0);
    expect(recordCheck(full, A, 'one-more', T1)).toBe(full);
  });

  it('lessonStatus reads only own keys', () => {
    const p = markCompleted(markVisited(frozen(), B, '', T0), A, T0);
    expect([lessonStatus(p, A), lessonStatus(p, B), lessonStatus(p, C)]).toEqual([
      'done',
      'in-progress',
      'not-started',
    ]);
    expect(lessonStatus(p, 'toString')).toBe('not-started');
    expect(lessonStatus(p, '__proto__')).toBe('not-started');
  });

  it('stops adding lessons at the limit but still records the visit', () => {
    const lessons = Object.fromEntries(
      Array.from({ length: LIMITS.lessons }, (_, i) => [`/en/t/l${i}/`, { startedAt: 'x' }]),
    );
    const full = { ...frozen(), lessons };
    expect(markCompleted(full, A, T1)).toBe(full);
    const visited = markVisited(full, A, 'A', T1);
    expect(Object.keys(visited.lessons)).toHaveLength(LIMITS.lessons);
    expect(visited.lastVisited?.path).toBe(A);
  });
});

describe('model: drafts and name', () => {
  it('saveDraft replaces the text and drops the oldest beyond the limit', () => {
    let p = frozen();
    for (let i = 0; i < LIMITS.drafts; i += 1) p = saveDraft(p, `d:${i}`, `v${i}`, new Date(T0.getTime() + i * 1000));
    p = saveDraft(p, 'd:5', 'newer', T1);
    expect(p.drafts['d:5']).toEqual({ text: 'newer', savedAt: T1.toISOString() });
    const more = saveDraft(p, 'd:new', 'x', new Date(T1.getTime() + 1));
    expect(Object.keys(more.drafts)).toHaveLength(LIMITS.drafts);
    expect(Object.hasOwn(more.drafts, 'd:0')).toBe(false);
    expect(Object.hasOwn(more.drafts, 'd:new')).toBe(true);
  });

  it('keeps the draft just saved even when others carry future times', () => {
    const future = new Date('2099-01-01T00:00:00Z');
    let p = frozen();
    for (let i = 0; i < LIMITS.drafts; i += 1) p = saveDraft(p, `d:${i}`, 'x', future);
    expect(Object.hasOwn(saveDraft(p, 'mine', 'y', T0).drafts, 'mine')).toBe(true);
  });

  it('setLearnerName cleans the name, keeps markup as plain text and removes an empty one', () => {
    const named = setLearnerName(frozen(), '  <img src=x onerror=alert(1)>\u0000\n ', T1);
    expect(named.learnerName).toBe('<img src=x onerror=alert(1)>');
    expect(Object.hasOwn(setLearnerName(named, ' \u0007 ', T1), 'learnerName')).toBe(false);
    expect(setLearnerName(frozen(), 'x'.repeat(100), T1).learnerName).toHaveLength(80);
  });
});

describe('trackSummary', () => {
  const p = markVisited(markCompleted(frozen(), A, T0), C, '', T0);

  it('counts done and started lessons and names the first gap', () => {
    expect(trackSummary(p, [A, B, C])).toEqual({ done: 1, started: 1, total: 3, status: 'in-progress', next: B });
  });

  it('is done when every lesson is, with no next', () => {
    expect(trackSummary(p, [A])).toEqual({ done: 1, started: 0, total: 1, status: 'done' });
  });

  it('is not started when nothing was touched, or the list is empty', () => {
    expect(trackSummary(p, [B])).toEqual({ done: 0, started: 0, total: 1, status: 'not-started', next: B });
    expect(trackSummary(p, [])).toEqual({ done: 0, started: 0, total: 0, status: 'not-started' });
  });

  it('counts a repeated path once', () => {
    expect(trackSummary(p, [A, A, C])).toMatchObject({ done: 1, started: 1, total: 2 });
  });
});

describe('continuePath', () => {
  const order = [A, B, C];

  it('returns the last visited lesson when it is not done and still exists', () => {
    expect(continuePath(markVisited(markCompleted(frozen(), A, T0), C, '', T1), order)).toBe(C);
  });

  it('otherwise returns the first lesson not done after the last completed one', () => {
    const p = markCompleted(markCompleted(markVisited(frozen(), A, '', T0), A, T1), B, T1);
    expect(continuePath(p, order)).toBe(C);
    const gone = markCompleted(markVisited(frozen(), '/en/old/removed/', '', T0), A, T0);
    expect(continuePath(gone, order)).toBe(B);
  });

  it('finds the last completed lesson by list order, not by completion time', () => {
    const p = markCompleted(markCompleted(frozen(), B, T0), A, T1);
    expect(continuePath(p, order)).toBe(C);
  });

  it('is undefined for a fresh learner and when nothing after the last completion is left', () => {
    expect(continuePath(frozen(), order)).toBeUndefined();
    expect(continuePath(markCompleted(frozen(), C, T0), order)).toBeUndefined();
    expect(continuePath(markCompleted(frozen(), A, T0), [])).toBeUndefined();
  });
});
