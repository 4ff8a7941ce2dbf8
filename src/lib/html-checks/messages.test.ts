import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import { placeholderNames } from '../i18n/translate.ts';
import { DIAGNOSTIC_CODES } from './codes.ts';
import { STEP_CHECKS, diagnose, formatDiagnostic, type Diagnostic } from './index.ts';

const messages: Record<string, string> = en;
const corpus = import.meta.glob('./corpus/*.txt', { query: '?raw', eager: true, import: 'default' }) as Record<
  string,
  string
>;

describe('messages for the checker', () => {
  it('exist in English for every code diagnose can emit', () => {
    expect(DIAGNOSTIC_CODES.filter((code) => typeof messages[code] !== 'string')).toEqual([]);
  });

  it('exist in English for every step hint', () => {
    const hints = [...Object.keys(STEP_CHECKS).map((name) => `html.step.${name}`), 'html.step.unknown-check'];
    expect(hints.filter((key) => typeof messages[key] !== 'string')).toEqual([]);
  });

  it('only use the html. namespace, as the catalog keys are the codes', () => {
    expect(DIAGNOSTIC_CODES.every((code) => code.startsWith('html.'))).toBe(true);
  });

  it('get every placeholder they name from the diagnostics in the corpus', () => {
    const found: Diagnostic[] = Object.entries(corpus).flatMap(([path, text]) =>
      path.endsWith('.html.txt') ? diagnose(text, '') : diagnose('', text),
    );
    expect(new Set(found.map((d) => d.code)).size).toBe(DIAGNOSTIC_CODES.length);
    for (const d of found) {
      const missing = placeholderNames(messages[d.code] ?? '').filter((name) => !(name in d.params));
      expect(missing, d.code).toEqual([]);
    }
  });
});

describe('formatDiagnostic', () => {
  const d: Diagnostic = {
    code: 'html.unclosed-element',
    severity: 'error',
    file: 'html',
    line: 3,
    column: 1,
    span: { start: 10, end: 18 },
    params: { tag: 'section', line: 3 },
  };

  it('fills the message for the code', () => {
    expect(formatDiagnostic(d, { 'html.unclosed-element': 'The <{tag}> on line {line} is open.' })).toBe(
      'The <section> on line 3 is open.',
    );
  });

  it('falls back to the code when the catalog lacks it, and ignores inherited keys', () => {
    expect(formatDiagnostic(d, {})).toBe('html.unclosed-element');
    expect(formatDiagnostic({ ...d, code: 'toString' }, {})).toBe('toString');
  });

  it('leaves braces that are CSS, not placeholders, alone', () => {
    expect(formatDiagnostic(d, { 'html.unclosed-element': 'Like `{tag} { color: red; }`' })).toBe(
      'Like `section { color: red; }`',
    );
  });
});
