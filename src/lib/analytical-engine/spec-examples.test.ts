import { describe, expect, it } from 'vitest';
import spec from './fixtures/spec-examples.json';
import { runDeck } from './index.ts';

// Every ```ae / ```out pair of the behavioural specification, extracted by
// fixtures/extract-spec-examples.mjs (see fixtures/README.md). The deck runs as
// DECK.ae with the example's `file=` decks visible to include requests.

interface Example {
  id: string;
  section: string;
  deck: string;
  files: Record<string, string>;
  out: string;
}

type Diag = [code: string, line: number, file?: string];

/** Where the reference prints an error message, the Engine returns a diagnostic instead. */
interface Stopped {
  output: string;
  status: 'error' | 'finished';
  diagnostics: Diag[];
}

const ERROR_MESSAGES: Record<string, Stopped> = {
  'spec-2': { output: '', status: 'error', diagnostics: [['missingInclude', 2]] },
  'spec-4': { output: 'main\ninside\n', status: 'error', diagnostics: [['unknownCard', 2, 'sub.ae']] },
  'spec-7': { output: '', status: 'error', diagnostics: [['blockMismatch', 4]] },
  'spec-8': { output: '', status: 'error', diagnostics: [['elseMismatch', 5]] },
  'spec-10': {
    output: '',
    status: 'error',
    diagnostics: [
      ['decimalPlacesRelative', 1],
      ['decimalPlacesRange', 2],
      ['decimalPlacesNotSet', 3],
      ['blockNotClosed', 5],
    ],
  },
  'spec-17': { output: '1\n3\n', status: 'error', diagnostics: [['fellOffDeck', 6]] },
  'spec-19': {
    output: '55x\n55\nMixed Case . not a comment\n\n5\n',
    status: 'error',
    diagnostics: [['attendantNotUnderstood', 16]],
  },
  'spec-21': { output: '55', status: 'error', diagnostics: [['unknownCard', 7]] },
};

/** Examples whose result follows a project decision instead of the reference. */
const PROJECT_DECISIONS: Record<string, Stopped & { reason: string }> = {
  'spec-3': {
    reason:
      'the library is bundled, so `A include from library cards for Exp` finds fixn/exp.ae; ' +
      'that deck sets its decimal places relative to the including deck’s, and this deck set none',
    output: '',
    status: 'error',
    diagnostics: [
      ['decimalPlacesRelative', 2, 'fixn/exp.ae'],
      ['decimalPlacesNotSet', 2, 'fixn/exp.ae'],
    ],
  },
  'spec-5': {
    reason: 'decimal number cards round correctly: 1.0456 at 3 places is 1.046, not 1.460',
    output: '1046\n2500\n',
    status: 'finished',
    diagnostics: [['numberReadAsZero', 4]],
  },
  'spec-24': {
    reason: 'division is exact, so the product (10^31−1)(10^49−1) splits correctly at 10^50',
    output: '89999999999999999990000000000000000000000000000001\n999999999999999999999999999999\n',
    status: 'finished',
    diagnostics: [],
  },
};

/** Warnings the Engine adds where the reference says nothing (output unchanged). */
const WARNINGS: Record<string, Diag[]> = {
  'spec-11': [['numberReadAsZero', 2]],
};

const examples = (spec as { examples: Example[] }).examples;

describe('the specification’s examples', () => {
  it('are all here', () => {
    expect(examples).toHaveLength(25);
    for (const id of [...Object.keys(ERROR_MESSAGES), ...Object.keys(PROJECT_DECISIONS)]) {
      expect(examples.some((e) => e.id === id)).toBe(true);
    }
  });

  it.each(examples.map((e) => [e.id, e.section, e] as const))('%s (§%s)', (id, _section, example) => {
    const result = runDeck(example.deck, { library: example.files });
    const different = ERROR_MESSAGES[id] ?? PROJECT_DECISIONS[id];
    const expected: Stopped = different ?? {
      output: example.out,
      status: 'finished',
      diagnostics: WARNINGS[id] ?? [],
    };
    // Without an error message, the reference printed the same output, then its message.
    if (ERROR_MESSAGES[id]) expect(example.out.startsWith(expected.output)).toBe(true);
    if (PROJECT_DECISIONS[id]) expect(example.out).not.toBe(expected.output);
    expect(result.output).toBe(expected.output);
    expect(result.status).toBe(expected.status);
    expect(result.diagnostics.map((d) => [d.code, d.line, ...(d.file ? [d.file] : [])])).toEqual(expected.diagnostics);
  });
});
