import { z } from 'astro/zod';

/** How much a learner needs to know already. Labels live in i18n under `level.<id>`. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

/** A lesson or track level. */
export const levelSchema = z.enum(LEVELS, {
  error: (issue) =>
    issue.input === undefined
      ? `"level" is missing. Add it, for example: level: beginner`
      : `Unknown level "${String(issue.input)}". Use one of: ${LEVELS.join(', ')}.`,
});
