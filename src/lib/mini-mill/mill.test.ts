import { describe, expect, it } from 'vitest';
import { readColumn, turnCrank, MAX_DIGITS } from './mill';

describe('turnCrank', () => {
  it('does exact whole-number arithmetic, even past 2^53', () => {
    expect(turnCrank('6', '7', 'multiply')).toEqual({ ok: true, value: '42' });
    expect(turnCrank('9007199254740993', '1', 'add')).toEqual({ ok: true, value: '9007199254740994' });
    expect(turnCrank('-5', '8', 'subtract')).toEqual({ ok: true, value: '-13' });
  });

  it('divides into a quotient and a remainder', () => {
    expect(turnCrank('17', '5', 'divide')).toEqual({ ok: true, value: '3', remainder: '2' });
  });

  it('explains division by zero on column V2', () => {
    const r = turnCrank('4', '0', 'divide');
    expect(r).toEqual({
      ok: false,
      diagnostics: [{ code: 'divideByZero', severity: 'error', column: 'v2', params: {} }],
    });
  });

  it('reports every bad column, each with its own code', () => {
    const r = turnCrank('', 'seven', 'add');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => [d.code, d.column])).toEqual([
      ['empty', 'v1'],
      ['notNumber', 'v2'],
    ]);
    expect(r.diagnostics[1]!.params).toEqual({ text: 'seven' });
  });
});

describe('readColumn', () => {
  it('accepts spaces around, a plus sign and the typographic minus', () => {
    expect(readColumn('  +12 ', 'v1')).toBe(12n);
    expect(readColumn('\u22123', 'v1')).toBe(-3n);
  });

  it('refuses decimals and numbers taller than the column', () => {
    expect(readColumn('1.5', 'v1')).toMatchObject({ code: 'notNumber' });
    expect(readColumn('9'.repeat(MAX_DIGITS), 'v1')).toBe(BigInt('9'.repeat(MAX_DIGITS)));
    expect(readColumn('9'.repeat(MAX_DIGITS + 1), 'v2')).toMatchObject({
      code: 'tooLong',
      column: 'v2',
      params: { max: MAX_DIGITS },
    });
  });

  it('keeps a hostile paste short in the message', () => {
    const d = readColumn('<script>'.repeat(100), 'v1');
    expect(d).toMatchObject({ code: 'notNumber' });
    expect(typeof d === 'bigint' ? '' : String(d.params['text']).length).toBeLessThanOrEqual(20);
  });
});
