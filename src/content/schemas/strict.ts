import { z } from 'astro/zod';
import { closest } from '~/lib/html-checks/distance';

/**
 * The known key closest to a misspelt one, so a build error can say "did you
 * mean `duration`?" (the same typo rules the web page checker uses).
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  return closest(key, known);
}

/**
 * A strict object schema whose errors say how to fix them: an unknown key names
 * the nearest known key, a missing key says it is required.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T, what: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys
          .map((key) => {
            const near = closestKey(key, known);
            return near
              ? `Unknown ${what} key "${key}". Did you mean "${near}"?`
              : `Unknown ${what} key "${key}". Remove it, or use one of: ${known.join(', ')}.`;
          })
          .join(' ');
      }
      return undefined;
    },
  });
}

/**
 * Error option for a required field: when the key is absent, the message names
 * the field and shows a line to copy; other problems keep zod's own wording.
 */
export function missing(field: string, example: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `"${field}" is missing. Add it, for example: ${example}` : undefined,
  };
}
