import { describe, expect, it } from 'vitest';

// The engine's own modules (not its tests, and not the note-g folder beside it).
const sources = import.meta.glob(['./*.ts', '!./*.test.ts', '!./*.test-support.ts', '!./*.bench.ts', '!./*.d.ts'], {
  query: '?raw',
  eager: true,
  import: 'default',
}) as Record<string, string>;

describe('analytical-engine boundaries', () => {
  it('imports only its own modules (with .ts), so it runs in Node, a Worker or the page', () => {
    const outside: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\bfrom\s+'([^']+)'/g)) {
        if (!/^\.\/[\w-]+\.ts$/.test(m[1] ?? '')) outside.push(`${file} → ${m[1]}`);
      }
    }
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('uses no Node or DOM globals', () => {
    const used = Object.entries(sources).filter(([, text]) =>
      /\b(process|require|window|document|Buffer)\b[.(]/.test(text),
    );
    expect(used.map(([file]) => file)).toEqual([]);
  });
});
