import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diagnose, runSteps, STEP_CHECKS } from '../lib/html-checks/index.ts';

/**
 * The web page track grows one page across its lessons. Each lesson folder holds
 * its finished page (solution .html and .css); the first also holds the page it
 * starts from, and every later lesson imports the previous lesson's finished page
 * as its start. Its frontmatter lists the steps the playground checks live. These
 * tests keep the lessons honest: the steps can be done, they are not done already,
 * the finished page is clean, and each lesson starts where the one before it ended.
 */

const TRACK = fileURLToPath(new URL('../../lessons/en/02-first-webpage/', import.meta.url));

interface Step {
  check: string;
  arg?: string | number;
  label: string;
}

interface Lesson {
  folder: string;
  /** Where index.mdx imports its start page from, relative to its folder. */
  startFrom: { html: string; css: string };
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

/** The file an MDX lesson imports as `name` (`import startHtml from './start.html?raw'`). */
function imported(mdx: string, name: string): string {
  const path = new RegExp(`^import ${name} from '([^']+)\\?raw';$`, 'm').exec(mdx)?.[1];
  if (!path) throw new Error(`index.mdx does not import ${name}`);
  return path;
}

const lessons: Lesson[] = folders.map((folder) => {
  const mdx = read(folder, 'index.mdx');
  const startFrom = { html: imported(mdx, 'startHtml'), css: imported(mdx, 'startCss') };
  return {
    folder,
    startFrom,
    steps: (frontmatter(mdx).steps ?? []) as Step[],
    start: { html: read(folder, startFrom.html), css: read(folder, startFrom.css) },
    solution: { html: read(folder, 'solution.html'), css: read(folder, 'solution.css') },
  };
});

const KNOWN: ReadonlySet<string> = new Set(Object.keys(STEP_CHECKS));

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
          expect(lesson.startFrom).toEqual({
            html: `../${before.folder}/solution.html`,
            css: `../${before.folder}/solution.css`,
          });
        });
      }
    },
  );
});
