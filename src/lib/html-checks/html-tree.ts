import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** The parse5 document the checks and step checks read. */
export type HtmlDocument = T.Document;
/** A parse5 element. */
export type HtmlElement = T.Element;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Parses `html` the way the preview will: with scripting off (the sandbox runs
 * no scripts, so `<noscript>` content is real markup) and with source positions.
 */
export function parseHtml(html: string): HtmlDocument {
  return parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
}

/** True for elements in the HTML namespace (not inside `<svg>` or `<math>`). */
export function isHtml(el: HtmlElement): boolean {
  return el.namespaceURI === HTML_NS;
}

/**
 * Every element the learner wrote, in document order, including `<template>`
 * content. The parser copies unclosed `<strong>`-like tags into later
 * paragraphs; those copies share the original's position and are skipped.
 */
export function writtenElements(doc: HtmlDocument): HtmlElement[] {
  const out: HtmlElement[] = [];
  const seen = new Set<number>();
  for (const el of descendants(doc)) {
    const start = el.sourceCodeLocation?.startTag?.startOffset;
    if (start === undefined || seen.has(start)) continue;
    seen.add(start);
    out.push(el);
  }
  return out;
}

/** Elements below `root` in document order. Iterative: learner pages can nest thousands deep. */
export function descendants(root: T.ParentNode): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: T.ChildNode[] = [...root.childNodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('tagName' in node)) continue;
    out.push(node);
    const children = 'content' in node ? [...node.childNodes, ...node.content.childNodes] : node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as T.ChildNode);
  }
  return out;
}

/** The value of attribute `name`, or undefined when it is absent. */
export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** All text inside `node`, as the page shows it (before CSS). */
export function textOf(node: T.ParentNode): string {
  let text = '';
  const stack: T.ChildNode[] = [...node.childNodes].reverse();
  for (let child = stack.pop(); child; child = stack.pop()) {
    if (child.nodeName === '#text' && 'value' in child) text += child.value;
    else if ('tagName' in child)
      for (let i = child.childNodes.length - 1; i >= 0; i--) stack.push(child.childNodes[i] as T.ChildNode);
  }
  return text;
}

/** Span of `<name` for an element: where messages about the element point. */
export function tagSpan(el: HtmlElement): { start: number; end: number } {
  const start = el.sourceCodeLocation?.startTag?.startOffset ?? 0;
  return { start, end: start + 1 + el.tagName.length };
}

/** Span of attribute `name` as written (`alt="…"`), or the element's tag span when unknown. */
export function attrSpan(el: HtmlElement, name: string): { start: number; end: number } {
  const loc = el.sourceCodeLocation?.attrs?.[name];
  return loc ? { start: loc.startOffset, end: loc.endOffset } : tagSpan(el);
}

/** The `<!DOCTYPE …>` node, if the learner wrote one. */
export function doctypeOf(doc: HtmlDocument): T.DocumentType | undefined {
  for (const child of doc.childNodes) if (child.nodeName === '#documentType') return child as T.DocumentType;
  return undefined;
}
