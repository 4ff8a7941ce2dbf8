import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['./*.ts', '!./*.test.ts', '!./*.test-support.ts', '!./*.bench.ts'], {
  query: '?raw',
  eager: true,
  import: 'default',
}) as Record<string, string>;

// Pure TypeScript: the compiler's own modules, plus two small helpers shared in src/lib.
const SHARED = new Set(['../html-checks/distance.ts', '../i18n/translate.ts']);

describe('compiler boundaries', () => {
  it('imports only its own modules (by relative .ts path) and two shared helpers, so it runs in Node, a Worker or the page', () => {
    const outside: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\b(?:from|import)\s+'([^']+)'/g)) {
        const target = m[1] ?? '';
        if (!/^\.\/[\w.-]+\.ts$/.test(target) && !SHARED.has(target)) outside.push(`${file} → ${target}`);
      }
    }
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
  });

  it('has JSDoc on every export', () => {
    const bare: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        // Declarations, not re-exports (`export … from`), which are documented where they are declared.
        if (!/^export (?:async )?(?:function|const|class|interface|type|let)\b/.test(line) || / from '/.test(line))
          return;
        if (!/\*\/\s*$/.test(lines[i - 1] ?? '')) bare.push(`${file}:${i + 1} ${line.slice(0, 60)}`);
      });
    }
    expect(bare).toEqual([]);
  });
});
