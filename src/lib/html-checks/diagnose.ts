import { CODES, MAX_DIAGNOSTICS_PER_FILE, type Code } from './codes.ts';
import { analyzeCss, type CssRuleInfo } from './css-check.ts';
import { checkContent } from './html-content.ts';
import { scanHtml } from './html-scan.ts';
import { checkStructure } from './html-structure.ts';
import { checkTags } from './html-tags.ts';
import { isHtml, parseHtml, writtenElements, type HtmlDocument, type HtmlElement } from './html-tree.ts';
import { lineStarts, positionAt } from './text.ts';
import type { Diagnostic, Finding, SourceFile } from './types.ts';

/** Everything one check of the learner's files produces; the step checks reuse it. */
export interface Analysis {
  diagnostics: Diagnostic[];
  doc: HtmlDocument;
  /** Elements she wrote, in document order (not the ones the parser added). */
  elements: HtmlElement[];
  /** Style rules from the CSS file and from `<style>` blocks in the HTML. */
  rules: CssRuleInfo[];
}

const QUOTE_CODES = new Set(['html.unclosed-quote', 'html.missing-open-quote']);

/**
 * Checks both files once. Each stage is guarded: a parser crash on some odd
 * input costs that stage's findings, never the whole answer.
 */
export function analyze(html: string, css: string): Analysis {
  const htmlLines = lineStarts(html);
  const lineOf = (offset: number): number => positionAt(htmlLines, offset).line;
  const htmlFindings: Finding[] = [];
  const rules: CssRuleInfo[] = [];
  let broken: { start: number; end: number }[] = [];

  let doc: HtmlDocument | undefined;
  let elements: HtmlElement[] = [];
  guard(() => {
    const result = scanHtml(html);
    doc = result.doc;
    const tagFindings = checkTags(html, result.scan);
    const quoted = new Set(tagFindings.filter((f) => QUOTE_CODES.has(f.code)).map((f) => f.start));
    // A tag whose quote never closed has swallowed text; what else is said about it is noise.
    broken = result.scan.tags.filter((t) => t.attrs.some((a) => quoted.has(a.start)));
    htmlFindings.push(...tagFindings, ...checkStructure(result.scan.tags, lineOf));
  });
  guard(() => {
    doc ??= parseHtml(html);
    elements = writtenElements(doc);
    htmlFindings.push(...checkContent(doc, elements), ...inlineCss(html, elements, rules));
  });
  const kept = htmlFindings.filter(
    (f) => QUOTE_CODES.has(f.code) || !broken.some((t) => f.start >= t.start && f.start < t.end),
  );
  const cssFindings: Finding[] = [];
  guard(() => {
    const sheet = analyzeCss(css);
    cssFindings.push(...sheet.findings);
    rules.unshift(...sheet.rules);
  });
  const diagnostics = tidy([...toDiagnostics(kept, 'html', html), ...toDiagnostics(cssFindings, 'css', css)]);
  return { diagnostics, doc: doc ?? parseHtml(''), elements, rules };
}

// CSS inside the HTML file: `<style>` blocks and `style="…"` attributes.
function inlineCss(html: string, elements: readonly HtmlElement[], rules: CssRuleInfo[]): Finding[] {
  const findings: Finding[] = [];
  const shift = (list: Finding[], base: number): Finding[] =>
    list.map((f) => ({ ...f, start: f.start + base, end: f.end + base }));
  for (const el of elements) {
    const loc = el.sourceCodeLocation;
    if (!loc || !isHtml(el)) continue;
    if (el.tagName === 'style' && loc.startTag && loc.endTag) {
      const base = loc.startTag.endOffset;
      const sheet = analyzeCss(html.slice(base, loc.endTag.startOffset));
      findings.push(...shift(sheet.findings, base));
      rules.push(...sheet.rules);
    }
    const style = el.attrs.find((a) => a.name === 'style');
    const at = loc.attrs?.style;
    if (style && at) {
      const raw = html.slice(at.startOffset, at.endOffset);
      const base = at.startOffset + raw.indexOf(style.value, raw.indexOf('=') + 1);
      // Character references (`&quot;`) would shift every offset; such values are skipped.
      if (base < at.startOffset || html.slice(base, base + style.value.length) !== style.value) continue;
      findings.push(...shift(analyzeCss(style.value, 'declarationList').findings, base));
    }
  }
  return findings;
}

function toDiagnostics(findings: readonly Finding[], file: SourceFile, text: string): Diagnostic[] {
  const starts = lineStarts(text);
  // Parsers sometimes place the end of an unfinished construct one past the text; keep spans inside it.
  const clamp = (offset: number): number => Math.min(Math.max(0, offset), text.length);
  return findings.map((f) => {
    const start = clamp(f.start);
    const { line, column } = positionAt(starts, start);
    const severity = CODES[f.code as Code] ?? 'error';
    const span = { start, end: Math.max(clamp(f.end), start) };
    return { code: f.code, severity, file, line, column, span, params: { ...f.params, line } };
  });
}

function guard(stage: () => void): void {
  try {
    stage();
  } catch {
    // Deliberately quiet: a learner mid-keystroke should see the other findings, not a crash.
  }
}

// Sorted by file (HTML first), then position; the same finding twice is kept once;
// each file keeps its first MAX_DIAGNOSTICS_PER_FILE.
function tidy(all: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const perFile = { html: 0, css: 0 };
  return all
    .filter((d) => {
      const key = `${d.file}|${d.code}|${d.span.start}|${d.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) =>
        (a.file === b.file ? 0 : a.file === 'html' ? -1 : 1) ||
        a.span.start - b.span.start ||
        a.span.end - b.span.end ||
        a.code.localeCompare(b.code),
    )
    .filter((d) => ++perFile[d.file] <= MAX_DIAGNOSTICS_PER_FILE);
}

/**
 * Checks the learner's HTML and CSS and returns what is worth telling her,
 * sorted by file (HTML first), then position, with duplicates removed and at
 * most `MAX_DIAGNOSTICS_PER_FILE` per file. Never throws: every problem in her
 * code is a diagnostic, not an exception.
 */
export function diagnose(html: string, css: string): Diagnostic[] {
  try {
    return analyze(typeof html === 'string' ? html : '', typeof css === 'string' ? css : '').diagnostics;
  } catch {
    return [];
  }
}
