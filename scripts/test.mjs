#!/usr/bin/env node
// `npm test`: every quality gate, in order, stopping at the first that fails.
// Each gate is an npm script, so it can also be run on its own.
import { spawnSync } from 'node:child_process';

const gates = [
  ['unit tests', 'test:unit'],
  ['lint and formatting', 'lint'],
  ['type check (astro check)', 'check'],
  ['build (Astro + Pagefind)', 'build'],
  ['end-to-end, accessibility, links and weight', 'test:e2e'],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let passed = 0;
for (const [name, script] of gates) {
  console.log(`\n▶ ${name}  (npm run ${script})\n`);
  const started = Date.now();
  const result = spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed after ${seconds} s. Fix it, then run npm test again.`);
    console.log(`gates: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
  passed++;
}
console.log(`\ngates: ${passed} passed, 0 failed`);
