import { keepNewestDrafts } from './model.ts';
import type { Draft, LessonProgress, Progress } from './schema.ts';

// Times are compared as instants, not strings, because imports may carry
// offsets ('+02:00'). Equal instants written differently fall back to string
// order so that merging stays commutative.
function compareTimes(x: string, y: string): number {
  return Date.parse(x) - Date.parse(y) || (x < y ? -1 : x > y ? 1 : 0);
}

function earliest(x: string, y: string): string {
  return compareTimes(x, y) <= 0 ? x : y;
}

function latest(x: string, y: string): string {
  return compareTimes(x, y) >= 0 ? x : y;
}

function earliestDefined(x: string | undefined, y: string | undefined): string | undefined {
  if (x === undefined) return y;
  return y === undefined ? x : earliest(x, y);
}

// Builds records with Object.fromEntries, which defines own properties: even a
// key spelt `__proto__` could not reach the prototype (the schema refuses those
// keys anyway). Keys are sorted so the same data always serialises the same way.
function unionBy<T>(a: Record<string, T>, b: Record<string, T>, combine: (x: T, y: T) => T): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    keys.map((key) => {
      const x = Object.hasOwn(a, key) ? a[key] : undefined;
      const y = Object.hasOwn(b, key) ? b[key] : undefined;
      // At least one side has the key, so the fallback never yields undefined.
      const value = x !== undefined && y !== undefined ? combine(x, y) : ((x ?? y) as T);
      return [key, value];
    }),
  );
}

function mergeLesson(x: LessonProgress, y: LessonProgress): LessonProgress {
  const merged: LessonProgress = { startedAt: earliest(x.startedAt, y.startedAt) };
  const completedAt = earliestDefined(x.completedAt, y.completedAt);
  if (completedAt !== undefined) merged.completedAt = completedAt;
  if (x.checks !== undefined || y.checks !== undefined) {
    merged.checks = unionBy(x.checks ?? {}, y.checks ?? {}, earliest);
  }
  return merged;
}

function laterDraft(x: Draft, y: Draft): Draft {
  return compareTimes(y.savedAt, x.savedAt) > 0 ? y : x;
}

function laterVisit(x: Progress['lastVisited'], y: Progress['lastVisited']): Progress['lastVisited'] {
  if (x === undefined || y === undefined) return x ?? y;
  return compareTimes(y.at, x.at) > 0 ? y : x;
}

/**
 * Combines two progress records without losing anything either knows, e.g.
 * this device's progress (`a`) and an imported file or another tab (`b`).
 *
 * Lessons are united: the earliest start, completed if either says so (at the
 * earlier time), checks united at their earliest pass. A draft saved later wins
 * (on a tie, `a`'s). `lastVisited` is the later one; the learner name is `a`'s
 * unless `a` has none; `updatedAt` is the later one. The result can exceed
 * `LIMITS.lessons`; the store validates before it writes. The lessons part does not
 * depend on argument order, and merging a record with itself changes nothing.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const merged: Progress = {
    version: a.version,
    lessons: unionBy(a.lessons, b.lessons, mergeLesson),
    drafts: keepNewestDrafts(unionBy(a.drafts, b.drafts, laterDraft)),
    updatedAt: latest(a.updatedAt, b.updatedAt),
  };
  const lastVisited = laterVisit(a.lastVisited, b.lastVisited);
  if (lastVisited !== undefined) merged.lastVisited = lastVisited;
  const learnerName = a.learnerName ?? b.learnerName;
  if (learnerName !== undefined) merged.learnerName = learnerName;
  return merged;
}
