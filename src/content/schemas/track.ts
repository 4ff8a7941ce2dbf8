import { z } from 'astro/zod';
import { levelSchema } from './level';
import { pioneerSchema } from './pioneer';
import { missing, strictObject } from './strict';

/** `lessons/<locale>/<NN-track>/track.yaml`: a track's metadata. */
export const trackSchema = strictObject(
  {
    /** Name of the track, shown in lists and headings. */
    title: z.string(missing('title', 'title: Ada Lovelace and the Engine')).min(1),
    /** One sentence shown on the home page. */
    summary: z.string(missing('summary', 'summary: Run the program Ada wrote in 1843.')).min(1),
    /** Level of the track; lessons inherit it unless they say otherwise. */
    level: levelSchema,
    /** Pioneers the track honours; lessons inherit them unless they list their own. */
    pioneers: z.array(pioneerSchema, missing('pioneers', 'pioneers: [ada-lovelace]')),
    /**
     * The badge for finishing the track, named after the pioneer it honours
     * (one of the track's pioneers; defaults to the first).
     */
    badge: strictObject(
      {
        /** The pioneer the badge is named after. */
        pioneer: pioneerSchema,
      },
      'badge',
    ).optional(),
    /** A few sentences for the track page. */
    description: z.string().min(1).optional(),
  },
  'track.yaml',
);

/** Track data after validation. */
export type TrackData = z.infer<typeof trackSchema>;
