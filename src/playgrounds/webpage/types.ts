/** A page: the two texts a learner edits. */
export interface PageFiles {
  html: string;
  css: string;
}

/** One lesson step as the playground gets it from the lesson's frontmatter. */
export interface WebpageStep {
  check: string;
  arg?: string | number;
  label: string;
  hint: string;
  biggerHint: string;
  show: string;
}
