/** How much a finding matters: errors break the page, warnings are likely mistakes, info explains. */
export type Severity = 'error' | 'warning' | 'info';

/** Which of the learner's two files a diagnostic points into. */
export type SourceFile = 'html' | 'css';

/**
 * One finding about the learner's code. Never thrown: `diagnose` returns a list.
 * The message is not here; it is rendered from `src/i18n/<locale>.json` by `code`,
 * with `params` filling its `{placeholders}`.
 */
export interface Diagnostic {
  /** Stable id that is also the message key, e.g. `html.unclosed-element`. */
  code: string;
  /** Fixed per code (see `CODES`). */
  severity: Severity;
  /** The file whose text `span` points into (`<style>` blocks count as `html`). */
  file: SourceFile;
  /** 1-based line of `span.start`. */
  line: number;
  /** 1-based column of `span.start`, in UTF-16 code units like the editor. */
  column: number;
  /** 0-based offsets into that file's text; `end` is exclusive. */
  span: { start: number; end: number };
  /** Everything the message needs, always including `line`. */
  params: Record<string, string | number>;
}

/** A diagnostic before positions are turned into lines; produced by each checker. */
export interface Finding {
  code: string;
  start: number;
  end: number;
  params: Record<string, string | number>;
}
