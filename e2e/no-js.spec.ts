import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('lessons read fine without JavaScript, quizzes included', async ({ page }) => {
  await page.goto('/en/start-here/how-to-learn-here/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  // The theme button needs JavaScript, so it stays hidden rather than doing nothing.
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  const summary = page.getByRole('region', { name: 'Check your understanding' }).first().locator('summary').first();
  await summary.click();
  await expect(page.locator('details[open] .feedback').first()).toBeVisible();
});

test('search without JavaScript still lists every lesson', async ({ page }) => {
  await page.goto('/en/search/');
  await expect(page.getByRole('heading', { name: 'All lessons' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'How to learn here' })).toBeVisible();
});
