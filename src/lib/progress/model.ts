import {
  LIMITS,
  cleanLearnerName,
  clipText,
  isCheckId,
  isDraftId,
  isLessonPath,
  type Draft,
  type LessonProgress,
  type Progress,
} from './schema.ts';

// Every function here returns a new object and leaves its input alone, so the
// UI can compare references and frozen state works. Keys are checked with the
// schema's own predicates before use, so a progress that was valid stays valid
// and no untrusted key ever indexes an object. Invalid input returns `p` itself.

/** Where a learner stands in one lesson. */
export type LessonStatus = 'not-started' | 'in-progress' | 'done';

function lessonOf(p: Progress, path: string): LessonProgress | undefined {
  return Object.hasOwn(p.lessons, path) ? p.lessons[path] : undefined;
}

function withLesson(p: Progress, path: string, lesson: LessonProgress, at: string): Progress {
  return { ...p, lessons: { ...p.lessons, [path]: lesson }, updatedAt: at };
}

function hasRoomFor(p: Progress, path: string): boolean {
  return Object.hasOwn(p.lessons, path) || Object.keys(p.lessons).length < LIMITS.lessons;
}

/** Records that she opened a lesson: sets `lastVisited` and starts the lesson if new. */
export function markVisited(p: Progress, path: string, title: string, now: Date): Progress {
  if (!isLessonPath(path)) return p;
  const at = now.toISOString();
  const lastVisited = { path, title: clipText(title, LIMITS.titleChars), at };
  const started = lessonOf(p, path) !== undefined || !hasRoomFor(p, path);
  const lessons = started ? p.lessons : { ...p.lessons, [path]: { startedAt: at } };
  return { ...p, lessons, lastVisited, updatedAt: at };
}

/** Marks a lesson done (starting it too if needed). An earlier completion time is kept. */
export function markCompleted(p: Progress, path: string, now: Date): Progress {
  const lesson = lessonOf(p, path);
  if (!isLessonPath(path) || lesson?.completedAt !== undefined || !hasRoomFor(p, path)) return p;
  const at = now.toISOString();
  return withLesson(p, path, { ...(lesson ?? { startedAt: at }), completedAt: at }, at);
}

/** Takes back "done" on a lesson; it stays started, with its checks. */
export function undoCompleted(p: Progress, path: string, now: Date): Progress {
  const lesson = lessonOf(p, path);
  if (lesson?.completedAt === undefined) return p;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping the key is the point
  const { completedAt, ...rest } = lesson;
  return withLesson(p, path, rest, now.toISOString());
}

/** Records that a playground check passed in a lesson; the first pass time is kept. */
export function recordCheck(p: Progress, path: string, checkId: string, now: Date): Progress {
  if (!isLessonPath(path) || !isCheckId(checkId) || !hasRoomFor(p, path)) return p;
  const at = now.toISOString();
  const lesson = lessonOf(p, path) ?? { startedAt: at };
  const checks = lesson.checks ?? {};
  if (Object.hasOwn(checks, checkId) || Object.keys(checks).length >= LIMITS.checksPerLesson) return p;
  return withLesson(p, path, { ...lesson, checks: { ...checks, [checkId]: at } }, at);
}

/**
 * Keeps at most `LIMITS.drafts` drafts, dropping the least recently saved ones.
 * `pinned` (the draft just saved) always stays, even if another device's clock
 * stamped older drafts in the future.
 */
export function keepNewestDrafts(drafts: Record<string, Draft>, pinned?: string): Record<string, Draft> {
  const entries = Object.entries(drafts);
  if (entries.length <= LIMITS.drafts) return drafts;
  const rank = ([id, draft]: [string, Draft]) => (id === pinned ? Infinity : Date.parse(draft.savedAt));
  entries.sort((a, b) => rank(b) - rank(a) || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, LIMITS.drafts));
}

/**
 * Saves a playground draft. When there are already `LIMITS.drafts`, the least
 * recently saved one makes room. A text over `LIMITS.draftChars` is not saved
 * (check its length first to tell her); neither is a malformed id.
 */
export function saveDraft(p: Progress, id: string, text: string, now: Date): Progress {
  if (!isDraftId(id) || text.length > LIMITS.draftChars) return p;
  const savedAt = now.toISOString();
  const drafts = keepNewestDrafts({ ...p.drafts, [id]: { text, savedAt } }, id);
  return { ...p, drafts, updatedAt: savedAt };
}

/**
 * Sets the name for certificates: trimmed, control characters removed, at most
 * 80 characters. A name that is empty after cleaning removes it. The name is kept
 * as plain text; escaping it for HTML is the UI's job.
 */
export function setLearnerName(p: Progress, name: string, now: Date): Progress {
  const clean = cleanLearnerName(name);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping the key is the point
  const { learnerName, ...rest } = p;
  const updatedAt = now.toISOString();
  return clean === '' ? { ...rest, updatedAt } : { ...rest, learnerName: clean, updatedAt };
}

/** Where she stands in one lesson. */
export function lessonStatus(p: Progress, path: string): LessonStatus {
  const lesson = lessonOf(p, path);
  if (lesson === undefined) return 'not-started';
  return lesson.completedAt === undefined ? 'in-progress' : 'done';
}

/** Counts for one track (or any list of lessons). */
export interface TrackSummary {
  /** Lessons done. */
  done: number;
  /** Lessons started but not done. */
  started: number;
  /** Distinct lessons in the list. */
  total: number;
  /** `done` only when every lesson is; `not-started` for an empty list. */
  status: LessonStatus;
  /** The first lesson not done, in the given order; absent when all are done. */
  next?: string;
}

/** Summarises her progress through the given lessons. */
export function trackSummary(p: Progress, lessonPaths: readonly string[]): TrackSummary {
  const paths = [...new Set(lessonPaths)];
  let done = 0;
  let started = 0;
  let next: string | undefined;
  for (const path of paths) {
    const status = lessonStatus(p, path);
    if (status === 'done') done += 1;
    else {
      if (status === 'in-progress') started += 1;
      next ??= path;
    }
  }
  const total = paths.length;
  const status: LessonStatus =
    total > 0 && done === total ? 'done' : done + started === 0 ? 'not-started' : 'in-progress';
  return next === undefined ? { done, started, total, status } : { done, started, total, status, next };
}

/**
 * The lesson a "Continue" button should open: the last one she visited if it is
 * not done and still in the list, else the first lesson not done after the last
 * completed one. `undefined` when there is none (nothing completed yet, or all
 * lessons after the last completed one are done); `trackSummary().next` then
 * gives the first gap.
 */
export function continuePath(p: Progress, orderedLessonPaths: readonly string[]): string | undefined {
  const last = p.lastVisited?.path;
  if (last !== undefined && orderedLessonPaths.includes(last) && lessonStatus(p, last) !== 'done') return last;
  const done = orderedLessonPaths.map((path) => lessonStatus(p, path) === 'done');
  const lastDone = done.lastIndexOf(true);
  if (lastDone === -1) return undefined;
  return orderedLessonPaths.find((_, index) => index > lastDone && !done[index]);
}
