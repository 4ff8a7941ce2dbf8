import { getCollection } from 'astro:content';
import { buildCurriculum, type Curriculum } from '~/lib/curriculum';
import { DEFAULT_LOCALE, localeCodes } from '~/i18n';

let cached: Promise<Curriculum> | undefined;

/**
 * The whole locale → track → lesson tree, built once per build from the
 * content collections. Authoring warnings are printed to the build log.
 */
export function getCurriculum(): Promise<Curriculum> {
  cached ??= (async () => {
    const [tracks, lessons] = await Promise.all([getCollection('tracks'), getCollection('lessons')]);
    const curriculum = buildCurriculum(tracks, lessons, {
      locales: localeCodes,
      defaultLocale: DEFAULT_LOCALE,
    });
    for (const w of curriculum.warnings) console.warn(`[curriculum] ${w.code}: ${w.message}`);
    return curriculum;
  })();
  return cached;
}
