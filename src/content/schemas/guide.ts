import { z } from 'astro/zod';
import { sourceSchema } from './source';
import { missing, strictObject } from './strict';

/** What a facilitator guide is; each kind has its own group on the facilitators page. */
export const GUIDE_KINDS = ['guide', 'track-guide', 'activity'] as const;

/** Frontmatter of one facilitator guide (`guides/<locale>/<slug>.mdx`). */
export const guideSchema = strictObject(
  {
    /** The guide's title, shown as its heading and in the list of guides. */
    title: z.string(missing('title', 'title: Run a session')).min(1),
    /** One or two sentences shown in the list of guides. */
    summary: z.string(missing('summary', 'summary: Everything you need before, during and after a workshop.')).min(1),
    /** guide: running sessions; track-guide: plans for one track; activity: an unplugged activity. */
    kind: z.enum(GUIDE_KINDS, {
      error: (issue) =>
        issue.input === undefined
          ? `"kind" is missing. Add it, for example: kind: activity`
          : `Unknown guide kind "${String(issue.input)}". Use one of: ${GUIDE_KINDS.join(', ')}.`,
    }),
    /** Position within its kind on the facilitators page (1 comes first). */
    order: z.number(missing('order', 'order: 1')).int().min(0),
    /** For a track guide: the track's slug, as in its address (e.g. start-here). */
    track: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'A track slug is lower case with dashes, e.g. start-here' })
      .optional(),
    /** How long it takes, in whole minutes; required for an activity. */
    duration: z.number().int().min(1).max(600).optional(),
    /** Things the facilitator needs (for activities and track guides). */
    materials: z.array(z.string().min(1)).optional(),
    /** The ages it suits, e.g. "10–18". */
    ages: z.string().min(1).optional(),
    /** true when the page has print-ready sheets (cards, boards) to cut out. */
    printable: z.boolean().optional(),
    /** Sources for every historical claim ([] only when it makes none). */
    sources: z.array(sourceSchema, missing('sources', 'sources: [{ title: "…", author: "…" }]')),
  },
  'guide',
)
  .refine((g) => g.kind !== 'activity' || g.duration !== undefined, {
    path: ['duration'],
    error: '"duration" is required for an activity (kind: activity). Add it, for example: duration: 30',
  })
  .refine((g) => g.kind !== 'track-guide' || g.track !== undefined, {
    path: ['track'],
    error: '"track" is required for a track guide (kind: track-guide). Add it, for example: track: start-here',
  });

/** Guide frontmatter after validation. */
export type GuideData = z.infer<typeof guideSchema>;
