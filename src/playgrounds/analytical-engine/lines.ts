/** Offsets of a 1-based line in a text (clamped to the text), for underlining a whole card. */
export function lineSpan(text: string, line: number): { from: number; to: number } {
  let from = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', from);
    if (next === -1) return { from: text.length, to: text.length };
    from = next + 1;
  }
  const end = text.indexOf('\n', from);
  return { from, to: end === -1 ? text.length : end };
}
