import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { hydrated } from './support/islands';
import { expect, test, type Page } from '@playwright/test';

const WELCOME = '/en/start-here/welcome/';
const LEARN = '/en/start-here/how-to-learn-here/';
const SAFE = '/en/start-here/safe-and-kind-online/';

/** Opens the journey page and waits for its island, so clicks and files are not lost. */
async function openJourney(page: Page) {
  await page.goto('/en/journey/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

async function finishByButton(page: Page, path: string) {
  await page.goto(path);
  const box = page.getByRole('region', { name: 'Your progress in this lesson' });
  await box.getByRole('button', { name: "I've finished this lesson" }).click();
  await expect(box.getByText('You finished this lesson!')).toBeVisible();
}

test('finishing a lesson shows on the home page, with "continue where you left off"', async ({ page }) => {
  await finishByButton(page, SAFE);
  const box = page.getByRole('region', { name: 'Your progress in this lesson' });
  await box.getByRole('button', { name: 'Undo' }).click();
  await expect(box.getByText('Marked as not finished.')).toBeVisible();
  await box.getByRole('button', { name: "I've finished this lesson" }).click();

  await page.goto(WELCOME);
  await page.goto('/en/');
  const card = page.getByRole('region', { name: 'Tracks' }).getByRole('article');
  await expect(card.getByText('1 of 3 lessons done')).toBeVisible();
  const hero = page.getByRole('region', { name: 'Code like the women who built computing' });
  await expect(hero.getByRole('link', { name: /Continue/ })).toHaveAttribute('href', WELCOME);
  await expect(hero.getByText('Pick up where you left off: “Welcome to Poetical Science”.')).toBeVisible();

  await page.goto('/en/start-here/');
  await expect(page.locator(`[data-lesson-status="${SAFE}"]`)).toHaveText('Done');
  await expect(page.locator(`[data-lesson-status="${WELCOME}"]`)).toHaveText('In progress');
  await expect(page.locator(`[data-lesson-status="${LEARN}"]`)).toHaveText('Not started');
});

test("a lesson's tries tick themselves and complete it", async ({ page }) => {
  await page.goto(WELCOME);
  const box = page.getByRole('region', { name: 'Your progress in this lesson' });
  await expect(box.getByText('0 of 2 tries done.', { exact: false })).toBeVisible();
  const mill = await hydrated(page, page.getByRole('form', { name: 'The little Mill' }));
  await mill.getByRole('button', { name: 'Turn the crank' }).click(); // empty columns: a mistake
  await expect(box.getByText('1 of 2 tries done.', { exact: false })).toBeVisible();
  await mill.getByRole('textbox', { name: 'Column V1' }).fill('24');
  await mill.getByRole('textbox', { name: 'Column V2' }).fill('6');
  await mill.getByRole('button', { name: 'Turn the crank' }).click();
  await expect(box.getByText('You finished this lesson!')).toBeVisible();
  await expect(box.getByRole('link', { name: 'Next up: How to learn here' })).toHaveAttribute('href', LEARN);
});

test('completing a track earns its badge and a printable certificate', async ({ page }, testInfo) => {
  for (const path of [WELCOME, LEARN, SAFE]) await finishByButton(page, path);
  await expect(page.getByText('You finished the whole track “Start here”!', { exact: false })).toBeVisible();

  await openJourney(page);
  await expect(page.getByRole('img', { name: 'Earned: Grace Hopper badge' })).toBeVisible();
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  await page.getByRole('link', { name: 'Print your certificate for “Start here”' }).click();
  await expect(page).toHaveURL(/\/en\/certificate\/\?track=start-here$/);
  const name = page.getByRole('textbox', { name: 'Your name, as it should appear on the certificate' });
  await name.fill('<b>Amina</b> & Ada');
  const certificate = page.getByRole('article', { name: 'Certificate of achievement' });
  await expect(certificate.getByTestId('certificate-name')).toHaveText('<b>Amina</b> & Ada');
  await expect(certificate.locator('b')).toHaveCount(0);
  await expect(certificate.getByText(/^Finished on \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);

  await page.reload();
  await expect(name).toHaveValue('<b>Amina</b> & Ada');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(name).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('certificate-print.png'), fullPage: true });
  // One sheet on both paper sizes ("save as PDF" goes through the same print layout).
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format, landscape: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), `${format} pages`).toHaveLength(1);
  }
});

test('export, forget everything, then import restores the progress', async ({ page }, testInfo) => {
  await finishByButton(page, WELCOME);
  await finishByButton(page, SAFE);
  await openJourney(page);
  await expect(page.getByText('2 of 3 lessons done')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save my progress to a file' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ app: 'poetical-science', kind: 'progress' });

  await page.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(page.getByText('2 of 3 lessons done')).toBeVisible();
  await page.getByRole('button', { name: 'Forget everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything was deleted' })).toBeVisible();
  await expect(page.getByText('0 of 3 lessons done')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('ps-progress'))).toBeNull();

  await page.locator('input[type=file]').setInputFiles(file);
  await expect(
    page.getByText('Done! Progress from the file was added: 2 lessons are now marked as done.'),
  ).toBeVisible();
  await expect(page.getByText('2 of 3 lessons done')).toBeVisible();
});

test('a hostile or foreign file is refused with a reason and changes nothing', async ({ page }) => {
  await finishByButton(page, SAFE);
  await openJourney(page);
  const input = page.locator('input[type=file]');
  const hostile = `{"app":"poetical-science","kind":"progress","exportedAt":"2026-01-01T00:00:00Z","progress":{"version":2,"lessons":{"__proto__":{"polluted":true}},"drafts":{},"updatedAt":"2026-01-01T00:00:00Z"}}`;
  await input.setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await expect(page.getByText('That progress file is damaged or has been changed')).toBeVisible();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
  await input.setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('not json at all'),
  });
  await expect(page.getByText('That file is not a progress file from this site')).toBeVisible();
  await input.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  });
  await expect(page.getByText('was not saved by Poetical Science')).toBeVisible();
  await expect(page.getByText('1 of 3 lessons done')).toBeVisible();
});

test('corrupt saved progress: the site still works, says so kindly and keeps a copy', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('ps-progress', '{"version":2,"lessons":{oops');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(WELCOME);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Poetical Science' })).toBeVisible();
  await expect(page.getByText('Some saved progress on this device could not be read')).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('ps-progress-backup-'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual(['{"version":2,"lessons":{oops']);
  await page.getByRole('button', { name: 'Close this message' }).click();
  await page.getByRole('button', { name: "I've finished this lesson" }).click();
  await expect(page.getByText('You finished this lesson!')).toBeVisible();
});

test('storage switched off: progress is "not saved on this device" and lessons still work', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(SAFE);
  await expect(page.getByText('Progress is not saved on this device')).toBeVisible();
  await page.getByRole('button', { name: "I've finished this lesson" }).click();
  await expect(page.getByText('You finished this lesson!')).toBeVisible();
});

test('two open tabs stay consistent', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/en/');
  const card = home.getByRole('region', { name: 'Tracks' }).getByRole('article');
  await expect(card.getByText('0 of 3 lessons done')).toBeVisible();
  const lesson = await context.newPage();
  await finishByButton(lesson, SAFE);
  await expect(card.getByText('1 of 3 lessons done')).toBeVisible();
});

test('nothing shifts as progress loads', async ({ page }) => {
  await finishByButton(page, SAFE);
  await page.goto(WELCOME);
  for (const path of ['/en/', '/en/start-here/', SAFE]) {
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[data-ready]').first()).toBeAttached();
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift, `layout shift on ${path}`).toBeLessThan(0.01);
  }
});
