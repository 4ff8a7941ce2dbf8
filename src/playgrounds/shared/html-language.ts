// HTML for the editor, built on the Lezer HTML grammar directly rather than on
// @codemirror/lang-html, which always bundles the JavaScript grammar (about
// 25 KB gzipped) that learners' script-free pages never need. <style> blocks
// are highlighted as CSS.
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { cssLanguage } from '@codemirror/lang-css';
import { LanguageSupport, LRLanguage } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { configureNesting, parser } from '@lezer/html';

/** The elements beginners use, offered after "<". */
const TAGS = (
  'a article aside blockquote body br button caption div em figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
  'head header hr html img li link main meta nav ol p section small span strong style table td th title tr ul'
).split(' ');
/** Attributes offered inside a start tag. */
const ATTRIBUTES = 'alt class href id lang rel src style target title width height'.split(' ');

/** Completes element names after "<" and attribute names inside a start tag. */
export function completeHtml(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = context.state.sliceDoc(line.from, context.pos);
  const tag = /<\/?([a-zA-Z][a-zA-Z0-9-]*)?$/.exec(before);
  if (tag) {
    return {
      from: context.pos - (tag[1]?.length ?? 0),
      options: TAGS.map((label) => ({ label, type: 'type' })),
      validFor: /^[a-zA-Z0-9-]*$/,
    };
  }
  const attr =
    /<[a-zA-Z][a-zA-Z0-9-]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*\s+([a-zA-Z-]*)$/.exec(before);
  if (attr) {
    return {
      from: context.pos - (attr[1]?.length ?? 0),
      options: ATTRIBUTES.map((label) => ({ label, type: 'property', apply: `${label}=""` })),
      validFor: /^[a-zA-Z-]*$/,
    };
  }
  return null;
}

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

const htmlLanguage = LRLanguage.define({
  name: 'html',
  parser: parser.configure({ wrap: configureNesting([{ tag: 'style', parser: cssLanguage.parser }]) }),
  languageData: {
    commentTokens: { block: { open: '<!--', close: '-->' } },
    indentOnInput: /^\s*<\/\w+\W$/,
    wordChars: '-._',
  },
});

/** The element whose start tag the text before the cursor is finishing, if any ("…<p class=\"x\""). */
export function openTagBefore(textBefore: string): string | undefined {
  const m = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?)*)\s*$/.exec(
    textBefore,
  );
  const tag = m?.[1]?.toLowerCase();
  return tag && !VOID.has(tag) ? tag : undefined;
}

/** Typing ">" to finish a start tag writes its end tag too, with the cursor between them. */
const autoCloseTags = EditorView.inputHandler.of((view, from, to, text) => {
  if (text !== '>' || from !== to) return false;
  const line = view.state.doc.lineAt(from);
  const tag = openTagBefore(view.state.sliceDoc(line.from, from));
  if (!tag) return false;
  const after = view.state.sliceDoc(from, Math.min(line.to, from + tag.length + 3));
  if (after.startsWith(`</${tag}>`)) return false;
  view.dispatch({ changes: { from, insert: `></${tag}>` }, selection: { anchor: from + 1 }, userEvent: 'input.type' });
  return true;
});

/** HTML highlighting, tag and attribute completion, and closing tags written for you. */
export function html(): LanguageSupport {
  return new LanguageSupport(htmlLanguage, [htmlLanguage.data.of({ autocomplete: completeHtml }), autoCloseTags]);
}
