import type { Progress } from './schema.ts';

/**
 * Why progress could not be read, as a stable code. The app's i18n turns each
 * code into words for the learner; no message text lives here.
 *
 * - `invalid`: the data does not match any known shape.
 * - `newer-version`: written by a newer version of the site.
 * - `too-large`: the file is bigger than `MAX_FILE_BYTES`.
 * - `not-json`: the text is not JSON at all.
 * - `wrong-file`: JSON, but not a Poetical Science progress export.
 */
export type ProgressProblem = 'invalid' | 'newer-version' | 'too-large' | 'not-json' | 'wrong-file';

/**
 * The outcome of reading progress from anywhere. `migratedFrom` is set when the
 * data was in an older shape; `detail` is a short developer-facing hint (for
 * logs and bug reports, never shown raw to learners).
 */
export type ProgressResult =
  { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; reason: ProgressProblem; detail?: string };
