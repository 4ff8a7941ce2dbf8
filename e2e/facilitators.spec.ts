import { expect, test } from '@playwright/test';
import { hydrated } from './support/islands';

test('the facilitator view shows notes for facilitators, and is remembered', async ({ page }) => {
  await page.goto('/en/start-here/welcome/');
  const note = page.getByRole('complementary', { name: 'For facilitators: the first two minutes' });
  await expect(note).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Facilitator view' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(note).toBeVisible();
  await expect(page.getByText('Notes for facilitators')).toBeVisible();
  await page.goto('/en/start-here/how-to-learn-here/');
  await expect(page.getByRole('button', { name: 'Facilitator view' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Notes for facilitators')).toBeVisible();
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  await expect(page.getByText('Notes for facilitators')).toBeHidden();
});

test('projector mode makes the type larger and the contrast stronger', async ({ page }) => {
  await page.goto('/en/start-here/welcome/');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Projector mode' }).click();
  expect(await size()).toBeGreaterThan(before * 1.3);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('the plan builder makes an agenda that travels in its link', async ({ page, context }) => {
  await page.goto('/en/facilitators/plan/');
  await hydrated(page, page.getByLabel('Start time'));
  await page.getByLabel('Start time').fill('09:30');
  await page.getByLabel('Start time').dispatchEvent('change');
  await page
    .getByLabel('Lesson', { exact: true })
    .selectOption({ label: 'Start here: Welcome to Poetical Science (15 min)' });
  await page.getByRole('button', { name: 'Add a lesson' }).click();
  await page.getByRole('button', { name: 'Add a break' }).click();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('row')).toHaveCount(5);
  await expect(agenda.getByRole('row').nth(1)).toContainText('09:30–09:40');
  await expect(agenda.getByRole('row').nth(2)).toContainText('09:40–09:55');
  await expect(agenda.getByRole('row').nth(4)).toContainText('10:05–10:15');
  await expect(agenda).toContainText('Total: 45 minutes, from 09:30 to 10:15.');
  await expect(agenda).toContainText('A phone, tablet or computer with a web browser');

  const link = await page.getByLabel('Link to this plan').inputValue();
  expect(new URL(link).searchParams.get('plan')).toBe('1.09:30.w,l:/en/start-here/welcome/,b,x');
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'Agenda' })).toContainText('Total: 45 minutes, from 09:30 to 10:15.');
});

test('a damaged plan link gives a kind message and a fresh plan', async ({ page }) => {
  await page.goto('/en/facilitators/plan/?plan=1.09:30.l:javascript:alert(1)');
  await expect(page.getByText('This plan link looks damaged')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agenda' })).toContainText('Welcome and introductions');
});

for (const activity of ['be-the-analytical-engine', 'be-the-compiler', 'paper-web-page']) {
  test(`printable sheets of ${activity} print cleanly on A4 and Letter`, async ({ page }, testInfo) => {
    await page.goto(`/en/facilitators/${activity}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    // Each sheet starts a page and no card is cut in two.
    const layout = await page.evaluate(() => ({
      sheets: [...document.querySelectorAll('.sheet')].map((el) => getComputedStyle(el).breakBefore),
      cards: [...document.querySelectorAll('.card')].map((el) => getComputedStyle(el).breakInside),
    }));
    expect(layout.sheets.length).toBeGreaterThan(0);
    expect(new Set(layout.sheets)).toEqual(new Set(['page']));
    expect(new Set(layout.cards)).toEqual(new Set(['avoid']));
    await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
    // Sizes are in millimetres inside 12 mm margins, so both papers give the same pages.
    const pages = async (format: string) =>
      ((await page.pdf({ format })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const a4 = await pages('A4');
    expect(a4).toBeGreaterThan(layout.sheets.length);
    expect(await pages('Letter')).toBe(a4);
  });
}

test('home and facilitators pages lead to the plan builder with the activities in it', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: 'How to run a session' }).click();
  await expect(page).toHaveURL(/\/en\/facilitators\/$/);
  await page.getByRole('link', { name: /plan/i }).first().click();
  await expect(page).toHaveURL(/\/en\/facilitators\/plan\//);
  const activities = page.getByLabel('Activity', { exact: true });
  await expect(activities.locator('option')).toHaveCount(3);
});

test('track guides gather the facilitator notes of their lessons', async ({ page }) => {
  await page.goto('/en/facilitators/track-start-here/');
  const notes = page.getByRole('region', { name: 'Notes for each lesson' });
  await expect(notes.getByRole('link', { name: 'Welcome to Poetical Science' })).toBeVisible();
  await expect(notes).toContainText('Let everyone press');
});
