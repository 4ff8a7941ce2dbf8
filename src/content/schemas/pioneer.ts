import { z } from 'astro/zod';
import { closestKey } from './strict';

/**
 * The people lessons may feature, by id. Their names and short descriptions are
 * UI text in `src/i18n/<locale>.json` under `pioneer.<id>.name` / `.about`.
 */
export const PIONEER_IDS = [
  'ada-lovelace',
  'charles-babbage',
  'luigi-menabrea',
  'grace-hopper',
  'mary-hawes',
  'howard-aiken',
  'charles-katz',
  'jean-sammet',
  'elizabeth-feinler',
  'radia-perlman',
  'karen-sparck-jones',
] as const;

/** One pioneer id; a misspelt id names the closest known one. */
export const pioneerSchema = z.string().refine((id) => (PIONEER_IDS as readonly string[]).includes(id), {
  error: (issue) => {
    const near = typeof issue.input === 'string' ? closestKey(issue.input, PIONEER_IDS) : undefined;
    return near
      ? `Unknown pioneer "${String(issue.input)}". Did you mean "${near}"?`
      : `Unknown pioneer "${String(issue.input)}". Use one of: ${PIONEER_IDS.join(', ')} (add new people to src/content/schemas/pioneer.ts and src/i18n/en.json).`;
  },
});
