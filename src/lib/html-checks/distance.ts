/**
 * Edit distance where swapping two neighbours counts as one edit ("optimal string
 * alignment"), so `sapn` is one step from `span`. Gives up and returns `max + 1`
 * as soon as the answer must exceed `max`, which keeps long candidate lists cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** How many edits still count as a typo: one for short words, two from five letters, three from ten. */
export function typoBudget(word: string): number {
  if (word.length < 5) return 1;
  return word.length < 10 ? 2 : 3;
}

/**
 * The candidate closest to `word` within its typo budget, or undefined. Ties go
 * to the earliest candidate, so callers list the likeliest (beginner) words first.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const max = typoBudget(word);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A suggestion that changes every letter (`x` → `b`) is a guess, not a typo fix.
  return best !== undefined && bestDistance < word.length ? best : undefined;
}
