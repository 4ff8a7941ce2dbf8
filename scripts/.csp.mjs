import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) =>
    console.log('VIOLATION', e.violatedDirective, e.sample, e.sourceFile, e.lineNumber),
  );
});
p.on('console', (m) => console.log(m.text().slice(0, 300)));
await p.goto(process.argv[2], { waitUntil: 'networkidle' });
await p.evaluate(() => window.scrollTo(0, 3000));
await p.waitForTimeout(1000);
await b.close();
