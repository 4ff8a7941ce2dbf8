// CodeMirror set-up shared by every playground editor: a small, keyboard-friendly
// feature set (Tab is left to move focus, so nobody gets trapped in an editor).
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { css } from '@codemirror/lang-css';
import { html } from './html-language';
import { cards } from './card-language';
import { grace } from './grace-language';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, EditorState, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';

/** The languages our editors speak. */
export type EditorLanguage = 'html' | 'css' | 'cards' | 'grace';

const LANGUAGES: Record<EditorLanguage, () => Extension> = { html, css, cards, grace };

/** What a parent component can do with a ready editor. */
export interface EditorHandle {
  /** Moves the cursor to a 1-based line and focuses the editor. */
  goToLine(line: number): void;
}

/** A problem to underline: offsets into the editor's text, or a whole 1-based line (a card). */
export type EditorProblem = ({ from: number; to: number } | { line: number }) & {
  severity: 'error' | 'warning' | 'info';
  message: string;
};

/** Sets (or, with null, clears) the one linked range: the source of what the learner points at elsewhere. */
const setLinked = StateEffect.define<{ from: number; to: number } | null>();
const linkedMark = Decoration.mark({ class: 'cm-linked' });
const linkedField = StateField.define({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setLinked)) continue;
      const range = effect.value;
      next =
        range && range.to > range.from ? Decoration.set([linkedMark.range(range.from, range.to)]) : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

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
  '.cm-linked': {
    backgroundColor: 'var(--ps-color-tip-bg)',
    outline: '2px solid var(--ps-color-accent)',
    borderRadius: '2px',
  },
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
  { tag: [tags.angleBracket, tags.punctuation, tags.separator, tags.meta], color: 'var(--ps-color-muted)' },
  { tag: [tags.operator, tags.bracket], color: 'var(--ps-color-accent)', fontWeight: '700' },
  { tag: tags.variableName, color: 'var(--ps-color-good)' },
  { tag: tags.labelName, color: 'var(--ps-color-muted)', fontWeight: '700' },
  { tag: tags.invalid, color: 'var(--ps-color-notyet)', textDecoration: 'underline wavy' },
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
  /** Called with the cursor's offset whenever it moves (for linking source to other views). */
  onCursor?: (offset: number) => void;
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
    LANGUAGES[options.language](),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': options.label, spellcheck: 'false', autocapitalize: 'off' }),
    EditorState.readOnly.of(options.readOnly ?? false),
    linkedField,
    EditorView.updateListener.of((update) => {
      if ((update.selectionSet || update.focusChanged) && update.view.hasFocus) {
        options.onCursor?.(update.state.selection.main.head);
      }
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
  const doc = view.state.doc;
  const diagnostics: Diagnostic[] = problems.map((p) => {
    const range = 'line' in p ? doc.line(Math.max(1, Math.min(p.line, doc.lines))) : p;
    const from = Math.max(0, Math.min(range.from, length));
    return { from, to: Math.max(from, Math.min(range.to, length)), severity: p.severity, message: p.message };
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

/** Highlights one range of the text (or none), without moving the cursor. */
export function showLinked(view: EditorView, range: { from: number; to: number } | null): void {
  const length = view.state.doc.length;
  const clamped = range && { from: Math.min(range.from, length), to: Math.min(range.to, length) };
  view.dispatch({ effects: setLinked.of(clamped) });
}
