import { expect, test } from '@playwright/test';

test('the root leads to the English home page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('home → track → lesson → next lesson, by links a learner sees', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const tracks = page.getByRole('region', { name: 'Tracks' });
  await tracks.getByRole('link', { name: 'Start here' }).click();
  await expect(page).toHaveURL(/\/en\/start-here\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Start here' })).toBeVisible();

  await page.getByRole('link', { name: 'Start the first lesson' }).click();
  await expect(page).toHaveURL(/\/en\/start-here\/welcome\/$/);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Start here' })).toHaveAttribute('href', '/en/start-here/');
  await expect(page.getByRole('heading', { name: 'In this lesson', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'More lessons' });
  await pager.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page).toHaveURL(/\/en\/start-here\/how-to-learn-here\/$/);
  await expect(
    page.getByRole('navigation', { name: 'More lessons' }).getByRole('link', { name: /Previous lesson/ }),
  ).toHaveAttribute('href', '/en/start-here/welcome/');
});

test('the 404 page is friendly and leads home', async ({ page }) => {
  const response = await page.goto('/en/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'This page wandered off' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('the theme toggle persists across pages and reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto('/en/about/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a quiz gives kind feedback with the keyboard alone', async ({ page }) => {
  await page.goto('/en/start-here/welcome/');
  const quiz = page.getByRole('region', { name: 'Check your understanding' }).first();
  const firstChoice = quiz.locator('summary').first();
  await firstChoice.focus();
  await page.keyboard.press('Enter');
  await expect(quiz.locator('details').first()).toHaveAttribute('open', '');
  await expect(quiz.locator('details').first().locator('.feedback')).toBeVisible();
});

test('keyboard users can skip straight to the lesson, and focus is always visible', async ({ page }) => {
  await page.goto('/en/start-here/welcome/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('nothing overflows sideways on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const url of ['/en/', '/en/start-here/', '/en/start-here/welcome/', '/en/search/', '/en/about/']) {
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${url} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
