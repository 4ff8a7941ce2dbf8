/**
 * Facilitator notes are written in frontmatter as plain text, with a blank line
 * between paragraphs. This splits them the one way both the lesson page and the
 * track guide show them: paragraphs trimmed, empty ones dropped.
 */
export function noteParagraphs(notes: string | undefined): string[] {
  return (notes ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
