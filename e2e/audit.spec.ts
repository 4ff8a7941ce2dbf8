import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every built page, in both themes: zero axe violations, no request to another
// origin, and no console error.
// The root only redirects at once (its meta refresh is checked in navigation.spec.ts).
for (const { url } of builtPages().filter((p) => p.type !== 'redirect')) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${url} (${scheme}) is accessible, local and error-free`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(url === '/404.html' ? '/404.html' : url);
      expect(response?.ok() || url === '/404.html').toBe(true);
      await page.waitForLoadState('load');
      // Scroll so every island hydrates and every lazy picture loads. ("networkidle"
      // never comes on pages whose sandboxed preview frame has no network of its own.)
      // A jump to the bottom can skip past an island without it ever being
      // "visible", so bring each one into view first.
      // (An island is display: contents, so its first child is what gets scrolled to.)
      for (const island of await page.locator('astro-island > :first-child').all())
        await island.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      if ((await page.locator('.webpage').count()) > 0) {
        await expect(page.locator('iframe[title="Preview of your page"]')).toBeAttached();
        await expect(page.locator('.cm-editor').first()).toBeAttached();
      }
      await page.waitForTimeout(300);
      // The preview frame shows the learner's own page (sometimes broken on
      // purpose, in a lesson); it is hers, not the site's, so axe skips inside it.
      const { violations } = await new AxeBuilder({ page })
        .withTags(WCAG)
        .exclude('iframe[title="Preview of your page"]')
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      ).toEqual([]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}
