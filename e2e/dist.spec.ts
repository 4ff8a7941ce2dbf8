import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findBrokenLinks, pageWeight } from '../scripts/site-audit.mjs';
import { builtPages, dist } from './support/site';

test('no internal link in dist/ is broken', () => {
  expect(findBrokenLinks(dist)).toEqual([]);
});

test('page weight stays within budget', () => {
  const lessons = builtPages().filter((p) => p.type === 'lesson');
  // The budget below means something only if both kinds of lesson exist.
  expect(lessons.some((p) => pageWeight(dist, p.file).scripts.length === 0)).toBe(true);
  expect(lessons.some((p) => pageWeight(dist, p.file).scripts.length > 0)).toBe(true);
  for (const page of builtPages()) {
    const w = pageWeight(dist, page.file);
    expect(w.js, `${page.url} ships ${w.js} bytes of gzipped JS`).toBeLessThanOrEqual(150 * 1024);
    const hasIsland = w.scripts.length > 0;
    if (page.type === 'lesson' && !hasIsland) {
      // Only the inline theme script; nothing else.
      expect(w.js, `${page.url} should ship no JS beyond the theme script`).toBe(w.inlineJs);
      expect(w.inlineJs).toBeLessThan(1024);
    }
    if (['home', 'track', 'about', '404'].includes(page.type)) {
      expect(w.scripts, `${page.url} should load no script files`).toEqual([]);
    }
  }
});

test('every page has a Content-Security-Policy that allows only this origin', () => {
  for (const page of builtPages()) {
    const html = readFileSync(page.file, 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    if (page.type === 'redirect') continue;
    expect(csp, `${page.url} has no CSP`).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
  }
});
