import type { z } from 'zod/mini';
import type { ProgressResult } from './problems.ts';
import { PROGRESS_VERSION, progressSchema, progressV1Schema, type LessonProgress, type Progress } from './schema.ts';

/** Describes the first zod issue as `path: code`, short enough for a log line. */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unknown';
  const where = issue.path.map((part) => String(part).slice(0, 60)).join('.');
  return `${where || '(root)'}: ${issue.code}`;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromV1(old: z.infer<typeof progressV1Schema>, now: Date): unknown {
  const at = now.toISOString();
  // Keys are lesson paths the v1 schema has already checked, so none can be
  // `__proto__`; building a plain object here is safe.
  const lessons: Record<string, LessonProgress> = {};
  for (const path of old.visited) lessons[path] = { startedAt: at };
  for (const path of old.completed) lessons[path] = { startedAt: at, completedAt: at };
  return {
    version: PROGRESS_VERSION,
    lessons,
    drafts: {},
    updatedAt: at,
    ...(old.last === undefined ? {} : { lastVisited: { path: old.last, title: '', at } }),
  };
}

function validate(candidate: unknown, migratedFrom?: number): ProgressResult {
  const parsed = progressSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: describeIssue(parsed.error) };
  const progress: Progress = parsed.data;
  return migratedFrom === undefined ? { ok: true, progress } : { ok: true, progress, migratedFrom };
}

/**
 * Validates progress in any known shape and brings it to the current version.
 * Data from a newer version of the site is refused with `newer-version` (we
 * cannot know what it means); anything else that does not validate is `invalid`.
 * `now` stamps what v1 did not record (when lessons were started or finished).
 */
export function migrate(raw: unknown, now: Date): ProgressResult {
  if (!isPlainRecord(raw) || !Object.hasOwn(raw, 'version')) {
    return { ok: false, reason: 'invalid', detail: '(root): no version' };
  }
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', detail: 'version: not a known version' };
  }
  if (version > PROGRESS_VERSION) return { ok: false, reason: 'newer-version', detail: `version: ${version}` };
  if (version === PROGRESS_VERSION) return validate(raw);
  const old = progressV1Schema.safeParse(raw);
  if (!old.success) return { ok: false, reason: 'invalid', detail: describeIssue(old.error) };
  // Validating the migrated result too catches what v1 allowed but v2 does not
  // (more than LIMITS.lessons lessons once `completed` and `visited` are joined).
  return validate(fromV1(old.data, now), version);
}
