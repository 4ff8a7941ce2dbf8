import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['./*.ts', '!./*.test.ts'], {
  query: '?raw',
  eager: true,
  import: 'default',
}) as Record<string, string>;

describe('html-checks boundaries', () => {
  it('imports only its own modules (with .ts) and the two parsers, so it runs in any browser', () => {
    const outside: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\bfrom\s+'([^']+)'/g)) {
        const target = m[1] ?? '';
        const ok = /^\.\.?\/[\w./-]+\.ts$/.test(target) || target === 'parse5' || target === 'css-tree';
        if (!ok) outside.push(`${file} → ${target}`);
      }
    }
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('keeps every module under 200 lines', () => {
    const long = Object.entries(sources).filter(([, text]) => text.split('\n').length >= 200);
    expect(long.map(([file]) => file)).toEqual([]);
  });
});
