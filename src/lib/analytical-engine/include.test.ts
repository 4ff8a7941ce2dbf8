import { describe, expect, it } from 'vitest';
import { out, problems, run } from './engine.test-support.ts';
import { BUNDLED_LIBRARY } from './index.ts';

const library = {
  'sub.ae': 'A write annotation inside\nQ\n',
  'hi.ae': 'A write annotation hi\n',
  'nest.ae': 'A write annotation nest\n@hi.ae\n',
  'self.ae': '@self.ae\n',
  'fixn/double.ae': 'A write annotation from the library\n',
};

describe('include requests', () => {
  it('bring in another file’s cards, between Begin and End comment cards', () => {
    expect(
      out(['A write annotation main', '@hi.ae', 'A include cards hi.ae', 'A INCLUDE CARDS hi.ae'], { library }),
    ).toBe('main\nhi\nhi\nhi\n');
  });

  it('count included cards in labels, and give the include line and file in diagnostics', () => {
    const r = run(['A write annotation main', '@sub.ae', 'A write annotation after'], { library });
    expect(r.output).toBe('main\ninside\n');
    expect(r.diagnostics).toMatchObject([{ code: 'unknownCard', line: 2, file: 'sub.ae', card: 'Q' }]);
    expect(out(['@nest.ae', 'T1', 'P', 'T0'], { library })).toBe(
      'nest\nhi\nCard:  8. (DECK.ae:8) P\n0\nCard:  9. (DECK.ae:9) T0\n',
    );
  });

  it('resolve nested includes and report a nested problem at the top-level line', () => {
    const r = run(['. x', '@outer.ae'], { library: { 'outer.ae': '. y\n@missing.ae\n' } });
    expect(r.diagnostics).toMatchObject([
      { code: 'missingInclude', line: 2, file: 'outer.ae', params: { name: 'missing.ae' } },
    ]);
  });

  it('take the name exactly as written, blanks and all', () => {
    expect(problems(['A include cards hi.ae '], { library })).toEqual([['missingInclude', 1]]);
    expect(problems(['@ hi.ae'], { library })).toEqual([['missingInclude', 1]]);
    expect(problems(['A  include cards hi.ae'], { library })).toEqual([['attendantNotUnderstood', 1]]);
    expect(problems(['@'])).toEqual([['unknownCard', 1]]);
  });

  it('stop a file that includes itself', () => {
    expect(problems(['@self.ae'], { library })).toEqual([['includeLoop', 1]]);
  });

  it('find the bundled library under fixn/ and fix20/, and by library request', () => {
    expect(Object.keys(BUNDLED_LIBRARY).sort()).toEqual(
      ['arctan', 'cosine', 'exp', 'ln', 'sine', 'sqrt'].flatMap((n) => [`fix20/${n}.ae`, `fixn/${n}.ae`]).sort(),
    );
    expect(BUNDLED_LIBRARY['fixn/sqrt.ae']).toBe(BUNDLED_LIBRARY['fix20/sqrt.ae']);
    expect(BUNDLED_LIBRARY['fixn/sqrt.ae']).toContain('Newton');
    const sqrt = ['A set decimal places to 4', 'N0 2.0', 'A include from library cards for SQRT', 'L0', 'P'];
    expect(out(sqrt)).toBe('14142\n');
    expect(out(['A include from library cards for double'], { library })).toBe('from the library\n');
    expect(problems(['A include from library cards for no such'])).toEqual([['missingLibrary', 1]]);
    expect(run(['A include from library cards for Nope']).diagnostics[0]?.params).toMatchObject({ name: 'Nope' });
  });

  it('let options.library override a bundled file', () => {
    expect(out(['@fixn/exp.ae'], { library: { 'fixn/exp.ae': 'A write annotation mine\n' } })).toBe('mine\n');
  });
});

describe('warnings inside included files', () => {
  it('are kept for the learner’s own files, not for the bundled library', () => {
    const sqrt0 = ['A set decimal places to 2', 'N0 0', 'A include cards fixn/sqrt.ae', 'L0', 'P'];
    expect(run(sqrt0)).toMatchObject({ output: '0\n', status: 'finished', diagnostics: [] });
    const mine = { 'fixn/sqrt.ae': 'N1 5\n/\nL1\nL2\n' };
    expect(run(['@fixn/sqrt.ae'], { library: mine }).diagnostics).toMatchObject([
      { code: 'divisionByZero', line: 1, file: 'fixn/sqrt.ae' },
    ]);
  });
});
