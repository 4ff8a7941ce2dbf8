/**
 * HTML and CSS checks for the web page playground: `diagnose` finds what is
 * worth telling a learner about her page (as coded diagnostics rendered from
 * `src/i18n/<locale>.json`), and `runSteps` checks a lesson's steps by name.
 * Framework-free and fast enough to run on every (debounced) keystroke.
 * @module
 */
export type { Diagnostic, Severity, SourceFile } from './types.ts';
export { CODES, DIAGNOSTIC_CODES, MAX_DIAGNOSTICS_PER_FILE, type Code } from './codes.ts';
export { diagnose } from './diagnose.ts';
export { formatDiagnostic } from './format.ts';
export type { StepCheck, StepContext, StepResult, PlacedDeclaration } from './step-context.ts';
export type { CssDeclarationInfo, CssRuleInfo } from './css-check.ts';
export type { HtmlDocument, HtmlElement } from './html-tree.ts';
export { STEP_CHECKS, runSteps, type StepSpec } from './steps.ts';
