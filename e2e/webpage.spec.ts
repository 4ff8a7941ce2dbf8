import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support/islands';

/** Opens the first lesson of the web page track and waits for its playground. */
async function openFirstLesson(page: Page) {
  await page.goto('/en/first-webpage/');
  await page.getByRole('link', { name: 'Start the first lesson' }).click();
  const playground = await hydrated(page, page.getByRole('region', { name: 'Your web page' }));
  return playground;
}

/** Replaces the text of one editor, as a paste would. */
async function replaceText(page: Page, editor: 'HTML editor' | 'CSS editor', text: string) {
  const box = page.getByRole('textbox', { name: editor, exact: true });
  await box.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

test('the preview follows the editors, and mistakes are explained with their line', async ({ page }) => {
  await openFirstLesson(page);
  const frame = page.frameLocator('iframe[title="Preview of your page"]');
  await replaceText(
    page,
    'HTML editor',
    '<!DOCTYPE html>\n<html lang="en">\n<head><title>Hi</title></head>\n<body>\n<h1>Radia</h1>\n<p>Hello\n</body>\n</html>',
  );
  await replaceText(page, 'CSS editor', 'h1 { colour: teal; }');
  await expect(frame.getByRole('heading', { name: 'Radia' })).toBeVisible();
  const problems = page.getByRole('status').filter({ hasText: 'Things to look at' });
  await expect(problems.getByRole('button', { name: /Go to CSS line 1/ })).toBeVisible();
  await expect(problems).toContainText('color');
  await replaceText(page, 'CSS editor', 'h1 { color: rgb(0, 128, 128); }');
  await expect
    .poll(async () => frame.getByRole('heading', { name: 'Radia' }).evaluate((h) => getComputedStyle(h).color))
    .toBe('rgb(0, 128, 128)');
});

test('a lesson can be completed with the keyboard only, hints included', async ({ page }) => {
  const playground = await openFirstLesson(page);
  const steps = playground.locator('.steps');
  // Walk every step's hint ladder with the keyboard, then paste the finished page.
  const hint = playground.getByRole('button', { name: 'Hint', exact: true }).first();
  // Each "Hint" button says which step it is for.
  await expect(hint).toHaveAccessibleDescription(/\S/);
  await hint.focus();
  await page.keyboard.press('Enter');
  await expect(steps.locator('.hint').first()).toBeVisible();
  const solutionButton = playground.getByRole('button', { name: 'Compare with a finished page' });
  await solutionButton.focus();
  await page.keyboard.press('Enter');
  const solutionHtml = await page.getByRole('textbox', { name: 'A finished page (HTML)' }).innerText();
  const solutionCss = await page.getByRole('textbox', { name: 'A finished page (CSS)' }).innerText();
  await page.getByRole('textbox', { name: 'HTML editor', exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(solutionHtml);
  await page.getByRole('textbox', { name: 'CSS editor', exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(solutionCss || ' ');
  await expect(playground.getByText('Every step ticks.')).toBeVisible();
  await expect(page.getByText('You finished this lesson!')).toBeVisible();
  // Tab leaves the editor (nobody is trapped in it).
  await page.getByRole('textbox', { name: 'CSS editor', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'CSS editor', exact: true })).not.toBeFocused();
});

test('the draft is kept on this device, reset can be undone, and download gives one working file', async ({
  page,
}, testInfo) => {
  await openFirstLesson(page);
  await replaceText(
    page,
    'HTML editor',
    '<!DOCTYPE html>\n<html lang="en"><head><title>Mine</title></head><body><h1>Karen</h1><img src="pictures/star.svg" alt="A star"></body></html>',
  );
  await replaceText(page, 'CSS editor', 'h1 { color: purple; }');
  await expect(page.getByText('Saved on this device', { exact: true })).toBeVisible();
  await page.reload();
  await hydrated(page, page.getByRole('region', { name: 'Your web page' }));
  await expect(page.getByText('Welcome back! We opened your page as you left it', { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'HTML editor', exact: true })).toContainText('Karen');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my page' }).click();
  const file = testInfo.outputPath('my-page.html');
  await (await download).saveAs(file);
  const saved = readFileSync(file, 'utf8');
  expect(saved).toContain('<h1>Karen</h1>');
  expect(saved).toContain('h1 { color: purple; }');
  expect(saved).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="A star">/);

  await page.getByRole('button', { name: "Start this lesson's page again" }).click();
  await expect(page.getByRole('textbox', { name: 'HTML editor', exact: true })).not.toContainText('Karen');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'HTML editor', exact: true })).toContainText('Karen');
});

const ATTACKS: Record<string, { html: string; css?: string; click?: string }> = {
  scripts: {
    html: `<script>localStorage.setItem('hacked','1'); parent.document.title='pwned'; top.location='https://example.com/';</script><p>x</p>`,
  },
  handlers: {
    html: `<img src="nope.png" onerror="parent.document.title='pwned'" alt="x"><p onclick="localStorage.clear()" id="t">tap</p>`,
    click: '#t',
  },
  'javascript link': { html: `<a id="t" href="javascript:parent.document.title='pwned'">go</a>`, click: '#t' },
  'top link': { html: `<a id="t" href="https://example.com/" target="_top">go</a>`, click: '#t' },
  'new window link': { html: `<a id="t" href="https://example.com/" target="_blank">go</a>`, click: '#t' },
  'meta refresh': { html: `<meta http-equiv="refresh" content="0;url=https://example.com/"><p>x</p>` },
  form: {
    html: `<form action="https://example.com/steal"><input name="q" value="1"><button id="t">send</button></form>`,
    click: '#t',
  },
  frames: {
    html: `<iframe src="https://example.com/"></iframe><iframe srcdoc="<script>parent.parent.document.title='pwned'</script>"></iframe><object data="https://example.com/a"></object><embed src="https://example.com/b">`,
  },
  'css to another origin': {
    html: `<p class="x">x</p>`,
    css: `@import url(https://example.com/a.css);\n.x { background: url(https://example.com/b.png); font-family: f; }\n@font-face { font-family: f; src: url(https://example.com/f.woff2); }`,
  },
  'base and link tags': {
    html: `<base href="https://example.com/"><link rel="stylesheet" href="https://example.com/s.css"><img src="c.png" alt="c">`,
  },
  'svg script': {
    html: `<svg><script>parent.document.title='pwned'</script><a id="t" href="javascript:parent.document.title='pwned'"><text y="20">x</text></a></svg>`,
  },
};

for (const [name, attack] of Object.entries(ATTACKS)) {
  test(`attack corpus: ${name} changes nothing outside the frame and reaches no other origin`, async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    // Chromium reports a request that the Content-Security-Policy stops, then
    // fails it with "csp" before anything leaves the machine; only others count.
    const attempts = new Map<string, string>();
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin) attempts.set(r.url(), 'sent');
    });
    context.on('requestfailed', (r) => {
      if (attempts.has(r.url()) && /csp/i.test(r.failure()?.errorText ?? '')) attempts.set(r.url(), 'blocked by CSP');
    });
    const foreign = () => [...attempts].filter(([, state]) => state !== 'blocked by CSP').map(([url]) => url);
    const popups: string[] = [];
    context.on('page', (p) => popups.push(p.url()));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openFirstLesson(page);
    await page.evaluate(() => localStorage.setItem('marker', 'kept'));
    const title = await page.title();
    const url = page.url();
    await replaceText(page, 'HTML editor', attack.html);
    if (attack.css) await replaceText(page, 'CSS editor', attack.css);
    const frame = page.frameLocator('iframe[title="Preview of your page"]');
    await expect(frame.locator('body')).toBeAttached();
    if (attack.click)
      await frame
        .locator(attack.click)
        .click({ timeout: 3000 })
        .catch(() => undefined);
    await page.waitForTimeout(800);
    expect(page.url()).toBe(url);
    expect(await page.title()).toBe(title);
    expect(await page.evaluate(() => [localStorage.getItem('marker'), localStorage.getItem('hacked')])).toEqual([
      'kept',
      null,
    ]);
    expect(foreign()).toEqual([]);
    expect(popups).toEqual([]);
    expect(dialogs).toEqual([]);
    // The frame stayed on its own document.
    expect(
      page
        .frames()
        .filter((f) => f !== page.mainFrame())
        .every((f) => f.url() === 'about:srcdoc'),
    ).toBe(true);
  });
}
