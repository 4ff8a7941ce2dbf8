import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pageType, pageWeight } from './site-audit.mjs';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ps-audit-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('findBrokenLinks', () => {
  it('finds missing pages and missing #ids, and ignores other origins and code shown as text', () => {
    const dist = site({
      'index.html':
        '<a href="/en/">ok</a><a href="/en/nope/">broken</a><a href="/en/#here">ok</a><a href="/en/#gone">no id</a>',
      'en/index.html':
        '<h1 id="here">Hi</h1><a href="https://example.org/x">away</a><code>&lt;img src="pictures/x.svg"&gt;</code><img src="/a.svg" alt="">',
      'a.svg': '<svg/>',
    });
    expect(findBrokenLinks(dist)).toEqual([
      { page: '/', link: '/en/nope/', reason: 'no such file' },
      { page: '/', link: '/en/#gone', reason: 'no element with id "gone"' },
    ]);
  });
});

describe('pageWeight', () => {
  it('counts scripts at load apart from what dynamic imports fetch later', () => {
    const dist = site({
      'en/x/y/index.html': '<script type="module" src="/_astro/a.js"></script><script>var t=1</script>',
      '_astro/a.js': 'import "./b.js"; const later = () => import(`./c.js`);',
      '_astro/b.js': 'export const b = 1;',
      '_astro/c.js': 'export const c = "' + 'x'.repeat(5000) + '";',
    });
    const w = pageWeight(dist, join(dist, 'en/x/y/index.html'));
    expect(w.scripts.sort()).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(w.jsOnUse).toBeGreaterThan(0);
    expect(w.inlineJs).toBeGreaterThan(0);
    expect(pageType('/en/x/y/')).toBe('lesson');
  });
});
