import { ErrorCodes } from 'parse5';
import type { HtmlScan, ScannedAttr, ScannedTag } from './html-scan.ts';
import { isNameChar, runBefore, shorten } from './text.ts';
import type { Finding } from './types.ts';

// A quoted value that swallowed the next attribute (`src="cat.svg alt=`) or a
// whole tag (`href="page.html>Link</a>`): the quote was never closed where meant.
const SWALLOWED = /\s[a-z][\w:-]*=$|<\/?[a-z!]/i;

/**
 * Checks how tags are written, from the tokenizer's view: attribute quotes that
 * never close or never open, attributes written twice, a tag cut off by the end
 * of the file, and a comment that never ends.
 */
export function checkTags(html: string, scan: HtmlScan): Finding[] {
  const findings: Finding[] = [];
  const starts = scan.tags.filter((tag) => tag.kind === 'start');
  for (const tag of starts) {
    for (const a of tag.attrs) {
      const quote = openingQuote(html, a);
      if (quote !== undefined && SWALLOWED.test(a.value)) {
        findings.push({ code: 'html.unclosed-quote', start: a.start, end: quote + 1, params: { attribute: a.name } });
      }
    }
  }
  for (const error of scan.errors) {
    if (error.code === ErrorCodes.unexpectedCharacterInUnquotedAttributeValue) {
      const a = attributeAt(starts, error.offset);
      if (a)
        findings.push({
          code: 'html.missing-open-quote',
          start: a.start,
          end: a.end,
          params: { attribute: a.name, value: shorten(a.value) },
        });
    } else if (error.code === ErrorCodes.duplicateAttribute) {
      const start = runBefore(html, error.offset, (c) => isNameChar(c) || c === ':');
      const attribute = html.slice(start, error.offset).toLowerCase() || '…';
      findings.push({
        code: 'html.duplicate-attribute',
        start,
        end: Math.max(error.offset, start + 1),
        params: { attribute },
      });
    } else if (error.code === ErrorCodes.eofInTag) {
      findings.push(unfinishedTag(html, scan.lastTokenEnd));
    }
  }
  if (scan.unclosedComment !== undefined) {
    const start = scan.unclosedComment;
    findings.push({ code: 'html.unclosed-comment', start, end: start + 4, params: {} });
  }
  return findings;
}

// Offset of the quote that opens `a`'s value, if the value is quoted.
function openingQuote(html: string, a: ScannedAttr): number | undefined {
  // Searched within the attribute only: `indexOf` could run to the end of the file for each one.
  let i = a.start;
  while (i < a.end && html.charAt(i) !== '=') i++;
  if (i >= a.end) return undefined;
  i++;
  while (i < a.end && /\s/.test(html.charAt(i))) i++;
  const c = html.charAt(i);
  return c === '"' || c === "'" ? i : undefined;
}

function attributeAt(tags: readonly ScannedTag[], offset: number): ScannedAttr | undefined {
  for (const tag of tags) {
    if (offset < tag.start || offset > tag.end) continue;
    return tag.attrs.find((a) => offset >= a.start && offset <= a.end);
  }
  return undefined;
}

// The file ended inside a tag. The browser drops such a tag entirely, so say
// which one, and whether an open quote is what kept it from ending.
function unfinishedTag(html: string, from: number): Finding {
  const found = /<\/?[a-z]/i.exec(html.slice(from));
  const start = found ? from + found.index : from;
  const text = html.slice(start);
  const name = /^<\/?([^\s/>]*)/.exec(text)?.[1]?.toLowerCase() ?? '';
  const pair = /([^\s"'<>/=]+)\s*=\s*(["'])/g;
  for (let m = pair.exec(text); m; m = pair.exec(text)) {
    const valueStart = m.index + m[0].length;
    const close = text.indexOf(m[2] ?? '"', valueStart);
    if (close < 0) {
      const attribute = (m[1] ?? '').toLowerCase();
      return { code: 'html.unclosed-quote', start: start + m.index, end: start + valueStart, params: { attribute } };
    }
    pair.lastIndex = close + 1;
  }
  return { code: 'html.unfinished-tag', start, end: start + 1 + name.length, params: { tag: name || '…' } };
}
