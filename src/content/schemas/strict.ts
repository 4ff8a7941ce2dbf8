import { z } from 'astro/zod';

/**
 * Finds the known key closest to a misspelt one (edit distance ≤ 3), so a build
 * error can say "did you mean `duration`?".
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
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
