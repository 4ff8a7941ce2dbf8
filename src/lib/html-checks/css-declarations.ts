import { generate, lexer, type Declaration } from 'css-tree';
import { isKnownProperty, suggestKeyword, suggestProperty } from './css-names.ts';
import { runBefore, shorten } from './text.ts';
import type { Finding } from './types.ts';

/** What checking one declaration found. */
export interface DeclarationReport {
  findings: Finding[];
  /** False when the browser would ignore the declaration. */
  valid: boolean;
  /** The value text, trimmed. */
  value: string;
}

// Strings, url(…) and comments can hold anything, including `name:`; blank them
// out (keeping offsets) before looking for a swallowed declaration.
const OPAQUE = /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|url\([^)]*\)?|\/\*[\s\S]*?(?:\*\/|$)/gi;
const NEXT_DECLARATION = /(^|[\s;])(-{0,2}[a-zA-Z][\w-]*)\s*:(?!:)/g;
// No look-behind: older Safari versions cannot even parse it.
const BARE_NUMBER = /(^|[\s,(/])(-?(?:\d+\.?\d*|\.\d+))(?![\w.%(])/g;
// Matching very long values can take a while; nobody types one that long by hand.
const MAX_VALUE_LENGTH = 400;

/**
 * Checks one declaration of `css`: is the property known (else a "did you mean"),
 * did a missing `;` swallow the next declaration, and does the value fit the
 * property (with hints for missing units and misspelt keywords). Offsets in the
 * findings are into `css`.
 */
export function checkDeclaration(node: Declaration, css: string): DeclarationReport {
  const property = node.property.toLowerCase();
  const valueLoc = node.value.loc;
  const valueStart = valueLoc?.start.offset ?? 0;
  const source = valueLoc ? css.slice(valueStart, valueLoc.end.offset) : generate(node.value);
  const value = source.trim();
  const report: DeclarationReport = { findings: [], valid: true, value };
  const nameStart = node.loc?.start.offset ?? 0;
  const nameSpan = { start: nameStart, end: nameStart + node.property.length };
  if (property.startsWith('--')) return report;

  const swallowed = missingSemicolons(property, source, valueStart);
  if (swallowed.length > 0) return { ...report, findings: swallowed, valid: false };

  // Vendor-prefixed names come and go between browsers; leave them be.
  if (property.startsWith('-')) return report;
  if (!isKnownProperty(property)) {
    const suggestion = suggestProperty(property);
    const findings: Finding[] = [
      suggestion
        ? { code: 'html.css-misspelt-property', ...nameSpan, params: { property, suggestion } }
        : { code: 'html.css-unknown-property', ...nameSpan, params: { property } },
    ];
    return { ...report, findings, valid: false };
  }
  if (node.value.type === 'Raw' || source.length > MAX_VALUE_LENGTH) return report;

  const match = lexer.matchProperty(property, node.value);
  // Other errors mean "cannot tell" (var(), unsupported syntax): only a real mismatch counts.
  if (!match.error || match.error.name !== 'SyntaxMatchError') return report;
  report.valid = false;
  const valueSpan = {
    start: valueStart + source.indexOf(value),
    end: valueStart + source.indexOf(value) + value.length,
  };

  const unitless = missingUnit(property, source);
  if (unitless) {
    const start = valueStart + unitless.index;
    const params = { property, value: unitless.number, suggestion: `${unitless.number}px` };
    report.findings.push({ code: 'html.css-missing-unit', start, end: start + unitless.number.length, params });
    return report;
  }
  const suggestion = suggestKeyword(property, value);
  report.findings.push(
    suggestion
      ? { code: 'html.css-misspelt-value', ...valueSpan, params: { property, value, suggestion } }
      : { code: 'html.css-invalid-value', ...valueSpan, params: { property, value: shorten(value) || '…' } },
  );
  return report;
}

// `color: red background: blue;` reads as one value; find each `name:` inside it.
function missingSemicolons(property: string, source: string, base: number): Finding[] {
  const masked = source.replace(OPAQUE, (m) => ' '.repeat(m.length));
  const findings: Finding[] = [];
  for (const m of masked.matchAll(NEXT_DECLARATION)) {
    const next = (m[2] ?? '').toLowerCase();
    const at = (m.index ?? 0) + (m[1] ?? '').length;
    const end = runBefore(masked, at, (c) => /\s/.test(c));
    if (end === 0 || masked.charAt(end - 1) === ';' || !isKnownProperty(next)) continue;
    const wordStart = runBefore(masked, end, (c) => /\S/.test(c));
    findings.push({
      code: 'html.css-missing-semicolon',
      start: base + wordStart,
      end: base + end,
      params: { property, next },
    });
  }
  return findings;
}

// `font-size: 12` → `12px` works: a length written without its unit.
function missingUnit(property: string, source: string): { number: string; index: number } | undefined {
  const first = [...source.matchAll(BARE_NUMBER)].find((m) => Number(m[2]) !== 0);
  if (!first?.[2]) return undefined;
  const withUnits = source.replace(BARE_NUMBER, (_, before: string, n: string) =>
    Number(n) === 0 ? `${before}${n}` : `${before}${n}px`,
  );
  const fixed = lexer.matchProperty(property, withUnits);
  return fixed.error ? undefined : { number: first[2], index: (first.index ?? 0) + (first[1] ?? '').length };
}
