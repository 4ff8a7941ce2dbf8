import { altProblem, linkHasName } from './accessible.ts';
import { closest } from './distance.ts';
import { ELEMENT_ALIASES, KNOWN_ELEMENTS, isHeading, isKnownElement } from './html-names.ts';
import { attr, attrSpan, doctypeOf, isHtml, tagSpan, type HtmlDocument, type HtmlElement } from './html-tree.ts';
import { shorten } from './text.ts';
import type { Finding } from './types.ts';

const EXTERNAL = /^\s*(?:https?:)?\/\//i;
// Attributes that load something into the page (links you click are fine: they are not loaded).
const LOADS: Readonly<Record<string, readonly string[]>> = {
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  iframe: ['src'],
  input: ['src'],
  object: ['data'],
  link: ['href'],
};
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'];
const ELEMENT_CANDIDATES = [...KNOWN_ELEMENTS, ...Object.keys(ELEMENT_ALIASES)];

/**
 * Checks what the parsed page contains: names of elements, images and their alt
 * text, links without a name, heading order, the document's title and language,
 * and what the sandboxed preview will not run or load. `elements` are the ones
 * the learner wrote, in document order.
 */
export function checkContent(doc: HtmlDocument, elements: readonly HtmlElement[]): Finding[] {
  const findings: Finding[] = [];
  const add = (code: string, span: { start: number; end: number }, params: Finding['params'] = {}): void => {
    findings.push({ code, ...span, params });
  };
  let previousHeading = 0;
  let h1Count = 0;

  for (const el of elements) {
    const name = el.tagName;
    checkAttributes(el, add);
    if (!isHtml(el)) continue;
    if (!isKnownElement(name) && !name.includes('-')) {
      // Typos of the beginner words count too: `<itallic>` is close to "italic", which means `<em>`.
      const near = ELEMENT_ALIASES[name] ?? closest(name, ELEMENT_CANDIDATES);
      const suggestion = near === undefined ? undefined : (ELEMENT_ALIASES[near] ?? near);
      if (suggestion) add('html.misspelt-element', tagSpan(el), { tag: name, suggestion });
      else add('html.unknown-element', tagSpan(el), { tag: name });
    }
    if (name === 'img') {
      const alt = attr(el, 'alt');
      const problem = altProblem(alt, attr(el, 'src'));
      if (problem === 'missing') add('html.img-missing-alt', tagSpan(el));
      else if (problem === 'decorative') add('html.img-decorative-alt', attrSpan(el, 'alt'));
      else if (problem === 'generic')
        add('html.img-alt-not-meaningful', attrSpan(el, 'alt'), { alt: shorten(alt ?? '') });
    }
    if (name === 'a' && !linkHasName(el)) add('html.link-no-text', tagSpan(el));
    if (name === 'script') add('html.script-not-run', tagSpan(el));
    if (isHeading(name)) {
      const level = Number(name.slice(1));
      if (level === 1 && ++h1Count > 1) add('html.multiple-h1', tagSpan(el));
      // Going back up (h3 → h2) is fine; only a jump down past a level skips one.
      if (previousHeading > 0 && level > previousHeading + 1) {
        add('html.heading-skips-level', tagSpan(el), {
          tag: name,
          previous: `h${previousHeading}`,
          expected: `h${previousHeading + 1}`,
        });
      }
      previousHeading = level;
    }
  }
  checkDocument(doc, elements, add);
  return findings;
}

type Add = (code: string, span: { start: number; end: number }, params?: Finding['params']) => void;

function checkAttributes(el: HtmlElement, add: Add): void {
  for (const { name, value } of el.attrs) {
    if (/^on[a-z]+$/.test(name)) add('html.inline-handler-not-run', attrSpan(el, name), { attribute: name });
    // Browsers ignore control characters and spaces before the scheme, so `java\tscript:` still counts.
    const scheme = Array.from(value, (c) => (c.charCodeAt(0) > 32 ? c : ''))
      .join('')
      .toLowerCase();
    if (URL_ATTRS.includes(name) && scheme.startsWith('javascript:')) {
      add('html.javascript-url', attrSpan(el, name), { attribute: name });
    }
    if (LOADS[el.tagName]?.includes(name) && EXTERNAL.test(value)) {
      add('html.external-resource', attrSpan(el, name), { tag: el.tagName, url: shorten(value, 60) });
    }
  }
}

function checkDocument(doc: HtmlDocument, elements: readonly HtmlElement[], add: Add): void {
  const html = elements.find((el) => el.tagName === 'html');
  const head = elements.find((el) => el.tagName === 'head');
  const doctype = doctypeOf(doc)?.sourceCodeLocation;
  // Only a whole page needs a title; a fragment of body content does not.
  if (!html && !head && !doctype) return;
  if (!elements.some((el) => el.tagName === 'title' && isHtml(el))) {
    const at = head ?? html;
    const span = at ? tagSpan(at) : { start: doctype?.startOffset ?? 0, end: doctype?.endOffset ?? 0 };
    add('html.missing-title', span);
  }
  if (html && !attr(html, 'lang')?.trim()) add('html.missing-lang', tagSpan(html));
}
