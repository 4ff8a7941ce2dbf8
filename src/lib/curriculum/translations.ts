import type { ParsedLesson, ParsedTrack, Warn } from './collect.ts';
import type { PlannedTrack } from './plan.ts';

/** One locale's translated tracks and lessons, keyed by the default locale's folder names. */
export interface TranslationIndex {
  /** Keyed by track folder, e.g. `01-start-here`. */
  tracks: Map<string, ParsedTrack>;
  /** Keyed by `<track folder>/<lesson folder>`, e.g. `01-start-here/02-how-to-learn`. */
  lessons: Map<string, ParsedLesson>;
}

/** The key a lesson and its translations share. */
export function lessonKey(lesson: { trackFolder: string; folder: string }): string {
  return `${lesson.trackFolder}/${lesson.folder}`;
}

/**
 * Pairs one locale's entries with the default locale's published structure. The
 * translation's own numbering is irrelevant: it pairs by identical folder names,
 * and order comes from the default locale. A translated lesson is used even when
 * its track.yaml is not translated yet; the track then falls back on its own.
 */
export function indexTranslations(
  locale: string,
  defaultLocale: string,
  plan: readonly PlannedTrack[],
  tracks: readonly ParsedTrack[],
  lessons: readonly ParsedLesson[],
  warn: Warn,
): TranslationIndex {
  const plannedTracks = new Set(plan.map((p) => p.track.folder));
  const plannedLessons = new Set(plan.flatMap((p) => p.lessons.map(lessonKey)));
  const index: TranslationIndex = { tracks: new Map(), lessons: new Map() };

  const orphan = (id: string, counterpart: string): void =>
    warn(
      'orphan-translation',
      id,
      `"${id}" has no published counterpart "${defaultLocale}/${counterpart}" in the default locale (it is missing, renamed, or left out for a reason given in another warning), so it is left out. A translation must use exactly the same folder and file names as the ${defaultLocale} original: rename it to match, or add the original first.`,
    );
  const twice = (id: string): void =>
    warn('duplicate-slug', id, `"${id}" appears more than once; only the first is used. Remove the other.`);

  for (const track of tracks) {
    if (track.locale !== locale) continue;
    if (!plannedTracks.has(track.folder)) orphan(track.input.id, track.folder);
    else if (index.tracks.has(track.folder)) twice(track.input.id);
    else index.tracks.set(track.folder, track);
  }
  for (const lesson of lessons) {
    if (lesson.locale !== locale) continue;
    const key = lessonKey(lesson);
    if (!plannedLessons.has(key)) orphan(lesson.input.id, key);
    else if (index.lessons.has(key)) twice(lesson.input.id);
    else index.lessons.set(key, lesson);
  }
  return index;
}
