// CodeMirror set-up shared by every playground editor: a small, keyboard-friendly
// feature set (Tab is left to move focus, so nobody gets trapped in an editor).
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { css } from '@codemirror/lang-css';
import { html } from './html-language';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';

/** The languages our editors speak. */
export type EditorLanguage = 'html' | 'css';

/** What a parent component can do with a ready editor. */
export interface EditorHandle {
  /** Moves the cursor to a 1-based line and focuses the editor. */
  goToLine(line: number): void;
}

/** A problem to underline, with offsets into the editor's text. */
export interface EditorProblem {
  from: number;
  to: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** Marks text set from outside (a reset, a restored draft), which is not an edit to report. */
const external = Annotation.define<boolean>();

// Colours come from the site's design tokens (custom properties inherit into the
// editor's shadow root), so both themes and high contrast follow the page.
// The editor grows with its text instead of scrolling inside itself: one scroll
// (the page's) is easier on phones and for keyboard users.
const theme = EditorView.theme({
  '&': {
    minHeight: '10rem',
    backgroundColor: 'var(--ps-color-surface)',
    color: 'var(--ps-color-text)',
    fontSize: 'var(--ps-step--1)',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--ps-font-mono)', lineHeight: '1.55' },
  '.cm-gutters': {
    backgroundColor: 'var(--ps-color-surface-2)',
    color: 'var(--ps-color-muted)',
    borderInlineEnd: '1px solid var(--ps-color-border)',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--ps-color-accent-soft)' },
  '.cm-cursor': { borderLeftColor: 'var(--ps-color-text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'var(--ps-color-tip-bg)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--ps-color-surface)',
    color: 'var(--ps-color-text)',
    border: '1px solid var(--ps-color-border)',
  },
  '.cm-tooltip-autocomplete ul li[aria-selected]': {
    backgroundColor: 'var(--ps-color-accent)',
    color: 'var(--ps-color-on-accent)',
  },
});

const highlight = HighlightStyle.define([
  { tag: [tags.tagName, tags.keyword], color: 'var(--ps-color-accent)', fontWeight: '700' },
  { tag: [tags.attributeName, tags.propertyName], color: 'var(--ps-color-good)' },
  { tag: [tags.string, tags.attributeValue, tags.number, tags.unit], color: 'var(--ps-color-notyet)' },
  { tag: tags.comment, color: 'var(--ps-color-muted)', fontStyle: 'italic' },
  { tag: [tags.angleBracket, tags.punctuation, tags.separator], color: 'var(--ps-color-muted)' },
]);

/**
 * Creates an editor inside a shadow root of `host`. CodeMirror adds its styles
 * at run time; in a shadow root it uses constructed stylesheets, which the
 * site's Content-Security-Policy allows, instead of <style> elements, which it
 * rightly blocks. `onChange` gets the whole text after each edit.
 */
export function createEditor(options: {
  host: HTMLElement;
  doc: string;
  language: EditorLanguage;
  label: string;
  readOnly?: boolean;
  onChange?: (text: string) => void;
}): EditorView {
  const extensions: Extension[] = [
    lineNumbers(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    autocompletion(),
    highlightActiveLine(),
    syntaxHighlighting(highlight),
    theme,
    lintGutter(),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap]),
    options.language === 'html' ? html() : css(),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': options.label, spellcheck: 'false', autocapitalize: 'off' }),
    EditorState.readOnly.of(options.readOnly ?? false),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !update.transactions.some((t) => t.annotation(external))) {
        options.onChange?.(update.state.doc.toString());
      }
    }),
  ];
  const root = options.host.shadowRoot ?? options.host.attachShadow({ mode: 'open' });
  const parent = document.createElement('div');
  root.replaceChildren(parent);
  return new EditorView({ root, parent, state: EditorState.create({ doc: options.doc, extensions }) });
}

/** Shows problems as underlines and gutter marks, clamped to the text. */
export function showProblems(view: EditorView, problems: readonly EditorProblem[]): void {
  const length = view.state.doc.length;
  const diagnostics: Diagnostic[] = problems.map((p) => {
    const from = Math.max(0, Math.min(p.from, length));
    return { from, to: Math.max(from, Math.min(p.to, length)), severity: p.severity, message: p.message };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
}

/** Replaces the whole text (a reset, or a restored draft), if it differs. */
export function setText(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, annotations: external.of(true) });
}

/** Puts the cursor at the start of a 1-based line and focuses the editor. */
export function goToLine(view: EditorView, line: number): void {
  const target = view.state.doc.line(Math.max(1, Math.min(line, view.state.doc.lines)));
  view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
  view.focus();
}
