import { hydrated } from './support/islands';
import { expect, test } from '@playwright/test';

test('the little Mill computes and explains a mistake kindly', async ({ page }) => {
  await page.goto('/en/start-here/welcome/');
  const mill = await hydrated(page, page.getByRole('form', { name: 'The little Mill' }));
  await mill.getByRole('textbox', { name: 'Column V1' }).fill('6');
  await mill.getByRole('textbox', { name: 'Column V2' }).fill('7');
  await mill.getByRole('combobox', { name: 'Operation' }).selectOption('multiply');
  await mill.getByRole('button', { name: 'Turn the crank' }).click();
  await expect(mill.getByRole('status')).toContainText('V1 × V2 = 42');

  await mill.getByRole('combobox', { name: 'Operation' }).selectOption('divide');
  await mill.getByRole('textbox', { name: 'Column V2' }).fill('0');
  await mill.getByRole('textbox', { name: 'Column V2' }).press('Enter');
  await expect(mill.getByRole('status')).toContainText('divide by 0');
  await expect(mill.getByRole('textbox', { name: 'Column V2' })).toHaveAttribute('aria-invalid', 'true');

  await mill.getByRole('button', { name: 'Reset' }).click();
  await expect(mill.getByRole('textbox', { name: 'Column V1' })).toHaveValue('');
  await expect(mill.getByRole('status')).toContainText('waiting');
});
