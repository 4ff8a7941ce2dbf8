import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

test('every lesson, track and page is in the sitemap, with canonical URLs', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(parts.length).toBeGreaterThan(0);
  const listed = new Set<string>();
  for (const part of parts) {
    const xml = await (await request.get(part)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(m[1]!).pathname);
  }
  const expected = builtPages().filter((p) => !['redirect', '404'].includes(p.type));
  expect(expected.filter((p) => p.type === 'lesson').length).toBeGreaterThanOrEqual(2);
  for (const page of expected) expect(listed, `${page.url} is missing from the sitemap`).toContain(page.url);
});
