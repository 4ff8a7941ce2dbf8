/** How much a learner is expected to know before starting a track or lesson. */
export type Level = 'beginner' | 'intermediate' | 'advanced';

/**
 * One `track.yaml`, as the content loader hands it over. `id` is the track folder
 * relative to `lessons/`, e.g. `en/01-start-here` (`en/01-start-here/track` is
 * accepted too).
 */
export interface TrackInput {
  id: string;
  data: { title: string; summary: string; level: Level; pioneers: string[]; [k: string]: unknown };
}

/**
 * One lesson file, as the content loader hands it over. `id` is the path relative
 * to `lessons/` without extension or trailing `/index`, e.g.
 * `en/01-start-here/02-how-to-learn`.
 */
export interface LessonInput {
  id: string;
  data: {
    title: string;
    summary: string;
    duration: number;
    level?: Level | undefined;
    pioneers?: string[] | undefined;
    objectives: string[];
    [k: string]: unknown;
  };
}

/** Which locales the site publishes, and which one every other locale follows. */
export interface CurriculumOptions {
  locales: string[];
  defaultLocale: string;
}

/** A link to a neighbouring lesson. */
export interface LessonLink {
  path: string;
  title: string;
}

/** One lesson as listed under one locale. */
export interface LessonNode {
  /** Entry id of the content actually used (the default locale's when falling back). */
  id: string;
  /** The locale this node is listed under. */
  locale: string;
  /** The locale of the content used; differs from `locale` when it is a fallback. */
  contentLocale: string;
  /** True when no translation exists and the default locale's lesson is used. */
  fallback: boolean;
  /** Track slug without its numeric prefix, e.g. `start-here`. */
  trackSlug: string;
  /** Lesson slug without its numeric prefix, e.g. `how-to-learn`. */
  slug: string;
  /** The lesson's numeric prefix, e.g. 2. */
  order: number;
  /** Site path with trailing slash, e.g. `/en/start-here/how-to-learn/`. */
  path: string;
  title: string;
  summary: string;
  /** Minutes. */
  duration: number;
  /** The lesson's own level, else the track's. */
  level: Level;
  /** The lesson's own pioneers, else the track's. */
  pioneers: string[];
  objectives: string[];
  /** The lesson before this one in curriculum order, across track boundaries. */
  prev?: LessonLink;
  /** The lesson after this one in curriculum order, across track boundaries. */
  next?: LessonLink;
  /** The raw frontmatter, for the page to use. */
  data: LessonInput['data'];
}

/** One track as listed under one locale, with its lessons in order. */
export interface TrackNode {
  /** Entry id of the track content actually used. */
  id: string;
  locale: string;
  contentLocale: string;
  fallback: boolean;
  /** Track slug without its numeric prefix. */
  slug: string;
  order: number;
  /** Site path with trailing slash, e.g. `/en/start-here/`. */
  path: string;
  title: string;
  summary: string;
  level: Level;
  pioneers: string[];
  /** Sum of the lesson durations, in minutes. */
  duration: number;
  lessons: LessonNode[];
  /** The raw track metadata. */
  data: TrackInput['data'];
}

/** Everything published under one locale. */
export interface LocaleNode {
  locale: string;
  /** e.g. `/en/` */
  path: string;
  tracks: TrackNode[];
  /** Every lesson of every track, flat, in curriculum order. */
  lessons: LessonNode[];
}

/** A problem an author should fix; the offending entry is left out or kept as described. */
export interface CurriculumWarning {
  code:
    | 'orphan-lesson'
    | 'empty-track'
    | 'bad-name'
    | 'duplicate-order'
    | 'duplicate-slug'
    | 'unknown-locale'
    | 'orphan-translation';
  /** The entry id the warning is about. */
  id: string;
  /** An English, developer-facing explanation naming the entry and the fix. */
  message: string;
}

/** The whole locale → track → lesson tree, plus what was wrong with the input. */
export interface Curriculum {
  locales: Record<string, LocaleNode>;
  warnings: CurriculumWarning[];
}
