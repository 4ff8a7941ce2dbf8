// zod/mini: the same validation as zod with a much smaller bundle, because this
// schema ships on every lesson page.
import { z } from 'zod/mini';

/** The current shape of stored progress. Older shapes are migrated forward by `migrate()`. */
export const PROGRESS_VERSION = 2;

/** Size limits the schema enforces, so a hostile file cannot make the page do unbounded work. */
export const LIMITS = {
  lessons: 1000,
  drafts: 200,
  draftChars: 100_000,
  draftIdChars: 200,
  checksPerLesson: 50,
  titleChars: 200,
  learnerNameChars: 80,
  lessonPathChars: 200,
} as const;

/** What the learner has done in one lesson. */
export interface LessonProgress {
  /** ISO date-time she first opened the lesson. */
  startedAt: string;
  /** ISO date-time she marked it done; absent while not completed. */
  completedAt?: string;
  /** Playground check id → ISO date-time it first passed. */
  checks?: Record<string, string>;
}

/** One saved playground draft. */
export interface Draft {
  /** The editor's text, at most `LIMITS.draftChars` characters. */
  text: string;
  /** ISO date-time it was saved. */
  savedAt: string;
}

/** Everything the site remembers about one learner, kept only in her browser. */
export interface Progress {
  version: 2;
  /** Lesson path such as `/en/start-here/welcome/` → what she did there. */
  lessons: Record<string, LessonProgress>;
  /** The lesson she opened most recently (the title may be '' when unknown). */
  lastVisited?: { path: string; title: string; at: string };
  /** Draft id such as `webpage:/en/first-webpage/skeleton/:html` → her saved text. */
  drafts: Record<string, Draft>;
  /** The name she typed for certificates: 1–80 characters, no control characters. */
  learnerName?: string;
  /** ISO date-time of the last change. */
  updatedAt: string;
}

const LESSON_PATH = /^\/[a-z]{2,3}(-[A-Za-z]{2,4})?\/[a-z0-9-]+\/[a-z0-9-]+\/$/;
const CHECK_ID = /^[a-z0-9:_./-]{1,100}$/;
const DRAFT_ID = /^[A-Za-z0-9:_./-]{1,200}$/;
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Characters a learner's name may not contain: C0/C1 controls, line and paragraph
 * separators, and the bidi embedding, override and isolate marks (which could make
 * a certificate read differently from what was typed). Joiners stay: some scripts
 * and emoji need them.
 */
const UNSAFE_NAME_CHAR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * Turns whatever was typed into a name the schema accepts, or '' when nothing is
 * left: line breaks and tabs become spaces, other unsafe characters go, runs of
 * whitespace shrink to one space, and the result is trimmed to at most
 * `LIMITS.learnerNameChars` UTF-16 units without splitting a character.
 */
export function cleanLearnerName(typed: string): string {
  const spaced = typed.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ');
  const safe = spaced.replace(new RegExp(UNSAFE_NAME_CHAR.source, 'gu'), '');
  const collapsed = safe.replace(/\s+/gu, ' ').trim();
  return clipText(collapsed, LIMITS.learnerNameChars).trimEnd();
}

/** Shortens `text` to at most `max` UTF-16 units without cutting a character in half. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** True for keys that could reach an object's prototype if ever used as a property name. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** True when `path` is a well-formed lesson path (`/<locale>/<track>/<lesson>/`). */
export function isLessonPath(path: string): boolean {
  return path.length <= LIMITS.lessonPathChars && LESSON_PATH.test(path);
}

/** True when `id` is a well-formed playground check id. */
export function isCheckId(id: string): boolean {
  return CHECK_ID.test(id) && !isForbiddenKey(id);
}

/** True when `id` is a well-formed draft id. */
export function isDraftId(id: string): boolean {
  return DRAFT_ID.test(id) && !isForbiddenKey(id);
}

const isoTime = z.iso.datetime({ offset: true });

/**
 * Wraps a record schema with checks zod's record does not make on its own: the
 * input must be a plain object with at most `max` keys, and no own key may be
 * `__proto__`, `constructor` or `prototype`. (zod silently drops an own
 * `__proto__` key; we want such input refused, not quietly cleaned.)
 */
function guardedRecord<T extends z.ZodMiniType>(record: T, max: number) {
  const guard = z.unknown().check(
    z.superRefine((value, ctx) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        ctx.addIssue({ code: 'custom', message: 'expected a plain object', input: value });
        return;
      }
      // Counting first keeps a huge record from being validated entry by entry.
      const keys = Object.keys(value);
      if (keys.length > max) ctx.addIssue({ code: 'custom', message: `more than ${max} entries`, input: value });
      const bad = keys.find(isForbiddenKey);
      if (bad !== undefined) ctx.addIssue({ code: 'custom', message: 'forbidden key', path: [bad], input: value });
    }),
  );
  return z.pipe(guard, record);
}

const lessonPathKey = z.string().check(z.refine(isLessonPath, 'not a lesson path'));

const lessonSchema = z.strictObject({
  startedAt: isoTime,
  completedAt: z.exactOptional(isoTime),
  checks: z.exactOptional(
    guardedRecord(z.record(z.string().check(z.refine(isCheckId, 'not a check id')), isoTime), LIMITS.checksPerLesson),
  ),
});

const draftSchema = z.strictObject({
  text: z.string().check(z.maxLength(LIMITS.draftChars)),
  savedAt: isoTime,
});

const learnerNameSchema = z.string().check(
  z.minLength(1),
  z.maxLength(LIMITS.learnerNameChars),
  z.refine((name) => !UNSAFE_NAME_CHAR.test(name), 'control characters'),
);

/** Validates stored or imported progress. Objects are strict: an unknown or misspelt key fails. */
export const progressSchema: z.ZodMiniType<Progress> = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  lessons: guardedRecord(z.record(lessonPathKey, lessonSchema), LIMITS.lessons),
  lastVisited: z.exactOptional(
    z.strictObject({ path: lessonPathKey, title: z.string().check(z.maxLength(LIMITS.titleChars)), at: isoTime }),
  ),
  drafts: guardedRecord(z.record(z.string().check(z.refine(isDraftId, 'not a draft id')), draftSchema), LIMITS.drafts),
  learnerName: z.exactOptional(learnerNameSchema),
  updatedAt: isoTime,
}) as unknown as z.ZodMiniType<Progress>;

/** The version 1 shape, still found in browsers that used the site before drafts existed. */
export const progressV1Schema = z.strictObject({
  version: z.literal(1),
  completed: z.array(lessonPathKey).check(z.maxLength(LIMITS.lessons)),
  visited: z.array(lessonPathKey).check(z.maxLength(LIMITS.lessons)),
  last: z.exactOptional(lessonPathKey),
});

/** Progress for someone who has not started anything yet. */
export function emptyProgress(now: Date): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, drafts: {}, updatedAt: now.toISOString() };
}
