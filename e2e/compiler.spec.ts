import { hydrated } from './support/islands';
import { expect, test, type Page } from '@playwright/test';

const ERRORS_LESSON = '/en/grace-hopper/friendly-errors/';
const INSIDE_LESSON = '/en/grace-hopper/inside-the-compiler/';
const FLOW_MATIC_LESSON = '/en/grace-hopper/flow-matic-and-data/';

async function playground(page: Page, path: string) {
  await page.goto(path);
  return hydrated(page, page.getByRole('region', { name: 'The compiler: English words into machine code' }).first());
}

test('write a program with the keyboard, read a kind error, fix it and run it', async ({ page }) => {
  const c = await playground(page, ERRORS_LESSON);
  const editor = c.getByRole('textbox', { name: /Program editor/ });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('PROCEDURE.\nDISPLAY "HELLO, GRACE"\nSTOP.');
  const problem = c.locator('.problems li').first();
  await expect(problem.getByRole('button', { name: 'Go to line 2' })).toBeVisible();
  await expect(problem).toContainText('period');
  await expect(problem).not.toContainText('compiler.diag');
  // The line button takes her to the mistake; she adds the full stop there.
  await problem.getByRole('button', { name: 'Go to line 2' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await expect(c.getByText('No problems.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(c.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(c.locator('pre.printer')).toHaveText('HELLO, GRACE');
  await expect(c.getByText('Finished: the program reached STOP.')).toBeVisible();
});

test('the machine and the interpreter print the same, and a goal ticks its try', async ({ page }) => {
  const c = await playground(page, INSIDE_LESSON);
  const editor = c.getByRole('textbox', { name: /Program editor/ });
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.type('\nADD 6 TO MANGOES.');
  await c.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(c.locator('pre.printer')).toHaveText('MANGOES: 24');
  await expect(
    page
      .getByRole('region', { name: 'Your progress in this lesson' })
      .locator('[data-check="compiler:mangoes-twice"] [data-check-state]'),
  ).toHaveText('Done');
  await c.getByRole('radio', { name: 'the interpreter' }).check();
  await c.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(c.locator('pre.printer')).toHaveText('MANGOES: 24');
});

test('source and machine code light each other up, and every order explains itself', async ({ page }) => {
  const c = await playground(page, INSIDE_LESSON);
  await c.getByRole('tab', { name: /Processing/ }).click();
  const orders = c.locator('table.code tbody tr');
  await expect(orders.first()).toBeVisible();
  // Pointing at an order (keyboard focus) lights up its statement in the editor and explains it.
  await c.locator('button.order').first().focus();
  await expect(c.locator('.cm-linked')).toHaveText('ADD 6 TO MANGOES');
  await expect(c.locator('[id$="-note"]')).toContainText('box 500 (MANGOES)');
  // The cursor in a statement lights up that statement's orders.
  await c.getByRole('textbox', { name: /Program editor/ }).focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const lit = c.locator('table.code tbody tr.lit');
  await expect(lit).toHaveCount(3);
  for (const row of await lit.all()) await expect(row.locator('td').nth(2)).toHaveText('5');
  // The tabs follow the arrow keys.
  await c.getByRole('tab', { name: /Processing/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(c.getByRole('tab', { name: /Translation/ })).toHaveAttribute('aria-selected', 'true');
  await expect(c.locator('.cards li').first()).toHaveText(/DATA/);
});

test("runs the 1958 manual's Sample Problem 1 with its files, and follows edits to them", async ({ page }) => {
  const c = await playground(page, FLOW_MATIC_LESSON);
  await c.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(c.locator('pre.printer')).toHaveText('1002 NUTS 300\n1009 HINGES 40');
  const unpriced = c.getByRole('region', { name: 'Output file UNPRICED-INV' });
  await expect(unpriced.locator('tbody tr')).toHaveCount(2);
  const priced = c.getByRole('region', { name: 'Output file PRICED-INV' });
  await expect(priced.locator('tbody tr')).toHaveCount(3);
  // Give NUTS a price: it moves from the unpriced file to the priced one.
  await c.getByRole('button', { name: 'Add an item to PRICE' }).click();
  const rows = c.getByRole('region', { name: /Input file PRICE/ }).locator('tbody tr');
  await expect(rows).toHaveCount(5);
  await c.getByRole('button', { name: 'Remove item 5 of PRICE' }).click();
  await expect(rows).toHaveCount(4);
  // The price file is sorted by product number, so 1002 goes second: edit rows to keep the order.
  await c.getByRole('textbox', { name: 'PRODUCT-NO, item 2 of PRICE' }).fill('1002');
  await c.getByRole('textbox', { name: 'UNIT-PRICE, item 2 of PRICE' }).fill('0.03');
  await c.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(c.locator('pre.printer')).toHaveText('1009 HINGES 40');
  await expect(priced.locator('tbody tr')).toHaveCount(4);
});

test('a 1 MB program is compiled in the Worker, not on the page, and explained kindly', async ({ page }) => {
  // Record what the page hands to Workers.
  await page.addInitScript(() => {
    const sent: { type: string; size: number }[] = [];
    (window as unknown as { workerMessages: typeof sent }).workerMessages = sent;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const m = message as { type?: string; source?: string };
      sent.push({ type: String(m?.type), size: typeof m?.source === 'string' ? m.source.length : 0 });
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    };
  });
  const c = await playground(page, ERRORS_LESSON);
  const text = `PROCEDURE.\n${'DISPLAY "HELLO, GRACE".\n'.repeat(44_000)}STOP.\n`;
  expect(text.length).toBeGreaterThan(1_000_000);
  await c.getByRole('textbox', { name: /Program editor/ }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  // Paste it, as a learner would from another file.
  await c.locator('.cm-content').evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  // The compiler answers kindly: the program is far too long for the machine's memory.
  await expect(c.locator('.problems li').first()).toContainText('Line', { timeout: 30_000 });
  await expect(c.locator('.problems li').first()).not.toContainText('compiler.diag');
  const sent = await page.evaluate(
    () => (window as unknown as { workerMessages: { type: string; size: number }[] }).workerMessages,
  );
  expect(sent.filter((m) => m.type === 'compile' && m.size === text.length).length).toBeGreaterThan(0);
  // And the page still answers: the editor takes a new program at once.
  await c.getByRole('textbox', { name: /Program editor/ }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('PROCEDURE.\nDISPLAY "SMALL AGAIN".\nSTOP.');
  await c.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(c.locator('pre.printer')).toHaveText('SMALL AGAIN');
});
