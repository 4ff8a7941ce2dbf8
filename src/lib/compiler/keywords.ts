/**
 * The words GRACE knows: verbs that start a statement and the other reserved
 * words that shape a sentence. Reserved words cannot name a box or a
 * paragraph. Also the corrected example shown with each verb's mistakes.
 * @module
 */

/** Words that start a statement (GRACE verbs and the FLOW-MATIC verbs). */
export const VERBS = [
  'DISPLAY',
  'MOVE',
  'ADD',
  'SUBTRACT',
  'MULTIPLY',
  'DIVIDE',
  'IF',
  'COMPARE',
  'GO',
  'JUMP',
  'PERFORM',
  'ACCEPT',
  'STOP',
  'INPUT',
  'OUTPUT',
  'HSP',
  'TEST',
  'EXECUTE',
  'SET',
  'TRANSFER',
  'READ-ITEM',
  'WRITE-ITEM',
  'REWIND',
  'CLOSE-OUT',
] as const;

/** A statement's first word. */
export type Verb = (typeof VERBS)[number];

/** Reserved words that are not verbs. `END`, `OF` and `FILE-A` … are matched only where they belong. */
export const CLAUSE_WORDS = [
  'DATA',
  'PROCEDURE',
  'IS',
  'TO',
  'FROM',
  'BY',
  'GIVING',
  'REMAINDER',
  'OTHERWISE',
  'ELSE',
  'THEN',
  'NOT',
  'GREATER',
  'LESS',
  'EQUAL',
  'THAN',
  'WITH',
  'AGAINST',
  'OPERATION',
  'THROUGH',
  'TIMES',
  'UNTIL',
  'RUN',
  'FILES',
] as const;

/** Every keyword, for the editor's highlighting (upper case; the language ignores case). */
export const KEYWORDS: readonly string[] = [...VERBS, ...CLAUSE_WORDS, 'END', 'OF'];

const verbSet: ReadonlySet<string> = new Set(VERBS);
const reservedSet: ReadonlySet<string> = new Set([...VERBS, ...CLAUSE_WORDS]);

/** True for a word (upper case) that starts a statement. */
export function isVerb(word: string): word is Verb {
  return verbSet.has(word);
}

/** True for a word (upper case) that cannot be a name. */
export function isReserved(word: string): boolean {
  return reservedSet.has(word);
}

/** A corrected sentence for each verb, shown when a sentence with that verb goes wrong. */
export const VERB_EXAMPLES: Record<Verb, string> = {
  DISPLAY: 'DISPLAY "HELLO" NAME.',
  MOVE: 'MOVE 0 TO TOTAL.',
  ADD: 'ADD 5 TO COOKIES.',
  SUBTRACT: 'SUBTRACT 1 FROM COUNTER.',
  MULTIPLY: 'MULTIPLY 2 BY SCORE.',
  DIVIDE: 'DIVIDE COOKIES BY FRIENDS GIVING EACH.',
  IF: 'IF SCORE IS GREATER THAN 10 DISPLAY "WELL DONE" OTHERWISE DISPLAY "KEEP GOING".',
  COMPARE: 'COMPARE SCORE WITH BEST ; IF GREATER GO TO OPERATION 5 ; OTHERWISE GO TO OPERATION 7.',
  GO: 'GO TO OPERATION 3.',
  JUMP: 'JUMP TO OPERATION 3.',
  PERFORM: 'PERFORM COUNT-DOWN UNTIL COUNTER IS LESS THAN 1.',
  ACCEPT: 'ACCEPT NAME.',
  STOP: 'STOP.',
  INPUT: 'INPUT INVENTORY FILE-A ; OUTPUT PRICED-INV FILE-C.',
  OUTPUT: 'OUTPUT PRICED-INV FILE-C.',
  HSP: 'HSP D.',
  TEST: 'TEST PRODUCT-NO (B) AGAINST ZZZZZZZZZZZZ ; IF EQUAL GO TO OPERATION 16.',
  EXECUTE: 'EXECUTE OPERATION 4 THROUGH OPERATION 6.',
  SET: 'SET OPERATION 9 TO GO TO OPERATION 2.',
  TRANSFER: 'TRANSFER A TO D.',
  'READ-ITEM': 'READ-ITEM A ; IF END OF DATA GO TO OPERATION 14.',
  'WRITE-ITEM': 'WRITE-ITEM C.',
  REWIND: 'REWIND B.',
  'CLOSE-OUT': 'CLOSE-OUT FILES C , D.',
};

/** A corrected example for a sentence that does not start with a verb. */
export const SENTENCE_EXAMPLE = 'DISPLAY "HELLO".';

/** The corrected example for each symbol GRACE spells as a word. */
export const SYMBOL_EXAMPLES: Record<string, string> = {
  '+': 'ADD 2 TO SCORE.',
  '-': 'SUBTRACT 2 FROM SCORE.',
  '*': 'MULTIPLY 2 BY SCORE.',
  '×': 'MULTIPLY 2 BY SCORE.',
  '/': 'DIVIDE SCORE BY 2 GIVING HALF.',
  '÷': 'DIVIDE SCORE BY 2 GIVING HALF.',
  '=': 'MOVE 2 TO SCORE.',
  '<': 'IF SCORE IS LESS THAN 2 DISPLAY "SMALL".',
  '>': 'IF SCORE IS GREATER THAN 2 DISPLAY "BIG".',
};
