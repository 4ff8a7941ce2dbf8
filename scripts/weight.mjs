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
  const t = r.type === 'lesson' && r.js > r.inlineJs ? 'lesson + playground' : r.type;
  const cur = byType.get(t);
  if (!cur || r.html + r.css + r.js > cur.html + cur.css + cur.js)
    byType.set(t, { ...r, count: (cur?.count ?? 0) + 1 });
  else cur.count++;
}

console.log('Page weight, gzipped KB (heaviest page of each type):\n');
console.log('type                  pages   HTML    CSS     JS  total  heaviest page');
for (const [type, r] of [...byType].sort()) {
  console.log(
    `${type.padEnd(20)} ${String(r.count).padStart(6)} ${kb(r.html)} ${kb(r.css)} ${kb(r.js)} ${kb(r.html + r.css + r.js)}  ${r.url}`,
  );
}
console.log(
  '\nJS on pages without a playground is only the inline theme script (reads the saved\n' +
    'light/dark choice before the page paints); the search page adds its search script,\n' +
    "and Pagefind's index loads only when a search runs. Islands hydrate when visible.",
);
