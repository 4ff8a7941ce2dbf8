import { chromium } from '@playwright/test';
const [, , url, out, width = '1280', scheme = 'light', full = '1'] = process.argv;
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
p.on('console', (m) => {
  if (m.type() === 'error') console.log('console error:', m.text());
});
await p.goto(url, { waitUntil: 'networkidle' });
await p.screenshot({ path: out, fullPage: full === '1' });
await b.close();
