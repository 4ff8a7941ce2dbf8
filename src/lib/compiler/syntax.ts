/**
 * The syntax tree built by Translation. Every node has a `span` (0-based
 * offsets, end exclusive) and the `line`/`column` where it starts. Names and
 * keywords are upper case; numbers keep the exact decimal they spell.
 * @module
 */
import type { Decimal } from './decimal.ts';

/** Where a node is in the source. */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A number written in the program, e.g. `2.50` (value 2.5). */
export interface NumberNode extends Span {
  type: 'number';
  value: Decimal;
  text: string;
}

/** A text in double quotes; `value` is what is between them. */
export interface TextNode extends Span {
  type: 'text';
  value: string;
}

/** A box, by name. */
export interface NameNode extends Span {
  type: 'name';
  name: string;
}

/** A field of a file's current item: `PRODUCT-NO (A)`. */
export interface FieldNode extends Span {
  type: 'field';
  name: string;
  file: string;
}

/** A word taken literally, as after TEST … AGAINST (`ZZZZZZZZZZZZ`). */
export interface WordNode extends Span {
  type: 'word';
  value: string;
}

/** Anything that can be read. */
export type ValueNode = NumberNode | TextNode | NameNode | FieldNode | WordNode;

/** Anything that can receive a value. */
export type TargetNode = NameNode | FieldNode;

/** `value IS [NOT] GREATER THAN | LESS THAN | EQUAL TO value`. */
export interface Condition extends Span {
  type: 'condition';
  left: ValueNode;
  relation: 'greater' | 'less' | 'equal';
  negated: boolean;
  right: ValueNode;
}

/** Where a jump goes: a numbered operation or a named paragraph. */
export type JumpTarget = (Span & { kind: 'operation'; number: number }) | (Span & { kind: 'paragraph'; name: string });

/** One branch of COMPARE or TEST: `IF GREATER GO TO OPERATION 10`, `OTHERWISE GO TO …`. */
export interface Branch extends Span {
  when: 'greater' | 'equal' | 'less' | 'otherwise';
  target: JumpTarget;
}

/** A file named in INPUT or OUTPUT: `INVENTORY FILE-A`. */
export interface FileName extends Span {
  name: string;
  letter: string;
}

/** A file letter used by a verb: `D` in `WRITE-ITEM D`. */
export interface FileLetter extends Span {
  letter: string;
}

/** Fields every statement has. `id` numbers statements in source order (nested ones too). */
interface StatementBase extends Span {
  id: number;
  /** The statement's first word, e.g. `ADD`, `GO`, `READ-ITEM`. */
  verb: string;
}

/** One statement. */
export type Statement = StatementBase &
  (
    | { type: 'display'; values: ValueNode[] }
    | { type: 'move'; value: ValueNode; targets: TargetNode[] }
    | { type: 'add'; values: ValueNode[]; to: ValueNode; giving: TargetNode | null }
    | { type: 'subtract'; values: ValueNode[]; from: ValueNode; giving: TargetNode | null }
    | { type: 'multiply'; value: ValueNode; by: ValueNode; giving: TargetNode | null }
    | { type: 'divide'; value: ValueNode; by: ValueNode; giving: TargetNode; remainder: TargetNode | null }
    | { type: 'if'; condition: Condition; then: Statement[]; otherwise: Statement[] | null }
    | { type: 'compare'; left: ValueNode; right: ValueNode; branches: Branch[] }
    | { type: 'goTo'; target: JumpTarget }
    | { type: 'perform'; paragraph: NameNode; times: ValueNode | null; until: Condition | null }
    | {
        type: 'execute';
        from: JumpTarget & { kind: 'operation' };
        through: (JumpTarget & { kind: 'operation' }) | null;
      }
    | { type: 'accept'; target: TargetNode }
    | { type: 'stop' }
    | { type: 'input'; files: FileName[] }
    | { type: 'output'; files: FileName[] }
    | { type: 'hsp'; file: FileLetter }
    | { type: 'set'; operation: JumpTarget & { kind: 'operation' }; target: JumpTarget & { kind: 'operation' } }
    | { type: 'transfer'; from: FileLetter; to: FileLetter }
    | { type: 'readItem'; file: FileLetter; atEnd: JumpTarget | null }
    | { type: 'writeItem'; file: FileLetter }
    | { type: 'rewind'; file: FileLetter }
    | { type: 'closeOut'; files: FileLetter[] }
  );

/** The statement of one type, e.g. `StatementOf<'add'>`. */
export type StatementOf<T extends Statement['type']> = Extract<Statement, { type: T }>;

/** A sentence: an optional operation number, statements separated by `;`, a period. */
export interface Sentence extends Span {
  type: 'sentence';
  operation: number | null;
  statements: Statement[];
}

/** A paragraph heading, `COUNT-DOWN.`: a PERFORM or GO TO target. */
export interface ParagraphHeading extends Span {
  type: 'paragraph';
  name: string;
}

/** `COOKIES IS 14.` in the DATA part. */
export interface DataEntry extends Span {
  type: 'data';
  name: string;
  value: NumberNode | TextNode;
}

/** The whole program: its DATA entries and its procedure (sentences and paragraph headings). */
export interface ProgramNode extends Span {
  type: 'program';
  data: DataEntry[];
  body: (Sentence | ParagraphHeading)[];
}

/** How a value is named in messages: `COOKIES`, `PRODUCT-NO (A)`, `5`, `"HI"`. */
export function valueLabel(v: ValueNode): string {
  switch (v.type) {
    case 'number':
      return v.text;
    case 'text':
      return `"${v.value}"`;
    case 'name':
      return v.name;
    case 'field':
      return `${v.name} (${v.file})`;
    case 'word':
      return v.value;
  }
}
