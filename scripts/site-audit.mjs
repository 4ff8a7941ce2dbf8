// Checks over the built site in dist/: every page, its internal links, and how
// many bytes each page makes a browser download. Used by `npm run weight` and
// by the end-to-end tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';

/** @param {string} dir @returns {string[]} every file below dir */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL path of an HTML file in dist ("en/index.html" → "/en/"). @param {string} dist @param {string} file */
export function urlOf(dist, file) {
  const rel = relative(dist, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

/** All built HTML pages, as { file, url }. @param {string} dist */
export function listPages(dist) {
  return walk(dist)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => ({ file, url: urlOf(dist, file) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Elements of a parsed page, depth first. @param {any} node @returns {Generator<any>} */
function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) {
      yield child;
      yield* elementsOf(child.tagName === 'template' ? child.content : child);
    }
  }
}

/** href/src values in an HTML string (a real parser, so code shown as text is not mistaken for links). @param {string} html */
export function extractLinks(html) {
  const links = [];
  for (const el of elementsOf(parse(html))) {
    for (const attr of el.attrs) if (attr.name === 'href' || attr.name === 'src') links.push(attr.value);
  }
  return links;
}

/** id values in an HTML string. @param {string} html */
function extractIds(html) {
  const ids = new Set();
  for (const el of elementsOf(parse(html))) for (const attr of el.attrs) if (attr.name === 'id') ids.add(attr.value);
  return ids;
}

/**
 * Internal links (same origin, relative or root-relative) that point at no file
 * in dist, or at an #id that the target page does not have.
 * @param {string} dist
 * @returns {{ page: string; link: string; reason: string }[]}
 */
export function findBrokenLinks(dist) {
  const pages = listPages(dist);
  const idsByUrl = new Map(pages.map((p) => [p.url, extractIds(readFileSync(p.file, 'utf8'))]));
  /** @type {{ page: string; link: string; reason: string }[]} */
  const broken = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    for (const link of extractLinks(html)) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link) || link === '') continue; // another origin or a scheme
      const target = new URL(link, `http://site${page.url}`);
      const path = decodeURIComponent(target.pathname);
      const candidates = path.endsWith('/')
        ? [join(dist, path, 'index.html')]
        : [join(dist, path), join(dist, path, 'index.html')];
      const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
      if (!file) {
        broken.push({ page: page.url, link, reason: 'no such file' });
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      if (id && file.endsWith('.html')) {
        const ids = idsByUrl.get(urlOf(dist, file));
        if (ids && !ids.has(id)) broken.push({ page: page.url, link, reason: `no element with id "${id}"` });
      }
    }
  }
  return broken;
}

/** Gzipped size in bytes. @param {string} file */
const gz = (file) => gzipSync(readFileSync(file)).length;

/**
 * What one page makes the browser download from this site at first load:
 * the HTML, its stylesheets and its scripts (modules and their static imports),
 * each counted gzipped. Islands and search load more only when used.
 * @param {string} dist @param {string} file
 */
export function pageWeight(dist, file) {
  const html = readFileSync(file, 'utf8');
  const css = new Set();
  const js = new Set();
  const islands = new Set();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css.add(m[1]);
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) js.add(m[1]);
  // Island renderers and components referenced by <astro-island>.
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) {
    js.add(m[1]);
    islands.add(m[1]);
  }
  // Follow static imports of each module, once; dynamic import() targets load
  // only when a feature is used, so they are counted apart ("on use").
  const lazy = new Set();
  const follow = (/** @type {Set<string>} */ set, /** @type {boolean} */ withDynamic) => {
    const queue = [...set];
    while (queue.length) {
      const url = /** @type {string} */ (queue.pop());
      const path = join(dist, url);
      if (!existsSync(path)) continue;
      const code = readFileSync(path, 'utf8');
      const pattern = withDynamic
        ? /(?:import|from)\s*\(?\s*["'`]([^"'`]+\.js)["'`]/g
        : /(?:import|from)\s*["']([^"']+\.js)["']/g;
      for (const m of code.matchAll(pattern)) {
        const dep = new URL(m[1], `http://site${url}`).pathname;
        if (!set.has(dep)) {
          set.add(dep);
          queue.push(dep);
        }
      }
    }
  };
  follow(js, false);
  for (const url of js) lazy.add(url);
  follow(lazy, true);
  for (const url of js) lazy.delete(url);
  const inlineJs = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[1])
    .join('');
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const sum = (/** @type {Set<string>} */ set) =>
    [...set].reduce((n, url) => n + (existsSync(join(dist, url)) ? gz(join(dist, url)) : 0), 0);
  return {
    html: gz(file),
    css: sum(css) + (inlineCss ? gzipSync(inlineCss).length : 0),
    js: sum(js) + (inlineJs ? gzipSync(inlineJs).length : 0),
    inlineJs: inlineJs ? gzipSync(inlineJs).length : 0,
    scripts: [...js],
    islands: [...islands],
    /** Extra gzipped bytes loaded by dynamic imports when a feature is used. */
    jsOnUse: sum(lazy),
  };
}

/** Which kind of page a URL is, for the report. @param {string} url @returns {string} */
export function pageType(url) {
  if (url === '/') return 'redirect';
  if (url === '/404.html') return '404';
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 1) return 'home';
  if (parts[1] === 'search') return 'search';
  const section = parts[1] ?? '';
  if (['about', 'journey', 'certificate', 'search'].includes(section)) return section;
  if (section === 'facilitators') return parts.length === 2 ? 'facilitators' : 'facilitator guide';
  if (parts.length === 2) return 'track';
  return 'lesson';
}
