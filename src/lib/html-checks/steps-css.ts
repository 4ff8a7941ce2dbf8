import type { StepCheck, StepContext } from './step-context.ts';
import { PASS, notYet } from './steps-html.ts';

// `.card  >  h2` and `.card>h2` are the same selector; compare them one way.
const normalise = (selector: string): string =>
  selector
    .trim()
    .toLowerCase()
    .replace(/\s*([>+~])\s*/g, '$1')
    .replace(/\s+/g, ' ');
const COLOUR_PROPERTIES = new Set(['color', 'background-color', 'background']);

const validValue = (ctx: StepContext, property: string, test: (value: string) => boolean = () => true): boolean =>
  ctx.declarations(property).some(
    (d) =>
      d.valid &&
      test(
        d.value
          .replace(/!important$/i, '')
          .trim()
          .toLowerCase(),
      ),
  );

/** Step checks about the CSS: which properties her rules set, and where. */
export const CSS_STEP_CHECKS: Record<string, (arg?: string) => StepCheck> = {
  'css-sets-property': (arg) => (ctx) => {
    const property = (arg ?? '').trim().toLowerCase();
    return property && validValue(ctx, property) ? PASS : notYet('css-sets-property', { property: property || '…' });
  },
  'css-uses-color-on': (arg) => (ctx) => {
    const selector = normalise(arg ?? '');
    const coloured = ctx.rules.some(
      (rule) =>
        rule.selector.split(',').some((s) => normalise(s) === selector) &&
        rule.declarations.some((d) => d.valid && COLOUR_PROPERTIES.has(d.property)),
    );
    return selector && coloured ? PASS : notYet('css-uses-color-on', { selector: arg?.trim() || '…' });
  },
  'css-uses-font-family': () => (ctx) =>
    validValue(ctx, 'font-family') || validValue(ctx, 'font') ? PASS : notYet('css-uses-font-family'),
  'uses-flexbox': () => (ctx) =>
    validValue(ctx, 'display', (v) => v === 'flex' || v === 'inline-flex') ? PASS : notYet('uses-flexbox'),
  'uses-gap': () => (ctx) =>
    ['gap', 'row-gap', 'column-gap'].some((p) => validValue(ctx, p)) ? PASS : notYet('uses-gap'),
  'no-errors': () => (ctx) => {
    const count = ctx.diagnostics.filter((d) => d.severity === 'error').length;
    return count === 0 ? PASS : notYet('no-errors', { count });
  },
};
