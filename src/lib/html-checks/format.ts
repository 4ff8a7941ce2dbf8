import { format } from '../i18n/translate.ts';
import type { Diagnostic } from './types.ts';

/**
 * The message for `d` from a catalog: `messages[d.code]` with each `{param}`
 * filled from `d.params`. A code the catalog lacks renders as the code itself,
 * so a missing translation shows up instead of an empty line.
 */
export function formatDiagnostic(d: Diagnostic, messages: Record<string, string>): string {
  const template = Object.hasOwn(messages, d.code) ? messages[d.code] : undefined;
  return typeof template === 'string' ? format(template, d.params) : d.code;
}
