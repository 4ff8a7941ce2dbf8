import { altProblem, linkHasName } from './accessible.ts';
import { doctypeOf } from './html-tree.ts';
import type { StepCheck, StepContext, StepResult } from './step-context.ts';

/** Passing result shared by every check. */
export const PASS: StepResult = { pass: true };

/** A failing result whose hint is `html.step.<name>`. */
export function notYet(name: string, params?: Record<string, string | number>): StepResult {
  return params ? { pass: false, hint: `html.step.${name}`, params } : { pass: false, hint: `html.step.${name}` };
}

/** A whole number from a step's argument, or `fallback` when it is not one. */
export function countArg(arg: string | undefined, fallback = 1): number {
  const n = Number.parseInt(arg ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

// `<h1>`, `H1` and ` h1 ` all mean the element h1.
const tagArg = (arg: string | undefined): string =>
  (arg ?? '')
    .trim()
    .replace(/^<|\/?>$/g, '')
    .toLowerCase();
const when = (ok: boolean, name: string, params?: Record<string, string | number>): StepResult =>
  ok ? PASS : notYet(name, params);
const links = (ctx: StepContext) => ctx.all('a').filter((a) => ctx.attr(a, 'href')?.trim());

/** Step checks about the HTML: what elements exist and whether they say enough. */
export const HTML_STEP_CHECKS: Record<string, (arg?: string) => StepCheck> = {
  'has-doctype': () => (ctx) => when(doctypeOf(ctx.doc)?.name?.toLowerCase() === 'html', 'has-doctype'),
  'has-element': (arg) => (ctx) => {
    const tag = tagArg(arg);
    return when(tag !== '' && ctx.all(tag).length > 0, 'has-element', { tag: tag || '…' });
  },
  'has-title': () => (ctx) => when(ctx.all('title').length > 0, 'has-title'),
  'title-not-empty': () => (ctx) =>
    when(
      ctx.all('title').some((t) => ctx.text(t) !== ''),
      'title-not-empty',
    ),
  'has-heading': () => (ctx) =>
    when(
      ctx.elements.some((el) => /^h[1-6]$/.test(el.tagName)),
      'has-heading',
    ),
  'h1-has-text': () => (ctx) =>
    when(
      ctx.all('h1').some((h) => ctx.text(h) !== ''),
      'h1-has-text',
    ),
  'paragraph-count-at-least': (arg) => (ctx) => {
    const count = countArg(arg);
    const found = ctx.all('p').filter((p) => ctx.text(p) !== '').length;
    return when(found >= count, 'paragraph-count-at-least', { count, found });
  },
  'has-image': () => (ctx) => when(ctx.all('img').length > 0, 'has-image'),
  // Decorative pictures may keep `alt=""`, as long as one picture is described and none is vague.
  'image-has-meaningful-alt': () => (ctx) => {
    const problems = ctx.all('img').map((img) => altProblem(ctx.attr(img, 'alt'), ctx.attr(img, 'src')));
    const fine = problems.every((p) => p === undefined || p === 'decorative') && problems.includes(undefined);
    return when(fine, 'image-has-meaningful-alt');
  },
  'has-link': () => (ctx) => when(links(ctx).length > 0, 'has-link'),
  'link-has-text': () => (ctx) => {
    const found = links(ctx);
    return when(found.length > 0 && found.every(linkHasName), 'link-has-text');
  },
  // noreferrer implies noopener in every current browser, so either word is safe.
  'link-opens-safely': () => (ctx) => {
    const blank = ctx.all('a').filter((a) => ctx.attr(a, 'target')?.trim().toLowerCase() === '_blank');
    const safe = (rel = ''): boolean =>
      rel
        .toLowerCase()
        .split(/\s+/)
        .some((w) => w === 'noopener' || w === 'noreferrer');
    return when(blank.length > 0 && blank.every((a) => safe(ctx.attr(a, 'rel'))), 'link-opens-safely');
  },
  'has-list': () => (ctx) => when(ctx.all('ul').length + ctx.all('ol').length > 0, 'has-list'),
  'list-has-items-at-least': (arg) => (ctx) => {
    const count = countArg(arg);
    const lists = [...ctx.all('ul'), ...ctx.all('ol')];
    const sizes = lists.map(
      (list) => list.childNodes.filter((c) => 'tagName' in c && c.tagName === 'li' && ctx.text(c) !== '').length,
    );
    const found = Math.max(0, ...sizes);
    return when(found >= count, 'list-has-items-at-least', { count, found });
  },
};
