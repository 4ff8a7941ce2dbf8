#!/usr/bin/env node
// `npm run weight`: bytes per page type (gzipped), from the built site in dist/.
import { existsSync } from 'node:fs';
import { listPages, pageType, pageWeight } from './site-audit.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dist)) {
  console.error('No dist/ folder yet. Run `npm run build` first.');
  process.exit(1);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const rows = listPages(dist).map((p) => ({ url: p.url, type: pageType(p.url), ...pageWeight(dist, p.file) }));
const byType = new Map();
for (const r of rows) {
  const t = r.type === 'lesson' && r.islands.length > 0 ? 'lesson + playground' : r.type;
  const cur = byType.get(t);
  if (!cur || r.html + r.css + r.js > cur.html + cur.css + cur.js)
    byType.set(t, { ...r, count: (cur?.count ?? 0) + 1 });
  else cur.count++;
}

console.log('Page weight, gzipped KB (heaviest page of each type):\n');
console.log('type                  pages   HTML    CSS     JS  total  +on use  heaviest page');
for (const [type, r] of [...byType].sort()) {
  console.log(
    `${type.padEnd(20)} ${String(r.count).padStart(6)} ${kb(r.html)} ${kb(r.css)} ${kb(r.js)} ${kb(r.html + r.css + r.js)}  ${kb(r.jsOnUse)}  ${r.url}`,
  );
}
console.log(`
What the JavaScript is for:
- every page: the inline theme script (applies the saved light/dark choice before
  the page paints, and runs the toggle), under 1 KB;
- lessons, home and track pages: the progress script (reads and validates the
  progress kept in this browser, marks lessons done, fills bars and "continue");
- search: its own small script; Pagefind's index loads only when a search runs;
- lessons with a playground, journey and certificate: their Svelte islands
  (with Astro's small inline island loader), hydrated when scrolled into view.
"+on use": JavaScript fetched later by dynamic import when a feature is used, e.g.
the web page playground's editor (CodeMirror) and its checker (parse5, css-tree).`);
