import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagnose, runSteps, STEP_CHECKS } from '../lib/html-checks/index.ts';

/**
 * The web page track grows one page across its lessons. Each lesson folder holds
 * the page at its start and after it (start/solution .html and .css), and its
 * frontmatter lists the steps the playground checks live. These tests keep the
 * lessons honest: the steps can be done, they are not done already, the finished
 * page is clean, and each lesson starts where the one before it ended.
 */

const TRACK = fileURLToPath(new URL('../../lessons/en/02-first-webpage/', import.meta.url));

interface Step {
  check: string;
  arg?: string | number;
  label: string;
}

interface Lesson {
  folder: string;
  steps: Step[];
  start: { html: string; css: string };
  solution: { html: string; css: string };
}

/** The YAML between the first two `---` lines of an MDX file, parsed. */
function frontmatter(mdx: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(mdx);
  if (!match?.[1]) throw new Error('no frontmatter block');
  return parse(match[1]) as Record<string, unknown>;
}

function read(folder: string, file: string): string {
  return readFileSync(join(TRACK, folder, file), 'utf8');
}

const folders = readdirSync(TRACK)
  .filter((name) => /^\d{2}-[a-z0-9-]+$/.test(name) && statSync(join(TRACK, name)).isDirectory())
  .sort();

const lessons: Lesson[] = folders.map((folder) => ({
  folder,
  steps: (frontmatter(read(folder, 'index.mdx')).steps ?? []) as Step[],
  start: { html: read(folder, 'start.html'), css: read(folder, 'start.css') },
  solution: { html: read(folder, 'solution.html'), css: read(folder, 'solution.css') },
}));

/** Step names the checker knows, whatever shape STEP_CHECKS has (list, set, map or record). */
const KNOWN: ReadonlySet<string> = new Set(
  Array.isArray(STEP_CHECKS) || STEP_CHECKS instanceof Set
    ? [...(STEP_CHECKS as Iterable<unknown>)].map((c) =>
        typeof c === 'string' ? c : String((c as { name?: string; id?: string }).name ?? (c as { id?: string }).id),
      )
    : STEP_CHECKS instanceof Map
      ? [...(STEP_CHECKS as Map<string, unknown>).keys()]
      : Object.keys(STEP_CHECKS as object),
);

function stepsFor(lesson: Lesson) {
  return lesson.steps.map((s) => (s.arg === undefined ? { check: s.check } : { check: s.check, arg: String(s.arg) }));
}

describe('web page track', () => {
  it('has at least seven lesson folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(lessons.map((lesson, index) => ({ lesson, index, name: lesson.folder })))(
    '$name',
    ({ lesson, index }) => {
      it('has two to five steps, each a check the playground knows', () => {
        expect(lesson.steps.length).toBeGreaterThanOrEqual(2);
        expect(lesson.steps.length).toBeLessThanOrEqual(5);
        for (const step of lesson.steps) expect(KNOWN, `unknown step check "${step.check}"`).toContain(step.check);
      });

      it('passes every step with its solution', () => {
        const results = runSteps(lesson.solution.html, lesson.solution.css, stepsFor(lesson));
        expect(results).toHaveLength(lesson.steps.length);
        const failing = lesson.steps.filter((_, i) => !results[i]?.pass).map((s) => s.label);
        expect(failing).toEqual([]);
      });

      it('does not pass every step at its start', () => {
        const results = runSteps(lesson.start.html, lesson.start.css, stepsFor(lesson));
        expect(results.some((r) => !r.pass)).toBe(true);
      });

      it('has a solution with no errors or warnings', () => {
        const problems = diagnose(lesson.solution.html, lesson.solution.css)
          .filter((d) => d.severity === 'error' || d.severity === 'warning')
          .map((d) => `${d.file} line ${d.line}: ${d.code}`);
        expect(problems).toEqual([]);
      });

      // The first lesson has no lesson before it, so it gets no such test.
      if (index > 0) {
        it('starts where the lesson before it ended', () => {
          const before = lessons[index - 1]!;
          expect(lesson.start.html).toBe(before.solution.html);
          expect(lesson.start.css).toBe(before.solution.css);
        });
      }
    },
  );
});
