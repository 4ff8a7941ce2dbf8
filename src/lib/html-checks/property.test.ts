import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES, type Code } from './codes.ts';
import css from './fixtures/profile-card.css.txt?raw';
import html from './fixtures/profile-card.html?raw';
import { diagnose, runSteps, STEP_CHECKS, type Diagnostic } from './index.ts';
import { lineStarts, positionAt } from './text.ts';

// Hundreds of full checks per property: more than Vitest's default 5 s on a busy machine.
const slow = { timeout: 60_000 };

// Pieces that make parsers work hard: tags, quotes, braces, comments, odd characters…
const WORDS = `< > </ /> " ' = { } : ; /* */ <!-- --> <!DOCTYPE p div a img li ul h1 h3 span style script title
  svg table td color red href alt src url( ) https:// 12 # &amp; é 😀 display flexbox !important @import`;
// …and the line endings and control characters that a word list cannot hold.
const piece = fc.constantFrom(...WORDS.split(/\s+/), ' ', '\n', '\r\n', '\r', '\t', '\u0000', '\ud800');
const markup = (maxLength: number) => fc.string({ unit: piece, maxLength });
const anyText = fc.string({ unit: 'binary', maxLength: 400 });

const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length;

function expectWellFormed(h: string, c: string, found: Diagnostic[]): void {
  const seen = new Set<string>();
  let previous: Diagnostic | undefined;
  for (const d of found) {
    const text = d.file === 'html' ? h : c;
    expect(Object.hasOwn(CODES, d.code), d.code).toBe(true);
    expect(d.severity).toBe(CODES[d.code as Code]);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lineCount(text));
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    expect(d.span.end).toBeLessThanOrEqual(text.length);
    expect(positionAt(lineStarts(text), d.span.start)).toEqual({ line: d.line, column: d.column });
    expect(d.params.line).toBe(d.line);
    const key = `${d.file}|${d.code}|${d.span.start}|${d.span.end}`;
    expect(seen.has(key), `duplicate ${key}`).toBe(false);
    seen.add(key);
    if (previous) {
      const order = previous.file === d.file ? d.span.start - previous.span.start : previous.file === 'html' ? 1 : -1;
      expect(order).toBeGreaterThanOrEqual(0);
    }
    previous = d;
  }
}

// A deletion or an insertion somewhere in a file: the typo a learner makes mid-keystroke.
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: markup(4), css: fc.boolean() });

function applyEdits(edits: readonly { at: number; remove: number; insert: string; css: boolean }[]) {
  let h = html;
  let c = css;
  for (const e of edits) {
    const text = e.css ? c : h;
    const at = e.at % (text.length + 1);
    const changed = text.slice(0, at) + e.insert + text.slice(at + e.remove);
    if (e.css) c = changed;
    else h = changed;
  }
  return { h, c };
}

describe('diagnose on any input', slow, () => {
  it('never throws and returns well-formed diagnostics for random markup', () => {
    fc.assert(
      fc.property(markup(200), markup(200), (h, c) => expectWellFormed(h, c, diagnose(h, c))),
      { numRuns: 300 },
    );
  });

  it('never throws on random Unicode, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(anyText, anyText, (h, c) => expectWellFormed(h, c, diagnose(h, c))),
      { numRuns: 200 },
    );
  });

  it('never throws on the correct page with characters deleted and inserted', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const { h, c } = applyEdits(edits);
        expectWellFormed(h, c, diagnose(h, c));
      }),
      { numRuns: 200 },
    );
  });

  it('survives inputs that are not strings at all', () => {
    const odd = [undefined, null, 42, {}, []] as unknown as string[];
    for (const value of odd) expect(diagnose(value, value)).toEqual([]);
  });
});

describe('diagnose on large input', slow, () => {
  const repeat = (unit: string, length = 20_000) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const worstCases = [
    repeat('<div>'),
    repeat('</p>'),
    repeat('<b>x</x>'),
    repeat('<p class="a'),
    repeat('<ul><li>'),
    repeat('<a b c d '),
    repeat('<h2>x</h3>'),
    repeat('<!--'),
    repeat('{'),
    repeat('}'),
    repeat('p { color: red '),
    repeat('a:b '),
    repeat('/*'),
    repeat('x'),
    html.repeat(8).slice(0, 20_000),
  ];

  it('finishes each check of up to 20k characters quickly, even on adversarial input', () => {
    let slowest = 0;
    const time = (h: string, c: string): void => {
      const start = performance.now();
      const found = diagnose(h, c);
      slowest = Math.max(slowest, performance.now() - start);
      expectWellFormed(h, c, found);
    };
    for (const text of worstCases) time(text, text);
    fc.assert(
      fc.property(fc.string({ unit: piece, minLength: 2_000, maxLength: 8_000 }), (text) => {
        time(text.slice(0, 20_000), text.slice(0, 20_000));
      }),
      { numRuns: 25 },
    );
    // Typically well under 50 ms; the bound is generous so a loaded machine does not flake.
    expect(slowest).toBeLessThan(500);
  });
});

describe('runSteps on any input', slow, () => {
  const names = Object.keys(STEP_CHECKS);
  const step = fc.record({
    check: fc.oneof(fc.constantFrom(...names, 'constructor', '__proto__', 'nope'), fc.string()),
    arg: fc.option(fc.oneof(fc.string(), fc.constantFrom('h1', 'color', '3', '-1', 'p')), { nil: undefined }),
  });

  it('never throws and answers once per step', () => {
    fc.assert(
      fc.property(markup(200), markup(200), fc.array(step, { maxLength: 8 }), (h, c, steps) => {
        const results = runSteps(h, c, steps);
        expect(results).toHaveLength(steps.length);
        for (const r of results) if (!r.pass) expect(r.hint).toMatch(/^html\.step\./);
      }),
      { numRuns: 200 },
    );
  });
});
