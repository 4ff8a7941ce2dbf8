import { generate, parse, tokenTypes, walk, type CssNode } from 'css-tree';
import { MAX_DIAGNOSTICS_PER_FILE } from './codes.ts';
import { checkDeclaration } from './css-declarations.ts';
import { isNameChar, lineStarts, positionAt, runBefore, shorten } from './text.ts';
import type { Finding } from './types.ts';

/** One declaration as the step checks see it. */
export interface CssDeclarationInfo {
  /** Lower-case property name. */
  property: string;
  value: string;
  /** False when the browser would ignore it (unknown property, value that does not fit). */
  valid: boolean;
}

/** One style rule: its selector text and its declarations. */
export interface CssRuleInfo {
  selector: string;
  declarations: CssDeclarationInfo[];
}

/** Everything learned from one piece of CSS. Offsets in findings are into that CSS. */
export interface CssAnalysis {
  findings: Finding[];
  rules: CssRuleInfo[];
}

const EXTERNAL = /^\s*(?:https?:)?\/\//i;
const MAX_UNCLOSED_BRACES = 5;

/**
 * Parses `css` with css-tree and checks it: braces that do not pair up, a comment
 * that never ends, each declaration (see `checkDeclaration`), `@import` and
 * `url()` pointing at another website, and any other syntax error css-tree
 * reports (at most one per line, and none on a line that already has a finding).
 * `declarationList` is for `style="…"` attributes, where braces cannot appear.
 */
export function analyzeCss(css: string, context: 'stylesheet' | 'declarationList' = 'stylesheet'): CssAnalysis {
  const findings: Finding[] = [];
  const parseErrors: { offset: number; message: string }[] = [];
  const opens: number[] = [];
  let unclosedComment = Infinity;

  const ast = parse(css, {
    positions: true,
    context,
    onParseError: (error) => parseErrors.push({ offset: error.offset, message: error.message }),
    onToken: (type, start, end) => {
      if (type === tokenTypes.LeftCurlyBracket) opens.push(start);
      else if (type === tokenTypes.RightCurlyBracket && opens.pop() === undefined) {
        findings.push({ code: 'html.css-extra-brace', start, end: start + 1, params: {} });
      } else if (type === tokenTypes.Comment && (end - start < 4 || !css.startsWith('*/', end - 2))) {
        unclosedComment = start;
        findings.push({ code: 'html.css-unclosed-comment', start, end: start + 2, params: {} });
      }
    },
  });
  // Past a few, more "never closed" messages for one slip only add noise (and time on huge input).
  for (const brace of opens.slice(0, MAX_UNCLOSED_BRACES)) {
    const before = css.slice(Math.max(css.lastIndexOf('}', brace), css.lastIndexOf(';', brace)) + 1, brace);
    // The selector is what sits right before the brace, minus any comment in front of it.
    const selector = shorten(
      before
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .trim()
        .slice(-40),
    );
    findings.push({
      code: 'html.css-missing-brace',
      start: brace,
      end: brace + 1,
      params: { selector: selector || '…' },
    });
  }

  const rules: CssRuleInfo[] = [];
  const swallowed: { start: number; end: number }[] = [];
  let declarationFindings = 0;
  const checkBlock = (children: Iterable<CssNode>, selector: string): void => {
    const rule: CssRuleInfo = { selector, declarations: [] };
    for (const child of children) {
      if (child.type !== 'Declaration') continue;
      // Past the number of messages anyone would read, only note what is declared.
      if (declarationFindings >= MAX_DIAGNOSTICS_PER_FILE) {
        rule.declarations.push({ property: child.property.toLowerCase(), value: generate(child.value), valid: true });
        continue;
      }
      const report = checkDeclaration(child, css);
      declarationFindings += report.findings.length;
      findings.push(...report.findings);
      if (report.findings.some((f) => f.code === 'html.css-missing-semicolon') && child.loc) {
        swallowed.push({ start: child.loc.start.offset, end: child.loc.end.offset + 1 });
      }
      rule.declarations.push({ property: child.property.toLowerCase(), value: report.value, valid: report.valid });
    }
    rules.push(rule);
  };

  walk(ast, (node) => {
    if (node.type === 'Rule') checkBlock(node.block.children, shorten(generate(node.prelude), 200));
    else if (node.type === 'DeclarationList') checkBlock(node.children, '');
    else if (node.type === 'Url' && EXTERNAL.test(node.value)) findings.push(external(node, node.value));
    else if (node.type === 'Atrule' && node.name.toLowerCase() === 'import' && node.prelude) {
      walk(node.prelude, (inner) => {
        if (inner.type === 'String' && EXTERNAL.test(inner.value)) findings.push(external(inner, inner.value));
      });
    }
  });

  // After a `{` that never closes or a comment that never ends, every later error is an echo of that one.
  const quietFrom = Math.min(unclosedComment, opens[0] ?? Infinity);
  findings.push(...syntaxErrors(css, parseErrors, findings, swallowed, quietFrom));
  return { findings, rules };
}

function external(node: CssNode, url: string): Finding {
  const start = node.loc?.start.offset ?? 0;
  return {
    code: 'html.css-external-resource',
    start,
    end: node.loc?.end.offset ?? start,
    params: { url: shorten(url, 60) },
  };
}

// css-tree's own error messages are English and technical; turn the ones nothing
// else explains into learner codes, and drop the echoes of problems already found.
function syntaxErrors(
  css: string,
  errors: readonly { offset: number; message: string }[],
  found: readonly Finding[],
  swallowed: readonly { start: number; end: number }[],
  quietFrom: number,
): Finding[] {
  const starts = lineStarts(css);
  const line = (offset: number): number => positionAt(starts, offset).line;
  const busy = new Set(found.map((f) => line(f.start)));
  const out: Finding[] = [];
  for (const { offset, message } of errors) {
    if (offset >= quietFrom || swallowed.some((s) => offset >= s.start && offset <= s.end)) continue;
    if (busy.has(line(offset))) continue;
    busy.add(line(offset));
    if (message === 'Colon is expected') {
      const end = runBefore(css, offset, (c) => /\s/.test(c));
      const start = runBefore(css, end, isNameChar);
      const property = css.slice(start, end) || '…';
      out.push({ code: 'html.css-missing-colon', start, end: Math.max(end, start + 1), params: { property } });
    } else {
      out.push({ code: 'html.css-syntax-error', start: offset, end: Math.min(offset + 1, css.length), params: {} });
    }
  }
  return out;
}
