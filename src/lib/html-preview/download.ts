import { defaultTreeAdapter as A, parse, serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import { elements } from './sanitize.ts';

/** Text → base64, for UTF-8 text (btoa alone only takes Latin-1). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** A picture of the set as a data: URL, or undefined when the name is not in it. */
function pictureUrl(ref: string, pictures: Readonly<Record<string, string>>): string | undefined {
  const name = /^(?:\.?\/)?pictures\/([a-z0-9-]+\.svg)$/i.exec(ref.trim())?.[1];
  if (!name || !Object.hasOwn(pictures, name)) return undefined;
  return `data:image/svg+xml;base64,${base64(pictures[name]!)}`;
}

/** Names of the set's pictures a page and its CSS use (so only those are fetched for the download). */
export function picturesUsed(html: string, css: string): string[] {
  const found = new Set<string>();
  for (const m of `${html}\n${css}`.matchAll(/pictures\/([a-z0-9-]+\.svg)/gi)) found.add(m[1]!);
  return [...found];
}

/**
 * Her page as one self-contained .html file: her HTML as she wrote it, her CSS
 * in a <style> element in the head, and pictures from the set turned into data:
 * URLs, so the file works offline, anywhere, without the site.
 */
export function buildDownload(html: string, css: string, pictures: Readonly<Record<string, string>>): string {
  const doc = parse(html);
  let head: T.Element | undefined;
  for (const el of elements(doc)) {
    if (el.tagName === 'head') head ??= el;
    for (const attr of el.attrs) {
      if (attr.name === 'src' || attr.name === 'href') attr.value = pictureUrl(attr.value, pictures) ?? attr.value;
    }
  }
  const styled = css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi, (m, _q: string, ref: string) => {
    const url = pictureUrl(ref, pictures);
    return url ? `url("${url}")` : m;
  });
  if (head && styled.trim()) {
    const style = A.createElement('style', 'http://www.w3.org/1999/xhtml' as T.Element['namespaceURI'], []);
    A.insertText(style, `\n${styled.trim()}\n`);
    A.appendChild(head, style);
  }
  const out = serialize(doc);
  return /^\s*<!doctype/i.test(html) ? `<!DOCTYPE html>\n${out.replace(/^<!DOCTYPE html>/i, '')}` : out;
}
