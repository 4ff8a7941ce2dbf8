import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import { placeholderNames } from '../i18n/translate.ts';
import { MAX } from './engine.test-support.ts';
import { DIAGNOSTIC_CODES, runDeck, type DeckOptions, type EngineDiagnostic } from './index.ts';

const messages: Record<string, string> = en;

interface Mistake {
  deck: string;
  options?: DeckOptions;
  line: number;
  severity?: 'error' | 'warning';
  status?: string;
}

const lines = (...cards: string[]) => `${cards.join('\n')}\n`;
const chain = (depth: number) =>
  Object.fromEntries(Array.from({ length: depth }, (_, i) => [`f${i}.ae`, `. file ${i}\n@f${i + 1}.ae\n`]));
const throwing = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error('boom');
    },
  },
);

/** One learner mistake (or Engine limit) for every code, and the line it must name. */
const MISTAKES: Record<(typeof DIAGNOSTIC_CODES)[number], Mistake> = {
  missingInclude: { deck: lines('. hello', 'A include cards fixn/sqroot.ae'), line: 2 },
  missingLibrary: { deck: lines('A include from library cards for squareroot'), line: 1 },
  includeLoop: { deck: lines('. x', '@me.ae'), options: { library: { 'me.ae': '@me.ae\n' } }, line: 2 },
  includeTooDeep: { deck: lines('@f0.ae'), options: { library: chain(40) }, line: 1 },
  deckTooLong: { deck: 'P\n'.repeat(500_001), line: 500_001 },
  decimalPlacesRelative: { deck: lines('A set decimal places to +2'), line: 1 },
  decimalPlacesUnreadable: { deck: lines('A set decimal places to two'), line: 1 },
  decimalPlacesRange: { deck: lines('. x', 'A set decimal places to 60'), line: 2 },
  decimalPlacesNotSet: { deck: lines('N1 2.5'), line: 1 },
  decimalNumberUnreadable: { deck: lines('A set decimal places to 1', 'N1 1.x7'), line: 2 },
  blockMismatch: { deck: lines('(?', 'P', '}'), line: 3 },
  elseMismatch: { deck: lines('{?', 'P', '}{', 'P', ')'), line: 5 },
  blockNotClosed: { deck: lines('P', '(?', 'P'), line: 2 },
  unknownCard: { deck: lines('N1 5', 'p'), line: 2 },
  badNumber: { deck: lines('N1 7 seven'), line: 1 },
  numberTooLong: { deck: lines(`N1 ${MAX}9`), line: 1 },
  columnOutOfRange: { deck: lines('N1 7', '+', 'L1', 'L1000'), line: 4 },
  badVariable: { deck: lines('S'), line: 1 },
  badStep: { deck: lines('*', '> 5'), line: 2 },
  badSkip: { deck: lines('CF3'), line: 1 },
  fellOffDeck: { deck: lines('CF+5', 'P'), line: 1 },
  badCurve: { deck: lines('DZ'), line: 1 },
  attendantNotUnderstood: { deck: lines('A write annotaton hello'), line: 1 },
  numberTooBig: {
    deck: lines(`N1 -${MAX}`, '+', 'L1', 'L1', 'S1', '×', '(', 'L1', 'L1', "S1'", ')'),
    line: 9,
  },
  cardLimit: {
    deck: lines('. forever', 'CB+1'),
    options: { maxCards: 100 },
    line: 2,
    severity: 'warning',
    status: 'limit',
  },
  outputLimit: {
    deck: lines(`A write annotation ${'x'.repeat(9999)}`, 'CB+2'),
    line: 1,
    severity: 'warning',
    status: 'limit',
  },
  numberReadAsZero: { deck: lines('. x', 'N1 2,5'), line: 2, severity: 'warning', status: 'finished' },
  badSkipCount: { deck: lines('CB+one', 'P'), line: 1, severity: 'warning', status: 'finished' },
  divisionByZero: { deck: lines('N1 5', '/', 'L1', 'L2'), line: 4, severity: 'warning', status: 'finished' },
  internalError: { deck: lines('P'), options: { library: throwing as Record<string, string> }, line: 1 },
};

function diagnosticFor(code: string): EngineDiagnostic {
  const m = MISTAKES[code as keyof typeof MISTAKES];
  const result = runDeck(m.deck, m.options);
  expect(result.status).toBe(m.status ?? 'error');
  const found = result.diagnostics.find((d) => d.code === code);
  if (!found) throw new Error(`${code} not emitted: ${JSON.stringify(result.diagnostics)}`);
  return found;
}

describe('diagnostics', () => {
  it.each(DIAGNOSTIC_CODES)('%s comes back with the line of the card at fault', (code) => {
    const m = MISTAKES[code];
    const d = diagnosticFor(code);
    expect(d.line).toBe(m.line);
    expect(d.severity).toBe(m.severity ?? 'error');
    expect(d.params['line']).toBe(m.line);
    expect(d.params['card']).toBe(d.card);
  });

  it.each(DIAGNOSTIC_CODES)('%s has an English message whose placeholders are all in its params', (code) => {
    const message = messages[`engine.diag.${code}`];
    expect(message, code).toBeTypeOf('string');
    const d = diagnosticFor(code);
    expect(placeholderNames(message as string).filter((name) => !(name in d.params))).toEqual([]);
  });

  it('name the included file when the card came from one', () => {
    const d = diagnosticFor('includeLoop');
    expect(d.file).toBe('me.ae');
    expect(d.params['file']).toBe('me.ae');
  });

  it('keep a hostile paste short', () => {
    const r = runDeck(`Q${'<script>'.repeat(10_000)}`);
    expect(r.diagnostics).toHaveLength(1);
    expect(String(r.diagnostics[0]?.card).length).toBeLessThanOrEqual(80);
  });

  it('report the endless loop at the card it stopped on, after exactly maxCards cards', () => {
    const r = runDeck(lines('N1 1', '(', '+', 'L1', 'L1', ')'), { maxCards: 1000 });
    expect(r).toMatchObject({ status: 'limit', cardsRun: 1000 });
    // N1, the block's start, then 249 rounds of + L1 L1 CB, then + L1: the next card is L1 on line 5.
    expect(r.diagnostics).toMatchObject([{ code: 'cardLimit', line: 5, params: { max: 1000 } }]);
  });
});
