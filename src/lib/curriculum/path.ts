/** What an entry id says about where the entry sits in the curriculum. */
export interface ParsedEntryId {
  locale: string;
  trackOrder: number;
  trackSlug: string;
  lessonOrder?: number;
  lessonSlug?: string;
}

// `<digits>-<slug>`: the number orders, the slug names. Slugs have no leading,
// trailing or doubled dashes so that every slug is also a clean URL segment.
const NUMBERED_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

// A BCP 47-ish tag such as `en`, `es`, `pt-br`, `zh-hant`. Case is checked later
// against the configured locales, because the loader may lower-case folder names.
const LOCALE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Splits `02-how-to-learn` into its number and slug; undefined when it does not fit. */
export function parseNumberedName(name: string): { order: number; slug: string } | undefined {
  const match = NUMBERED_NAME.exec(name);
  if (!match) return undefined;
  const order = Number(match[1]);
  // A prefix too long to compare exactly would order lessons unpredictably.
  if (!Number.isSafeInteger(order)) return undefined;
  return { order, slug: match[2] ?? '' };
}

/**
 * Reads `<locale>/<NN-track>` or `<locale>/<NN-track>/<NN-lesson>`. A trailing
 * `/index` (folder lessons) or `/track` (a `track.yaml` id that kept its file
 * name) is ignored. Returns undefined when the id does not follow that shape.
 */
export function parseEntryId(id: string): ParsedEntryId | undefined {
  // Callers may hand over anything at build time; a bad id is a warning, not a crash.
  if (typeof id !== 'string') return undefined;
  const parts = id.split('/');
  const last = parts[parts.length - 1];
  if (parts.length > 2 && (last === 'index' || last === 'track')) parts.pop();
  if (parts.length < 2 || parts.length > 3) return undefined;

  const [locale = '', trackName = '', lessonName] = parts;
  if (!LOCALE_TAG.test(locale)) return undefined;
  const track = parseNumberedName(trackName);
  if (!track) return undefined;
  const parsed: ParsedEntryId = { locale, trackOrder: track.order, trackSlug: track.slug };
  if (lessonName === undefined) return parsed;

  const lesson = parseNumberedName(lessonName);
  if (!lesson) return undefined;
  parsed.lessonOrder = lesson.order;
  parsed.lessonSlug = lesson.slug;
  return parsed;
}

/** Orders by number, then by slug (code-unit order, so the result never depends on the machine's locale). */
export function compareOrdered(a: { order: number; slug: string }, b: { order: number; slug: string }): number {
  if (a.order !== b.order) return a.order - b.order;
  if (a.slug === b.slug) return 0;
  return a.slug < b.slug ? -1 : 1;
}

/** `/en/` */
export function localePath(locale: string): string {
  return `/${locale}/`;
}

/** `/en/start-here/` */
export function trackPath(locale: string, trackSlug: string): string {
  return `/${locale}/${trackSlug}/`;
}

/** `/en/start-here/how-to-learn/` */
export function lessonPath(locale: string, trackSlug: string, lessonSlug: string): string {
  return `/${locale}/${trackSlug}/${lessonSlug}/`;
}
