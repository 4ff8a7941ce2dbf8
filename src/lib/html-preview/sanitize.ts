import { defaultTreeAdapter as A, type DefaultTreeAdapterTypes as T } from 'parse5';

/** Elements that would load or run something; the preview drops them (the checker explains why). */
const DROPPED = new Set([
  'script',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'noscript',
]);
/** Attributes that take a URL, where `javascript:` must not survive. */
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background']);

/** Every element below `node`, depth first. */
export function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      yield child;
      yield* elements(child);
      if (child.tagName === 'template') yield* elements(A.getTemplateContent(child as T.Template));
    }
  }
}

/** What sanitising found, for the preview to use. */
export interface Sanitized {
  /** Text of the learner's own <style> elements, in order (they are removed from the tree). */
  styles: string[];
  /** `[data-ps-style="n"]` rules that replace style="" attributes, which the CSP would block. */
  attributeRules: string[];
}

/**
 * Makes a parsed learner page safe to show: drops elements that load or run
 * things, inline event handlers, `javascript:` URLs, link targets and meta
 * refreshes; moves <style> text and style attributes out (into data: stylesheets,
 * which the site's CSP allows). The sandbox and the CSP stop all of this too;
 * removing it as well means one failing layer never matters.
 */
export function sanitize(doc: T.Document): Sanitized {
  const styles: string[] = [];
  const attributeRules: string[] = [];
  const remove: T.Element[] = [];
  for (const el of elements(doc)) {
    const tag = el.tagName;
    if (DROPPED.has(tag)) {
      remove.push(el);
      continue;
    }
    if (tag === 'meta' && el.attrs.some((a) => a.name === 'http-equiv')) {
      remove.push(el);
      continue;
    }
    if (tag === 'link') {
      // Stylesheets and icons would be fetched; her CSS comes from the CSS editor.
      remove.push(el);
      continue;
    }
    if (tag === 'style') {
      styles.push(el.childNodes.map((n) => ('value' in n ? n.value : '')).join(''));
      remove.push(el);
      continue;
    }
    el.attrs = el.attrs.filter((attr) => {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'target' || name === 'srcdoc' || name === 'ping') return false;
      if (
        URL_ATTRS.has(name) &&
        /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value.replace(/[\s\u0000-\u001f]/g, ''))
      )
        return false;
      if (name === 'style') {
        const n = attributeRules.length + 1;
        attributeRules.push(`[data-ps-style="${n}"]{${important(attr.value)}}`);
        attr.name = 'data-ps-style';
        attr.value = String(n);
      }
      return true;
    });
  }
  for (const el of remove) A.detachNode(el);
  return { styles, attributeRules };
}

/** Declarations from a style attribute, made !important so they still beat stylesheets, as inline styles do. */
function important(declarations: string): string {
  return declarations
    .replace(/[{}<]/g, '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d.includes(':'))
    .map((d) => (/!\s*important\s*$/i.test(d) ? d : `${d} !important`))
    .join(';');
}
