import { describe, expect, it } from 'vitest';
import { diagnose, runSteps, STEP_CHECKS } from './index.ts';
// `.css.txt`, because Vitest empties `*.css` imports, even with `?raw`.
import css from './fixtures/profile-card.css.txt?raw';
import html from './fixtures/profile-card.html?raw';

const problems = (h: string, c: string) =>
  diagnose(h, c).map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${JSON.stringify(d.params)}`);

describe('a correct profile-card page', () => {
  it('loaded its fixtures', () => {
    expect(html.length).toBeGreaterThan(1000);
    expect(css).toContain('display: flex');
  });

  it('gets no errors or warnings; its one info is about the decorative picture', () => {
    expect(problems(html, css)).toEqual(['html:53:54 info html.img-decorative-alt {"line":53}']);
  });

  it('stays clean as a fragment of body content, with its CSS in a <style> block', () => {
    const body = html.slice(html.indexOf('<header'), html.indexOf('</body>'));
    const found = problems(`<style>\n${css}</style>\n${body}`, '');
    expect(found.filter((p) => !p.includes(' info html.img-decorative-alt '))).toEqual([]);
  });

  it('passes every step check that needs no argument, and the usual ones that do', () => {
    const steps: { check: string; arg?: string }[] = Object.keys(STEP_CHECKS)
      .filter((check) => !/-at-least$|^has-element$|^css-sets-property$|^css-uses-color-on$/.test(check))
      .map((check) => ({ check }));
    steps.push(
      { check: 'has-element', arg: 'main' },
      { check: 'paragraph-count-at-least', arg: '3' },
      { check: 'list-has-items-at-least', arg: '2' },
      { check: 'css-sets-property', arg: 'border-radius' },
      { check: 'css-uses-color-on', arg: '.card h2' },
    );
    const failed = runSteps(html, css, steps).flatMap((r, i) => (r.pass ? [] : [steps[i]?.check]));
    expect(failed).toEqual([]);
  });

  it('is checked in a few milliseconds at 300 lines', () => {
    const card = html.slice(html.indexOf('<article'), html.indexOf('</article>') + 10);
    const cards = Array.from({ length: 14 }, () => card).join('\n');
    const big = html.replace('<main>', `<main>\n${cards}`);
    expect(big.split('\n').length).toBeGreaterThan(300);
    // Warm up first: css-tree builds its matchers lazily and the JIT needs a few rounds.
    for (let i = 0; i < 20; i++) diagnose(big, css);
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      diagnose(big, css);
      times.push(performance.now() - start);
    }
    const median = times.sort((a, b) => a - b)[10] ?? Infinity;
    // About 3–5 ms on a laptop; the bound is loose so a busy CI machine does not flake.
    expect(median).toBeLessThan(50);
  });
});
