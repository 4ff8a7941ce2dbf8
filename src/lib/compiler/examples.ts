/**
 * Ready-made programs for the playground: a first DISPLAY, the two examples
 * from the reference (count-down, sharing cookies), a times table, and
 * FLOW-MATIC's Sample Problem 1 exactly as printed in the 1958 manual (U1518,
 * Fig. 23), with small inventory and price files to run it on.
 * @module
 */
import type { DataFile } from './files.ts';

/** Sample Problem 1, line breaks and all, with its two input files and the layouts of its two output files. */
export const SAMPLE_PROBLEM_1: { source: string; files: Record<string, DataFile> } = {
  source: `(0)  INPUT INVENTORY FILE-A PRICE FILE-B ; OUTPUT PRICED-INV FILE-C UNPRICED-INV
     FILE-D ; HSP D .
(1)  COMPARE PRODUCT-NO (A) WITH PRODUCT-NO (B) ; IF GREATER GO TO OPERATION 10 ;
     IF EQUAL GO TO OPERATION 5 ; OTHERWISE GO TO OPERATION 2 .
(2)  TRANSFER A TO D .
(3)  WRITE-ITEM D .
(4)  JUMP TO OPERATION 8 .
(5)  TRANSFER A TO C .
(6)  MOVE UNIT-PRICE (B) TO UNIT-PRICE (C) .
(7)  WRITE-ITEM C .
(8)  READ-ITEM A ; IF END OF DATA GO TO OPERATION 14 .
(9)  JUMP TO OPERATION 1 .
(10) READ-ITEM B ; IF END OF DATA GO TO OPERATION 12 .
(11) JUMP TO OPERATION 1 .
(12) SET OPERATION 9 TO GO TO OPERATION 2 .
(13) JUMP TO OPERATION 2 .
(14) TEST PRODUCT-NO (B) AGAINST ZZZZZZZZZZZZ ; IF EQUAL GO TO OPERATION 16 ;
     OTHERWISE GO TO OPERATION 15 .
(15) REWIND B .
(16) CLOSE-OUT FILES C , D .
(17) STOP . (END)
`,
  files: {
    INVENTORY: {
      fields: ['PRODUCT-NO', 'DESCRIPTION', 'QUANTITY'],
      records: [
        ['1001', 'BOLTS', '500'],
        ['1002', 'NUTS', '300'],
        ['1004', 'WASHERS', '250'],
        ['1007', 'SCREWS', '120'],
        ['1009', 'HINGES', '40'],
      ],
    },
    PRICE: {
      fields: ['PRODUCT-NO', 'UNIT-PRICE'],
      records: [
        ['1001', '0.05'],
        ['1003', '0.40'],
        ['1004', '0.02'],
        ['1007', '0.08'],
      ],
    },
    'PRICED-INV': { fields: ['PRODUCT-NO', 'DESCRIPTION', 'QUANTITY', 'UNIT-PRICE'], records: [] },
    'UNPRICED-INV': { fields: ['PRODUCT-NO', 'DESCRIPTION', 'QUANTITY'], records: [] },
  },
};

/** Which example. */
export type ExampleId = 'hello' | 'countdown' | 'cookies' | 'times-table' | 'sample-problem-1';

/** One ready-made program. `title` is English; the UI may show `compiler.example.<id>` instead. */
export interface Example {
  id: ExampleId;
  title: string;
  source: string;
  files?: Record<string, DataFile>;
}

/** The playground's examples, simplest first. */
export const EXAMPLES: Example[] = [
  {
    id: 'hello',
    title: 'Hello',
    source: `PROCEDURE.
DISPLAY "HELLO, WORLD!".
DISPLAY "MY FIRST PROGRAM IN WORDS".
STOP.
`,
  },
  {
    id: 'countdown',
    title: 'Count down',
    source: `DATA.
COUNTER IS 10.
PROCEDURE.
PERFORM COUNT-DOWN UNTIL COUNTER IS LESS THAN 1.
DISPLAY "LIFT OFF!".
STOP.
COUNT-DOWN.
DISPLAY COUNTER.
SUBTRACT 1 FROM COUNTER.
`,
  },
  {
    id: 'cookies',
    title: 'Sharing cookies',
    source: `DATA.
COOKIES IS 14.
FRIENDS IS 4.
PROCEDURE.
DIVIDE COOKIES BY FRIENDS GIVING EACH REMAINDER LEFT-OVER.
DISPLAY "EACH FRIEND GETS" EACH "AND" LEFT-OVER "ARE LEFT".
STOP.
`,
  },
  {
    id: 'times-table',
    title: 'Times table',
    source: `DATA.
NUMBER IS 7.
COUNTER IS 1.
PROCEDURE.
PERFORM ONE-LINE 10 TIMES.
STOP.
ONE-LINE.
MULTIPLY NUMBER BY COUNTER GIVING ANSWER.
DISPLAY COUNTER "TIMES" NUMBER "IS" ANSWER.
ADD 1 TO COUNTER.
`,
  },
  { id: 'sample-problem-1', title: 'FLOW-MATIC Sample Problem 1', ...SAMPLE_PROBLEM_1 },
];
