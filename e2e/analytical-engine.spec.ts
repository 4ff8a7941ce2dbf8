import { readFileSync } from 'node:fs';
import { hydrated } from './support/islands';
import { expect, test, type Locator, type Page } from '@playwright/test';

const TABLE_LESSON = '/en/ada-lovelace/reading-the-table/';
const BUG_LESSON = '/en/ada-lovelace/finding-the-bug/';
const DECK_LESSON = '/en/ada-lovelace/how-the-engine-works/';

/** Presses Tab until the focused element matches `target` (a keyboard user's way there). */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Could not reach the control with the Tab key');
}

function triesBox(page: Page): Locator {
  return page.getByRole('region', { name: 'Your progress in this lesson' });
}

test('computes B7 = −1/30 in the table with the keyboard only', async ({ page }) => {
  await page.goto(TABLE_LESSON);
  const table = await hydrated(page, page.getByRole('region', { name: "Lovelace's table, step by step" }));
  const step = table.getByRole('button', { name: 'Step', exact: true });
  await tabTo(page, step);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(table.getByRole('status').first()).toContainText('Step 2 of 36.');
  await expect(table.getByRole('status').first()).toContainText('Operation 2');
  // Step is disabled while a run plays; Back one step comes after it in the tab order.
  const back = table.getByRole('button', { name: 'Back one step' });
  await tabTo(page, back);
  await page.keyboard.press('Enter');
  await expect(table.getByRole('status').first()).toContainText('Step 1 of 36.');
  const toEnd = table.getByRole('button', { name: 'Jump to the end' });
  await toEnd.evaluate((el: HTMLElement) => el.blur());
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, toEnd);
  await page.keyboard.press('Enter');
  await expect(table.getByText('The Engine wrote into V24:')).toBeVisible();
  await expect(table.locator('.answer strong').first()).toHaveText('−1/30');
  await expect(table.getByText('The same! The Engine got it right.')).toBeVisible();
  await expect(triesBox(page).locator('[data-check="note-g:b7"] [data-check-state]')).toHaveText('Done');
});

test('find the bug: swapping operation 4 fixes the size, fixing 24 the sign', async ({ page }) => {
  await page.goto(BUG_LESSON);
  const table = await hydrated(page, page.getByRole('region', { name: 'Find the bug in the printed table' }));
  await table.getByRole('button', { name: 'Jump to the end' }).click();
  await expect(table.locator('.answer strong').first()).toHaveText('−139/630');
  await expect(table.getByText('Not the same.', { exact: false })).toBeVisible();

  // A wrong guess really runs too: swapping operation 2 does not help.
  await table.getByRole('button', { name: 'Swap the columns of operation 2', exact: true }).click();
  await table.getByRole('button', { name: 'Jump to the end' }).click();
  await expect(table.getByText('Not the same.', { exact: false })).toBeVisible();
  await table.getByRole('button', { name: 'Swap the columns of operation 2', exact: true }).click();

  const swap4 = table.getByRole('button', { name: 'Swap the columns of operation 4', exact: true });
  await swap4.click();
  await expect(swap4).toHaveAttribute('aria-pressed', 'true');
  await table.getByRole('button', { name: 'Jump to the end' }).click();
  await expect(table.locator('.answer strong').first()).toHaveText('1/30');
  await expect(table.getByText('Nearly! The size is right', { exact: false })).toBeVisible();
  await expect(triesBox(page).locator('[data-check="note-g:bug-fixed"] [data-check-state]')).toHaveText('Done');

  await table.getByRole('button', { name: 'Fix operation 24 too: 0 − V13' }).click();
  await table.getByRole('button', { name: 'Jump to the end' }).click();
  await expect(table.locator('.answer strong').first()).toHaveText('−1/30');
  await expect(table.getByText('The same! The Engine got it right.')).toBeVisible();
});

test('runs a Fourmilab library deck in the card deck view and prints what the reference prints', async ({ page }) => {
  const expected = readFileSync('src/lib/analytical-engine/fixtures/fourmilab/tests/sqrt_test.expected', 'utf8');
  await page.goto(DECK_LESSON);
  const deck = await hydrated(page, page.getByRole('region', { name: 'The Analytical Engine: your card deck' }));
  await deck.getByRole('combobox', { name: 'Example decks' }).selectOption('fourmilab-sqrt');
  await deck.getByRole('button', { name: 'Open this example' }).click();
  await expect(deck.getByText('Opened the example', { exact: false })).toBeVisible();
  await deck.getByRole('button', { name: 'Run' }).click();
  await expect(deck.getByText('Finished: the Engine read the last card', { exact: false })).toBeVisible();
  await expect(deck.locator('pre.printer')).toHaveText(expected, { useInnerText: false });
  await deck.getByRole('button', { name: 'Bring my deck back' }).click();
  await expect(deck.locator('.cm-content')).toContainText('N0');
});

test("the lesson's goal ticks when the deck prints exactly what it asks for", async ({ page }) => {
  await page.goto(DECK_LESSON);
  const deck = await hydrated(page, page.getByRole('region', { name: 'The Analytical Engine: your card deck' }));
  await deck.getByRole('button', { name: 'Run' }).click();
  await expect(deck.locator('pre.printer')).toHaveText('12\n');
  const tick = triesBox(page).locator('[data-check="engine:sum-42"] [data-check-state]');
  await expect(tick).toHaveText('Not yet');
  const editor = deck.getByRole('textbox', { name: 'Card deck editor: one card per line' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('N001 40\nN002 2\n+\nL001\nL002\nP\n');
  await deck.getByRole('button', { name: 'Run' }).click();
  await expect(deck.locator('pre.printer')).toHaveText('42\n');
  await expect(tick).toHaveText('Done');
});

test('a mistake is explained kindly with its line, and an endless deck can be stopped', async ({ page }) => {
  await page.goto(DECK_LESSON);
  const deck = await hydrated(page, page.getByRole('region', { name: 'The Analytical Engine: your card deck' }));
  const editor = deck.getByRole('textbox', { name: 'Card deck editor: one card per line' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('N001 5\nQ7\nP\n');
  await deck.getByRole('button', { name: 'Run' }).click();
  const problem = deck.locator('.problems li').first();
  await expect(problem.getByRole('button', { name: 'Go to line 2' })).toBeVisible();
  await expect(problem).not.toContainText('engine.diag');

  // Add one to column 1 for ever: the run goes on until Stop.
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('N001 0\nN002 1\n+\nL001\nL002\nS001\nCB+4\n');
  await deck.getByRole('button', { name: 'Run' }).click();
  await expect(deck.getByText('Running…', { exact: false })).toBeVisible();
  // The page still answers while the Engine works in its Worker.
  await deck.getByRole('button', { name: 'Stop' }).click();
  await expect(deck.getByText('Paused after', { exact: false })).toBeVisible();
  await expect(deck.getByRole('button', { name: 'Continue' })).toBeEnabled();
});
