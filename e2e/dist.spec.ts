import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findBrokenLinks, pageWeight } from '../scripts/site-audit.mjs';
import { builtPages, dist } from './support/site';

test('no internal link in dist/ is broken', () => {
  expect(findBrokenLinks(dist)).toEqual([]);
});

test('page weight stays within budget', () => {
  const weights = builtPages().map((p) => ({ ...p, ...pageWeight(dist, p.file) }));
  const lessons = weights.filter((p) => p.type === 'lesson');
  // The budgets below mean something only if both kinds of lesson exist.
  expect(lessons.some((p) => p.islands.length === 0)).toBe(true);
  expect(lessons.some((p) => p.islands.length > 0)).toBe(true);
  for (const page of weights) {
    expect(page.js, `${page.url} ships ${page.js} bytes of gzipped JS at load`).toBeLessThanOrEqual(150 * 1024);
    // Loaded only once a playground is used (its editor and checker): a guard against growth.
    expect(page.js + page.jsOnUse, `${page.url} loads ${page.jsOnUse} more bytes on use`).toBeLessThanOrEqual(
      300 * 1024,
    );
    if (['home', 'track', 'lesson'].includes(page.type) && page.islands.length === 0) {
      // Only the theme script and the progress script: no framework runtime.
      expect(page.inlineJs, `${page.url}: the inline theme script should stay tiny`).toBeLessThan(1024);
      expect(page.js, `${page.url} should ship only the theme and progress scripts`).toBeLessThanOrEqual(16 * 1024);
      expect(
        page.scripts.some((s: string) => /client|svelte/i.test(s)),
        `${page.url} loads a framework`,
      ).toBe(false);
    }
    if (['about', '404', 'redirect'].includes(page.type)) {
      expect(page.scripts, `${page.url} should load no script files`).toEqual([]);
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
