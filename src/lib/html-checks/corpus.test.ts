import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from './codes.ts';
import { diagnose } from './index.ts';

// Inputs end in `.html.txt` and `.css.txt`. They must stay byte for byte as
// written, and with a plain `.html`/`.css` ending Prettier would reformat them
// (moving every expected position), and Vitest empties `*.css` imports, even `?raw`.
const files = import.meta.glob('./corpus/*', { query: '?raw', eager: true, import: 'default' }) as Record<
  string,
  string
>;

interface Expected {
  code: string;
  file: 'html' | 'css';
  line: number;
  column: number;
}

const names = [
  ...new Set(
    Object.keys(files).map((path) =>
      path.replace(/^\.\/corpus\//, '').replace(/\.(html\.txt|css\.txt|expected\.json)$/, ''),
    ),
  ),
].sort();

const cases = names.map((name) => ({
  name,
  html: files[`./corpus/${name}.html.txt`] ?? '',
  css: files[`./corpus/${name}.css.txt`] ?? '',
  expected: JSON.parse(files[`./corpus/${name}.expected.json`] ?? 'null') as Expected[] | null,
}));

describe('the golden corpus', () => {
  it('has enough cases, each with an input and an expected file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) {
      expect(c.expected, `${c.name}.expected.json`).not.toBeNull();
      expect(c.html + c.css, `${c.name} has no input`).not.toBe('');
    }
  });

  it.each(cases)('$name', ({ html, css, expected }) => {
    const found = diagnose(html, css).map(({ code, file, line, column }) => ({ code, file, line, column }));
    expect(found).toEqual(expected);
  });

  it('shows every diagnostic code at least once', () => {
    const seen = new Set(cases.flatMap((c) => (c.expected ?? []).map((e) => e.code)));
    expect(DIAGNOSTIC_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });
});
