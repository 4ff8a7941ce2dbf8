import type { CssDeclarationInfo, CssRuleInfo } from './css-check.ts';
import type { Analysis } from './diagnose.ts';
import { attr, textOf, type HtmlDocument, type HtmlElement } from './html-tree.ts';
import type { Diagnostic } from './types.ts';

/** A declaration together with the selector of the rule it sits in. */
export interface PlacedDeclaration extends CssDeclarationInfo {
  selector: string;
}

/** What a step check can look at: both files, parsed once, with small helpers. */
export interface StepContext {
  html: string;
  css: string;
  /** The parse5 document for `html`. */
  doc: HtmlDocument;
  /** Elements she wrote, in document order (not those the parser added by itself). */
  elements: HtmlElement[];
  /** Style rules from the CSS file and any `<style>` blocks. */
  rules: CssRuleInfo[];
  /** What `diagnose(html, css)` returns. */
  diagnostics: Diagnostic[];
  /** Written elements named `tag` (lower case), in document order. */
  all(tag: string): HtmlElement[];
  /** An attribute's value, or undefined when absent. */
  attr(el: HtmlElement, name: string): string | undefined;
  /** The text inside an element, trimmed. */
  text(el: HtmlElement): string;
  /** Every declaration of `property` (lower case) in any rule. */
  declarations(property: string): PlacedDeclaration[];
}

/** The outcome of one step: passed, or not yet with the key of a kind hint. */
export interface StepResult {
  pass: boolean;
  /** i18n key of the hint to show when `pass` is false, e.g. `html.step.has-element`. */
  hint?: string;
  /** Values for the hint's `{placeholders}`. */
  params?: Record<string, string | number>;
}

/** A step check: looks at the learner's page and says whether the step is done. */
export type StepCheck = (ctx: StepContext) => StepResult;

/** Builds a step context over one analysis of the learner's files. */
export function createStepContext(html: string, css: string, analysis: Analysis): StepContext {
  const byTag = new Map<string, HtmlElement[]>();
  for (const el of analysis.elements) {
    const list = byTag.get(el.tagName) ?? [];
    list.push(el);
    byTag.set(el.tagName, list);
  }
  return {
    html,
    css,
    doc: analysis.doc,
    elements: analysis.elements,
    rules: analysis.rules,
    diagnostics: analysis.diagnostics,
    all: (tag) => byTag.get(tag.toLowerCase()) ?? [],
    attr,
    text: (el) => textOf(el).trim(),
    declarations: (property) =>
      analysis.rules.flatMap((rule) =>
        rule.declarations.filter((d) => d.property === property).map((d) => ({ ...d, selector: rule.selector })),
      ),
  };
}
