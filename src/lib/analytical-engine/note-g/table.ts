/**
 * Lovelace's Note G table (1843) as data: the 25 operations that compute her B7, as printed,
 * and as corrected. Superscripts are the printed ones (Note D's indices), kept for display.
 * Source: shared/reference/note-g.md, from the Fourmilab re-typesetting of the Sketch.
 */

/** The four signs of the table's "Nature of Operation" column. */
export type NoteGSign = '+' | '-' | '×' | '÷';

/** A column as the table names it: its number and the printed superscript (¹V4 is 4, 1). */
export interface Operand {
  column: number;
  index: number;
}

/** A receiving column, named the same way as an operand. */
export type ColumnRef = Operand;

/** One line of the table. */
export interface NoteGOperation {
  /** Operation number, 1–25. */
  op: number;
  sign: NoteGSign;
  /** "Variables acted upon", in order: the first is the left operand. */
  acted: readonly [Operand, Operand];
  /** "Variables receiving results". */
  received: readonly ColumnRef[];
  /** Columns that go to zero in the "indication of change" column (read, then reset). */
  zeroed: readonly number[];
  /** "Statement of results", as printed. */
  statement: string;
  /** What is wrong with the printed line (printed table), or what was changed (corrected table). */
  erratum?: string;
}

/** The table's own note between operations 23 and 24. */
export const REPETITION_NOTE = 'Here follows a repetition of Operations thirteen to twenty-three';

function ref(text: string): ColumnRef {
  const match = /^(\d+)V(\d+)$/.exec(text);
  if (!match) throw new Error(`Bad column name in the Note G table: ${text}`);
  return { index: Number(match[1]), column: Number(match[2]) };
}

function line(
  op: number,
  sign: NoteGSign,
  acted: readonly [string, string],
  received: readonly string[],
  zeroed: readonly number[],
  statement: string,
  erratum?: string,
): NoteGOperation {
  const row: NoteGOperation = {
    op,
    sign,
    acted: [ref(acted[0]), ref(acted[1])],
    received: received.map(ref),
    zeroed,
    statement,
  };
  if (erratum !== undefined) row.erratum = erratum;
  return row;
}

/** The table exactly as printed in 1843, errata included (operations 4, 21 and 24). */
export const PRINTED_TABLE: readonly NoteGOperation[] = [
  line(1, '×', ['1V2', '1V3'], ['1V4', '1V5', '1V6'], [], '= 2n'),
  line(2, '-', ['1V4', '1V1'], ['2V4'], [], '= 2n − 1'),
  line(3, '+', ['1V5', '1V1'], ['2V5'], [], '= 2n + 1'),
  line(4, '÷', ['2V5', '2V4'], ['1V11'], [4, 5], '= (2n − 1)/(2n + 1)', 'printed ²V5 ÷ ²V4; must be ²V4 ÷ ²V5'),
  line(5, '÷', ['1V11', '1V2'], ['2V11'], [], '= ½ · (2n − 1)/(2n + 1)'),
  line(6, '-', ['0V13', '2V11'], ['1V13'], [11], '= −½ · (2n − 1)/(2n + 1) = A0'),
  line(7, '-', ['1V3', '1V1'], ['1V10'], [], '= n − 1'),
  line(8, '+', ['1V2', '0V7'], ['1V7'], [], '= 2 + 0 = 2'),
  line(9, '÷', ['1V6', '1V7'], ['3V11'], [], '= 2n/2 = A1'),
  line(10, '×', ['1V21', '3V11'], ['1V12'], [], '= B1 · 2n/2 = B1·A1'),
  line(11, '+', ['1V12', '1V13'], ['2V13'], [12], '= A0 + B1·A1'),
  line(12, '-', ['1V10', '1V1'], ['2V10'], [], '= n − 2'),
  line(13, '-', ['1V6', '1V1'], ['2V6'], [], '= 2n − 1'),
  line(14, '+', ['1V1', '1V7'], ['2V7'], [], '= 2 + 1 = 3'),
  line(15, '÷', ['2V6', '2V7'], ['1V8'], [], '= (2n − 1)/3'),
  line(16, '×', ['1V8', '3V11'], ['4V11'], [8], '= 2n/2 · (2n − 1)/3'),
  line(17, '-', ['2V6', '1V1'], ['3V6'], [], '= 2n − 2'),
  line(18, '+', ['1V1', '2V7'], ['3V7'], [], '= 3 + 1 = 4'),
  line(19, '÷', ['3V6', '3V7'], ['1V9'], [], '= (2n − 2)/4'),
  line(20, '×', ['1V9', '4V11'], ['5V11'], [9], '= 2n/2 · (2n − 1)/3 · (2n − 2)/4 = A3'),
  line(21, '×', ['1V22', '5V11'], ['0V12'], [], '= B3 · A3', 'receiving column printed ⁰V12; should read ²V12'),
  line(22, '+', ['2V12', '2V13'], ['3V13'], [12], '= A0 + B1·A1 + B3·A3'),
  line(23, '-', ['2V10', '1V1'], ['3V10'], [], '= n − 3'),
  line(
    24,
    '+',
    ['4V13', '0V24'],
    ['1V24'],
    [13],
    '= B7',
    'as printed it adds V13 into V24, giving +1/30 (−B7); V24 = 0 − V13 gives −1/30',
  ),
  line(25, '+', ['1V1', '1V3'], ['1V3'], [6, 7], '= n + 1 = 5 (V6, V7 reset by Variable-cards)'),
];

const CORRECTIONS: Readonly<Record<number, NoteGOperation>> = {
  4: line(4, '÷', ['2V4', '2V5'], ['1V11'], [4, 5], '= (2n − 1)/(2n + 1)', 'corrected: ²V4 ÷ ²V5 (printed ²V5 ÷ ²V4)'),
  21: line(21, '×', ['1V22', '5V11'], ['2V12'], [], '= B3 · A3', 'corrected: receives ²V12 (printed ⁰V12)'),
  24: line(24, '-', ['0V24', '4V13'], ['1V24'], [13], '= B7', 'corrected: V24 = 0 − V13 (printed V13 + V24)'),
};

/** The table with the three errata fixed: 4 reads V4 ÷ V5, 21 receives ²V12, 24 is V24 = 0 − V13. */
export const CORRECTED_TABLE: readonly NoteGOperation[] = PRINTED_TABLE.map((row) => CORRECTIONS[row.op] ?? row);
