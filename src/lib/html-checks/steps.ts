import { analyze } from './diagnose.ts';
import { createStepContext, type StepCheck, type StepResult } from './step-context.ts';
import { CSS_STEP_CHECKS } from './steps-css.ts';
import { HTML_STEP_CHECKS } from './steps-html.ts';

/**
 * Step checks by name, as lessons name them in frontmatter
 * (`{ check: 'has-element', arg: 'h1' }`). Each takes the step's optional
 * argument and returns a check; a failing check's hint is `html.step.<name>`.
 */
export const STEP_CHECKS: Readonly<Record<string, (arg?: string) => StepCheck>> = Object.freeze({
  ...HTML_STEP_CHECKS,
  ...CSS_STEP_CHECKS,
});

/** One step as a lesson lists it. Frontmatter may give a number (`arg: 3`), which counts as its text. */
export interface StepSpec {
  check: string;
  arg?: string | number | undefined;
}

/**
 * Runs each step's check against the learner's files, parsed once, and returns
 * one result per step in order. Never throws: an unknown check name fails with
 * the hint `html.step.unknown-check`, and a check that crashes fails with its
 * own hint.
 */
export function runSteps(html: string, css: string, steps: readonly StepSpec[]): StepResult[] {
  let ctx: ReturnType<typeof createStepContext> | undefined;
  try {
    const h = typeof html === 'string' ? html : '';
    const c = typeof css === 'string' ? css : '';
    ctx = createStepContext(h, c, analyze(h, c));
  } catch {
    ctx = undefined;
  }
  return (Array.isArray(steps) ? steps : []).map((step) => {
    const name = typeof step?.check === 'string' ? step.check : '';
    const factory = Object.hasOwn(STEP_CHECKS, name) ? STEP_CHECKS[name] : undefined;
    if (!factory) return { pass: false, hint: 'html.step.unknown-check', params: { check: name || '…' } };
    try {
      if (!ctx) throw new Error('no context');
      return factory(step.arg === undefined ? undefined : String(step.arg))(ctx);
    } catch {
      return { pass: false, hint: `html.step.${name}` };
    }
  });
}
