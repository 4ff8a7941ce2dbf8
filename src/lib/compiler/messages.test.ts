import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import { placeholderNames } from '../i18n/translate.ts';
import manifest from './golden/expected.json';
import {
  DIAGNOSTIC_CODES,
  EXAMPLES,
  ORDERS,
  SAMPLE_PROBLEM_1,
  compile,
  describeOrder,
  formatCompilerDiagnostic,
  messageKey,
  orderNoteKey,
  paramsOf,
  run,
  type CompilerDiagnostic,
  type DiagnosticCode,
  type OpCode,
  type RunOptions,
} from './index.ts';

const messages: Record<string, string> = en;
const goldens = import.meta.glob('./golden/*.grace', { query: '?raw', eager: true, import: 'default' }) as Record<
  string,
  string
>;

const many = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

// Programs that between them make every diagnostic (with the golden corpus).
const SNIPPETS: [string, RunOptions?][] = [
  ['DISPLAY #.'],
  [`DISPLAY 1${'0'.repeat(120)}.`],
  ['DATA.\nX IS 10.\nPROCEDURE.\nSQUARE.\nMULTIPLY X BY X.\nGO TO SQUARE.'],
  ['MOVE TO X.'],
  ['PERFORM .'],
  ['GO TO OPERATION X.'],
  ['WRITE-ITEM 5.'],
  ['(3)'],
  ['DATA.\nX IS 1.\nPROCEDURE.\nIF X IS EQUAL TO 1 OTHERWISE STOP.'],
  ['42.'],
  ['DISPLAY "A" ) .'],
  ['DATA.\nX IS 1.\nPROCEDURE.\nIF X IS EQUAL TO 1 COMPARE X WITH 2 ; IF GREATER GO TO OPERATION 1.'],
  ['PROCEDURE.\nDISPLAY 1.\nPROCEDURE.'],
  ['DISPLAY ZEBRA.'],
  ['PERFORM NOWHERE.'],
  ['(1) STOP.\n(1) STOP.'],
  ['P.\nSTOP.\nP.\nSTOP.'],
  ['DATA.\nX IS 1.\nX IS 2.\nPROCEDURE.\nSTOP.'],
  ['INPUT X FILE-A Y FILE-A.'],
  ['INPUT X FILE-A.\nWRITE-ITEM A.'],
  ['PERFORM P.\nSTOP.\nP.'],
  ['(1) EXECUTE OPERATION 3 THROUGH OPERATION 2.\n(2) STOP.\n(3) STOP.'],
  [many(200, () => 'ADD 1 TO X.').replace(/^/, 'DATA.\nX IS 0.\nPROCEDURE.\n')],
  [`DATA.\n${many(301, (i) => `B${i} IS 1.`)}\nPROCEDURE.\nSTOP.`],
  [`DATA.\nX IS 0.\nPROCEDURE.\n${many(101, (i) => `MOVE ${i} TO X.`)}`],
  [`PROCEDURE.\n${many(101, () => 'PERFORM P 2 TIMES.')}\nSTOP.\nP.\nSTOP.`],
  [`INPUT X FILE-A.\nDISPLAY ${many(17, (i) => `F${i} (A)`)}.`],
  ['INPUT X FILE-A.\nDISPLAY NAME (A).', { files: { X: { fields: ['PLACE'], records: [] } } }],
  ['INPUT X FILE-A.\nSTOP.', { files: { X: { fields: ['PLACE'], records: [['ONE', 'TWO']] } } }],
  ['INPUT X FILE-A.\nSTOP.', { files: { X: { fields: Array.from({ length: 17 }, (_, i) => `F${i}`), records: [] } } }],
];

function collect(): CompilerDiagnostic[] {
  const found: CompilerDiagnostic[] = [];
  const cases = manifest as Record<string, { example?: string; files?: RunOptions['files']; input?: string[] }>;
  for (const [name, c] of Object.entries(cases)) {
    const source = c.example
      ? (EXAMPLES.find((e) => e.id === c.example)?.source ?? '')
      : (goldens[`./golden/${name}.grace`] ?? '');
    const options: RunOptions = { maxSteps: 300 };
    if (c.files) options.files = c.files;
    if (c.input) options.input = c.input;
    found.push(...run(source, options).diagnostics);
  }
  for (const [source, options] of SNIPPETS) {
    for (const engine of ['machine', 'interpreter'] as const) {
      found.push(...run(source, { ...options, engine }).diagnostics, ...compile(source).diagnostics);
    }
  }
  return found;
}

describe('compiler messages', () => {
  const found = collect();

  it('come from every code but internalError (a compiler bug has no learner program)', () => {
    const seen = new Set(found.map((d) => d.code));
    expect(DIAGNOSTIC_CODES.filter((code) => !seen.has(code))).toEqual(['internalError']);
  });

  it('exist in English for every code', () => {
    expect(DIAGNOSTIC_CODES.filter((code) => typeof messages[messageKey(code)] !== 'string')).toEqual([]);
  });

  it('only use placeholders that every diagnostic with that code provides', () => {
    for (const code of DIAGNOSTIC_CODES) {
      const missing = placeholderNames(messages[messageKey(code)] ?? '').filter(
        (name) => name !== 'line' && !paramsOf(code).includes(name),
      );
      expect(missing, code).toEqual([]);
    }
    for (const d of found) {
      expect(Object.keys(d.params).sort(), d.code).toEqual(['line', ...paramsOf(d.code as DiagnosticCode)].sort());
      expect(d.params.line).toBe(d.line);
    }
  });

  it('render with every placeholder filled', () => {
    for (const d of found) expect(formatCompilerDiagnostic(d, messages), d.code).not.toMatch(/\{[A-Za-z_]\w*\}/);
  });

  it('tell the learner what the reference says, in its words', () => {
    const render = (source: string, options?: RunOptions) =>
      formatCompilerDiagnostic(run(source, options).diagnostics[0]!, messages);
    expect(render('DATA.\nCOOKIES IS 1.\nPROCEDURE.\nADD 5 COOKIES.')).toBe(
      'Line 4: after `ADD 5` I expected the word TO. Try: `ADD 5 TO COOKIES.`',
    );
    expect(render('DATA.\nCOOKIES IS 1.\nPROCEDURE.\nDISPLAY COOKEIS.')).toBe(
      "Line 4: I don't know a box called COOKEIS. Did you mean COOKIES?",
    );
    expect(render('PROCEDURE.\nADD 2 + SCORE.')).toBe(
      "Line 2: I saw `+`. Grace Hopper's languages used words instead of symbols. Try `ADD 2 TO SCORE.`",
    );
    expect(render('DATA.\nN IS 1.\nPROCEDURE.\nPERFORM P UNTIL N IS LESS THAN 1.\nSTOP.\nP.\nADD 1 TO N.')).toBe(
      "I've done 10000 steps. Is the loop missing a way out? Check the UNTIL on line 4.",
    );
  });

  it('have a note for every order, and each note gets its placeholders', () => {
    const program = compile(SAMPLE_PROBLEM_1.source).program!;
    for (const op of Object.keys(ORDERS) as OpCode[]) {
      const template = messages[orderNoteKey(op)];
      expect(template, op).toBeTypeOf('string');
      const { params } = describeOrder({ op, operand: 500 }, program);
      expect(
        placeholderNames(template ?? '').filter((n) => !(n in params)),
        op,
      ).toEqual([]);
    }
  });

  it('name the box in an order note', () => {
    const program = compile(EXAMPLES.find((e) => e.id === 'cookies')!.source).program!;
    const { key, params } = describeOrder({ op: 'B', operand: 500 }, program);
    expect(key).toBe('compiler.order.B');
    expect(params).toEqual({ order: 'B 500', address: '500', name: 'COOKIES', line: 0 });
  });
});
