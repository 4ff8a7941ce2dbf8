import type { Locator, Page } from '@playwright/test';

/** Scrolls to an island and waits until Astro has hydrated it (its `ssr` mark is gone). */
export async function hydrated(page: Page, inner: Locator): Promise<Locator> {
  await inner.scrollIntoViewIfNeeded();
  await page.locator('astro-island', { has: inner }).and(page.locator('astro-island:not([ssr])')).waitFor();
  return inner;
}
