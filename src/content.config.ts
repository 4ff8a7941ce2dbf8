import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './content/schemas/guide';
import { lessonSchema } from './content/schemas/lesson';
import { trackSchema } from './content/schemas/track';

/**
 * Entry ids are paths under lessons/ without the extension: a folder lesson's
 * `index.mdx` takes the folder's name and a track.yaml takes its track folder's,
 * which is what src/lib/curriculum expects.
 */
function pathId({ entry }: { entry: string }): string {
  return entry.replace(/\.(mdx|ya?ml)$/, '').replace(/\/(index|track)$/, '');
}

const lessons = defineCollection({
  loader: glob({ base: './lessons', pattern: '*/*/**/*.mdx', generateId: pathId }),
  schema: lessonSchema,
});

const tracks = defineCollection({
  loader: glob({ base: './lessons', pattern: '*/*/track.yaml', generateId: pathId }),
  schema: trackSchema,
});

/** Facilitator guides: `guides/<locale>/<slug>.mdx`, id `<locale>/<slug>` (e.g. en/run-a-session). */
const guides = defineCollection({
  loader: glob({ base: './guides', pattern: '*/*.mdx', generateId: pathId }),
  schema: guideSchema,
});

export const collections = { lessons, tracks, guides };
