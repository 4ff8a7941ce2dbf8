import { expect, test } from '@playwright/test';

// "mangoes" appears only in the body of the welcome lesson (a sum to try), not
// in any title, summary, objective or navigation.
const WORD = 'mangoes';

test('search finds a lesson by a word that is only in its body', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox', { name: 'Search for a word' }).fill(WORD);
  await page.getByRole('searchbox', { name: 'Search for a word' }).press('Enter');
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('link', { name: 'Welcome to Poetical Science' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(WORD);
  await expect(page).toHaveURL(new RegExp(`\\?q=${WORD}$`));
});

test('a word no lesson uses gives a kind message', async ({ page }) => {
  await page.goto('/en/search/?q=zzqxj');
  await expect(page.getByRole('status')).toContainText('No lessons mention');
});

test('search loads nothing until it is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/en/search/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
});
