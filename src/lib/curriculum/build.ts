import { collectEntries, publishedLocales, type Warn } from './collect.ts';
import { linkLessons, makeLesson, makeTrack } from './nodes.ts';
import { localePath } from './path.ts';
import { planDefaultLocale, type PlannedTrack } from './plan.ts';
import { indexTranslations, lessonKey, type TranslationIndex } from './translations.ts';
import type {
  Curriculum,
  CurriculumOptions,
  CurriculumWarning,
  LessonInput,
  LessonNode,
  LocaleNode,
  TrackInput,
  TrackNode,
} from './types.ts';

/**
 * Turns the content loader's flat entries into the locale → track → lesson tree.
 *
 * Every published locale lists the default locale's tracks and lessons, in the
 * default locale's order, using a translation where one exists and the default
 * content (with `fallback: true`) where it does not. Problems never throw: the
 * offending entries are left out (or kept, for `duplicate-order`) and reported in
 * `warnings`, in the order they were found.
 */
export function buildCurriculum(
  tracks: readonly TrackInput[],
  lessons: readonly LessonInput[],
  options: CurriculumOptions,
): Curriculum {
  const warnings: CurriculumWarning[] = [];
  const warn: Warn = (code, id, message) => {
    warnings.push({ code, id, message });
  };
  const defaultLocale = options.defaultLocale;
  const locales = publishedLocales(options);
  const entries = collectEntries(
    Array.isArray(tracks) ? tracks : [],
    Array.isArray(lessons) ? lessons : [],
    locales,
    warn,
  );

  const plan = planDefaultLocale(
    defaultLocale,
    entries.tracks.filter((t) => t.locale === defaultLocale),
    entries.lessons.filter((l) => l.locale === defaultLocale),
    warn,
  );

  // Object.fromEntries defines own properties, so even an odd locale code such
  // as `__proto__` cannot reach the prototype.
  const tree = Object.fromEntries(
    locales.map((locale) => {
      const translations =
        locale === defaultLocale
          ? undefined
          : indexTranslations(locale, defaultLocale, plan, entries.tracks, entries.lessons, warn);
      return [locale, buildLocale(locale, plan, translations)];
    }),
  );
  return { locales: tree, warnings };
}

function buildLocale(locale: string, plan: readonly PlannedTrack[], translations?: TranslationIndex): LocaleNode {
  const tracks = plan.map(({ track, lessons }) => {
    const node = makeTrack(locale, translations?.tracks.get(track.folder) ?? track);
    node.lessons = lessons.map((lesson) =>
      makeLesson(locale, translations?.lessons.get(lessonKey(lesson)) ?? lesson, node),
    );
    node.duration = node.lessons.reduce((sum, lesson) => sum + lesson.duration, 0);
    return node;
  });
  const flat = tracks.flatMap((t) => t.lessons);
  linkLessons(flat);
  return { locale, path: localePath(locale), tracks, lessons: flat };
}

/** The track with this slug under this locale, or undefined. */
export function findTrack(c: Curriculum, locale: string, trackSlug: string): TrackNode | undefined {
  // hasOwn, so that a locale such as `constructor` finds nothing rather than Object's.
  if (!Object.hasOwn(c.locales, locale)) return undefined;
  return c.locales[locale]?.tracks.find((t) => t.slug === trackSlug);
}

/** The lesson with these slugs under this locale, or undefined. */
export function findLesson(
  c: Curriculum,
  locale: string,
  trackSlug: string,
  lessonSlug: string,
): LessonNode | undefined {
  return findTrack(c, locale, trackSlug)?.lessons.find((l) => l.slug === lessonSlug);
}
