import { describe, expect, it } from 'vitest';
import { CORRECTED_TABLE, PRINTED_TABLE } from './table';

const name = (o: { column: number; index: number }): string => `${o.index}V${o.column}`;

describe('the Note G table', () => {
  it('has operations 1–25 in order, with the printed superscripts', () => {
    expect(PRINTED_TABLE.map((l) => l.op)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const op = (n: number) => PRINTED_TABLE[n - 1]!;
    expect(op(4).acted.map(name)).toEqual(['2V5', '2V4']);
    expect(op(6).acted.map(name)).toEqual(['0V13', '2V11']);
    expect(op(21).received.map(name)).toEqual(['0V12']);
    expect(op(24)).toMatchObject({ sign: '+', zeroed: [13] });
    expect(op(24).acted.map(name)).toEqual(['4V13', '0V24']);
    expect(op(1).received.map(name)).toEqual(['1V4', '1V5', '1V6']);
    expect(op(25).zeroed).toEqual([6, 7]);
  });

  it('marks the errata of the printed table, and only those', () => {
    expect(PRINTED_TABLE.filter((l) => l.erratum).map((l) => l.op)).toEqual([4, 21, 24]);
  });

  it('corrects operations 4, 21 and 24 and nothing else', () => {
    const changed = CORRECTED_TABLE.filter((l, i) => l !== PRINTED_TABLE[i]).map((l) => l.op);
    expect(changed).toEqual([4, 21, 24]);
    const op = (n: number) => CORRECTED_TABLE[n - 1]!;
    expect(op(4).acted.map(name)).toEqual(['2V4', '2V5']);
    expect(op(21).received.map(name)).toEqual(['2V12']);
    expect(op(24)).toMatchObject({ sign: '-', zeroed: [13] });
    expect(op(24).acted.map(name)).toEqual(['0V24', '4V13']);
  });
});
