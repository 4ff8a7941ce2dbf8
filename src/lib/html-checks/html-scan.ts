import { ErrorCodes, Parser, type DefaultTreeAdapterMap, type Token } from 'parse5';
import type { HtmlDocument } from './html-tree.ts';

/** One attribute as written, with its place in the source. */
export interface ScannedAttr {
  name: string;
  value: string;
  start: number;
  end: number;
}

/** One start or end tag as written, in source order. */
export interface ScannedTag {
  kind: 'start' | 'end';
  /** Lower-case name, as the browser reads it. */
  name: string;
  start: number;
  end: number;
  selfClosing: boolean;
  /** Inside `<svg>` or `<math>`, where XML-like rules apply. */
  foreign: boolean;
  attrs: ScannedAttr[];
}

/** What the tokenizer saw: every tag, the errors it reported, and unfinished constructs. */
export interface HtmlScan {
  tags: ScannedTag[];
  errors: { code: string; offset: number }[];
  /** Start of a `<!--` that reaches the end of the file, if any. */
  unclosedComment: number | undefined;
  /** End of the last complete tag, comment or doctype. */
  lastTokenEnd: number;
}

const FOREIGN_ROOTS = new Set(['svg', 'math']);

// The tree builder drops stray end tags and quietly closes elements, so the
// checks about opening and closing need the tags exactly as written. Listening
// to the tokens on their way into parse5's own tree builder gives both views
// from one pass (tokenizing twice doubled the cost on every keystroke). Only the
// public token hooks are used, and each hands the token straight on. The tree
// builder sends some tokens through these hooks a second time (an end tag in a
// table, for example), so each token is recorded once.
class RecordingParser extends Parser<DefaultTreeAdapterMap> {
  scan: HtmlScan = { tags: [], errors: [], unclosedComment: undefined, lastTokenEnd: 0 };
  comments: number[] = [];
  foreignDepth = 0;
  private readonly seen = new WeakSet<object>();

  private once(token: object): boolean {
    if (this.seen.has(token)) return false;
    this.seen.add(token);
    return true;
  }

  override onStartTag(token: Token.TagToken): void {
    if (this.once(token)) this.record(token, 'start');
    super.onStartTag(token);
  }

  override onEndTag(token: Token.TagToken): void {
    if (this.once(token)) this.record(token, 'end');
    super.onEndTag(token);
  }

  override onComment(token: Token.CommentToken): void {
    if (token.location && this.once(token)) {
      this.comments.push(token.location.startOffset);
      this.scan.lastTokenEnd = token.location.endOffset;
    }
    super.onComment(token);
  }

  override onDoctype(token: Token.DoctypeToken): void {
    if (token.location) this.scan.lastTokenEnd = token.location.endOffset;
    super.onDoctype(token);
  }

  private record(token: Token.TagToken, kind: 'start' | 'end'): void {
    const loc = token.location;
    if (!loc) return;
    this.scan.lastTokenEnd = loc.endOffset;
    const name = token.tagName;
    const root = FOREIGN_ROOTS.has(name) && !token.selfClosing;
    // `<svg>` and `</svg>` themselves are ordinary HTML tags; only what is between them is foreign.
    if (root && kind === 'end') this.foreignDepth = Math.max(0, this.foreignDepth - 1);
    const foreign = this.foreignDepth > 0;
    if (root && kind === 'start') this.foreignDepth++;
    // Copied now: the tree builder renames some SVG tags and attributes in place.
    const attrs = token.attrs.map((attr) => {
      const at = loc.attrs?.[attr.name];
      return {
        name: attr.name,
        value: attr.value,
        start: at?.startOffset ?? loc.startOffset,
        end: at?.endOffset ?? loc.endOffset,
      };
    });
    this.scan.tags.push({
      kind,
      name,
      start: loc.startOffset,
      end: loc.endOffset,
      selfClosing: token.selfClosing,
      foreign,
      attrs,
    });
  }
}

/**
 * Parses `html` the way the preview will (scripting off, so `<noscript>` holds
 * real markup; source positions on) and lists every tag as written, with the
 * tokenizer's errors. Raw-text elements such as `<style>` are tokenized as the
 * browser does, because the tree builder itself switches the tokenizer's mode.
 */
export function scanHtml(html: string): { scan: HtmlScan; doc: HtmlDocument } {
  const errors: HtmlScan['errors'] = [];
  const parser = new RecordingParser({
    sourceCodeLocationInfo: true,
    scriptingEnabled: false,
    onParseError: (error) => errors.push({ code: error.code, offset: error.startOffset }),
  });
  // What parse5's own `parse()` does, on our subclass.
  parser.tokenizer.write(html, true);
  const { scan } = parser;
  scan.errors = errors;
  if (errors.some((e) => e.code === ErrorCodes.eofInComment))
    scan.unclosedComment = parser.comments[parser.comments.length - 1];
  return { scan, doc: parser.document };
}
