import { describe, expect, it } from 'vitest';
import manifest from './golden/expected.json';
import { EXAMPLES, run, type DataFile, type RunResult } from './index.ts';

/** One golden case: `golden/<name>.grace` (or an example's source) and what running it gives. */
interface GoldenCase {
  example?: string;
  files?: Record<string, DataFile>;
  input?: string[];
  maxSteps?: number;
  status: RunResult['status'];
  output: string[];
  filesAfter?: Record<string, DataFile>;
  diagnostic?: { code: string; line: number; params?: Record<string, string | number> };
  more?: { code: string; line: number }[];
}

const sources = import.meta.glob('./golden/*.grace', { query: '?raw', eager: true, import: 'default' }) as Record<
  string,
  string
>;
const cases = manifest as Record<string, GoldenCase>;

function sourceOf(name: string, c: GoldenCase): string {
  if (c.example) {
    const example = EXAMPLES.find((e) => e.id === c.example);
    if (!example) throw new Error(`no example ${c.example}`);
    return example.source;
  }
  const source = sources[`./golden/${name}.grace`];
  if (source === undefined) throw new Error(`no golden/${name}.grace`);
  return source;
}

describe('golden corpus', () => {
  it('has a manifest entry for every program and a program for every entry', () => {
    const named = Object.keys(sources).map((p) => p.replace('./golden/', '').replace('.grace', ''));
    expect(named.filter((n) => !(n in cases))).toEqual([]);
    expect(Object.entries(cases).filter(([n, c]) => !c.example && !named.includes(n))).toEqual([]);
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(40);
  });

  for (const [name, c] of Object.entries(cases)) {
    for (const engine of ['machine', 'interpreter'] as const) {
      it(`${name} (${engine})`, () => {
        const example = EXAMPLES.find((e) => e.id === c.example);
        const files = c.files ?? example?.files;
        const result = run(sourceOf(name, c), {
          engine,
          ...(files ? { files } : {}),
          ...(c.input ? { input: c.input } : {}),
          ...(c.maxSteps !== undefined ? { maxSteps: c.maxSteps } : {}),
        });
        expect(result.output).toEqual(c.output);
        expect(result.status).toBe(c.status);
        for (const [file, expected] of Object.entries(c.filesAfter ?? {})) expect(result.files[file]).toEqual(expected);
        if (c.diagnostic) {
          const first = result.diagnostics[0];
          expect(first).toMatchObject({ code: c.diagnostic.code, line: c.diagnostic.line });
          if (c.diagnostic.params) expect(first?.params).toMatchObject(c.diagnostic.params);
        } else {
          expect(result.diagnostics).toEqual([]);
        }
        for (const more of c.more ?? []) expect(result.diagnostics).toContainEqual(expect.objectContaining(more));
      });
    }
  }
});
