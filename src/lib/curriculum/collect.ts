import { parseEntryId } from './path.ts';
import type { CurriculumWarning, LessonInput, TrackInput } from './types.ts';

/** Adds one warning to the build's list. */
export type Warn = (code: CurriculumWarning['code'], id: string, message: string) => void;

/** A track entry whose id has been read and whose locale is published. */
export interface ParsedTrack {
  input: TrackInput;
  locale: string;
  /** The folder name as written, e.g. `01-start-here`; translations pair on it. */
  folder: string;
  order: number;
  slug: string;
}

/** A lesson entry whose id has been read and whose locale is published. */
export interface ParsedLesson {
  input: LessonInput;
  locale: string;
  trackFolder: string;
  /** The lesson's own file or folder name, e.g. `02-how-to-learn`. */
  folder: string;
  order: number;
  slug: string;
}

/**
 * The locales to publish, default first. The default is added when the options
 * forgot it, because every other locale falls back to it.
 */
export function publishedLocales(options: { locales: string[]; defaultLocale: string }): string[] {
  const others = options.locales.filter((l) => l !== options.defaultLocale);
  return [options.defaultLocale, ...new Set(others)];
}

/**
 * Matches a locale folder name to a configured locale. Case is ignored because
 * the content loader lower-cases ids (`pt-br`) while config may say `pt-BR`.
 */
function matchLocale(tag: string, locales: string[]): string | undefined {
  return locales.find((l) => l === tag) ?? locales.find((l) => l.toLowerCase() === tag.toLowerCase());
}

const NAMING_HELP =
  'Name folders and files <locale>/<NN-track>/<NN-lesson>, where NN is a number and the rest is lower-case letters, digits and single dashes (e.g. en/01-start-here/02-how-to-learn.mdx).';

/** Reads every id, keeping the entries that are well named and in a published locale. */
export function collectEntries(
  tracks: readonly TrackInput[],
  lessons: readonly LessonInput[],
  locales: string[],
  warn: Warn,
): { tracks: ParsedTrack[]; lessons: ParsedLesson[] } {
  const keptTracks: ParsedTrack[] = [];
  const keptLessons: ParsedLesson[] = [];
  const localeOf = (id: string, tag: string): string | undefined => {
    const locale = matchLocale(tag, locales);
    if (locale === undefined) {
      warn(
        'unknown-locale',
        id,
        `"${id}" is in locale folder "${tag}", which is not one of the site's locales (${locales.join(', ')}). Add "${tag}" to the configured locales or move the file; it is left out.`,
      );
    }
    return locale;
  };

  for (const input of tracks) {
    const id = String(input?.id);
    const parsed = parseEntryId(id);
    if (!parsed || parsed.lessonSlug !== undefined) {
      warn(
        'bad-name',
        id,
        `Track "${id}" is not named <locale>/<NN-track>/track.yaml, so it is left out. ${NAMING_HELP}`,
      );
      continue;
    }
    const locale = localeOf(id, parsed.locale);
    if (locale === undefined) continue;
    keptTracks.push({
      input,
      locale,
      folder: folderName(id, 1) ?? '',
      order: parsed.trackOrder,
      slug: parsed.trackSlug,
    });
  }

  for (const input of lessons) {
    const id = String(input?.id);
    const parsed = parseEntryId(id);
    if (!parsed || parsed.lessonSlug === undefined || parsed.lessonOrder === undefined) {
      warn(
        'bad-name',
        id,
        `Lesson "${id}" is not named <locale>/<NN-track>/<NN-lesson>, so it is left out. ${NAMING_HELP}`,
      );
      continue;
    }
    const locale = localeOf(id, parsed.locale);
    if (locale === undefined) continue;
    keptLessons.push({
      input,
      locale,
      trackFolder: folderName(id, 1) ?? '',
      folder: folderName(id, 2) ?? '',
      order: parsed.lessonOrder,
      slug: parsed.lessonSlug,
    });
  }
  return { tracks: keptTracks, lessons: keptLessons };
}

// Translations pair on the folder names exactly as written (`01-start-here`,
// not the parsed number), so `1-start-here` and `01-start-here` do not pair.
function folderName(id: string, index: number): string | undefined {
  return id.split('/')[index];
}
