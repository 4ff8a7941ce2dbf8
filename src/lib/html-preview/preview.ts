import { defaultTreeAdapter as A, parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { elements, sanitize } from './sanitize.ts';

/** Where the preview may load pictures from. */
export interface PreviewOptions {
  /** The site's origin, e.g. `https://learn.example.org` (the preview is about:srcdoc, so URLs must be absolute). */
  origin: string;
  /** Path of the bundled picture set, e.g. `/pictures/`. */
  picturesPath: string;
}

/** A stylesheet as a data: URL, which the site's CSP allows and which loads nothing. */
export function cssDataUrl(css: string): string {
  return `data:text/css;charset=utf-8,${encodeURIComponent(css)}`;
}

/** Makes relative url(...) references in CSS absolute against the site root (a data: stylesheet has no base). */
export function absoluteCssUrls(css: string, origin: string): string {
  return css.replace(
    /url\(\s*(['"]?)(?![a-z][a-z0-9+.-]*:|\/\/|#)\/?([^'")\s]+)\1\s*\)/gi,
    (_m, q: string, path: string) => `url(${q}${origin}/${path}${q})`,
  );
}

/** The policy the preview document adds to the site's own (which it inherits): only pictures and data. */
export function previewPolicy(o: PreviewOptions): string {
  const pictures = `${o.origin}${o.picturesPath}`;
  return [
    "default-src 'none'",
    `img-src ${pictures} data:`,
    'style-src data:',
    'font-src data:',
    "media-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
  ].join('; ');
}

function element(tag: string, attrs: Record<string, string>): T.Element {
  return A.createElement(
    tag,
    'http://www.w3.org/1999/xhtml' as T.Element['namespaceURI'],
    Object.entries(attrs).map(([name, value]) => ({ name, value })),
  );
}

function headOf(doc: T.Document): T.Element {
  for (const el of elements(doc)) if (el.tagName === 'head') return el;
  // parse5 always makes a head; this is only for the type checker.
  throw new Error('no head');
}

/**
 * The document the sandboxed preview frame shows (its `srcdoc`): the learner's
 * page, made safe, with her CSS and a base URL so `pictures/…` works. The frame
 * runs no scripts and has an opaque origin; see README.md for every layer.
 */
export function buildPreview(html: string, css: string, o: PreviewOptions): string {
  const doc = parse(html, { scriptingEnabled: false });
  const { styles, attributeRules } = sanitize(doc);
  const head = headOf(doc);
  const first = head.childNodes[0];
  const before = (node: T.Element) => (first ? A.insertBefore(head, node, first) : A.appendChild(head, node));
  // Links open "in a new window", which the sandbox forbids: clicking does nothing.
  before(element('base', { href: `${o.origin}/`, target: '_blank' }));
  before(element('meta', { 'http-equiv': 'Content-Security-Policy', content: previewPolicy(o) }));
  for (const text of [...styles, css, attributeRules.join('\n')]) {
    if (text.trim())
      A.appendChild(head, element('link', { rel: 'stylesheet', href: cssDataUrl(absoluteCssUrls(text, o.origin)) }));
  }
  return serialize(doc);
}
