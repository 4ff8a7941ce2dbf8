import { z } from 'astro/zod';
import { missing, strictObject } from './strict';

/** A source for the historical claims in a lesson: a book, paper, museum record or page. */
export const sourceSchema = strictObject(
  {
    /** Title of the work, as printed. */
    title: z.string(missing('title', 'title: FLOW-MATIC Programming System')).min(1),
    /** Who wrote or made it. */
    author: z.string().min(1).optional(),
    /** Year, or a phrase such as "about 1952" when the date is fuzzy. */
    year: z.union([z.number().int(), z.string().min(1)]).optional(),
    /** Publisher, journal, museum or archive. */
    publisher: z.string().min(1).optional(),
    /** Where to read it online (https only); a link, never loaded by the page. */
    url: z.url({ protocol: /^https$/, error: 'A source url must start with https://' }).optional(),
    /** What in the lesson this source supports, or a caution about it. */
    note: z.string().min(1).optional(),
  },
  'source',
);

/** A source as written in frontmatter. */
export type Source = z.infer<typeof sourceSchema>;
