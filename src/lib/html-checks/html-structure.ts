import type { ScannedTag } from './html-scan.ts';
import { CLOSES_P, OPTIONAL_END, SILENT_END, VOID_ELEMENTS, isHeading } from './html-names.ts';
import { OpenStack, closesLater, type OpenElement } from './html-stack.ts';
import type { Finding } from './types.ts';

const set = (names: string): ReadonlySet<string> => new Set(names.split(' '));
// Where the browser stops looking for an element to close implicitly.
const LIST_LIMITS = set('ul ol menu');
const DL_LIMITS = set('dl');
const ROW_LIMITS = set('tr table');
const SECTION_LIMITS = set('table tbody thead tfoot');
const TABLE_LIMITS = set('table');
const NONE = set('');
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const P = set('p');
const LI = set('li');
const DT_DD = set('dt dd');
const CELLS = set('td th');
const TR = set('tr');
const SECTIONS = set('tbody thead tfoot');
const OPTION = set('option');
const OPTION_LIMITS = set('select optgroup');
const HEAD = set('head');
const SELF_CLOSING = { a: set('a'), button: set('button') } as const;

/**
 * Replays the learner's tags the way a browser nests them and reports what she
 * left open, closed in the wrong order, or closed without opening. `lineOf`
 * turns an offset into a 1-based line for messages that mention another line.
 *
 * The browser's own implied closings are followed (a `<div>` ends an open
 * `<p>`), but the learner hears about each one: an error for elements whose end
 * tag is required, a warning for those HTML lets her omit (`p`, `li`, table
 * cells), and nothing for `html`, `head` and `body`.
 */
export function checkStructure(tags: readonly ScannedTag[], lineOf: (offset: number) => number): Finding[] {
  const findings: Finding[] = [];
  const all: OpenElement[] = [];
  const stack = new OpenStack();
  const closedLater = closesLater(tags);
  let lastImpliedP: OpenElement | undefined;

  const popFrom = (index: number, closer?: ScannedTag): void => {
    for (const el of stack.removeFrom(index)) {
      if (el.state !== 'open') continue;
      el.state = 'implied';
      if (closer) el.closer = closer;
      if (el.name === 'p' && closer) lastImpliedP = el;
    }
  };
  const closeImplied = (names: ReadonlySet<string>, limits: ReadonlySet<string>, closer: ScannedTag): void => {
    const index = stack.findInScope(names, limits);
    if (index >= 0) popFrom(index, closer);
  };
  const mismatch = (tag: ScannedTag, open: OpenElement): void => {
    open.state = 'explained';
    findings.push({
      code: 'html.mismatched-end-tag',
      start: tag.start,
      end: tag.end,
      params: { tag: tag.name, open: open.name, openLine: lineOf(open.start) },
    });
  };
  // Closes the element at `index` with `tag`; the innermost required element left open above it is the mismatch.
  const closeAt = (index: number, tag: ScannedTag): void => {
    const above = stack.items.slice(index + 1).reverse();
    const culprit = above.find((el) => el.state === 'open' && !el.foreign && needsEndTag(el.name));
    if (culprit) mismatch(tag, culprit);
    popFrom(index + 1);
    const [target] = stack.removeFrom(index);
    if (target && target.state === 'open') target.state = 'closed';
  };

  tags.forEach((tag, i) => {
    const { name } = tag;
    if (tag.kind === 'start') {
      if (!tag.foreign) {
        if (CLOSES_P.has(name)) closeImplied(P, NONE, tag);
        if (name === 'li') closeImplied(LI, LIST_LIMITS, tag);
        if (DT_DD.has(name)) closeImplied(DT_DD, DL_LIMITS, tag);
        if (CELLS.has(name)) closeImplied(CELLS, ROW_LIMITS, tag);
        if (name === 'tr') closeImplied(TR, SECTION_LIMITS, tag);
        if (SECTIONS.has(name)) closeImplied(SECTIONS, TABLE_LIMITS, tag);
        if (name === 'option' || name === 'optgroup') closeImplied(OPTION, OPTION_LIMITS, tag);
        if (name === 'a' || name === 'button') closeImplied(SELF_CLOSING[name], NONE, tag);
        if (name === 'body') closeImplied(HEAD, NONE, tag);
        const top = stack.top;
        if (isHeading(name) && top && isHeading(top.name)) popFrom(stack.items.length - 1, tag);
      }
      if (VOID_ELEMENTS.has(name) && !tag.foreign) return;
      if (tag.selfClosing && tag.foreign) return;
      const el: OpenElement = {
        name,
        start: tag.start,
        end: tag.start + 1 + name.length,
        foreign: tag.foreign,
        state: 'open',
      };
      all.push(el);
      stack.push(el);
      return;
    }

    if (VOID_ELEMENTS.has(name) && !tag.foreign) {
      findings.push({ code: 'html.void-end-tag', start: tag.start, end: tag.end, params: { tag: name } });
      return;
    }
    const index = stack.lastIndexOf(name);
    if (tag.foreign) {
      if (index >= 0) popFrom(index);
      return;
    }
    if (index >= 0) return closeAt(index, tag);
    const heading = isHeading(name) ? Math.max(...HEADINGS.map((h) => stack.lastIndexOf(h))) : -1;
    const top = stack.top;
    const openHeading = stack.items[heading];
    const early = name === 'p' && lastImpliedP?.state === 'implied' ? lastImpliedP : undefined;
    if (openHeading) {
      // Browsers let any `</hN>` close any open heading, so this is a mismatch, not a stray tag.
      mismatch(tag, openHeading);
      popFrom(heading + 1);
      stack.removeFrom(heading);
    } else if (early?.closer && early.closer.name !== 'p') {
      // `<p>Text<div>…</div></p>`: the `<div>` already ended the paragraph, so the `</p>` has nothing to close.
      early.state = 'explained';
      findings.push({
        code: 'html.paragraph-closed-early',
        start: tag.start,
        end: tag.end,
        params: { tag: early.closer.name, blockLine: lineOf(early.closer.start), openLine: lineOf(early.start) },
      });
    } else if (top && !top.foreign && !SILENT_END.has(top.name) && !closedLater(top.name, i + 1)) {
      // Nothing later closes the open element, so this end tag was most likely meant for it.
      mismatch(tag, top);
      stack.removeFrom(stack.items.length - 1);
    } else {
      findings.push({ code: 'html.stray-end-tag', start: tag.start, end: tag.end, params: { tag: name } });
    }
  });

  for (const el of all) {
    if ((el.state !== 'open' && el.state !== 'implied') || el.foreign || SILENT_END.has(el.name)) continue;
    const code = OPTIONAL_END.has(el.name) ? 'html.unclosed-optional' : 'html.unclosed-element';
    findings.push({ code, start: el.start, end: el.end, params: { tag: el.name } });
  }
  return findings;
}

function needsEndTag(name: string): boolean {
  return !OPTIONAL_END.has(name) && !SILENT_END.has(name);
}
